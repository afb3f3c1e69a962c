"""The charts in the window, below the list: built ahead while the window is idle (or the first
time they are shown, if sooner), shown and hidden by the Charts button and F8, exported and
copied from the File menu, and asked to query again when an annotation or an import changes the
data under them.

Their modules (pyqtgraph's import is ~0.2 s of Python) are imported in a background thread once
the first list has been painted and the window is idle (``preload``): opening the charts then no
longer freezes the window for the import. Importing holds the GIL, but in slices, so the UI
thread's longest wait meanwhile is ~15-20 ms against ~190 ms when the UI thread imports
(docs/performance.md)."""
from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QSplitter, QWidget

from ..app_state import AppState, uses_annotations
from ..gc_freeze import freeze_once

log = logging.getLogger(__name__)

# Work done ahead waits until no query has been asked or has run for this long: the user is
# reading the list, not typing or ticking.
IDLE_S = 0.5


def _import_chart_modules() -> None:
    try:
        from . import panel  # noqa: F401 - imported for its side effect: the module is loaded
        from .registry import CHART_KINDS, chart_class
        for kind in CHART_KINDS:
            chart_class(kind)
    except Exception:  # noqa: BLE001 - the UI thread imports them again when the charts open
        log.exception("importing the chart modules in the background failed")
        return
    # pyqtgraph's and numpy's objects live as long as the process (ui/gc_freeze.py).
    freeze_once("chart modules")


class WindowCharts(QObject):
    filterRequested = Signal(object)       # a Filter from a click on a chart
    initiativeActivated = Signal(str)      # a slug from a click on a timeline point or initiative bar
    partsBuilt = Signal()                  # the panel or a chart page was made: new tab stops

    def __init__(self, catalog, dataset_version: str, state: AppState, splitter: QSplitter,
                 status: Callable[[str, int], None], window: QWidget, runner):
        super().__init__(window)
        self.catalog, self.dataset_version, self.state = catalog, dataset_version, state
        self.runner = runner   # the window's query runner: the charts query in its chart worker
        self.splitter, self._status = splitter, status
        self.panel = None  # built the first time the charts are shown
        self.button = QPushButton("Charts")
        self.button.setCheckable(True)
        self.button.setToolTip("Show or hide the funding charts for the current filter (F8)")
        self.button.toggled.connect(self.set_visible)
        self.action = QAction("&Charts", window)
        self.action.setShortcut(QKeySequence("F8"))
        self.action.setCheckable(True)
        self.action.triggered.connect(lambda on: self.set_visible(on))
        state.annotationsChanged.connect(self._on_annotations_changed)
        self._ahead = QTimer(self)   # the steps of ``_work_ahead``
        self._ahead.setInterval(100)
        self._ahead.timeout.connect(self._work_ahead)
        self._import: threading.Thread | None = None
        # In the next turn of the event loop after an import, so the list and the charts are
        # two short pieces of UI-thread work rather than one long one.
        state.importsChanged.connect(lambda _slug: QTimer.singleShot(0, self.data_changed))

    def preload(self) -> None:
        """Once the window is idle (see ``_work_ahead``): import the chart modules in a
        background thread (see the module's docstring), then build the charts ahead."""
        # The window is built and has painted: what start-up made lives as long as the window,
        # and a full collection during the import (~50 ms, the GIL held) would walk it all.
        freeze_once("start-up")
        self._ahead.start()

    def _work_ahead(self) -> None:
        """One step per tick of ``_ahead``, each only while the user is reading rather than
        acting (no query asked or running for ``IDLE_S``): the import, started as soon as the
        first list painted, competed for the GIL with the snapshot's load and the first facet
        counts (its module bodies and extension set-ups hold it for ms at a time). Then, the
        import done, the panel and its current chart are built hidden, in two steps: opening
        the charts built them on the UI thread at once (~35-50 ms of its time, the longest
        freeze of any action at 100k); showing them now only lays out, paints and asks for
        the data. The import thread touches no Qt object, so it cannot race with the window
        being closed."""
        if not self.runner.quiet_for(IDLE_S):
            return
        if self._import is None:
            self._import = threading.Thread(target=_import_chart_modules, name="charts-import", daemon=True)
            self._import.start()
        elif self._import.is_alive():
            return
        elif "ukjp_desktop.ui.charts.panel" not in sys.modules:   # the import failed (logged)
            self._ahead.stop()
        elif self.panel is None:
            self.ensure()
        else:
            self._ahead.stop()
            if not self.panel.charts:   # not opened meanwhile
                self.panel.build_current_chart()
                self.partsBuilt.emit()

    def ensure(self):
        if self.panel is None:
            from .panel import ChartsPanel
            panel = ChartsPanel(self.catalog, self.dataset_version, runner=self.runner)
            panel.setObjectName("charts")
            settings = getattr(self.parent(), "settings", None)
            if settings is not None:
                from ..window_settings import charts_state
                panel.restore_view_state(charts_state(settings))
            panel.filterRequested.connect(self.filterRequested)
            panel.initiativeActivated.connect(self.initiativeActivated)
            # Every way of copying (File menu, the panel's button, a chart's right-click menu)
            # says so: the button and the menu copied without a word.
            panel.chartCopied.connect(lambda: self._status("Chart copied to the clipboard", 4000))
            # Hidden before it joins the splitter: added visible, it was shown for a moment,
            # which built its chart and asked for its data before being hidden again.
            panel.hide()
            self.splitter.addWidget(panel)
            panel.follow(self.state)
            self.panel = panel
            # In the next turn: a chart made on a shown page is shown by its layout only then.
            panel.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, self.partsBuilt.emit))
            self.partsBuilt.emit()
        return self.panel

    def is_visible(self) -> bool:
        return self.panel is not None and self.panel.isVisible()

    def set_visible(self, on: bool) -> None:
        if on:
            panel = self.ensure()
            if panel.isHidden():
                panel.show()
                h = max(self.splitter.height(), 400)
                self.splitter.setSizes([h // 2, h - h // 2])
                self.partsBuilt.emit()
        elif self.panel is not None:
            self.panel.hide()
        for w in (self.button, self.action):
            w.blockSignals(True)
            w.setChecked(on)
            w.blockSignals(False)

    def export(self) -> None:
        self.ensure().export_dialog()

    def copy(self) -> None:
        self.set_visible(True)
        self.panel.copy_current_chart()

    def data_changed(self) -> None:
        """The data under an unchanged filter changed: the charts query again (the visible
        one now, the others when their tab is next shown)."""
        if self.panel is not None:
            self.panel.data_changed()

    def _on_annotations_changed(self, slug: str) -> None:
        if uses_annotations(self.state.filter) or not slug:  # same filter, other initiatives
            self.data_changed()
