"""Chart series, as plain records from ``core.chart_series``, from the Catalog's aggregates.

Every sum a chart draws is asked of ``Catalog`` (``funding_by``, ``initiative_sums``,
``contributor_sums``, ``timeline_ids``, ``sources_count``), the one query interface, which
decides whether SQL or its in-memory snapshot answers; so a chart's sums agree with the list
and the facets. This module adds what is not a filtered aggregate: the names, labels and dates
of the few rows drawn, the rate for the display currency, the lines behind one bar (hover, by
``Catalog.funding_lines_query``) and the keys to highlight. Bilateral money only unless
``include_context``; context money is kept apart (scope ``context``) so it can be drawn apart.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import func, select

from ..core.chart_series import (BarSeries, DatePoint, DisplayRate, LineBrief, TimelineItem,
                                 TimelineSeries, bar_series)
from ..core.dates import PartialDate
from ..core.filters import Filter
from ..core.money import to_decimal
from . import engines
from .catalog import Catalog, pence
from .filtering import I
from .models import (ExchangeRate, FundingLine, InitiativeDate, InitiativeSector,
                     Organisation, Sector)
from .rates import RateTable

MIRROR_SIDES = ("UK", "Japan")
UNDATED = ""


class ChartDataError(LookupError):
    """A chart cannot be drawn as asked (e.g. no rate for the display currency)."""


def _frac_year(d: date, end: bool = False) -> float:
    start = date(d.year, 1, 1).toordinal()
    days = date(d.year + 1, 1, 1).toordinal() - start
    return d.year + (d.toordinal() - start + (1 if end else 0)) / days


@lru_cache(maxsize=8192)   # a timeline shows ~600 dates, most of them repeated; DatePoint is frozen
def date_point(value: str, precision: str) -> DatePoint:
    pd = PartialDate(value, precision)
    return DatePoint(value, precision, pd.display(), _frac_year(pd.first_day()),
                     _frac_year(pd.last_day(), end=True))


class ChartData:
    """Chart queries over one open database (wraps a Catalog; holds no ORM objects)."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        # reads only: on a team database each is one round trip (engines.for_reading)
        self.engine = engines.for_reading(catalog.engine)
        self._labels: dict[str, dict[str, str]] = {}
        # Read once (a few dozen rows) by the first chart's load in the worker, so a change of
        # display currency later looks the rate up without a query on the UI thread.
        self._rates: RateTable | None = None

    # ---- labels and facts for captions ------------------------------------------------------
    def labels(self, what: str) -> dict[str, str]:
        if what not in self._labels:
            table = Sector if what == "sector" else Organisation
            with self.engine.connect() as conn:
                self._labels[what] = dict(conn.execute(select(table.slug, table.name)).all())
        return self._labels[what]

    def sources_count(self, f: Filter) -> int:
        return self.catalog.sources_count(f)

    def rates(self) -> RateTable:
        if self._rates is None:
            with self.engine.connect() as conn:
                self._rates = RateTable.load(conn)
        return self._rates

    def line_rates_verified(self) -> bool:
        return self.rates().all_verified()

    def display_rate(self, currency: str, year: int | None = None) -> DisplayRate:
        """The rate for showing GBP in ``currency``: the given year's, else the latest."""
        if currency == "GBP":
            return DisplayRate("GBP", Decimal(1))
        rate = self.rates().lookup(currency, year)
        if rate is None:
            raise ChartDataError(f"the rate table has no {currency} rate, so amounts cannot be shown in {currency}")
        return DisplayRate(currency, rate.units_per_gbp, rate.year, rate.source, bool(rate.verified), rate.note)

    # ---- bar charts -------------------------------------------------------------------------
    def _by(self, dimension: str, f: Filter, include_context: bool) -> list[tuple[str, str, str, Decimal]]:
        """(bucket, side, scope, GBP) from Catalog.funding_by: context = all − bilateral."""
        bilateral = self.catalog.funding_by(dimension, f, include_context=False)
        rows = [(b, s, "bilateral", v) for b, s, v in bilateral]
        if include_context:
            own = {(b, s): v for b, s, v in bilateral}
            rows += [(b, s, "context", v - own.get((b, s), Decimal(0)))
                     for b, s, v in self.catalog.funding_by(dimension, f, include_context=True)]
        return rows

    def by_sector(self, f: Filter = Filter(), include_context: bool = False) -> BarSeries:
        return bar_series("sector", self._by("sector", f, include_context), self.labels("sector"),
                          include_context)

    def by_year(self, f: Filter = Filter(), include_context: bool = False) -> BarSeries:
        return bar_series("year", self._by("year", f, include_context), {UNDATED: "undated"},
                          include_context, order="key")

    def uk_vs_japan_by_sector(self, f: Filter = Filter(), include_context: bool = False) -> BarSeries:
        rows = [r for r in self._by("sector", f, include_context) if r[1] in MIRROR_SIDES]
        s = bar_series("sector", rows, self.labels("sector"), include_context)
        return s

    def uk_vs_japan_by_initiative(self, f: Filter = Filter(), include_context: bool = False,
                                  limit: int = 20) -> BarSeries:
        ids, rows, everything, n_all = self.catalog.initiative_sums(f, include_context, MIRROR_SIDES, limit)
        with self.engine.connect() as conn:
            names = {i: (slug, name) for i, slug, name in
                     conn.execute(select(I.c.id, I.c.slug, I.c.name).where(I.c.id.in_(ids)))}
        labels = {slug: name for slug, name in names.values()}
        shown = sum((pence(t) for _i, _side, _scope, t in rows), Decimal(0))
        rest = n_all - len(ids)
        return bar_series("initiative", [(names[i][0], side, scope, pence(t)) for i, side, scope, t in rows],
                          labels, include_context, omitted=pence(everything) - shown,
                          omitted_note=f"{rest:,} smaller initiatives not shown" if rest else "")

    def top_organisations(self, f: Filter = Filter(), include_context: bool = False,
                          limit: int | None = 15) -> BarSeries:
        rows, dropped, dropped_p = self.catalog.contributor_sums(f, include_context, limit)
        with self.engine.connect() as conn:
            slugs = dict(conn.execute(select(Organisation.id, Organisation.slug)
                                      .where(Organisation.id.in_({r[0] for r in rows if r[0] is not None}))).all())
        named = [(slugs[o], side, scope, pence(t)) for o, side, scope, t in rows if slugs.get(o) is not None]
        unnamed = sum((pence(t) for o, _s, _sc, t in rows if slugs.get(o) is None), Decimal(0))
        return bar_series("organisation", named, self.labels("organisation"), include_context,
                          limit=limit, omitted=unnamed + pence(dropped_p),
                          omitted_note="money with no named contributor not shown" if unnamed else "",
                          dropped=dropped)

    # ---- timeline ---------------------------------------------------------------------------
    def timeline(self, f: Filter = Filter(), limit: int = 400) -> TimelineSeries:
        """Dated initiatives, the ``limit`` best-funded first (a readable chart has a few hundred
        rows at most; the caption says how many were left out)."""
        ids, n_dated, n_all = self.catalog.timeline_ids(f, limit)
        with self.engine.connect() as conn:
            rows = {r.id: r for r in conn.execute(
                select(I.c.id, I.c.slug, I.c.name, I.c.announced_year, I.c.total_gbp_p).where(I.c.id.in_(ids)))}
            dates: dict[int, dict[str, DatePoint]] = {}
            for d in conn.execute(select(InitiativeDate.initiative_id, InitiativeDate.label,
                                         InitiativeDate.value, InitiativeDate.precision)
                                  .where(InitiativeDate.initiative_id.in_(ids))):
                dates.setdefault(d.initiative_id, {})[d.label] = date_point(d.value, d.precision)
            sectors: dict[int, list[str]] = {}
            for i, s in conn.execute(select(InitiativeSector.initiative_id, Sector.slug)
                                     .join(Sector, Sector.id == InitiativeSector.sector_id)
                                     .where(InitiativeSector.initiative_id.in_(ids))
                                     .order_by(InitiativeSector.initiative_id, Sector.slug)):
                sectors.setdefault(i, []).append(s)
        items = [TimelineItem(r.slug, r.name, tuple(sectors.get(r.id, ())), r.announced_year,
                              dates[r.id].get("announced"), dates[r.id].get("started"),
                              dates[r.id].get("ended"), pence(r.total_gbp_p))
                 for r in (rows[i] for i in ids)]
        items.sort(key=lambda it: (it.first, it.name))
        return TimelineSeries(tuple(items), n_dated, n_all - n_dated)

    # ---- hover detail and highlight ---------------------------------------------------------
    def lines_for(self, f: Filter, include_context: bool, dimension: str, key: str,
                  side: str | None = None, scope: str | None = None, limit: int = 6
                  ) -> tuple[list[LineBrief], int]:
        """The largest funding lines behind one bar or segment, as stated, and how many in all."""
        lines = self.catalog.funding_lines_query(f, include_context).subquery()
        where = []
        if side:
            where.append(lines.c.side == side)
        if scope:
            where.append(lines.c.scope == scope)
        if dimension == "sector":
            where.append(lines.c.initiative_id.in_(
                select(InitiativeSector.initiative_id).join(Sector, Sector.id == InitiativeSector.sector_id)
                .where(Sector.slug == key)))
        elif dimension == "year":
            cond = I.c.announced_year.is_(None) if key == UNDATED else I.c.announced_year == int(key)
            where.append(lines.c.initiative_id.in_(select(I.c.id).where(cond)))
        elif dimension == "organisation":
            where.append(lines.c.contributor_id.in_(select(Organisation.id).where(Organisation.slug == key)))
        elif dimension == "initiative":
            where.append(lines.c.initiative_id.in_(select(I.c.id).where(I.c.slug == key)))
        else:
            raise ValueError(f"unknown dimension {dimension!r}")
        R = ExchangeRate.__table__
        stmt = select(lines, I.c.name.label("ini_name"), Organisation.name.label("org_name"),
                      R.c.units_per_gbp, R.c.year.label("r_year")) \
            .join(I, I.c.id == lines.c.initiative_id) \
            .outerjoin(Organisation, Organisation.id == lines.c.contributor_id) \
            .outerjoin(R, R.c.id == lines.c.rate_id) \
            .where(*where).order_by(lines.c.gbp_p.desc(), lines.c.id).limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
            n = conn.execute(select(func.count()).select_from(lines).where(*where)).scalar_one()
        return [LineBrief(r.ini_name, r.org_name, r.stated, to_decimal(r.amount),
                          to_decimal(r.amount_max) if r.amount_max else None, r.currency, r.qualifier,
                          r.basis, r.period_years, r.side, r.scope, pence(r.gbp_p),
                          to_decimal(r.units_per_gbp) if r.units_per_gbp else None, r.r_year)
                for r in rows], n

    def initiative_keys(self, slug: str) -> dict[str, frozenset[str]]:
        """Which bars an initiative contributes to, for highlighting it in every chart."""
        with self.engine.connect() as conn:
            row = conn.execute(select(I.c.id, I.c.announced_year).where(I.c.slug == slug)).first()
            if row is None:
                return {}
            sectors = conn.execute(select(Sector.slug).join(InitiativeSector, InitiativeSector.sector_id == Sector.id)
                                   .where(InitiativeSector.initiative_id == row.id)).scalars()
            orgs = conn.execute(select(Organisation.slug).join(FundingLine, FundingLine.contributor_id == Organisation.id)
                                .where(FundingLine.initiative_id == row.id, FundingLine.counted)).scalars()
            return {"sector": frozenset(sectors), "organisation": frozenset(orgs),
                    "year": frozenset({str(row.announced_year) if row.announced_year else UNDATED}),
                    "initiative": frozenset({slug})}


__all__ = ["ChartData", "ChartDataError", "MIRROR_SIDES", "UNDATED"]
