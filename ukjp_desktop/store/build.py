"""Build or upgrade a database from the curated dataset (docs/dataset.md).

Curated rows are upserted by stable slug inside one transaction. Rows a user added
(``origin = 'user'``) and every annotation are never touched, so upgrading to a new dataset
version keeps the user's work. Ids are assigned in slug order, so building twice from the same
files gives the same database content.

A curated initiative can also carry facts a user attached through an import (excerpts, funding
lines, dates, organisation links, sectors with ``origin = 'user'``, migration 0004). An upgrade
rewrites only the curated facts and keeps the user's, so that they still point at valid rows:

- a user row that cites a curated excerpt is re-pointed at the new excerpt with the same source
  and offsets; if the dataset no longer has that sentence, the excerpt is kept as a user excerpt;
- a user date keeps its label; the curated date it replaced is remembered in the import's
  receipt (so undoing the import restores the current curated date, not an outdated one);
- an organisation link or sector that the dataset now states itself becomes curated (so undoing
  the import no longer removes it);
- lines an import superseded are found again by their content and stay superseded;
- a curated initiative that leaves the dataset while it holds user facts is kept, as a user
  initiative holding only those facts (its curated facts go).

Import receipts (``meta`` ``import:N``, written by ``store.importer``) are updated to match.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from decimal import Decimal

from sqlalchemy import Connection, delete, func, insert, select, update

from ..core import dataset as ds_mod
from ..core.dates import PartialDate
from ..core.funding_text import counts_in_totals
from ..core.money import to_hundredths
from . import data_version, search
from .engines import ids_in
from .models import (Excerpt, ExchangeRate, ExcludedFigure, FundingLine, Initiative,
                     InitiativeCountry, InitiativeDate, InitiativeOrganisation, InitiativeSector,
                     Meta, Organisation, Relation, Sector, Source)
from .rates import RateTable

# Child tables with an ``origin`` column: an upgrade rewrites their curated rows only.
ORIGIN_TABLES = (Excerpt, InitiativeDate, InitiativeSector, InitiativeCountry,
                 InitiativeOrganisation, FundingLine)
# Tables whose rows cite an excerpt and that an import writes to.
_USER_EXCERPT_REFS = (FundingLine, InitiativeDate, InitiativeOrganisation)


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
    reconverted = _reconvert_user_lines(conn, rates)

    receipts = _Receipts.load(conn)
    with_user_facts = _initiatives_with_user_facts(conn) | set(receipts.by_ini)
    ini_ids: dict[str, int] = {}
    excerpt_ids: dict[str, dict[str, int]] = {}   # slug → excerpt key → row id
    for ini in sorted(data.initiatives.values(), key=lambda i: i.slug):
        ini_ids[ini.slug], excerpt_ids[ini.slug] = _write_initiative(
            conn, ini, source_ids, sector_ids, org_ids, rates, receipts, with_user_facts)
    _write_relations(conn, data, ini_ids, excerpt_ids)
    # Curated initiatives that left the dataset go; their annotations stay (keyed by slug).
    # One that holds facts a user imported stays as a user initiative with those facts only.
    gone = conn.execute(select(Initiative.id).where(
        Initiative.origin == "curated", Initiative.slug.not_in(list(ini_ids)))
        .order_by(Initiative.id)).scalars().all()
    kept = [g for g in gone if g in with_user_facts and _has_user_facts(conn, g)]
    for g in kept:
        _retire_initiative(conn, g, receipts)
    removed = [g for g in gone if g not in kept]
    if removed:
        conn.execute(delete(Initiative).where(Initiative.id.in_(removed)))
        search.remove(conn, removed)
    receipts.save()
    recompute_totals(conn, reconverted)
    search.reindex(conn, [*ini_ids.values(), *kept])
    _set_meta(conn, "dataset_version", data.version)
    _set_meta(conn, "dataset_released", data.released)
    data_version.stamp(conn)
    data_version.bump(conn.engine)
    return {"sources": len(source_ids), "organisations": len(org_ids),
            "initiatives": len(ini_ids), "removed": len(removed), "kept": len(kept),
            "rates": len(data.rates)}


def _write_initiative(conn, ini: ds_mod.Initiative, source_ids, sector_ids, org_ids, rates,
                      receipts: "_Receipts", with_user_facts: set[int]) -> tuple[int, dict[str, int]]:
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
    # Usually no user facts: then everything is rewritten and the look-ups below are skipped.
    user = ini_id in with_user_facts
    old = _clear_curated(conn, ini_id, only_curated=user)

    excerpt_ids: dict[str, int] = {}
    by_span: dict[tuple[int, int, int], int] = {}
    for e in ini.excerpts:
        sid = source_ids[e.source]
        excerpt_ids[e.key] = conn.execute(insert(Excerpt).values(
            initiative_id=ini_id, source_id=sid, key=e.key, start=e.start,
            end=e.end, text=e.text)).inserted_primary_key[0]
        by_span.setdefault((sid, e.start, e.end), excerpt_ids[e.key])
    _rehome_excerpts(conn, ini_id, old.excerpts, by_span, receipts)

    user_dates = _user_values(conn, InitiativeDate.label, ini_id) if user else set()
    shadowed: dict[str, dict] = {}
    for d in ini.dates:
        row = dict(label=d.label, value=d.date.value, precision=d.date.precision, note=d.note,
                   excerpt_id=excerpt_ids.get(d.excerpt))
        if d.label in user_dates:       # the user's date stays; remember the curated one
            shadowed[d.label] = {**row, "origin": "curated"}
        else:
            conn.execute(insert(InitiativeDate).values(initiative_id=ini_id, **row))
    for label in sorted(user_dates):
        receipts.rebase_date(ini_id, label, shadowed.get(label))

    # A fact the dataset now states itself, which a user import had added, becomes curated.
    _claim(conn, InitiativeSector, ini_id, "sector_id", [sector_ids[s] for s in dict.fromkeys(ini.sectors)],
           _user_values(conn, InitiativeSector.sector_id, ini_id) if user else set())
    _claim(conn, InitiativeCountry, ini_id, "country", list(dict.fromkeys(ini.countries)),
           _user_values(conn, InitiativeCountry.country, ini_id) if user else set())
    user_links = {(r.organisation_id, r.role) for r in conn.execute(
        select(InitiativeOrganisation.organisation_id, InitiativeOrganisation.role).where(
            InitiativeOrganisation.initiative_id == ini_id, InitiativeOrganisation.origin == "user"))
    } if user else set()
    seen = set()
    for org, role, ex in ini.organisations:
        if (org, role) not in seen:
            seen.add((org, role))
            key = (org_ids[org], role)
            if key in user_links:
                conn.execute(update(InitiativeOrganisation).where(
                    InitiativeOrganisation.initiative_id == ini_id,
                    InitiativeOrganisation.organisation_id == key[0], InitiativeOrganisation.role == role)
                    .values(origin="curated", excerpt_id=excerpt_ids.get(ex)))
            else:
                conn.execute(insert(InitiativeOrganisation).values(
                    initiative_id=ini_id, organisation_id=key[0], role=role,
                    excerpt_id=excerpt_ids.get(ex)))
    new_lines: dict[int, tuple] = {}
    for pos, f in enumerate(ini.funding):
        line = _curated_line(ini_id, pos, f, announced, org_ids, excerpt_ids, rates)
        line_id = conn.execute(insert(FundingLine).values(**line)).inserted_primary_key[0]
        new_lines[line_id] = (_line_identity(line), f.status)
    if user:
        _renumber_user_lines(conn, ini_id, len(ini.funding))
        _resupersede(conn, receipts.remap_lines(ini_id, old.lines, new_lines))
    for stated, reason, ex in ini.excluded:
        conn.execute(insert(ExcludedFigure).values(
            initiative_id=ini_id, stated=stated, reason=reason, excerpt_id=excerpt_ids.get(ex)))
    if user_dates:
        refresh_list_date(conn, ini_id)
    recompute_totals(conn, [ini_id])
    return ini_id, excerpt_ids


def _curated_line(ini_id: int, pos: int, f, announced, org_ids, excerpt_ids, rates) -> dict:
    year = f.year or (announced.date.year if announced else None)
    gbp_p, rate = rates.to_gbp_pence(f.amount, f.currency, year)
    conv = f.conversion or {}
    return dict(
        initiative_id=ini_id, position=pos, amount=str(f.amount), amount_h=to_hundredths(f.amount),
        amount_max=str(f.amount_max) if f.amount_max is not None else None,
        currency=f.currency, qualifier=f.qualifier, basis=f.basis, period_years=f.period_years,
        side=f.side, scope=f.scope, status=f.status,
        counted=f.status == "current" and f.scope != "non_funding",
        contributor_id=org_ids.get(f.contributor) if f.contributor else None, stated=f.stated,
        excerpt_id=excerpt_ids.get(f.excerpt), rate_year=year,
        rate_id=rate.id if rate else None, gbp_p=gbp_p, note=f.note,
        conv_amount=str(conv["amount"]) if conv else None, conv_currency=conv.get("currency"),
        conv_qualifier=conv.get("qualifier"), conv_stated=conv.get("stated"))


def _reconvert_user_lines(conn: Connection, rates: RateTable) -> set[int]:
    """A dataset release may correct an exchange rate. Curated lines are rewritten with it;
    lines a user imported are converted again here so that the two never disagree on a rate.
    Returns the initiatives whose GBP figures changed."""
    changed: set[int] = set()
    rows = conn.execute(select(FundingLine.id, FundingLine.initiative_id, FundingLine.amount,
                               FundingLine.currency, FundingLine.rate_year, FundingLine.gbp_p,
                               FundingLine.rate_id, FundingLine.status, FundingLine.scope, FundingLine.counted)
                        .where(FundingLine.origin == "user", FundingLine.currency != "GBP")).all()
    for r in rows:
        try:
            gbp_p, rate = rates.to_gbp_pence(Decimal(r.amount), r.currency, r.rate_year)
        except LookupError:
            continue  # the release dropped this currency's rate (or never had it): keep the figure it had
        rate_id = rate.id if rate else None
        values = {}
        if (gbp_p, rate_id) != (r.gbp_p, r.rate_id):
            values.update(gbp_p=gbp_p, rate_id=rate_id)
        if r.rate_id is None and rate_id is not None:
            # a figure imported with no rate for its currency (kept out of the totals) counts once a release has one
            values["counted"] = counts_in_totals(r.status, r.scope, r.currency, True)
        if values:
            conn.execute(update(FundingLine).where(FundingLine.id == r.id).values(**values))
            changed.add(r.initiative_id)
    return changed


def _initiatives_with_user_facts(conn: Connection) -> set[int]:
    found: set[int] = set()
    for model in ORIGIN_TABLES:
        t = model.__table__
        found.update(conn.execute(select(t.c.initiative_id).where(t.c.origin == "user").distinct()).scalars())
    return found


@dataclass
class _Cleared:
    excerpts: dict[int, tuple[tuple[int, int, int], str]]   # old curated excerpt id → (span, key)
    lines: dict[int, tuple]                                 # old curated line id → identity


def _clear_curated(conn: Connection, ini_id: int, only_curated: bool = True) -> _Cleared:
    """Delete an initiative's curated facts, except its excerpts (see ``_rehome_excerpts``).
    ``only_curated=False``: the initiative has no user facts, so simply delete them all."""
    if not only_curated:
        for model in (*ORIGIN_TABLES, ExcludedFigure):
            conn.execute(delete(model.__table__).where(model.__table__.c.initiative_id == ini_id))
        conn.execute(delete(Relation).where(Relation.from_id == ini_id))
        return _Cleared({}, {})
    lines = {r.id: _line_identity(r._mapping) for r in conn.execute(
        select(FundingLine.__table__).where(FundingLine.initiative_id == ini_id,
                                            FundingLine.origin == "curated"))}
    excerpts = {r.id: ((r.source_id, r.start, r.end), r.key) for r in conn.execute(
        select(Excerpt.id, Excerpt.source_id, Excerpt.start, Excerpt.end, Excerpt.key).where(
            Excerpt.initiative_id == ini_id, Excerpt.origin == "curated"))}
    for model in ORIGIN_TABLES:
        if model is not Excerpt:
            t = model.__table__
            conn.execute(delete(t).where(t.c.initiative_id == ini_id, t.c.origin == "curated"))
    conn.execute(delete(ExcludedFigure).where(ExcludedFigure.initiative_id == ini_id))
    conn.execute(delete(Relation).where(Relation.from_id == ini_id))
    return _Cleared(excerpts, lines)


def _rehome_excerpts(conn: Connection, ini_id: int, old: dict, by_span: dict,
                     receipts: "_Receipts") -> None:
    """Delete the old curated excerpts, first moving the user rows that cite one.

    A user row citing a sentence the dataset still quotes (same source and offsets) is
    re-pointed at the new excerpt; one citing a sentence the dataset dropped keeps it, as a
    user excerpt owned by the import that cited it (so undoing that import removes it)."""
    if not old:
        return
    cited = set()
    for m in _USER_EXCERPT_REFS:
        cited.update(conn.execute(select(m.excerpt_id).where(
            m.initiative_id == ini_id, m.origin == "user", m.excerpt_id.in_(list(old)))).scalars())
    for old_id, (span, key) in old.items():
        new_id = by_span.get(span)
        if new_id is not None:
            receipts.remap_excerpt(ini_id, old_id, new_id)
        if old_id not in cited:
            continue
        if new_id is not None:
            for m in _USER_EXCERPT_REFS:
                conn.execute(update(m).where(m.initiative_id == ini_id, m.excerpt_id == old_id)
                             .values(excerpt_id=new_id))
            continue
        citing = {m: conn.execute(select(m.__table__).where(
            m.initiative_id == ini_id, m.excerpt_id == old_id)).all() for m in _USER_EXCERPT_REFS}
        owner = receipts.owner(ini_id,
                               lines={r.id for r in citing[FundingLine]},
                               labels={r.label for r in citing[InitiativeDate]},
                               links={(r.organisation_id, r.role) for r in citing[InitiativeOrganisation]})
        new_key = key
        if owner is not None:
            number, d = owner
            d.setdefault("excerpt_ids", []).append(old_id)
            receipts.changed[number] = d
            new_key = f"u{number}-{key}"
        conn.execute(update(Excerpt).where(Excerpt.id == old_id).values(origin="user", key=new_key))
    conn.execute(delete(Excerpt).where(Excerpt.id.in_(list(old)), Excerpt.origin == "curated"))


def _user_values(conn: Connection, column, ini_id: int) -> set:
    t = column.table
    return set(conn.execute(select(column).where(t.c.initiative_id == ini_id,
                                                 t.c.origin == "user")).scalars())


def _claim(conn: Connection, model, ini_id: int, column: str, values: list, user_values: set) -> None:
    """Insert the curated rows; one a user import already added is marked curated instead."""
    t = model.__table__
    for v in values:
        if v in user_values:
            conn.execute(update(t).where(t.c.initiative_id == ini_id, t.c[column] == v)
                         .values(origin="curated"))
    _insert_many(conn, model, [{"initiative_id": ini_id, column: v}
                               for v in values if v not in user_values])


def _line_identity(row) -> tuple:
    """What makes a funding line the same figure across dataset versions (ids are not)."""
    return (row["currency"], row["amount"], row["amount_max"], row["side"], row["stated"])


def _renumber_user_lines(conn: Connection, ini_id: int, first: int) -> None:
    """The user's lines are listed after the curated ones, in their own order."""
    ids = conn.execute(select(FundingLine.id).where(
        FundingLine.initiative_id == ini_id, FundingLine.origin == "user")
        .order_by(FundingLine.position, FundingLine.id)).scalars().all()
    for pos, line_id in enumerate(ids, start=first):
        conn.execute(update(FundingLine).where(FundingLine.id == line_id).values(position=pos))


