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
        self.reset_button.clicked.connect(lambda: self.current_chart() and self.current_chart().reset_view())
        self.copy_button = QPushButton("Copy chart")
        self.copy_button.clicked.connect(self.copy_current_chart)
        self.export_button = QPushButton("Export charts…")
        self.export_button.clicked.connect(self.export_dialog)
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

    def chart(self, kind: str):
        """The chart of ``kind``, created (and brought up to date) if it does not exist yet."""
        if kind not in self.charts:
            c = chart_class(kind)(self.data, self.dataset_version)
            c.filterRequested.connect(self.filterRequested)
            c.initiativeActivated.connect(self.initiativeActivated)
            c.exportRequested.connect(lambda k=kind: self.export_dialog(preselect=k))
            c.settingRequested.connect(self._setting_from_chart)
            self._pages[kind].layout().addWidget(c)
            self.charts[kind] = c
        c = self.charts[kind]
        self._sync(c)
        return c

    def _sync(self, c) -> None:
        """Bring one chart to the panel's state, querying only what changed."""
        if c.rate.currency != self.currency:
            c.rate = self.data.display_rate(self.currency)
        c.log = self.log
        requery = c.series is None or c.filter != self.filter or c.include_context != self.include_context
        c.filter, c.include_context = self.filter, self.include_context
        if c.highlight_slug != self.highlight_slug:
            c.highlight_slug = self.highlight_slug
            c.highlight_keys = self.data.initiative_keys(self.highlight_slug) if self.highlight_slug else {}
        c.refresh() if requery else c.redraw(reset_view=False)

    def current_chart(self):
        kind = CHART_KINDS[self.tabs.currentIndex()]
        return self.charts.get(kind)

    def _visible_charts(self):
        c = self.current_chart()
        return [c] if c is not None and self.isVisible() else []

    # ---- public API ---------------------------------------------------------------------------
    def set_filter(self, f: Filter) -> None:
        self.filter = f
        for c in self._visible_charts():   # hidden charts catch up when their tab is shown
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
