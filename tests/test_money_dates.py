from decimal import Decimal

import pytest

from ukjp_desktop.core.dates import DateError, PartialDate
from ukjp_desktop.core.money import (MoneyError, convert_to_gbp, format_amount, from_hundredths,
                                     parse_stated_amount, to_decimal, to_hundredths)


@pytest.mark.parametrize("phrase, amount, currency", [
    ("£3,990,000", "3990000", "GBP"),
    ("just over £5.2 million", "5200000", "GBP"),
    ("£4.5 million", "4500000", "GBP"),
    ("£1 billion", "1000000000", "GBP"),
    ("£1.1 billion", "1100000000", "GBP"),
    ("476 billion yen", "476000000000", "JPY"),
    ("55-billion-yen", "55000000000", "JPY"),
    ("approximately 30 billion yen", "30000000000", "JPY"),
    ("a-million-pound", "1000000", "GBP"),
    ("approximately $3.6 billion", "3600000000", "USD"),
    ("$370 million", "370000000", "USD"),
    ("around £11 million", "11000000", "GBP"),
    ("£15.5 million", "15500000", "GBP"),
    ("€2m", "2000000", "EUR"),
])
def test_parse_stated_amount_is_exact(phrase, amount, currency):
    parsed = parse_stated_amount(phrase)
    assert parsed.amount == Decimal(amount)
    assert parsed.currency == currency


def test_parse_refuses_text_without_amount():
    with pytest.raises(MoneyError):
        parse_stated_amount("billions of pounds")


def test_floats_are_refused_for_money():
    with pytest.raises(MoneyError):
        to_decimal(5.2)


def test_hundredths_round_trip_exactly():
    for s in ("0.01", "5200000", "476000000000", "2459948320.41"):
        assert from_hundredths(to_hundredths(Decimal(s))) == Decimal(s)


def test_conversion_uses_the_given_rate_and_rounds_to_pence():
    assert convert_to_gbp(Decimal("476000000000"), "JPY", Decimal("197.8")) == Decimal("2406471183.01")
    assert convert_to_gbp(Decimal("100"), "GBP", None) == Decimal("100")
    with pytest.raises(MoneyError):
        convert_to_gbp(Decimal("1"), "JPY", None)


def test_format_amount():
    assert format_amount(Decimal("4500000"), "GBP") == "£4.5m"
    assert format_amount(Decimal("1100000000"), "GBP") == "£1.1bn"
    assert format_amount(Decimal("476000000000"), "JPY") == "¥476bn"
    assert format_amount(Decimal("15500"), "GBP") == "£15,500"


@pytest.mark.parametrize("value, precision, display, first, last", [
    ("2023-05-15", "day", "15 May 2023", "2023-05-15", "2023-05-15"),
    ("2023-05", "month", "May 2023", "2023-05-01", "2023-05-31"),
    ("2025", "year", "2025", "2025-01-01", "2025-12-31"),
    ("2026-H2", "half_year", "second half of 2026", "2026-07-01", "2026-12-31"),
    ("2024-02", "month", "February 2024", "2024-02-01", "2024-02-29"),
])
def test_partial_dates_keep_their_precision(value, precision, display, first, last):
    d = PartialDate.parse(value)
    assert d.precision == precision
    assert d.display() == display
    assert d.first_day().isoformat() == first
    assert d.last_day().isoformat() == last


@pytest.mark.parametrize("bad", ["2023-13", "2023-02-30", "May 2023", "2026-H3", ""])
def test_bad_dates_are_refused(bad):
    with pytest.raises(DateError):
        PartialDate.parse(bad)


def test_precision_mismatch_is_refused():
    with pytest.raises(DateError):
        PartialDate.parse("2023-05", "day")
