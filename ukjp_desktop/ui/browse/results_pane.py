"""The middle of the window: the search field, the lines above the table (search problems, the
summary, why a list is empty) and the results table, whose columns give way to the name when
the window is narrow (``column_fit``). Widgets only; ``controller`` fills them."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSplitter, QVBoxLayout, QWidget)

from .column_fit import columns_to_hide
from .results_model import COLUMN_KEYS, COLUMNS, ResultsModel
from .results_table import ResultsTable

# Defaults that fit every column of the table at 1400 px wide without a horizontal scroll bar.
# The name column takes whatever width is left.
COLUMN_WIDTHS = (240, 80, 110, 124, 72, 72, 76, 58, 26)  # "£315.52m", "28 December 2025" fit


def _plain_label(name: str, style: str) -> QLabel:
    lab = QLabel("")
    lab.setObjectName(name)
    lab.setTextFormat(Qt.PlainText)
    lab.setWordWrap(True)
    lab.setStyleSheet(style)
    return lab


class ResultsPane(QWidget):
    searchCleared = Signal()   # Esc in the search field emptied it

    def __init__(self, model: ResultsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        cl = QVBoxLayout(self)
        cl.setContentsMargins(4, 4, 4, 4)
        self.search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText('Search names, summaries, sources and notes — words, "phrases", quant*, AND/OR/NOT   (Ctrl+F)')
        self.search.setClearButtonEnabled(True)
        self.search_row.addWidget(self.search, 1)
        cl.addLayout(self.search_row)
        self.search_message = _plain_label("", "")
        self.search_message.hide()
        cl.addWidget(self.search_message)
        self.summary = _plain_label("summary", "font-weight: 600; padding: 2px 0;")
        cl.addWidget(self.summary)
        self.empty_message = _plain_label("empty-message", "color: palette(mid); padding: 12px 4px;")
        self.empty_message.hide()
        cl.addWidget(self.empty_message)

        self.table = ResultsTable()
        self.table.setObjectName("results")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        # The model's items are editable by default; the list is not.
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Rows are selected whole: Tab moving from cell to cell of the row shut a keyboard user
        # in the list; it goes on to the next control (the arrows move between rows).
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setMinimumSectionSize(24)
        self.column_widths = dict(zip(COLUMN_KEYS, COLUMN_WIDTHS))
        for col, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(col, width)
        header.setSortIndicator(COLUMN_KEYS.index("announced"), Qt.DescendingOrder)
        self._fit_guard = False
        self.table.viewport().installEventFilter(self)
        # The model makes items only for the rows in view (results_model.py): tell it which.
        self.table.verticalScrollBar().valueChanged.connect(self._report_rows)
        model.modelReset.connect(self._report_rows)
        # A new list of another length can leave the scroll value as it was while the rows in
        # view move (at the bottom, one more row shows above): no valueChanged, and the row that
        # came into view stayed blank (seen after an import's undo). The range changes then.
        self.table.verticalScrollBar().rangeChanged.connect(self._report_rows_after_layout)
        header.sectionResized.connect(self._on_section_resized)
        # The charts open below the table, in this splitter.
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.setObjectName("centre-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.setChildrenCollapsible(False)
        cl.addWidget(self.splitter, 1)

    def keyPressEvent(self, e) -> None:  # noqa: N802 - Qt API
        # Esc in the search field (which does not use it) clears the search.
        if e.key() == Qt.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()
            self.searchCleared.emit()
            return
        super().keyPressEvent(e)

    def show_message(self, text: str, error: bool) -> None:
        """A line above the list about the search: an error in red, a repair in grey."""
        self.search_message.setStyleSheet("color: #b00020;" if error else "color: palette(mid);")
        self.search_message.setText(text)
        self.search_message.show()

    def set_terms(self, terms: list[str]) -> None:
        """Mark ``terms`` in the names (none: no marks)."""
        self.table.set_terms(terms)

    def show_sort(self, sort: str, descending: bool) -> None:
        header = self.table.horizontalHeader()
        order = Qt.DescendingOrder if descending else Qt.AscendingOrder
        want = (True, COLUMN_KEYS.index(sort), order) if sort in COLUMN_KEYS else (False,)
        have = ((True, header.sortIndicatorSection(), header.sortIndicatorOrder())
                if header.isSortIndicatorShown() else (False,))
        if want == have:
            return   # unchanged: the header is not repainted
        header.blockSignals(True)
        if sort in COLUMN_KEYS:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(COLUMN_KEYS.index(sort), Qt.DescendingOrder if descending else Qt.AscendingOrder)
        else:
            header.setSortIndicatorShown(False)
        header.blockSignals(False)

    def reselect(self, slug: str) -> None:
        """Select ``slug``'s row if it is listed (without announcing it), else nothing."""
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

    def _report_rows_after_layout(self, *_args) -> None:
        # The range is set while the view lays itself out, before it has placed the rows.
        QTimer.singleShot(0, self._report_rows)

    def _report_rows(self, *_args) -> None:
        """Tell the model which rows are in view (and a couple beyond, for a step of the
        arrow keys), so that their items exist before they are painted."""
        table = self.table
        if not self.model.rowCount():
            return
        height = table.viewport().height()
        first = max(0, table.rowAt(0))
        last = table.rowAt(max(0, height - 1))
        if last < 0:   # the rows end above the bottom, or the table is not laid out yet
            step = max(1, table.verticalHeader().defaultSectionSize())
            last = first + height // step + 1
        self.model.show_rows(first, min(self.model.rowCount() - 1, last + 2))

    # ---- columns that fit -----------------------------------------------------------------------
    def restore_header(self, state) -> None:
        header = self.table.horizontalHeader()
        if header.restoreState(state):
            for col, key in enumerate(COLUMN_KEYS):
                if not header.isSectionHidden(col) and header.sectionSize(col) > 0:
                    self.column_widths[key] = header.sectionSize(col)

    def reset_columns(self) -> None:
        self.column_widths = dict(zip(COLUMN_KEYS, COLUMN_WIDTHS))
        for col, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(col, width)
        self.fit_columns()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.table.viewport() and event.type() == QEvent.Resize:
            QTimer.singleShot(0, self.fit_columns)  # after the layout has settled
            self._keep_current_row_in_view(event.oldSize().height())
            self._report_rows()
        return super().eventFilter(obj, event)

    def _keep_current_row_in_view(self, old_height: int) -> None:
        """A selected row that was in view stays in view when the list gets shorter (the charts
        opening under it: the row restored at start was scrolled into the whole-height list and
        then hidden); one the user scrolled away from is left where it is."""
        index = self.table.currentIndex()
        if not index.isValid() or old_height <= 0:
            return
        rect = self.table.visualRect(index)
        was_in_view = rect.top() >= 0 and rect.bottom() < old_height
        if was_in_view and rect.bottom() >= self.table.viewport().height():
            self.table.scrollTo(index)

    def _on_section_resized(self, index: int, _old: int, new: int) -> None:
        # A width the user dragged is the one to come back to after a column was hidden.
        if not self._fit_guard and index > 0 and new > 0:
            self.column_widths[COLUMN_KEYS[index]] = new

    def fit_columns(self) -> None:
        """Hide the columns that do not fit beside a readable name (column_fit.py)."""
        header = self.table.horizontalHeader()
        widths = {k: self.column_widths[k] for k in COLUMN_KEYS[1:]}
        hidden = set(columns_to_hide(self.table.viewport().width(), widths))
        self._fit_guard = True
        try:
            for col, key in enumerate(COLUMN_KEYS[1:], start=1):
                if header.isSectionHidden(col) != (key in hidden):
                    header.setSectionHidden(col, key in hidden)
                    if key not in hidden:
                        self.table.setColumnWidth(col, self.column_widths[key])
        finally:
            self._fit_guard = False
        names = [h for k, h in COLUMNS if k in hidden]
        header.setToolTip("Widen the window to see " + ", ".join(names) +
                          " (also in the detail pane)" if names else "")
