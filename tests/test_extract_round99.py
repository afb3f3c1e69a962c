"""Round 99 onwards (session 46) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose
from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


def _conversion(text: str, original: str, equivalent: str) -> tuple:
    found = propose(text, word_model=False).money
    a = next(p for p in found if p.text == original)
    b = next(p for p in found if p.text == equivalent)
    return a, b


# round 99 (test112 read)

@pytest.mark.parametrize("text, figure", [
    # a prize whose name runs into the word "prize"
    ("Who were the winners of the £1 million QEPrize this year?", "£1 million"),
    # the prize's own money: the winners' universities the sentence names receive it
    ("Professor Ito of Osaka University shares the 1 million pound prize with two American engineers.",
     "1 million pound"),
])
def test_a_prize_s_own_money_is_the_giver_s(text, figure):
    p = _figure(text, figure)
    assert p.side == "other" and p.is_funding


def test_a_body_paying_a_prize_still_pays_it():
    p = _figure("UK Research and Innovation will award a £50,000 prize to the winning team.", "£50,000")
    assert p.side == "UK"


@pytest.mark.parametrize("text, figure", [
    # a known foundation under a former name that does not end in "Foundation"
    ("She will receive 50 million yen from the Science and Technology Foundation of Japan next April.",
     "50 million yen"),
    # a known body whose own name is a trust, though the page calls it otherwise
    ("Wellcome will give £3m to the Tokyo fund over five years.", "£3m"),
])
def test_a_foundation_known_by_another_name_pays_as_a_foundation(text, figure):
    p = _figure(text, figure)
    assert p.side == "other"


def test_a_public_body_called_a_foundation_keeps_its_side():
    p = _figure("The Japan Foundation will give ¥3 million to the festival.", "¥3 million")
    assert p.side == "Japan"


def test_a_figure_and_its_equivalent_between_spaced_hyphens_are_one_sum():
    a, b = _conversion("The prize, worth 50 million yen - approximately £260,000 - was awarded to Professor Smith.",
                       "50 million yen", "approximately £260,000")
    assert b.converted_from == a.id and a.conversion == b.id


@pytest.mark.parametrize("text, first, second", [
    # two sums whose ratio is no rate between the currencies
    ("The UK gave £5 million - $40 million came from the United States.", "£5 million", "$40 million"),
    # one currency: a range, not a conversion
    ("Tickets cost between £20 - £25 each.", None, None),
])
def test_figures_between_spaced_hyphens_at_no_rate_stay_apart(text, first, second):
    found = propose(text, word_model=False).money
    assert all(p.converted_from is None for p in found)
