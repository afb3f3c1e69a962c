"""Round 78 onwards (session 39) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.sentences import split_sentences


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 78 (test86, test87 and test88 read)

@pytest.mark.parametrize("text, figure", [
    ("The two towers are due in 2030.\n• Cost: ¥160 billion (£1.1 billion).", "¥160 billion"),
    ("UEFA said 40 million euros will be returned to the club over two years.", "40 million euros"),
    ("EU出身の学生の授業料を上げれば、初年度だけで£1億8,700万の増収が見込まれる。", "£1億8,700万"),
])
def test_a_cost_line_money_handed_back_and_a_rise_in_revenue_are_not_money_put_in(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("The Wellcome Trust will cost-share the project with £2m.", "£2m"),
    ("Innovate UK will provide £2m for the project.", "£2m"),
    ("同社は英国の研究に3億円を投資する。", "3億円"),
])
def test_money_put_in_is_unchanged_beside_the_new_words(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("Manga workshop, Saturday 4 May. £35 (£30) Book online or call the box office.", "£35"),
    ("学費は、通学生は学年により年間450万~550万円。", "450万~550万円"),
    ("現地での生活費、交際費、教材費など合わせると、1年間の総額は200~250万円になる。", "200~250万円"),
])
def test_a_booking_line_and_school_fees_are_prices(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "price" and not p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("日本学術振興会は、留学生の学費を支援するため、1人あたり年間200万円を給付する。", "200万円"),
    ("財団は都市別の生活費(月5万円〜10万円)と年間250万円までの授業料を給付する。", "250万円"),
    ("外国人特別研究員には、月額36万2,000円の滞在費と20万円の渡航一時金が支給される。", "36万2,000円"),
])
def test_school_fees_a_scholarship_pays_for_stay_funding(text, figure):
    assert _figure(text, figure).is_funding


def test_an_economic_effect_in_japanese_is_a_market_figure():
    text = "ラッセル・グループ加盟大学の研究から、210億ポンドもの経済効果が上がっている。"
    p = _figure(text, "210億ポンド")
    assert p.money_kind == "market" and not p.is_funding


def test_opportunities_in_a_funds_name_is_not_a_market_figure():
    text = "The pension fund has committed JPY 100m to DG Infrastructure Opportunities LP."
    p = _figure(text, "JPY 100m")
    assert p.is_funding and p.money_kind != "market"
    # control: the lower-case word still marks a market figure
    text = "The report sees opportunities worth £2bn for British exporters."
    assert not _figure(text, "£2bn").is_funding


def test_research_england_by_its_japanese_name_pays_on_the_uk_side():
    text = "リサーチ・イングランド、大学に20億ポンドの投資を発表"
    p = _figure(text, "20億ポンド")
    assert p.is_funding and p.side == "UK" and p.contributor == "research-england"


@pytest.mark.parametrize("text, sentences", [
    ("The Library and SMBL, owned by Mitsui Fudosan UK. Ltd, have confirmed a £1.1 billion scheme.", 1),
    ("It was bought by Acme Holdings Inc. (the parent) last year.", 1),
    ("The firm is called Acme. Limited funding is available.", 2),
    ("It ends. Co-operation goes on.", 2),
])
def test_a_company_suffix_after_a_full_stop_goes_on_its_name(text, sentences):
    assert len(split_sentences(text)) == sentences


def test_the_joined_sentence_keeps_its_figure_whole():
    text = "The Library and SMBL, owned by Mitsui Fudosan UK. Ltd, have confirmed a £1.1 billion scheme."
    [m] = propose(text, word_model=False).money
    assert (m.sentence_start, m.sentence_end) == (0, len(text))


# round 79 (test89 read)

@pytest.mark.parametrize("text, figure", [
    ("The company had previously raised $3.4bn in funding as of early 2019.", "$3.4bn"),
    ("In total, the company has secured $2.4bn of funding to deliver on its ambitions.", "$2.4bn"),
])
def test_money_raised_before_or_in_total_is_a_total_to_date(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("The company had previously raised $3m from Innovate UK.", "$3m"),
    ("The start-up has secured $2m of funding from investors.", "$2m"),
    ("In total, Innovate UK will provide £5m.", "£5m"),
])
def test_money_raised_from_a_named_funder_or_newly_secured_stays_funding(text, figure):
    assert _figure(text, figure).is_funding


# the review of rounds 78-79 (session 39): sentences a helper wrote to break them

@pytest.mark.parametrize("text, figure", [
    ("In total, the project has secured £12m from the UK Government's Faraday Battery Challenge.", "£12m"),
    ("In total, the consortium has secured £3m of Innovate UK funding.", "£3m"),
    ("In total, 14 projects have secured £25m in Innovate UK grants.", "£25m"),
    ("In total, the UK has secured £1bn of new investment from Japanese firms during the visit.", "£1bn"),
    ("The company had previously raised £3m in a seed round led by Octopus Ventures.", "£3m"),
    ("Tokamak Energy has previously raised $250m from investors including Japan's Furukawa Electric.", "$250m"),
    ("The Japan Foundation will refund up to £2,000 of travel costs for each UK teacher.", "up to £2,000"),
    ("同社は純益の一部、5,000万円を英国の大学に寄付する。", "5,000万円"),
    ("奨学金は学費、生活費、渡航費をカバーし、総額は最大1,000万円となる。", "最大1,000万円"),
    ("本奨学金では、学費(年間最大300万円、入学金および施設設備費を含む実費)、生活費(月額20万円)、渡航費(往復航空券の"
     "実費)を全額給付する。", "最大300万円"),
])
def test_money_from_a_named_source_refunds_a_funder_pays_and_fees_a_scholarship_covers_stay_funding(text, figure):
    assert _figure(text, figure).is_funding


def test_opportunities_opening_a_sentence_is_still_a_market_figure():
    p = _figure("Opportunities worth £2bn have been identified for British exporters in Japan.", "£2bn")
    assert p.money_kind == "market" and not p.is_funding