def _resupersede(conn: Connection, line_ids: list[int]) -> None:
    if line_ids:
        conn.execute(update(FundingLine).where(FundingLine.id.in_(line_ids))
                     .values(status="superseded", counted=False))


def _has_user_facts(conn: Connection, ini_id: int) -> bool:
    for model in ORIGIN_TABLES:
        t = model.__table__
        if conn.execute(select(t.c.initiative_id).where(
                t.c.initiative_id == ini_id, t.c.origin == "user").limit(1)).first():
            return True
    return False


def _retire_initiative(conn: Connection, ini_id: int, receipts: "_Receipts") -> None:
    """A curated initiative the dataset dropped, kept for the facts a user attached to it."""
    old = _clear_curated(conn, ini_id)
    _rehome_excerpts(conn, ini_id, old.excerpts, {}, receipts)
    for label in sorted(_user_values(conn, InitiativeDate.label, ini_id)):
        receipts.rebase_date(ini_id, label, None)
    receipts.remap_lines(ini_id, old.lines, {})
    _renumber_user_lines(conn, ini_id, 0)
    conn.execute(update(Initiative).where(Initiative.id == ini_id).values(origin="user"))
    refresh_list_date(conn, ini_id)
    recompute_totals(conn, [ini_id])
    receipts.mark_retired(ini_id)


