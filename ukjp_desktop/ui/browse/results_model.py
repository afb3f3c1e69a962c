"""The results table's model: a window onto the SQL result, fetched page by page.

It knows the row count and keeps a few pages of plain ``InitiativeRow`` records (LRU); it never
holds the whole result as Python objects (issue 3 §4, DESIGN.md §1).

Why a ``QStandardItemModel`` and not a Python ``data()``: a table painted through Python calls
``data()`` for every cell and role (~1,800 calls a repaint), and each call must take the GIL
from the query workers, which are running Python at exactly those moments (the rows, facets
and charts of the request being painted). Measured with two busy Python threads, a repaint took
34-43 ms (43-130 ms at worst) through Python and 7-9 ms (15-19 ms at worst) from C++ items
(docs/performance.md, session 24). So the cells the view can show are C++ items, made from the
cached records when their rows come into view (``show_rows``): about 35 rows, not the 200 of a
page, so a new list costs the UI thread ~1-2 ms of Python, and the paint none. A row in view
whose page is not loaded shows "…" and asks for its page (``pageWanted``)."""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

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
_MONEY = ("uk_gbp", "japan_gbp", "total_gbp")
SLUG_ROLE = Qt.UserRole + 1
_HEADER_TIPS = {"starred": "Starred by you", "sources": "Number of source documents",
                "total_gbp": "Counted bilateral funding in pounds (converted where needed)"}
_ALIGNMENTS = tuple(
    (Qt.AlignRight | Qt.AlignVCenter) if key in _NUMERIC
    else Qt.AlignCenter if key == "starred" else None
    for key in COLUMN_KEYS)
# Rows made before any view has said what it shows (a model on its own, the first paint).
_FIRST_WINDOW = 60
PLACEHOLDER = "…"


def _money(value) -> str:
    # Compact down to thousands so the column stays narrow; the tooltip has the exact figure.
    return format_amount(value, "GBP", thousands=True) if value else ""


