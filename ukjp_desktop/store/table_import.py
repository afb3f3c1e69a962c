"""Writing a reviewed table: one transaction, one undoable import, provenance to the cell.

The table becomes one Source whose text has a line per cited cell ("Row 17 of awards.xlsx,
sheet 'Japan': Award (£) = 1,250,000"); every fact's excerpt is that line, so the detail pane,
search and exports cite cells without knowing about tables. Each row's cells are kept in
``table_rows`` (migration 0005) for Show in source.

A row is imported as **new** (a user initiative, written in bulk: 50,000 rows in seconds),
as an **update** of a matched initiative (through ``store.importer``'s writer, so figures that
agree are corroborated and figures that differ follow the conflict rule, exactly as for a
document; each update leaves a normal receipt marked with this table import; the work all
updates share is done once, by ``store.importer.WriteBatch``), or **skipped**.
The table import's own receipt (``meta`` ``table_import:N``, N from the same sequence as
document imports) lists what it created, so ``undo_table_import`` removes all of it at once.
A dataset upgrade leaves it alone: new initiatives are the user's, and updates are ordinary
import receipts that ``store.build`` already keeps.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select

from ..core.extract.dates import DateProposal
from ..core.extract.money import MoneyProposal
from ..core.extract.organisations import BUILT_IN, GazetteerEntry, OrgProposal
from ..core.extract.readers import text_sha256
from ..core.money import format_amount, to_hundredths
from ..core.tables import TABLE_SOURCE_PREFIX
from ..core.tables.reading import Table, column_letter
from ..core.tables.rows import ParsedRow, Problem, provenance_line, sector_key
from ..core.vocab import KINDS
from . import data_version, engines, search
from .build import recompute_totals
from .engines import ids_in, without_memory_map
from .database import write_transaction
from .importer import (AcceptedDate, AcceptedMoney, AcceptedOrganisation, ImportPlan, ImportRejected,
                       SourceDraft, WriteBatch, _Writer, _receipt, next_import_number, refresh_all,
                       slugify, undo_receipt)
from .models import (Excerpt, FundingLine, Initiative, InitiativeCountry, InitiativeDate,
                     InitiativeOrganisation, InitiativeSector, Meta, Organisation, Relation, Sector,
                     Source, TableRow)
from .rates import RateTable

ACTIONS = ("new", "update", "skip")
ON_CONFLICT = ("stop", "skip", "supersede", "keep_both")
_DATE_LABELS = {"start": "started", "end": "ended", "announced": "announced"}
_CITED = ("amount", "start", "end", "announced", "funder", "lead", "partners")


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing was written."""


# --- matching ---------------------------------------------------------------------------------

@dataclass
class Match:
    action: str                       # new, update, skip
    slug: str | None = None           # the matched initiative
    name: str | None = None
    by: str | None = None             # "identifier" or "title and funder"
    differences: list[str] = field(default_factory=list)


