"""Small dialogs every feature uses: plain-text messages, a one-line question, "replace the
existing files?", About, and the list-with-buttons base of the tag and saved-view managers."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel,
                               QListWidget, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ... import __version__


def message(parent: QWidget | None, title: str, text: str, icon=QMessageBox.Warning,
            detail: str = "") -> QMessageBox:
    """A message box that shows ``text`` literally (never as rich text); ``detail`` (what a
    driver or the system said) behind its "Show Details…" button, when given.

    Opened window-modal without a nested event loop (``open``, not ``exec``), so a message
    raised from a signal handler never blocks the code that emitted it."""
    box = QMessageBox(icon, title, "", QMessageBox.Ok, parent)
    box.setTextFormat(Qt.PlainText)
    box.setText(text)
    if detail:
        box.setDetailedText(detail)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value.strip() if ok and value.strip() else None


def confirm_replace(parent: QWidget | None, paths: list) -> bool:
    """Whether the user agrees to replace ``paths``, files that already exist (asked once for
    all of them; No is the default, so a stray Return keeps the earlier files)."""
    names = "\n".join(str(p) for p in paths)
    text = (f"{names}\nalready exists. Replace it?" if len(paths) == 1
            else f"These files already exist:\n{names}\nReplace them?")
    box = QMessageBox(QMessageBox.Question, "Replace existing files?" if len(paths) > 1
                      else "Replace the existing file?", "", QMessageBox.Yes | QMessageBox.No, parent)
    box.setTextFormat(Qt.PlainText)
    box.setText(text)
    box.setDefaultButton(QMessageBox.No)
    return box.exec() == QMessageBox.Yes


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


class ListManager(QDialog):
    """A list with Rename / Delete (and optional extra) buttons. The buttons that act on one entry
    are enabled only while an entry is chosen; an empty list says how entries come to be."""

    def __init__(self, title: str, parent=None, empty_text: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        lay = QHBoxLayout()
        outer.addLayout(lay, 1)
        self.list = QListWidget()
        self.list.setMinimumWidth(260)
        lay.addWidget(self.list, 1)
        self.empty_note = QLabel(empty_text)   # plain text: a hint, shown only while the list is empty
        self.empty_note.setTextFormat(Qt.PlainText)
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(False)
        outer.addWidget(self.empty_note)
        self.buttons = QVBoxLayout()
        lay.addLayout(self.buttons)
        self.rename_button = self._button("Rename…", self.rename)
        self.delete_button = self._button("Delete", self.delete)
        self.entry_buttons = [self.rename_button, self.delete_button]
        self.buttons.addStretch(1)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        self.buttons.addWidget(close)
        self.list.currentItemChanged.connect(lambda *_: self.update_buttons())
        self.list.model().rowsInserted.connect(lambda *_: self.update_buttons())
        self.list.model().modelReset.connect(self.update_buttons)
        self.list.model().rowsRemoved.connect(lambda *_: self.update_buttons())

    def update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        for b in self.entry_buttons:
            b.setEnabled(chosen)
        self.empty_note.setVisible(bool(self.empty_note.text()) and self.list.count() == 0)

    def _button(self, text, slot) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(slot)
        self.buttons.addWidget(b)
        return b

    def current(self) -> str | None:
        it = self.list.currentItem()
        return it.data(Qt.UserRole) if it else None
