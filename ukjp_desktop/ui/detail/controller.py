"""The selected initiative: the detail pane and your notes follow the shared selection; an
excerpt opens in the source viewer; annotation edits (through the undoable ``Annotator``) show
at once."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QSplitter, QWidget
from sqlalchemy.exc import SQLAlchemyError

from ...core.filters import Filter
from ...core.highlight import terms_of
from ...store import annotations as ann
from ...store.catalog import NotFound
from ...store.engines import failure_words
from ..app_state import AppState
from ..query_runner import DetailResult, QueryRunner
from ..widgets.dialogs import message
from .annotation_panel import AnnotationPanel
from .annotator import Annotator
from .detail_pane import DetailPane
from .source_viewer import SourceViewer
from .tag_manager import TagManager

log = logging.getLogger(__name__)


class DetailController(QObject):
    detailApplied = Signal(str)    # the detail pane now shows this initiative ("" when cleared)
    starShown = Signal(str, bool)  # an edit changed this initiative's star (the list shows it)

    def __init__(self, library, state: AppState, runner: QueryRunner, annotator: Annotator,
                 sector_names: dict, status: Callable[[str, int], None], window: QWidget):
        super().__init__(window)
        self.library, self.catalog, self.state, self.runner = library, library.catalog, state, runner
        self.annotator, self._status, self._window = annotator, status, window
        self.shown = None               # the InitiativeDetail on screen
        self.source_viewer: SourceViewer | None = None
        self.table_row_dialog = None    # Show in source for a table import's fact (issue 16)
        # The detail pane names sectors as the facet list does ("Clean technology").
        self.pane = DetailPane(source_text=self.catalog.source_text, sector_names=sector_names)
        self.annotations = AnnotationPanel(annotator)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.annotations)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.pane.set_highlight_terms(terms_of(state.filter.text))

        state.selectionChanged.connect(self._show_selected)
        state.filterChanged.connect(self._on_filter)
        state.annotationsChanged.connect(self._on_annotations_changed)
        state.importsChanged.connect(self._on_imports_changed)
        runner.detailReady.connect(self._on_detail)
        self.pane.showInSource.connect(self.show_in_source)
        self.pane.showTableRow.connect(self.show_table_row)
        annotator.failed.connect(self._on_annotation_failed)

    def _on_filter(self, f: Filter) -> None:
        self.pane.set_highlight_terms(terms_of(f.text))

    def _show_selected(self, slug: str) -> None:
        self.annotations.flush()
        if not slug:
            self.runner.detail_generation += 1  # a detail still loading must not land
            self._show(None)
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
            self._status(res.error, 10000)
        self.pane.add_sources(res.sources)   # read with the detail: the pane need not query
        self._show(res.detail, res.tags)
        self.detailApplied.emit(res.slug)

    def _show(self, d, tags=()) -> None:
        self.shown = d
        self.pane.show_detail(d)
        if d is None:
            self.annotations.show_annotation("", "", None, [])
        else:
            self.annotations.show_annotation(d.slug, d.name, d.annotation, list(tags))

    def _on_imports_changed(self, slug: str) -> None:
        """An import, or its undo or redo: show the initiative it touched (if it still exists)."""
        want = slug or self.state.selected
        # One row by slug (the detail itself is read off the UI thread): undoing an import
        # removes the initiative it had created.
        if want and not self.catalog.contains(Filter(), want):
            want = ""
        if want != self.state.selected:
            self.state.select(want)
        else:
            self._show_selected(want)

    def show_in_source(self, source_slug: str, excerpt_id: int) -> None:
        d = self.shown
        if d is None:
            return
        excerpts = [e for e in d.excerpts if e.source_slug == source_slug]
        if not excerpts:
            return
        title, text = self.catalog.source_text(source_slug)
        first = excerpts[0]
        if self.source_viewer is None:
            self.source_viewer = SourceViewer(self._window)
        self.source_viewer.open_excerpt(source_slug, title, first.source_publisher, first.source_date,
                                        text, excerpts, excerpt_id)
        self.source_viewer.present()

    def show_table_row(self, excerpt_id: int) -> None:
        from .table_row import show_table_row
        e = next((x for x in (self.shown.excerpts if self.shown else []) if x.id == excerpt_id), None)
        if e is not None:
            self.table_row_dialog = show_table_row(self.library.engine, self._window, excerpt_id, e.text)

    # ---- annotations --------------------------------------------------------------------------
    def _on_annotations_changed(self, slug: str) -> None:
        shown = self.state.selected
        if not shown or (slug and slug != shown):
            return
        try:
            d = self.catalog.detail(shown)
            self.shown = d
            self.annotations.show_annotation(shown, d.name, d.annotation, ann.tags(self.library.engine))
            self.starShown.emit(shown, d.annotation.starred or d.annotation.team_starred)
        except NotFound:
            pass
        except SQLAlchemyError as exc:   # e.g. a team database's server is away: the read
            log.warning("annotations of %s not refreshed: %s", shown,  # asked below says so
                        failure_words(self.library.engine, exc))
        # A detail read on the worker before this write may still be on its way; asking
        # again makes that older read stale, so it cannot put the old note back on screen.
        self.runner.request_detail(shown)

    def _on_annotation_failed(self, text: str) -> None:
        self._window.last_message = text  # the window keeps the last message it showed
        log.error("annotation not changed: %s", text)
        message(self._window, "Annotation not changed", text)

    def manage_tags(self) -> None:
        TagManager(self.annotator, self._window).exec()
