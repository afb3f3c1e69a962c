"""The one application-state object every view listens to (DESIGN.md §1).

Views never talk to each other directly: the filter panel, the search field, the charts and
saved views change the filter here, and the table, facets and charts follow its signals."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.filters import Filter


class AppState(QObject):
    filterChanged = Signal(object)        # Filter
    sortChanged = Signal(str, bool)       # sort key, descending
    selectionChanged = Signal(str)        # initiative slug, "" for none
    annotationsChanged = Signal(str)      # slug whose note/star/tags changed, "" for tag-wide edits
    importsChanged = Signal(str)          # an import or its undo/redo changed data; slug it touched or ""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.filter = Filter()
        self.sort = "announced"
        self.descending = True
        self.selected = ""

    def set_filter(self, f: Filter) -> None:
        if f != self.filter:
            self.filter = f
            self.filterChanged.emit(f)

    def set_sort(self, sort: str, descending: bool) -> None:
        if (sort, descending) != (self.sort, self.descending):
            self.sort, self.descending = sort, descending
            self.sortChanged.emit(sort, descending)

    def select(self, slug: str) -> None:
        if slug != self.selected:
            self.selected = slug
            self.selectionChanged.emit(slug)


def uses_annotations(f: Filter) -> bool:
    """Whether ``f``'s answer can change when a note, star or tag changes (the search covers notes)."""
    return f.starred or f.has_note or bool(f.tags) or bool(f.text)
