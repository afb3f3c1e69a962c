"""The charts area: a tab per chart, each built the first time its tab is shown, shared
controls (display currency, log axis, context figures), export and copy.

The panel imports no pyqtgraph itself; the first chart created pays its import cost.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from ...core.chart_series import DISPLAY_CURRENCIES
from ...core.filters import Filter
from .registry import CHART_KINDS, CHART_TITLES, chart_class


class ChartsPanel(QWidget):
    filterRequested = Signal(object)       # a core.filters.Filter from a click on a chart
    initiativeActivated = Signal(str)      # a slug, from a click on a timeline point or initiative bar

    def __init__(self, catalog, dataset_version: str, parent=None, settings=None):
        super().__init__(parent)
        # QSettings for the export dialog's remembered choices; None: the window's own
        # (export_dialog.settings_of), looked up when the dialog opens.
        self.settings = settings
        from ...store.chart_data import ChartData  # store layer: plain records only
        self.data = ChartData(catalog)
        self.dataset_version = dataset_version
        self.filter = Filter()
        self.currency = "GBP"
        self.log = False
        self.include_context = False
        self.highlight_slug: str | None = None
        self.charts: dict[str, object] = {}
        self._pages: dict[str, QWidget] = {}
        self._build_ui()

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
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
        for w in (QLabel("Currency"), self.currency_box, self.log_box, self.context_box):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.reset_button, self.copy_button, self.export_button):
            bar.addWidget(w)
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
        """The chart of ``kind``, created (and brought up to date) if it does not exist yet."""
        if kind not in self.charts:
            c = chart_class(kind)(self.data, self.dataset_version)
            c.filterRequested.connect(self.filterRequested)
            c.initiativeActivated.connect(self.initiativeActivated)
            c.exportRequested.connect(lambda k=kind: self.export_dialog(preselect=k))
            c.settingRequested.connect(self._setting_from_chart)
            c.zoomChanged.connect(self._update_reset_button)
            self._pages[kind].layout().addWidget(c)
            self.charts[kind] = c
        c = self.charts[kind]
        self._sync(c)
        return c

    def _sync(self, c) -> None:
        """Bring one chart to the panel's state, querying only what changed. A change of
        display currency or of scale always refits the view (its range is in other units);
        a change of data refits it unless the user has zoomed or panned by hand; a new
        highlight keeps it."""
        units_changed = c.rate.currency != self.currency or c.log != self.log
        if c.rate.currency != self.currency:
            c.rate = self.data.display_rate(self.currency)
        c.log = self.log
        requery = (c.series is None or c.stale or c.filter != self.filter
                   or c.include_context != self.include_context)
        c.filter, c.include_context = self.filter, self.include_context
        if c.highlight_slug != self.highlight_slug or c.stale:
            c.highlight_slug = self.highlight_slug
            c.highlight_keys = self.data.initiative_keys(self.highlight_slug) if self.highlight_slug else {}
        fit = "always" if units_changed else "auto"
        if requery:
            c.refresh(fit=fit)
        else:
            c.redraw(fit=fit if units_changed else "never")
        self._update_reset_button()

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
        organisations) are dropped with it, and the display rate is looked up again."""
        from ...store.chart_data import ChartData, ChartDataError
        self.data = ChartData(self.data.catalog)
        try:
            rate = self.data.display_rate(self.currency)
        except ChartDataError as exc:   # the rate went with an undone import: back to GBP
            self.status.setText(str(exc))
            self.status.show()
            self.currency = "GBP"
            self.currency_box.blockSignals(True)
            self.currency_box.setCurrentText("GBP")
            self.currency_box.blockSignals(False)
            rate = self.data.display_rate("GBP")
        for c in self.charts.values():
            c.data = self.data
            c.stale = True
            if c.rate.currency == rate.currency:
                c.rate = rate          # same currency, perhaps a new rate: refits as data do
        for c in self._visible_charts():
            self._sync(c)

    def highlight(self, slug: str | None) -> None:
        self.highlight_slug = slug
        for c in self._visible_charts():
            self._sync(c)

    def _currency_changed(self, currency: str) -> None:
        from ...store.chart_data import ChartDataError
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
        dlg = ExportChartsDialog([(k, CHART_TITLES[k]) for k in CHART_KINDS], self.chart, self,
                                 preselect=preselect, settings=self.settings)
        dlg.exec()
        return dlg

    def copy_current_chart(self) -> None:
        c = self.chart(CHART_KINDS[self.tabs.currentIndex()])
        c.copy_to_clipboard()
