"""Saving an imported document and the facts the user accepted from it.

One call, one transaction: the Source, then (optionally) an initiative, its funding lines,
dates, organisations, sectors and the excerpts that support them, with offsets exactly like
curated facts; GBP totals are recomputed and the search index refreshed. Any error rolls the
whole import back. Each import leaves a receipt (in ``meta`` under ``import:N``) listing what it
added or changed, so ``undo_import`` can take exactly that away again.

Conventions that keep user rows apart from curated ones: sources, initiatives and
organisations carry ``origin = 'user'`` and slugs starting ``user-``; every excerpt, funding line,
date, organisation link, sector and country an import writes carries ``origin = 'user'`` too, so
a dataset upgrade (``store.build``) keeps it even on a curated initiative; excerpts a user import
adds have keys ``uN-k`` (N = the import's number).
"""
from __future__ import annotations

import dataclasses

import json
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from ..core.dates import PartialDate
from ..core.extract.dates import DateProposal
from ..core.extract.money import MoneyProposal
from ..core.extract.organisations import GazetteerEntry, OrgProposal
from ..core.extract.propose import Proposals
from ..core.extract.readers import Document, text_sha256
from ..core.extract.sentences import SentenceIndex
from ..core.funding_text import counts_in_totals
from ..core.money import to_hundredths
from ..core.vocab import BASES, KINDS, LINE_STATUSES, QUALIFIERS, ROLES, SCOPES, SIDES, STATUSES
from . import data_version, search
from .build import recompute_totals, refresh_list_date
from .database import refuse_if_read_only
from .engines import announce_change, current_user
from .models import (Excerpt, FundingLine, Initiative, InitiativeCountry, InitiativeDate,
                     InitiativeOrganisation, InitiativeSector, Meta, Organisation, Sector, Source)
from .rates import RateTable

DATE_LABELS = ("announced", "started", "ended")
RESOLUTIONS = ("add", "corroborate", "supersede", "keep_both", "skip")


class ImportRejected(Exception):
    """The import cannot be written as asked; ``str()`` is one line; nothing was written."""


# --- what the caller hands in ----------------------------------------------------------------

@dataclass
class SourceDraft:
    """The Source row to write; pre-filled from the content, editable before saving."""
    title: str
    publisher: str
    text: str
    date_value: str | None = None
    date_precision: str = "unknown"
    date_note: str | None = None
    url: str | None = None
    attribution: str = ""
    original_name: str | None = None

    @classmethod
    def from_document(cls, doc: Document, meta) -> "SourceDraft":
        """``meta`` is a ``core.extract.propose.SourceMeta``."""
        return cls(title=meta.title, publisher=meta.publisher, text=doc.text,
                   date_value=meta.date, date_precision=meta.date_precision,
                   date_note=meta.date_note, url=meta.url, original_name=doc.original_name)


@dataclass
class AcceptedMoney:
    proposal: MoneyProposal
    side: str | None = None            # overrides the proposal's side
    contributor: str | None = None     # organisation slug
    scope: str | None = None           # default: bilateral, or non_funding if not funding
    status: str = "current"
    qualifier: str | None = None
    basis: str | None = None
    period_years: int | None = None
    amount: Decimal | None = None
    amount_min: Decimal | None = None
    currency: str | None = None
    year: int | None = None            # rate year; default: the initiative's or source's year
    note: str | None = None
    conversion: MoneyProposal | None = None   # the in-text conversion, stored beside it
    resolution: str | None = None      # how to treat a corroborating/conflicting figure


@dataclass
class AcceptedDate:
    proposal: DateProposal
    label: str                          # announced, started, ended
    value: str | None = None            # overrides the proposal's value (PartialDate value)
    note: str | None = None


@dataclass
class AcceptedOrganisation:
    proposal: OrgProposal
    role: str = "participant"
    entry: GazetteerEntry | None = None   # for an organisation not yet in the database


@dataclass
class NewInitiative:
    name: str
    kind: str = "other"
    status: str = "announced"
    summary: str = ""
    sectors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    bilateral: bool = False


@dataclass
class ImportPlan:
    source: SourceDraft
    initiative: str | NewInitiative | None = None   # existing slug, a new one, or none
    money: list[AcceptedMoney] = field(default_factory=list)
    dates: list[AcceptedDate] = field(default_factory=list)
    organisations: list[AcceptedOrganisation] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    gazetteer: dict[str, GazetteerEntry] = field(default_factory=dict)   # slug → entry


