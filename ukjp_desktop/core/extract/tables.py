"""Money in a table whose figures print only the column header's unit (round 14).

A table flattened to text puts one cell on each line ("| 地域 |", "金額 (百万ポンド) |", "EU |", "201.1 |", "48.4% |").
When a header cell names a currency and a scale in brackets or after 単位 ("金額 (百万ポンド)", "Amount (£m)",
"(£ million)", "単位：百万円", "(億円)"), the bare numbers of that column are amounts in that unit: the header states
the currency and the scale once for the whole column, as a report's table does. A number is taken only when the
table's bare numbers fall in exactly one column, the header's: the cells are counted from the table's first cell,
the bare numbers must recur every N cells and sit in the header's column (cell index = header's index mod N).
A table whose bare numbers fall in two columns (amounts beside counts or years) is left alone: which column is
money cannot be told. Percentages ("48.4%") and cells with words are never bare numbers.
"""
from __future__ import annotations

import re
from decimal import Decimal

# the unit in a header cell: a bracket holding a scale and a currency, or 単位 (unit) followed by them
_JA_SCALE = {"": 1, "千": 10 ** 3, "万": 10 ** 4, "百万": 10 ** 6, "千万": 10 ** 7, "億": 10 ** 8, "兆": 10 ** 12}
_JA_CUR = {"円": "JPY", "ポンド": "GBP", "ドル": "USD", "ユーロ": "EUR", "英ポンド": "GBP", "米ドル": "USD"}
_EN_SCALE = {"": 1, "000": 10 ** 3, "000s": 10 ** 3, "k": 10 ** 3, "m": 10 ** 6, "mn": 10 ** 6, "million": 10 ** 6,
             "millions": 10 ** 6, "bn": 10 ** 9, "billion": 10 ** 9, "billions": 10 ** 9}
_EN_CUR = {"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "gbp": "GBP", "usd": "USD", "eur": "EUR", "jpy": "JPY",
           "yen": "JPY", "pounds": "GBP"}
_JA_UNIT = re.compile(r"(?:[(（]\s*(?:単位\s*[:：]\s*)?|単位\s*[:：]\s*)(?P<scale>百万|千万|千|万|億|兆)?\s*"
                      r"(?P<cur>英ポンド|米ドル|ポンド|円|ドル|ユーロ)\s*(?:[)）]|$)")
_EN_UNIT = re.compile(r"[(（]\s*(?:in\s+)?(?P<cur>[£$€¥]|GBP|USD|EUR|JPY)\s*(?P<scale>000s?|k|mn|m|millions?|bn|billions?)?"
                      r"\s*[)）]|[(（]\s*(?P<scale2>millions?|billions?|thousands?)\s+(?:of\s+)?(?P<cur2>pounds|yen|GBP|USD|"
                      r"EUR|JPY)\s*[)）]", re.I)
_BARE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_CELL_MAX = 40            # a cell line is short; a longer line is prose, which ends the table


def _unit(cell: str) -> tuple[str, int] | None:
    """(currency, multiplier) named by a header cell, or None."""
    if any(ch.isdigit() for ch in _UNIT_FREE.sub("", cell)):
        return None        # a cell with a figure of its own is data, not a header
    m = _JA_UNIT.search(cell)
    if m:
        return _JA_CUR[m["cur"]], _JA_SCALE[m["scale"] or ""]
    m = _EN_UNIT.search(cell)
    if m:
        cur, scale = (m["cur"], m["scale"]) if m["cur"] else (m["cur2"], m["scale2"])
        scale = (scale or "").lower()
        scale = {"thousand": "000", "thousands": "000"}.get(scale, scale)
        return _EN_CUR[cur.lower()], _EN_SCALE[scale]
    return None


_UNIT_FREE = re.compile(r"000s?")   # "(£000)" names thousands: its zeros are no figure


def _cells(text: str) -> list[tuple[int, int, str]]:
    """Every line as (start, end, its text without the table's bars and spaces)."""
    out, pos = [], 0
    for line in text.split("\n"):
        body = line.strip().strip("|").strip()
        out.append((pos, pos + len(line), body))
        pos += len(line) + 1
    return out


def _blocks(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(first, last) line index of each run of cell lines: short and not blank (a blank or a prose line ends a table)."""
    out, first = [], None
    for i, (_s, _e, body) in enumerate(lines):
        if body and len(body) <= _CELL_MAX:
            first = i if first is None else first
        elif first is not None:
            out.append((first, i - 1))
            first = None
    if first is not None:
        out.append((first, len(lines) - 1))
    return out


def table_figures(text: str) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, amount, currency) of each bare number in a header-unit column of a flattened table."""
    if "|" not in text and "単位" not in text and "(" not in text and "（" not in text:
        return []
    lines = _cells(text)
    out: list[tuple[int, int, Decimal, str]] = []
    for first, last in _blocks(lines):
        headers = [(i, u) for i in range(first, last + 1) if (u := _unit(lines[i][2])) is not None]
        if len(headers) != 1:
            continue   # no unit, or several: which column each number belongs to is not told
        h, (currency, times) = headers[0]
        bare = [i for i in range(h + 1, last + 1) if _BARE.fullmatch(lines[i][2])]
        if len(bare) < 2:
            continue
        step = bare[1] - bare[0]
        if any(b - a != step for a, b in zip(bare, bare[1:])) or (bare[0] - h) % step:
            continue   # the bare numbers fill more than the header's column
        if any(_BARE.fullmatch(lines[i][2]) for i in range(first, h)):
            continue   # figures before the header: another table's, or a layout this does not read
        for i in bare:
            start, end, body = lines[i]
            at = text.index(body, start, end + 1)
            out.append((at, at + len(body), Decimal(body.replace(",", "")) * times, currency))
    return out
