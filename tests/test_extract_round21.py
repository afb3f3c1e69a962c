"""Round 21 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import datetime

import pytest

from tests.extract_figures import money_figure as _figure
from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.organisations import default_gazetteer, find_organisations

# --- a government's incentives for investment --------------------------------------------

def test_investment_incentives_are_a_governments_grants():
    m = _figure("Around £120 million was paid in investment incentives to Japanese-owned companies.",
                "Around £120 million")
    assert (m.is_funding, m.money_kind) == (True, "funding")


def test_eligible_project_costs_still_size_a_grant():
    # ("project costs" alone is no cue of a cost: on a call page it sizes the grant; tried and dropped in round 21)
    eligible = _figure("Total eligible UK project costs are expected to be between £100,000 and £1 million.",
                       "between £100,000 and £1 million")
    assert eligible.is_funding


# --- a statistic of investment reaching a level, an investment deal ----------------------------------------------

def test_investment_reaching_a_level_is_a_statistic():
    m = _figure("Silicon Glen: Foreign investment tops pounds 2bn as output grows.", "pounds 2bn")
    assert (m.is_funding, m.money_kind) == (False, "market")


def test_an_investment_deal_is_an_investment_not_a_price():
    m = _figure("Kestrel Displays confirmed a pounds 260m investment deal at Mossend.", "pounds 260m")
    assert (m.is_funding, m.money_kind) == (True, "investment")


# --- an award's worth ---------------------------------------------------------------------------------------------

def test_an_award_valued_at_a_sum_gives_that_sum():
    m = _figure("The programme offers up to 50 rewards, each valued at £8,000, for the costs of tuition.", "£8,000")
    assert (m.is_funding, m.money_kind) == (True, "funding")


def test_a_company_valued_at_a_sum_is_still_a_price():
    assert not _figure("The buyers valued the company at £80m.", "£80m").is_funding


# --- The Japan Society (a UK charity), and a longer name that starts like a known one ------------------------------

def test_the_japan_society_is_a_uk_body():
    m = _figure("In 2019, the Japan Society Small Grants scheme gave £20,286 of funding to 33 projects.", "£20,286")
    assert (m.side, m.contributor) == ("UK", "japan-society-uk")


@pytest.mark.parametrize("text, name", [
    ("The Japan Society for Bioscience met in Kyoto.", "Japan Society for Bioscience"),
    ("The Japan Society for the Promotion of Science said so.", "Japan Society for the Promotion of Science"),
])
def test_a_known_name_followed_by_for_and_a_capital_is_the_longer_body(text, name):
    assert [o.text for o in find_organisations(text, default_gazetteer())] == [name]


# --- date roles: a form's field name, a wire dateline, "said on", an opening, a target year -----------------------

@pytest.mark.parametrize("text, date_text, label", [
    ("Kestrel Fund\n\nDeadline\n25/10/2021 12:00 pm\nValue\n\n£5,000-10,000\n", "25/10/2021", "ended"),
    ("Kestrel Fund\n\nOpening date\n1 May 2024\n\nGrants of £5,000 are offered.", "1 May 2024", "started"),
    ("TOKYO, June 5 Japanese developer Kestrel Estates said it would invest £1m in London.", "June 5", "announced"),
    ("The developer Kestrel Estates Co said on Friday it would invest £1m in London.", "on Friday", "announced"),
    ("The opening in 2017 will coincide with the new line.", "2017", "started"),
    ("The goal is £1 trillion in exports by the monumental year of 2030.", "2030", "ended"),
])
def test_date_roles_from_field_names_datelines_and_words_right_before(text, date_text, label):
    # (a page's own date anchors "June 5" and "on Friday")
    dates = propose(text, document_date=datetime.date(2015, 6, 5)).dates
    assert next(d for d in dates if d.text == date_text).label == label