def normalise_title(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", t).split())


def match_rows(engine: Engine, rows: list[ParsedRow]) -> dict[int, Match]:
    """For each row (by ``index``): an initiative it updates, by identifier (a row an earlier
    table import read), else by normalised title and funder; with what would change."""
    with engine.connect() as conn:
        _flag_unknown_sectors(conn, rows)
        by_ident = {}
        idents = [r.identifier for r in rows if r.identifier]
        for chunk in range(0, len(idents), 900):
            for ident, slug, name in conn.execute(
                    select(TableRow.identifier, Initiative.slug, Initiative.name)
                    .join(Initiative, Initiative.id == TableRow.initiative_id)
                    .where(TableRow.identifier.in_(idents[chunk:chunk + 900]))):
                by_ident.setdefault(ident, (slug, name))
        titles = {normalise_title(r.title) for r in rows if r.title}
        by_title: dict[str, list[tuple[int, str, str]]] = {}
        for iid, slug, name in conn.execute(select(Initiative.id, Initiative.slug, Initiative.name)):
            key = normalise_title(name)
            if key in titles:
                by_title.setdefault(key, []).append((iid, slug, name))
        out = {}
        for r in rows:
            if r.identifier in by_ident:
                slug, name = by_ident[r.identifier]
                m = Match("update", slug, name, "identifier")
            else:
                m = Match("new")
                for iid, slug, name in by_title.get(normalise_title(r.title), []):
                    if _funder_agrees(conn, iid, r):
                        m = Match("update", slug, name, "title and funder")
                        break
            if m.slug:
                m.differences = _differences(conn, m.slug, r)
                if not m.differences:
                    m.action = "skip"
            out[r.index] = m
        return out


def sector_keys(conn: Connection) -> dict[str, tuple[int, str]]:
    """How a sector cell finds its sector: by slug or name, in any case, with or without
    plurals (``sector_key``) -> (id, slug)."""
    return {sector_key(k): (sid, slug) for slug, name, sid in
            conn.execute(select(Sector.slug, Sector.name, Sector.id)) for k in (slug, name)}


def _flag_unknown_sectors(conn: Connection, rows: list[ParsedRow]) -> None:
    """A sector cell that names no sector of this database is said in the row (not blocking:
    the row imports without a sector) rather than dropped without a word."""
    known = sector_keys(conn)
    for r in rows:
        if r.sector and sector_key(r.sector) not in known:
            column = r._col.get("sector")
            place = f"cell {column_letter(column)}{r.row_number}" if column is not None else f"row {r.row_number}"
            problem = Problem(r.columns.get("sector"), f"{place}: {r.sector!r} is not a sector in this "
                                                       "database; the row is imported without a sector", False)
            if problem not in r.problems:          # the same rows may be matched again
                r.problems.append(problem)


def _funder_agrees(conn: Connection, initiative_id: int, r: ParsedRow) -> bool:
    if r.funder is None:
        return True
    rows = conn.execute(select(Organisation.slug, Organisation.name).join(
        InitiativeOrganisation, InitiativeOrganisation.organisation_id == Organisation.id).where(
        InitiativeOrganisation.initiative_id == initiative_id,
        InitiativeOrganisation.role == "funder")).all()
    return not rows or any(s == r.funder.slug or normalise_title(n) == normalise_title(r.funder.name)
                           for s, n in rows)


def _differences(conn: Connection, slug: str, r: ParsedRow) -> list[str]:
    """What the row states that the initiative does not record (in words)."""
    ini = conn.execute(select(Initiative.id).where(Initiative.slug == slug)).scalar()
    out = []
    if r.amount is not None:
        lines = conn.execute(select(FundingLine.amount, FundingLine.amount_max, FundingLine.currency).where(
            FundingLine.initiative_id == ini, FundingLine.status == "current")).all()
        same = [ln for ln in lines if ln.currency == r.currency]
        if not any(Decimal(ln.amount) == r.amount or (ln.amount_max and Decimal(ln.amount_max) == r.amount)
                   for ln in same):
            recorded = ", ".join(format_amount(Decimal(ln.amount), ln.currency) for ln in same) or "none"
            out.append(f"amount: table {format_amount(r.amount, r.currency)}, recorded {recorded}")
    dates = dict(conn.execute(select(InitiativeDate.label, InitiativeDate.value).where(
        InitiativeDate.initiative_id == ini)).all())
    for f, label in _DATE_LABELS.items():
        value = getattr(r, f)
        if value is not None and dates.get(label) != value.value:
            out.append(f"{label}: table {value.value}, recorded {dates.get(label) or 'none'}")
    return out


# --- the plan ---------------------------------------------------------------------------------

@dataclass
class TablePlan:
    table: Table
    rows: list[ParsedRow]                     # the rows to consider (excluded ones left out)
    matches: dict[int, Match] = field(default_factory=dict)   # row index → decision
    kind: str = "other"
    publisher: str = "Table import"
    on_conflict: str = "stop"                 # a matched figure that differs: as `import --on-conflict`

    def action(self, r: ParsedRow) -> Match:
        return self.matches.get(r.index) or Match("new")


@dataclass
class TableReceipt:
    id: int
    file_name: str
    sheet: str | None
    source_id: int
    source_slug: str
    source_created: bool
    created: list[int] = field(default_factory=list)          # initiative ids
    updated: list[str] = field(default_factory=list)          # initiative slugs
    parts: list[int] = field(default_factory=list)            # import receipts of the updates
    skipped: int = 0
    created_org_ids: list[int] = field(default_factory=list)
    rows: int = 0


def _validate(plan: TablePlan) -> None:
    if plan.kind not in KINDS:
        raise ImportRejected(f"kind must be one of {', '.join(KINDS)}")
    if plan.on_conflict not in ON_CONFLICT:
        raise ImportRejected(f"on_conflict must be one of {', '.join(ON_CONFLICT)}")
    for r in plan.rows:
        m = plan.action(r)
        if m.action not in ACTIONS:
            raise ImportRejected(f"row {r.row_number}: action {m.action!r} is not one of {', '.join(ACTIONS)}")
        if m.action == "skip":
            continue
        blocking = [p.message for p in r.problems if p.blocking]
        if blocking:
            raise ImportRejected(f"{blocking[0]} (fix it or exclude row {r.row_number}); nothing was written")
        if m.action == "update" and not m.slug:
            raise ImportRejected(f"row {r.row_number}: an update needs the initiative to update")
    if not any(plan.action(r).action != "skip" for r in plan.rows):
        raise ImportRejected(f"{plan.table.file_name}: no rows to import")


# --- the source text --------------------------------------------------------------------------

@dataclass(slots=True)
class _RowText:
    start: int
    end: int
    cells: dict[str, tuple[int, int]]          # field → (start, end) of its line


def _source_text(plan: TablePlan, rows: list[ParsedRow]) -> tuple[str, dict[int, _RowText]]:
    parts, pos, out = [], 0, {}
    t = plan.table
    for r in rows:
        start, cells = pos, {}
        for f in ("title", *_CITED):
            header = r.columns.get(f)
            value = r.cell(f).strip() if header else ""
            if not value:
                continue
            line = provenance_line(t, r.row_number, header, value)
            cells[f] = (pos, pos + len(line))
            parts.append(line)
            pos += len(line) + 1
        out[r.index] = _RowText(start, max(start, pos - 1), cells)
    return "\n".join(parts), out     # the lines themselves are dropped: sliced again when cited


# --- the import -------------------------------------------------------------------------------

def import_table(engine: Engine, plan: TablePlan, progress=None, cancelled=None) -> TableReceipt:
    """Write the plan in one transaction. ``progress(done, total)`` is called now and then;
    ``cancelled()`` returning True rolls everything back (``ImportCancelled``)."""
    _validate(plan)
    data_version.bump(engine)
    try:
        # through SQLite's page cache, not the memory map: a 50,000-row import and its undo
        # touch most of the file, and mapped pages count in the process's memory (~500 MB)
        with write_transaction(engine) as conn, without_memory_map(conn):
            receipt = _TableWriter(conn, plan, progress, cancelled).run()
            data_version.stamp(conn)
    finally:
        data_version.bump(engine)
    return receipt


class _TableWriter:
    def __init__(self, conn: Connection, plan: TablePlan, progress, cancelled):
        self.conn, self.plan = conn, plan
        self.progress, self.cancelled = progress or (lambda done, total: None), cancelled or (lambda: False)
        self.org_ids: dict[str, int] = {}
        self.org_slugs: dict[int, str] = {}

    def _check_cancel(self) -> None:
        if self.cancelled():
            raise ImportCancelled("cancelled; nothing was written")

    def run(self) -> TableReceipt:
        conn, plan, t = self.conn, self.plan, self.plan.table
        rows = [r for r in plan.rows if plan.action(r).action != "skip"]
        text, spans = _source_text(plan, rows)
        number = next_import_number(conn)
        sid, slug, created = self._source(text)
        rec = self.receipt = TableReceipt(number, t.file_name, t.sheet, sid, slug, created,
                                          skipped=len(plan.rows) - len(rows), rows=len(rows))
        self.source = (sid, slug, text)
        self.rates = RateTable.load(conn)
        self.sectors = sector_keys(conn)
        new = [r for r in rows if plan.action(r).action == "new"]
        updates = [r for r in rows if plan.action(r).action == "update"]
        total = len(rows)
        ini_ids = self._create(new, spans, total, text)
        self.batch = WriteBatch(conn, number)
        for n, r in enumerate(updates):
            if n % 200 == 0:
                self._check_cancel()
                self.progress(len(new) + n, total)
            self._update(r, spans[r.index], plan.action(r).slug)
        self.batch.finish()
        self._table_rows(rows, spans, ini_ids)
        self._check_cancel()
        conn.execute(insert(Meta).values(key=f"table_import:{number}", value=json.dumps(asdict(rec))))
        self.progress(total, total)
        return rec

    def _source(self, text: str) -> tuple[int, str, bool]:
        sha = text_sha256(text)
        row = self.conn.execute(select(Source.id, Source.slug).where(Source.sha256 == sha)).first()
        if row:
            return row.id, row.slug, False
        t = self.plan.table
        title = t.file_name + (f", sheet '{t.sheet}'" if t.sheet else "")
        slug = f"{TABLE_SOURCE_PREFIX}{slugify(title)}-{sha[:8]}"
        sid = self.conn.execute(insert(Source).values(
            slug=slug, title=title, publisher=self.plan.publisher, date_value=None, date_precision="unknown",
            url=None, attribution=f"“{title}”, {self.plan.publisher}, {len(self.plan.rows)} rows",
            text=text, sha256=sha, original_name=t.file_name, origin="user")).inserted_primary_key[0]
        return sid, slug, True

    # -- new initiatives, in bulk --------------------------------------------------------------

    def _create(self, rows: list[ParsedRow], spans: dict[int, _RowText], total: int, text: str) -> dict[int, int]:
        conn, rec = self.conn, self.receipt
        first_id = (conn.execute(select(func.max(Initiative.id))).scalar() or 0) + 1
        excerpt_id = (conn.execute(select(func.max(Excerpt.id))).scalar() or 0) + 1
        line_id = (conn.execute(select(func.max(FundingLine.id))).scalar() or 0) + 1
        taken = set(conn.execute(select(Initiative.slug).where(Initiative.slug.like("user-%"))).scalars())
        ids: dict[int, int] = {}
        batches: dict = {m: [] for m in (Initiative, Excerpt, FundingLine, InitiativeDate,
                                         InitiativeOrganisation, InitiativeCountry, InitiativeSector)}
        inis, excerpts, lines, dates = (batches[m] for m in (Initiative, Excerpt, FundingLine, InitiativeDate))
        links, countries, sectors = (batches[m] for m in (InitiativeOrganisation, InitiativeCountry,
                                                          InitiativeSector))
        today = date.today()
        for n, r in enumerate(rows):
            if n % 2000 == 0:      # written in slices, so memory stays flat however long the table
                self._check_cancel()
                self._flush(batches)
                self.progress(n, total)
            iid = first_id + n
            ids[r.index] = iid
            span = spans[r.index]
            cite: dict[str, int] = {}
            for k, (f, (a, b)) in enumerate(span.cells.items(), 1):
                excerpts.append(dict(id=excerpt_id, initiative_id=iid, source_id=rec.source_id,
                                     key=f"u{rec.id}-{r.row_number}-{k}", start=a, end=b, text=text[a:b],
                                     origin="user"))
                cite[f] = excerpt_id
                excerpt_id += 1
            listed = r.announced or r.start
            inis.append(dict(id=iid, slug=self._slug(r.title, taken), name=r.title, kind=self.plan.kind,
                             status=_status(r, today), summary=r.summary,
                             bilateral={"GB", "JP"} <= set(r.countries), origin="user",
                             announced_value=listed.value if listed else None,
                             announced_precision=listed.precision if listed else None,
                             announced_sort=listed.sort_key() if listed else None,
                             announced_year=listed.year if listed else None,
                             announced_note=None, uk_gbp_p=0, japan_gbp_p=0, total_gbp_p=0, n_sources=1))
            if r.amount is not None:
                lines.append(self._line(line_id, iid, r, cite.get("amount")))
                line_id += 1
            for f, label in _DATE_LABELS.items():
                value = getattr(r, f)
                if value is not None:
                    dates.append(dict(initiative_id=iid, label=label, value=value.value,
                                      precision=value.precision, note=r.date_notes.get(f),
                                      excerpt_id=cite.get(f), origin="user"))
            seen = set()
            for org, role, f in self._orgs(r):
                oid = self._org_id(org)
                if (oid, role) not in seen:
                    seen.add((oid, role))
                    links.append(dict(initiative_id=iid, organisation_id=oid, role=role,
                                      excerpt_id=cite.get(f), origin="user"))
            countries.extend(dict(initiative_id=iid, country=c, origin="user") for c in r.countries)
            sector = self._sector(r)
            if sector:
                sectors.append(dict(initiative_id=iid, sector_id=sector[0], origin="user"))
        self._flush(batches)
        created = list(ids.values())
        # The rows were given their ids here: PostgreSQL's id sequences must continue after them.
        engines.after_bulk_copy(conn, [Initiative.__table__, Excerpt.__table__, FundingLine.__table__])
        if created:
            recompute_totals(conn, created)
            search.reindex(conn, created)
        rec.created = created
        return ids

    def _sector(self, r: ParsedRow) -> tuple[int, str] | None:
        """(id, slug) of the sector the row's sector cell names, if any."""
        return self.sectors.get(sector_key(r.sector)) if r.sector else None

    def _flush(self, batches: dict) -> None:
        """Insert the pending rows, parents first, straight through the driver's executemany:
        SQLAlchemy's per-row parameter processing was a third of the import's time."""
        for model, batch in batches.items():
            if batch:
                _bulk_insert(self.conn, model.__table__, batch)
                batch.clear()

    def _slug(self, title: str, taken: set[str]) -> str:
        base = f"user-{slugify(title)}"
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        return slug

    def _line(self, line_id: int, iid: int, r: ParsedRow, excerpt_id: int | None) -> dict:
        listed = r.start or r.announced
        year = listed.year if listed else None
        gbp_p, rate = self.rates.to_gbp_pence(r.amount, r.currency, year)
        return dict(id=line_id, initiative_id=iid, position=1, amount=str(r.amount),
                    amount_h=to_hundredths(r.amount), amount_max=None, currency=r.currency,
                    qualifier="exact", basis="total", period_years=None, side=r.side, scope="bilateral",
                    status="current", counted=True, contributor_id=self._org_id(r.funder) if r.funder else None,
                    stated=_stated(r), excerpt_id=excerpt_id, rate_year=year,
                    rate_id=rate.id if rate else None, gbp_p=gbp_p, note=_unit_note(r),
                    conv_amount=None, conv_currency=None, conv_qualifier=None, conv_stated=None,
                    origin="user")

    @staticmethod
    def _orgs(r: ParsedRow):
        if r.funder:
            yield r.funder, "funder", "funder"
        if r.lead:
            yield r.lead, "lead", "lead"
        for p in r.partners:
            yield p, "partner", "partners"

    def _org_id(self, org) -> int:
        key = org.slug or f"user-{slugify(org.name)}"
        if key in self.org_ids:
            return self.org_ids[key]
        conn = self.conn
        oid = conn.execute(select(Organisation.id).where(Organisation.slug == key)).scalar()
        if oid is None and not org.slug:
            oid = conn.execute(select(Organisation.id).where(func.lower(Organisation.name) == org.name.lower())
                               .order_by(Organisation.id)).scalar()
        if oid is None:
            entry = next((e for e in BUILT_IN if e.slug == org.slug), None) if org.slug else None
            entry = entry or GazetteerEntry(key, org.name, org.country or "", org.type or "other")
            oid = conn.execute(insert(Organisation).values(
                slug=entry.slug, name=entry.name, aliases="\n".join(entry.aliases), country=entry.country or "",
                type=entry.type, origin="user")).inserted_primary_key[0]
            self.receipt.created_org_ids.append(oid)
        self.org_ids[key] = oid
        return oid

    # -- updates, through the document importer's writer ----------------------------------------

    def _update(self, r: ParsedRow, span: _RowText, slug: str) -> None:
        sid, sslug, text = self.source
        plan = ImportPlan(source=SourceDraft(title=self.plan.table.file_name, publisher=self.plan.publisher,
                                             text=text), initiative=slug)
        sector = self._sector(r)
        if sector:
            plan.sectors.append(sector[1])
        resolution = None if self.plan.on_conflict == "stop" else self.plan.on_conflict
        cells = {f: (a, b, text[a:b]) for f, (a, b) in span.cells.items()}
        if r.amount is not None and "amount" in cells:
            a, b, line = cells["amount"]
            p = MoneyProposal(f"r{r.row_number}-amount", line, a, b, r.amount, None, r.currency, "exact",
                              "total", None, True, a, b, line, side=r.side)
            plan.money.append(AcceptedMoney(p, side=r.side, resolution=resolution, note=_unit_note(r),
                                            year=(r.start or r.announced).year if (r.start or r.announced) else None))
        for f, label in _DATE_LABELS.items():
            value = getattr(r, f)
            if value is not None and f in cells:
                a, b, line = cells[f]
                plan.dates.append(AcceptedDate(DateProposal(f"r{r.row_number}-{f}", line, a, b, value.value,
                                                            value.precision, note=r.date_notes.get(f),
                                                            sentence_start=a, sentence_end=b), label))
        done = set()
        for org, role, f in self._orgs(r):
            if f in cells and (org.name, role) not in done:
                done.add((org.name, role))
                a, b, line = cells[f]
                oid_slug = self._org_slug(org)
                plan.organisations.append(AcceptedOrganisation(
                    OrgProposal(f"r{r.row_number}-{role}", line, a, b, oid_slug, org.name, org.country,
                                org.type, org.slug is not None, a, b, line), role))
        try:
            receipt = _Writer(self.conn, plan, source=(sid, sslug, text), batch=self.batch).run()
        except ImportRejected as exc:
            raise ImportRejected(f"{self.plan.table.where(r.row_number)}: {exc}") from None
        self.receipt.parts.append(receipt.id)
        self.receipt.updated.append(slug)

    def _org_slug(self, org) -> str:
        """The slug of the organisation (created now if new), for the document writer."""
        oid = self._org_id(org)
        if oid not in self.org_slugs:
            self.org_slugs[oid] = self.conn.execute(select(Organisation.slug).where(Organisation.id == oid)).scalar()
        return self.org_slugs[oid]

    def _table_rows(self, rows: list[ParsedRow], spans: dict[int, _RowText], ini_ids: dict[int, int]) -> None:
        t, rec = self.plan.table, self.receipt
        slugs = {r.index: self.plan.action(r).slug for r in rows if self.plan.action(r).action == "update"}
        upd_ids = {s: i for s, i in self.conn.execute(select(Initiative.slug, Initiative.id).where(
            Initiative.slug.in_(list(set(slugs.values())))))} if slugs else {}
        batch = []
        for r in rows:
            if len(batch) == 5000:       # in slices: the cells' JSON of a big table is not held at once
                _bulk_insert(self.conn, TableRow.__table__, batch)
                batch.clear()
            span = spans[r.index]
            batch.append(dict(import_id=rec.id, source_id=rec.source_id,
                              initiative_id=ini_ids.get(r.index) or upd_ids.get(slugs.get(r.index)),
                              file_name=t.file_name, sheet=t.sheet, row_number=r.row_number,
                              identifier=r.identifier, text_start=span.start, text_end=span.end,
                              cells=json.dumps([[h, v] for h, v in zip(t.headers, r.cells) if v],
                                               ensure_ascii=False)))
        _bulk_insert(self.conn, TableRow.__table__, batch)


def _bulk_insert(conn: Connection, table, rows: list[dict]) -> None:
    engines.bulk_insert(conn, table, rows)


def _status(r: ParsedRow, today: date) -> str:
    if r.end is not None and r.end.last_day() < today:
        return "completed"
    if r.start is not None and r.start.first_day() <= today:
        return "active"
    return "announced"


def _stated(r: ParsedRow) -> str:
    header, cell = r.columns.get("amount", ""), r.cell("amount").strip()
    return f"{header}: {cell}" if header else cell


def _unit_note(r: ParsedRow) -> str | None:
    if r.unit == "units":
        return None
    return f"The table states this amount in {r.unit} of {r.currency} (column '{r.columns.get('amount')}')"


# --- listing and undo -------------------------------------------------------------------------

def list_table_imports(engine: Engine) -> list[TableReceipt]:
    with engine.connect() as conn:
        rows = conn.execute(select(Meta.value).where(Meta.key.like("table_import:%"))).scalars().all()
    return sorted((TableReceipt(**json.loads(v)) for v in rows), key=lambda r: r.id)


def undo_table_import(engine: Engine, number: int) -> TableReceipt:
    """Remove table import ``number`` entirely, in one transaction: its updates (newest first,
    restoring what they replaced), the initiatives it created, its rows, organisations and Source."""
    data_version.bump(engine)
    with write_transaction(engine) as conn, without_memory_map(conn):
        raw = conn.execute(select(Meta.value).where(Meta.key == f"table_import:{number}")).scalar()
        if raw is None:
            raise ImportRejected(f"no table import {number} to undo")
        rec = TableReceipt(**json.loads(raw))
        keys = [f"import:{part}" for part in rec.parts]
        parts = {k: v for chunk in range(0, len(keys), 900) for k, v in conn.execute(
            select(Meta.key, Meta.value).where(Meta.key.in_(keys[chunk:chunk + 900])))}
        refresh: set[int] = set()
        for part in reversed(rec.parts):
            if f"import:{part}" in parts:
                undo_receipt(conn, _receipt(json.loads(parts[f"import:{part}"])), refresh)
        conn.execute(delete(TableRow).where(TableRow.import_id == number))
        _delete_initiatives(conn, rec.created)
        refresh_all(conn, refresh - set(rec.created))
        for oid in rec.created_org_ids:
            used = conn.execute(select(func.count()).select_from(InitiativeOrganisation)
                                .where(InitiativeOrganisation.organisation_id == oid)).scalar()
            if not used:
                conn.execute(delete(Organisation).where(Organisation.id == oid))
        if rec.source_created:
            used = conn.execute(select(func.count()).select_from(Excerpt)
                                .where(Excerpt.source_id == rec.source_id)).scalar()
            if not used:
                conn.execute(delete(Source).where(Source.id == rec.source_id))
        conn.execute(delete(Meta).where(Meta.key == f"table_import:{number}"))
        data_version.stamp(conn)
    data_version.bump(engine)
    return rec


# Children first, one statement per table: letting ON DELETE CASCADE do it looks the children
# up once per initiative, several times slower for a 50,000-row import.
_CHILDREN = ("funding_lines", "initiative_dates", "initiative_organisations", "initiative_countries",
             "initiative_sectors", "excluded_figures", "excerpts")


def _delete_initiatives(conn: Connection, ids: list[int]) -> None:
    if not ids:
        return
    search.remove(conn, ids)
    rel = Relation.__table__
    conn.execute(delete(rel).where(or_(ids_in(rel.c.from_id, ids), ids_in(rel.c.to_id, ids))))
    for name in _CHILDREN:
        t = Initiative.metadata.tables[name]
        conn.execute(delete(t).where(ids_in(t.c.initiative_id, ids)))
    conn.execute(delete(Initiative).where(ids_in(Initiative.id, ids)))


# --- provenance for the detail pane ----------------------------------------------------------

@dataclass(frozen=True)
class CitedRow:
    file_name: str
    sheet: str | None
    row_number: int
    cells: list[tuple[str, str]]


def row_for_excerpt(engine: Engine, excerpt_id: int) -> CitedRow | None:
    """The table row an excerpt cites (None for an excerpt of a document)."""
    with engine.connect() as conn:
        e = conn.execute(select(Excerpt.source_id, Excerpt.start).where(Excerpt.id == excerpt_id)).first()
        if e is None:
            return None
        row = conn.execute(select(TableRow.file_name, TableRow.sheet, TableRow.row_number, TableRow.cells)
                           .where(TableRow.source_id == e.source_id, TableRow.text_start <= e.start,
                                  TableRow.text_end >= e.start)
                           .order_by(TableRow.text_start.desc()).limit(1)).first()
    if row is None:
        return None
    return CitedRow(row.file_name, row.sheet, row.row_number, [tuple(c) for c in json.loads(row.cells)])


__all__ = ["ACTIONS", "CitedRow", "ImportCancelled", "Match", "ON_CONFLICT",
           "TablePlan", "TableReceipt", "import_table", "list_table_imports", "match_rows",
           "row_for_excerpt", "undo_table_import"]
