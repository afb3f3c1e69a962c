"""The wider list of UK and Japanese bodies (core/extract/known_bodies.py), on invented sentences."""
from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.known_bodies import BODIES, MORE_NAMES
from ukjp_desktop.core.extract.organisations import BUILT_IN, default_gazetteer
from ukjp_desktop.core.vocab import COUNTRY_NAMES, ORG_TYPES


def _known(text):
    return [(o.text, o.slug, o.country, o.type) for o in propose(text).organisations if o.known]


def test_every_body_has_a_known_type_a_country_and_no_short_japanese_name():
    assert {row[3] for row in BODIES} <= set(ORG_TYPES)
    assert {row[2] for row in BODIES} <= set(COUNTRY_NAMES)   # (session 29: third countries, EU and INT too)
    slugs = [e.slug for e in BUILT_IN]
    assert len(slugs) == len(set(slugs))
    assert set(MORE_NAMES) <= set(slugs)
    # one- and two-character Japanese names are ordinary words (楽天 is heaven, 東レ would match anywhere)
    assert all(len(name) >= 3 for row in BODIES for name in row[5])
    assert all(len(name) >= 3 for names in MORE_NAMES.values() for name in names if not name.isascii())


def test_english_names_aliases_and_legal_forms():
    found = _known("HM Treasury and the Bank of England met MUFG, Sumitomo Mitsui Banking Corporation and "
                   "Mitsui & Co., Ltd. in London; the University of Leeds and Kobe University signed.")
    assert found == [
        ("HM Treasury", "hm-treasury", "GB", "ministry"), ("Bank of England", "bank-of-england", "GB", "agency"),
        ("MUFG", "mufg", "JP", "company"),
        ("Sumitomo Mitsui Banking Corporation", "smbc", "JP", "company"),
        ("Mitsui & Co., Ltd.", "mitsui-and-co", "JP", "company"),   # the legal form is part of the mention
        ("University of Leeds", "university-of-leeds", "GB", "university"),
        ("Kobe University", "kobe-university", "JP", "university")]


def test_japanese_names():
    found = _known("三菱商事は日本政策投資銀行と、日本原子力研究開発機構は大和日英基金と協力する。")
    assert [(t, s) for t, s, _c, _t in found] == [
        ("三菱商事", "mitsubishi-corporation"), ("日本政策投資銀行", "dbj"),
        ("日本原子力研究開発機構", "jaea"), ("大和日英基金", "daiwa-foundation")]


def test_a_japanese_companys_uk_subsidiary_is_a_british_company():
    found = _known("Nissan Motor Manufacturing (UK) builds cars for Nissan in Sunderland.")
    assert found == [("Nissan Motor Manufacturing (UK)", "nissan-uk", "GB", "company"),
                     ("Nissan", "nissan", "JP", "company")]


def test_short_aliases_only_as_whole_words_and_in_their_case():
    # "BT", "SSE", "IHI" and "Shell" inside longer words, in lower case or joined by a hyphen name nothing
    assert _known("The BTEC course, SSEN's grid, IHIRA, the shell-company and Shellfish Ltd met.") == []
    assert [s for _t, s, _c, _ty in _known("BT, SSE, IHI and Shell signed.")] == ["bt", "sse", "ihi", "shell"]
    assert _known("Dr BT Kestrel and Prof. SSE Tanaka spoke.") == []   # initials after a title name a person


def test_japanese_names_going_on_in_katakana_are_other_words():
    # リコール is a recall, not リコー; コマツナ a vegetable, not コマツ
    assert _known("リコールの対象はコマツナの出荷だった。") == []
    assert [s for _t, s, _c, _ty in _known("リコーとコマツが発表した。")] == ["ricoh", "komatsu"]


def test_money_from_a_new_body_takes_its_side():
    r = propose("UK Export Finance will provide £50 million, and Development Bank of Japan will lend "
                "¥2 billion to the project.")
    assert [(p.side, p.contributor) for p in r.money] == [("UK", "ukef"), ("Japan", "dbj")]


def test_the_curated_list_wins_for_its_slugs():
    from ukjp_desktop.core.extract.organisations import GazetteerEntry
    gaz = default_gazetteer(extra=[GazetteerEntry("mufg", "MUFG (curated)", "JP", "company", ())])
    assert gaz.entries["mufg"].name == "MUFG (curated)"
    assert gaz.forms["Mitsubishi UFJ Financial Group"] == "mufg"   # the built-in names still lead to it


def test_bodies_added_by_category_are_known_with_their_country():
    # invented sentences naming a few of the session-26 rows: a UK university by its short form, a UK
    # funder, a Catapult-like centre, a Japanese institute, a private university and a company by its
    # official Japanese name
    found = _known("LJMU and the Leverhulme Trust joined Nuffield Foundation staff; Kyutech, Keyence "
                   "and the National Institute for Fusion Science spoke, as did UK Battery Industrialisation "
                   "Centre engineers and a team from Hitachi Europe.")
    assert [(t, s, c) for t, s, c, _ty in found] == [
        ("LJMU", "ljmu", "GB"), ("Leverhulme Trust", "leverhulme-trust", "GB"),
        ("Nuffield Foundation", "nuffield-foundation", "GB"), ("Kyutech", "kyutech", "JP"),
        ("Keyence", "keyence", "JP"), ("National Institute for Fusion Science", "nifs", "JP"),
        ("UK Battery Industrialisation Centre", "ukbic", "GB"), ("Hitachi Europe", "hitachi-europe", "GB")]
    # a company's official Japanese name, with 株式会社 before or after it, is the company
    found = _known("鹿児島大学と株式会社キーエンス、りそな銀行、岩谷産業株式会社が協定を結んだ。")
    assert [(t, s, c) for t, s, c, _ty in found] == [
        ("鹿児島大学", "kagoshima-university", "JP"), ("株式会社キーエンス", "keyence", "JP"),
        ("りそな銀行", "resona", "JP"), ("岩谷産業株式会社", "iwatani", "JP")]


def test_a_longer_university_name_is_not_the_shorter_one_inside_it():
    # "Tokyo University" is UTokyo, but "Tokyo University of Foreign Studies" is another body, and so is
    # "Manchester University NHS Foundation Trust"
    found = _known("Tokyo University of Foreign Studies, Osaka University of Economics and Manchester "
                   "University NHS Foundation Trust signed; Tokyo University did not.")
    assert [s for _t, s, _c, _ty in found] == [
        "tufs", "osaka-university-of-economics", "manchester-university-nhs-ft", "university-of-tokyo"]


def test_everyday_words_and_places_alone_are_no_body():
    # the gazetteer has Kyoto University, Keio, Sharp Corporation and Lawson Inc., not the city, the
    # adjective or the surname; lower-case "next", "sage" and "ana" are words, not companies
    assert _known("In Kyoto a sharp fall in sales hit the next sage shop; Nigel Lawson and Ana visited "
                  "Plymouth, Bath and Sheffield, where a cadent rhythm played.") == []
    assert _known("リチウムイオン電池のアサヒ") == []   # イオン is an ion, not the retailer AEON
