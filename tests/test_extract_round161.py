"""Round 161 onwards (session 59) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word models are tested in
tests/test_funding_words.py and tests/test_side_words.py."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 161 (test174 read): Japanese firms' money in smaller British firms and UK grants touching Japanese firms

@pytest.mark.parametrize("text, figure, currency", [
    # a UTF-8 sign read back through a single-byte code page, as some stored copies of pages are
    ("A Welsh-funded ÂŁ150,000 Wales Japan Culture Fund will develop new collaborations.", "ÂŁ150,000", "GBP"),
    ("The council has provided Â£2m for the project.", "Â£2m", "GBP"),
    ("The agency will provide Â¥300 million for the study.", "Â¥300 million", "JPY"),
    ("The commission will provide â‚¬5 million for the study.", "â‚¬5 million", "EUR"),
])
def test_a_sign_garbled_by_a_code_page_is_still_its_currency(text, figure, currency):
    p = _figure(text, figure)
    assert (p.currency, p.is_funding) == (currency, True) and text[p.start:p.end] == figure


def test_a_garbled_sign_with_no_number_is_no_money():
    # control: the sign alone, or before a word, is no figure
    assert propose("The page shows Â£ and ÂŁ signs, then Â£ per head.", word_model=False).money == []


def test_the_amount_after_a_garbled_sign_is_read_in_full():
    assert _figure("A ÂŁ1.5m grant was awarded.", "ÂŁ1.5m").amount == Decimal("1500000")


def test_a_competition_named_by_its_money_is_funding_not_the_page_companys():
    # the page is about a company's technology; "a £0.5m competition" is money a competition gives out
    text = ("Hitachi Rail has extended its track monitoring work. The next stage is the result of a £0.5m "
            "competition, with the trial now being expanded in Scotland.")
    p = _figure(text, "£0.5m")
    assert (p.money_kind, p.is_funding, p.side) == ("funding", True, "UK")
    assert p.contributor is None


def test_a_company_investing_in_its_own_site_still_pays():
    # control: the page's company is still the payer of a figure that is its own investment
    text = ("Hitachi Rail has extended its track monitoring work. It will invest £5m in a new depot in Scotland.")
    p = _figure(text, "£5m")
    assert (p.money_kind, p.side) == ("investment", "private")


def test_competition_from_rivals_is_no_competition_money():
    # control: "a £5m market" and competition as rivalry do not make a figure a competition's money
    p = _figure("The firm expects to win a share of the £2bn market despite stiff competition.", "£2bn")
    assert p.money_kind != "funding"
