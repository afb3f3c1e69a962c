"""Dates with precision: "2023-05-15" (day), "2023-05" (month), "2025" (year), "2026-H2",
"2016-Q3" (quarter).

Sources state dates at different precisions and we keep what they state: "second half of 2026"
is real data and must not become 1 July 2026.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

PRECISIONS = ("day", "month", "year", "half_year", "quarter")
_RE = re.compile(r"^(?P<y>\d{4})(?:-(?:(?P<h>H[12])|(?P<q>Q[1-4])|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?$")
_QUARTER_NAMES = ("first", "second", "third", "fourth")


class DateError(ValueError):
    """A date value that does not match its stated precision."""


@dataclass(frozen=True, order=True)
class PartialDate:
    value: str
    precision: str

    @classmethod
    def parse(cls, value: str, precision: str | None = None) -> "PartialDate":
        m = _RE.match(value or "")
        if not m:
            raise DateError(f"not a date: {value!r} (use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-H1/H2 or YYYY-Q1..Q4)")
        found = ("day" if m["d"] else "month" if m["m"] else "half_year" if m["h"] else
                 "quarter" if m["q"] else "year")
        if precision is not None and precision != found:
            raise DateError(f"{value!r} has precision {found}, not {precision}")
        pd = cls(value, found)
        try:
            pd.first_day()  # validates month and day ranges
        except ValueError as exc:
            raise DateError(f"not a date: {value!r} ({exc})") from None
        return pd

    @property
    def year(self) -> int:
        return int(self.value[:4])

    def first_day(self) -> date:
        y = self.year
        if self.precision == "day":
            return date.fromisoformat(self.value)
        if self.precision == "month":
            return date(y, int(self.value[5:7]), 1)
        if self.precision == "half_year":
            return date(y, 1 if self.value.endswith("H1") else 7, 1)
        if self.precision == "quarter":
            return date(y, 3 * int(self.value[-1]) - 2, 1)
        return date(y, 1, 1)

    def last_day(self) -> date:
        y = self.year
        if self.precision == "day":
            return self.first_day()
        if self.precision == "month":
            m = int(self.value[5:7])
            return date(y, m, calendar.monthrange(y, m)[1])
        if self.precision == "half_year":
            return date(y, 6, 30) if self.value.endswith("H1") else date(y, 12, 31)
        if self.precision == "quarter":
            m = 3 * int(self.value[-1])
            return date(y, m, calendar.monthrange(y, m)[1])
        return date(y, 12, 31)

    def sort_key(self) -> str:
        """ISO first day: sorts chronologically across precisions."""
        return self.first_day().isoformat()

    def display(self) -> str:
        if self.precision == "day":
            d = self.first_day()
            return f"{d.day} {calendar.month_name[d.month]} {d.year}"
        if self.precision == "month":
            return f"{calendar.month_name[int(self.value[5:7])]} {self.year}"
        if self.precision == "half_year":
            half = "first" if self.value.endswith("H1") else "second"
            return f"{half} half of {self.year}"
        if self.precision == "quarter":
            return f"{_QUARTER_NAMES[int(self.value[-1]) - 1]} quarter of {self.year}"
        return str(self.year)

