"""Rounds 30 and 31 (session 30) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure


@pytest.mark.parametrize("text, figure, kind", [
    ("By the end of last year the endowment had reached almost £26 million.", "almost £26 million", "other"),
    ("The trust's assets stood at £140 million in March.", "£140 million", "other"),
    ("The foundation was set up with an endowment of £10 million from the Nippon Foundation.", "£10 million", "funding"),
])
def test_what_an_endowment_has_reached_is_its_value_not_a_gift(text, figure, kind):
    assert _figure(text, figure).money_kind == kind


@pytest.mark.parametrize("text, figure, funding", [
    ("Over the years the Foundation has awarded almost 5,000 grants, totalling over £14 million, to projects.",
     "over £14 million", False),
    ("Since 2010 the council has made 120 awards totalling £30 million.", "£30 million", False),
    ("The Foundation will award 50 grants, totalling £1 million, to projects this year.", "£1 million", True),
])
def test_many_grants_total_over_the_years_is_past_money(text, figure, funding):
    assert _figure(text, figure).is_funding is funding


def test_an_allowance_named_before_a_colon_is_funding_even_beside_a_rent():
    text = ("The scholarship covers a living allowance for a single person: Yen 260,000 per month (rent is around "
            "Yen 80,000 per month).")
    assert _figure(text, "Yen 260,000").money_kind == "funding"
    assert _figure(text, "around Yen 80,000").money_kind == "price"


def test_an_equivalent_whose_bracket_opens_before_a_line_break_is_a_conversion():
    # (round 31) a hard-wrapped release: "100 million\nYen (approximately\n£800,000)"; a bracket opened only after the
    # break still parts the two lines
    text = "a minimal total cash investment of 100 million\nYen (approximately\n£800,000) split equally"
    assert _figure(text, "£800,000").converted_from == _figure(text, "100 million\nYen").id
    apart = "Exports were £5m\n($6m in 2020) and imports £4m."
    assert _figure(apart, "$6m").converted_from is None
