"""The results table's model: a window onto the SQL result, fetched page by page.

It knows the row count and keeps a few pages of plain ``InitiativeRow`` records (LRU); a row
outside them is requested from the query runner and shown as "…" until it arrives. It never
holds the whole result as Python objects (issue 3 §4, DESIGN.md §1)."""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from ...core.money import format_amount
from ...core.records import InitiativeRow
from ..widgets.plain_text import tooltip as plain_tooltip

# (sort key understood by Catalog.list, header)
COLUMNS: list[tuple[str, str]] = [
    ("name", "Name"), ("kind", "Kind"), ("sectors", "Sectors"), ("announced", "Announced"),
    ("uk_gbp", "UK £"), ("japan_gbp", "Japan £"), ("total_gbp", "Total £"),
    ("sources", "Sources"), ("starred", "★"),
]
COLUMN_KEYS = [k for k, _ in COLUMNS]
_NUMERIC = {"uk_gbp", "japan_gbp", "total_gbp", "sources"}
SLUG_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2

# data() is called for every visible cell and every role on each repaint (about 2,000 calls per
# repaint of a full window), so it works with plain ints: comparing Qt enum members and building
# alignment flags per call cost ~20 µs each and froze the window for ~100 ms after a search.
_DISPLAY, _TOOLTIP, _ALIGN = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(Qt.TextAlignmentRole)
_SLUG, _ROW = int(SLUG_ROLE), int(ROW_ROLE)
_HANDLED = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _SLUG, _ROW})
_ALIGNMENTS = tuple(
    int((Qt.AlignRight | Qt.AlignVCenter) if key in _NUMERIC
        else Qt.AlignCenter if key == "starred" else (Qt.AlignLeft | Qt.AlignVCenter))
    for key in COLUMN_KEYS)


def _money(value) -> str:
    # Compact down to thousands so the column stays narrow; the tooltip has the exact figure.
    return format_amount(value, "GBP", thousands=True) if value else ""


class ResultsModel(QAbstractTableModel):
    pageWanted = Signal(int, int)          # generation, offset
    sortRequested = Signal(str, bool)      # sort key, descending

    def __init__(self, page_size: int = 200, max_pages: int = 12, parent=None):
        super().__init__(parent)
        self.page_size = page_size
        self.max_pages = max_pages
        self.sector_names: dict[str, str] = {}
        self._generation = -1
        self._count = 0
        self._pages: OrderedDict[int, list[InitiativeRow]] = OrderedDict()
        self._pending: set[int] = set()

    # ---- feeding ----------------------------------------------------------------------------
    def reset_results(self, generation: int, count: int, first_rows: list[InitiativeRow]) -> None:
        self.beginResetModel()
        self._generation = generation
        self._count = count
        self._pages = OrderedDict({0: list(first_rows)}) if first_rows else OrderedDict()
        self._pending = set()
        self.endResetModel()

    def add_page(self, generation: int, offset: int, rows: list[InitiativeRow]) -> None:
        if generation != self._generation:
            return  # a page of an older query
        page = offset // self.page_size
        self._pending.discard(page)
        self._pages[page] = list(rows)
        self._pages.move_to_end(page)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        last = min(self._count, offset + len(rows)) - 1
        if last >= offset:
            self.dataChanged.emit(self.index(offset, 0), self.index(last, len(COLUMNS) - 1))

    def replace_row(self, row: InitiativeRow) -> None:
        """A row whose star changed: update it in place without re-querying."""
        for page, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.slug == row.slug:
                    rows[i] = row
                    n = page * self.page_size + i
                    self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))

    @property
    def generation(self) -> int:
        return self._generation

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # ---- reading ----------------------------------------------------------------------------
    def row_record(self, n: int) -> InitiativeRow | None:
        if not 0 <= n < self._count:
            return None
        page, i = divmod(n, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            if page not in self._pending:
                self._pending.add(page)
                self.pageWanted.emit(self._generation, page * self.page_size)
            return None
        self._pages.move_to_end(page)
        return rows[i] if i < len(rows) else None

    def row_of_slug(self, slug: str) -> int:
        """Row number of a slug among the cached pages, or -1."""
        for page, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.slug == slug:
                    return page * self.page_size + i
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.DisplayRole:
                return COLUMNS[section][1]
            if role == Qt.ToolTipRole:
                return {"starred": "Starred by you", "sources": "Number of source documents",
                        "total_gbp": "Counted bilateral funding in pounds (converted where needed)"
                        }.get(COLUMNS[section][0], f"Sort by {COLUMNS[section][1]}")
            if role == Qt.TextAlignmentRole and COLUMNS[section][0] in _NUMERIC:
                return int(Qt.AlignRight | Qt.AlignVCenter)
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        role = int(role)
        if role not in _HANDLED or not index.isValid():
            return None
        column = index.column()
        if role == _ALIGN:
            return _ALIGNMENTS[column]
        r = self.row_record(index.row())
        if r is None:
            return "…" if role == _DISPLAY and column == 0 else None
        if role == _DISPLAY:
            return self._display(r, COLUMN_KEYS[column])
        if role == _TOOLTIP:
            return plain_tooltip(self._tooltip(r, COLUMN_KEYS[column]))
        return r.slug if role == _SLUG else r

    def _display(self, r: InitiativeRow, key: str) -> str:
        if key == "name":
            return r.name
        if key == "kind":
            return r.kind.replace("_", " ")
        if key == "sectors":
            return ", ".join(self.sector_names.get(s, s) for s in r.sectors)
        if key == "announced":
            return r.announced_display or ""
        if key in ("uk_gbp", "japan_gbp", "total_gbp"):
            return _money(getattr(r, key))
        if key == "sources":
            return str(r.n_sources)
        if key == "starred":
            return "★" if r.starred else ""
        return ""

    def _tooltip(self, r: InitiativeRow, key: str) -> str:
        if key in ("uk_gbp", "japan_gbp", "total_gbp") and getattr(r, key):
            return f"£{getattr(r, key):,}"  # the exact figure behind the compact one
        if key == "name" and r.snippet:
            return f"{r.name}\n\nMatch: {r.snippet}"
        return self._display(r, key)

    # ---- sorting is done by the database ---------------------------------------------------
    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sortRequested.emit(COLUMNS[column][0], order == Qt.DescendingOrder)
