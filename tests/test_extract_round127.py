"""Round 127 onwards (session 53) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 127 (test140 read): charity money

@pytest.mark.parametrize("text, figure", [
    ("Our spring appeal for the flood towns went well. By the end of May the donations totalled £12,345.67.", "£12,345.67"),
    ("At the village hall evening, generous donations from the audience raised over £450.", "over £450"),
    ("ロンドン駅前で義援金を募る活動があり、合計3時間で820ポンド(約11万円)集まりました。", "820ポンド"),
    ("支援コンサートには多くの方にお越しいただき、615.20ポンドの寄付金が集まりました。", "615.20ポンド"),
])
def test_donations_gathered_from_the_public_are_no_states_money(text, figure):
    p = _figure(text, figure)
    assert (p.side, p.side_basis) == ("other", "clause") and p.money_kind == "funding"


@pytest.mark.parametrize("text, figure, side", [
    # a giver who matches the public's gifts pays its match (not the many givers)
    ("We have promised to match the first £5,000 of donations made by staff.", "£5,000", "UK"),
    # a named giver's donation keeps its giver
    ("The Japanese government donated £80,000 to the garden's restoration.", "£80,000", "Japan"),
    # no collection at all: the currency still speaks
    ("The council will spend £40,000 on the park's paths.", "£40,000", "UK"),
])
def test_other_gifts_keep_their_payer(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_company_raising_money_is_still_investment():
    p = _figure("Harbour Robotics raised £4 million from investors led by a Tokyo fund.", "£4 million")
    assert p.money_kind == "investment"


@pytest.mark.parametrize("text, first, second", [
    ("2012年分の支援金合計£980.5(本日のレートで12万3400円)", "£980.5", "12万3400円"),
    ("総額£15,200.40(着金時点で2,310,000 円)を県の口座にお送りしました。", "£15,200.40", "2,310,000 円"),
    ("給付額は年間£48,000≒812万円です。", "£48,000", "812万円"),
])
def test_a_sum_restated_at_a_days_rate_is_a_conversion(text, first, second):
    by_text = {m.text: m for m in propose(text, word_model=False).money}
    assert by_text[second].converted_from == by_text[first].id


def test_two_sums_on_one_line_without_a_rate_word_stay_apart():
    by_text = {m.text: m for m in propose("英国側は£30,000、日本側は500万円を負担する。", word_model=False).money}
    assert by_text["500万円"].converted_from is None


def test_a_further_sum_from_a_heritage_charity_is_its_own_fact():
    text = ("The Japanese government has donated £90,000 to help restore the Japanese garden at Holme Park.\n\n"
            "The gardens will reopen next spring.\n\nThe work will take two years.\n\n"
            "A further £90,000 has been put into the scheme by the National Trust.")
    found = [m for m in propose(text, word_model=False).money if m.amount == 90000]
    assert [(m.side, m.contributor) for m in found] == [("Japan", "government-of-japan"), ("other", "national-trust")]


@pytest.mark.parametrize("text, figure, kind", [
    # a company's fundraising round is investment, and no public collection
    ("In 2019, as part of a $6m equity round, Harbour Bio won backing from a Kyoto drug maker, which led its "
     "series-A fundraising.", "$6m", "investment"),
])
def test_a_companys_fundraising_round_is_no_collection(text, figure, kind):
    p = _figure(text, figure)
    assert p.money_kind == kind and p.side != "other"


def test_donations_from_companies_are_no_public_collection():
    p = _figure("Backed by donations from corporates (the target sum is JPY 50 million), the plan funds students.",
                "JPY 50 million")
    assert p.side != "other"


# round 128 (test141 read): environment money

def test_the_loanword_for_funding_names_funding():
    p = _figure("参加者は、排出削減に役立つ、3万~20万ポンドの範囲のファンディングを申請できる。", "3万~20万ポンド")
    assert p.money_kind == "funding" and p.is_funding


@pytest.mark.parametrize("text", [
    "On this scheme, every £1 of public investment brings £9 of private capital, much of it from abroad.",
    "The bank says each $1 it lends attracts another $4 from commercial lenders.",
])
def test_what_each_unit_of_money_brings_is_a_ratio(text):
    figure = "£9" if "£9" in text else "$4"
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


def test_a_sum_after_a_unit_without_a_bringing_verb_keeps_its_kind():
    p = _figure("For every pupil, the council will give £500 of support, and the trust will add £200.", "£200")
    assert p.money_kind != "other"


def test_what_a_whole_industry_brings_in_a_year_is_a_market_figure():
    p = _figure("英国では、リサイクル産業が年間90億ポンドと8万人の雇用を生み出している。", "90億ポンド")
    assert p.money_kind == "market" and not p.is_funding


def test_a_programme_for_an_industry_is_still_money_put_in():
    p = _figure("政府は、リサイクル産業支援策として年間9億ポンドを拠出する。", "9億ポンド")
    assert p.money_kind == "funding"


@pytest.mark.parametrize("text, figure", [
    ("The bank was hired to sell the water company by auction for a figure then expected to be around £300m.", "around £300m"),
    ("The owners sold the brewery for a sum thought to be over £50m.", "over £50m"),
    ("大阪の2社は、英国の水道会社の株式を英社に2億5,000万ポンド(債務120百万ポンド込み)で売却しました。", "2億5,000万ポンド"),
])
def test_what_a_sale_fetches_is_a_price(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "price" and not p.is_funding


def test_money_put_in_before_a_sale_is_not_its_price():
    p = _figure("Before the sale, the owners invested £20m in new pipes.", "£20m")
    assert p.money_kind == "investment"


# round 129 (test142 read): robotics, automation, AI hardware and computing money

@pytest.mark.parametrize("text", [
    "イギリスは今後5年間、ロボットなどの研究開発費に、毎年およそ2000億円を充てることにしている。",
    "英国は研究開発費に2000億円を充てる。",
    "イギリスは研究開発に2000億円を投じる。",
])
def test_britain_by_its_katakana_name_or_setting_money_aside_pays(text):
    p = _figure(text, "2000億円")
    assert (p.side, p.side_basis) == ("UK", "clause")


def test_a_company_setting_its_proceeds_to_a_debt_is_no_state_money():
    p = _figure("トヨタは売却益の500億円を借入金の返済に充てる。", "500億円")
    assert p.side not in ("UK", "Japan")


@pytest.mark.parametrize("text, side", [
    ("3つの拠点は商業界や海外の協力機関から約£4,100万の支援を受ける。", "private"),
    ("拠点は産業界から300万ポンドの支援を受ける。", "private"),
    ("拠点は政府から300万ポンドの支援を受ける。", "UK"),
])
def test_money_from_industry_and_its_partners_is_private(text, side):
    figure = "約£4,100万" if "4,100" in text else "300万ポンド"
    assert _figure(text, figure).side == side


def test_a_prize_a_company_sponsors_is_given():
    p = _figure("Sponsored by Toyota, the three-year challenge is a $6 million (£4.5 million) prize for "
                "building robot avatars.", "$6 million")
    assert p.money_kind == "funding"


def test_a_companys_investment_is_still_investment():
    p = _figure("Sponsored by Toyota, the venture invested $6 million in robot avatars.", "$6 million")
    assert p.money_kind == "investment"


@pytest.mark.parametrize("text, figure", [
    ("英国の自動運転車産業の成長により、2035年までに380億ポンドに達すると予想されている。", "380億ポンド"),
    ("2023年の米国のAI民間投資額は900億ドルに対し、英国はわずか40億ドルだった。", "900億ドル"),
    ("2023年の米国のAI民間投資額は900億ドルに対し、英国はわずか40億ドルだった。", "40億ドル"),
])
def test_an_industrys_growth_and_a_nations_private_investment_are_market_figures(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "market" and not p.is_funding


def test_a_governments_support_reaching_a_sum_stays_funding():
    p = _figure("政府の支援額は、2030年までに4億ポンドに達する。", "4億ポンド")
    assert p.money_kind == "funding"
