"""Your note, star and tags for the selected initiative, and what the team shares on it.

The note is saved a short pause after typing stops, when the selection changes and when the
window closes; every save is one undo step. The panel shows what the database holds and only
replaces the text being edited when it really differs (so an autosave never moves the cursor).

Private unless shared (issue 17): "Share with the team" shows your note to every member, with
your name and the time; colleagues' shared notes are listed below yours, as plain text, each
with an "Edit…" button (ui/detail/team_notes.py). Stars and new tags are yours, or the team's
with "Team". A save goes over the note as it was read;
when someone else saved it meanwhile (another window, a colleague on a shared note), nothing
is overwritten: the panel shows their text beside yours and offers keep mine, take theirs or
merge (both texts), and a conflict still open when the window closes is merged."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QTextCursor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QFrame, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QSizePolicy, QSplitter, QToolButton, QVBoxLayout,
                               QWidget)

from ...core.records import Annotation
from .annotator import Annotator
from .team_notes import TeamNotes
from ..widgets.flow_layout import FlowLayout
from ..widgets.plain_text import ElidedLabel, tooltip

AUTOSAVE_MS = 800
CHOOSING_SHARE = 0.62   # of the right-hand column's height, for the panel while a note conflict is open
CHIP_TEXT_WIDTH = 150   # px of a tag's name on its chip: two chips fit the 1024x700 pane's line



def saved_text(updated_at: str, updated_by: str | None, now: datetime | None = None) -> tuple[str, str]:
    """The foot's "Saved …" in the user's own time, short enough for a narrow pane ("Saved 21:34 by alice" today,
    "Saved 3 Dec 2026 21:34" another day), and the whole stored time (UTC) for its tooltip."""
    by = f" by {updated_by}" if updated_by else ""
    full = f"Saved {updated_at.replace('T', ' ')} UTC{by}"
    try:
        when = datetime.fromisoformat(updated_at.replace(" ", "T"))
    except ValueError:
        return full, full
    local = (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).astimezone()
    today = (now or datetime.now().astimezone()).date()
    shown = local.strftime("%H:%M") if local.date() == today else f"{local.day} {local.strftime('%b %Y %H:%M')}"
    return f"Saved {shown}{by}", full

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
        # Title and stars flow onto two lines when the pane is narrow (1024 px wide window with
        # the charts open), rather than pushing the pane wider than the screen.
        header = QWidget()
        head = FlowLayout(header, spacing=6)
        head.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Your notes")
        title.setStyleSheet("font-weight: bold;")
        head.addWidget(title)
        self.status = ElidedLabel("")
        self.status.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.status.setStyleSheet("color: palette(mid);")
        self.star = QToolButton()
        self.star.setCheckable(True)
        self.star.setText("☆ Star")
        self.star.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.star.setToolTip("Star this initiative (Ctrl+D)")
        self.star.clicked.connect(self._on_star)
        head.addWidget(self.star)
        self.team_star = QToolButton()
        self.team_star.setCheckable(True)
        self.team_star.setText("☆ Team")
        self.team_star.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.team_star.setToolTip("Star this initiative for the whole team")
        self.team_star.clicked.connect(self._on_team_star)
        head.addWidget(self.team_star)
        lay.addWidget(header)

        tags_row = QHBoxLayout()
        tags_row.addStretch(1)
        self.tag_input = QComboBox()
        self.tag_input.setEditable(True)
        self.tag_input.setInsertPolicy(QComboBox.NoInsert)
        self.tag_input.lineEdit().setPlaceholderText("Add a tag…")
        self.tag_input.setMinimumContentsLength(9)
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
        self.team_tag = QToolButton()
        self.team_tag.setCheckable(True)
        self.team_tag.setText("Team")
        self.team_tag.setToolTip("Tags added now are the team's (everyone sees them), not only yours")
        tags_row.addWidget(self.team_tag)
        lay.addLayout(tags_row)
        # The chips have a line of their own under the tag box, its height kept while there are
        # none: beside the box (~70 px at 1024x700) every chip took a line, so selecting a tagged
        # initiative moved the note down, and a long tag widened the pane and squeezed the list.
        self.chips = QWidget()
        self.chips.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)   # never widens the pane
        self.chips_layout = FlowLayout(self.chips, spacing=4)
        self.chips.setMinimumHeight(max(self._chip("x", team).sizeHint().height() for team in (False, True)))
        lay.addWidget(self.chips)

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Your note on this initiative: saved automatically, searchable; "
                                     "private unless you share it with the team.")
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._on_text_changed)
        lay.addWidget(self.note, 1)
        self.shared = QCheckBox("Share with the team")
        self.shared.setToolTip("Every member sees a shared note, with your name and when it was saved")
        self.shared.clicked.connect(self._on_shared)
        # The save status shares the row under the note, where there is room for who and when.
        foot = QHBoxLayout()
        foot.addWidget(self.shared)
        foot.addWidget(self.status, 1)
        lay.addLayout(foot)

        # Someone else saved this note since it was read: theirs beside yours, and a choice.
        self.conflict = QFrame()
        self.conflict.setObjectName("note-conflict")
        self.conflict.setFrameShape(QFrame.StyledPanel)
        box = QVBoxLayout(self.conflict)
        box.setContentsMargins(6, 4, 6, 4)
        self.conflict_label = QLabel("")
        self.conflict_label.setTextFormat(Qt.PlainText)
        self.conflict_label.setWordWrap(True)
        box.addWidget(self.conflict_label)
        self.theirs = QPlainTextEdit()
        self.theirs.setReadOnly(True)
        # Theirs and yours share the panel's height equally while the choice is open: at
        # 1024x700 a box capped at 90 px showed two lines of their note, scrolled to its end.
        self.theirs.setMinimumHeight(3 * self.theirs.fontMetrics().lineSpacing() + 12)
        box.addWidget(self.theirs, 1)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton("Keep mine")
        self.keep_mine.setToolTip("Save your text over theirs")
        self.take_theirs = QPushButton("Take theirs")
        self.take_theirs.setToolTip("Put your text aside and show theirs")
        self.merge = QPushButton("Merge")
        self.merge.setToolTip("Save both: their text, then yours")
        for b, how in ((self.keep_mine, "mine"), (self.take_theirs, "theirs"), (self.merge, "merge")):
            b.clicked.connect(lambda _=False, how=how: self.resolve(how))
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.conflict.hide()
        lay.addWidget(self.conflict, 1)
        self._conflicts: dict[str, tuple[str, str]] = {}   # slug → (theirs, who saved it)
        self._sizes_before: list[int] | None = None        # the splitter's, while a choice is open
        self._typed_elsewhere: dict[str, str] = {}         # slug → your text, not shown now
        self._team_tags: set[str] = set()

        self.team_notes = TeamNotes(annotator)
        lay.addWidget(self.team_notes)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._waiting = ""              # the writer's "not saved yet" message, until settled
        self._read_only = ""            # why editing is off (a read-only database), or ""
        annotator.waiting.connect(self._on_waiting)
        annotator.settled.connect(self._on_settled)
        annotator.conflict.connect(self.on_conflict)
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
        # Nor does it replace the user's side of a conflict they have not settled yet.
        typing_note = slug == self.slug and (self._timer.isActive() or slug in self._conflicts)
        if not typing_note:
            self._saved_note = note
        if not typing_note and self.note.toPlainText() != note:
            self.note.blockSignals(True)
            self.note.setPlainText(note)
            self.note.blockSignals(False)
        self.star.setChecked(bool(a and a.starred))
        self.star.setText("★ Starred" if self.star.isChecked() else "☆ Star")
        self.team_star.setChecked(bool(a and a.team_starred))
        self.team_star.setText("★ Team" if self.team_star.isChecked() else "☆ Team")
        self.shared.setChecked(bool(a and a.shared))
        self._team_tags = set(a.team_tags) if a else set()
        self._show_chips(a.tags if a else ())
        self.team_notes.show_notes(slug, name, a.team_notes if a else ())
        self._show_conflict()
        if self._waiting:
            self.status.setText("Not saved yet")
        else:
            text, full = saved_text(a.updated_at, a.updated_by) if a and a.updated_at else ("", "")
            self.status.setText(text)
            self.status.setToolTip(full)

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
            self.chips_layout.addWidget(self._chip(t, t in self._team_tags))

    def _chip(self, tag: str, team: bool) -> QToolButton:
        """A removable chip for ``tag``; a long name is shortened with "…" (whole in its tooltip)."""
        chip = QToolButton()
        chip.setProperty("tag", tag)
        chip.setText(chip.fontMetrics().elidedText(tag, Qt.ElideRight, CHIP_TEXT_WIDTH) + "  ✕")
        chip.setObjectName("team-tag-chip" if team else "tag-chip")
        chip.setToolTip(tooltip(f"Remove the team's tag “{tag}” from this initiative" if team
                                else f"Remove your tag “{tag}” from this initiative"))
        colour = self._tag_colours.get(tag) or "#dde3ea"
        fg = "#000000" if QColor(colour).lightness() > 128 else "#ffffff"
        border = "border: 2px solid palette(dark);" if team else ""
        chip.setStyleSheet(f"QToolButton {{ background: {colour}; color: {fg}; border-radius: 8px;"
                           f" padding: 1px 6px; {border} }}")
        chip.clicked.connect(lambda _=False, tag=tag, team=team:
                             self.annotator.remove_tag(self.slug, tag, self.name, team=team))
        return chip

    # ---- a note someone else changed since it was read ----------------------------------------
    def on_conflict(self, slug: str, owner: str, mine: str, theirs: str, by: str) -> None:
        """Nothing was saved over their text. The user's own text stays in the editor (or comes
        back to it when this initiative is shown again) until they choose. A colleague's
        shared note is the team notes' business."""
        if owner:
            return
        already_open = slug in self._conflicts
        self._conflicts[slug] = (theirs, by)
        if slug == self.slug:
            self._timer.stop()
            # (a second conflict while the choice is open, e.g. an undo of an older save that now meets their text,
            # brings the undo's text, not what the user has typed meanwhile: the editor keeps the user's words)
            if self.note.toPlainText() != mine and not already_open:
                self.note.blockSignals(True)
                self.note.setPlainText(mine)
                self.note.blockSignals(False)
        elif not (already_open and slug in self._typed_elsewhere):
            self._typed_elsewhere[slug] = mine
        self._show_conflict()

    def _show_conflict(self) -> None:
        got = self._conflicts.get(self.slug) if self.slug else None
        if got is not None and self.slug in self._typed_elsewhere:
            self.note.blockSignals(True)
            self.note.setPlainText(self._typed_elsewhere.pop(self.slug))
            self.note.blockSignals(False)
        self.conflict.setVisible(got is not None)
        self._make_room(got is not None)
        if got is None:
            return
        theirs, by = got
        who = by or "someone else"
        self.conflict_label.setText(f"{who} saved this note while you were editing it. Yours, above, "
                                    "was not saved over theirs:")
        self.theirs.setPlainText(theirs)
        self.theirs.moveCursor(QTextCursor.Start)      # their note from its first line
        self.status.setText("Not saved")
        self.status.setToolTip("Someone else saved this note meanwhile: choose below whether to keep "
                               "yours, take theirs or merge both")

    def _make_room(self, choosing: bool) -> None:
        """While the choice is open the panel takes most of the window's height from the detail
        above it (at 1024x700 its ~170 px squeezed both texts to two lines and cut the
        explanation); the heights it had come back once the choice is made."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter):
            return
        if choosing and self._sizes_before is None:
            sizes = splitter.sizes()
            mine = splitter.indexOf(self)
            total = sum(sizes)
            want = max(sizes[mine], int(total * CHOOSING_SHARE))
            if want > sizes[mine] and len(sizes) == 2:
                self._sizes_before = sizes
                splitter.setSizes([total - want, want] if mine == 1 else [want, total - want])
        elif not choosing and self._sizes_before is not None:
            sizes, self._sizes_before = self._sizes_before, None
            # Now, for the window closing with the choice open (it saves its layout before the
            # next turn: the next start opened with the panel at 62%), and again in the next
            # turn, once the hidden choice no longer counts in the panel's minimum height.
            splitter.setSizes(sizes)
            QTimer.singleShot(0, splitter, lambda: splitter.setSizes(sizes))

    def resolve(self, how: str) -> None:
        """keep "mine" (saved over theirs), take "theirs", or "merge" (theirs, then mine)."""
        got = self._conflicts.pop(self.slug, None)
        if got is None:
            return
        self.annotator.settle_conflict(self.slug)
        theirs, _by = got
        mine = self.note.toPlainText()
        text = {"mine": mine, "theirs": theirs, "merge": f"{theirs}\n\n{mine}" if theirs else mine}[how]
        self.note.blockSignals(True)
        self.note.setPlainText(text)
        self.note.blockSignals(False)
        self._saved_note = text
        self.conflict.hide()
        self._make_room(False)
        if text != theirs:
            self.annotator.set_note(self.slug, theirs, text, self.name)

    def merge_open_conflicts(self) -> None:
        """The window is closing: an unresolved choice keeps both texts rather than losing one,
        and a colleague's note open in its editor is saved."""
        self.team_notes.save_open_editors()
        if self.slug in self._conflicts:
            self._typed_elsewhere.pop(self.slug, None)
            self.resolve("merge")
        for slug, mine in list(self._typed_elsewhere.items()):
            got = self._conflicts.pop(slug, None)
            if got is not None:
                theirs = got[0]
                self.annotator.settle_conflict(slug)
                self.annotator.set_note(slug, theirs, f"{theirs}\n\n{mine}" if theirs else mine)
        self._typed_elsewhere.clear()

    def chip_tags(self) -> list[str]:
        out = []
        for i in range(self.chips_layout.count()):
            w = self.chips_layout.itemAt(i).widget()
            if w is not None:
                out.append(w.property("tag"))
        return out

    # ---- editing ----------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self.slug in self._conflicts:     # saved once the user chooses, not over theirs
            return
        self.status.setText("Editing…")
        self._timer.start()

    def flush(self) -> None:
        """Save the note now if it changed (selection change, close, or the pause timer)."""
        self._timer.stop()
        if not self.slug:
            return
        if self.slug in self._conflicts:     # the editor holds the user's side of a conflict
            self._typed_elsewhere[self.slug] = self.note.toPlainText()
            return
        text = self.note.toPlainText()
        if text != self._saved_note:
            old, self._saved_note = self._saved_note, text
            self.annotator.set_note(self.slug, old, text, self.name)

    def _on_star(self) -> None:
        if self.slug:
            self.annotator.set_star(self.slug, self.star.isChecked(), self.name)

    def _on_team_star(self) -> None:
        if self.slug:
            self.annotator.set_star(self.slug, self.team_star.isChecked(), self.name, team=True)

    def _on_shared(self) -> None:
        if self.slug:
            self.flush()
            self.annotator.share_note(self.slug, self.shared.isChecked(), self.name)

    def toggle_star(self) -> None:
        if self.slug:
            self.star.setChecked(not self.star.isChecked())
            self._on_star()

    def _on_add_tag(self) -> None:
        text = self.tag_input.currentText().strip()
        if text and self.slug:
            self.tag_input.setEditText("")
            team = self.team_tag.isChecked()
            if text not in self.chip_tags() or (team and text not in self._team_tags):
                self.annotator.add_tag(self.slug, text, self.name, team=team)
