"""Round 18 (session 28) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import date_figure as _date
from tests.extract_figures import money_figure as _figure

# --- lines of a company's accounts and what it has raised in all -----------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Strong sales drove cash and short-term investments of £88.4 million at the half year.", "£88.4 million"),
    ("The group held short-term investments of £12m.", "£12m"),
    ("Analysts value the firm at £60m on an EBITDA of £7.5m.", "£7.5m"),
    ("Kestrel Robotics raised $200m, pushing its total funds raised above $700m.", "above $700m"),
    ("Analysts put the enterprise value of Kestrel Robotics at £95m.", "£95m"),
])
def test_accounts_lines_and_totals_raised_are_not_funding(text, figure):
    assert not _figure(text, figure).is_funding


def test_the_round_itself_is_still_money_put_in():
    # the rules' reading (the total after it does not make the round a total): the word model's veto, a separate
    # statistical check, scored this invented sentence 0.206 before session 40's round 80 retraining and 0.193 after,
    # across its 0.2 threshold, so it is left out here (tests/test_funding_words.py tests the veto)
    text = "Kestrel Robotics raised $200m, pushing its total funds raised above $700m."
    assert _figure(text, "$200m", word_model=False).is_funding
    assert not _figure(text, "above $700m", word_model=False).is_funding


# --- a fall said in an aside -------------------------------------------------------------------------------------

def test_an_aside_saying_how_much_a_figure_fell_is_no_funding():
    text = "Every category grew apart from cheese and cider – down £12.5 million and £3.1 million respectively."
    assert not _figure(text, "£12.5 million").is_funding
    assert not _figure(text, "£3.1 million").is_funding


def test_up_to_is_still_a_ceiling():
    m = _figure("Each project may receive – up to £50,000 – from the fund.", "up to £50,000")
    assert m.is_funding and m.qualifier == "up_to"


# --- industry's money beside a government's, and the U.K. government -------------------------------------------

def test_industry_funding_is_private_and_the_us_spelling_of_the_uk_government_is_known():
    text = ("The consortium is backed by £4.1 million (around $5 million) of industry funding and £3.9 million "
            "from the U.K. government.")
    industry, government = _figure(text, "£4.1 million"), _figure(text, "£3.9 million")
    assert (industry.side, industry.side_basis) == ("private", "clause")
    assert (government.side, government.side_basis) == ("UK", "clause")


# --- date roles: a dateline, a statement, a release, a founding ---------------------------------------------------

@pytest.mark.parametrize("text, date_text", [
    ("Kestrel and Harbour sign a memorandum\nMarch 3, 2019\nThe two banks agreed to work together.", "March 3, 2019"),
    ("Harbour Instruments plc\n14 May 2018 07:00\nHarbour sells its sensor arm.", "14 May 2018"),
    ("In a statement on 12 March 2021, Kestrel Motors said the van would be built in Derby.", "12 March 2021"),
    ("Release date: 9.00am on 4 June 2019", "4 June 2019"),
])
def test_when_a_text_was_put_out_is_announced(text, date_text):
    assert _date(text, date_text).label == "announced"


def test_a_founding_date_is_a_start():
    assert _date("Kestrel Sensors Ltd was founded in June 2015 in Leeds.", "June 2015").label == "started"


def test_a_date_inside_a_sentence_at_the_top_is_no_dateline():
    text = "The call closes on 3 March 2019\nApplicants must be based in the UK."
    assert _date(text, "3 March 2019").label == "ended"
