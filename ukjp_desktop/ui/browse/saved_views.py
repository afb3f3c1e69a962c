"""View → Saved views: save the current filter, search and sort under a name, open one again,
rename and delete them (``saved_views_dialog``)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ...store import saved_views as sv
from ..app_state import AppState
from ..widgets.dialogs import ask_text, message
from .controller import BrowseController
from .saved_views_dialog import ViewManager


class SavedViewsMenu(QObject):
    def __init__(self, menu: QMenu, engine, state: AppState, browse: BrowseController,
                 status: Callable[[str, int], None], window: QWidget):
        super().__init__(window)
        self.menu, self.engine, self.state, self.browse = menu, engine, state, browse
        self._status, self._window = status, window
        self._read_only = ""     # why views cannot be saved, renamed or deleted here
        self.rebuild()

    def set_read_only(self, why: str) -> None:
        """Views live in the database: on one opened read-only they can be opened, not changed."""
        self._read_only = why
        self.rebuild()

    def _add(self, text: str, slot, shortcut=None) -> QAction:
        act = QAction(text, self._window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.menu.addAction(act)
        return act

    def rebuild(self) -> None:
        self.menu.clear()
        for act in (self._add("&Save current view…", self.save_view, "Ctrl+Shift+S"),
                    self._add("&Manage views…", self.manage_views)):
            if self._read_only:
                act.setEnabled(False)
                act.setToolTip(self._read_only)
        views = sv.list_views(self.engine)
        if views:
            self.menu.addSeparator()
        for v in views:
            act = self._add(v.name, lambda _=False, name=v.name: self.open_view(name))
            act.setToolTip(v.filter.describe(getattr(getattr(self._window, "filter_panel", None), "label_of", None)))

    def save_view(self) -> None:
        name = ask_text(self._window, "Save view", "Name for this view (filters, search and sort):")
        if name:
            self.save_view_as(name)

    def save_view_as(self, name: str) -> None:
        try:
            sv.save_view(self.engine, name, self.state.filter, self.state.sort, self.state.descending)
        except sv.SavedViewError as exc:
            message(self._window, "View not saved", str(exc))
            return
        self.rebuild()
        self._status(f"Saved view “{name}”", 4000)

    def open_view(self, name: str) -> None:
        try:
            v = sv.get_view(self.engine, name)
        except sv.SavedViewError as exc:
            message(self._window, "View not opened", str(exc))
            return
        self.browse.show_view(v.filter, v.sort, v.descending)

    def manage_views(self) -> None:
        ViewManager(self.engine, self.rebuild, self._window).exec()
