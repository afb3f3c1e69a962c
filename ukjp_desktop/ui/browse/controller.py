"""Browsing: the filter panel and the search field change the shared filter; the list, the
facet counts and the summary follow it.

Queries run off the UI thread (``QueryRunner``, which also logs their failures); only the latest
request's results are applied."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from ...core.filters import Filter
from ...core.highlight import terms_of
from ...core.search_syntax import SearchSyntaxError, parse_query
from ...store import overview
from ..after_paint import after_next_paint
from ..app_state import AppState, uses_annotations
from ..query_runner import FacetResult, ListResult, PageResult, QueryRunner
from .widgets import BrowseWidgets, build_widgets, counts_text, summary_text

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 250
# Facet counts are shown a few facets per event-loop turn: as many as fit in this budget (at
# least one), then the window paints before the next ones. One facet per turn made the panel
# relayout and repaint up to seven times; all at once made one long freeze on a busy machine.
FACET_SLICE_S = 0.008


class BrowseController(QObject):
    resultsApplied = Signal()      # a list result reached the table (tests and self-test wait on it)
    facetsApplied = Signal()

    def __init__(self, library, state: AppState, runner: QueryRunner, sector_names: dict,
                 status: Callable[[str, int], None], parent: QObject | None = None,
                 widgets: BrowseWidgets | None = None):
        """``widgets``: those already on screen (a start painted from the first-page cache);
        taken over as they are, including anything typed into the search box meanwhile."""
        super().__init__(parent)
        self.library, self.catalog, self.state, self.runner = library, library.catalog, state, runner
        self._status = status
        self.total_all = self.catalog.count()
        self.snapshot_s: float | None = None
        self._snapshot_requested = False
        self._cache_asked = False
        self._summary_list: ListResult | None = None
        self._summary_totals = None     # (filter, bilateral GBP by side) from the facet result
        self._holding, self._missed = False, False
        # Facet counts are applied a few facets per event-loop turn (the window paints
        # between), the latest result only: (result, facets still to show).
        self._facets_todo: tuple[FacetResult, list[str]] | None = None
        self._facet_timer = QTimer(self)
        self._facet_timer.setSingleShot(True)
        self._facet_timer.setInterval(0)

        adopted = widgets is not None
        widgets = widgets or build_widgets(runner.page_size)
        self.filter_panel, self.model = widgets.filter_panel, widgets.model
        self.pane, self.status_counts = widgets.pane, widgets.status_counts
        self.model.setParent(self)
        bounds = overview.year_bounds(library.engine)
        if bounds:
            self.filter_panel.set_year_bounds(*bounds)
        self.model.sector_names = sector_names
        if not adopted:
            self.pane.search.setText(state.filter.text)
        self._row_awaited = (-1, -1)   # (generation, row) selected before its page came
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._connect()
        if self.pane.search.text() != state.filter.text:
            self._search_timer.start()   # typed before the store was attached: searched now

    def _connect(self) -> None:
        search = self.pane.search
        search.textEdited.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self._apply_search)
        self._facet_timer.timeout.connect(self._apply_facets_step)
        search.returnPressed.connect(self._apply_search)
        self.pane.searchCleared.connect(self._apply_search)
        self.filter_panel.filterEdited.connect(self._on_filter_edited)
        self.state.filterChanged.connect(self._on_query_changed)
        self.state.sortChanged.connect(self._on_query_changed)
        self.state.annotationsChanged.connect(self._on_annotations_changed)
        self.state.importsChanged.connect(self._on_imports_changed)
        self.runner.listReady.connect(self._on_list)
        self.runner.facetsReady.connect(self._on_facets)
        self.runner.pageReady.connect(self._on_page)
        self.runner.failed.connect(self._on_failed)
        self.runner.snapshotReady.connect(self._on_snapshot)
        self.runner.snapshotFailed.connect(self._on_snapshot_failed)
        self.model.pageWanted.connect(self.runner.request_page)
        self.model.sortRequested.connect(self._on_sort_requested)
        self.pane.table.selectionModel().currentRowChanged.connect(self._on_current_row)

    # ---- queries ------------------------------------------------------------------------------
    def _on_query_changed(self, *_args) -> None:
        if self._holding:
            self._missed = True
        else:
            self.requery()

    @contextmanager
    def _one_query(self, always: bool = False):
        """Change the filter and the sort together with one query, not one per signal."""
        self._holding, self._missed = True, False
        try:
            yield
        finally:
            self._holding = False
        if always or self._missed:
            self.requery()

    def requery(self) -> None:
        if not self._cache_asked:
            # The snapshot cached beside the database (tens of ms) is read before the first
            # list's facet counts, which then come from it rather than from SQL.
            self._cache_asked = True
            self.runner.load_snapshot(cached_only=True)
        self.runner.request(self.state.filter, self.state.sort, self.state.descending, self.state.selected)
        self.filter_panel.set_filter(self.state.filter)
        self.pane.show_sort(self.state.sort, self.state.descending)
        # The search terms are highlighted with the rows they found (``_on_list``): marking
        # them in the rows still shown cost a repaint of the whole table per key.

    def _on_list(self, res: ListResult) -> None:
        if res.generation != self.runner.generation:
            return
        self.pane.search_message.setVisible(False)
        self._show_repairs()
        self.pane.set_terms(terms_of(res.filter.text))
        self.model.reset_results(res.generation, res.count, res.rows)
        if res.selected and res.selected == self.state.selected and not res.selected_listed:
            # Filtered out (a facet, a chart click, a search): the detail pane empties rather
            # than go on describing an initiative the list no longer holds.
            self.state.select("")
        self.pane.reselect(self.state.selected)
        self._summary_list = res
        self._render_summary()
        self.status_counts.setText(f"{counts_text(res.count, self.total_all)} · list {res.elapsed_ms:.0f} ms")
        self._show_empty_message(res)
        if not self._snapshot_requested:  # the catalog's rule decides whether to load one
            self._snapshot_requested = True
            viewport = self.pane.table.viewport()
            if viewport.isVisible():
                # After the list has painted: loading it (numpy's import, the cached arrays)
                # competed with the first paint for the GIL, ~0.1 s at 100k.
                after_next_paint(viewport, self._load_snapshot)
            else:   # a window not shown (yet) never paints
                self.runner.load_snapshot()
        self.resultsApplied.emit()

    def _load_snapshot(self) -> None:
        if self.pane.table.isVisible():   # not once the window has closed
            self.runner.load_snapshot()

    def _on_facets(self, res: FacetResult) -> None:
        if res.generation != self.runner.facet_generation:
            return
        # Not now: the list that usually arrives with them paints first, then a few facets per
        # turn, so that no single pass of the event loop rebuilds and paints them all.
        self._summary_totals = (res.filter, res.totals)
        self._render_summary()
        self._facets_todo = (res, list(self.filter_panel.lists))
        self._facet_timer.start()

    @property
    def facets_pending(self) -> bool:
        """Whether facet counts received are still being shown (tests and benchmarks)."""
        return self._facets_todo is not None

    def _apply_facets_step(self) -> None:
        if self._facets_todo is None:
            return
        res, todo = self._facets_todo
        if res.generation != self.runner.facet_generation:   # superseded while being shown
            self._facets_todo = None
            return
        start = time.perf_counter()
        while todo:
            self.filter_panel.set_counts(res.facets, only=[todo.pop(0)])
            if time.perf_counter() - start > FACET_SLICE_S:
                break
        if todo:
            self._facet_timer.start()
            return
        self._facets_todo = None
        self.facetsApplied.emit()

    def _on_snapshot(self, seconds: float) -> None:
        self.snapshot_s = seconds
        self._status(f"Fast counting ready ({seconds:.1f} s)", 3000)

    def _on_snapshot_failed(self, _why: str) -> None:
        # The catalog has logged why.
        self._status("Fast counting is unavailable (details in the log); counts come from the "
                     "database, a little slower", 10000)

    def _on_page(self, res: PageResult) -> None:
        self.model.add_page(res.generation, res.offset, res.rows)
        generation, row = self._row_awaited
        if generation == res.generation and res.offset <= row < res.offset + len(res.rows):
            self._row_awaited = (-1, -1)
            if self.pane.table.currentIndex().row() == row:
                self.state.select(self.model.slug_at(row) or "")

    def _on_failed(self, generation: int, text: str) -> None:
        if generation != self.runner.generation:
            return
        self.pane.show_message(text + "  The list shows the previous results.", error=True)
        self.resultsApplied.emit()

    def _on_annotations_changed(self, slug: str) -> None:
        if uses_annotations(self.state.filter) or not slug:
            self.requery()
            return
        self.runner.request_facets(self.state.filter)  # the list is unchanged; tag counts can move
        # The detail pane refreshes the selected initiative's row; an undo or redo can change
        # the star of one that is no longer selected, whose row must show it too.
        if slug != self.state.selected and self.model.row_of_slug(slug) >= 0:
            try:
                starred = self.catalog.contains(Filter(starred=True), slug)
            except SQLAlchemyError as exc:   # a team server away: the next list shows it
                log.warning("star of %s not refreshed: %s", slug, exc)
                return
            self.show_star(slug, starred)

    def show_star(self, slug: str, starred: bool) -> None:
        """A star changed on ``slug``: its row shows it without a new query."""
        row = self.model.row_of_slug(slug)
        rec = self.model.row_record(row) if row >= 0 else None
        if rec is not None and rec.starred != starred:
            self.model.replace_row(replace(rec, starred=starred))

    def _on_imports_changed(self, _slug: str) -> None:
        """An import, or its undo or redo, changed initiatives: recount and requery."""
        self.total_all = self.catalog.count()
        # The import made the in-memory facet data stale (SQL answers meanwhile); a large
        # database loads it again after the next list.
        self._snapshot_requested = False
        self.requery()

    def _show_repairs(self) -> None:
        text = self.state.filter.text
        if not text:
            return
        try:
            notes = parse_query(text).notes
        except SearchSyntaxError:
            return
        if notes:
            self.pane.show_message("Searched literally: " + "; ".join(notes), error=False)

    def _show_empty_message(self, res: ListResult) -> None:
        """An empty list says why and what to do, instead of a blank table."""
        empty = self.pane.empty_message
        if res.count:
            empty.hide()
            return
        what = "this search and these filters" if res.filter.text and not replace(res.filter, text="").is_empty() \
            else "this search" if res.filter.text else "these filters"
        empty.setText(f"No initiatives match {what}. Try fewer or other words, untick "
                      "a filter, or Edit → Clear all filters (Ctrl+Shift+L).")
        empty.show()

    def _render_summary(self) -> None:
        """The line above the table; its money part arrives with the facet counts."""
        res = self._summary_list
        if res is None:
            return
        totals = self._summary_totals
        self.pane.summary.setText(summary_text(res.count, self.total_all, res.filter,
                                               totals[1] if totals is not None and totals[0] == res.filter else None,
                                               self.filter_panel.label_of))

    # ---- filter, search, sort -----------------------------------------------------------------
    def _on_filter_edited(self, f: Filter) -> None:
        if f == Filter() and self.pane.search.text():
            self.pane.search.clear()  # "Clear all" also clears the search
        self._set_filter(replace(f, text=self.state.filter.text) if f != Filter() else f)

    def _set_filter(self, f: Filter) -> None:
        with self._one_query():
            # Relevance order while searching; back to newest first when the search is cleared.
            if f.text and not self.state.filter.text and self.state.sort == "announced":
                self.state.set_sort("relevance", True)
            elif not f.text and self.state.sort == "relevance":
                self.state.set_sort("announced", True)
            self.state.set_filter(f)

    def set_filter(self, f: Filter) -> None:
        """Apply a whole filter (charts, tests), keeping the search box in step."""
        if self.pane.search.text() != f.text:
            self.pane.search.setText(f.text)
        self._set_filter(f)

    def show_view(self, f: Filter, sort: str, descending: bool) -> None:
        """A saved view: its filter and its sort, queried once (even if nothing changed)."""
        if self.pane.search.text() != f.text:
            self.pane.search.setText(f.text)
        with self._one_query(always=True):
            self.state.set_sort(sort, descending)
            self.state.set_filter(f)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.pane.search.text().strip()
        if text:
            try:
                parse_query(text)
            except SearchSyntaxError as exc:
                self.pane.show_message(str(exc), error=True)
                return
        self._set_filter(replace(self.state.filter, text=text))

    def _on_sort_requested(self, key: str, descending: bool) -> None:
        if key == "sectors":
            key = "name"  # sectors are a list; sorting them is sorting by the first, by name
        self.state.set_sort(key, descending)

    def focus_search(self) -> None:
        self.pane.search.setFocus()
        self.pane.search.selectAll()

    def clear_filters(self) -> None:
        self.pane.search.clear()
        self._set_filter(Filter())

    # ---- selection ----------------------------------------------------------------------------
    def _on_current_row(self, current, _previous) -> None:
        slug = self.model.slug_at(current.row()) if current.isValid() else None
        # A row whose page is not loaded yet (Ctrl+End, an arrow key past the loaded rows) is
        # selected when its page arrives (``_on_page``), not left to the previous detail.
        self._row_awaited = (-1, -1) if slug or not current.isValid() else (
            self.model.generation, current.row())
        if slug:
            self.state.select(slug)

    def select_slug(self, slug: str) -> None:
        """Select an initiative (a relation link, a chart); shown even if filtered out."""
        row = self.model.row_of_slug(slug)
        if row >= 0:
            self.pane.table.selectRow(row)
            self.pane.table.scrollTo(self.model.index(row, 0))
        self.state.select(slug)

    def select_row(self, row: int) -> None:
        self.pane.table.setFocus()
        self.pane.table.selectRow(row)