def accept_money(proposals: Proposals, pid: str, **overrides) -> AcceptedMoney:
    """An ``AcceptedMoney`` for proposal ``pid`` with its in-text conversion attached."""
    p = proposals.by_id(pid)
    conv = proposals.by_id(p.conversion) if p.conversion else None
    return AcceptedMoney(p, conversion=conv, **overrides)


# --- what comes back -------------------------------------------------------------------------

@dataclass
class RecordedFigure:
    line_id: int
    amount: str
    amount_max: str | None
    currency: str
    side: str
    qualifier: str
    basis: str
    status: str
    stated: str
    excerpt: str | None
    source_title: str | None


@dataclass
class FigureCheck:
    proposal_id: str
    status: str                         # new, corroborates, conflicts
    recorded: list[RecordedFigure]


@dataclass
class ImportReceipt:
    id: int
    source_id: int
    source_slug: str
    source_created: bool
    initiative_id: int | None = None
    initiative_slug: str | None = None
    initiative_created: bool = False
    funding_line_ids: list[int] = field(default_factory=list)
    excerpt_ids: list[int] = field(default_factory=list)
    dates_added: list[str] = field(default_factory=list)
    dates_replaced: list[dict] = field(default_factory=list)
    sector_ids: list[int] = field(default_factory=list)
    org_links: list[list] = field(default_factory=list)     # [organisation_id, role]
    created_org_ids: list[int] = field(default_factory=list)
    superseded_line_ids: list[int] = field(default_factory=list)
    corroborated_line_ids: list[int] = field(default_factory=list)
    checks: list[FigureCheck] = field(default_factory=list)
    # the stated figures kept without a GBP figure: their currency has no exchange rate in the database ("NZ $7
    # million"); each line says so and is left out of the GBP totals (empty in receipts written before session 38)
    unconverted: list[str] = field(default_factory=list)
    # set by store.build: the curated initiative left the dataset and was kept for the user's facts
    initiative_retired: bool = False
    # the table import (store.table_import) this receipt is one row of; undone with it, not alone
    table_import: int | None = None
    # who imported it (the team database's role, or this computer's user) and when (UTC);
    # empty in receipts written before these were recorded
    by: str = ""
    at: str = ""


# --- sources ---------------------------------------------------------------------------------

def find_source_by_text(conn: Connection, text: str) -> tuple[int, str] | None:
    row = conn.execute(select(Source.id, Source.slug).where(Source.sha256 == text_sha256(text))).first()
    return (row.id, row.slug) if row else None


def slugify(text: str, limit: int = 50) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:limit].rstrip("-") or "document"


def _save_source(conn: Connection, d: SourceDraft) -> tuple[int, str, bool]:
    found = find_source_by_text(conn, d.text)
    if found:
        return found[0], found[1], False
    if not d.title.strip():
        raise ImportRejected("the source needs a title")
    if d.date_value:
        try:
            PartialDate.parse(d.date_value, d.date_precision if d.date_precision != "unknown" else None)
        except ValueError as exc:
            raise ImportRejected(f"source date: {exc}") from None
    sha = text_sha256(d.text)
    slug = f"user-{slugify(d.title)}-{sha[:8]}"
    attribution = d.attribution or ", ".join(x for x in (f"“{d.title}”", d.publisher, d.date_value or "undated", d.url) if x)
    sid = conn.execute(insert(Source).values(
        slug=slug, title=d.title, publisher=d.publisher or "Not stated", date_value=d.date_value,
        date_precision=d.date_precision if d.date_value else "unknown", date_note=d.date_note,
        url=d.url, attribution=attribution, text=d.text, sha256=sha,
        original_name=d.original_name, origin="user")).inserted_primary_key[0]
    return sid, slug, True


# --- corroboration and conflict --------------------------------------------------------------

def _recorded(conn: Connection, initiative_id: int) -> list[RecordedFigure]:
    f = FundingLine
    rows = conn.execute(
        select(f.id, f.amount, f.amount_max, f.currency, f.side, f.qualifier, f.basis, f.status,
               f.stated, Excerpt.text, Source.title)
        .select_from(f)
        .outerjoin(Excerpt, Excerpt.id == f.excerpt_id)
        .outerjoin(Source, Source.id == Excerpt.source_id)
        .where(f.initiative_id == initiative_id).order_by(f.position)).all()
    return [RecordedFigure(*row) for row in rows]


