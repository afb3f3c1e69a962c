"""Runs list, facet and page queries off the UI thread; only the latest request's results land.

Every request gets a generation number. Results of an older generation are dropped when they
arrive, so typing fast never shows a stale list (issue 3 §4)."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..core.filters import Filter, FilterError
from ..core.records import FacetCounts, InitiativeDetail, InitiativeRow
from ..core.search_syntax import SearchSyntaxError
from ..store import annotations as ann
from ..store.catalog import Catalog, NotFound

log = logging.getLogger(__name__)


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


class QueryRunner(QObject):
    listReady = Signal(object)
    facetsReady = Signal(object)
    pageReady = Signal(object)
    detailReady = Signal(object)
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
        self._sort = ("announced", True)
        self._filter = Filter()

    def request(self, f: Filter, sort: str, descending: bool, selected: str = "") -> int:
        self.generation += 1
        gen = self.generation
        self._filter, self._sort = f, (sort, descending)
        self._pool.start(lambda: self._run_list(gen, f, sort, descending, selected))
        self.request_facets(f)
        return gen

    def request_facets(self, f: Filter) -> None:
        self.facet_generation += 1
        fgen = self.facet_generation
        self._pool.start(lambda: self._run_facets(fgen, f))

    def request_page(self, generation: int, offset: int) -> None:
        f, (sort, descending) = self._filter, self._sort
        self._pool.start(lambda: self._run_page(generation, f, sort, descending, offset))

    def request_detail(self, slug: str) -> int:
        """Load an initiative's detail off the UI thread; only the latest request lands."""
        self.detail_generation += 1
        gen = self.detail_generation
        self._detail_pool.start(lambda: self._run_detail(gen, slug))
        return gen

    def load_snapshot(self) -> None:
        """Let the catalog load its in-memory facet snapshot in the background if its rule
        wants one (``Catalog.prepare``: about 1 s at 100,000 initiatives); until it is
        ready, facets and aggregates are answered by SQL. ``snapshotReady`` when one was
        loaded, ``snapshotFailed`` when the load failed (the catalog has logged why)."""
        self._pool.start(self._run_snapshot)

    def _run_snapshot(self) -> None:
        try:
            seconds = self.catalog.prepare()
        except Exception as exc:  # noqa: BLE001 - SQL keeps answering; nothing the user must act on
            self.snapshotFailed.emit(f"{exc.__class__.__name__}: {exc}")
            return
        if seconds is not None:
            self.snapshotReady.emit(seconds)

    def shutdown(self, msecs: int = 5000) -> bool:
        """For closing: drop queued work, make running work stale (its result is dropped and a
        page or list not yet begun returns at once), then wait for what is still running."""
        self._pool.clear()
        self._detail_pool.clear()
        self.generation += 1
        self.facet_generation += 1
        self.detail_generation += 1
        return self.wait(msecs)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs) and self._detail_pool.waitForDone(msecs)

    # ---- in worker threads --------------------------------------------------------------
    def _stale(self, gen: int) -> bool:
        return gen != self.generation

    def _run_list(self, gen: int, f: Filter, sort: str, descending: bool, selected: str = "") -> None:
        if self._stale(gen):
            return
        t0 = time.perf_counter()
        try:
            count = self.catalog.count(f)
            rows = self.catalog.list(f, sort, descending, limit=self.page_size, offset=0)
            listed = (not selected or any(r.slug == selected for r in rows)
                      or (count > len(rows) and self.catalog.contains(f, selected)))
        except (SearchSyntaxError, FilterError) as exc:
            self.failed.emit(gen, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - reported to the user in words, logged here
            log.exception("the list query failed")
            self.failed.emit(gen, f"The query failed: {exc}")
            return
        self.listReady.emit(ListResult(gen, f, count, rows, (time.perf_counter() - t0) * 1000,
                                       selected, listed))

    def _run_facets(self, gen: int, f: Filter) -> None:
        if gen != self.facet_generation:
            return
        t0 = time.perf_counter()
        try:
            facets = self.catalog.facets(f)
            totals = self.catalog.funding_totals(f, include_context=False)
        except (SearchSyntaxError, FilterError):
            return  # the list query reports the same problem once
        except Exception as exc:  # noqa: BLE001 - reported to the user in words, logged here
            log.exception("counting the facets failed")
            self.failed.emit(self.generation, f"Counting the facets failed: {exc}")
            return
        self.facetsReady.emit(FacetResult(gen, f, facets, totals, (time.perf_counter() - t0) * 1000))

    def _run_page(self, gen: int, f: Filter, sort: str, descending: bool, offset: int) -> None:
        if self._stale(gen):
            return
        try:
            rows = self.catalog.list(f, sort, descending, limit=self.page_size, offset=offset)
        except Exception as exc:  # noqa: BLE001 - reported to the user in words, logged here
            log.exception("loading a page of rows failed")
            self.failed.emit(gen, f"Loading rows failed: {exc}")
            return
        self.pageReady.emit(PageResult(gen, offset, rows))

    def _run_detail(self, gen: int, slug: str) -> None:
        if gen != self.detail_generation:
            return  # the user has already moved on to another row
        try:
            detail = self.catalog.detail(slug)
            tags = ann.tags(self.catalog.engine)
        except NotFound:
            self.detailReady.emit(DetailResult(gen, slug, None, []))
            return
        except Exception as exc:  # noqa: BLE001 - shown in the detail pane in words, logged by the window
            self.detailReady.emit(DetailResult(gen, slug, None, [], f"Loading the details failed: {exc}"))
            return
        self.detailReady.emit(DetailResult(gen, slug, detail, tags))
