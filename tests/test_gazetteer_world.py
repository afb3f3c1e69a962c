"""Session 29's rows of known_bodies.py: third-country companies, international bodies and more UK and Japanese
companies, recognised with their country on invented sentences, and the words left out of them."""
from ukjp_desktop.core.extract import propose


def _known(text):
    return [(o.text, o.slug, o.country) for o in propose(text).organisations if o.known]


def test_third_country_companies_have_their_own_country():
    found = _known("Novartis, Lockheed Martin and Ørsted joined Samsung Electronics and Leonardo at a "
                   "meeting hosted by Siemens Energy in Kestrelford.")
    assert found == [("Novartis", "novartis", "CH"), ("Lockheed Martin", "lockheed-martin", "US"),
                     ("Ørsted", "orsted", "DK"), ("Samsung Electronics", "samsung", "KR"),
                     ("Leonardo", "leonardo", "IT"), ("Siemens Energy", "siemens-energy", "DE")]


def test_international_bodies_are_intergovernmental():
    r = propose("The Asian Development Bank, CERN and the International Energy Agency met the OECD.")
    assert [(o.slug, o.country, o.type) for o in r.organisations if o.known] == [
        ("adb", "INT", "intergovernmental"), ("cern", "INT", "intergovernmental"),
        ("iea", "INT", "intergovernmental"), ("oecd", "INT", "intergovernmental")]


def test_money_from_a_foreign_company_is_private_and_from_an_international_bank_other():
    r = propose("Pfizer will invest £30 million in a new laboratory. "
                "Separately, the European Investment Bank will lend €40 million to the scheme.")
    assert [(p.side, p.contributor) for p in r.money] == [("private", "pfizer"), ("other", "eib")]


def test_more_uk_and_japanese_companies_and_their_japanese_names():
    found = _known("CMR Surgical and Zenobe met Hitachi Rail Europe; 持田製薬と日本アイ・ビー・エム、"
                   "株式会社ナブテスコが国際原子力機関を訪れた。")
    assert found == [("CMR Surgical", "cmr-surgical", "GB"), ("Zenobe", "zenobe", "GB"),
                     ("Hitachi Rail Europe", "hitachi-rail-europe", "GB"), ("持田製薬", "mochida", "JP"),
                     ("日本アイ・ビー・エム", "ibm-japan", "JP"), ("株式会社ナブテスコ", "nabtesco", "JP"),
                     ("国際原子力機関", "iaea", "INT")]


def test_a_longer_japanese_name_wins_over_a_shorter_one_inside_it():
    # メニコン (the lens maker) holds ニコン (Nikon), ナブテスコ holds テスコ (Tesco)
    assert [s for _t, s, _c in _known("メニコンとナブテスコ")] == ["menicon", "nabtesco"]


def test_words_and_places_left_out_name_no_company():
    # the river, the index, the eye disease, the surname and a unit in lower case are not companies; the European
    # Union is a country word to the side rules, no body of the gazetteer
    assert _known("The Amazon basin, the Dow fell, AMD patients, Ford said, 3 siemens and the European Union.") == []
    assert _known("In Woodside a kagome lattice of the WHO WE ARE page.") == []
