"""The saved views manager dialog (View → Saved views → Manage views…)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from ...store import saved_views as sv
from ..widgets.dialogs import ListManager, ask_text, message


class ViewManager(ListManager):
    """Rename and delete saved views."""

    def __init__(self, engine, on_change, parent=None):
        super().__init__("Manage saved views", parent,
                         empty_text="No saved views yet. Filter the list, then View → Saved views → Save current view… (Ctrl+Shift+S)")
        self.engine, self.on_change = engine, on_change
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for v in sv.list_views(self.engine):
            # (a ticked value as the window's facet list names it, when the parent window has one)
            label = getattr(getattr(self.parent(), "filter_panel", None), "label_of", None)
            it = QListWidgetItem(f"{v.name} — {v.filter.describe(label)}")
            it.setData(Qt.UserRole, v.name)
            self.list.addItem(it)
        self.update_buttons()

    def rename(self) -> None:
        name = self.current()
        if not name:
            return
        new = ask_text(self, "Rename view", f"New name for “{name}”:", name)
        if new and new != name:
            try:
                sv.rename_view(self.engine, name, new)
            except sv.SavedViewError as exc:
                message(self, "Rename view", str(exc))
            self.reload()
            self.on_change()

    def delete(self) -> None:
        name = self.current()
        if name:
            sv.delete_view(self.engine, name)
            self.reload()
            self.on_change()
