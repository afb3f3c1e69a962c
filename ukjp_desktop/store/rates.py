"""Exchange-rate lookup: the rate for (currency, year), falling back to the nearest earlier year.

The fallback is never silent: the caller gets the year actually used and stores the rate's id
with every converted figure.
"""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Connection, select

from ..core.money import Rate, convert_to_gbp, to_decimal, to_hundredths
from .models import ExchangeRate


class RateTable:
    def __init__(self, rows: list[Rate]):
        self._by_currency: dict[str, list[Rate]] = {}
        for r in sorted(rows, key=lambda r: r.year):
            self._by_currency.setdefault(r.currency, []).append(r)

    @classmethod
    def load(cls, conn: Connection) -> "RateTable":
        rows = conn.execute(select(ExchangeRate.__table__)).all()
        return cls([Rate(r.currency, r.year, to_decimal(r.units_per_gbp), r.source, r.verified,
                         r.note, r.id) for r in rows])

    def all_verified(self) -> bool:
        return all(r.verified for rows in self._by_currency.values() for r in rows)

    def lookup(self, currency: str, year: int | None) -> Rate | None:
        rows = self._by_currency.get(currency)
        if not rows:
            return None
        if year is None:
            return rows[-1]
        earlier = [r for r in rows if r.year <= year]
        return earlier[-1] if earlier else rows[0]

    def to_gbp_pence(self, amount: Decimal, currency: str, year: int | None) -> tuple[int, Rate | None]:
        """GBP pence for an amount, and the rate used (None for GBP). Raises if no rate."""
        if currency == "GBP":
            return to_hundredths(amount), None
        rate = self.lookup(currency, year)
        if rate is None:
            raise LookupError(f"no exchange rate for {currency}")
        return to_hundredths(convert_to_gbp(amount, currency, rate.units_per_gbp)), rate