class ResultsModel(QStandardItemModel):
    pageWanted = Signal(int, int)          # generation, offset
    sortRequested = Signal(str, bool)      # sort key, descending

    def __init__(self, page_size: int = 200, max_pages: int = 12, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.page_size = page_size
        self.max_pages = max_pages
        self.sector_names: dict[str, str] = {}
        self._generation = -1
        self._count = 0
        self._pages: OrderedDict[int, list[InitiativeRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._made: set[int] = set()          # rows whose items hold their record
        self._waiting: set[int] = set()       # rows showing the placeholder
        self._window = (0, _FIRST_WINDOW - 1)  # the rows the view last showed
        for column, (key, title) in enumerate(COLUMNS):
            item = QStandardItem(title)
            item.setToolTip(_HEADER_TIPS.get(key, f"Sort by {title}"))
            if key in _NUMERIC:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.setHorizontalHeaderItem(column, item)

    # ---- feeding ----------------------------------------------------------------------------
    def reset_results(self, generation: int, count: int, first_rows: list[InitiativeRow]) -> None:
        self.beginResetModel()
        # One reset for the view, not a removal of every row and an insertion of the new ones
        # (each of which it would lay out again).
        blocked = self.blockSignals(True)
        try:
            self._clear_items()
            self._resize(count)
            self._generation = generation
            self._count = count
            self._pages = OrderedDict({0: list(first_rows)}) if first_rows else OrderedDict()
            self._pending = set()
            self._made, self._waiting = set(), set()
            # A new list is shown from its top.
            self._window = (0, self._window[1] - self._window[0])
            _changed, missing = self._make_rows(*self._window)
        finally:
            self.blockSignals(blocked)
        self.endResetModel()
        for page in sorted(missing):
            self._want(page)

    def add_page(self, generation: int, offset: int, rows: list[InitiativeRow]) -> None:
        if generation != self._generation:
            return  # a page of an older query
        page = offset // self.page_size
        self._pending.discard(page)
        self._pages[page] = list(rows)
        self._pages.move_to_end(page)
        while len(self._pages) > self.max_pages:
            self._unmake_page(self._pages.popitem(last=False)[0])
        first, last = self._window
        self._announce(*self._make_rows(max(first, offset), min(last, offset + len(rows) - 1)))

    def replace_row(self, row: InitiativeRow) -> None:
        """A row whose star changed: update it in place without re-querying."""
        for page, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.slug == row.slug:
                    rows[i] = row
                    n = page * self.page_size + i
                    if n in self._made:
                        self._made.discard(n)
                        self._announce(*self._make_rows(n, n))

    def show_rows(self, first: int, last: int) -> None:
        """The view now shows rows ``first`` to ``last``: make their items from the cached
        records, and ask for the pages that are not loaded."""
        self._window = (max(0, first), max(first, last))
        self._announce(*self._make_rows(*self._window))

    @property
    def generation(self) -> int:
        return self._generation

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def made_rows(self) -> int:
        """How many rows have items (those that have been in view, of the cached pages)."""
        return len(self._made)

    # ---- reading ----------------------------------------------------------------------------
    def row_record(self, n: int) -> InitiativeRow | None:
        """The record of row ``n``, or None while its page is being fetched (asked for here)."""
        if not 0 <= n < self._count:
            return None
        page, i = divmod(n, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        return rows[i] if i < len(rows) else None

    def slug_at(self, n: int) -> str | None:
        r = self.row_record(n)
        return r.slug if r is not None else None

    def row_of_slug(self, slug: str) -> int:
        """Row number of a slug among the cached pages, or -1."""
        for page, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.slug == slug:
                    return page * self.page_size + i
        return -1

    def display(self, r: InitiativeRow, key: str) -> str:
        if key == "name":
            return r.name
        if key == "kind":
            return r.kind.replace("_", " ")
        if key == "sectors":
            return ", ".join(self.sector_names.get(s, s) for s in r.sectors)
        if key == "announced":
            return r.announced_display or ""
        if key in _MONEY:
            return _money(getattr(r, key))
        if key == "sources":
            return str(r.n_sources)
        if key == "starred":
            return "★" if r.starred else ""
        return ""

    def _tooltip(self, r: InitiativeRow, key: str, shown: str) -> str:
        if key in _MONEY and getattr(r, key):
            return f"£{getattr(r, key):,}"  # the exact figure behind the compact one
        if key == "name" and r.snippet:
            return f"{r.name}\n\nMatch: {r.snippet}"
        return shown

    # ---- type-ahead -------------------------------------------------------------------------
    # How ``match`` compares, by the match type in Qt.MatchFlags' low bits.
    _COMPARE = {Qt.MatchExactly.value: str.__eq__, Qt.MatchContains.value: str.__contains__,
                Qt.MatchStartsWith.value: str.startswith, Qt.MatchEndsWith.value: str.endswith}

    def match(self, start, role, value, hits=1, flags=Qt.MatchStartsWith | Qt.MatchWrap):
        """Rows by their text (Qt's type-ahead in the list asks this): among every cached
        record, not only the items made for the rows in view, which are all the base class
        would see. Pages not loaded are not fetched for it."""
        compare = self._COMPARE.get(Qt.MatchFlag(flags).value & 0x0F)
        if (int(role) != Qt.DisplayRole or compare is None or not isinstance(value, str)
                or not start.isValid()):
            return super().match(start, role, value, hits, flags)
        fold = (lambda t: t) if flags & Qt.MatchCaseSensitive else str.casefold
        want, key, first = fold(value), COLUMN_KEYS[start.column()], start.row()
        cached = sorted(((page * self.page_size + i, r)
                         for page, rows in self._pages.items() for i, r in enumerate(rows)),
                        key=lambda pair: pair[0])
        ahead = [pair for pair in cached if pair[0] >= first]
        if flags & Qt.MatchWrap:
            ahead += [pair for pair in cached if pair[0] < first]
        found = []
        for n, r in ahead:
            if n < self._count and compare(fold(self.display(r, key)), want):
                found.append(self.index(n, start.column()))
                if len(found) == hits:
                    break
        return found

    # ---- items ------------------------------------------------------------------------------
    def _want(self, page: int) -> None:
        if page not in self._pending:
            self._pending.add(page)
            self.pageWanted.emit(self._generation, page * self.page_size)

    def _make_rows(self, first: int, last: int) -> tuple[list[int], set[int]]:
        """Items for rows ``first`` to ``last`` (those in the result): a cached row's cells, or
        the placeholder in the name of a row whose page is not loaded. Returns the rows changed
        and the pages missing, for ``_announce`` (the items are set quietly: one dataChanged
        for them all, not one per cell)."""
        last = min(last, self._count - 1)
        changed: list[int] = []
        missing: set[int] = set()
        if last < first:
            return changed, missing
        blocked = self.blockSignals(True)
        try:
            for n in range(first, last + 1):
                page, i = divmod(n, self.page_size)
                rows = self._pages.get(page)
                if rows is None:
                    missing.add(page)
                    if n not in self._waiting:
                        self._waiting.add(n)
                        self.setItem(n, 0, QStandardItem(PLACEHOLDER))
                        changed.append(n)
                    continue
                if n in self._made or i >= len(rows):
                    continue
                self._set_cells(n, rows[i])
                self._made.add(n)
                self._waiting.discard(n)
                changed.append(n)
            for page in {n // self.page_size for n in range(first, last + 1)} - missing:
                self._pages.move_to_end(page)   # in view: the last page to be evicted
        finally:
            self.blockSignals(blocked)
        return changed, missing

    def _announce(self, changed: list[int], missing: set[int]) -> None:
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0),
                                  self.index(max(changed), len(COLUMNS) - 1))
        for page in sorted(missing):
            self._want(page)

    def _set_cells(self, n: int, r: InitiativeRow) -> None:
        for column, key in enumerate(COLUMN_KEYS):
            shown = self.display(r, key)
            item = QStandardItem(shown)
            tip = self._tooltip(r, key, shown)
            if tip:
                item.setToolTip(plain_tooltip(tip))
            if _ALIGNMENTS[column] is not None:
                item.setTextAlignment(_ALIGNMENTS[column])
            if column == 0:
                item.setData(r.slug, SLUG_ROLE)
            self.setItem(n, column, item)

    def _clear_items(self) -> None:
        for n in self._made:
            for column in range(len(COLUMNS)):
                self.takeItem(n, column)
        for n in self._waiting:
            self.takeItem(n, 0)

    def _resize(self, count: int) -> None:
        # Only the difference: making 100,000 empty rows again costs ~5 ms (30 at 1,000,000).
        have = self.rowCount()
        if count > have:
            self.insertRows(have, count - have)
        elif count < have:
            self.removeRows(count, have - count)

    def _unmake_page(self, page: int) -> None:
        """An evicted page's rows go back to empty cells (made again if they come into view)."""
        start = page * self.page_size
        gone = [n for n in range(start, min(self._count, start + self.page_size)) if n in self._made]
        if not gone:
            return
        blocked = self.blockSignals(True)
        try:
            for n in gone:
                for column in range(len(COLUMNS)):
                    self.takeItem(n, column)
                self._made.discard(n)
        finally:
            self.blockSignals(blocked)
        self.dataChanged.emit(self.index(gone[0], 0), self.index(gone[-1], len(COLUMNS) - 1))

    # ---- sorting is done by the database ---------------------------------------------------
    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sortRequested.emit(COLUMNS[column][0], order == Qt.DescendingOrder)
