"""Whole initiatives (``core.records.InitiativeDetail``) read in batches: one query per table
for a batch of initiatives, not ten queries per initiative.

Why: the detail pane asks for one initiative, but exports ask for thousands. Reading them one
by one cost ten round trips each (an export of 12,563 initiatives at 100k took 55 s and 783 MB);
a batch of a few hundred costs the same ten queries (docs/performance.md). ``Catalog.detail``
is a batch of one, so the pane and the exports build identical records.
"""
from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from collections.abc import Iterator, Sequence

from sqlalchemy import Connection, or_, select

from ..core.dates import PartialDate
from ..core.money import from_hundredths, to_decimal
from ..core.records import (Annotation as AnnotationRecord, SharedNote, DateFact, ExcerptRecord,
                            ExcludedFigure as ExcludedRecord, FundingRecord, InitiativeDetail,
                            OrganisationRole, RelationRecord)
from .annotations import TEAM, visible_marks, visible_notes
from .engines import current_user, without_memory_map
from .models import (Annotation, AnnotationTag, Excerpt, ExchangeRate, ExcludedFigure,
                     FundingLine, Initiative, InitiativeCountry, InitiativeDate,
                     InitiativeOrganisation, InitiativeSector, Organisation, Relation, Sector,
                     Source, Tag)

I = Initiative.__table__
BATCH = 1000   # initiatives per batch: ten queries of a few thousand rows each
_DATE_ORDER = ("announced", "started", "ended")


def pence(value: int | None):
    return from_hundredths(int(value or 0))


def iter_details(conn: Connection, ids: Sequence[int], batch: int = BATCH) -> Iterator[InitiativeDetail]:
    """The initiatives ``ids``, in that order, read ``batch`` at a time (ids that no longer
    exist are skipped). Only one batch of records is held at a time."""
    with reading_unmapped(conn, big=len(ids) > batch):
        for start in range(0, len(ids), batch):
            yield from read_details(conn, ids[start:start + batch])


@contextmanager
def reading_unmapped(conn: Connection, big: bool) -> Iterator[None]:
    """A ``big`` export reads without the memory map (``engines.without_memory_map``)."""
    if not big:
        yield
        return
    with without_memory_map(conn):
        yield


