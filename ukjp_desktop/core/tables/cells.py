"""Amounts and dates as tables write them.

Amounts: "1,250,000", "£1.25m", "JPY 5,000", "5,000千円", "1億2,000万円", "(1,200)" is not a
grant; the currency and unit may instead be in the column's header ("Award (£)", "AwardPounds",
"金額（千円）" = thousands of yen, "Budget (Thousand Yen)"). Values stay ``Decimal``.
Dates: ISO, day-first numeric (British exports), 2023/04/01 and 2023年4月1日 (Japanese),
Japanese era years (令和5年 = 2023, 平成, 昭和, 大正; 元年 = year 1; R5.4.1), Excel serial
numbers (in a date column, 45017 = 2023-04-01), and a bare year or year-month.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from decimal import Decimal

from ..dates import PartialDate

UNITS = {"units": Decimal(1), "thousands": Decimal(1000), "millions": Decimal(1_000_000)}
CURRENCIES = ("GBP", "JPY", "USD", "EUR")
_SIGNS = {"£": "GBP", "¥": "JPY", "￥": "JPY", "円": "JPY", "$": "USD", "€": "EUR"}
_WORDS = {"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY",
          "jpy": "JPY", "usd": "USD", "dollars": "USD", "eur": "EUR", "euros": "EUR", "euro": "EUR"}


class CellError(ValueError):
    """The cell's text is not what its column needs; ``str()`` says what was found."""


def normalise(text: str) -> str:
    """Full-width digits and signs as ASCII (NFKC), but keep ¥ and the ideographs."""
    return unicodedata.normalize("NFKC", text).replace("\u3000", " ").strip()


# --- headers ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class HeaderMoney:
    currency: str | None
    unit: str | None


def header_money(header: str) -> HeaderMoney:
    """The currency and unit a column's header states: 'Award (£)' → GBP; '金額（千円）' → JPY
    in thousands; 'Budget (Thousand Yen)' → JPY thousands; 'AwardPounds' → GBP."""
    h = normalise(header)
    low = h.lower()
    currency = None
    for sign, code in _SIGNS.items():
        if sign in h:
            currency = code
            break
    if currency is None:
        words = re.findall(r"[a-z]+", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", h).lower())
        currency = next((_WORDS[w] for w in words if w in _WORDS), None)
    unit = None
    if "千円" in h or "千" in h and currency == "JPY" or re.search(r"\bthousands?\b|\(k\)|£k|'000", low):
        unit = "thousands"
    elif "百万" in h or re.search(r"\bmillions?\b|£m\b|\(m\)", low):
        unit = "millions"
    return HeaderMoney(currency, unit)


# --- amounts ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CellAmount:
    amount: Decimal          # whole currency units, after the unit was applied
    currency: str | None     # stated in the cell, else None (the header or a column says it)
    scaled: bool = False     # the cell gave its own scale ("1.2m", "5,000千円"): no column unit applies


_AMOUNT = re.compile(
    r"^(?P<cur1>[A-Z]{3}|[£¥$€])?\s*(?P<num>\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<scale>k|m|mn|bn|thousand|million|billion|千|万|百万|億)?\s*(?P<cur2>[A-Z]{3}|円|yen)?$", re.I)
_SCALES = {"k": 10 ** 3, "thousand": 10 ** 3, "千": 10 ** 3, "万": 10 ** 4, "m": 10 ** 6, "mn": 10 ** 6,
           "million": 10 ** 6, "百万": 10 ** 6, "億": 10 ** 8, "bn": 10 ** 9, "billion": 10 ** 9}
_JA_COMPOUND = re.compile(r"^(?:(?P<oku>[\d,]+(?:\.\d+)?)億)?(?:(?P<man>[\d,]+(?:\.\d+)?)万)?(?P<rest>[\d,]*)円?$")


@lru_cache(maxsize=8192)      # columns repeat values (dates above all); results are immutable
def parse_amount_cell(text: str) -> CellAmount | None:
    """The amount a cell states (None for an empty cell); ``CellError`` if it states none."""
    t = normalise(text)
    if not t or t in ("-", "–", "—", "n/a", "N/A"):
        return None
    if t.startswith("(") and t.endswith(")") or t.startswith("-"):
        raise CellError(f"{text!r} is a negative amount")
    m = _AMOUNT.match(t)
    if m:
        cur = [c for c in (m["cur1"], m["cur2"]) if c]
        currency = None
        if cur:
            c = cur[0]
            currency = _SIGNS.get(c) or _WORDS.get(c.lower()) or c.upper()
        num = Decimal(re.sub(r"[,\s]", "", m["num"]))
        if m["scale"]:
            num *= _SCALES[m["scale"].lower() if m["scale"].isascii() else m["scale"]]
        return CellAmount(_exact(num), currency, bool(m["scale"]))
    j = _JA_COMPOUND.match(t.replace("¥", ""))
    if j and (j["oku"] or j["man"]):
        total = Decimal(0)
        for part, scale in ((j["oku"], 10 ** 8), (j["man"], 10 ** 4), (j["rest"], 1)):
            if part:
                total += Decimal(part.replace(",", "")) * scale
        return CellAmount(_exact(total), "JPY", True)
    raise CellError(f"{text!r} is not an amount")


def _exact(d: Decimal) -> Decimal:
    """1250000.00 → 1250000, 1.5 stays 1.5 (no float ever touched it)."""
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def parse_currency_cell(text: str) -> str | None:
    t = normalise(text)
    if not t:
        return None
    code = _SIGNS.get(t) or _WORDS.get(t.lower()) or (t.upper() if re.fullmatch(r"[A-Za-z]{3}", t) else None)
    if code is None:
        raise CellError(f"{text!r} is not a currency")
    return code


def parse_unit_cell(text: str) -> str | None:
    t = normalise(text).lower()
    if not t:
        return None
    for unit, forms in (("units", ("units", "unit", "1", "ones", "円")),
                        ("thousands", ("thousands", "thousand", "k", "000s", "'000", "千円", "千")),
                        ("millions", ("millions", "million", "m", "百万円", "百万"))):
        if t in forms:
            return unit
    raise CellError(f"{text!r} is not a unit (units, thousands, millions)")


# --- dates ------------------------------------------------------------------------------------

ERAS = {"令和": 2019, "平成": 1989, "昭和": 1926, "大正": 1912, "明治": 1868,
        "R": 2019, "H": 1989, "S": 1926, "T": 1912, "M": 1868}
_ERA = re.compile(r"^(?P<era>令和|平成|昭和|大正|明治|[RHST])\s*(?P<y>元|\d{1,2})\s*(?:年度?|[./-])\s*"
                  r"(?:(?P<m>\d{1,2})\s*(?:月|[./-])\s*(?:(?P<d>\d{1,2})\s*日?)?)?$", re.I)
_YMD = re.compile(r"^(?P<y>\d{4})\s*(?:[-/.年])\s*(?P<m>\d{1,2})(?:\s*(?:[-/.月])\s*(?P<d>\d{1,2})\s*日?|\s*月)?"
                  r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_DMY = re.compile(r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})$")
_YEAR = re.compile(r"^(?P<y>\d{4})\s*(?P<fy>年度|年)?$")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                       "oct", "nov", "dec"), 1)}
_DMONY = re.compile(r"^(?P<d>\d{1,2})[\s-](?P<mon>[A-Za-z]{3,9})[\s-](?P<y>\d{2,4})$")
_EXCEL_EPOCH = date(1899, 12, 30)


