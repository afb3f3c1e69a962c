"""What each chart draws, as plain records, plus display-currency conversion and captions.

Amounts stay exact (``Decimal`` GBP, pence-exact) all the way to the chart; a float is made
only for the pixel geometry (``DisplayRate.plot_value``). Converting to JPY or USD for display
uses one stated rate, and the caption says which, so a figure in a briefing can be traced.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Iterable

from .filters import Filter
from .funding_text import amount_as_stated
from .money import format_amount, format_exact
from .vocab import SIDES

MILLION = Decimal(10) ** 6

SCOPES_DRAWN = ("bilateral", "context")
DISPLAY_CURRENCIES = ("GBP", "JPY", "USD")
ZERO = Decimal(0)


@dataclass(frozen=True)
class Segment:
    """One stacked piece of a bar: money of one side and scope in one category."""
    key: str
    side: str
    scope: str
    gbp: Decimal


@dataclass(frozen=True)
class Category:
    key: str          # what a click filters on: sector slug, year, organisation or initiative slug
    label: str
    segments: tuple[Segment, ...]

    @property
    def total(self) -> Decimal:
        return sum((s.gbp for s in self.segments), ZERO)

    def part(self, side: str | None = None, scope: str | None = None) -> Decimal:
        return sum((s.gbp for s in self.segments
                    if (side is None or s.side == side) and (scope is None or s.scope == scope)), ZERO)


@dataclass(frozen=True)
class BarSeries:
    dimension: str                 # sector | year | organisation | initiative
    categories: tuple[Category, ...]
    include_context: bool
    omitted: Decimal = ZERO        # money in categories not drawn (beyond the top N, unnamed)
    omitted_note: str = ""

    def total(self, side: str | None = None, scope: str | None = None) -> Decimal:
        return sum((c.part(side, scope) for c in self.categories), ZERO)

    def sides(self) -> tuple[str, ...]:
        present = {s.side for c in self.categories for s in c.segments}
        return tuple(s for s in SIDES if s in present)

    def scopes(self) -> tuple[str, ...]:
        present = {s.scope for c in self.categories for s in c.segments}
        return tuple(s for s in SCOPES_DRAWN if s in present)


def bar_series(dimension: str, rows: Iterable[tuple[str, str, str, Decimal]], labels: dict[str, str],
               include_context: bool, order: str = "total", limit: int | None = None,
               omitted: Decimal = ZERO, omitted_note: str = "", dropped: int = 0) -> BarSeries:
    """Group (key, side, scope, gbp) rows into categories; order by total (largest first) or
    by key; keep the top ``limit`` and report what was left out, so totals still reconcile.
    ``dropped``: categories the caller already left out as too small to make the top
    ``limit`` (their money is in ``omitted``); they are counted in the note with the rest."""
    by_key: dict[str, dict[tuple[str, str], Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for key, side, scope, gbp in rows:
        if gbp:
            by_key[key][(side, scope)] += gbp
    cats = []
    for key, parts in by_key.items():
        segs = tuple(Segment(key, side, scope, parts[(side, scope)])
                     for scope in SCOPES_DRAWN for side in SIDES if (side, scope) in parts)
        cats.append(Category(key, labels.get(key, key), segs))
    if order == "total":
        cats.sort(key=lambda c: (-c.total, c.label, c.key))   # key: equal names stay in one order
    else:
        cats.sort(key=lambda c: c.key)
    rest = cats[limit:] if limit is not None else []
    if rest or dropped:
        omitted += sum((c.total for c in rest), ZERO)
        noun = {"organisation": "contributors", "initiative": "initiatives"}.get(dimension, "categories")
        extra = f"{len(rest) + dropped:,} smaller {noun} not shown"
        omitted_note = f"{omitted_note}; {extra}" if omitted_note else extra
        cats = cats[:limit]
    return BarSeries(dimension, tuple(cats), include_context, omitted, omitted_note)


def cumulative(series: BarSeries) -> list[tuple[int, Decimal]]:
    """Running total over the dated years (the undated bucket has no place on a year axis)."""
    out, running = [], ZERO
    for c in sorted((c for c in series.categories if c.key.isdigit()), key=lambda c: int(c.key)):
        running += c.total
        out.append((int(c.key), running))
    return out


@dataclass(frozen=True)
class DatePoint:
    value: str
    precision: str
    display: str
    first: float      # fractional year of the first day of the stated period
    last: float       # fractional year of the last day


@dataclass(frozen=True)
class TimelineItem:
    slug: str
    name: str
    sectors: tuple[str, ...]
    announced_year: int | None      # the list's year (announced, else started): what a click filters on
    announced: DatePoint | None
    started: DatePoint | None
    ended: DatePoint | None
    total_gbp: Decimal

    @property
    def has_span(self) -> bool:
        return self.started is not None and self.ended is not None

    @property
    def first(self) -> float | None:
        pts = [p.first for p in (self.announced, self.started, self.ended) if p]
        return min(pts) if pts else None


@dataclass(frozen=True)
class TimelineSeries:
    items: tuple[TimelineItem, ...]
    total_count: int                # dated initiatives under the filter (items may be capped)
    undated: int                    # filtered initiatives with no date at all


@dataclass(frozen=True)
class LineBrief:
    """One counted funding line, as the source states it, for hover text; worded like the
    detail pane (``core.funding_text``). The stated-figure fields are those of
    ``records.StatedFigure``; ``store.chart_data`` builds it positionally, initiative first."""
    initiative: str
    contributor: str | None
    stated: str
    amount: Decimal
    amount_max: Decimal | None
    currency: str
    qualifier: str
    basis: str
    period_years: int | None
    side: str
    scope: str
    gbp: Decimal
    rate: Decimal | None
    rate_year: int | None

    def text(self) -> str:
        figure = amount_as_stated(self)
        conv = (f" = {format_exact(self.gbp, 'GBP')} at {self.rate} {self.currency}/£ ({self.rate_year})"
                if self.rate is not None else "")
        who = f", {self.contributor}" if self.contributor else ""
        ctx = " [context figure]" if self.scope == "context" else ""
        return f"{figure}{conv} — “{self.stated}” ({self.side}{who}; {self.initiative}){ctx}"


def compact_amount(amount: Decimal, currency: str) -> str:
    """A short figure for axes and bar labels: £4.5m, ¥476bn, ¥1.2tn (``format_amount``)."""
    return format_amount(amount, currency)


def _short(amount: Decimal, currency: str) -> str:
    return f" ({compact_amount(amount, currency)})" if abs(amount) >= MILLION else ""


@dataclass(frozen=True)
class DisplayRate:
    """The rate used to show GBP figures in another currency (1 for GBP itself)."""
    currency: str
    units_per_gbp: Decimal
    year: int | None = None
    source: str | None = None
    verified: bool = True
    note: str | None = None

    def convert(self, gbp: Decimal) -> Decimal:
        if self.currency == "GBP":
            return gbp
        return (gbp * self.units_per_gbp).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)

    def plot_value(self, gbp: Decimal) -> float:
        """Only for pixel geometry; the figures shown to people come from ``convert``."""
        return float(self.convert(gbp))

    def compact(self, gbp: Decimal) -> str:
        return compact_amount(self.convert(gbp), self.currency)

    def exact(self, gbp: Decimal) -> str:
        return format_exact(self.convert(gbp), self.currency)

    def rate_text(self) -> str:
        if self.currency == "GBP":
            return ""
        return f"{self.units_per_gbp} {self.currency}/£ ({self.year} average)"

    def hover(self, gbp: Decimal) -> str:
        """Exact GBP and, when another display currency is chosen, its converted figure; each
        large figure also in short ("¥1.2tn"), as thirteen-digit numbers are hard to read."""
        out = format_exact(gbp, "GBP") + _short(gbp, "GBP")
        if self.currency != "GBP":
            shown = self.convert(gbp)
            out += f" ≈ {self.exact(gbp)}{_short(shown, self.currency)} at {self.rate_text()}"
        return out


GBP = DisplayRate("GBP", Decimal(1))


def basis_text(rate: DisplayRate, line_rates_verified: bool = False) -> str:
    """How the amounts were obtained, in words, for the caption."""
    stated = ("figures stated in other currencies are converted to GBP at the annual average "
              "rate of their year" + ("" if line_rates_verified else " (rates not yet verified)"))
    if rate.currency == "GBP":
        return f"Amounts in GBP; {stated}."
    extras = [rate.source or "source not named"]
    if rate.note:
        note = rate.note.rstrip(".")
        extras.append(note[:1].lower() + note[1:])
    if not rate.verified:
        extras.append("rate not yet verified")
    return (f"Amounts in {rate.currency}, converted from GBP at {rate.year} average rates "
            f"({rate.units_per_gbp} {rate.currency}/£; {'; '.join(extras)}); {stated}.")


def scope_text(include_context: bool) -> str:
    if include_context:
        return ("Bilateral UK–Japan money and context figures (national strategies, subsidies "
                "to third parties; drawn lighter with a dashed outline).")
    return "Bilateral UK–Japan money only."


@dataclass(frozen=True)
class Caption:
    title: str
    lines: tuple[str, ...] = field(default_factory=tuple)

    def text(self) -> str:
        return "\n".join((self.title,) + self.lines)


def caption(title: str, f: Filter, rate: DisplayRate, dataset_version: str | None, n_sources: int,
            include_context: bool, note: str = "", line_rates_verified: bool = False) -> Caption:
    """Title, the filter in words, the currency basis, dataset version and number of sources:
    enough to trace an exported chart back to its data."""
    scope = scope_text(include_context)
    lines = [f"Filter: {f.describe()}. {scope}" + (f" {note}" if note else ""),
             basis_text(rate, line_rates_verified),
             f"Dataset {dataset_version or 'unknown'} · {n_sources} source{'s' if n_sources != 1 else ''}"
             " · UK–Japan S&T Explorer"]
    return Caption(title, tuple(lines))


def _slug(text: str) -> str:
    out = []
    for ch in text.lower():
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


def file_stem(title: str, f: Filter, currency: str) -> str:
    """A meaningful file name without extension: chart, filter (shortened) and currency,
    e.g. ``funding-by-sector_sector-quantum_2022-2024_GBP``."""
    parts = [_slug(title)]
    if not f.is_empty():
        parts.append(_slug(f.describe())[:60].strip("-") or "filtered")
    parts.append(currency)
    return "_".join(parts)
