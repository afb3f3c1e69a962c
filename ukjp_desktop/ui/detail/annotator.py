"""Every annotation edit goes through here as an undoable command (Ctrl+Z / Ctrl+Shift+Z).

A command records what was there before, so undo restores it exactly, including a deleted tag's
colour and every initiative it was on. Problems (a duplicate tag name, say) are reported in plain
words through ``failed`` and leave the database unchanged; so does a database that refuses the
write (locked, read-only, damaged): the command runs inside Qt's undo stack, where an exception
would escape to the event loop instead of reaching the user.

A note, star or tag is first tried on the UI thread with a 50 ms wait for the write lock
(``quick_writes``): normally it is stored at once, as before. When another program holds the
lock, the edit goes to the ``AnnotationWriter`` instead — journaled on disk, retried on its own
thread, with a calm "not saved yet" message (``waiting``) until it lands — and so does every
edit after it until the writer is idle again, so edits are stored in the order they were made.
An edit enters the undo stack only once it is stored."""
from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from ...store import annotations as ann
from ...store.annotations import AnnotationError, NoteConflict
from ...store.database import BusyDatabaseError, DatabaseError, quick_writes
from ...store.pending_writes import PendingJournal, apply_edit, note_owner, note_text
from .annotation_writer import AnnotationWriter, waiting_text

log = logging.getLogger(__name__)


