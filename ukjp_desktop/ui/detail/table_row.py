"""Show in source for a fact a table import wrote: the row's cells, the cited one selected.

The detail pane cites such a fact as its cell ("Row 17 of awards.xlsx, sheet 'Japan': Award (£)
= 1,250,000"); the row itself comes from ``table_rows`` (``store.table_import.row_for_excerpt``).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from ...store.table_import import CitedRow, row_for_excerpt


class TableRowDialog(QDialog):
    """Show in source for a table fact: the row's cells, the cited one selected."""

    def __init__(self, row: CitedRow, cited_header: str | None, parent=None):
        super().__init__(parent)
        where = f"Row {row.row_number} of {row.file_name}" + (f", sheet '{row.sheet}'" if row.sheet else "")
        self.setWindowTitle(where)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(where, textFormat=Qt.PlainText))
        self.table = QTableWidget(len(row.cells), 2, objectName="table-row-cells")
        self.table.setHorizontalHeaderLabels(("Column", "Value"))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)     # the file's cells, as read
        for i, (h, v) in enumerate(row.cells):
            self.table.setItem(i, 0, QTableWidgetItem(h))
            self.table.setItem(i, 1, QTableWidgetItem(v))
            if h == cited_header:
                self.table.selectRow(i)
        lay.addWidget(self.table)
        self.resize(560, 420)


def show_table_row(engine, parent, excerpt_id: int, excerpt_text: str) -> TableRowDialog | None:
    """Open the row an excerpt cites; None when the excerpt is not from a table."""
    row = row_for_excerpt(engine, excerpt_id)
    if row is None:
        return None
    # the excerpt is "Row N of FILE[, sheet 'S']: HEADER = VALUE"
    header = excerpt_text.split(": ", 1)[1].rsplit(" = ", 1)[0] if ": " in excerpt_text else None
    dlg = TableRowDialog(row, header, parent)
    dlg.show()
    return dlg
