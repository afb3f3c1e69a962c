"""Colleagues' shared notes on the shown initiative, each with an "Edit…" button (issue 17).

Any member may edit a note its author shared with the team; the note stays its author's and
shows who edited it last. The edit is made in a small editor window over the note as it was
read, and goes through the annotator like every other note save: undoable, journaled when the
database is busy, and never written over a newer version. If the author (or anyone) saved the
note meanwhile, the editor opens again with both texts, theirs first, so the member decides;
an editor still open when the window closes is saved, so nothing typed there is lost."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QToolButton, QVBoxLayout, QWidget)

from ...core.records import SharedNote
from .annotator import Annotator
from ..widgets.plain_text import WrappedLabel


def _plain_label(text: str, *, selectable: bool = False) -> QLabel:
    label = WrappedLabel(text)                 # colleagues' words, never markup, never cut off
    if selectable:
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def heading(n: SharedNote) -> str:
    edited = f", edited by {n.updated_by}" if n.updated_by and n.updated_by != n.author else ""
    return f"{n.author} shared ({n.updated_at.replace('T', ' ')} UTC{edited}):"


class SharedNoteEditor(QDialog):
    """Edits one colleague's shared note; saves over ``read`` (the text as it was read)."""

    def __init__(self, slug: str, name: str, author: str, read: str, text: str,
                 notice: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.slug, self.name, self.author, self.read = slug, name, author, read
        self.settles_conflict = bool(notice)      # reopened after meeting a newer note
        self.setWindowTitle(f"Edit {author}’s shared note")
        lay = QVBoxLayout(self)
        about = _plain_label(f"{author}’s note on {name or slug}, shared with the team. Your change "
                             f"is saved as theirs, marked as edited by you.")
        lay.addWidget(about)
        self.notice = _plain_label(notice)
        self.notice.setStyleSheet("color: #8a5a00;")
        self.notice.setVisible(bool(notice))
        lay.addWidget(self.notice)
        self.text = QPlainTextEdit()
        self.text.setPlainText(text)
        lay.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(460, 300)

    def changed(self) -> bool:
        return self.text.toPlainText() != self.read


class TeamNotes(QWidget):
    """The list under the member's own note; empty and hidden when nobody shared one."""

    def __init__(self, annotator: Annotator, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("team-notes")
        self.annotator = annotator
        self.slug, self.name = "", ""
        self.notes: tuple[SharedNote, ...] = ()
        self.bodies: list[QLabel] = []
        self.edit_buttons: list[QToolButton] = []
        self.editors: list[SharedNoteEditor] = []
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        annotator.conflict.connect(self.on_conflict)
        self.hide()

    def show_notes(self, slug: str, name: str, notes) -> None:
        self.slug, self.name, self.notes = slug, name, tuple(notes)
        while self._lay.count():
            w = self._lay.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.bodies, self.edit_buttons = [], []
        for n in self.notes:
            row = QWidget()
            top = QHBoxLayout(row)
            top.setContentsMargins(0, 4, 0, 0)
            top.addWidget(_plain_label(heading(n)), 1)
            edit = QToolButton()
            edit.setText("Edit…")
            edit.setToolTip(f"Edit {n.author}’s shared note (it stays theirs; you are named as its editor)")
            edit.clicked.connect(lambda _=False, n=n: self.edit(n.author))
            top.addWidget(edit, 0, Qt.AlignTop)
            body = _plain_label(n.note, selectable=True)
            self._lay.addWidget(row)
            self._lay.addWidget(body)
            self.bodies.append(body)
            self.edit_buttons.append(edit)
        self.setVisible(bool(self.notes))

    def text(self) -> str:
        """Everything shown, as plain text (what a screen reader or a copy gets)."""
        return "\n\n".join(f"{heading(n)}\n{n.note}" for n in self.notes)

    # ---- editing ------------------------------------------------------------------------------
    def edit(self, author: str) -> SharedNoteEditor | None:
        note = next((n for n in self.notes if n.author == author), None)
        if note is None:
            return None
        return self._open(self.slug, self.name, author, note.note, note.note)

    def _open(self, slug: str, name: str, author: str, read: str, text: str,
              notice: str = "") -> SharedNoteEditor:
        editor = SharedNoteEditor(slug, name, author, read, text, notice, self)
        editor.finished.connect(lambda result, e=editor: self._closed(e, result))
        self.editors.append(editor)
        editor.open()          # window-modal, and no nested event loop
        return editor

    def _closed(self, editor: SharedNoteEditor, result: int) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        if result == QDialog.Accepted:
            self._save(editor)
        else:
            self._settle(editor)       # cancelled: theirs stays, as the member chose
        editor.deleteLater()

    def _settle(self, editor: SharedNoteEditor) -> None:
        if editor.settles_conflict:
            editor.settles_conflict = False
            self.annotator.settle_conflict(editor.slug, editor.author)

    def _save(self, editor: SharedNoteEditor) -> None:
        self._settle(editor)
        if editor.changed():
            self.annotator.set_note(editor.slug, editor.read, editor.text.toPlainText(),
                                    editor.name, owner=editor.author)

    def on_conflict(self, slug: str, owner: str, mine: str, theirs: str, by: str) -> None:
        """Someone saved the colleague's note while this member edited it: nothing was
        written over theirs; the editor comes back with both texts for the member to settle."""
        if not owner:
            return                 # the member's own note: the annotation panel's business
        name = self.name if slug == self.slug else ""
        who = by or "someone else"
        merged = f"{theirs}\n\n{mine}" if theirs else mine
        self._open(slug, name, owner, theirs, merged,
                   f"{who} saved this note while you were editing it, so your change was not saved "
                   f"over theirs. Below: their text, then yours. Save what should stay.")

    def save_open_editors(self) -> None:
        """The window is closing: what is typed in an open editor is saved, not dropped."""
        for editor in list(self.editors):
            self.editors.remove(editor)
            self._save(editor)
            editor.close()
