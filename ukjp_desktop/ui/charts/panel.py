"""The charts area: a tab per chart, each built the first time its tab is shown, shared
controls (display currency, log axis, context figures), export and copy.

The charts' queries run on the query runner's chart worker, never on the UI thread: the panel
asks a chart what it needs for the panel's state (``BaseChart.wanted``), runs the chart's
``load`` in the worker and applies the result on the UI thread; a newer request for the same
chart cancels the older one's SQL, and a result that is no longer wanted is dropped. Until its
result arrives a chart goes on showing what it showed (its caption names that filter).

The panel imports no pyqtgraph itself; the first chart created pays its import cost.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from ...core.chart_series import DISPLAY_CURRENCIES
from ...core.filters import Filter
from .registry import CHART_KINDS, CHART_TITLES, chart_class
from ..widgets.flow_layout import FlowLayout

RATES = "rates"   # the query runner's key for reading the rate table (chart kinds are the others)
HOVER = "hover:"  # + a chart kind: the key for reading what a hover shows (the lines behind a bar)


class ChartsPanel(QWidget):
    filterRequested = Signal(object)       # a core.filters.Filter from a click on a chart
    initiativeActivated = Signal(str)      # a slug, from a click on a timeline point or initiative bar
    chartApplied = Signal(str)             # a chart kind whose loaded data was just drawn
    chartCopied = Signal()                 # a chart was put on the clipboard (button or its menu)

    def __init__(self, catalog, dataset_version: str, parent=None, settings=None, runner=None):
        super().__init__(parent)
        # The window's query runner; a panel on its own (tests, the chart export) has its own.
        if runner is None:
            from ..query_runner import QueryRunner
            runner = QueryRunner(catalog, parent=self)
        self.runner = runner
        runner.workReady.connect(self._loaded)
        # QSettings for the export dialog's remembered choices; None: the window's own
        # (export_dialog.settings_of), looked up when the dialog opens.
        self.settings = settings
        from ...store.chart_data import ChartData  # store layer: plain records only
        self.data = ChartData(catalog)
        self.dataset_version = dataset_version
        self.runner.request_work(RATES, self.data.rates)   # so a currency change need not query
        self.filter = Filter()
        self.currency = "GBP"
        self.log = False
        self.include_context = False
        self.highlight_slug: str | None = None
        self._load_failed = False     # the status line shows a failed chart query
        self._restored_currency = ""  # applied once the rate table has arrived
        self.charts: dict[str, object] = {}
        self._pages: dict[str, QWidget] = {}
        self._build_ui()

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = FlowLayout(spacing=8)
        self.currency_box = QComboBox()
        self.currency_box.addItems(DISPLAY_CURRENCIES)
        self.currency_box.setToolTip("Display currency (converted with the rate table; the basis is stated on the chart)")
        self.currency_box.currentTextChanged.connect(self._currency_changed)
        self.log_box = QCheckBox("Log scale")
        self.log_box.toggled.connect(self._log_changed)
        self.context_box = QCheckBox("Context figures")
        self.context_box.setToolTip("Add national strategies and third-party subsidies, drawn lighter")
        self.context_box.toggled.connect(self._context_changed)
        self.reset_button = QPushButton("Reset view")
        self.reset_button.setToolTip("Fit the chart to its data again (enabled after you zoom or pan)")
        self.reset_button.setEnabled(False)
        self.reset_button.clicked.connect(self._reset_current_view)
        self.copy_button = QPushButton("Copy chart")
        self.copy_button.clicked.connect(self.copy_current_chart)
        self.export_button = QPushButton("Export charts…")
        # Not connected straight to export_dialog: ``clicked`` passes checked=False, which
        # arrived as preselect=False and opened the dialog with no chart ticked.
        self.export_button.clicked.connect(lambda _checked=False: self.export_dialog())
        # Two groups that wrap onto two lines when the list is narrow: one row of all seven
        # controls was ~620 px wide, and a window made narrower squeezed the detail pane instead.
        for group in ((QLabel("Currency"), self.currency_box, self.log_box, self.context_box),
                      (self.reset_button, self.copy_button, self.export_button)):
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            for w in group:
                row.addWidget(w)
            bar.addWidget(holder)
        lay.addLayout(bar)
        self.status = QLabel()
        self.status.setStyleSheet("color: #a33")
        self.status.hide()
        lay.addWidget(self.status)
        self.tabs = QTabWidget()
        for kind in CHART_KINDS:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages[kind] = page
            self.tabs.addTab(page, CHART_TITLES[kind])
        self.tabs.currentChanged.connect(self._tab_shown)
        lay.addWidget(self.tabs, 1)

    # ---- lazy creation ------------------------------------------------------------------------
    def showEvent(self, ev):  # noqa: N802 - Qt API
        super().showEvent(ev)
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index < 0 or not self.isVisible():
            return
        self._sync(self.chart(CHART_KINDS[index]))
        self._update_reset_button()

    def _update_reset_button(self, *_):
        c = self.current_chart()
        self.reset_button.setEnabled(bool(c is not None and c.user_zoomed))

    def _reset_current_view(self) -> None:
        c = self.current_chart()
        if c is not None:
            c.reset_view()

    def chart(self, kind: str):
        """The chart of ``kind``, created if it does not exist yet and brought up to date (its
        data arrive from the worker: see ``busy`` and ``chartApplied``)."""
        c = self._created(kind)
        self._sync(c)
        return c

    def build_current_chart(self) -> None:
        """Build the current tab's chart (its widgets, ~25 ms of UI thread, most of it
        pyqtgraph's PlotWidget) without asking for its data: done in an idle turn ahead of
        the panel being shown, so that showing it only lays out and paints."""
        self._created(CHART_KINDS[self.tabs.currentIndex()])

    def _created(self, kind: str):
        if kind not in self.charts:
            c = chart_class(kind)(self.data, self.dataset_version)
            c.loader = self._load
            c.hover_loader = self._load_hover
            c.filterRequested.connect(self.filterRequested)
            c.initiativeActivated.connect(self.initiativeActivated)
            c.exportRequested.connect(lambda k=kind: self.export_dialog(preselect=k))
            c.settingRequested.connect(self._setting_from_chart)
            c.zoomChanged.connect(self._update_reset_button)
            c.copied.connect(self.chartCopied)
            self._pages[kind].layout().addWidget(c)
            self.charts[kind] = c
        return self.charts[kind]

    def chart_now(self, kind: str):
        """The chart of ``kind`` with its data for the panel's current state, loaded on this
        thread if the worker has not delivered them yet: for exports and copies, which the
        user asked for and waits on anyway."""
        c = self.chart(kind)
        if c.pending is not None:
            self.runner.cancel_work(kind)
            req, c.pending = c.pending, None
            c.apply(req, c.load(self.data, req))
        return c

    @property
    def busy(self) -> bool:
        """Whether a chart is waiting for data from the worker."""
        return any(c.pending is not None for c in self.charts.values())

    def _sync(self, c) -> None:
        """Bring one chart to the panel's state, loading only what changed. A change of
        display currency or of scale refits the view at once (its range is in other units);
        new data refit it when they arrive unless the user has zoomed or panned by hand; a new
        highlight keeps it."""
        units_changed = c.rate.currency != self.currency or c.log != self.log
        if c.rate.currency != self.currency:
            c.rate = self.data.display_rate(self.currency)
        c.log = self.log
        req = c.wanted(self.filter, self.include_context, self.highlight_slug)
        if units_changed or not (req.series or req.keys):
            c.redraw(fit="always" if units_changed else "never")
        self._load(c, req)
        self._update_reset_button()

    def _load(self, c, req) -> None:
        """The chart's loader: ``req`` goes to the worker unless it is already on its way; a
        chart that needs nothing drops what it was waiting for."""
        if not (req.series or req.keys):
            if c.pending is not None:
                self.runner.cancel_work(c.kind)
                c.pending = None
            return
        if req == c.pending:
            return
        c.pending = req
        data = self.data
        self.runner.request_work(c.kind, lambda: (req, c.load(data, req)))

    def _load_hover(self, c, shape, query) -> None:
        """A hover's store part, read in the chart worker (a newer hover on the same chart
        cancels it: the pointer has moved on)."""
        generation, data = c.hover_generation, self.data
        self.runner.request_work(HOVER + c.kind, lambda: (generation, shape, query(data)))

    def _loaded(self, result) -> None:
        if not self.runner.work_current(result):
            return
        if result.key.startswith(HOVER):
            c = self.charts.get(result.key[len(HOVER):])
            if c is not None and result.error:
                c.hover_failed(result.error)
            elif c is not None:
                c.hover_loaded(*result.value)
            return
        if result.key == RATES and not result.error:
            self._rates_loaded()
            return
        c = self.charts.get(result.key)
        if result.error:
            self.status.setText(result.error)
            self.status.show()
            self._load_failed = True
        elif self._load_failed:       # the failure shown is over
            self._load_failed = False
            self.status.hide()
        if c is None:
            return
        if result.error:
            c.pending = None
            c.stale = True            # asked again when next synced
            return
        req, loaded = result.value
        if req != c.pending:
            return
        c.pending = None
        c.apply(req, loaded)
        self._update_reset_button()
        self.chartApplied.emit(c.kind)

    def current_chart(self):
        kind = CHART_KINDS[self.tabs.currentIndex()]
        return self.charts.get(kind)

    def _visible_charts(self):
        c = self.current_chart()
        return [c] if c is not None and self.isVisible() else []

    # ---- public API ---------------------------------------------------------------------------
    def follow(self, state) -> None:
        """Follow the window's shared state (ui/app_state.py): its filter and its selection."""
        state.filterChanged.connect(self.set_filter)
        state.selectionChanged.connect(lambda slug: self.highlight(slug or None))
        self.set_filter(state.filter)
        self.highlight(state.selected or None)

    def set_filter(self, f: Filter) -> None:
        self.filter = f
        for c in self._visible_charts():   # hidden charts catch up when their tab is shown
            self._sync(c)

    def data_changed(self) -> None:
        """The database changed underneath (an import or its undo, a dataset change, an
        annotation): the visible chart queries again now, the other charts already created
        when their tab is next shown. The chart data's caches (names of sectors and
        organisations, the rate table) are dropped with it, and the display rate is looked up
        again (``_rates_loaded``), all in the worker."""
        from ...store.chart_data import ChartData
        self.data = ChartData(self.data.catalog)
        for c in self.charts.values():
            if c.pending is not None:   # asked of the old data: asked again below or when shown
                self.runner.cancel_work(c.kind)
                c.pending = None
            c.data = self.data
            c.stale = True
        # Queued before the charts' loads on the one chart worker, so it lands before them.
        self.runner.request_work(RATES, self.data.rates)
        for c in self._visible_charts():
            self._sync(c)

    # ---- what the user chose, kept between runs ------------------------------------------------
    def view_state(self) -> dict:
        # A restored currency still waiting for the rates is the user's choice all the same.
        return {"tab": CHART_KINDS[self.tabs.currentIndex()], "currency": self._restored_currency or self.currency,
                "log": self.log, "context": self.include_context}

    def restore_view_state(self, state: dict) -> None:
        """Last run's tab, scale and context figures at once; its currency once the rate table
        has been read (in the worker: never on the UI thread), and only if the table still has
        that currency's rate."""
        if state.get("tab") in CHART_KINDS:
            self.tabs.setCurrentIndex(CHART_KINDS.index(state["tab"]))
        self.log_box.setChecked(bool(state.get("log")))
        self.context_box.setChecked(bool(state.get("context")))
        currency = state.get("currency")
        if currency in DISPLAY_CURRENCIES and currency != self.currency:
            self._restored_currency = currency   # the rates asked for at construction apply it

    def _rates_loaded(self) -> None:
        """The rate table of new data has been read: the display rate again, or GBP when the
        currency's rate went with an undone import."""
        from ...store.chart_data import ChartDataError
        restored, self._restored_currency = self._restored_currency, ""
        if restored:
            try:
                self.data.display_rate(restored)
            except ChartDataError:
                pass      # that rate is gone: GBP, as a new panel has
            else:
                self.currency_box.setCurrentText(restored)   # ``_currency_changed`` syncs
        try:
            rate = self.data.display_rate(self.currency)
        except ChartDataError as exc:
            self.status.setText(str(exc))
            self.status.show()
            self.currency = "GBP"
            self.currency_box.blockSignals(True)
            self.currency_box.setCurrentText("GBP")
            self.currency_box.blockSignals(False)
            for c in self._visible_charts():
                self._sync(c)
            return
        for c in self.charts.values():
            if c.rate.currency == rate.currency:
                c.rate = rate          # same currency, perhaps a new rate: refits as data do

    def highlight(self, slug: str | None) -> None:
        self.highlight_slug = slug
        for c in self._visible_charts():
            self._sync(c)

    def _currency_changed(self, currency: str) -> None:
        from ...store.chart_data import ChartDataError
        self._restored_currency = ""     # the user's choice now, not last run's
        try:
            self.data.display_rate(currency)
        except ChartDataError as exc:
            self.status.setText(str(exc))
            self.status.show()
            self.currency_box.blockSignals(True)
            self.currency_box.setCurrentText(self.currency)
            self.currency_box.blockSignals(False)
            return
        self.status.hide()
        self.currency = currency
        for c in self._visible_charts():
            self._sync(c)

    def _log_changed(self, on: bool) -> None:
        self.log = on
        for c in self._visible_charts():
            self._sync(c)

    def _context_changed(self, on: bool) -> None:
        self.include_context = on
        for c in self._visible_charts():
            self._sync(c)

    def _setting_from_chart(self, name: str, value) -> None:
        # The shared controls own these settings; setting them re-syncs the visible chart.
        if name == "log":
            self.log_box.setChecked(bool(value))
        elif name == "include_context":
            self.context_box.setChecked(bool(value))
        elif name == "currency":
            self.currency_box.setCurrentText(str(value))

    def export_dialog(self, preselect: str | None = None):
        from .export_dialog import ExportChartsDialog
        dlg = ExportChartsDialog([(k, CHART_TITLES[k]) for k in CHART_KINDS], self.chart_now, self,
                                 preselect=preselect, settings=self.settings)
        dlg.exec()
        return dlg

    def copy_current_chart(self) -> None:
        c = self.chart_now(CHART_KINDS[self.tabs.currentIndex()])
        c.copy_to_clipboard()
