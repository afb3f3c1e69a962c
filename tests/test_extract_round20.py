"""Round 20 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure
from ukjp_desktop.core.extract import propose

# --- the pound sign an archive spelt out ------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, amount", [
    ("A JAPANESE company is to spend Pounds sterling 50 million on a research centre.", "Pounds sterling 50 million",
     "50000000"),
    ("It joins the three-year, Pounds sterling 40-million international project.", "Pounds sterling 40-million",
     "40000000"),
])
def test_pounds_sterling_before_the_number_is_a_sum_in_pounds(text, figure, amount):
    m = _figure(text, figure)
    assert (str(m.amount), m.currency) == (amount, "GBP")


# --- what a licence deal pays, and a share's price on the day --------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Kestrel Bio signs a collaboration and licence agreement with Takeda worth up to $790m.", "up to $790m"),
    ("Kestrel will receive $3 million now, followed by five milestones totalling $17 million payable over two years.",
     "$17 million"),
    ("Kestrel receives $100 million upfront, ongoing R & D funding and up to $2.6 billion in potential "
     "development, regulatory and commercial milestone payments.", "up to $2.6 billion"),
    ("23日の終値は、前日比17.5円高の1372.5円。", "1372.5円"),
    ("23日の終値は、前日比17.5円高の1372.5円。", "17.5円"),
])
def test_licence_deals_and_share_prices_are_prices(text, figure):
    m = _figure(text, figure)
    assert (m.is_funding, m.money_kind) == (False, "price")


def test_a_list_after_in_that_is_no_adjective_list_names_no_money():
    # "in the year to March, helped by royalties" is a period, not money paid as royalties
    m = _figure("Arm's revenue rose to $3.2 billion in the year to March, helped by royalties from phone makers.",
                "$3.2 billion")
    assert m.money_kind == "other"


# --- a stake taken is an investment, a stake held is a holding ---------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Sekisui House has taken a 35% stake worth £22m in the developer.", "£22m"),
    ("Heptares received an investment in an equity stake of approximately GBP2.8 million purchased by Takeda "
     "Ventures Inc.", "approximately GBP2.8 million"),
])
def test_a_stake_taken_is_an_investment(text, figure):
    # the rules' reading (session 45: after round 96's retraining the word model scores the invented first sentence
    # 0.193, just under its veto's 0.2: keys read some stakes bought from their owners as a price)
    m = _figure(text, figure, word_model=False)
    assert (m.is_funding, m.money_kind, m.side) == (True, "investment", "private")


def test_a_stake_held_is_still_a_holding():
    m = _figure("The founder, whose stake is valued at £21m, stays on the board.", "£21m")
    assert not m.is_funding


# --- a typical award and a ceiling of the same size are two facts --------------------------------------------------

def test_around_and_up_to_the_same_amount_are_two_facts():
    text = ("A small number of awards of around £5,000 are offered annually. Proposals for continuous funding of up "
            "to £5,000 per annum are acceptable.")
    texts = [m.text for m in propose(text).money if m.is_funding]
    assert texts == ["around £5,000", "up to £5,000"]


def test_the_same_amount_twice_is_still_one_fact():
    text = "The Kestrel Fund offers awards of £5,000. Each award of £5,000 runs for a year."
    assert len([m for m in propose(text).money if m.is_funding]) == 1


# --- a coordinated call is paid jointly, and a list of receivers receives ------------------------------------------

def test_coordinated_grants_are_joint_and_each_listed_receiver_is_no_payer():
    text = ("The coordinated grants will deliver £620,000 in total to support new research, with the University of "
            "Aberdeen receiving approximately £425,000 and Kobe University ¥30,000,000.")
    total, uk_part = _figure(text, "£620,000"), _figure(text, "approximately £425,000")
    assert total.side == "joint"
    assert uk_part.side == "UK" and uk_part.contributor_text != "Kobe University"