@lru_cache(maxsize=8192)
def parse_date_cell(text: str) -> tuple[PartialDate, str | None] | None:
    """(date, note) for a cell (None if empty); ``CellError`` if the cell holds no date.
    The note says how a date was read when that is not obvious (era, serial number, FY)."""
    t = normalise(text)
    if not t:
        return None
    m = _ERA.match(t)
    if m:
        n = 1 if m["y"] == "元" else int(m["y"])
        era = m["era"] if not m["era"].isascii() else m["era"].upper()
        year = ERAS[era] + n - 1
        note = f"{m['era']}{m['y']} = {year}"
        if "年度" in t:
            return PartialDate(str(year), "year"), f"{note}, Japanese fiscal year from April"
        return _ymd(text, year, m["m"], m["d"]), note
    m = _YMD.match(t)
    if m:
        return _ymd(text, int(m["y"]), m["m"], m["d"]), None
    m = _DMY.match(t)
    if m:
        return _ymd(text, int(m["y"]), m["m"], m["d"]), None
    m = _DMONY.match(t)
    if m and m["mon"][:3].lower() in _MONTHS:
        y = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        return _ymd(text, y, str(_MONTHS[m["mon"][:3].lower()]), m["d"]), None
    m = _YEAR.match(t)
    if m and 1900 <= int(m["y"]) <= 2149:
        return PartialDate(m["y"], "year"), ("Japanese fiscal year from April" if m["fy"] == "年度" else None)
    if re.fullmatch(r"\d{5}(?:\.0+)?", t):
        serial = int(float(t))
        if 20000 <= serial <= 80000:     # 1954–2119: a spreadsheet's day number, not a code
            d = _EXCEL_EPOCH + timedelta(days=serial)
            return PartialDate(d.isoformat(), "day"), f"spreadsheet day number {serial}"
    raise CellError(f"{text!r} is not a date")


def _ymd(text: str, y: int, m: str | None, d: str | None) -> PartialDate:
    try:
        if d:
            return PartialDate(date(y, int(m), int(d)).isoformat(), "day")
        if m:
            date(y, int(m), 1)
            return PartialDate(f"{y:04d}-{int(m):02d}", "month")
    except ValueError:
        raise CellError(f"{text!r} is not a date") from None
    return PartialDate(f"{y:04d}", "year")


def dates_in_order(start: PartialDate | None, end: PartialDate | None) -> bool:
    return start is None or end is None or end.last_day() >= start.first_day()


__all__ = ["CURRENCIES", "CellAmount", "CellError", "HeaderMoney", "UNITS",
           "dates_in_order", "header_money", "normalise", "parse_amount_cell", "parse_currency_cell",
           "parse_date_cell", "parse_unit_cell"]
