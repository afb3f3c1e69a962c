"""Round 96 onwards (session 45) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


def _other(text: str, figure: str) -> None:
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


# round 96 (test109 read)

@pytest.mark.parametrize("text, figure", [
    ("Officers took part in the seizure of more than £400,000 from a fraud ring in Kent.", "more than £400,000"),
    ("In 2019 about £2 million in cryptocurrency was confiscated from a gang in Manchester.", "about £2 million"),
    ("Hackers stole $530 million from the Tokyo exchange in a single night.", "$530 million"),
    ("The court heard that £3m of client money had been laundered through shell companies.", "£3m"),
])
def test_money_seized_or_stolen_is_other(text, figure):
    _other(text, figure)


@pytest.mark.parametrize("text, figure, kind", [
    # money given to the police or to a fraud unit is still money put in
    ("The Home Office awarded £1.5 million to the unit that seizes criminal assets.", "£1.5 million", "funding"),
    ("The bank will invest £20m in tools against money laundering.", "£20m", "investment"),
])
def test_money_against_crime_keeps_its_reading(text, figure, kind):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == (kind, True)


@pytest.mark.parametrize("text, figure", [
    ("The group said it had secured $2 billion in mandates for its investment management arm.", "$2 billion"),
    ("He built the firm into a pan-European manager with about €4 billion of capital.", "about €4 billion"),
    ("The company now has cash and undrawn facilities totalling approximately £180 million.", "approximately £180 million"),
    ("Cash and cash equivalents stood at £42m at the end of the year.", "£42m"),
])
def test_what_a_body_holds_is_other(text, figure):
    _other(text, figure)


@pytest.mark.parametrize("text, figure, kind", [
    # a cash injection and a firm's new capital round are money put in
    ("The lender made a cash injection of £50m into the start-up.", "£50m", "investment"),
    ("The start-up raised £30m in new capital from Japanese investors.", "£30m", "investment"),
])
def test_new_cash_and_capital_keep_their_reading(text, figure, kind):
    p = _figure(text, figure)
    assert p.money_kind == kind and p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("New Anglo-Japanese property fund aims to raise £400m for UK offices", "£400m"),
    ("The trading house has launched a debt fund that has the potential to raise up to £300m from Japanese pension "
     "schemes.", "up to £300m"),
])
def test_a_fund_s_target_size_is_other(text, figure):
    _other(text, figure)


@pytest.mark.parametrize("text, figure", [
    # a manager raising for a fund of its own, and a company raising to fund something, keep their readings
    ("The venture firm said it aims to raise $250m for its second fund.", "$250m"),
    ("To fund the new plants, the carmaker plans to raise £500m from investors.", "£500m"),
])
def test_a_manager_raising_keeps_its_reading(text, figure):
    p = _figure(text, figure)
    assert p.money_kind != "other"