def _check(p: MoneyProposal, side: str | None, recorded: list[RecordedFigure]) -> FigureCheck:
    same_currency = [r for r in recorded if r.currency == p.currency and r.status == "current"]
    equal = [r for r in same_currency if Decimal(r.amount) == p.amount or
             (r.amount_max is not None and Decimal(r.amount_max) == p.amount)]
    if equal and (side is None or any(r.side == side for r in equal)):
        return FigureCheck(p.id, "corroborates", [r for r in equal if side is None or r.side == side])
    if side is not None:
        rivals = [r for r in same_currency if r.side == side]
    else:   # without a side only a lone recorded figure is clearly the same fact
        rivals = same_currency if len(same_currency) == 1 else []
    if rivals:
        return FigureCheck(p.id, "conflicts", rivals)
    return FigureCheck(p.id, "new", [])


def _as_edited(a: AcceptedMoney) -> MoneyProposal:
    p = a.proposal
    if a.amount is None and a.currency is None:
        return p
    return dataclasses.replace(p, amount=a.amount if a.amount is not None else p.amount,
                               amount_min=a.amount_min if a.amount is not None else p.amount_min,
                               currency=a.currency or p.currency)


def check_figures(engine: Engine, initiative_slug: str, money: list[MoneyProposal | AcceptedMoney]
                  ) -> list[FigureCheck]:
    """For the review view: does each figure corroborate or contradict what is recorded?"""
    with engine.connect() as conn:
        ini_id = conn.execute(select(Initiative.id).where(Initiative.slug == initiative_slug)).scalar()
        if ini_id is None:
            raise ImportRejected(f"no initiative with slug {initiative_slug!r}")
        recorded = _recorded(conn, ini_id)
    out = []
    for m in money:
        if isinstance(m, AcceptedMoney):
            # the figure as the user corrected it in the review, not as first read
            p, side = _as_edited(m), m.side or m.proposal.side
        else:
            p, side = m, m.side
        out.append(_check(p, side, recorded))
    return out


# --- the import ------------------------------------------------------------------------------

def import_document(engine: Engine, plan: ImportPlan) -> ImportReceipt:
    """Write the plan in one transaction and return its receipt (see ``undo_import``)."""
    _validate(plan)
    refuse_if_read_only(engine)
    data_version.bump(engine)
    # The writers' lock first: two members importing into a team database at once would
    # otherwise both take the same import number.
    with engine.execution_options(write_lock_first=True).begin() as conn:
        receipt = _Writer(conn, plan).run()
        announce_change(conn, "import")
        data_version.stamp(conn)
    data_version.bump(engine)
    return receipt


def _validate(plan: ImportPlan) -> None:
    text = plan.source.text
    if not text.strip():
        raise ImportRejected("the document has no text")
    facts = [*plan.money, *plan.dates, *plan.organisations]
    for a in facts:
        p = a.proposal
        if not (0 <= p.start < p.end <= len(text)) or text[p.start:p.end] != p.text:
            raise ImportRejected(f"proposal {p.id} does not match the document's text at {p.start}–{p.end}")
    if facts and plan.initiative is None:
        raise ImportRejected("accepted facts need an initiative: an existing slug or a new one")
    for a in plan.money:
        side = a.side or a.proposal.side
        if a.proposal.converted_from:
            raise ImportRejected(f"{a.proposal.id} ({a.proposal.text!r}) restates {a.proposal.converted_from} "
                                 "in another currency; accept that figure instead")
        if side not in SIDES:
            raise ImportRejected(f"{a.proposal.id} ({a.proposal.text!r}) needs a side: {', '.join(SIDES)}")
        for name, value, allowed in (("qualifier", a.qualifier, QUALIFIERS), ("basis", a.basis, BASES),
                                     ("scope", a.scope, SCOPES), ("status", a.status, LINE_STATUSES),
                                     ("resolution", a.resolution, RESOLUTIONS)):
            if value is not None and value not in allowed:
                raise ImportRejected(f"{a.proposal.id}: {name} {value!r} is not one of {', '.join(allowed)}")
    for d in plan.dates:
        if d.label not in DATE_LABELS:
            raise ImportRejected(f"{d.proposal.id}: date label {d.label!r} is not one of {', '.join(DATE_LABELS)}")
        try:
            PartialDate.parse(d.value or d.proposal.value)
        except ValueError as exc:
            raise ImportRejected(f"{d.proposal.id}: {exc}") from None
    if len({d.label for d in plan.dates}) != len(plan.dates):
        raise ImportRejected("each date label (announced, started, ended) can be accepted once")
    for o in plan.organisations:
        if o.role not in ROLES:
            raise ImportRejected(f"{o.proposal.id}: role {o.role!r} is not one of {', '.join(ROLES)}")
    ini = plan.initiative
    if isinstance(ini, NewInitiative):
        if not ini.name.strip():
            raise ImportRejected("the new initiative needs a name")
        if ini.kind not in KINDS or ini.status not in STATUSES:
            raise ImportRejected(f"kind must be one of {', '.join(KINDS)}; status one of {', '.join(STATUSES)}")


