"""Round 15 (session 27) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure

# --- the cash a company holds is a line of its accounts, not money put in ------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("買収資金は、同社が持つ現預金(昨年末で850億円)から充てる。", "850億円"),
    ("旭精機は手元資金120億円を新工場の建設に回すか検討している。", "120億円"),
    ("Harbour Robotics said it would fund the expansion from cash reserves of £40m.", "£40m"),
    ("The group ended the year with a cash pile of $2.3bn and no debt.", "$2.3bn"),
])
def test_cash_a_company_holds_is_not_funding(text, figure):
    m = _figure(text, figure)
    assert m.money_kind == "other" and not m.is_funding


def test_cash_injected_into_a_firm_is_still_invested():
    # a capital injection names money put in: the cash-held words must not take it
    m = _figure("Tamura Holdings made a £25m cash injection into its Welsh subsidiary.", "£25m")
    assert m.money_kind == "investment" and m.is_funding


# --- the Japanese of an acquisition price ---------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("北都不動産は、ロンドンのオフィスビルを取得したと発表した。取得額は約210億円。", "約210億円"),
    ("同社によると、英国の物流施設の取得金額は95億円だった。", "95億円"),
])
def test_an_acquisition_amount_is_a_price(text, figure):
    m = _figure(text, figure)
    assert m.money_kind == "price" and not m.is_funding


def test_money_invested_in_a_bought_site_stays_investment():
    # 取得 alone (acquiring a site) is not the price noun: the money put into the site is still invested
    m = _figure("同社は取得した英国の工場に30億円を投資する。", "30億円")
    assert m.money_kind == "investment" and m.is_funding
