"""Round 26 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure


# --- what a country's firms have invested over the years, an aim to lure money, a cost-saving programme --------------

@pytest.mark.parametrize("text, figure", [
    ("Japanese companies including carmaker Kestrel Motors have invested more than £40 billion ($52 billion) in "
     "Britain, and employ 140,000 people.", "more than £40 billion"),
    ("Ministers back the plan to lure £110bn of investment into Britain's ageing grid by 2030.", "£110bn"),
    ("The job cuts are part of a £616mn cost-saving programme.", "£616mn"),
])
def test_stocks_aims_and_savings_are_not_money_put_in(text, figure):
    assert not _figure(text, figure).is_funding


def test_what_a_countrys_firms_invested_in_the_last_year_is_still_investment():
    m = _figure("Japanese companies have invested more than £110m into Greater Manchester in the last year alone.",
                "more than £110m")
    assert m.is_funding


def test_attracting_money_from_investors_is_still_investment():
    m = _figure("With Greater Manchester attracting almost £118 million from Japanese businesses over the past year, "
                "leaders are pleased.", "almost £118 million")
    assert m.is_funding
