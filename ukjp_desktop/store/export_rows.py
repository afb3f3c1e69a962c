"""The flat rows of a list export (CSV, XLSX): one row per funding line, read a batch of
initiatives at a time with one query per table.

Why not whole initiatives (``store/details.py``): a row needs a dozen facts of an initiative and
the one excerpt its funding line cites, while a whole record carries every date, relation and
excerpt. Building those records was most of an export's time at 100k (12,563 initiatives:
~125,000 ``ExcerptRecord`` objects to cite 23,036 lines; docs/performance.md, issue 14). The
cells are the ones ``core.export`` has always written for those records; a test compares both.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from sqlalchemy import Connection, and_, func, select

from ..core.export import EMPTY_FUNDING, RowBatch, citation, number
from ..core.money import to_decimal
from .details import pence, reading_unmapped
from .models import (Excerpt, ExchangeRate, FundingLine, InitiativeCountry, InitiativeDate,
                     InitiativeOrganisation, InitiativeSector, Organisation, Sector, Source)
from .filtering import I

BATCH = 2000   # initiatives per batch: seven queries of a few thousand rows each
E = Excerpt.__table__
S = Source.__table__
F = FundingLine.__table__
R = ExchangeRate.__table__


def iter_row_batches(conn: Connection, ids: Sequence[int], batch: int = BATCH) -> Iterator[RowBatch]:
    """The export rows of the initiatives ``ids``, in that order, ``batch`` initiatives at a
    time (ids that no longer exist are skipped). Only one batch is held at a time."""
    with reading_unmapped(conn, big=len(ids) > batch):
        for start in range(0, len(ids), batch):
            yield read_rows(conn, ids[start:start + batch])


def read_rows(conn: Connection, ids: Sequence[int]) -> RowBatch:
    """The export rows (cells in ``core.export.COLUMNS`` order) of the initiatives ``ids``."""
    ids = list(ids)
    inis = {r[0]: r[1:] for r in conn.execute(
        select(I.c.id, I.c.slug, I.c.name, I.c.kind, I.c.status).where(I.c.id.in_(ids))).all()}
    if not inis:
        return RowBatch(0, [])
    announced = dict(conn.execute(select(InitiativeDate.initiative_id, InitiativeDate.value).where(
        InitiativeDate.initiative_id.in_(ids), InitiativeDate.label == "announced")).all())
    sectors = _joined(conn.execute(
        select(InitiativeSector.initiative_id, Sector.slug)
        .join(Sector, InitiativeSector.sector_id == Sector.id)
        .where(InitiativeSector.initiative_id.in_(ids)).order_by(Sector.slug)).all())
    countries = _joined(conn.execute(
        select(InitiativeCountry.initiative_id, InitiativeCountry.country)
        .where(InitiativeCountry.initiative_id.in_(ids)).order_by(InitiativeCountry.country)).all())
    organisations = _joined(conn.execute(
        select(InitiativeOrganisation.initiative_id, Organisation.name, InitiativeOrganisation.role)
        .join(Organisation, Organisation.id == InitiativeOrganisation.organisation_id)
        .where(InitiativeOrganisation.initiative_id.in_(ids))
        .order_by(InitiativeOrganisation.role, Organisation.name, Organisation.id)).all(),
        lambda name, role: f"{name} ({role})")
    funding = _funding_cells(conn, ids)
    first = _first_citations(conn, [i for i in ids if i in inis and i not in funding])

    rows = []
    for i in ids:
        if i not in inis:
            continue
        slug, name, kind, status = inis[i]
        base = (slug, name, kind, status, announced.get(i, ""), sectors.get(i, ""),
                countries.get(i, ""), organisations.get(i, ""))
        lines = funding.get(i)
        if lines is None:
            rows.append(base + EMPTY_FUNDING + (first.get(i, ""),))
        else:
            rows.extend(base + line for line in lines)
    return RowBatch(len(inis), rows)


def _joined(rows, text=None) -> dict[int, str]:
    """``(initiative id, value…)`` rows in order → ``{id: "text; text"}`` (``text`` makes one
    row's text of its values; by default the row has one value, its text)."""
    parts = defaultdict(list)
    for ini_id, *values in rows:
        parts[ini_id].append(text(*values) if text else values[0])
    return {ini_id: "; ".join(texts) for ini_id, texts in parts.items()}


def _cited_columns():
    return (S.c.title, S.c.publisher, S.c.date_value, E.c.start, E.c.end, E.c.text)


def _funding_cells(conn: Connection, ids: list[int]) -> dict[int, list[tuple]]:
    """The funding cells (``amount`` … ``citation``) of each initiative's lines, in the order
    the detail pane lists them. A line cites an excerpt of its own initiative only (as the
    whole record does: an excerpt of another initiative is no citation)."""
    rows = conn.execute(
        select(F.c.initiative_id, F.c.amount, F.c.amount_max, F.c.currency, F.c.qualifier,
               F.c.basis, F.c.side, F.c.scope, F.c.status, Organisation.name, F.c.stated,
               F.c.gbp_p, R.c.units_per_gbp, R.c.year, R.c.source, E.c.id, *_cited_columns())
        .outerjoin(Organisation, Organisation.id == F.c.contributor_id)
        .outerjoin(R, R.c.id == F.c.rate_id)
        .outerjoin(E, and_(E.c.id == F.c.excerpt_id, E.c.initiative_id == F.c.initiative_id))
        .outerjoin(S, S.c.id == E.c.source_id)
        .where(F.c.initiative_id.in_(ids)).order_by(F.c.position, F.c.id)).all()
    out: dict[int, list[tuple]] = defaultdict(list)
    for (ini_id, amount, amount_max, currency, qualifier, basis, side, scope, status, contributor,
         stated, gbp_p, units_per_gbp, rate_year, rate_source, excerpt_id, *cited) in rows:
        out[ini_id].append((
            number(to_decimal(amount)),
            (number(to_decimal(amount_max)) if amount_max else None) or "",
            currency, qualifier, basis, side, scope, status, contributor or "", stated,
            # (no pounds for a figure whose currency has no rate: an empty cell, not a £0 that reads as its value)
            number(pence(gbp_p)) if units_per_gbp or currency == "GBP" else "",
            number(to_decimal(units_per_gbp)) if units_per_gbp else "",
            rate_year or "", rate_source or "",
            citation(*cited) if excerpt_id is not None else ""))
    return out


def _first_citations(conn: Connection, ids: list[int]) -> dict[int, str]:
    """The citation of the first excerpt (by source, then position) of each initiative ``ids``:
    what a row of an initiative without funding cites."""
    if not ids:
        return {}
    ranked = (select(E.c.initiative_id, *_cited_columns(),
                     func.row_number().over(partition_by=E.c.initiative_id,
                                            order_by=(S.c.slug, E.c.start, E.c.id)).label("n"))
              .join(S, S.c.id == E.c.source_id).where(E.c.initiative_id.in_(ids)).subquery())
    return {r[0]: citation(*r[1:7]) for r in conn.execute(
        select(ranked.c.initiative_id, ranked.c.title, ranked.c.publisher, ranked.c.date_value,
               ranked.c.start, ranked.c.end, ranked.c.text).where(ranked.c.n == 1)).all()}