def read_details(conn: Connection, ids: Sequence[int]) -> list[InitiativeDetail]:
    """The initiatives ``ids`` (a batch: every query below has ``IN ids``), in that order."""
    ids = list(ids)
    inis = {r.id: r for r in conn.execute(select(I).where(I.c.id.in_(ids))).all()}
    if not inis:
        return []
    ids = [i for i in ids if i in inis]
    excerpts: dict[int, dict[int, ExcerptRecord]] = defaultdict(dict)
    for r in conn.execute(
            select(Excerpt.initiative_id, Excerpt.__table__.c.id, Excerpt.start, Excerpt.end, Excerpt.text,
                   Source.slug.label("source_slug"), Source.title, Source.publisher, Source.date_value)
            .join(Source, Source.id == Excerpt.source_id)
            .where(Excerpt.initiative_id.in_(ids)).order_by(Source.slug, Excerpt.start, Excerpt.id)).all():
        # unpacked as a tuple: ten excerpts per initiative make this the hottest loop of an export
        ini_id, ex_id, start, end, text, source_slug, title, publisher, date_value = r
        excerpts[ini_id][ex_id] = ExcerptRecord(ex_id, source_slug, title, publisher, date_value,
                                                text, start, end)

    def cite(ini_id: int, excerpt_id: int | None) -> ExcerptRecord | None:
        return excerpts[ini_id].get(excerpt_id) if excerpt_id is not None else None

    dates = defaultdict(list)
    for r in conn.execute(select(InitiativeDate.__table__).where(InitiativeDate.initiative_id.in_(ids))).all():
        dates[r.initiative_id].append(r)
    orgs = defaultdict(list)
    for r in conn.execute(
            select(InitiativeOrganisation.initiative_id, Organisation.slug, Organisation.name,
                   Organisation.country, Organisation.type, InitiativeOrganisation.role,
                   InitiativeOrganisation.excerpt_id)
            .join(Organisation, Organisation.id == InitiativeOrganisation.organisation_id)
            .where(InitiativeOrganisation.initiative_id.in_(ids))
            .order_by(InitiativeOrganisation.role, Organisation.name, Organisation.id)).all():
        orgs[r.initiative_id].append(OrganisationRole(r.slug, r.name, r.country, r.type, r.role,
                                                      cite(r.initiative_id, r.excerpt_id)))
    funding = _funding(conn, ids, cite)
    other = I.alias("other")
    relations = defaultdict(list)
    for r in conn.execute(select(Relation.from_id, Relation.type, other.c.slug, other.c.name)
                          .join(other, other.c.id == Relation.to_id)
                          .where(Relation.from_id.in_(ids)).order_by(Relation.to_id, Relation.type)).all():
        relations[r.from_id].append(RelationRecord(r.type, "out", r.slug, r.name))
    for r in conn.execute(select(Relation.to_id, Relation.type, other.c.slug, other.c.name)
                          .join(other, other.c.id == Relation.from_id)
                          .where(Relation.to_id.in_(ids)).order_by(Relation.from_id, Relation.type)).all():
        relations[r.to_id].append(RelationRecord(r.type, "in", r.slug, r.name))
    for rels in relations.values():   # outgoing first, as the pane lists them
        rels.sort(key=lambda x: x.direction != "out")
    excluded = defaultdict(list)
    for r in conn.execute(select(ExcludedFigure.__table__).where(ExcludedFigure.initiative_id.in_(ids))
                          .order_by(ExcludedFigure.id)).all():
        excluded[r.initiative_id].append(ExcludedRecord(r.stated, r.reason, cite(r.initiative_id, r.excerpt_id)))
    sectors = defaultdict(list)
    for ini_id, slug in conn.execute(select(InitiativeSector.initiative_id, Sector.slug)
                                     .join(Sector, InitiativeSector.sector_id == Sector.id)
                                     .where(InitiativeSector.initiative_id.in_(ids)).order_by(Sector.slug)).all():
        sectors[ini_id].append(slug)
    countries = defaultdict(list)
    for ini_id, country in conn.execute(select(InitiativeCountry.initiative_id, InitiativeCountry.country)
                                        .where(InitiativeCountry.initiative_id.in_(ids))
                                        .order_by(InitiativeCountry.country)).all():
        countries[ini_id].append(country)
    annotations = _annotations(conn, [inis[i].slug for i in ids])

    out = []
    for i in ids:
        ini = inis[i]
        out.append(InitiativeDetail(
            id=ini.id, slug=ini.slug, name=ini.name, kind=ini.kind, status=ini.status,
            summary=ini.summary, bilateral=bool(ini.bilateral), origin=ini.origin,
            countries=tuple(countries[i]), sectors=tuple(sectors[i]),
            dates=tuple(DateFact(r.label, r.value, r.precision, PartialDate(r.value, r.precision).display(),
                                 r.note, cite(i, r.excerpt_id))
                        for r in sorted(dates[i], key=lambda r: _DATE_ORDER.index(r.label))),
            organisations=tuple(orgs[i]), relations=tuple(relations[i]), funding=tuple(funding[i]),
            excluded=tuple(excluded[i]), excerpts=tuple(excerpts[i].values()),
            annotation=annotations.get(ini.slug) or AnnotationRecord("", False, (), None, None),
            uk_gbp=pence(ini.uk_gbp_p), japan_gbp=pence(ini.japan_gbp_p), total_gbp=pence(ini.total_gbp_p)))
    return out


