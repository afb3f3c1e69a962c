"""Round 19 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure
from ukjp_desktop.core.extract.organisations import default_gazetteer, find_organisations

# --- another country's word before a known body's name -----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Officials at the U.K. Ministry of Defense confirmed the plan.", "U.K. Ministry of Defense"),
    ("The British Ministry of Defense said in April that it would go ahead.", "British Ministry of Defense"),
])
def test_a_uk_word_before_the_us_spelling_names_britains_ministry(text, name):
    orgs = find_organisations(text, default_gazetteer())
    assert [(o.text, o.country, o.slug) for o in orgs] == [(name, "GB", None)]


def test_a_name_agreeing_with_its_country_word_stays_the_known_body():
    orgs = find_organisations("The UK Ministry of Defence said so.", default_gazetteer())
    assert [(o.text, o.slug) for o in orgs] == [("Ministry of Defence", "mod-uk")]


def test_the_uk_ministry_pays_its_own_commitment():
    m = _figure("A report states that the U.K. Ministry of Defense has already committed £2 billion to the "
                "programme until 2030.", "£2 billion")
    assert (m.is_funding, m.side, m.side_basis) == (True, "UK", "clause")
    assert m.contributor_text == "U.K. Ministry of Defense"


# --- who money is given to does not pay it ------------------------------------------------------------------------

def test_the_body_after_awarded_to_receives_and_the_pronoun_names_the_payer():
    text = ("The Heron Space Agency of the UK set up a debris programme in 2020. It also recently awarded £2.5m to "
            "Kestrel Orbital Ltd to develop the technology.")
    m = _figure(text, "£2.5m")
    assert m.is_funding and m.money_kind == "funding"
    assert m.side == "UK" and m.contributor_text != "Kestrel Orbital Ltd"


# --- companies of a country are private ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("A battery start-up has secured a £25 million investment from Japanese power giants.", "£25 million"),
    ("The fund drew £40m from British pension funds.", "£40m"),
])
def test_money_from_a_countrys_companies_is_private(text, figure):
    assert _figure(text, figure).side == "private"


def test_money_from_a_countrys_government_is_not_made_private():
    assert _figure("The lab gets £4m from Japanese government funds.", "£4m").side != "private"


# --- rounds, totals to date and their parts -----------------------------------------------------------------------

def test_money_a_company_raised_is_private_investment():
    text = ("Sifted reported in January that the UK-based company had raised $50m, part of the same round (which "
            "totals $125m).")
    for figure in ("$50m", "$125m"):
        m = _figure(text, figure)
        assert (m.is_funding, m.money_kind, m.side) == (True, "investment", "private"), figure


def test_a_government_raising_money_is_not_an_investment_round():
    m = _figure("The Japanese government will raise ¥4.5 trillion for the university fund.", "¥4.5 trillion")
    assert m.money_kind != "investment" or m.side != "private"


@pytest.mark.parametrize("text, figure", [
    ("Rival Kestrel Fusion, which has raised $110m since launching in 2019, is next.", "$110m"),
    ("The new capital takes the company's total funding to $335m, including $275m from private investors and $60m "
     "from the UK and US governments.", "$275m"),
    ("The new capital takes the company's total funding to $335m, including $275m from private investors and $60m "
     "from the UK and US governments.", "$60m"),
])
def test_totals_to_date_and_their_parts_are_not_new_money(text, figure):
    assert not _figure(text, figure).is_funding


# --- stocks, costs and a relationship's worth ---------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, kind", [
    ("Japan already invests £86 billion in the UK economy.", "£86 billion", "other"),
    ("Japanese companies currently invest more than £40 billion in the UK.", "more than £40 billion", "other"),
    ("The plant had already cost taxpayers £1.34bn before the earthquake.", "£1.34bn", "other"),
    ("The deal advances a relationship worth £27 billion annually.", "£27 billion", "trade"),
])
def test_stocks_costs_and_a_relationships_worth_are_not_funding(text, figure, kind):
    m = _figure(text, figure)
    assert (m.is_funding, m.money_kind) == (False, kind)


def test_money_a_body_currently_invests_each_year_is_still_funding():
    assert _figure("The council currently invests £5m a year in local research.", "£5m").is_funding


# --- a contract to develop something ------------------------------------------------------------------------------

def test_a_contract_to_develop_is_funding_and_a_pair_of_signing_countries_pays_jointly():
    text = "- Italy, Japan, and the U.K. have signed a £686 million contract to continue the fighter program."
    # (session 51: the rules' reading; the word model scores this invented sentence at its threshold, 0.199 after
    # round 119's retraining on the read contract pages, and so unticks it)
    m = _figure(text, "£686 million", word_model=False)
    assert (m.is_funding, m.money_kind, m.side) == (True, "funding", "joint")


def test_a_contract_from_an_agency_to_fund_development_is_funding():
    m = _figure("The £1.95M contract from the UK Space Agency will fund development of the spacecraft.", "£1.95M")
    assert (m.is_funding, m.side) == (True, "UK")


def test_a_contract_to_supply_stays_a_price():
    m = _figure("Hitachi won a £2 billion contract to supply a fleet of trains.", "£2 billion")
    assert not m.is_funding and m.money_kind == "price"


# --- a government's money in a currency that belongs to no side (a crash found by a gatherer's page) -------------

@pytest.mark.parametrize("text, figure", [
    ("The chips programme gets $52 billion from the government.", "$52 billion"),
    ("The plan is backed by €43bn of public funding.", "€43bn"),
])
def test_public_money_in_a_currency_of_no_side_is_proposed_without_a_crash(text, figure):
    m = _figure(text, figure)
    assert m.is_funding and m.side in (None, "other")
