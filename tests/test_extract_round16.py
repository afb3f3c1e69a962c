"""Round 16 (session 28) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure

# --- "cutting-edge" describes research; it is not a cut -----------------------------------------------------------

def test_money_for_cutting_edge_work_is_still_funding():
    m = _figure("The agency is putting up £12m for cutting-edge sensor start-ups.", "£12m")
    assert m.money_kind == "funding" and m.is_funding and m.side == "UK"


def test_a_cut_is_still_a_cut():
    m = _figure("Kestrel Motors will cut £12m from its running costs next year.", "£12m")
    assert not m.is_funding


# --- a sponsor's payment for its name is advertising bought -----------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Harbour Tyres signed a shirt sponsorship deal worth £30m a year with the club.", "£30m"),
    ("The naming rights to the arena were sold for £8m.", "£8m"),
    ("青葉ゴムはクラブに年間2000万ポンドのスポンサー料を支払う。", "2000万ポンド"),
    ("全クラブの胸スポンサー収入は合計で1億5000万ポンドに達した。", "1億5000万ポンド"),
])
def test_a_sponsorship_fee_is_not_funding(text, figure):
    m = _figure(text, figure)
    assert not m.is_funding and m.money_kind not in ("funding", "investment")


def test_sponsoring_research_is_still_money_given():
    # "sponsor" alone is no cue: a company that sponsors a chair funds research
    m = _figure("Kestrel Pharma will provide £2m to sponsor a research chair at the university.", "£2m")
    assert m.is_funding


# --- what something is forecast to be worth is a value ----------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("The export agreement is expected to be worth £90m over its first three years.", "£90m"),
    ("The region's hydrogen sector is forecast to be worth £4bn by 2035.", "£4bn"),
])
def test_what_a_thing_is_forecast_to_be_worth_is_not_funding(text, figure):
    assert not _figure(text, figure).is_funding


# --- Japanese: allocating is giving; a bracket names whose share a figure is -----------------------------------

def test_a_japanese_allocation_is_given_by_the_sentence_subject():
    m = _figure("英国宇宙庁はKestrel社に対し、500万ポンドの予算を割り当てると発表した。", "500万ポンド")
    assert m.is_funding and m.side == "UK" and m.side_basis == "clause"


def test_a_bracket_naming_a_banks_share_gives_that_banks_side():
    text = ("国際協力銀行(JBIC)は2日、英国の送電会社Kestrel Transmission Limitedとの間で、"
            "融資金額約300百万ポンド(JBIC分)を限度とする貸付契約を締結した。")
    m = _figure(text, "約300百万ポンド")
    assert m.side == "Japan" and m.side_basis == "clause"


# --- words that say money is not put in: lost, compensation, a placing, a merger, a whole industry's size -------

@pytest.mark.parametrize("text, figure", [
    ("Last year the remainder of Kestrel Imaging lost almost $40 million.", "almost $40 million"),
    ("Each wrongly accused worker will receive compensation of £450,000.", "£450,000"),
    ("The ministry set aside £500 million of redress for the victims.", "£500 million"),
    ("被害者には1人当たり50万ポンドの補償金を支払う。", "50万ポンド"),
    ("Kestrel Pharma expects to raise £900m via an equity placement.", "£900m"),
    ("Last year Harbour Stores announced a £6 billion merger with Tamura Retail.", "£6 billion"),
    ("By 2035 the offshore sector is expected to grow to a £300bn industry.", "£300bn"),
    ("Spending by Japanese visitors is expected to reach £300 million.", "£300 million"),
    ("新センターは総工費約500億円で2027年度に開業する。", "約500億円"),
])
def test_money_lost_owed_raised_on_the_market_or_sizing_an_industry_is_not_funding(text, figure):
    assert not _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    # a company's industry money and a gift still count
    ("The project brings together £8m of public money and a £10m industry contribution.", "£10m"),
    ("Kestrel Motors announced a £1.5 million benefaction to the institute, spread over three years.", "£1.5 million"),
])
def test_industry_money_and_a_benefaction_are_still_funding(text, figure):
    assert _figure(text, figure).is_funding


def test_a_bank_that_lended_is_lending():
    m = _figure("Mizuho, which lended USD 1.2 billion for the wind farms, leads the table.", "USD 1.2 billion")
    assert not m.is_funding


# --- the cues stay narrow (the session's review): a noun after "industry", a grant for building, jobs lost ---------

@pytest.mark.parametrize("text, figure", [
    ("UKRI awarded a £5m industry collaboration to the consortium.", "£5m"),
    ("政府は建設費補助金として10億円を交付した。", "10億円"),
    ("Thousands of jobs were lost when Kestrel Motors put £50m into its new plant.", "£50m"),
])
def test_narrow_cues_leave_money_given_alone(text, figure):
    assert _figure(text, figure).is_funding