def _funding(conn: Connection, ids: list[int], cite) -> dict[int, list[FundingRecord]]:
    R = ExchangeRate.__table__
    rows = conn.execute(
        select(FundingLine.__table__, Organisation.slug.label("org_slug"),
               Organisation.name.label("org_name"), R.c.year.label("r_year"),
               R.c.units_per_gbp, R.c.source.label("r_source"), R.c.note.label("r_note"),
               R.c.verified.label("r_verified"))
        .outerjoin(Organisation, Organisation.id == FundingLine.contributor_id)
        .outerjoin(R, R.c.id == FundingLine.rate_id)
        .where(FundingLine.initiative_id.in_(ids)).order_by(FundingLine.position, FundingLine.id)).all()
    out: dict[int, list[FundingRecord]] = defaultdict(list)
    for r in rows:
        notes = [r.r_note.rstrip(".")] if r.r_note else []
        if r.units_per_gbp is not None and r.rate_year and r.r_year != r.rate_year:
            notes.insert(0, f"no {r.rate_year} rate; {r.r_year} average used")
        if r.units_per_gbp is not None and not r.r_verified:
            notes.append("rate not yet verified against its source")
        rate_note = "; ".join(notes) or None
        out[r.initiative_id].append(FundingRecord(
            amount=to_decimal(r.amount), amount_max=to_decimal(r.amount_max) if r.amount_max else None,
            currency=r.currency, qualifier=r.qualifier, basis=r.basis, period_years=r.period_years,
            side=r.side, scope=r.scope, status=r.status, contributor=r.org_name,
            contributor_slug=r.org_slug, stated=r.stated, amount_gbp=pence(r.gbp_p),
            rate=to_decimal(r.units_per_gbp) if r.units_per_gbp else None,
            rate_year=r.r_year, rate_source=r.r_source, rate_note=rate_note,
            counted=bool(r.counted), note=r.note,
            source_conversion={"amount": to_decimal(r.conv_amount), "currency": r.conv_currency,
                               "qualifier": r.conv_qualifier, "stated": r.conv_stated}
            if r.conv_amount else None,
            excerpt=cite(r.initiative_id, r.excerpt_id)))
    return out


def _annotations(conn: Connection, slugs: list[str]) -> dict[str, AnnotationRecord]:
    """The viewer's annotations (``annotations.visible_*``: their own, the team's, and other
    members' shared notes; never another member's private note or personal tag)."""
    me = current_user(conn)
    tags, team_tags = defaultdict(list), defaultdict(list)
    for slug, name, owner in conn.execute(
            select(AnnotationTag.initiative_slug, Tag.name, AnnotationTag.owner)
            .join(Tag, AnnotationTag.tag_id == Tag.id)
            .where(AnnotationTag.initiative_slug.in_(slugs), visible_marks(AnnotationTag.owner))
            .order_by(Tag.name)).all():
        if name not in tags[slug]:
            tags[slug].append(name)
        if owner == TEAM:
            team_tags[slug].append(name)
    own, team_star, others = {}, {}, defaultdict(list)
    for a in conn.execute(select(Annotation.__table__).where(
            Annotation.initiative_slug.in_(slugs),
            or_(visible_notes(), visible_marks(Annotation.owner))).order_by(Annotation.owner)).all():
        if a.owner == me:
            own[a.initiative_slug] = a
        if a.owner == TEAM:
            team_star[a.initiative_slug] = bool(a.starred)
        if a.owner != me and a.shared and a.note:
            others[a.initiative_slug].append(SharedNote(
                a.owner, a.note, a.updated_at.isoformat(timespec="seconds"), a.updated_by))
    out = {}
    for slug in set(tags) | set(own) | set(team_star) | set(others):
        a = own.get(slug)
        out[slug] = AnnotationRecord(
            a.note if a else "", bool(a and a.starred), tuple(tags.get(slug, ())),
            a.created_at.isoformat(timespec="seconds") if a else None,
            a.updated_at.isoformat(timespec="seconds") if a else None,
            a.updated_by if a else None, shared=bool(a and a.shared),
            team_starred=team_star.get(slug, False), team_tags=tuple(team_tags.get(slug, ())),
            team_notes=tuple(others.get(slug, ())))
    return out
