"""The one query interface over the knowledge base (``Catalog``), returning plain records from
``core.records``.

Everything that filters goes through ``filtering.conditions``; nothing here builds its own
WHERE clause from a Filter.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import replace
from decimal import Decimal
from time import perf_counter
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, Select, distinct, exists, func, select

from ..core.dates import PartialDate
from ..core.filters import FACETS, SORT_COLUMNS, Filter, FilterError
from ..core.export import RowBatch
from ..core.records import FacetCounts, FacetValue, InitiativeDetail, InitiativeRow
from ..core.search_syntax import parse_query
from . import cancelling, data_version, details, engines, search
from .cancelling import CancelToken, QueryCancelled  # noqa: F401 - part of the interface
from .annotations import visible_marks
from .engines import concat_agg
from .export_rows import BATCH as EXPORT_BATCH, iter_row_batches
from .filtering import I, conditions, filtered_ids
from .details import pence
from .models import (Annotation, AnnotationTag, Excerpt, FundingLine, InitiativeCountry,
                     InitiativeDate, InitiativeOrganisation, InitiativeSector, Meta, Organisation,
                     Sector, Source, Tag)

if TYPE_CHECKING:  # numpy is imported only when a snapshot is loaded (command-line start-up)
    from .facet_snapshot import FacetSnapshot

log = logging.getLogger(__name__)


class NotFound(LookupError):
    pass


_SORT_EXPR = {
    "name": func.lower(I.c.name),
    "kind": I.c.kind,
    "status": I.c.status,
    "announced": I.c.announced_sort,
    "uk_gbp": I.c.uk_gbp_p,
    "japan_gbp": I.c.japan_gbp_p,
    "total_gbp": I.c.total_gbp_p,
    "sources": I.c.n_sources,
}


# The one rule for the in-memory snapshot: from this many initiatives on, ``Catalog.prepare``
# loads it. Below, SQL answers every facet pass in a few ms; above, it takes 100-300 ms at 100k.
SNAPSHOT_FROM = 5_000


class Catalog:
    """The one query interface over an open database: the list, the facets, the funding totals
    and the chart aggregates (``store.chart_data`` turns those into series) are asked of it.

    Which engine answers is this class's private business, chosen by one rule: the in-memory
    facet snapshot (``store.facet_snapshot``) is loaded by ``prepare()`` when the database
    holds at least ``SNAPSHOT_FROM`` (5,000) initiatives. The window calls ``prepare()`` off the
    UI thread after its first list (about 1 s at 100,000 initiatives); the command line answers
    one question per process and does not call it, as a load would cost more than it saves.
    Until the snapshot is loaded, once it is stale (a dataset applied or a document imported
    since, see ``store.data_version``; it is then dropped), and for anything it cannot answer
    (search ranking, sorts other than the default, details, the lines behind one bar), SQL
    answers. Both engines give identical results (tests/test_agreement.py and
    tests/test_facet_snapshot.py compare them); the snapshot is 10-250x faster at 100,000
    initiatives (docs/performance.md). ``load_snapshot`` and ``use_snapshot`` bypass the rule:
    tests and benchmarks use them to compare the engines at any size.
    """

    def __init__(self, engine: Engine):
        self.engine = engine
        self._reads = engines.for_reading(engine)   # one round trip per read on a server
        self._snapshot: FacetSnapshot | None = None
        self._loading = threading.Lock()   # one snapshot load at a time (prepare)
        cancelling.watch(engine)

    def cancellable(self, token: CancelToken | None):
        """``with catalog.cancellable(token): ...``: the queries of the block stop when
        ``token.cancel()`` is called (from any thread) and raise ``QueryCancelled``. The query
        runner gives each request a token and cancels it when a newer request supersedes it."""
        return cancelling.scope(token)

    # ---- which engine answers -------------------------------------------------------------
    def snapshot_wanted(self) -> bool:
        """Whether the rule wants the in-memory snapshot for this database (its size)."""
        return self.count() >= SNAPSHOT_FROM

    def prepare(self, cached_only: bool = False) -> float | None:
        """Apply the rule: load the snapshot when it is wanted and none is live. Slow (about
        1 s at 100k): call it from a worker thread. Returns the seconds the load took, or None
        when nothing was loaded. A failed load is logged and raised; SQL goes on answering.
        ``cached_only``: only the copy cached beside the file (tens of ms), never a build; the
        window asks for that before its first list, so that the list's facet counts can
        already come from it. One load runs at a time; a caller that waited finds the
        snapshot the other one loaded and loads nothing."""
        if self._live_snapshot() is not None or not self.snapshot_wanted():
            return None
        with self._loading:
            if self._live_snapshot() is not None:
                return None
            t0 = perf_counter()
            if self.load_snapshot(cached_only=cached_only) is None:
                return None
            return perf_counter() - t0

    def load_snapshot(self, cached_only: bool = False) -> "FacetSnapshot | None":
        """Load a snapshot whatever the size and start using it (the rule's own step, and a
        hook for tests and benchmarks): the copy cached beside a database file when it is
        still valid (``store.snapshot_cache``), else built from SQL and cached (unless
        ``cached_only``: then None). Thread-safe: the finished immutable object is published
        by one assignment. A failure is logged here, then raised to the caller."""
        from . import snapshot_cache
        from .facet_snapshot import StaleSnapshot, build_snapshot
        try:
            # The copy cached beside the database file when its key still holds (same data
            # token, schema and row counts): tens of ms instead of a second at 100k.
            generation = data_version.current(self.engine)
            key = snapshot_cache.current_key(self.engine)
            snap = snapshot_cache.load(self.engine, key, generation) if key is not None else None
            if snap is not None and generation == data_version.current(self.engine):
                self._snapshot = snap
                return snap
            if cached_only:
                return None
            for attempt in range(3):
                try:
                    snap = build_snapshot(self.engine)
                except StaleSnapshot:  # the data changed between two of the load's reads
                    if attempt == 2:
                        raise
                    continue
                if snap.generation == data_version.current(self.engine):
                    break
            else:
                raise StaleSnapshot("the data kept changing while the snapshot was read")
            # Saved only if nothing was written while it was built: the key read before the
            # build still holds after it.
            if key is not None and snapshot_cache.current_key(self.engine) == key:
                snapshot_cache.save(self.engine, snap, key)
        except Exception:
            token = cancelling.current()
            if token is None or not token.cancelled:   # a cancelled load is no failure
                log.exception("the in-memory facet snapshot was not loaded; SQL answers instead")
            raise
        self._snapshot = snap
        return snap

    def use_snapshot(self, snapshot: "FacetSnapshot | None") -> None:
        """Use ``snapshot`` from now on (None: back to SQL only); bypasses the rule."""
        self._snapshot = snapshot

    @property
    def snapshot(self) -> "FacetSnapshot | None":
        """The live snapshot, if any (for reports and tests: callers never ask it questions)."""
        return self._live_snapshot()

    def _live_snapshot(self) -> "FacetSnapshot | None":
        snap = self._snapshot  # read once: another thread may replace it meanwhile
        if snap is not None and snap.generation != data_version.current(self.engine):
            if self._snapshot is snap:  # not a fresh one another thread has just published
                self._snapshot = None
                log.info("the in-memory facet snapshot is stale (the data changed); SQL answers")
            return None
        return snap

    def _from_snapshot(self, method: str, *args):
        """Ask the snapshot; None when there is none or it turned out stale (then SQL answers)."""
        snap = self._live_snapshot()
        if snap is None:
            return None
        from .facet_snapshot import StaleSnapshot
        try:
            with _ConnectionOnDemand(self._reads) as conn:
                return getattr(snap, method)(conn, *args)
        except StaleSnapshot:
            if self._snapshot is snap:
                self._snapshot = None
                log.info("the in-memory facet snapshot is stale (an unknown initiative); SQL answers")
            return None

    # ---- the list -------------------------------------------------------------------------
    def count(self, f: Filter = Filter()) -> int:
        n = self._from_snapshot("count", f)
        if n is not None:
            return n
        with self._reads.connect() as conn:
            if f.text and replace(f, text="").is_empty():     # a search alone: from the index
                return search.match_count(conn, parse_query(f.text))
            return conn.execute(select(func.count()).select_from(I).where(*conditions(f))).scalar_one()

    def list(self, f: Filter = Filter(), sort: str = "announced", descending: bool | None = None,
             limit: int | None = 100, offset: int = 0) -> list[InitiativeRow]:
        if sort not in SORT_COLUMNS:
            raise FilterError(f"cannot sort by {sort!r}; choose from {', '.join(SORT_COLUMNS)}")
        if descending is None:  # newest, largest, most sources first; names A→Z
            descending = sort not in {"name", "kind", "status"}
        parsed = parse_query(f.text) if f.text else None
        # Two steps: the ids of the page first, by a narrow query; then the page's rows with
        # their sub-selects (sectors, star) and snippets. One query did both, and SQLite
        # evaluated the sub-selects of every matching row before sorting: 60,000 rows for a
        # common word, ~0.9 s at 100,000 initiatives.
        page = None
        if sort == "announced" and descending and limit is not None:
            # The default order of a filtered list: the snapshot picks the page's ids.
            page = self._from_snapshot("page_ids", f, offset, limit)
        with self._reads.connect() as conn:
            if page is None:
                page = list(conn.execute(self._page_query(conn, f, parsed, sort, descending, limit,
                                                          offset)).scalars())
            if not page:
                return []
            starred = _starred()
            sectors = select(concat_agg(Sector.slug, ",")).select_from(InitiativeSector) \
                .join(Sector, Sector.id == InitiativeSector.sector_id) \
                .where(InitiativeSector.initiative_id == I.c.id).scalar_subquery()
            stmt = select(I.c.id, I.c.slug, I.c.name, I.c.kind, I.c.status,
                          I.c.announced_value, I.c.announced_precision, I.c.uk_gbp_p,
                          I.c.japan_gbp_p, I.c.total_gbp_p, I.c.n_sources,
                          func.coalesce(starred, False).label("starred"),
                          sectors.label("sectors"))
            snippets = search.page_snippets(conn, parsed) if parsed else None
            if snippets is not None:        # on a server the snippets' texts come with the rows
                stmt = snippets.add_texts(stmt, I.c.id)
            # The page's ids as one parameter: the statement's text is then the same for every
            # page, so psycopg reuses its converted query and prepares it (a parameter per id
            # cost ~1.4 ms a page converting the query again), and SQLite has no cap to chunk under.
            by_id = {r.id: r for r in conn.execute(stmt.where(engines.ids_in(I.c.id, page)))}
            rows = [by_id[i] for i in page if i in by_id]
            snips = snippets.read(conn, rows) if snippets is not None else {}
        return [InitiativeRow(
            id=r.id, slug=r.slug, name=r.name, kind=r.kind, status=r.status,
            sectors=tuple(sorted((r.sectors or "").split(","))) if r.sectors else (),
            announced=r.announced_value,
            announced_display=PartialDate(r.announced_value, r.announced_precision).display()
            if r.announced_value else None,
            uk_gbp=pence(r.uk_gbp_p), japan_gbp=pence(r.japan_gbp_p), total_gbp=pence(r.total_gbp_p),
            n_sources=r.n_sources, starred=bool(r.starred), snippet=snips.get(r.id)) for r in rows]

    def _page_query(self, conn, f: Filter, parsed, sort: str, descending: bool, limit: int | None,
                    offset: int) -> Select:
        """The ids of one page in the list's order (ids only: see ``list``), for ``conn``."""
        if sort == "relevance" and parsed is not None:
            # bm25 top-k in FTS5 itself (ORDER BY ... LIMIT keeps only the best k while
            # ranking); the rest of the filter restricts the matches by rowid.
            rest = replace(f, text="")
            return search.ranked_page(parsed, None if rest.is_empty() else filtered_ids(rest),
                                      best_first=descending, limit=limit, offset=offset, bind=conn)
        starred = _starred()
        expr = func.coalesce(starred, False) if sort == "starred" else _SORT_EXPR.get(sort, I.c.announced_sort)
        stmt = select(I.c.id).where(*conditions(f)) \
            .order_by(expr.is_(None), expr.desc() if descending else expr.asc(), I.c.id)
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        return stmt

    def contains(self, f: Filter, slug: str) -> bool:
        """Whether the initiative ``slug`` is in the list for ``f`` (one row checked, not the
        whole list: the window asks this about the selected initiative after every filter)."""
        with self._reads.connect() as conn:
            return conn.execute(select(I.c.id).where(I.c.slug == slug, *conditions(f)).limit(1)).first() is not None

    def slugs(self, f: Filter = Filter()) -> list[str]:
        with self._reads.connect() as conn:
            return list(conn.execute(select(I.c.slug).where(*conditions(f)).order_by(I.c.slug)).scalars())

    # ---- facets ---------------------------------------------------------------------------
    def facets(self, f: Filter = Filter(), only: tuple[str, ...] = FACETS) -> FacetCounts:
        """Counts per value for each facet, with every *other* filter applied."""
        unknown = [facet for facet in only if facet not in FACETS]
        if unknown:  # the same error on both paths (it was a KeyError from the filter)
            raise ValueError(f"unknown facet {unknown[0]!r}; choose from {', '.join(FACETS)}")
        got = self._from_snapshot("facets", f, only)
        if got is not None:
            return got
        out = FacetCounts()
        with self._reads.connect() as conn:
            no_tags = conn.execute(select(AnnotationTag.tag_id).limit(1)).first() is None
            counted = [facet for facet in only if not (facet == "tag" and no_tags)]
            # most facets share one filter (all but their own selection): its ids are asked once
            uses = Counter(f.without_facet(facet) for facet in counted)
            restrictions = {}
            for facet in only:
                if facet not in counted:  # no tags: nothing to count; skips a full filter pass
                    out.facets[facet] = []
                    continue
                base = f.without_facet(facet)
                if base.is_empty():
                    among = None
                elif base in restrictions:
                    among = restrictions[base]
                else:
                    among = restrictions[base] = engines.among_ids(
                        conn, filtered_ids(base), bool(base.text), uses=uses[base])
                stmt = _facet_query(facet, among, f.whose)
                out.facets[facet] = [FacetValue(str(v), str(label), int(n))
                                     for v, label, n in conn.execute(stmt).all()]
        return out

    # ---- aggregates for charts and summaries ------------------------------------------------
    def funding_lines_query(self, f: Filter, include_context: bool = True, among=None) -> Select:
        """The counted funding lines of the filtered initiatives; ``among``: the filter's ids
        as ``engines.among_ids`` gives them, when the caller has a connection to ask them."""
        scopes = ["bilateral", "context"] if include_context else ["bilateral"]
        if f.is_empty():
            restrict = []
        elif among is not None:
            restrict = [among(FundingLine.initiative_id)]
        else:
            restrict = [FundingLine.initiative_id.in_(filtered_ids(f))]
        return select(FundingLine.__table__).where(
            FundingLine.counted, FundingLine.scope.in_(scopes), *restrict)

    def funding_totals(self, f: Filter = Filter(), include_context: bool = True) -> dict[str, Decimal]:
        """GBP totals by side over the filtered initiatives (pence-exact)."""
        got = self._from_snapshot("funding_totals", f, include_context)
        if got is not None:
            return got
        lines = self.funding_lines_query(f, include_context).subquery()
        stmt = select(lines.c.side, func.sum(lines.c.gbp_p)).group_by(lines.c.side)
        with self._reads.connect() as conn:
            return {side: pence(total) for side, total in conn.execute(stmt).all()}

    def funding_by(self, dimension: str, f: Filter = Filter(), include_context: bool = True
                   ) -> list[tuple[str, str, Decimal]]:
        """(bucket, side, GBP) for dimension 'sector' or 'year'. An initiative in two sectors
        counts in both sector buckets; years are single-valued."""
        if dimension not in ("sector", "year"):
            raise ValueError(f"unknown dimension {dimension!r}")
        got = self._from_snapshot("funding_by", dimension, f, include_context)
        if got is not None:
            return got
        with self._reads.connect() as conn:
            among = None if f.is_empty() else engines.among_ids(conn, filtered_ids(f), bool(f.text))
            return self._funding_by_sql(conn, dimension, f, include_context, among)

    def _funding_by_sql(self, conn, dimension: str, f: Filter, include_context: bool, among
                        ) -> list[tuple[str, str, Decimal]]:
        lines = self.funding_lines_query(f, include_context, among).subquery()
        if dimension == "sector":
            bucket = Sector.slug
            stmt = select(bucket, lines.c.side, func.sum(lines.c.gbp_p)) \
                .join(InitiativeSector, InitiativeSector.initiative_id == lines.c.initiative_id) \
                .join(Sector, Sector.id == InitiativeSector.sector_id)
        elif dimension == "year":
            bucket = I.c.announced_year
            stmt = select(bucket, lines.c.side, func.sum(lines.c.gbp_p)).join(I, I.c.id == lines.c.initiative_id)
        else:
            raise ValueError(f"unknown dimension {dimension!r}")
        # NULLs (no year) first on both engines: SQLite sorts them first, PostgreSQL last.
        stmt = stmt.group_by(bucket, lines.c.side).order_by(bucket.asc().nulls_first(), lines.c.side)
        return [(str(b) if b is not None else "", s, pence(t)) for b, s, t in conn.execute(stmt).all()]

    # ---- aggregates the charts draw (store/chart_data.py turns them into series) ----------------
    def sources_count(self, f: Filter = Filter()) -> int:
        """Distinct sources with an excerpt of a filtered initiative."""
        got = self._from_snapshot("sources_count", f)
        return got if got is not None else self._sources_count_sql(f)

    def _sources_count_sql(self, f: Filter) -> int:
        restrict = [] if f.is_empty() else [Excerpt.initiative_id.in_(filtered_ids(f))]
        with self._reads.connect() as conn:
            return conn.execute(select(func.count(func.distinct(Excerpt.source_id))).where(*restrict)).scalar_one()

    def initiative_sums(self, f: Filter, include_context: bool, sides: tuple[str, ...], limit: int
                        ) -> tuple[list[int], list[tuple[int, str, str, int]], int, int]:
        """The ``limit`` initiatives with the most money of ``sides`` (largest first, then by
        id), their (id, side, scope, pence) rows, all such money under the filter, and how many
        initiatives have any."""
        got = self._from_snapshot("initiative_sums", f, include_context, sides, limit)
        return got if got is not None else self._initiative_sums_sql(f, include_context, sides, limit)

    def _initiative_sums_sql(self, f: Filter, include_context: bool, sides: tuple[str, ...], limit: int
                             ) -> tuple[list[int], list[tuple[int, str, str, int]], int, int]:
        lines = self.funding_lines_query(f, include_context).subquery()
        mirrored = lines.c.side.in_(sides)
        total = func.sum(lines.c.gbp_p)
        top = select(lines.c.initiative_id).where(mirrored).group_by(lines.c.initiative_id) \
            .order_by(total.desc(), lines.c.initiative_id).limit(limit)
        with self._reads.connect() as conn:
            ids = list(conn.execute(top).scalars())
            rows = conn.execute(
                select(lines.c.initiative_id, lines.c.side, lines.c.scope, total)
                .where(mirrored, lines.c.initiative_id.in_(ids))
                .group_by(lines.c.initiative_id, lines.c.side, lines.c.scope)).all()
            everything = conn.execute(select(total).where(mirrored)).scalar_one()
            n_all = conn.execute(select(func.count(func.distinct(lines.c.initiative_id))).where(mirrored)).scalar_one()
        return ids, [(i, side, scope, int(t or 0)) for i, side, scope, t in rows], int(everything or 0), n_all

    def contributor_sums(self, f: Filter, include_context: bool, limit: int | None
                         ) -> tuple[list[tuple[int | None, str, str, int]], int, int]:
        """(contributor id or None, side, scope, pence) rows over the filtered lines, and how
        many contributors, with how many pence, were left out for being too small to be among
        the ``limit`` largest (ties with the last kept are kept). SQL leaves none out; the
        caller cuts to ``limit`` (``core.chart_series.bar_series``) either way."""
        got = self._from_snapshot("contributor_sums", f, include_context, limit)
        return got if got is not None else self._contributor_sums_sql(f, include_context)

    def _contributor_sums_sql(self, f: Filter, include_context: bool
                              ) -> tuple[list[tuple[int | None, str, str, int]], int, int]:
        lines = self.funding_lines_query(f, include_context).subquery()
        stmt = select(lines.c.contributor_id, lines.c.side, lines.c.scope, func.sum(lines.c.gbp_p)) \
            .group_by(lines.c.contributor_id, lines.c.side, lines.c.scope)
        with self._reads.connect() as conn:
            return [(o, side, scope, int(t or 0)) for o, side, scope, t in conn.execute(stmt).all()], 0, 0

    def timeline_ids(self, f: Filter, limit: int) -> tuple[list[int], int, int]:
        """The ids of the ``limit`` dated initiatives with the largest counted total (then by
        id), the number of dated and of all filtered initiatives."""
        got = self._from_snapshot("timeline_ids", f, limit)
        return got if got is not None else self._timeline_ids_sql(f, limit)

    def _timeline_ids_sql(self, f: Filter, limit: int) -> tuple[list[int], int, int]:
        dated = I.c.id.in_(select(InitiativeDate.initiative_id))
        conds = conditions(f)
        with self._reads.connect() as conn:
            n_all = conn.execute(select(func.count()).select_from(I).where(*conds)).scalar_one()
            n_dated = conn.execute(select(func.count()).select_from(I).where(*conds, dated)).scalar_one()
            ids = list(conn.execute(select(I.c.id).where(*conds, dated)
                                    .order_by(I.c.total_gbp_p.desc(), I.c.id).limit(limit)).scalars())
        return ids, n_dated, n_all

    # ---- one initiative, and many ------------------------------------------------------------
    def detail(self, slug: str) -> InitiativeDetail:
        with self._reads.connect() as conn:
            ini_id = conn.execute(select(I.c.id).where(I.c.slug == slug)).scalar()
            found = details.read_details(conn, [ini_id]) if ini_id is not None else []
        if not found:
            raise NotFound(f"no initiative with slug {slug!r}")
        return found[0]

    def details(self, f: Filter = Filter(), sort: str = "announced", descending: bool | None = None,
                limit: int | None = None, offset: int = 0) -> Iterator[InitiativeDetail]:
        """The whole initiatives of the list (same order and page as ``list``), streamed in
        batches of ``details.BATCH`` with one query per table each: what JSON exports and
        ``list --json`` read. Consume it promptly: it holds a connection until exhausted."""
        with self._reads.connect() as conn:
            yield from details.iter_details(conn, self._list_ids(conn, f, sort, descending, limit, offset))

    def export_rows(self, f: Filter = Filter(), sort: str = "announced", descending: bool | None = None,
                    batch: int = EXPORT_BATCH) -> Iterator[RowBatch]:
        """The list's rows for a CSV or XLSX export (one per funding line, cells in
        ``core.export.COLUMNS`` order), in the list's order, one batch of ``batch`` initiatives
        at a time with one query per table each. Consume it promptly, like ``details``."""
        with self._reads.connect() as conn:
            yield from iter_row_batches(conn, self._list_ids(conn, f, sort, descending), batch)

    def _list_ids(self, conn, f: Filter, sort: str, descending: bool | None, limit: int | None = None,
                  offset: int = 0) -> list[int]:
        """The ids of the list (or of one page of it) in the list's order."""
        if sort not in SORT_COLUMNS:
            raise FilterError(f"cannot sort by {sort!r}; choose from {', '.join(SORT_COLUMNS)}")
        if descending is None:
            descending = sort not in {"name", "kind", "status"}
        parsed = parse_query(f.text) if f.text else None
        return list(conn.execute(self._page_query(conn, f, parsed, sort, descending, limit, offset)).scalars())

    def details_of(self, ids: Sequence[int]) -> Iterator[InitiativeDetail]:
        """The whole initiatives ``ids`` in that order (ids that do not exist are skipped),
        read in batches like ``details``."""
        with self._reads.connect() as conn:
            yield from details.iter_details(conn, list(ids))

    # ---- about the database -----------------------------------------------------------------
    def info(self) -> dict:
        with self._reads.connect() as conn:
            meta = dict(conn.execute(select(Meta.key, Meta.value)).all())
            n = conn.execute(select(func.count()).select_from(I)).scalar_one()
            sources = conn.execute(select(Source.slug, Source.title, Source.publisher, Source.date_value,
                                          Source.attribution, Source.url).order_by(Source.slug)).all()
        return {"dataset_version": meta.get("dataset_version"),
                "dataset_released": meta.get("dataset_released"),
                "initiatives": n,
                "sources": [dict(r._mapping) for r in sources]}

    def source_text(self, slug: str) -> tuple[str, str]:
        with self._reads.connect() as conn:
            row = conn.execute(select(Source.title, Source.text).where(Source.slug == slug)).first()
        if row is None:
            raise NotFound(f"no source with slug {slug!r}")
        return row.title, row.text


