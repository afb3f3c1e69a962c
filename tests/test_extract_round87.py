"""Round 87 onwards (session 42) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 87 (test100 read)

@pytest.mark.parametrize("text, figure, side", [
    ("NNL received £497,495 for a joint project with JAEA and Jacobs to adapt a reactor design.", "£497,495", "UK"),
    ("The Hartree Centre received £2m for a collaborative research project with RIKEN on exascale software.",
     "£2m", "UK"),
    ("Kyoto University received ¥50 million for a joint study with the University of Bristol.", "¥50 million", "Japan"),
])
def test_the_partners_of_the_work_a_figure_pays_for_do_not_pay_it(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_payer_before_the_figure_still_pays_when_it_funds_a_joint_project():
    text = "JAEA will provide £497,495 for a joint project with NNL."
    p = _figure(text, "£497,495")
    assert (p.side, p.contributor) == ("Japan", "jaea")


@pytest.mark.parametrize("text, figure, side, contributor", [
    ("In July, the UK Department for Energy Security & Net Zero (DESNZ) selected NNL and JAEA as one of the "
     "candidates to implement the Phase B supported by funding of £31m.", "£31m", "UK", "desnz"),
    ("NEDO chose Rolls-Royce and Mitsubishi Heavy Industries to run the trial, backed by funding of ¥2 billion.",
     "¥2 billion", "Japan", "nedo"),
])
def test_the_bodies_a_funder_selects_receive_the_money_and_the_funder_pays(text, figure, side, contributor):
    p = _figure(text, figure)
    assert (p.side, p.contributor) == (side, contributor)


@pytest.mark.parametrize("text, figure, side", [
    ("The deal underpins Sumitomo’s investment in its £350million cable manufacturing facility, which was backed "
     "with £24.5m of public sector funding from the Scottish Government.", "£350million", "private"),
    ("Acme's investment in a new £5m laboratory was welcomed by the Scottish Government.", "£5m", "private"),
    ("Toyota's investment in its £240m plant was backed with £24.5m of funding from the Welsh Government.",
     "£240m", "private"),
])
def test_an_owners_investment_in_what_the_figure_sizes_is_the_owners(text, figure, side):
    assert _figure(text, figure).side == side


def test_the_public_funding_beside_an_owners_investment_is_still_the_governments():
    text = ("The deal underpins Sumitomo’s investment in its £350million cable manufacturing facility, which was "
            "backed with £24.5m of public sector funding from the Scottish Government.")
    assert _figure(text, "£24.5m").side == "UK"


def test_a_public_bodys_investment_in_what_the_figure_sizes_keeps_the_bodys_side():
    text = "The Welsh Government's investment in its £5m laboratory was welcomed."
    assert _figure(text, "£5m").side == "UK"


@pytest.mark.parametrize("text, figure, side", [
    ("英国:今後5年間の意欲的な原子力研究開発に2億5,000万ポンド投資へ", "2億5,000万ポンド", "UK"),
    ("日本:宇宙分野の研究開発に今後10年で1兆円を投じる方針", "1兆円", "Japan"),
])
def test_a_japanese_headlines_country_before_a_colon_pays(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_tables_country_before_a_colon_and_its_figure_pays_nothing():
    # "country: figure" is a row of a table, not a headline's subject
    text = "国別の対内投資額は、英国:300億円、ドイツ:200億円だった。"
    assert _figure(text, "300億円").side != "UK"


@pytest.mark.parametrize("text, figure, side", [
    ("政府は昨年11月に、「グリーン産業革命」を発表。総額120億ポンドを投じる10項目の分野の1つとして、小型炉の開発を挙げた。",
     "120億ポンド", "UK"),
    ("ロールス・ロイスは小型炉の開発を進める。\n\n政府は昨年11月に計画を発表した。総額120億ポンドを投じる。", "120億ポンド", "UK"),
    ("政府は新たな基金を設けた。総額1兆円を大学の研究に投じる。", "1兆円", "Japan"),
    ("英国政府は計画を発表した。総額5億ドルを投じる。", "5億ドル", "UK"),
])
def test_a_japanese_sentence_that_drops_its_subject_after_a_government_topic_is_that_governments(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_government_topic_does_not_reach_into_the_next_paragraph_or_past_a_named_payer():
    # (the sentence alone, with no payer, reads money put in as business money)
    text = "政府は計画を発表した。\n\n総額120億ポンドを投じる。"
    assert _figure(text, "120億ポンド").side == _figure("総額120億ポンドを投じる。", "120億ポンド").side == "private"
    text2 = "政府は計画を発表した。ロールス・ロイスが1億ポンドを投資する。"
    assert _figure(text2, "1億ポンド").side == "private"


# round 88 (test101 read)

@pytest.mark.parametrize("text, figure", [
    ("政府は12月22日、7兆9496億円に及ぶ2024年度防衛予算案を閣議決定した。", "7兆9496億円"),
    ("政府は過去最大の6兆8219億円に及ぶ2023年度防衛予算案を閣議決定した。", "6兆8219億円"),
    ("The 5.31 trillion yen ($48.6 billion) defence budget for fiscal 2020 still needs parliamentary approval.",
     "5.31 trillion yen"),
    ("Cabinet approval covers a ¥122.3 trillion (about $784 billion) preliminary FY2026 budget, up 9.4% from 2025.",
     "¥122.3 trillion"),
])
def test_a_nations_whole_budget_named_after_its_amount_is_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


@pytest.mark.parametrize("text, figure", [
    ("The ISPF is a collaborative programme with an initial £119 million budget to support researchers.",
     "£119 million"),
    ("Japan set aside ¥5 billion in its defence budget for the fighter's development.", "¥5 billion"),
    ("The £2bn defence budget for research into new fighters was approved.", "£2bn"),
])
def test_a_programmes_budget_and_a_share_of_a_defence_budget_stay_funding(text, figure):
    assert _figure(text, figure).is_funding


def test_a_sum_a_budget_books_under_a_cost_noun_is_funding():
    text = "このうち、次期戦闘機開発の関連費用として730億円を予算計上した。"
    assert _figure(text, "730億円").money_kind == "funding"


def test_a_cost_noun_without_a_budget_booking_stays_a_cost():
    assert _figure("次期戦闘機開発の関連費用として730億円がかかる。", "730億円").money_kind == "other"


@pytest.mark.parametrize("text, figure", [
    ("前者の「次期戦闘機の開発」については、概算要求と比べて一気に378億円も減額されたことになる。", "378億円"),
    ("日英伊の共同開発で378億円のコスト削減効果が見込まれる。", "378億円"),
    ("円高が1円進むと、350億円の減収になる。", "350億円"),
])
def test_a_japanese_sum_taken_off_is_other(text, figure):
    assert _figure(text, figure).money_kind == "other"


@pytest.mark.parametrize("text, figure, side", [
    ("The Italian MoD will invest more than €7.7 billion into the Global Combat Air Programme.",
     "more than €7.7 billion", "other"),
    ("The Italian Ministry of Defence will invest €7.7 billion into the programme.", "€7.7 billion", "other"),
    ("The Japanese MoD will invest ¥7.7 billion into the programme.", "¥7.7 billion", "Japan"),
])
def test_a_nations_adjective_before_a_ministrys_generic_name_gives_that_nations_side(text, figure, side):
    assert _figure(text, figure).side == side


@pytest.mark.parametrize("text", [
    "The MoD will invest £7.7 billion into the programme.",
    "The British MoD will invest £7.7 billion into the programme.",
])
def test_the_uks_own_ministry_keeps_its_name(text):
    p = _figure(text, "£7.7 billion")
    assert (p.side, p.contributor) == ("UK", "mod-uk")


def test_the_partners_of_a_joint_development_a_figure_funds_do_not_pay_it():
    text = "Over ¥160 billion funds joint development of a next-generation fighter with the UK and Italy."
    assert _figure(text, "Over ¥160 billion").side == "Japan"


@pytest.mark.parametrize("text, figure", [
    ("The MoD is spending almost £1.5bn on two contracts to overhaul its IT and communications.", "almost £1.5bn"),
    ("The council spent £20m on new cleaning contracts.", "£20m"),
])
def test_money_spent_on_service_contracts_is_their_price(text, figure):
    assert _figure(text, figure).money_kind == "price"


@pytest.mark.parametrize("text, figure", [
    ("UKSA is spending £5m on contracts to develop a lunar lander.", "£5m"),
    ("UKRI will spend £10m on research contracts.", "£10m"),
])
def test_money_spent_on_development_or_research_contracts_stays_funding(text, figure):
    assert _figure(text, figure).money_kind == "funding"


@pytest.mark.parametrize("text, figure, side", [
    ("英、次期戦闘機に3000億円 研究着手、日本と連携視野\n本文です。", "3000億円", "UK"),
    ("日本、宇宙開発に1兆円 新基金\n本文。", "1兆円", "Japan"),
])
def test_a_short_japanese_headline_opening_on_a_country_gives_its_figure_that_countrys_side(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_long_line_opening_on_a_country_and_a_comma_is_no_headline():
    # a list of countries opening a sentence ("英国、フランス、ドイツの3か国は…"): the headline rule stays out of it
    text = "英国、フランス、ドイツ、イタリアの4か国の研究機関は、日本の大学と共同で研究開発を進めるため、今後5年間で合計3000億円を拠出する方針を明らかにした。"
    assert _figure(text, "3000億円").side != "UK"
