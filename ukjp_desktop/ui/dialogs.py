"""Small dialogs: About, tag management, saved views management, plain-text messages."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog,
                               QLabel, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from .. import __version__
from ..store import annotations as ann
from ..store import saved_views as sv
from .annotator import Annotator


def message(parent: QWidget | None, title: str, text: str, icon=QMessageBox.Warning) -> QMessageBox:
    """A message box that shows ``text`` literally (never as rich text).

    Opened window-modal without a nested event loop (``open``, not ``exec``), so a message
    raised from a signal handler never blocks the code that emitted it."""
    box = QMessageBox(icon, title, "", QMessageBox.Ok, parent)
    box.setTextFormat(Qt.PlainText)
    box.setText(text)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value.strip() if ok and value.strip() else None


class AboutDialog(QDialog):
    def __init__(self, info: dict, db_path: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("About UK–Japan S&T Explorer")
        lay = QVBoxLayout(self)
        head = QLabel("UK–Japan S&T Explorer")
        head.setStyleSheet("font-size: 16pt; font-weight: bold;")
        lay.addWidget(head)
        lines = [f"Version {__version__}",
                 f"Dataset version {info.get('dataset_version') or 'unknown'}"
                 + (f", released {info['dataset_released']}" if info.get("dataset_released") else ""),
                 f"{info.get('initiatives', 0):,} initiatives in {db_path}",
                 "", "Sources and their attributions:"]
        for s in info.get("sources", []):
            lines.append("")
            lines.append(f"• {s['title']} — {s['publisher']}" + (f", {s['date_value']}" if s.get("date_value") else ""))
            if s.get("url"):
                lines.append(f"  {s['url']}")
            lines.append(f"  {s['attribution']}")
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setMinimumSize(560, 320)
        lay.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.text = text


class _ListManager(QDialog):
    """A list with Rename / Delete (and optional extra) buttons."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setMinimumWidth(260)
        lay.addWidget(self.list, 1)
        self.buttons = QVBoxLayout()
        lay.addLayout(self.buttons)
        self.rename_button = self._button("Rename…", self.rename)
        self.delete_button = self._button("Delete", self.delete)
        self.buttons.addStretch(1)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        self.buttons.addWidget(close)

    def _button(self, text, slot) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(slot)
        self.buttons.addWidget(b)
        return b

    def current(self) -> str | None:
        it = self.list.currentItem()
        return it.data(Qt.UserRole) if it else None


class TagManager(_ListManager):
    """Rename, recolour and delete tags; every change is undoable from the Edit menu."""

    def __init__(self, annotator: Annotator, parent=None):
        super().__init__("Manage tags", parent)
        self.annotator = annotator
        self.colour_button = QPushButton("Colour…")
        self.colour_button.clicked.connect(self.recolour)
        self.buttons.insertWidget(1, self.colour_button)
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


class ViewManager(_ListManager):
    """Rename and delete saved views."""

    def __init__(self, engine, on_change, parent=None):
        super().__init__("Manage saved views", parent)
        self.engine, self.on_change = engine, on_change
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for v in sv.list_views(self.engine):
            it = QListWidgetItem(f"{v.name} — {v.filter.describe()}")
            it.setData(Qt.UserRole, v.name)
            self.list.addItem(it)

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
