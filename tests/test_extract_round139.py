"""Round 139 onwards (session 55) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


def _by_text(text: str) -> dict:
    return {m.text: m for m in propose(text, word_model=False).money}


# round 139 (test152 read): a Japanese firm's UK charity, Japanese firms' giving, Hansard answers, investors' trade press

def test_a_foundation_named_on_after_its_head_word_is_a_charity_not_the_company():
    p = _figure("The Hitachi Corporation Foundation for the Arts gave a donation of $40,000 to the gallery.", "$40,000")
    assert (p.side, p.contributor_text) == ("other", "Hitachi Corporation Foundation for the Arts")
    # the company itself is a company
    assert _figure("Hitachi Corporation gave a donation of $40,000 to the gallery.", "$40,000").side == "private"


def test_a_companys_grants_are_funding_not_investment():
    p = _figure("Sony Europe has announced GBP150,000 in new grants for music schools.", "GBP150,000")
    assert (p.side, p.money_kind) == ("private", "funding")
    # what it puts into its own studio stays investment
    assert _figure("Sony Europe will put GBP150,000 into a new studio.", "GBP150,000").money_kind == "investment"


@pytest.mark.parametrize("text, figure", [
    ("Japanese-owned firms in Britain contributed more than £9 million to charity last year.", "more than £9 million"),
    ("That was well above the £2.5m Nomura donated the year before.", "£2.5m"),
    ("Of the £6m Nomura gave this year, £4m went to the Sakura Education Trust in Leeds.", "£4m"),
])
def test_a_companys_money_given_to_charity_in_its_clause_is_funding(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "funding"


def test_a_gift_beside_an_investment_leaves_the_investment_alone():
    by_text = _by_text("Nomura invested £30m in the new office, and its staff donated money to local schools.")
    assert by_text["£30m"].money_kind == "investment"


def test_money_raised_by_privatising_a_body_is_what_buyers_pay():
    p = _figure("Ministers hope to raise £900 million by privatising the agency next year.", "£900 million")
    assert (p.money_kind, p.is_funding) == ("price", False)
    # a company raising money from investors is not
    assert _figure("The start-up hopes to raise £9 million from investors next year.", "£9 million").money_kind == "investment"


def test_an_investors_track_record_over_thousands_of_companies_is_no_funding():
    p = _figure("Apax has invested over €12bn in more than 1,200 companies worldwide.", "over €12bn")
    assert p.money_kind not in ("funding", "investment") and not p.is_funding
    # a few companies' money is an investment
    assert _figure("Apax has invested €12m in three start-ups.", "€12m").money_kind == "investment"