class _Receipts:
    """Import receipts by initiative, updated when an upgrade re-creates curated rows.

    A receipt (``store.importer.ImportReceipt`` as JSON) names curated rows by id: the dates an
    import replaced (to restore them on undo) and the lines it superseded or corroborated."""

    def __init__(self, conn: Connection, by_ini: dict[int, list[tuple[int, dict]]]):
        self.conn, self.by_ini, self.changed = conn, by_ini, {}

    @classmethod
    def load(cls, conn: Connection) -> "_Receipts":
        by_ini: dict[int, list[tuple[int, dict]]] = {}
        for key, raw in conn.execute(select(Meta.key, Meta.value).where(Meta.key.like("import:%"))):
            number = key.split(":", 1)[1]
            try:
                d = json.loads(raw)
            except ValueError:
                continue
            if number.isdigit() and isinstance(d, dict) and d.get("initiative_id") is not None:
                by_ini.setdefault(d["initiative_id"], []).append((int(number), d))
        for items in by_ini.values():
            items.sort(key=lambda x: x[0])
        return cls(conn, by_ini)

    def rebase_date(self, ini_id: int, label: str, curated: dict | None) -> None:
        """The first import that set ``label`` displaced the curated date: on undo it restores
        ``curated`` (the dataset's current date for that label) or, if none, removes the label."""
        for n, d in self.by_ini.get(ini_id, []):
            added, replaced = d.get("dates_added", []), d.get("dates_replaced", [])
            if label in added or any(e.get("label") == label for e in replaced):
                d["dates_added"] = [x for x in added if x != label]
                d["dates_replaced"] = [e for e in replaced if e.get("label") != label]
                if curated is None:
                    d["dates_added"].append(label)
                else:
                    d["dates_replaced"].append(curated)
                self.changed[n] = d
                return

    def remap_excerpt(self, ini_id: int, old_id: int, new_id: int) -> None:
        for n, d in self.by_ini.get(ini_id, []):
            for e in d.get("dates_replaced", []):
                if e.get("excerpt_id") == old_id:
                    e["excerpt_id"] = new_id
                    self.changed[n] = d

    def remap_lines(self, ini_id: int, old: dict[int, tuple], new: dict[int, tuple]) -> list[int]:
        """Point the receipts' superseded/corroborated curated lines at the re-created lines with
        the same figure; return the new lines an import had superseded (to mark them again).
        A figure the dataset dropped, or now marks superseded itself, leaves the receipt."""
        pool: dict[tuple, list[int]] = {}
        for line_id in sorted(new):
            pool.setdefault(new[line_id][0], []).append(line_id)
        mapping = {}
        for old_id in sorted(old):
            free = pool.get(old[old_id])
            mapping[old_id] = free.pop(0) if free else None
        again = []
        for n, d in self.by_ini.get(ini_id, []):
            for field in ("superseded_line_ids", "corroborated_line_ids"):
                ids = d.get(field, [])
                out = []
                for line_id in ids:
                    if line_id not in mapping:
                        out.append(line_id)            # a user line: its id does not change
                        continue
                    target = mapping[line_id]
                    if target is None or (field == "superseded_line_ids" and new[target][1] != "current"):
                        continue
                    out.append(target)
                    if field == "superseded_line_ids":
                        again.append(target)
                if out != ids:
                    d[field] = out
                    self.changed[n] = d
        return again

    def owner(self, ini_id: int, lines: set, labels: set, links: set) -> tuple[int, dict] | None:
        """The first import whose receipt lists one of these user rows."""
        for n, d in self.by_ini.get(ini_id, []):
            own_labels = {*d.get("dates_added", []), *(e.get("label") for e in d.get("dates_replaced", []))}
            if lines & set(d.get("funding_line_ids", [])) or labels & own_labels or \
                    links & {tuple(x) for x in d.get("org_links", [])}:
                return n, d
        return None

    def mark_retired(self, ini_id: int) -> None:
        """Undoing the last of these imports removes the kept initiative again."""
        for n, d in self.by_ini.get(ini_id, []):
            d["initiative_retired"] = True
            self.changed[n] = d

    def save(self) -> None:
        for n, d in self.changed.items():
            self.conn.execute(update(Meta).where(Meta.key == f"import:{n}").values(value=json.dumps(d)))


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