def database_problem(exc: Exception) -> str:
    """One line for a database error: SQLite's own words (“database is locked”), not the SQL."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return (f"The database did not accept the change ({reason[0] if reason else exc.__class__.__name__}); "
            "nothing was changed.")


class _Command(QUndoCommand):
    def __init__(self, annotator: "Annotator", text: str, do, undo, slug: str):
        super().__init__(text)
        self._annotator, self._do, self._undo, self.slug = annotator, do, undo, slug

    def redo(self) -> None:
        self._annotator._run(self._do, self.slug)

    def undo(self) -> None:
        self._annotator._run(self._undo, self.slug)


Edit = tuple[str, str, object]     # (op, slug, value): see store/pending_writes.OPS


class _StoredCommand(QUndoCommand):
    """An initiative edit that is already stored when pushed: the push must not redo it."""

    def __init__(self, annotator: "Annotator", text: str, do: Edit, undo: Edit):
        super().__init__(text)
        self._annotator, self._do, self._undo, self.slug = annotator, do, undo, do[1]
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._annotator._store(self._do)

    def undo(self) -> None:
        self._annotator._store(self._undo)


class Annotator(QObject):
    changed = Signal(str)      # slug, or "" when a tag-wide edit touched many initiatives
    failed = Signal(str)
    waiting = Signal(str)      # edits wait for another program's lock (a calm, lasting message)
    settled = Signal()         # every edit is stored again
    # slug, whose note ("" for your own), your text, theirs, who saved theirs: a note someone
    # else changed since it was read was not saved over (the panel offers keep mine / take
    # theirs / merge; a colleague's shared note reopens its editor with both texts)
    conflict = Signal(str, str, str, str, str)

    def __init__(self, engine, parent: QObject | None = None, journal: PendingJournal | None = None):
        super().__init__(parent)
        self.engine = engine
        self.stack = QUndoStack(self)
        self._quick = quick_writes(engine)
        self.writer = AnnotationWriter(engine, journal if journal is not None else PendingJournal(None), self)
        self._to_push: dict[int, _StoredCommand] = {}   # writer key → command, pushed once stored
        self.writer.stored.connect(self._on_stored)
        self.writer.failed.connect(self._on_write_failed)
        self.writer.waiting.connect(self.waiting)
        self.writer.settled.connect(self.settled)
        self.writer.conflict.connect(self._on_conflict)
        self.writer.start()

    def is_idle(self) -> bool:
        """Nothing waits to be stored."""
        return self.writer.is_idle()

    def pending_note(self, slug: str) -> str | None:
        """A note typed for ``slug`` that is not stored yet (the panel shows it, not the old one)."""
        return self.writer.pending_note(slug)

    def shutdown(self) -> bool:
        """Stop the writer; True when every edit was stored (others stay journaled)."""
        return self.writer.shutdown()

    # ---- initiative edits: now, or through the writer ----------------------------------------
    def _store(self, edit: Edit, command: _StoredCommand | None = None) -> None:
        """Store ``edit``; push ``command`` onto the undo stack once it is stored."""
        op, slug, value = edit
        if self.writer.is_idle():
            try:
                apply_edit(self._quick, {"op": op, "slug": slug, "value": value})
            except BusyDatabaseError as exc:         # another program writes: the writer waits,
                self.waiting.emit(waiting_text(exc))  # and the user is told now, not in 5 s
            except NoteConflict as exc:              # journaled until the member settles it
                key = self.writer.journal.add(op, slug, value)
                self._on_conflict(key, {"op": op, "slug": slug, "value": value}, exc)
                return
            except AnnotationError as exc:
                self.failed.emit(str(exc))
                return
            except (DatabaseError, SQLAlchemyError, sqlite3.Error) as exc:
                log.error("annotation edit on %r failed", slug, exc_info=True)
                self.failed.emit(str(exc) if isinstance(exc, DatabaseError) else database_problem(exc))
                return
            else:
                if command is not None:
                    self.stack.push(command)
                self.changed.emit(slug)
                return
        key = self.writer.submit(op, slug, value)
        if command is not None:
            self._to_push[key] = command

    def _on_stored(self, key: int, edit: dict) -> None:
        command = self._to_push.pop(key, None)
        if command is not None:
            self.stack.push(command)
        self.changed.emit(edit["slug"])

    def _on_conflict(self, key: int, edit: dict, exc: NoteConflict) -> None:
        self._to_push.pop(key, None)
        value = edit["value"]
        self.conflict.emit(edit["slug"], note_owner(value) or "", note_text(value), exc.theirs, exc.by or "")

    def _on_write_failed(self, key: int, message: str) -> None:
        self._to_push.pop(key, None)
        self.failed.emit(message)

    def _run(self, fn, slug: str) -> None:
        try:
            fn()
        except AnnotationError as exc:
            self.failed.emit(str(exc))
            return
        except DatabaseError as exc:    # busy or damaged: the store's message is for the user
            log.error("annotation edit on %r failed: %s", slug or "tags", exc)
            self.failed.emit(str(exc))
            return
        except (SQLAlchemyError, sqlite3.Error) as exc:
            log.error("annotation edit on %r failed", slug or "tags", exc_info=True)
            self.failed.emit(database_problem(exc))
            return
        self.changed.emit(slug)

    # ---- edits --------------------------------------------------------------------------------
    def _edit(self, text: str, do: Edit, undo: Edit) -> None:
        self._store(do, _StoredCommand(self, text, do, undo))

    def set_note(self, slug: str, old: str, new: str, name: str = "", owner: str = "") -> None:
        """Save ``new`` over ``old``, the note as it was read: if someone else changed it
        meanwhile, nothing is overwritten and ``conflict`` says so (undo checks the same way).
        ``owner``: the colleague whose shared note this is ("" for the member's own)."""
        if old == new:
            return
        whose = {"owner": owner} if owner else {}
        what = f"{owner}’s shared note" if owner else "note"
        self._edit(f"Edit {what} on {name or slug}", ("note", slug, {"text": new, "expected": old, **whose}),
                   ("note", slug, {"text": old, "expected": new, **whose}))

    def settle_conflict(self, slug: str, owner: str = "") -> None:
        """The member chose how a conflict on this note ends (their choice, if it differs from
        the stored note, comes as a new ``set_note``): the edit kept for it can go."""
        self.writer.journal.release(slug, owner or None)

    def share_note(self, slug: str, shared: bool, name: str = "") -> None:
        self._edit(f"{'Share' if shared else 'Make private'} the note on {name or slug}",
                   ("share", slug, shared), ("share", slug, not shared))

    def set_star(self, slug: str, starred: bool, name: str = "", team: bool = False) -> None:
        op = "team_star" if team else "star"
        self._edit(f"{'Star' if starred else 'Unstar'} {name or slug}{' for the team' if team else ''}",
                   (op, slug, starred), (op, slug, not starred))

    def add_tag(self, slug: str, tag: str, name: str = "", team: bool = False) -> None:
        e = self.engine
        try:
            tag = ann.tag_name(tag)
        except AnnotationError as exc:
            self.failed.emit(str(exc))
            return
        existed = any(t == tag for t, _c, _n in ann.tags(e))
        whose = " for the team" if team else ""
        if team:
            self._edit(f"Tag {name or slug} “{tag}”{whose}", ("team_tag", slug, tag), ("team_untag", slug, tag))
            return
        # Undo of a tag this edit created removes the tag again.
        self._edit(f"Tag {name or slug} “{tag}”", ("tag", slug, tag),
                   ("untag" if existed else "untag_new", slug, tag))

    def remove_tag(self, slug: str, tag: str, name: str = "", team: bool = False) -> None:
        do, undo = ("team_untag", "team_tag") if team else ("untag", "tag")
        self._edit(f"Remove tag “{tag}” from {name or slug}{' for the team' if team else ''}",
                   (do, slug, tag), (undo, slug, tag))

    def rename_tag(self, old: str, new: str) -> None:
        e = self.engine
        try:
            new = ann.tag_name(new)
        except AnnotationError as exc:
            self.failed.emit(str(exc))
            return
        if any(t == new for t, _c, _n in ann.tags(e)):
            self.failed.emit(f"A tag named “{new}” already exists.")
            return
        self.stack.push(_Command(self, f"Rename tag “{old}” to “{new}”",
                                 lambda: ann.rename_tag(e, old, new), lambda: ann.rename_tag(e, new, old), ""))

    def set_tag_colour(self, tag: str, colour: str | None) -> None:
        e = self.engine
        old = next((c for t, c, _n in ann.tags(e) if t == tag), None)
        self.stack.push(_Command(self, f"Colour tag “{tag}”", lambda: ann.set_tag_colour(e, tag, colour),
                                 lambda: ann.set_tag_colour(e, tag, old), ""))

    def delete_tag(self, tag: str) -> None:
        e = self.engine
        info = next(((c, n) for t, c, n in ann.tags(e) if t == tag), None)
        if info is None:
            self.failed.emit(f"There is no tag named “{tag}”.")
            return
        colour = info[0]
        removed: list[str] = []

        def do():
            removed[:] = ann.delete_tag(e, tag)

        def undo():
            ann.create_tag(e, tag, colour)
            for slug, team in removed:
                ann.tag(e, slug, tag, team=team)
        self.stack.push(_Command(self, f"Delete tag “{tag}”", do, undo, ""))
