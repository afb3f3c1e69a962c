"""Session 37's review of the side's word model found a form the rules missed (issue 15): the first object of a verb of
giving, right before the sum, receives it, and the giver before the verb pays ("The UK government will give Nissan
£100m" was read from the currency alone, and a word model could then overrule it)."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    return next(p for p in propose(text).money if p.text == figure)


@pytest.mark.parametrize("text, figure, side, contributor", [
    ("The UK government will give Nissan £100m towards its new battery plant in Sunderland.", "£100m", "UK",
     "uk-government"),
    ("Innovate UK will give Nissan £100m.", "£100m", "UK", "innovate-uk"),
    ("The UK government gave Nissan £100m.", "£100m", "UK", "uk-government"),
    ("Hitachi will pay the Japanese government £5m.", "£5m", "private", "hitachi"),
    ("JST has offered Oxford University £2m.", "£2m", "Japan", "jst"),
])
def test_the_body_a_sum_is_given_to_receives_it_and_the_giver_pays(text, figure, side, contributor):
    p = _figure(text, figure)
    assert (p.side, p.side_basis, p.contributor) == (side, "clause", contributor)


@pytest.mark.parametrize("text, figure, side", [
    # controls: the giver as the sum's own subject, a body named for its money, a recipient after "to"
    ("Nissan will give £100m to the plant.", "£100m", "private"),
    ("EPSRC will provide £2.5 million.", "£2.5 million", "UK"),
    ("The government will give £100m to Nissan.", "£100m", "UK"),
])
def test_controls_keep_their_payer(text, figure, side):
    assert _figure(text, figure).side == side
