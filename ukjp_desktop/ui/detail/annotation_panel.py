"""Your note, star and tags for the selected initiative.

The note is saved a short pause after typing stops, when the selection changes and when the
window closes; every save is one undo step. The panel shows what the database holds and only
replaces the text being edited when it really differs (so an autosave never moves the cursor)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (QComboBox, QCompleter, QHBoxLayout, QLabel, QPlainTextEdit,
                               QToolButton, QVBoxLayout, QWidget)

from ...core.records import Annotation
from .annotator import Annotator
from ..widgets.flow_layout import FlowLayout
from ..widgets.plain_text import tooltip

AUTOSAVE_MS = 800


class UndoFallthrough(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's Edit → Undo / Redo from a one-line box
    that has nothing of its own to undo. A line edit claims those keys whenever it has focus,
    so in the (usually empty) tag box they did nothing at all."""

    def __init__(self, line_edit, parent: QObject | None = None):
        super().__init__(parent)
        self.line_edit = line_edit

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.ShortcutOverride:
            own = ((event.matches(QKeySequence.Undo) and self.line_edit.isUndoAvailable())
                   or (event.matches(QKeySequence.Redo) and self.line_edit.isRedoAvailable()))
            if (event.matches(QKeySequence.Undo) or event.matches(QKeySequence.Redo)) and not own:
                event.ignore()   # not claimed: the shortcut goes to the window's action
                return True
        return False


