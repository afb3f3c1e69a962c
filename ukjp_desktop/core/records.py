"""Plain records the store hands to the command line and the window (never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class InitiativeRow:
    """One line of the results list."""
    id: int
    slug: str
    name: str
    kind: str
    status: str
    sectors: tuple[str, ...]
    announced: str | None          # ISO-style value at its precision
    announced_display: str | None
    uk_gbp: Decimal
    japan_gbp: Decimal
    total_gbp: Decimal
    n_sources: int
    starred: bool
    snippet: str | None = None     # FTS snippet with [ and ] around matches


@dataclass(frozen=True)
class ExcerptRecord:
    id: int
    source_slug: str
    source_title: str
    source_publisher: str
    source_date: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class StatedFigure:
    """A funding figure as its source states it: the one field list every funding line shares
    (the curated ``dataset.FundingLine``, the detail pane's ``FundingRecord``), and what
    ``core.funding_text`` words. Amounts are exact, in ``currency``; ``amount_max`` is a
    range's upper bound."""
    amount: Decimal
    amount_max: Decimal | None
    currency: str
    qualifier: str
    basis: str
    period_years: int | None
    side: str
    scope: str
    status: str
    stated: str


@dataclass(frozen=True)
class FundingRecord(StatedFigure):
    """A stored funding line with its GBP figure, the rate used and its supporting excerpt."""
    contributor: str | None          # organisation name
    contributor_slug: str | None
    amount_gbp: Decimal
    rate: Decimal | None             # units of currency per £1; None for GBP
    rate_year: int | None
    rate_source: str | None
    rate_note: str | None
    counted: bool                    # counted in bilateral totals
    note: str | None
    source_conversion: dict | None
    excerpt: ExcerptRecord | None


@dataclass(frozen=True)
class OrganisationRole:
    slug: str
    name: str
    country: str
    type: str
    role: str
    excerpt: ExcerptRecord | None


@dataclass(frozen=True)
class DateFact:
    label: str                       # announced | started | ended
    value: str
    precision: str
    display: str
    note: str | None
    excerpt: ExcerptRecord | None


@dataclass(frozen=True)
class RelationRecord:
    type: str
    direction: str                   # "out" (this → target) or "in"
    slug: str
    name: str


@dataclass(frozen=True)
class ExcludedFigure:
    stated: str
    reason: str
    excerpt: ExcerptRecord | None


@dataclass(frozen=True)
class SharedNote:
    """Another member's note they shared with the team (shown with its author and time)."""
    author: str
    note: str
    updated_at: str
    updated_by: str | None      # who saved it last (any member may edit a shared note)


@dataclass(frozen=True)
class Annotation:
    """What the viewer sees of an initiative's annotations: their own note (private unless
    ``shared``) and star, the tags they see (``team_tags`` of them team-wide), the team's star,
    and other members' shared notes."""
    note: str
    starred: bool
    tags: tuple[str, ...]
    created_at: str | None
    updated_at: str | None
    updated_by: str | None = None   # who saved it last (a team member's role, or the computer's user)
    shared: bool = False
    team_starred: bool = False
    team_tags: tuple[str, ...] = ()
    team_notes: tuple[SharedNote, ...] = ()


@dataclass(frozen=True)
class InitiativeDetail:
    id: int
    slug: str
    name: str
    kind: str
    status: str
    summary: str
    bilateral: bool
    origin: str
    countries: tuple[str, ...]
    sectors: tuple[str, ...]
    dates: tuple[DateFact, ...]
    organisations: tuple[OrganisationRole, ...]
    relations: tuple[RelationRecord, ...]
    funding: tuple[FundingRecord, ...]
    excluded: tuple[ExcludedFigure, ...]
    excerpts: tuple[ExcerptRecord, ...]
    annotation: Annotation
    uk_gbp: Decimal = Decimal(0)
    japan_gbp: Decimal = Decimal(0)
    total_gbp: Decimal = Decimal(0)

    @property
    def announced(self) -> DateFact | None:
        return next((d for d in self.dates if d.label == "announced"), None)


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class FacetCounts:
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
