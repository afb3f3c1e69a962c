"""Round 24 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure

# --- a research project's sum, and "specialists" who are people ---------------------------------------------------

def test_a_research_projects_sum_is_its_funding():
    m = _figure("The UK and Japan agreed a research collaboration: the £12m robotics project will assist decommissioning.",
                "£12m")
    assert (m.is_funding, m.money_kind) == (True, "funding")


def test_the_sum_of_a_building_project_is_still_a_cost():
    assert not _figure("Kestrel Homes said the £40m project will add 300 homes.", "£40m").is_funding


def test_specialists_a_scheme_trains_are_no_company():
    text = ("The programme is a government funding scheme that aims to develop specialists for business and academia.\n\n"
            "The total budget this year is 11.6 billion yen.")
    m = _figure(text, "11.6 billion yen")
    assert (m.money_kind, m.side) == ("funding", "Japan")


# --- a company beside a government, a reported clause, a head of government ---------------------------------------

def test_a_government_and_a_countrys_company_are_no_pair_of_countries():
    m = _figure("The UK government and Japan's Kestrel Corporation have signed a memorandum to mobilise £7.5 billion.",
                "£7.5 billion")
    assert m.side != "joint"


def test_who_announces_that_others_invest_does_not_pay():
    m = _figure("The UK government announced that leading Japanese businesses have committed to invest GBP 17.7 "
                "billion in projects across the UK.", "GBP 17.7 billion")
    assert (m.side, m.money_kind) == ("private", "investment")


@pytest.mark.parametrize("text, figure, side", [
    ("Sunak is also said to be preparing a £1 billion investment for Britain's chip industry.", "£1 billion", "UK"),
    ("Kishida is expected to pledge ¥2 trillion for chips.", "¥2 trillion", "Japan"),
])
def test_a_head_of_government_pays_as_the_government(text, figure, side):
    m = _figure(text, figure)
    # (the rules' reading: the word model's second opinion on this short invented sentence sits at its threshold and
    # moves with each retraining, session 32; the flag has its own tests in test_funding_words.py)
    assert (m.money_kind, m.side) == ("funding", side)


def test_a_head_of_government_who_hails_a_companys_money_does_not_pay_it():
    m = _figure("Nissan launched plans for a factory. Prime Minister Boris Johnson hailed the investment totalling "
                "£1.0 billion.", "£1.0 billion")
    assert m.side == "private"