class _ConnectionOnDemand:
    """The connection the snapshot is given: checked out of the pool only when the snapshot
    sends a statement (a text search, a year range it has not cached, the tags). Most of its
    answers come from memory alone, and on a team database a checkout is a trip to the server:
    chart sums on the snapshot took 7-15 ms on PostgreSQL for ~1 ms of numpy."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self._conn: Connection | None = None

    @property
    def dialect(self):
        return self._engine.dialect

    @property
    def engine(self) -> Engine:
        return self._engine

    def _connection(self) -> Connection:
        if self._conn is None:
            self._conn = self._engine.connect()
        return self._conn

    def execute(self, *args, **kwargs):
        return self._connection().execute(*args, **kwargs)

    def exec_driver_sql(self, *args, **kwargs):
        return self._connection().exec_driver_sql(*args, **kwargs)

    def invalidate(self) -> None:
        if self._conn is not None:
            self._conn.invalidate()

    def __enter__(self) -> "_ConnectionOnDemand":
        return self

    def __exit__(self, *exc_info) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _starred():
    """Whether the viewer sees a star on the row's initiative: their own or the team's."""
    return exists().where(Annotation.initiative_slug == I.c.slug, Annotation.starred.is_(True),
                          visible_marks(Annotation.owner))


def _facet_query(facet: str, among, whose: str = "all") -> Select:
    """SELECT value, label, count for one facet over the filtered initiatives: ``among`` (from
    ``engines.among_ids``) restricts an initiative id column to them; None: all."""
    def restrict(col):
        return [among(col)] if among is not None else []

    if facet in ("kind", "status"):
        col = I.c[facet]
        return select(col, col, func.count()).where(*restrict(I.c.id)).group_by(col) \
            .order_by(func.count().desc(), col)
    if facet == "sector":
        return select(Sector.slug, Sector.name, func.count()) \
            .join(InitiativeSector, InitiativeSector.sector_id == Sector.id) \
            .where(*restrict(InitiativeSector.initiative_id)).group_by(Sector.id) \
            .order_by(func.count().desc(), Sector.slug)
    if facet == "organisation":
        n = func.count(distinct(InitiativeOrganisation.initiative_id))
        return select(Organisation.slug, Organisation.name, n) \
            .join(InitiativeOrganisation, InitiativeOrganisation.organisation_id == Organisation.id) \
            .where(*restrict(InitiativeOrganisation.initiative_id)).group_by(Organisation.id) \
            .order_by(n.desc(), Organisation.slug)
    if facet == "country":
        col = InitiativeCountry.country
        return select(col, col, func.count()).where(*restrict(InitiativeCountry.initiative_id)) \
            .group_by(col).order_by(func.count().desc(), col)
    if facet == "side":
        n = func.count(distinct(FundingLine.initiative_id))
        return select(FundingLine.side, FundingLine.side, n) \
            .where(FundingLine.counted, *restrict(FundingLine.initiative_id)) \
            .group_by(FundingLine.side).order_by(n.desc(), FundingLine.side)
    if facet == "tag":
        n = func.count(distinct(I.c.id))     # a tag that is both yours and the team's counts once
        q = select(Tag.name, Tag.name, n) \
            .join(AnnotationTag, AnnotationTag.tag_id == Tag.id) \
            .join(I, I.c.slug == AnnotationTag.initiative_slug)
        return q.where(visible_marks(AnnotationTag.owner, whose), *restrict(I.c.id)) \
            .group_by(Tag.id).order_by(n.desc(), Tag.name)
    raise ValueError(f"unknown facet {facet!r}")