def next_import_number(conn: Connection) -> int:
    """The next import number (document and table imports share one sequence)."""
    keys = conn.execute(select(Meta.key).where(Meta.key.like("import:%"))).scalars().all()
    nums = [int(k.split(":", 1)[1]) for k in keys if k.split(":", 1)[1].isdigit()]
    last = int(conn.execute(select(Meta.value).where(Meta.key == "import_last")).scalar() or 0)
    n = max([last, *nums]) + 1
    exists = conn.execute(select(Meta.key).where(Meta.key == "import_last")).first()
    stmt = update(Meta).where(Meta.key == "import_last").values(value=str(n)) if exists else \
        insert(Meta).values(key="import_last", value=str(n))
    conn.execute(stmt)
    return n


class WriteBatch:
    """Many receipts written in one transaction (a table import's updates, one per row): the
    work that is the same for all of them is done once. The exchange rates are loaded once;
    import numbers are counted on from the first; each initiative's GBP totals, list date and
    search entry are recomputed once, and the receipts inserted together, in ``finish``
    (before it the database lacks them: call it before the transaction ends). A receipt
    written so belongs to ``table_import`` and is undone with it."""

    def __init__(self, conn: Connection, table_import: int):
        self.conn, self.table_import = conn, table_import
        self.rates = RateTable.load(conn)
        self.initiative_ids: set[int] = set()
        self.receipts: list[dict] = []
        self._last: int | None = None

    def next_number(self) -> int:
        self._last = next_import_number(self.conn) if self._last is None else self._last + 1
        return self._last

    def finish(self) -> None:
        conn = self.conn
        refresh_all(conn, self.initiative_ids)
        if self.receipts:
            conn.execute(insert(Meta), self.receipts)
        if self._last is not None:
            conn.execute(update(Meta).where(Meta.key == "import_last").values(value=str(self._last)))


