"""Build or upgrade a database from the curated dataset (docs/dataset.md).

Curated rows are upserted by stable slug inside one transaction. Rows a user added
(``origin = 'user'``) and every annotation are never touched, so upgrading to a new dataset
version keeps the user's work. Ids are assigned in slug order, so building twice from the same
files gives the same database content.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, insert, select, update

from ..core import dataset as ds_mod
from ..core.money import to_hundredths
from . import data_version, search
from .models import (Excerpt, ExchangeRate, ExcludedFigure, FundingLine, Initiative,
                     InitiativeCountry, InitiativeDate, InitiativeOrganisation, InitiativeSector,
                     Meta, Organisation, Relation, Sector, Source)
from .rates import RateTable

CHILD_TABLES = (Excerpt, InitiativeDate, InitiativeSector, InitiativeCountry,
                InitiativeOrganisation, FundingLine, ExcludedFigure)


def dataset_version(conn: Connection) -> str | None:
    return conn.execute(select(Meta.value).where(Meta.key == "dataset_version")).scalar()


def _set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(select(Meta.key).where(Meta.key == key)).first():
        conn.execute(update(Meta).where(Meta.key == key).values(value=value))
    else:
        conn.execute(insert(Meta).values(key=key, value=value))


def _upsert(conn: Connection, model, key_cols: dict, values: dict) -> int:
    """Insert or update one row matched on ``key_cols``; return its id."""
    table = model.__table__
    cond = [table.c[k] == v for k, v in key_cols.items()]
    row_id = conn.execute(select(table.c.id).where(*cond)).scalar()
    if row_id is None:
        return conn.execute(insert(table).values(**key_cols, **values)).inserted_primary_key[0]
    conn.execute(update(table).where(table.c.id == row_id).values(**values))
    return row_id


def apply_dataset(conn: Connection, data: ds_mod.Dataset) -> dict[str, int]:
    """Upsert the whole curated dataset; return counts of what was written."""
    # Before and after: an in-memory facet snapshot built while this runs is then known to be
    # stale whichever side of the writes it read (store/data_version.py).
    data_version.bump(conn.engine)
    source_ids = {s.slug: _upsert(conn, Source, {"slug": s.slug}, dict(
        title=s.title, publisher=s.publisher, date_value=s.date, date_precision=s.date_precision,
        date_note=s.date_note, url=s.url, attribution=s.attribution, text=s.text, sha256=s.sha256,
        original_name=s.original_name, origin="curated")) for s in sorted(data.sources.values(), key=lambda s: s.slug)}
    sector_ids = {slug: _upsert(conn, Sector, {"slug": slug}, {"name": name})
                  for slug, name in sorted(data.sectors.items())}
    org_ids = {o.slug: _upsert(conn, Organisation, {"slug": o.slug}, dict(
        name=o.name, aliases="\n".join(o.aliases), country=o.country, type=o.type, origin="curated"))
        for o in sorted(data.organisations.values(), key=lambda o: o.slug)}
    for o in data.organisations.values():
        conn.execute(update(Organisation).where(Organisation.id == org_ids[o.slug])
                     .values(parent_id=org_ids.get(o.parent) if o.parent else None))
    for r in sorted(data.rates, key=lambda r: (r.currency, r.year)):
        _upsert(conn, ExchangeRate, {"currency": r.currency, "year": r.year}, dict(
            units_per_gbp=str(r.units_per_gbp), source=r.source, verified=r.verified, note=r.note))
    rates = RateTable.load(conn)

    ini_ids: dict[str, int] = {}
    excerpt_ids: dict[str, dict[str, int]] = {}   # slug → excerpt key → row id
    for ini in sorted(data.initiatives.values(), key=lambda i: i.slug):
        ini_ids[ini.slug], excerpt_ids[ini.slug] = _write_initiative(
            conn, ini, source_ids, sector_ids, org_ids, rates)
    _write_relations(conn, data, ini_ids, excerpt_ids)
    # Curated initiatives that left the dataset go; their annotations stay (keyed by slug).
    gone = conn.execute(select(Initiative.id).where(
        Initiative.origin == "curated", Initiative.slug.not_in(list(ini_ids)))).scalars().all()
    if gone:
        conn.execute(delete(Initiative).where(Initiative.id.in_(gone)))
        search.remove(conn, gone)
    search.reindex(conn, ini_ids.values())
    _set_meta(conn, "dataset_version", data.version)
    _set_meta(conn, "dataset_released", data.released)
    data_version.bump(conn.engine)
    return {"sources": len(source_ids), "organisations": len(org_ids),
            "initiatives": len(ini_ids), "removed": len(gone), "rates": len(data.rates)}


def _write_initiative(conn, ini: ds_mod.Initiative, source_ids, sector_ids, org_ids, rates
                      ) -> tuple[int, dict[str, int]]:
    # The list's date column: the announcement, or the start when no announcement is stated
    # (SIP "launched in 2014"), so year filters and sorting see every dated initiative.
    announced = next((d for d in ini.dates if d.label == "announced"), None) or \
        next((d for d in ini.dates if d.label == "started"), None)
    values = dict(
        name=ini.name, kind=ini.kind, status=ini.status, summary=ini.summary,
        bilateral=ini.bilateral, origin="curated",
        announced_value=announced.date.value if announced else None,
        announced_precision=announced.date.precision if announced else None,
        announced_sort=announced.date.sort_key() if announced else None,
        announced_year=announced.date.year if announced else None)
    ini_id = _upsert(conn, Initiative, {"slug": ini.slug}, values)
    for model in CHILD_TABLES:
        conn.execute(delete(model.__table__).where(model.__table__.c.initiative_id == ini_id))
    conn.execute(delete(Relation).where(Relation.from_id == ini_id))

    excerpt_ids = {}
    for e in ini.excerpts:
        excerpt_ids[e.key] = conn.execute(insert(Excerpt).values(
            initiative_id=ini_id, source_id=source_ids[e.source], key=e.key, start=e.start,
            end=e.end, text=e.text)).inserted_primary_key[0]
    for d in ini.dates:
        conn.execute(insert(InitiativeDate).values(
            initiative_id=ini_id, label=d.label, value=d.date.value, precision=d.date.precision,
            note=d.note, excerpt_id=excerpt_ids.get(d.excerpt)))
    _insert_many(conn, InitiativeSector, [{"initiative_id": ini_id, "sector_id": sector_ids[s]}
                                          for s in dict.fromkeys(ini.sectors)])
    _insert_many(conn, InitiativeCountry, [{"initiative_id": ini_id, "country": c}
                                           for c in dict.fromkeys(ini.countries)])
    seen = set()
    for org, role, ex in ini.organisations:
        if (org, role) not in seen:
            seen.add((org, role))
            conn.execute(insert(InitiativeOrganisation).values(
                initiative_id=ini_id, organisation_id=org_ids[org], role=role,
                excerpt_id=excerpt_ids.get(ex)))
    year_default = announced.date.year if announced else None
    for pos, f in enumerate(ini.funding):
        year = f.year or year_default
        gbp_p, rate = rates.to_gbp_pence(f.amount, f.currency, year)
        conv = f.conversion or {}
        conn.execute(insert(FundingLine).values(
            initiative_id=ini_id, position=pos, amount=str(f.amount), amount_h=to_hundredths(f.amount),
            amount_max=str(f.amount_max) if f.amount_max is not None else None,
            currency=f.currency, qualifier=f.qualifier, basis=f.basis, period_years=f.period_years,
            side=f.side, scope=f.scope, status=f.status,
            counted=f.status == "current" and f.scope != "non_funding",
            contributor_id=org_ids.get(f.contributor) if f.contributor else None, stated=f.stated,
            excerpt_id=excerpt_ids.get(f.excerpt), rate_year=year,
            rate_id=rate.id if rate else None, gbp_p=gbp_p, note=f.note,
            conv_amount=str(conv["amount"]) if conv else None, conv_currency=conv.get("currency"),
            conv_qualifier=conv.get("qualifier"), conv_stated=conv.get("stated")))
    for stated, reason, ex in ini.excluded:
        conn.execute(insert(ExcludedFigure).values(
            initiative_id=ini_id, stated=stated, reason=reason, excerpt_id=excerpt_ids.get(ex)))
    recompute_totals(conn, [ini_id])
    return ini_id, excerpt_ids


def _insert_many(conn: Connection, model, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(model.__table__), rows)


def _write_relations(conn: Connection, data: ds_mod.Dataset, ini_ids: dict[str, int],
                     excerpt_ids: dict[str, dict[str, int]]) -> None:
    for ini in data.initiatives.values():
        seen = set()
        for rtype, target, excerpt in ini.relations:
            key = (ini_ids[target], rtype)
            if key in seen:
                continue
            seen.add(key)
            # the relation's excerpt lives in the initiative's own record
            conn.execute(insert(Relation).values(
                from_id=ini_ids[ini.slug], to_id=ini_ids[target], type=rtype,
                excerpt_id=excerpt_ids[ini.slug].get(excerpt) if excerpt else None))


def recompute_totals(conn: Connection, initiative_ids: Iterable[int]) -> None:
    """Derived GBP columns and source counts, from counted funding lines and excerpts."""
    conn.exec_driver_sql(
        """
        UPDATE initiatives SET
          uk_gbp_p = COALESCE((SELECT SUM(gbp_p) FROM funding_lines f
                               WHERE f.initiative_id = initiatives.id AND f.counted AND f.side = 'UK'), 0),
          japan_gbp_p = COALESCE((SELECT SUM(gbp_p) FROM funding_lines f
                               WHERE f.initiative_id = initiatives.id AND f.counted AND f.side = 'Japan'), 0),
          total_gbp_p = COALESCE((SELECT SUM(gbp_p) FROM funding_lines f
                               WHERE f.initiative_id = initiatives.id AND f.counted), 0),
          n_sources = (SELECT COUNT(DISTINCT source_id) FROM excerpts e
                       WHERE e.initiative_id = initiatives.id)
        WHERE id IN (SELECT value FROM json_each(?))
        """, (_json_ids(initiative_ids),))


def _json_ids(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
