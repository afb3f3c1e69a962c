"""Exact money: amounts as ``Decimal`` in the stated currency, stored as integer hundredths.

Nothing here uses floats. Conversion to GBP is explicit, carries the rate used, and is only
ever for display, sorting and charts; the stated amount and currency remain the record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

SYMBOLS = {"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY"}
# The one scale table: every reader of amounts (curated phrases, text being imported, what a
# user types) multiplies by these. Which words a reader accepts is its own grammar; "b" only
# ever follows a currency symbol ("$3.6b"), so only the extractor accepts it.
SCALES = {
    "thousand": 10 ** 3, "k": 10 ** 3,
    "million": 10 ** 6, "m": 10 ** 6, "mn": 10 ** 6, "mln": 10 ** 6,
    "billion": 10 ** 9, "bn": 10 ** 9, "b": 10 ** 9,
    "trillion": 10 ** 12, "tn": 10 ** 12,
    "万": 10 ** 4, "億": 10 ** 8, "兆": 10 ** 12,     # Japanese text: 2000万ポンド, 37億円, 2兆円
}
_WORD_NUMBERS = {"a": Decimal(1), "one": Decimal(1), "two": Decimal(2), "three": Decimal(3)}
_CURRENCY_WORDS = {"pound": "GBP", "pounds": "GBP", "yen": "JPY", "dollar": "USD",
                   "dollars": "USD", "euro": "EUR", "euros": "EUR"}
HUNDRED = Decimal(100)


class MoneyError(ValueError):
    """A money phrase or value that cannot be read exactly."""


def to_decimal(value: str | int | Decimal) -> Decimal:
    """Read an exact decimal; floats are refused because they are already inexact."""
    if isinstance(value, float):
        raise MoneyError("floats are not accepted for money; pass a string")
    try:
        d = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation as exc:
        raise MoneyError(f"not a number: {value!r}") from exc
    if not d.is_finite():
        raise MoneyError(f"not a finite number: {value!r}")
    return d


def to_hundredths(amount: Decimal) -> int:
    """Integer hundredths of a currency unit (pence, cents, hundredths of a yen)."""
    q = (amount * HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    return int(q)


def from_hundredths(value: int) -> Decimal:
    return (Decimal(value) / HUNDRED).normalize() if value % 100 else Decimal(value // 100)


def convert_to_gbp(amount: Decimal, currency: str, units_per_gbp: Decimal | None) -> Decimal:
    """Convert a stated amount to GBP with the given rate (units of ``currency`` per £1)."""
    if currency == "GBP":
        return amount
    if units_per_gbp is None or units_per_gbp <= 0:
        raise MoneyError(f"no usable rate for {currency}")
    return (amount / units_per_gbp).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


@dataclass(frozen=True)
class Rate:
    """An exchange rate: units of ``currency`` per £1, the annual average of ``year``, and who
    published it. ``id`` is its row in a database (None while it is only a dataset entry); a
    converted funding line keeps the id of the rate it used."""
    currency: str
    year: int
    units_per_gbp: Decimal
    source: str
    verified: bool
    note: str | None
    id: int | None = None


@dataclass(frozen=True)
class ParsedAmount:
    amount: Decimal
    currency: str


_NUM = r"(?P<num>\d[\d,]*(?:\.\d+)?|a|one|two|three)"
_SCALE = r"(?:[\s-]*(?P<scale>thousand|million|billion|trillion|bn|mn|m|k)\b)?"
_PATTERNS = [
    # £4.5 million, £3,990,000, $3.6 billion, €2m
    re.compile(r"(?P<sym>[£$€¥])\s?" + _NUM + _SCALE, re.I),
    # 476 billion yen, 55-billion-yen, a-million-pound, 30 billion yen
    re.compile(_NUM + _SCALE + r"[\s-]*(?P<word>pounds?|yen|dollars?|euros?)\b", re.I),
]


def parse_stated_amount(phrase: str) -> ParsedAmount:
    """Read the first money amount in a phrase exactly as the sources write it.

    Used to check that every curated funding line's ``stated`` phrase really says the recorded
    amount and currency (qualifiers such as "just over" are separate fields).
    """
    for pattern in _PATTERNS:
        m = pattern.search(phrase)
        if not m:
            continue
        raw = m.group("num").lower()
        number = _WORD_NUMBERS.get(raw) or to_decimal(raw)
        scale = m.group("scale")
        if scale:
            number *= SCALES[scale.lower()]
        groups = m.groupdict()
        if groups.get("sym"):
            currency = SYMBOLS[groups["sym"]]
        else:
            currency = _CURRENCY_WORDS[groups["word"].lower()]
        return ParsedAmount(number, currency)
    raise MoneyError(f"no amount found in {phrase!r}")


CURRENCY_SIGNS = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥"}
# (threshold, suffix, places) from the largest; "k" only where a column must stay narrow.
_UNITS = ((Decimal(10) ** 12, "tn", Decimal("0.01")), (Decimal(10) ** 9, "bn", Decimal("0.01")),
          (Decimal(10) ** 6, "m", Decimal("0.01")))
_THOUSANDS = (Decimal(10) ** 3, "k", Decimal("0.1"))


def format_amount(amount: Decimal, currency: str, thousands: bool = False) -> str:
    """The one compact money figure (lists, detail, command line, charts, exports):
    £4.5m, £1.1bn, ¥476bn, ¥1,041.6tn, £15,500, and with ``thousands`` £635.1k.

    A value that rounds up to 1,000 of a unit takes the next unit (£1bn, not £1000m); digits
    are grouped with separators at every scale (£10,707.64bn); the sign goes before the
    currency (-£4.5m)."""
    sign = "-" if amount < 0 else ""
    symbol = CURRENCY_SIGNS.get(currency, currency + " ")
    a = abs(amount)
    units = _UNITS + ((_THOUSANDS,) if thousands else ())
    for i, (threshold, suffix, places) in enumerate(units):
        if a < threshold:
            continue
        scaled = (a / threshold).quantize(places, rounding=ROUND_HALF_EVEN)
        if scaled >= 1000 and i > 0:
            threshold, suffix, places = units[i - 1]
            scaled = (a / threshold).quantize(places, rounding=ROUND_HALF_EVEN)
        return f"{sign}{symbol}{scaled.normalize():,f}{suffix}"
    if a == a.to_integral_value():
        return f"{sign}{symbol}{int(a):,}"
    return f"{sign}{symbol}{a:,.2f}"


# currencies with no minor unit in use: a yen figure has no hundredths to show
WHOLE_UNIT_CURRENCIES = frozenset({"JPY", "KRW"})


def format_exact(amount: Decimal, currency: str) -> str:
    """The exact figure to the hundredth, where a compact one would hide the detail (hover text,
    the converted figure beside its rate): £2,410,000.00; to the unit for the yen and the won, which
    have no hundredths (a converted ¥80,000,000.33 would show pennies nobody stated): -¥1,234,272,000,000."""
    sign = "-" if amount < 0 else ""
    symbol = CURRENCY_SIGNS.get(currency, currency + " ")
    if currency in WHOLE_UNIT_CURRENCIES:
        return f"{sign}{symbol}{abs(amount).quantize(Decimal(1), rounding=ROUND_HALF_EVEN):,f}"
    return f"{sign}{symbol}{abs(amount):,.2f}"


# ---- what a user types in an amount box ----------------------------------------------------
_USER_SCALE = r"k|thousand|m|mn|mln|million|bn|billion|tn|trillion"
_USER_FIGURE = re.compile(rf"^(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>{_USER_SCALE})?$", re.IGNORECASE)
_USER_CURRENCY = re.compile(r"[£$€¥]|GBP|JPY|USD|EUR|pounds?|yen|dollars?|euros?", re.IGNORECASE)
_RANGE_DASH = re.compile(r"\s*(?:–|—|-|\bto\b)\s*")


def _user_figure(text: str) -> Decimal | None:
    """'2.5m', '3,990,000', '400 million' as an exact whole-unit amount; None if unreadable."""
    m = _USER_FIGURE.match(text)
    if not m:
        return None
    value = Decimal(m.group("num").replace(",", ""))
    if m.group("scale"):
        value *= SCALES[m.group("scale").lower()]
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def parse_gbp_input(text: str) -> Decimal | None:
    """What a user types in a pounds box ("1.5m", "£500k", "3,990,000") as exact pounds.

    Empty means no bound (None); anything else unreadable raises ``MoneyError`` with a message."""
    t = (text or "").strip()
    if not t:
        return None
    value = _user_figure(re.sub(r"^£\s*", "", t))
    if value is None:
        raise MoneyError(f"{t!r} is not an amount in pounds (try 1.5m, 500k or 3,990,000)")
    return value


def parse_amount(text: str) -> tuple[Decimal | None, Decimal]:
    """A corrected figure typed in any currency: '2.5m', '£2,500,000', '400 million',
    '1m-2m' → (low or None, high) in whole units; the currency stays the proposal's.

    Raises ``MoneyError`` with a one-line message for anything else."""
    problem = f"“{text}” is not an amount (try 2.5m, 400 million or 250,000-400,000)"
    t = _USER_CURRENCY.sub("", text or "").strip()
    parts = [p.strip() for p in _RANGE_DASH.split(t)]
    if not 1 <= len(parts) <= 2:   # a part left empty ("-5m", "2m-") is no amount either
        raise MoneyError(problem)
    values = [_user_figure(p) for p in parts]
    if None in values:
        raise MoneyError(problem)
    if len(values) == 2:
        low, high = sorted(values)
        return low, high
    return None, values[0]