class _Writer:
    # The per-fact inserts name the tables, not the ORM classes: the same statements without
    # the ORM's per-statement parameter processing (a table import runs them for every row).
    def __init__(self, conn: Connection, plan: ImportPlan, source: tuple[int, str, str] | None = None,
                 batch: WriteBatch | None = None):
        """``source`` = (id, slug, text) of a Source already written in this transaction (a table
        import's), so a big text is not hashed and read back once per row; ``batch`` defers
        the work many receipts share (``WriteBatch``)."""
        self.conn, self.plan, self.source, self.batch = conn, plan, source, batch
        self.excerpt_keys: dict[tuple[int, int], int] = {}
        self.n_excerpts = 0
        self._rates = batch.rates if batch else None
        self._sentences: SentenceIndex | None = None   # built when a figure has further mentions

    def run(self) -> ImportReceipt:
        conn, plan, batch = self.conn, self.plan, self.batch
        number = batch.next_number() if batch else next_import_number(conn)
        if self.source is not None:
            (sid, sslug, self.source_text), created = self.source, False
        else:
            sid, sslug, created = _save_source(conn, plan.source)
            self.source_text = conn.execute(select(Source.text).where(Source.id == sid)).scalar()
        self.source_id = sid
        r = self.receipt = ImportReceipt(
            number, sid, sslug, created, by=current_user(conn),
            at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        if plan.initiative is not None:
            self._initiative()
            recorded = _recorded(conn, r.initiative_id)
            for a in plan.money:
                self._money(a, recorded)
            for d in plan.dates:
                self._date(d)
            for o in plan.organisations:
                oid = self._org_id(o.proposal.slug, o.entry, o.proposal)
                self._link_org(oid, o.role, self._excerpt(o.proposal))
            for slug in plan.sectors:
                self._sector(slug)
            if batch:
                batch.initiative_ids.add(r.initiative_id)
            else:
                refresh_all(conn, [r.initiative_id])
        if batch:
            r.table_import = batch.table_import
            batch.receipts.append({"key": f"import:{number}", "value": _stored(r)})
        else:
            conn.execute(insert(Meta).values(key=f"import:{number}", value=_stored(r)))
        return r

    @property
    def rates(self) -> RateTable:
        if self._rates is None:
            self._rates = RateTable.load(self.conn)
        return self._rates

    def _initiative(self) -> None:
        conn, ini, r = self.conn, self.plan.initiative, self.receipt
        if isinstance(ini, str):
            row = conn.execute(select(Initiative.id, Initiative.slug).where(Initiative.slug == ini)).first()
            if row is None:
                raise ImportRejected(f"no initiative with slug {ini!r} (try `ukjp-desktop list`)")
            r.initiative_id, r.initiative_slug = row.id, row.slug
            return
        base = f"user-{slugify(ini.name)}"
        slug, n = base, 1
        while conn.execute(select(Initiative.id).where(Initiative.slug == slug)).first():
            n += 1
            slug = f"{base}-{n}"
        r.initiative_id = conn.execute(insert(Initiative).values(
            slug=slug, name=ini.name.strip(), kind=ini.kind, status=ini.status, summary=ini.summary,
            bilateral=ini.bilateral, origin="user")).inserted_primary_key[0]
        r.initiative_slug, r.initiative_created = slug, True
        for s in ini.sectors:
            self._sector(s)
        countries = list(dict.fromkeys(ini.countries))
        for c in countries:
            conn.execute(insert(InitiativeCountry).values(initiative_id=r.initiative_id, country=c,
                                                          origin="user"))

    def _excerpt(self, p) -> int:
        """The sentence around a proposal, as an excerpt of the source (reused if present)."""
        start, end = p.sentence_start, p.sentence_end
        if not (0 <= start < end <= len(self.source_text)):
            start, end = p.start, p.end
        return self._excerpt_at(start, end)

    def _mention_excerpts(self, p) -> None:
        """The sentences of a figure's other mentions (a headline repeated in the body), each as
        an excerpt of its own, so every place the document states the figure is cited."""
        for start, end in getattr(p, "evidence", None) or ():
            if (start, end) == (p.start, p.end) or not (0 <= start < end <= len(self.source_text)):
                continue
            if self._sentences is None:
                self._sentences = SentenceIndex(self.source_text)
            s = self._sentences.containing(start, end)
            self._excerpt_at(s.start, s.end)

    def _excerpt_at(self, start: int, end: int) -> int:
        key = (start, end)
        if key in self.excerpt_keys:
            return self.excerpt_keys[key]
        ini_id = self.receipt.initiative_id
        existing = self.conn.execute(select(Excerpt.id).where(
            Excerpt.initiative_id == ini_id, Excerpt.source_id == self.source_id,
            Excerpt.start == start, Excerpt.end == end)).scalar()
        if existing is None:
            self.n_excerpts += 1
            existing = self.conn.execute(insert(Excerpt.__table__).values(
                initiative_id=ini_id, source_id=self.source_id, key=f"u{self.receipt.id}-{self.n_excerpts}",
                start=start, end=end, text=self.source_text[start:end], origin="user")).inserted_primary_key[0]
            self.receipt.excerpt_ids.append(existing)
        self.excerpt_keys[key] = existing
        return existing

    def _money(self, a: AcceptedMoney, recorded: list[RecordedFigure]) -> None:
        conn, r, p = self.conn, self.receipt, a.proposal
        side = a.side or p.side
        check = _check(_as_edited(a), side, recorded)
        r.checks.append(check)
        resolution = a.resolution
        if resolution is None:
            if check.status == "conflicts":
                figures = "; ".join(f"{x.stated} ({x.side})" for x in check.recorded)
                raise ImportRejected(f"{p.id} ({p.text!r}) conflicts with the recorded {figures}: "
                                     "choose supersede, keep_both or skip")
            resolution = "corroborate" if check.status == "corroborates" else "add"
        if resolution == "skip":
            return
        excerpt_id = self._excerpt(p)
        self._mention_excerpts(p)
        if resolution == "corroborate":
            r.corroborated_line_ids.extend(x.line_id for x in check.recorded)
            return
        if resolution == "supersede":
            for x in check.recorded:
                conn.execute(update(FundingLine).where(FundingLine.id == x.line_id)
                             .values(status="superseded", counted=False))
                r.superseded_line_ids.append(x.line_id)
        amount = a.amount if a.amount is not None else p.amount
        amount_min = a.amount_min if a.amount_min is not None else p.amount_min
        currency = a.currency or p.currency
        # (a figure the word model unticked is still the rules' funding: the user accepting it one by one says so)
        scope = a.scope or ("bilateral" if p.is_funding or p.funding_doubt else "non_funding")
        year = a.year or self._default_year()
        # A range is stored as its lower bound with the upper as amount_max, like the dataset,
        # and counted (converted) at its lower bound as the dataset's build does.
        low = amount_min if amount_min is not None else amount
        try:
            gbp_p, rate = self.rates.to_gbp_pence(low, currency, year)
        except LookupError:
            # a currency the rate table does not hold (the extractor reads the New Zealand dollar, the rupee ...):
            # the figure is kept as stated, with no pounds beside it (the line's mark says why), and not counted, so
            # that no total mixes it in
            gbp_p, rate = 0, None
            r.unconverted.append(p.text)
        position = (conn.execute(select(func.max(FundingLine.position))
                                 .where(FundingLine.initiative_id == r.initiative_id)).scalar() or 0) + 1
        # the proposed payer only while the proposed side stands: a figure the reviewer moved to another side ("£4.5m
        # from EPSRC" re-marked as Japan's) does not keep EPSRC as its contributor behind their back
        proposed = p.contributor if a.side is None or a.side == p.side else None
        contributor = a.contributor or proposed
        contributor_id = self._org_id(contributor, None, None) if contributor else None
        conv = a.conversion
        line_id = conn.execute(insert(FundingLine.__table__).values(
            initiative_id=r.initiative_id, position=position, amount=str(low),
            amount_h=to_hundredths(low), amount_max=str(amount) if amount_min is not None else None,
            currency=currency, qualifier=a.qualifier or p.qualifier, basis=a.basis or p.basis,
            period_years=a.period_years or p.period_years, side=side, scope=scope, status=a.status,
            counted=counts_in_totals(a.status, scope, currency, rate is not None),
            contributor_id=contributor_id,
            stated=p.text, excerpt_id=excerpt_id, rate_year=year, rate_id=rate.id if rate else None,
            gbp_p=gbp_p, note=a.note,
            conv_amount=str(conv.amount) if conv else None, conv_currency=conv.currency if conv else None,
            conv_qualifier=conv.qualifier if conv else None, conv_stated=conv.text if conv else None,
            origin="user")).inserted_primary_key[0]
        r.funding_line_ids.append(line_id)
        if contributor_id is not None:
            self._link_org(contributor_id, "funder", excerpt_id)

    def _default_year(self) -> int | None:
        d = self.conn.execute(select(Initiative.announced_year).where(Initiative.id == self.receipt.initiative_id)).scalar()
        if d:
            return d
        value = self.conn.execute(select(Source.date_value).where(Source.id == self.source_id)).scalar()
        return int(value[:4]) if value else None

    def _date(self, d: AcceptedDate) -> None:
        conn, r = self.conn, self.receipt
        pd = PartialDate.parse(d.value or d.proposal.value)
        t = InitiativeDate
        old = conn.execute(select(t.label, t.value, t.precision, t.note, t.excerpt_id, t.origin).where(
            t.initiative_id == r.initiative_id, t.label == d.label)).first()
        if old is not None:
            r.dates_replaced.append({"label": old.label, "value": old.value, "precision": old.precision,
                                     "note": old.note, "excerpt_id": old.excerpt_id, "origin": old.origin})
            conn.execute(delete(InitiativeDate).where(InitiativeDate.initiative_id == r.initiative_id,
                                                      InitiativeDate.label == d.label))
        else:
            r.dates_added.append(d.label)
        conn.execute(insert(InitiativeDate.__table__).values(
            initiative_id=r.initiative_id, label=d.label, value=pd.value, precision=pd.precision,
            note=d.note or d.proposal.note, excerpt_id=self._excerpt(d.proposal), origin="user"))

    def _org_id(self, slug: str | None, entry: GazetteerEntry | None, p: OrgProposal | None) -> int:
        conn = self.conn
        if slug:
            oid = conn.execute(select(Organisation.id).where(Organisation.slug == slug)).scalar()
            if oid is not None:
                return oid
        entry = entry or (self.plan.gazetteer.get(slug) if slug else None)
        if entry is None and slug:
            from ..core.extract.organisations import BUILT_IN
            entry = next((e for e in BUILT_IN if e.slug == slug), None)
        if entry is None:
            if p is None:
                raise ImportRejected(f"unknown organisation {slug!r}")
            entry = GazetteerEntry(f"user-{slugify(p.text)}", p.text, p.country or "", p.type or "other")
            oid = conn.execute(select(Organisation.id).where(Organisation.slug == entry.slug)).scalar()
            if oid is not None:
                return oid
        oid = conn.execute(insert(Organisation).values(
            slug=entry.slug, name=entry.name, aliases="\n".join(entry.aliases), country=entry.country or "",
            type=entry.type, origin="user")).inserted_primary_key[0]
        self.receipt.created_org_ids.append(oid)
        return oid

    def _link_org(self, oid: int, role: str, excerpt_id: int | None) -> None:
        r = self.receipt
        exists = self.conn.execute(select(InitiativeOrganisation.organisation_id).where(
            InitiativeOrganisation.initiative_id == r.initiative_id,
            InitiativeOrganisation.organisation_id == oid, InitiativeOrganisation.role == role)).first()
        if not exists:
            self.conn.execute(insert(InitiativeOrganisation.__table__).values(
                initiative_id=r.initiative_id, organisation_id=oid, role=role, excerpt_id=excerpt_id,
                origin="user"))
            r.org_links.append([oid, role])

    def _sector(self, slug: str) -> None:
        r = self.receipt
        sid = self.conn.execute(select(Sector.id).where(Sector.slug == slug)).scalar()
        if sid is None:
            raise ImportRejected(f"unknown sector {slug!r}")
        exists = self.conn.execute(select(InitiativeSector.sector_id).where(
            InitiativeSector.initiative_id == r.initiative_id, InitiativeSector.sector_id == sid)).first()
        if not exists:
            self.conn.execute(insert(InitiativeSector.__table__).values(initiative_id=r.initiative_id, sector_id=sid,
                                                              origin="user"))
            r.sector_ids.append(sid)


# --- undo ------------------------------------------------------------------------------------

_STORED_RECEIPT_FIELDS = frozenset(f.name for f in fields(ImportReceipt)) - {"unconverted"}


def _stored(r: ImportReceipt) -> str:
    """The receipt as the import log keeps it: without what is only told straight after the import (``unconverted``),
    so that an older copy of the application sharing the database can still read it back."""
    return json.dumps({k: v for k, v in asdict(r).items() if k in _STORED_RECEIPT_FIELDS})


def _receipt(d: dict) -> ImportReceipt:
    checks = [FigureCheck(c["proposal_id"], c["status"], [RecordedFigure(**x) for x in c["recorded"]])
              for c in d.pop("checks", [])]
    # (a field a newer copy of the application wrote is left out, not a TypeError)
    return ImportReceipt(**{k: v for k, v in d.items() if k in _STORED_RECEIPT_FIELDS}, checks=checks)


def undo_import(engine: Engine, import_id: int) -> ImportReceipt:
    """Remove what import ``import_id`` added and restore what it replaced, in one transaction."""
    refuse_if_read_only(engine)
    data_version.bump(engine)
    with engine.execution_options(write_lock_first=True).begin() as conn:
        announce_change(conn, "import")
        raw = conn.execute(select(Meta.value).where(Meta.key == f"import:{import_id}")).scalar()
        if raw is None:
            raise ImportRejected(f"no import {import_id} to undo")
        r = _receipt(json.loads(raw))
        if r.table_import is not None:
            raise ImportRejected(f"import {import_id} is one row of table import {r.table_import}: "
                                 f"undo that (ukjp-desktop import-table --undo {r.table_import})")
        undo_receipt(conn, r)
        data_version.stamp(conn)
    data_version.bump(engine)
    return r


def undo_receipt(conn: Connection, r: ImportReceipt, refresh: set[int] | None = None) -> None:
    """``undo_import``'s work inside the caller's transaction (a table import undoes its rows).
    With ``refresh``, the initiative whose totals, list date and search entry must be
    recomputed is added to it, for the caller to do once for many receipts (``refresh_all``)."""
    ini = r.initiative_id
    # Only rows that are still the user's: a fact the dataset has since stated itself became
    # curated (store.build) and stays.
    if r.funding_line_ids:
        conn.execute(delete(FundingLine).where(FundingLine.id.in_(r.funding_line_ids),
                                               FundingLine.origin == "user"))
    for line_id in r.superseded_line_ids:
        row = conn.execute(select(FundingLine.scope, FundingLine.currency, FundingLine.rate_id)
                           .where(FundingLine.id == line_id)).one_or_none()
        if row is None:
            continue
        conn.execute(update(FundingLine).where(FundingLine.id == line_id)
                     .values(status="current", counted=counts_in_totals("current", row.scope, row.currency,
                                                              row.rate_id is not None)))
    if ini is not None and not r.initiative_created:
        D = InitiativeDate
        for label in r.dates_added:
            conn.execute(delete(D).where(D.initiative_id == ini, D.label == label, D.origin == "user"))
        for old in r.dates_replaced:
            conn.execute(delete(D).where(D.initiative_id == ini, D.label == old["label"],
                                         D.origin == "user"))
            if conn.execute(select(D.label).where(D.initiative_id == ini,
                                                  D.label == old["label"])).first() is None:
                conn.execute(insert(D).values(initiative_id=ini, **_restorable_date(conn, ini, old)))
        for oid, role in r.org_links:
            conn.execute(delete(InitiativeOrganisation).where(
                InitiativeOrganisation.initiative_id == ini, InitiativeOrganisation.origin == "user",
                InitiativeOrganisation.organisation_id == oid, InitiativeOrganisation.role == role))
        for sid in r.sector_ids:
            conn.execute(delete(InitiativeSector).where(InitiativeSector.initiative_id == ini,
                                                        InitiativeSector.sector_id == sid,
                                                        InitiativeSector.origin == "user"))
    if r.excerpt_ids:
        conn.execute(delete(Excerpt).where(Excerpt.id.in_(r.excerpt_ids), Excerpt.origin == "user"))
    # A retired curated initiative kept only for the user's facts goes with the last of them.
    drop = r.initiative_created or (r.initiative_retired and _only_kept_for_user_facts(conn, ini))
    if ini is not None:
        if drop:
            conn.execute(delete(Initiative).where(Initiative.id == ini))
            search.remove(conn, [ini])
        elif refresh is not None:
            refresh.add(ini)
        else:
            refresh_all(conn, [ini])
    for oid in r.created_org_ids:
        used = conn.execute(select(func.count()).select_from(InitiativeOrganisation)
                            .where(InitiativeOrganisation.organisation_id == oid)).scalar()
        if not used:
            conn.execute(delete(Organisation).where(Organisation.id == oid))
    if r.source_created:
        used = conn.execute(select(func.count()).select_from(Excerpt)
                            .where(Excerpt.source_id == r.source_id)).scalar()
        if not used:
            conn.execute(delete(Source).where(Source.id == r.source_id))
    conn.execute(delete(Meta).where(Meta.key == f"import:{r.id}"))


def refresh_all(conn: Connection, initiative_ids) -> None:
    """GBP totals, list date and search entry of initiatives whose facts changed."""
    ids = sorted(initiative_ids)
    if ids:
        recompute_totals(conn, ids)
        for iid in ids:
            refresh_list_date(conn, iid)
        search.reindex(conn, ids)


def _restorable_date(conn: Connection, initiative_id: int, old: dict) -> dict:
    """A date a receipt replaced, ready to insert again. Receipts written before migration 0004
    do not say whose date it was: it was the user's if its excerpt is."""
    row = {k: old.get(k) for k in ("label", "value", "precision", "note", "excerpt_id")}
    excerpt = conn.execute(select(Excerpt.origin).where(
        Excerpt.id == row["excerpt_id"], Excerpt.initiative_id == initiative_id)).first() \
        if row["excerpt_id"] is not None else None
    if excerpt is None:
        row["excerpt_id"] = None        # its excerpt is gone: keep the date, without the citation
    row["origin"] = old.get("origin") or (excerpt.origin if excerpt is not None else "curated")
    return row


def _only_kept_for_user_facts(conn: Connection, initiative_id: int) -> bool:
    """A retired curated initiative (still a user one) with no facts left."""
    if conn.execute(select(Initiative.origin).where(Initiative.id == initiative_id)).scalar() != "user":
        return False
    for model in (Excerpt, FundingLine, InitiativeDate, InitiativeOrganisation, InitiativeSector,
                  InitiativeCountry):
        t = model.__table__
        if conn.execute(select(t.c.initiative_id).where(t.c.initiative_id == initiative_id).limit(1)).first():
            return False
    return True