class AnnotationPanel(QWidget):

    def __init__(self, annotator: Annotator, parent=None):
        super().__init__(parent)
        self.annotator = annotator
        self.slug = ""
        self.name = ""
        self._saved_note = ""
        self._tag_colours: dict[str, str | None] = {}

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 6)
        head = QHBoxLayout()
        title = QLabel("Your notes")
        title.setStyleSheet("font-weight: bold;")
        head.addWidget(title)
        head.addStretch(1)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.PlainText)
        self.status.setStyleSheet("color: palette(mid);")
        head.addWidget(self.status)
        self.star = QToolButton()
        self.star.setCheckable(True)
        self.star.setText("☆ Star")
        self.star.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.star.setToolTip("Star this initiative (Ctrl+D)")
        self.star.clicked.connect(self._on_star)
        head.addWidget(self.star)
        lay.addLayout(head)

        tags_row = QHBoxLayout()
        self.chips = QWidget()
        self.chips_layout = FlowLayout(self.chips, spacing=4)
        tags_row.addWidget(self.chips, 1)
        self.tag_input = QComboBox()
        self.tag_input.setEditable(True)
        self.tag_input.setInsertPolicy(QComboBox.NoInsert)
        self.tag_input.lineEdit().setPlaceholderText("Add a tag…")
        self.tag_input.setMinimumContentsLength(12)
        self._tag_model = QStringListModel()
        self.tag_input.setModel(self._tag_model)
        completer = QCompleter(self._tag_model, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.tag_input.setCompleter(completer)
        self.tag_input.lineEdit().returnPressed.connect(self._on_add_tag)
        self.tag_input.activated.connect(lambda _i: self._on_add_tag())
        self._undo_fallthrough = UndoFallthrough(self.tag_input.lineEdit(), self)
        self.tag_input.installEventFilter(self._undo_fallthrough)
        self.tag_input.lineEdit().installEventFilter(self._undo_fallthrough)
        tags_row.addWidget(self.tag_input)
        lay.addLayout(tags_row)

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Your note on this initiative: saved automatically, searchable.")
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._on_text_changed)
        lay.addWidget(self.note, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._waiting = ""              # the writer's "not saved yet" message, until settled
        self._read_only = ""            # why editing is off (a read-only database), or ""
        annotator.waiting.connect(self._on_waiting)
        annotator.settled.connect(self._on_settled)
        self.setEnabled(False)

    # ---- showing ----------------------------------------------------------------------------
    def show_annotation(self, slug: str, name: str, a: Annotation | None,
                        all_tags: list[tuple[str, str | None, int]]) -> None:
        if slug != self.slug:
            self.flush()
        typing = self.tag_input.currentText() if slug == self.slug else ""
        self.slug, self.name = slug, name
        self.setEnabled(bool(slug) and not self._read_only)
        self._tag_colours = {t: c for t, c, _n in all_tags}
        self._tag_model.setStringList([t for t, _c, _n in all_tags])
        # Resetting the list makes the combo box show its first tag as if typed; the box keeps
        # only what the user is typing for this same initiative, and is empty for another.
        self.tag_input.setCurrentIndex(-1)
        self.tag_input.setEditText(typing)
        # A note typed earlier that waits for the database is what the user last saw: show it.
        pending = self.annotator.pending_note(slug) if slug else None
        note = pending if pending is not None else (a.note if a else "")
        # Someone else's change arriving while this note is being typed (a team database)
        # never replaces the text under the user's fingers; it is saved when they pause.
        typing_note = slug == self.slug and self._timer.isActive()
        if not typing_note:
            self._saved_note = note
        if not typing_note and self.note.toPlainText() != note:
            self.note.blockSignals(True)
            self.note.setPlainText(note)
            self.note.blockSignals(False)
        self.star.setChecked(bool(a and a.starred))
        self.star.setText("★ Starred" if self.star.isChecked() else "☆ Star")
        self._show_chips(a.tags if a else ())
        if self._waiting:
            self.status.setText("Not saved yet")
        else:
            by = f" by {a.updated_by}" if a and a.updated_by else ""
            self.status.setText(f"Saved {a.updated_at.replace('T', ' ')} UTC{by}" if a and a.updated_at else "")

    def set_read_only(self, why: str) -> None:
        self._read_only = why
        self.setEnabled(False)
        self.setToolTip(why)
        self.note.setPlaceholderText(why)

    def _on_waiting(self, message: str) -> None:
        """Another program holds the database: say so calmly, and keep saying it."""
        self._waiting = message
        self.status.setText("Not saved yet")
        self.status.setToolTip(message)
        self.note.setToolTip(message)

    def _on_settled(self) -> None:
        if self._waiting:
            self._waiting = ""
            self.status.setText("Saved")
            self.status.setToolTip("")
            self.note.setToolTip("")

    def _show_chips(self, tags) -> None:
        while self.chips_layout.count():
            w = self.chips_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        for t in tags:
            chip = QToolButton()
            chip.setText(f"{t}  ✕")
            chip.setObjectName("tag-chip")
            chip.setToolTip(tooltip(f"Remove the tag “{t}” from this initiative"))
            colour = self._tag_colours.get(t) or "#dde3ea"
            fg = "#000000" if QColor(colour).lightness() > 128 else "#ffffff"
            chip.setStyleSheet(f"QToolButton {{ background: {colour}; color: {fg}; border-radius: 8px;"
                               " padding: 1px 6px; }")
            chip.clicked.connect(lambda _=False, tag=t: self.annotator.remove_tag(self.slug, tag, self.name))
            self.chips_layout.addWidget(chip)

    def chip_tags(self) -> list[str]:
        out = []
        for i in range(self.chips_layout.count()):
            w = self.chips_layout.itemAt(i).widget()
            if w is not None:
                out.append(w.text().rsplit("  ✕", 1)[0])
        return out

    # ---- editing ----------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        self.status.setText("Editing…")
        self._timer.start()

    def flush(self) -> None:
        """Save the note now if it changed (selection change, close, or the pause timer)."""
        self._timer.stop()
        if not self.slug:
            return
        text = self.note.toPlainText()
        if text != self._saved_note:
            old, self._saved_note = self._saved_note, text
            self.annotator.set_note(self.slug, old, text, self.name)

    def _on_star(self) -> None:
        if self.slug:
            self.annotator.set_star(self.slug, self.star.isChecked(), self.name)

    def toggle_star(self) -> None:
        if self.slug:
            self.star.setChecked(not self.star.isChecked())
            self._on_star()

    def _on_add_tag(self) -> None:
        text = self.tag_input.currentText().strip()
        if text and self.slug:
            self.tag_input.setEditText("")
            if text not in self.chip_tags():
                self.annotator.add_tag(self.slug, text, self.name)
