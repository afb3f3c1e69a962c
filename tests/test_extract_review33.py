"""Session 33's review of rounds 47-53: ordinary release and funder-call sentences the new rules misread, with the
readings they must keep (each test fails on the rules as the review found them)."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure


def test_the_funder_a_call_invites_applications_to_still_pays():
    # "Applications to" a funder: the funder pays (only a planning application's council does not, round 52)
    text = "Applications to the Japan Foundation are now open for grants of up to £10,000 for UK museums."
    m = _figure(text, "up to £10,000")
    assert m.side == "Japan" and m.contributor_text == "Japan Foundation"


def test_the_council_a_planning_application_goes_to_still_does_not_pay():
    # the control (round 52's case, kept)
    text = ("The £80m investment will create 120 jobs, the company says in its planning application to North "
            "Lincolnshire Council.")
    assert _figure(text, "£80m").side == "private"
