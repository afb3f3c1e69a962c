"""Round 17 (session 28) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure

# --- a dollar's code written before its sign --------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, currency", [
    ("The ministry's request is ¥40.2 billion (USD $380 million) for the year.", "USD $380 million", "USD"),
    ("A grant of CAD $500,000 went to the team.", "CAD $500,000", "CAD"),
    ("The fund holds AUD $2m for exchanges.", "AUD $2m", "AUD"),
])
def test_a_code_before_a_dollar_sign_names_the_dollar(text, figure, currency):
    assert _figure(text, figure).currency == currency


def test_a_doubled_code_and_sign_in_brackets_is_a_conversion():
    text = "The ministry's request is ¥40.2 billion (USD $380 million) for the year."
    yen, dollars = _figure(text, "¥40.2 billion"), _figure(text, "USD $380 million")
    assert dollars.converted_from == yen.id


def test_which_equates_to_opens_a_conversion():
    text = "The portfolio is worth £2bn (which equates to $2.5 billion) at today's rate."
    assert _figure(text, "$2.5 billion").converted_from == _figure(text, "£2bn").id


# --- a return per pound is a ratio, not money paid ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The study found a £12 per £1 return on public investment.",
    "Every programme generated £12 for every £1 of public money.",
    "It found that £12 was generated per £1 of public investment.",
])
def test_a_return_per_pound_is_no_funding(text):
    assert not _figure(text, "£12").is_funding
    assert not _figure(text, "£1").is_funding


def test_money_per_year_is_still_money():
    assert _figure("UKRI will invest £5 million per year in the centre.", "£5 million").is_funding


# --- Japanese allocation words are funding cues --------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("新たな研究拠点にはそれぞれ£800万を配分し、製造技術を開発する。", "£800万"),
    ("同機構は各チームに300万円を割り当てる。", "300万円"),
])
def test_a_japanese_allocation_is_funding(text, figure):
    m = _figure(text, figure)
    assert m.money_kind == "funding" and m.is_funding


# --- "the £X project" is what a project costs ------------------------------------------------------------------

def test_the_project_named_by_its_size_is_its_cost():
    m = _figure("The £18.5 million project, which the council backs with £6 million, opens next year.",
                "£18.5 million")
    assert not m.is_funding
    assert _figure("The £18.5 million project, which the council backs with £6 million, opens next year.",
                   "£6 million").is_funding


def test_a_project_announced_with_its_money_keeps_its_reading():
    assert _figure("Britain and Japan launch a £20 million project to fund robotics research.", "£20 million").is_funding