def refresh_list_date(conn: Connection, initiative_id: int) -> None:
    """The list's date columns follow the initiative's announced (else started) date row."""
    rows = {d.label: d for d in conn.execute(select(
        InitiativeDate.label, InitiativeDate.value, InitiativeDate.precision).where(
        InitiativeDate.initiative_id == initiative_id)).all()}
    d = rows.get("announced") or rows.get("started")
    pd = PartialDate(d.value, d.precision) if d else None
    conn.execute(update(Initiative).where(Initiative.id == initiative_id).values(
        announced_value=pd.value if pd else None, announced_precision=pd.precision if pd else None,
        announced_sort=pd.sort_key() if pd else None, announced_year=pd.year if pd else None))


def recompute_totals(conn: Connection, initiative_ids: Iterable[int]) -> None:
    """Derived GBP columns and source counts, from counted funding lines and excerpts."""
    I, F = Initiative.__table__, FundingLine.__table__

    def gbp(*where):
        return func.coalesce(select(func.sum(F.c.gbp_p)).where(
            F.c.initiative_id == I.c.id, F.c.counted, *where).scalar_subquery(), 0)

    conn.execute(update(I).where(ids_in(I.c.id, initiative_ids)).values(
        uk_gbp_p=gbp(F.c.side == "UK"), japan_gbp_p=gbp(F.c.side == "Japan"), total_gbp_p=gbp(),
        n_sources=select(func.count(func.distinct(Excerpt.source_id)))
        .where(Excerpt.initiative_id == I.c.id).scalar_subquery()))
