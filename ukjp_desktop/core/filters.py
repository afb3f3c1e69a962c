"""The one filter object. The store turns it into SQL in exactly one place (store/filtering.py),
and the list, every facet count and every chart aggregate are built from that clause."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal

from .vocab import KINDS, SIDES, STATUSES

MAX_GBP = Decimal(10) ** 15     # a quadrillion pounds: beyond any real figure, within SQLite integers

FACETS = ("sector", "kind", "status", "organisation", "country", "side", "tag")
# Whose notes, stars and tags a filter counts: everything the member may see, only their own,
# or only the team's (shared notes, team-wide stars and tags).
WHOSE = ("all", "mine", "team")
SORT_COLUMNS = ("name", "kind", "status", "announced", "uk_gbp", "japan_gbp", "total_gbp",
                "sources", "starred", "relevance")


class FilterError(ValueError):
    """A filter value the user gave that cannot be applied (one-line message)."""


@dataclass(frozen=True)
class Filter:
    text: str = ""
    sectors: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    organisations: frozenset[str] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)
    sides: frozenset[str] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)
    year_from: int | None = None
    year_to: int | None = None
    gbp_min: Decimal | None = None
    gbp_max: Decimal | None = None
    bilateral_only: bool = False
    starred: bool = False
    has_note: bool = False
    whose: str = "all"       # applies to tags, starred and has_note (WHOSE)

    def __post_init__(self) -> None:
        # Accept any iterable for the set fields so callers can pass lists.
        for f in fields(self):
            v = getattr(self, f.name)
            if f.name in {"sectors", "kinds", "statuses", "organisations", "countries", "sides", "tags"}:
                object.__setattr__(self, f.name, frozenset(v or ()))
        if self.whose not in WHOSE:
            raise FilterError(f"unknown owner {self.whose!r}; choose from {', '.join(WHOSE)}")
        bad = self.kinds - set(KINDS)
        if bad:
            raise FilterError(f"unknown kind {sorted(bad)[0]!r}; choose from {', '.join(KINDS)}")
        bad = self.statuses - set(STATUSES)
        if bad:
            raise FilterError(f"unknown status {sorted(bad)[0]!r}; choose from {', '.join(STATUSES)}")
        bad = self.sides - set(SIDES)
        if bad:
            raise FilterError(f"unknown side {sorted(bad)[0]!r}; choose from {', '.join(SIDES)}")
        for name in ("year_from", "year_to"):
            y = getattr(self, name)
            if y is not None and not (1000 <= y <= 9999):
                raise FilterError(f"year {y} is not a four-digit year")
        if self.year_from and self.year_to and self.year_from > self.year_to:
            raise FilterError(f"year range is empty: from {self.year_from} to {self.year_to}")
        for name in ("gbp_min", "gbp_max"):
            v = getattr(self, name)
            # Stored as integer pence: anything beyond a quadrillion pounds overflows SQLite's
            # integers (1e30 gave InvalidOperation), and no real figure comes near it.
            if v is not None and not (Decimal(v).is_finite() and 0 <= v <= MAX_GBP):
                raise FilterError(f"amount {v} is not a GBP figure from 0 to {MAX_GBP:,}")
        if self.gbp_min is not None and self.gbp_max is not None and self.gbp_min > self.gbp_max:
            raise FilterError("GBP range is empty: minimum above maximum")

    def facet_values(self, facet: str) -> frozenset[str]:
        return getattr(self, _FACET_FIELD[facet])

    def without_facet(self, facet: str) -> "Filter":
        """This filter with one facet's selection cleared (for that facet's own counts)."""
        return replace(self, **{_FACET_FIELD[facet]: frozenset()})

    def is_empty(self) -> bool:
        return self == Filter()

    @property
    def marks_filtered(self) -> bool:
        """Whether a star, note or tag condition is set: ``whose`` narrows only those."""
        return self.starred or self.has_note or bool(self.tags)

    def describe(self, label: Callable[[str, str], str] | None = None) -> str:
        """The filter in words, for status lines, exports and chart captions. ``label(facet, value)`` names a
        value as the window shows it ("Semiconductors", not the key "semiconductors"); without it the keys."""
        parts: list[str] = []
        if self.text:
            parts.append(f"matching “{self.text}”")
        for facet in FACETS:
            vals = self.facet_values(facet)
            if vals:
                shown = sorted((label(facet, v) if label else v for v in vals), key=str.casefold)
                parts.append(f"{facet}: {', '.join(shown)}")
        if self.year_from and self.year_to:
            parts.append(f"{self.year_from}–{self.year_to}")
        elif self.year_from:
            parts.append(f"since {self.year_from}")
        elif self.year_to:
            parts.append(f"up to {self.year_to}")
        if self.gbp_min is not None:
            parts.append(f"≥ £{self.gbp_min:,}")
        if self.gbp_max is not None:
            parts.append(f"≤ £{self.gbp_max:,}")
        if self.bilateral_only:
            parts.append("bilateral UK–Japan only")
        if self.starred:
            parts.append("starred")
        if self.has_note:
            parts.append("with notes")
        if self.whose != "all" and self.marks_filtered:
            parts.append("yours" if self.whose == "mine" else "the team's")
        return " · ".join(parts) if parts else "all initiatives"


_FACET_FIELD = {"sector": "sectors", "kind": "kinds", "status": "statuses",
                "organisation": "organisations", "country": "countries", "side": "sides",
                "tag": "tags"}
