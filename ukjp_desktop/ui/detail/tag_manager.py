"""The tag manager dialog (Edit → Manage tags…)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QListWidgetItem, QPushButton

from ...store import annotations as ann
from ..widgets.dialogs import ListManager, ask_text
from .annotator import Annotator


class TagManager(ListManager):
    """Rename, recolour and delete tags; every change is undoable from the Edit menu."""

    def __init__(self, annotator: Annotator, parent=None):
        super().__init__("Manage tags", parent,
                         empty_text="No tags yet. Add one to an initiative in its detail pane (“Add a tag…”); "
                                    "it then appears here to rename, colour or delete.")
        self.annotator = annotator
        self.colour_button = QPushButton("Colour…")
        self.colour_button.clicked.connect(self.recolour)
        self.buttons.insertWidget(1, self.colour_button)
        self.entry_buttons.append(self.colour_button)
        annotator.changed.connect(lambda _s: self.reload())
        self.reload()

    def reload(self) -> None:
        keep = self.current()
        self.list.clear()
        for name, colour, n in ann.tags(self.annotator.engine):
            it = QListWidgetItem(f"{name}  ({n})")
            it.setData(Qt.UserRole, name)
            if colour:
                it.setBackground(QColor(colour))
                it.setForeground(QColor("#000000" if QColor(colour).lightness() > 128 else "#ffffff"))
            self.list.addItem(it)
            if name == keep:
                self.list.setCurrentItem(it)
        self.update_buttons()

    def rename(self) -> None:
        name = self.current()
        if name:
            new = ask_text(self, "Rename tag", f"New name for “{name}”:", name)
            if new and new != name:
                self.annotator.rename_tag(name, new)

    def recolour(self) -> None:
        name = self.current()
        if name:
            colour = QColorDialog.getColor(parent=self, title=f"Colour for “{name}”")
            if colour.isValid():
                self.annotator.set_tag_colour(name, colour.name())

    def delete(self) -> None:
        name = self.current()
        if name:
            self.annotator.delete_tag(name)
