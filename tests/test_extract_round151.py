"""Round 151 onwards (session 57) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 151 (test164 read): UK firms' contracts, plants and offices in Japan and Japanese owners of UK firms

@pytest.mark.parametrize("line, figure", [
    ("RevenueDecrease£10.5 million[6] (2019)", "£10.5 million"),
    ("Decrease£1.1 million[6] (2019)", "£1.1 million"),
    ("Total assetsIncrease£71.2 million[6] (2019)", "£71.2 million"),
])
def test_a_copied_infobox_accounts_row_is_no_money_put_in(line, figure):
    p = _figure("Products\n" + line + "\nNumber of employees\n", figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_an_increase_written_as_a_word_keeps_the_figures_reading():
    # control: a real sentence's "increase" before a figure is no infobox row
    p = _figure("The council approved an increase £2 million grant for the lab.", "£2 million")
    assert p.money_kind == "funding"


def test_an_order_book_is_no_price():
    p = _figure("Revenue was steady and the order book currently stands at around £25 million.", "around £25 million")
    assert p.money_kind == "other"
    # control: an order is still a price
    assert _figure("The firm won an order worth £25 million from Japan.", "£25 million").money_kind == "price"


def test_a_payment_firms_transaction_milestone_is_no_investment():
    p = _figure("After reaching the US$1bn transaction milestone, the firm opened an office in Tokyo.", "US$1bn")
    assert (p.money_kind, p.is_funding) == ("other", False)


@pytest.mark.parametrize("text, shown, value", [
    ("The deal was first announced in mid-February.", "mid-February", "2009-02"),
    ("Work began mid-April last year.", "mid-April last year", "2008-04"),
])
def test_a_month_written_with_mid_and_a_hyphen_is_a_date(text, shown, value):
    found = {d.text: str(d.value) for d in propose(text, document_date=date(2009, 6, 1)).dates}
    assert found.get(shown) == value


def test_a_state_lasting_until_a_month_is_read_forward_unless_the_clause_is_past():
    def year_of(text: str, shown: str) -> str:
        return {d.text: str(d.value) for d in propose(text, document_date=date(2020, 1, 27)).dates}.get(shown)

    assert year_of("The industry has effectively shut until mid-April.", "mid-April") == "2020-04"
    assert year_of("The office stays closed until February.", "until February") == "2020-02"
    # control: a past clause keeps the last such month
    assert year_of("Losses of about £55m were recorded until February.", "until February") == "2019-02"
