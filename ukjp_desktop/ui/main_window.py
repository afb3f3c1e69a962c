"""The explorer window: filters on the left, results in the middle, the selected initiative's
facts, sources and your notes on the right.

Queries run off the UI thread (``QueryRunner``); only the latest request's results are applied.
The window holds plain records only, never ORM objects."""
from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMainWindow, QMenu, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from ..core.filter_codec import filter_from_json, filter_to_json
from ..core.filters import SORT_COLUMNS, Filter, FilterError
from ..core.highlight import terms_of
from ..core.money import format_amount
from ..core.search_syntax import SearchSyntaxError, parse_query
from ..store import annotations as ann
from ..store import overview
from ..store import saved_views as sv
from ..store.catalog import NotFound
from ..store.userdb import Library
from .annotation_panel import AnnotationPanel
from .annotator import Annotator
from .app_state import AppState
from .detail_pane import DetailPane
from .dialogs import AboutDialog, TagManager, ViewManager, ask_text, message
from .filter_panel import FilterPanel
from .highlight_delegate import HighlightDelegate
from .query_runner import DetailResult, FacetResult, ListResult, PageResult, QueryRunner
from .column_fit import columns_to_hide
from .results_model import COLUMN_KEYS, COLUMNS, SLUG_ROLE, ResultsModel
from .source_viewer import SourceViewer

log = logging.getLogger("ukjp_desktop")
SEARCH_DEBOUNCE_MS = 250
# Defaults that fit every column of the table at 1400 px wide without a horizontal scroll bar.
# The name column takes whatever width is left.
COLUMN_WIDTHS = (240, 80, 110, 124, 72, 72, 76, 58, 26)  # "£315.52m", "28 December 2025" fit
FILTER_PANEL_PX = 220


