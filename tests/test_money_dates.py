from decimal import Decimal

import pytest

from ukjp_desktop.core.dates import DateError, PartialDate
from ukjp_desktop.core.extract.money import find_money
from ukjp_desktop.core.money import (SCALES, MoneyError, convert_to_gbp, format_amount, format_exact,
                                     from_hundredths, parse_amount, parse_gbp_input,
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


def test_format_exact_keeps_the_hundredths():
    assert format_exact(Decimal("2410000"), "GBP") == "£2,410,000.00"
    assert format_exact(Decimal("-1234272000000"), "JPY") == "-¥1,234,272,000,000"
    # the yen has no hundredths: a figure converted back from pounds shows no pennies nobody stated
    assert format_exact(Decimal("80000000.33"), "JPY") == "¥80,000,000"
    assert format_exact(Decimal("0.5"), "CHF") == "CHF 0.50"


# ---- what users type: the one parser behind the import review's corrections and the filters ----

@pytest.mark.parametrize("typed, expected", [
    ("2.5m", (None, Decimal(2_500_000))),
    ("£2,500,000", (None, Decimal(2_500_000))),
    ("¥400 million", (None, Decimal(400_000_000))),
    ("3 bn yen", (None, Decimal(3_000_000_000))),
    ("1.2tn", (None, Decimal(1_200_000_000_000))),
    ("250,000-400,000", (Decimal(250_000), Decimal(400_000))),
    ("£2m – £1m", (Decimal(1_000_000), Decimal(2_000_000))),       # ends in either order
    ("1m to 1.5m", (Decimal(1_000_000), Decimal(1_500_000))),
    ("0.75", (None, Decimal("0.75"))),
])
def test_parse_amount_reads_corrections_exactly(typed, expected):
    low, high = parse_amount(typed)
    assert (low, high) == expected
    assert str(high) == str(expected[1])      # 2500000, not 2.5E+6: stored and shown as typed


@pytest.mark.parametrize("typed", ["", "lots", "1m-2m-3m", "2.5 gazillion", "1e6", "-5m", "£"])
def test_parse_amount_refuses_with_one_line(typed):
    with pytest.raises(MoneyError) as exc:
        parse_amount(typed)
    assert "is not an amount" in str(exc.value) and "\n" not in str(exc.value)


@pytest.mark.parametrize("typed, expected", [
    ("", None), ("   ", None), ("1.5m", Decimal(1_500_000)), ("£500k", Decimal(500_000)),
    ("3,990,000", Decimal(3_990_000)), ("£ 2 billion", Decimal(2_000_000_000)),
    ("1tn", Decimal(10) ** 12),
])
def test_parse_gbp_input(typed, expected):
    assert parse_gbp_input(typed) == expected


@pytest.mark.parametrize("typed", ["$5m", "five", "1-2m", "-3"])
def test_parse_gbp_input_refuses_other_currencies_and_ranges(typed):
    with pytest.raises(MoneyError, match="not an amount in pounds"):
        parse_gbp_input(typed)


def test_one_scale_table_for_every_reader():
    """The curated phrases, imported text and what users type all scale by ``SCALES``."""
    assert SCALES["bn"] == SCALES["billion"] == 10 ** 9 and SCALES["tn"] == 10 ** 12
    assert parse_stated_amount("£3 trillion").amount == 3 * SCALES["trillion"]
    assert find_money("It costs ¥3tn.")[0].amount == 3 * SCALES["tn"]
    assert parse_amount("3 mln") == (None, 3 * SCALES["mln"])


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
