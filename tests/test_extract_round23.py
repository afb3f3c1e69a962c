"""Round 23 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure

# --- prices: a sum in pence, a deal's consideration ---------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("12-month change: up sharply from 76.20p on July 4, 2022.", "76.20p"),
    ("Current stock price: 165.74 pence, up 1.3% on Monday.", "165.74 pence"),
    ("Total consideration is capped at approximately GBP5.5 million.", "approximately GBP5.5 million"),
])
def test_pence_and_a_deals_consideration_are_prices(text, figure):
    m = _figure(text, figure)
    assert (m.is_funding, m.money_kind) == (False, "price")


# --- a class's money over recent years, a future investment in the UK ----------------------------------------------

def test_what_a_class_invested_over_recent_years_is_a_statistic():
    m = _figure("Japanese companies have invested £115 million in 19 U.K. tech start-ups in the last five years.",
                "£115 million")
    assert not m.is_funding


def test_what_a_class_invested_in_the_last_year_is_still_investment():
    m = _figure("Japanese companies have invested more than £110m into Greater Manchester in the last year alone.",
                "more than £110m")
    assert m.is_funding


def test_money_that_will_be_invested_in_the_uk_is_an_investment():
    m = _figure("Toyota will invest £100million at Burnaston. A further £85million will be invested in the UK supply "
                "chain.", "£85million")
    assert (m.is_funding, m.money_kind) == (True, "investment")


# --- forms: an ISO code before Japanese units, and the unit's name after them ----------------------------------------

def test_an_iso_code_before_japanese_units_reads_the_whole_figure():
    m = _figure("資本金をGBP1億6842万1ポンドに増やす。", "GBP1億6842万1ポンド")
    assert (str(m.amount), m.currency) == ("168420001", "GBP")


# --- sides: money "through" a body ---------------------------------------------------------------------------------

def test_funding_through_a_body_is_that_bodys():
    m = _figure("A new programme signed with Nissan is backed by £7 million of funding through the UK's Advanced "
                "Propulsion Centre.", "£7 million")
    assert (m.is_funding, m.side) == (True, "UK")