def splitter_sizes(width: int) -> list[int]:
    """Filters, list, detail for a window ``width`` wide: the list gets the most, the detail a
    quarter (an empty detail pane must not squeeze the names)."""
    right = max(260, min(420, width // 4))
    return [FILTER_PANEL_PX, max(300, width - FILTER_PANEL_PX - right), right]


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's redo keys plus Ctrl+Shift+Z, each once: giving one action the same key
    twice makes Qt call it ambiguous and do nothing (Ctrl+Shift+Z is Linux's own redo key)."""
    keys: list[QKeySequence] = []
    for k in [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.Redo)]:
        if not k.isEmpty() and all(k != other for other in keys):
            keys.append(k)
    return keys


class MainWindow(QMainWindow):
    resultsApplied = Signal()      # a list result reached the table (tests and self-test wait on it)
    facetsApplied = Signal()
    detailApplied = Signal(str)    # the detail pane now shows this initiative ("" when cleared)

    def __init__(self, library: Library, settings: QSettings, db_label: str = "", parent=None):
        super().__init__(parent)
        self.library = library
        self.catalog = library.catalog
        self.settings = settings
        self.db_label = db_label or str(library.db.path)
        self.setWindowTitle("UK–Japan S&T Explorer")
        self.state = AppState(self)
        self.runner = QueryRunner(self.catalog, parent=self)
        self.annotator = Annotator(library.engine, self)
        self.total_all = self.catalog.count()
        self.last_list_ms = 0.0
        self.last_facets_ms = 0.0
        self._requested_at = 0.0
        self._source_viewer: SourceViewer | None = None
        self._detail = None
        self._summary_list: ListResult | None = None
        self._summary_totals = None     # (filter, bilateral GBP by side) from the facet result
        self.last_message = ""
        self._snapshot_requested = False
        self.snapshot_s: float | None = None

        self._build_widgets()
        self._build_menus()
        self._connect()
        self._restore_settings()
        self.requery()

    # ---- construction -------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.filter_panel = FilterPanel()
        bounds = overview.year_bounds(self.library.engine)
        if bounds:
            self.filter_panel.set_year_bounds(*bounds)

        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText('Search names, summaries, sources and notes — words, "phrases", quant*, AND/OR/NOT   (Ctrl+F)')
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.search, 1)
        self.charts_button = QPushButton("Charts")
        self.charts_button.setCheckable(True)
        self.charts_button.setToolTip("Show or hide the funding charts for the current filter (F8)")
        self.charts_button.toggled.connect(self.set_charts_visible)
        row.addWidget(self.charts_button)
        cl.addLayout(row)
        self.search_message = QLabel("")
        self.search_message.setTextFormat(Qt.PlainText)
        self.search_message.setWordWrap(True)
        self.search_message.hide()
        cl.addWidget(self.search_message)
        self.summary = QLabel("")
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600; padding: 2px 0;")
        cl.addWidget(self.summary)
        self.empty_message = QLabel("")
        self.empty_message.setObjectName("empty-message")
        self.empty_message.setTextFormat(Qt.PlainText)
        self.empty_message.setWordWrap(True)
        self.empty_message.setStyleSheet("color: palette(mid); padding: 12px 4px;")
        self.empty_message.hide()
        cl.addWidget(self.empty_message)

        self.model = ResultsModel(page_size=self.runner.page_size, parent=self)
        self.sector_names = overview.sector_names(self.library.engine)
        self.model.sector_names = self.sector_names
        self.table = QTableView()
        self.table.setObjectName("results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setMinimumSectionSize(24)
        self._column_widths = dict(zip(COLUMN_KEYS, COLUMN_WIDTHS))
        for col, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(col, width)
        header.setSortIndicator(COLUMN_KEYS.index("announced"), Qt.DescendingOrder)
        self._fit_guard = False
        self.table.viewport().installEventFilter(self)
        header.sectionResized.connect(self._on_section_resized)
        self.delegate = HighlightDelegate(self.table)
        self.table.setItemDelegateForColumn(0, self.delegate)
        self.centre_split = QSplitter(Qt.Vertical)
        self.centre_split.setObjectName("centre-splitter")
        self.centre_split.addWidget(self.table)
        self.centre_split.setChildrenCollapsible(False)
        cl.addWidget(self.centre_split, 1)
        self.charts = None  # built the first time the charts are shown (pyqtgraph costs ~0.3 s)

        # The detail pane names sectors as the facet list does ("Clean technology").
        self.detail = DetailPane(source_text=self.catalog.source_text, sector_names=self.sector_names)
        self.annotations = AnnotationPanel(self.annotator)
        self.right = QSplitter(Qt.Vertical)
        self.right.addWidget(self.detail)
        self.right.addWidget(self.annotations)
        self.right.setStretchFactor(0, 4)
        self.right.setStretchFactor(1, 1)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.filter_panel)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes(splitter_sizes(1400))
        self.setCentralWidget(self.splitter)

        self.status_counts = QLabel("")
        self.status_db = QLabel("")
        self.status_db.setTextFormat(Qt.PlainText)
        self.statusBar().addWidget(self.status_counts, 1)
        self.statusBar().addPermanentWidget(self.status_db)
        self.status_db.setText(f"Database: {self.db_label}")
        self.status_db.setToolTip(f"Dataset version {self.library.dataset_version or 'unknown'}")

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, name: str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        if name:
            act.setObjectName(name)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&Open database…", self.open_database, QKeySequence.Open)
        self._action(file_menu, "&Import document…", self.import_document, "Ctrl+I", "import-document")
        file_menu.addSeparator()
        self._action(file_menu, "&Export list…", self.export_list, "Ctrl+E")
        self._action(file_menu, "Export &charts…", self.export_charts, "Ctrl+Shift+E")
        self._action(file_menu, "Co&py current chart", self.copy_chart, "Ctrl+Shift+C")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.Quit)

        edit = bar.addMenu("&Edit")
        self.undo_action = self.annotator.stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.redo_action = self.annotator.stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(redo_shortcuts())
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self._action(edit, "&Find", self.focus_search, QKeySequence.Find, "find")
        self._action(edit, "&Clear all filters", self.clear_filters, "Ctrl+Shift+L")
        edit.addSeparator()
        self._action(edit, "&Star / unstar selected", self.annotations.toggle_star, "Ctrl+D")
        self._action(edit, "Manage &tags…", self.manage_tags)

        view = bar.addMenu("&View")
        self.views_menu = view.addMenu("Saved &views")
        self._rebuild_views_menu()
        view.addSeparator()
        self.charts_action = self._action(view, "&Charts", lambda on: self.set_charts_visible(on), "F8")
        self.charts_action.setCheckable(True)
        self._action(view, "&Reset layout", self.reset_layout)

        help_menu = bar.addMenu("&Help")
        # "&&" is a literal ampersand: a single "&" would make "T" a mnemonic and vanish.
        self._action(help_menu, "&About UK–Japan S&&T Explorer", self.show_about, name="about")

    def _connect(self) -> None:
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self._apply_search)
        self.search.returnPressed.connect(self._apply_search)
        self.filter_panel.filterEdited.connect(self._on_filter_edited)
        self.state.filterChanged.connect(lambda _f: self.requery())
        self.state.sortChanged.connect(lambda _s, _d: self.requery())
        self.state.selectionChanged.connect(self._show_selected)
        self.runner.listReady.connect(self._on_list)
        self.runner.facetsReady.connect(self._on_facets)
        self.runner.pageReady.connect(self._on_page)
        self.runner.detailReady.connect(self._on_detail)
        self.runner.failed.connect(self._on_failed)
        self.runner.snapshotReady.connect(self._on_snapshot)
        self.runner.snapshotFailed.connect(lambda _why: self.statusBar().showMessage(
            "Fast counting is unavailable (details in the log); counts come from the database, "
            "a little slower", 10000))
        self.model.pageWanted.connect(self.runner.request_page)
        self.model.sortRequested.connect(self._on_sort_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.detail.relationActivated.connect(self.select_slug)
        self.detail.showInSource.connect(self.show_in_source)
        self.annotator.changed.connect(self._on_annotation_changed)
        self.annotator.failed.connect(self._on_annotation_failed)
        self.state.importsChanged.connect(self.refresh_after_import)
        self.setAcceptDrops(True)  # documents dropped on the window open an import review

    # ---- queries ------------------------------------------------------------------------------
    def requery(self) -> None:
        self._requested_at = time.perf_counter()
        self.runner.request(self.state.filter, self.state.sort, self.state.descending,
                            self.state.selected)
        self.filter_panel.set_filter(self.state.filter)
        self._sync_sort_indicator()
        self._show_search_terms()

    def _on_list(self, res: ListResult) -> None:
        if res.generation != self.runner.generation:
            return
        self.last_list_ms = res.elapsed_ms
        self.search_message.setVisible(False)
        self._show_repairs()
        self.model.reset_results(res.generation, res.count, res.rows)
        if res.selected and res.selected == self.state.selected and not res.selected_listed:
            # Filtered out (a facet, a chart click, a search): the detail pane empties rather
            # than go on describing an initiative the list no longer holds.
            self.state.select("")
        self._reselect()
        self._show_summary(res)
        self._show_empty_message(res)
        if not self._snapshot_requested:  # after the first paint; the catalog's rule decides
            self._snapshot_requested = True
            self.runner.load_snapshot()
        self.resultsApplied.emit()

    def _on_facets(self, res: FacetResult) -> None:
        if res.generation != self.runner.facet_generation:
            return
        self.last_facets_ms = res.elapsed_ms
        self.filter_panel.set_counts(res.facets)
        self._summary_totals = (res.filter, res.totals)
        self._render_summary()
        self.facetsApplied.emit()

    def _on_snapshot(self, seconds: float) -> None:
        self.snapshot_s = seconds
        self.statusBar().showMessage(f"Fast counting ready ({seconds:.1f} s)", 3000)

    def _on_page(self, res: PageResult) -> None:
        self.model.add_page(res.generation, res.offset, res.rows)

    def _on_failed(self, generation: int, text: str) -> None:
        if generation != self.runner.generation:
            return
        self.search_message.setStyleSheet("color: #b00020;")
        self.search_message.setText(text + "  The list shows the previous results.")
        self.search_message.show()
        self.resultsApplied.emit()

    def _show_repairs(self) -> None:
        text = self.state.filter.text
        if not text:
            return
        try:
            notes = parse_query(text).notes
        except SearchSyntaxError:
            return
        if notes:
            self.search_message.setStyleSheet("color: palette(mid);")
            self.search_message.setText("Searched literally: " + "; ".join(notes))
            self.search_message.show()

    def _show_summary(self, res: ListResult) -> None:
        self._summary_list = res
        self._render_summary()
        self.status_counts.setText(f"Showing {res.count:,} of {self.total_all:,} initiatives · "
                                   f"list {res.elapsed_ms:.0f} ms")

    def _show_empty_message(self, res: ListResult) -> None:
        """An empty list says why and what to do, instead of a blank table."""
        if res.count:
            self.empty_message.hide()
            return
        what = "this search and these filters" if res.filter.text and not replace(res.filter, text="").is_empty() \
            else "this search" if res.filter.text else "these filters"
        self.empty_message.setText(f"No initiatives match {what}. Try fewer or other words, untick "
                                   "a filter, or Edit → Clear all filters (Ctrl+Shift+L).")
        self.empty_message.show()

    def _render_summary(self) -> None:
        """The line above the table; its money part arrives with the facet counts."""
        res = self._summary_list
        if res is None:
            return
        parts = [f"{res.count:,} of {self.total_all:,} initiatives"]
        if not res.filter.is_empty():
            parts.append(res.filter.describe())
        totals = self._summary_totals
        if totals is not None and totals[0] == res.filter:
            bilateral = sum(totals[1].values())
            if bilateral:
                parts.append(f"{format_amount(bilateral, 'GBP')} bilateral")
        self.summary.setText(" · ".join(parts))

    # ---- filter, search, sort -----------------------------------------------------------------
    def _on_filter_edited(self, f: Filter) -> None:
        if f == Filter() and self.search.text():
            self.search.clear()  # "Clear all" also clears the search
        self._set_filter(replace(f, text=self.state.filter.text) if f != Filter() else f)

    def _set_filter(self, f: Filter) -> None:
        # Relevance order while searching; back to newest first when the search is cleared.
        if f.text and not self.state.filter.text and self.state.sort == "announced":
            self.state.sort, self.state.descending = "relevance", True
        elif not f.text and self.state.sort == "relevance":
            self.state.sort, self.state.descending = "announced", True
        self.state.set_filter(f)

    def set_filter(self, f: Filter) -> None:
        """Apply a whole filter (saved views, charts, tests), keeping the search box in step."""
        if self.search.text() != f.text:
            self.search.setText(f.text)
        self._set_filter(f)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if text:
            try:
                parse_query(text)
            except SearchSyntaxError as exc:
                self.search_message.setStyleSheet("color: #b00020;")
                self.search_message.setText(str(exc))
                self.search_message.show()
                return
        self._set_filter(replace(self.state.filter, text=text))

    def _show_search_terms(self) -> None:
        terms = terms_of(self.state.filter.text)
        self.delegate.set_terms(terms)
        self.detail.set_highlight_terms(terms)
        self.table.viewport().update()

    def _on_sort_requested(self, key: str, descending: bool) -> None:
        if key == "sectors":
            key = "name"  # sectors are a list; sorting them is sorting by the first, by name
        self.state.set_sort(key, descending)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_filters(self) -> None:
        self.search.clear()
        self._set_filter(Filter())

    def keyPressEvent(self, e) -> None:
        if e.key() == Qt.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()
            self._apply_search()
            return
        super().keyPressEvent(e)

    # ---- selection ----------------------------------------------------------------------------
    def _on_current_row(self, current, _previous) -> None:
        slug = current.data(SLUG_ROLE) if current.isValid() else None
        if slug:
            self.state.select(slug)

    def _reselect(self) -> None:
        """After a new result, select the initiative that was selected, if it is still listed."""
        slug = self.state.selected
        row = self.model.row_of_slug(slug) if slug else -1
        sm = self.table.selectionModel()
        sm.blockSignals(True)
        if row >= 0:
            idx = self.model.index(row, 0)
            sm.setCurrentIndex(idx, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            self.table.scrollTo(idx)
        else:
            sm.clearSelection()
        sm.blockSignals(False)

    def select_slug(self, slug: str) -> None:
        """Select an initiative (a relation link, a saved state); shown even if filtered out."""
        row = self.model.row_of_slug(slug)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.state.select(slug)

    def select_row(self, row: int) -> None:
        self.table.setFocus()
        self.table.selectRow(row)

    def _show_selected(self, slug: str) -> None:
        self.annotations.flush()
        if not slug:
            self.runner.detail_generation += 1  # a detail still loading must not land
            self._show_detail(None)
            self.detailApplied.emit("")
            return
        # The detail is read off the UI thread (issue 3 §4); the pane keeps the previous
        # initiative for the few milliseconds that takes rather than flashing empty.
        self.runner.request_detail(slug)

    def _on_detail(self, res: DetailResult) -> None:
        if res.generation != self.runner.detail_generation or res.slug != self.state.selected:
            return
        if res.error:
            # About the detail, not the list: said in the status bar, the list is untouched.
            log.warning("detail of %s not loaded: %s", res.slug, res.error)
            self.statusBar().showMessage(res.error, 10000)
        self._show_detail(res.detail, res.tags)
        self.detailApplied.emit(res.slug)

    def _show_detail(self, d, tags=()) -> None:
        self._detail = d
        self.detail.show_detail(d)
        if d is None:
            self.annotations.show_annotation("", "", None, [])
        else:
            self.annotations.show_annotation(d.slug, d.name, d.annotation, list(tags))

    # ---- sources ------------------------------------------------------------------------------
    def show_in_source(self, source_slug: str, excerpt_id: int) -> None:
        d = self._detail
        if d is None:
            return
        excerpts = [e for e in d.excerpts if e.source_slug == source_slug]
        if not excerpts:
            return
        title, text = self.catalog.source_text(source_slug)
        first = excerpts[0]
        if self._source_viewer is None:
            self._source_viewer = SourceViewer(self)
        self._source_viewer.open_excerpt(source_slug, title, first.source_publisher, first.source_date,
                                         text, excerpts, excerpt_id)
        self._source_viewer.present()

    @property
    def source_viewer(self) -> SourceViewer | None:
        return self._source_viewer

    # ---- annotations --------------------------------------------------------------------------
    def _on_annotation_changed(self, slug: str) -> None:
        f = self.state.filter
        depends = f.starred or f.has_note or bool(f.tags) or bool(f.text)
        shown = self.state.selected
        if shown and (not slug or slug == shown):
            try:
                d = self.catalog.detail(shown)
                self._detail = d
                self.annotations.show_annotation(shown, d.name, d.annotation, ann.tags(self.library.engine))
                row = self.model.row_of_slug(shown)
                rec = self.model.row_record(row) if row >= 0 else None
                if rec is not None and rec.starred != d.annotation.starred:
                    self.model.replace_row(replace(rec, starred=d.annotation.starred))
            except NotFound:
                pass
            # A detail read on the worker before this write may still be on its way; asking
            # again makes that older read stale, so it cannot put the old note back on screen.
            self.runner.request_detail(shown)
        if depends or not slug:
            self.requery()
            self._charts_data_changed()  # same filter, other initiatives (a tag, a star)
        else:  # the list is unchanged; only tag counts can move
            self.runner.request_facets(f)

    def _on_annotation_failed(self, text: str) -> None:
        self.last_message = text
        message(self, "Annotation not changed", text)

    def manage_tags(self) -> None:
        TagManager(self.annotator, self).exec()

    # ---- saved views --------------------------------------------------------------------------
    def _rebuild_views_menu(self) -> None:
        m = self.views_menu
        m.clear()
        self._action(m, "&Save current view…", self.save_view, "Ctrl+Shift+S")
        self._action(m, "&Manage views…", self.manage_views)
        views = sv.list_views(self.library.engine)
        if views:
            m.addSeparator()
        for v in views:
            act = QAction(v.name, self)
            act.setToolTip(v.filter.describe())
            act.triggered.connect(lambda _=False, name=v.name: self.open_view(name))
            m.addAction(act)

    def save_view(self) -> None:
        name = ask_text(self, "Save view", "Name for this view (filters, search and sort):")
        if name:
            self.save_view_as(name)

    def save_view_as(self, name: str) -> None:
        try:
            sv.save_view(self.library.engine, name, self.state.filter, self.state.sort, self.state.descending)
        except sv.SavedViewError as exc:
            message(self, "View not saved", str(exc))
            return
        self._rebuild_views_menu()
        self.statusBar().showMessage(f"Saved view “{name}”", 4000)

    def open_view(self, name: str) -> None:
        try:
            v = sv.get_view(self.library.engine, name)
        except sv.SavedViewError as exc:
            message(self, "View not opened", str(exc))
            return
        self.state.sort, self.state.descending = v.sort, v.descending
        self._sync_sort_indicator()
        if self.search.text() != v.filter.text:
            self.search.setText(v.filter.text)
        if v.filter == self.state.filter:
            self.requery()
        self.state.set_filter(v.filter)

    def manage_views(self) -> None:
        ViewManager(self.library.engine, self._rebuild_views_menu, self).exec()

    def _sync_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        if self.state.sort in COLUMN_KEYS:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(COLUMN_KEYS.index(self.state.sort),
                                    Qt.DescendingOrder if self.state.descending else Qt.AscendingOrder)
        else:
            header.setSortIndicatorShown(False)
        header.blockSignals(False)

    # ---- another database -----------------------------------------------------------------------
    def open_database(self, path: str | None = None) -> "MainWindow | None":
        """Open another database in a new window (this one closes); a file that cannot be
        opened is reported in words and this window stays as it was."""
        from ..store.database import DatabaseError
        from ..store.userdb import open_library
        from .failure import choose_database_file
        path = path or choose_database_file(self)
        if not path:
            return None
        try:
            library = open_library(path)
        except DatabaseError as exc:
            self.last_message = str(exc)
            message(self, "Database not opened", str(exc))
            return None
        self.annotations.flush()
        self.save_settings()
        other = MainWindow(library, self.settings, db_label=str(library.db.path))
        other.show()
        self.close()
        self.library.engine.dispose()  # this window's queries have finished (closeEvent waits)
        return other

    # ---- exports ------------------------------------------------------------------------------
    def export_list(self) -> None:
        from .export_list import ExportListDialog, run_export
        folder = str(self.settings.value("export/folder", str(Path.home())))
        dlg = ExportListDialog(folder, self.model.rowCount(), self.state.filter.describe(), self)
        if dlg.exec() != ExportListDialog.Accepted:
            return
        path = dlg.path.text().strip()
        if not path:
            return
        self.settings.setValue("export/folder", str(Path(path).expanduser().parent))
        run_export(self, path, dlg.fmt(), dlg.selected_columns())

    # ---- charts -------------------------------------------------------------------------------
    def ensure_charts(self):
        if self.charts is None:
            from .charts.panel import ChartsPanel
            self.charts = ChartsPanel(self.catalog, self.library.dataset_version or "")
            self.charts.setObjectName("charts")
            self.charts.filterRequested.connect(self.set_filter)
            self.charts.initiativeActivated.connect(self.select_slug)
            self.state.filterChanged.connect(self.charts.set_filter)
            self.state.selectionChanged.connect(lambda slug: self.charts.highlight(slug or None))
            self.centre_split.addWidget(self.charts)
            self.charts.set_filter(self.state.filter)
            self.charts.highlight(self.state.selected or None)
            self.charts.hide()
        return self.charts

    def set_charts_visible(self, on: bool) -> None:
        if on:
            charts = self.ensure_charts()
            if charts.isHidden():
                charts.show()
                h = max(self.centre_split.height(), 400)
                self.centre_split.setSizes([h // 2, h - h // 2])
        elif self.charts is not None:
            self.charts.hide()
        for w in (self.charts_button, self.charts_action):
            w.blockSignals(True)
            w.setChecked(on)
            w.blockSignals(False)

    def export_charts(self) -> None:
        self.ensure_charts().export_dialog()

    def copy_chart(self) -> None:
        self.set_charts_visible(True)
        self.charts.copy_current_chart()
        self.statusBar().showMessage("Chart copied to the clipboard", 4000)

    # ---- settings -----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geo = s.value("window/geometry")
        if not (isinstance(geo, QByteArray) and self.restoreGeometry(geo)):
            self.resize(1400, 860)
        self._splitter_restored = False
        for key, splitter in (("window/splitter", self.splitter), ("window/right", self.right)):
            state = s.value(key)
            if isinstance(state, QByteArray) and splitter.restoreState(state) and splitter is self.splitter:
                self._splitter_restored = True
        header_state = s.value("window/header")
        header = self.table.horizontalHeader()
        if isinstance(header_state, QByteArray) and header.restoreState(header_state):
            for col, key in enumerate(COLUMN_KEYS):
                if not header.isSectionHidden(col) and header.sectionSize(col) > 0:
                    self._column_widths[key] = header.sectionSize(col)
        try:
            f = filter_from_json(str(s.value("last/filter", "{}")))
        except FilterError:
            f = Filter()  # a broken or future setting: start unfiltered rather than fail
        sort = str(s.value("last/sort", "announced"))
        self.state.sort = sort if sort in SORT_COLUMNS else "announced"
        self.state.descending = str(s.value("last/descending", "true")).lower() == "true"
        self.state.filter = f
        self.search.setText(f.text)
        self._sync_sort_indicator()
        if str(s.value("window/charts", "false")).lower() == "true":
            # After the first paint, so the charts never slow the window's appearance.
            QTimer.singleShot(0, lambda: self.set_charts_visible(True))
        slug = str(s.value("last/selected", "") or "")
        if slug:
            QTimer.singleShot(0, lambda: self._restore_selection(slug))

    def _restore_selection(self, slug: str) -> None:
        try:
            self.catalog.detail(slug)
        except NotFound:
            return
        self.state.select(slug)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/right", self.right.saveState())
        s.setValue("window/header", self.table.horizontalHeader().saveState())
        s.setValue("window/charts", "true" if self.charts is not None and self.charts.isVisible() else "false")
        if self.charts is not None and self.charts.isVisible():
            s.setValue("window/centre", self.centre_split.saveState())
        s.setValue("last/filter", filter_to_json(self.state.filter))
        s.setValue("last/sort", self.state.sort)
        s.setValue("last/descending", "true" if self.state.descending else "false")
        s.setValue("last/selected", self.state.selected)
        s.sync()

    def reset_layout(self) -> None:
        self.splitter.setSizes(splitter_sizes(self.width()))
        self.right.setSizes([600, 200])
        self._column_widths = dict(zip(COLUMN_KEYS, COLUMN_WIDTHS))
        for col, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(col, width)
        self.fit_columns()

    # ---- columns that fit -----------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.table.viewport() and event.type() == QEvent.Resize:
            QTimer.singleShot(0, self.fit_columns)  # after the layout has settled
        return super().eventFilter(obj, event)

    def _on_section_resized(self, index: int, _old: int, new: int) -> None:
        # A width the user dragged is the one to come back to after a column was hidden.
        if not self._fit_guard and index > 0 and new > 0:
            self._column_widths[COLUMN_KEYS[index]] = new

    def fit_columns(self) -> None:
        """Hide the columns that do not fit beside a readable name (ui/column_fit.py)."""
        header = self.table.horizontalHeader()
        widths = {k: self._column_widths[k] for k in COLUMN_KEYS[1:]}
        hidden = set(columns_to_hide(self.table.viewport().width(), widths))
        self._fit_guard = True
        try:
            for col, key in enumerate(COLUMN_KEYS[1:], start=1):
                if header.isSectionHidden(col) != (key in hidden):
                    header.setSectionHidden(col, key in hidden)
                    if key not in hidden:
                        self.table.setColumnWidth(col, self._column_widths[key])
        finally:
            self._fit_guard = False
        names = [h for k, h in COLUMNS if k in hidden]
        header.setToolTip("Widen the window to see " + ", ".join(names) +
                          " (also in the detail pane)" if names else "")

    def show_about(self) -> None:
        AboutDialog(self.catalog.info(), self.db_label, self).exec()

    # ---- importing documents (ui/import_review.py) ---------------------------------------------
    # The review module brings the extractor (compiled patterns, gazetteer): ~100 ms that only
    # an import needs, so it is imported on first use rather than on the start-up path.
    def import_document(self) -> None:
        from .import_review import choose_and_review
        choose_and_review(self)

    def dragEnterEvent(self, e) -> None:
        from .import_review import dropped_paths
        if dropped_paths(e.mimeData()):
            e.acceptProposedAction()
        else:
            e.ignore()

    def dragMoveEvent(self, e) -> None:
        self.dragEnterEvent(e)

    def dropEvent(self, e) -> None:
        from .import_review import dropped_paths, open_review
        paths = dropped_paths(e.mimeData())
        if not paths:
            e.ignore()
            return
        e.acceptProposedAction()
        for path in paths:
            open_review(self, path)

    def refresh_after_import(self, slug: str) -> None:
        """An import, or its undo or redo, changed initiatives, lines and sources: recount,
        requery the list and facets, and show the initiative it touched (if it still exists)."""
        self.total_all = self.catalog.count()
        # The import made the in-memory facet data stale (SQL answers meanwhile); a large
        # database loads it again after the next list.
        self._snapshot_requested = False
        want = slug or self.state.selected
        if want:
            try:
                self.catalog.detail(want)
            except NotFound:  # undoing an import removed the initiative it had created
                want = ""
        if want != self.state.selected:
            self.state.select(want)
        else:
            self._show_selected(want)
        self.requery()
        # In the next turn of the event loop, so the list and the charts are two short pieces
        # of UI-thread work rather than one long one.
        QTimer.singleShot(0, self._charts_data_changed)

    def _charts_data_changed(self) -> None:
        """The data under an unchanged filter changed: the charts query again (the visible
        one now, the others when their tab is next shown)."""
        if self.charts is not None:
            self.charts.data_changed()

    def showEvent(self, e) -> None:  # noqa: N802 - Qt API
        super().showEvent(e)
        if not self._splitter_restored:
            # First start: split the real width (maximised, or a small laptop screen).
            self._splitter_restored = True
            self.splitter.setSizes(splitter_sizes(self.width()))
        QTimer.singleShot(0, self.fit_columns)

    def closeEvent(self, e) -> None:
        self.annotations.flush()
        self.save_settings()
        # The window goes at once; a background read still running (the facet snapshot takes
        # ~1 s at 100k) finishes unseen instead of holding the window on screen for seconds.
        self.hide()
        self.runner.shutdown(5000)
        super().closeEvent(e)
