"""The one place where a ``core.filters.Filter`` becomes SQL.

``conditions(f)`` returns WHERE clauses over ``initiatives``; the list, the count, every facet
count and every chart aggregate use them, so they always agree (Datasette's approach: each facet
is computed over the already-filtered query, with that facet's own selection left out).
Within a facet, values combine with OR; across facets, with AND.
"""
from __future__ import annotations

from sqlalchemy import ColumnElement, exists, select

from ..core.filters import Filter
from ..core.search_syntax import parse_query
from ..core.money import to_hundredths
from . import search
from .annotations import visible_marks, visible_notes
from .models import (Annotation, AnnotationTag, FundingLine, Initiative, InitiativeCountry,
                     InitiativeOrganisation, InitiativeSector, Organisation, Sector, Tag)

I = Initiative.__table__


def conditions(f: Filter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.text:
        # the shared index, or the viewer's own private notes
        conds.append(search.matches(I.c.id, parse_query(f.text)))
    if f.sectors:
        conds.append(I.c.id.in_(
            select(InitiativeSector.initiative_id).join(Sector, Sector.id == InitiativeSector.sector_id)
            .where(Sector.slug.in_(sorted(f.sectors)))))
    if f.kinds:
        conds.append(I.c.kind.in_(sorted(f.kinds)))
    if f.statuses:
        conds.append(I.c.status.in_(sorted(f.statuses)))
    if f.organisations:
        conds.append(I.c.id.in_(
            select(InitiativeOrganisation.initiative_id)
            .join(Organisation, Organisation.id == InitiativeOrganisation.organisation_id)
            .where(Organisation.slug.in_(sorted(f.organisations)))))
    if f.countries:
        conds.append(I.c.id.in_(select(InitiativeCountry.initiative_id)
                                .where(InitiativeCountry.country.in_(sorted(f.countries)))))
    if f.sides:
        conds.append(exists().where(FundingLine.initiative_id == I.c.id, FundingLine.counted,
                                    FundingLine.side.in_(sorted(f.sides))))
    if f.tags:
        conds.append(I.c.slug.in_(select(AnnotationTag.initiative_slug)
                                  .join(Tag, Tag.id == AnnotationTag.tag_id)
                                  .where(Tag.name.in_(sorted(f.tags)),
                                         visible_marks(AnnotationTag.owner, f.whose))))
    if f.year_from is not None:
        conds.append(I.c.announced_year >= f.year_from)
    if f.year_to is not None:
        conds.append(I.c.announced_year <= f.year_to)
    if f.gbp_min is not None:
        conds.append(I.c.total_gbp_p >= to_hundredths(f.gbp_min))
    if f.gbp_max is not None:
        conds.append(I.c.total_gbp_p <= to_hundredths(f.gbp_max))
    if f.bilateral_only:
        conds.append(I.c.bilateral.is_(True))
    if f.starred:
        conds.append(I.c.slug.in_(select(Annotation.initiative_slug).where(
            Annotation.starred.is_(True), visible_marks(Annotation.owner, f.whose))))
    if f.has_note:
        conds.append(I.c.slug.in_(select(Annotation.initiative_slug).where(
            Annotation.note != "", visible_notes(f.whose))))
    return conds


def filtered_ids(f: Filter):
    """``SELECT id FROM initiatives WHERE <filter>`` as a subquery-ready select."""
    return select(I.c.id).where(*conditions(f))
