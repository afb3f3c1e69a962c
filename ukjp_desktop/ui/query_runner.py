"""Runs list, facet and page queries off the UI thread; only the latest request's results land.

Every request gets a generation number. Results of an older generation are dropped when they
arrive, so typing fast never shows a stale list (issue 3 §4). Each request also gets a
``CancelToken``: a newer request of the same kind cancels the older one's SQL where it stands
(SQLite's interrupt), so a superseded search for "qu" does not keep a worker busy while
"quantum" waits, and closing the window does not wait for queries nobody will see."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..core.filters import Filter, FilterError
from ..core.records import FacetCounts, InitiativeDetail, InitiativeRow
from ..core.search_syntax import SearchSyntaxError
from ..core.tables import TABLE_SOURCE_PREFIX
from ..store import annotations as ann
from ..store.catalog import CancelToken, Catalog, NotFound, QueryCancelled
from ..store.engines import failure_words, server_away

log = logging.getLogger(__name__)

# How long facet counts wait for the cached snapshot being read (~50-150 ms at 100k) before
# counting by SQL beside it.
CACHE_WAIT_S = 0.5
# How long the charts' queries wait for the list and facet queries asked before them. Run side
# by side, the three workers' Python took the GIL from the UI thread while it applied the
# list: a facet with the charts open froze the window for 35-39 ms at worst, 25-30 ms with the
# chart's query after them (its chart ~8 ms later; docs/performance.md, session 24).
LISTS_FIRST_S = 0.15


@dataclass(frozen=True)
class ListResult:
    generation: int
    filter: Filter
    count: int
    rows: list[InitiativeRow]
    elapsed_ms: float
    # The initiative selected when the list was asked for, and whether the list holds it (a
    # chart click or a facet can filter it out; the detail pane must not go on showing it).
    selected: str = ""
    selected_listed: bool = True


@dataclass(frozen=True)
class FacetResult:
    generation: int
    filter: Filter
    facets: FacetCounts
    # Bilateral GBP by side over the filtered list. Counted here rather than with the list:
    # without the in-memory snapshot it takes ~100 ms at 100k, which the first paint of the
    # list need not wait for.
    totals: dict[str, Decimal]
    elapsed_ms: float


@dataclass(frozen=True)
class PageResult:
    generation: int
    offset: int
    rows: list[InitiativeRow]


@dataclass(frozen=True)
class DetailResult:
    generation: int
    slug: str
    detail: InitiativeDetail | None          # None: the initiative no longer exists
    tags: list[tuple[str, str | None, int]]  # every tag (name, colour, uses), for the tag chips
    error: str = ""
    # The text of each document the excerpts come from (None: not readable), which the pane
    # shows around each excerpt: read here, not by the pane on the UI thread (~5-20 ms a row).
    sources: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class WorkResult:
    key: str             # what asked (a chart kind), each with its own generations
    generation: int
    value: object = None
    error: str = ""      # the failure in plain words; value is None then


class QueryRunner(QObject):
    listReady = Signal(object)
    facetsReady = Signal(object)
    pageReady = Signal(object)
    detailReady = Signal(object)
    workReady = Signal(object)      # a WorkResult of request_work (the charts' queries)
    failed = Signal(int, str)       # generation, message in plain words
    snapshotReady = Signal(float)   # seconds the in-memory facet snapshot took to load
    snapshotFailed = Signal(str)    # why it could not load (SQL keeps answering, only slower)

    def __init__(self, catalog: Catalog, page_size: int = 200, parent: QObject | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.page_size = page_size
        self.generation = 0          # of list requests (pages belong to one)
        self.facet_generation = 0    # facets can be recounted alone, after an annotation edit
        self._pool = QThreadPool(self)
        # Two workers: the list and the facets of one request run side by side.
        self._pool.setMaxThreadCount(2)
        self.detail_generation = 0
        # Details have a thread of their own so that selecting a row never waits behind a
        # slow search (at 100,000 initiatives a common word takes ~300 ms).
        self._detail_pool = QThreadPool(self)
        self._detail_pool.setMaxThreadCount(1)
        # The charts' queries: a thread of their own, so a chart never delays the list.
        self._work_pool = QThreadPool(self)
        self._work_pool.setMaxThreadCount(1)
        self._work_generations: dict[str, int] = {}
        self._sort = ("announced", True)
        self._filter = Filter()
        self._tokens: dict[str, CancelToken] = {}   # the latest request's, per kind
        # Clear while the cached snapshot is being read: facet counts wait for it (up to
        # CACHE_WAIT_S) rather than count by SQL beside it (~0.4 s at 100k, slowing the read).
        self._cache_read = threading.Event()
        self._cache_read.set()
        self._last_asked = time.monotonic()   # when a query was last asked (``quiet_for``)
        # List, page and facet queries asked and not finished (``_start_list_work``).
        self._lists_running = 0
        self._lists_done = threading.Condition()

    def quiet_for(self, seconds: float) -> bool:
        """Whether no query has been asked for ``seconds`` and none is running: the user is
        reading, not acting, and work done ahead (the charts' widgets) will not delay a result."""
        return (time.monotonic() - self._last_asked >= seconds and not self._pool.activeThreadCount()
                and not self._detail_pool.activeThreadCount() and not self._work_pool.activeThreadCount())

    def _fresh_token(self, kind: str) -> CancelToken:
        """A token for a new request of ``kind``, cancelling the one it supersedes (every
        request has one: it is also when a query was last asked)."""
        self._last_asked = time.monotonic()
        old = self._tokens.get(kind)
        if old is not None:
            old.cancel()
        token = self._tokens[kind] = CancelToken()
        return token

    def request(self, f: Filter, sort: str, descending: bool, selected: str = "") -> int:
        self.generation += 1
        gen = self.generation
        self._filter, self._sort = f, (sort, descending)
        token = self._fresh_token("list")   # pages of the older list are cancelled with it
        self._start_list_work(lambda: self._run_list(gen, f, sort, descending, selected, token))
        self.request_facets(f)
        return gen

    def request_facets(self, f: Filter) -> None:
        self.facet_generation += 1
        fgen = self.facet_generation
        token = self._fresh_token("facets")
        self._start_list_work(lambda: self._run_facets(fgen, f, token))

    def request_page(self, generation: int, offset: int) -> None:
        f, (sort, descending) = self._filter, self._sort
        token = self._tokens.get("list")
        self._last_asked = time.monotonic()
        self._start_list_work(lambda: self._run_page(generation, f, sort, descending, offset, token))

    def _start_list_work(self, run: Callable[[], None]) -> None:
        """Start a list, page or facet query, counted until it ends (``_after_list_work``)."""
        with self._lists_done:
            self._lists_running += 1

        def counted() -> None:
            try:
                run()
            finally:
                with self._lists_done:
                    self._lists_running = max(0, self._lists_running - 1)
                    self._lists_done.notify_all()
        self._pool.start(counted)

    def _after_list_work(self) -> None:
        """Wait (at most LISTS_FIRST_S) until no list, page or facet query is running."""
        with self._lists_done:
            self._lists_done.wait_for(lambda: self._lists_running <= 0, LISTS_FIRST_S)

    def request_detail(self, slug: str) -> int:
        """Load an initiative's detail off the UI thread; only the latest request lands."""
        self.detail_generation += 1
        gen = self.detail_generation
        token = self._fresh_token("detail")
        self._detail_pool.start(lambda: self._run_detail(gen, slug, token))
        return gen

    def request_work(self, key: str, work: Callable[[], object]) -> int:
        """Run ``work`` (queries through the catalog) off the UI thread; ``workReady`` with its
        value or its failure. A newer request under the same ``key`` cancels this one's SQL
        and makes its result stale; requests under other keys are left alone."""
        gen = self._work_generations[key] = self._work_generations.get(key, 0) + 1
        token = self._fresh_token("work:" + key)
        self._work_pool.start(lambda: self._run_work(key, gen, work, token))
        return gen

    def cancel_work(self, key: str) -> None:
        """Drop the request under ``key``: its SQL is cancelled and its result never lands."""
        self._work_generations[key] = self._work_generations.get(key, 0) + 1
        token = self._tokens.pop("work:" + key, None)
        if token is not None:
            token.cancel()

    def work_current(self, result: WorkResult) -> bool:
        """Whether ``result`` answers the latest request under its key."""
        return self._work_generations.get(result.key) == result.generation

    def load_snapshot(self, cached_only: bool = False) -> None:
        """Let the catalog load its in-memory facet snapshot in the background if its rule
        wants one (``Catalog.prepare``: about 1 s at 100,000 initiatives); until it is
        ready, facets and aggregates are answered by SQL. ``snapshotReady`` when one was
        loaded, ``snapshotFailed`` when the load failed (the catalog has logged why).
        ``cached_only``: only the copy cached beside the database file, if it is valid; asked
        before the first list, so it is read before the list's facet counts (queued behind
        it) compete with it. It has a token of its own: the full load does not cancel it."""
        kind = "snapshot-cache" if cached_only else "snapshot"
        token = self._fresh_token(kind)
        if cached_only:
            self._cache_read.clear()
        self._pool.start(lambda: self._run_snapshot(token, cached_only))

    def _run_snapshot(self, token: CancelToken, cached_only: bool = False) -> None:
        try:
            with self.catalog.cancellable(token):
                seconds = self.catalog.prepare(cached_only=cached_only)
        except QueryCancelled:
            return   # the window is closing
        except Exception as exc:  # noqa: BLE001 - SQL keeps answering; nothing the user must act on
            self.snapshotFailed.emit(f"{exc.__class__.__name__}: {exc}")
            return
        finally:
            if cached_only:
                self._cache_read.set()
        if seconds is not None:
            self.snapshotReady.emit(seconds)

    def shutdown(self, msecs: int = 5000) -> bool:
        """For closing: drop queued work, cancel running queries (the snapshot's load too) and
        make running work stale (its result is dropped), then wait for what is still running."""
        self._pool.clear()
        self._detail_pool.clear()
        self._work_pool.clear()
        self._cache_read.set()     # a read dropped from the queue never sets it
        with self._lists_done:     # nor does a query dropped from it end
            self._lists_running = 0
            self._lists_done.notify_all()
        for token in self._tokens.values():
            token.cancel()
        self.generation += 1
        self.facet_generation += 1
        self.detail_generation += 1
        for key in self._work_generations:
            self._work_generations[key] += 1
        return self.wait(msecs)

    def wait(self, msecs: int = 30000) -> bool:
        return (self._pool.waitForDone(msecs) and self._detail_pool.waitForDone(msecs)
                and self._work_pool.waitForDone(msecs))

    # ---- in worker threads --------------------------------------------------------------
    def _stale(self, gen: int) -> bool:
        return gen != self.generation

    def _run_list(self, gen: int, f: Filter, sort: str, descending: bool, selected: str = "",
                  token: CancelToken | None = None) -> None:
        if self._stale(gen):
            return
        t0 = time.perf_counter()
        try:
            with self.catalog.cancellable(token):
                # the first page before the count: a ranked page of a common word costs the
                # most, and the count is cheap once the index pages are warm
                rows = self.catalog.list(f, sort, descending, limit=self.page_size, offset=0)
                count = self.catalog.count(f)
                listed = (not selected or any(r.slug == selected for r in rows)
                          or (count > len(rows) and self.catalog.contains(f, selected)))
        except QueryCancelled:
            return   # a newer request superseded this one
        except (SearchSyntaxError, FilterError) as exc:
            self.failed.emit(gen, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - reported to the user in words, logged here
            self.failed.emit(gen, self._in_words("The query", exc))
            return
        self.listReady.emit(ListResult(gen, f, count, rows, (time.perf_counter() - t0) * 1000,
                                       selected, listed))

    def _run_facets(self, gen: int, f: Filter, token: CancelToken | None = None) -> None:
        self._cache_read.wait(CACHE_WAIT_S)
        if gen != self.facet_generation:
            return
        t0 = time.perf_counter()
        try:
            with self.catalog.cancellable(token):
                facets = self.catalog.facets(f)
                totals = self.catalog.funding_totals(f, include_context=False)
        except QueryCancelled:
            return
        except (SearchSyntaxError, FilterError):
            return  # the list query reports the same problem once
        except Exception as exc:  # noqa: BLE001 - reported to the user in words, logged here
            self.failed.emit(self.generation, self._in_words("Counting the facets", exc))
            return
        self.facetsReady.emit(FacetResult(gen, f, facets, totals, (time.perf_counter() - t0) * 1000))

    def _run_page(self, gen: int, f: Filter, sort: str, descending: bool, offset: int,
                  token: CancelToken | None = None) -> None:
        if self._stale(gen):
            return
        try:
            with self.catalog.cancellable(token):
                rows = self.catalog.list(f, sort, descending, limit=self.page_size, offset=offset)
        except QueryCancelled:
            return
        except Exception as exc:  # noqa: BLE001 - reported to the user in words, logged here
            self.failed.emit(gen, self._in_words("Loading rows", exc))
            return
        self.pageReady.emit(PageResult(gen, offset, rows))

    def _run_work(self, key: str, gen: int, work: Callable[[], object], token: CancelToken) -> None:
        self._after_list_work()
        if self._work_generations.get(key) != gen:
            return
        try:
            with self.catalog.cancellable(token):
                value = work()
        except QueryCancelled:
            return
        except Exception as exc:  # noqa: BLE001 - reported in words by whoever asked, logged here
            self._deliver(WorkResult(key, gen, None, self._work_failure_words(key, exc)))
            return
        self._deliver(WorkResult(key, gen, value))

    def _deliver(self, result: WorkResult) -> None:
        try:
            self.workReady.emit(result)
        except RuntimeError:   # the runner went with its owner (a charts panel on its own): nobody to tell
            pass

    def _run_detail(self, gen: int, slug: str, token: CancelToken | None = None) -> None:
        if gen != self.detail_generation:
            return  # the user has already moved on to another row
        try:
            with self.catalog.cancellable(token):
                detail = self.catalog.detail(slug)
                tags = ann.tags(self.catalog.engine)
                sources = {s: self._source_text(s) for s in _text_sources(detail)}
        except QueryCancelled:
            return
        except NotFound:
            self.detailReady.emit(DetailResult(gen, slug, None, []))
            return
        except Exception as exc:  # noqa: BLE001 - shown in the detail pane in words, logged by the window
            self.detailReady.emit(DetailResult(
                gen, slug, None, [], f"Loading the details failed: {failure_words(self.catalog.engine, exc)}"))
            return
        self.detailReady.emit(DetailResult(gen, slug, detail, tags, sources=sources))

    def _in_words(self, what: str, exc: Exception) -> str:
        """``what`` failed, in one line for the window; logged with its trace, unless the team
        database's server is only away (a state that passes: one line in the log too)."""
        words = f"{what} failed: {failure_words(self.catalog.engine, exc)}"
        if server_away(self.catalog.engine, exc):
            log.warning("%s", words)
        else:
            log.exception("%s", words)
        return words

    def _work_failure_words(self, key: str, exc: Exception) -> str:
        # A ChartDataError (no rate for a currency) is already in words; anything else is named.
        from ..store.chart_data import ChartDataError
        if isinstance(exc, ChartDataError):
            log.exception("a background query (%s) failed", key)
            return str(exc)
        return self._in_words("The query", exc)

    def _source_text(self, slug: str) -> str | None:
        try:
            return self.catalog.source_text(slug)[1]
        except QueryCancelled:
            raise
        except Exception:  # noqa: BLE001 - as in the pane: the excerpt is shown without its surroundings
            log.warning("the text of source %s was not read for the detail pane", slug, exc_info=True)
            return None


def _text_sources(detail: InitiativeDetail) -> list[str]:
    """The documents the detail pane shows excerpts of in their context: every source but a
    user's table, whose excerpt is a whole cell."""
    return list(dict.fromkeys(e.source_slug for e in detail.excerpts
                              if not e.source_slug.startswith(TABLE_SOURCE_PREFIX)))

