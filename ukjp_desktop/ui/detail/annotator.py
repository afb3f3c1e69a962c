"""Every annotation edit goes through here as an undoable command (Ctrl+Z / Ctrl+Shift+Z).

A command records what was there before, so undo restores it exactly, including a deleted tag's
colour and every initiative it was on. Problems (a duplicate tag name, say) are reported in plain
words through ``failed`` and leave the database unchanged; so does a database that refuses the
write (locked, read-only, damaged): the command runs inside Qt's undo stack, where an exception
would escape to the event loop instead of reaching the user."""
from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from ...store import annotations as ann
from ...store.annotations import AnnotationError
from ...store.database import DatabaseError

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


class Annotator(QObject):
    changed = Signal(str)      # slug, or "" when a tag-wide edit touched many initiatives
    failed = Signal(str)

    def __init__(self, engine, parent: QObject | None = None):
        super().__init__(parent)
        self.engine = engine
        self.stack = QUndoStack(self)

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
    def set_note(self, slug: str, old: str, new: str, name: str = "") -> None:
        if old == new:
            return
        e = self.engine
        self.stack.push(_Command(self, f"Edit note on {name or slug}",
                                 lambda: ann.set_note(e, slug, new), lambda: ann.set_note(e, slug, old), slug))

    def set_star(self, slug: str, starred: bool, name: str = "") -> None:
        e = self.engine
        self.stack.push(_Command(self, f"{'Star' if starred else 'Unstar'} {name or slug}",
                                 lambda: ann.set_star(e, slug, starred),
                                 lambda: ann.set_star(e, slug, not starred), slug))

    def add_tag(self, slug: str, tag: str, name: str = "") -> None:
        e = self.engine
        try:
            tag = ann.tag_name(tag)
        except AnnotationError as exc:
            self.failed.emit(str(exc))
            return
        existed = any(t == tag for t, _c, _n in ann.tags(e))

        def undo():
            ann.untag(e, slug, tag)
            if not existed:  # the tag was created by this edit: remove it again
                ann.delete_tag(e, tag)
        self.stack.push(_Command(self, f"Tag {name or slug} “{tag}”", lambda: ann.tag(e, slug, tag), undo, slug))

    def remove_tag(self, slug: str, tag: str, name: str = "") -> None:
        e = self.engine
        self.stack.push(_Command(self, f"Remove tag “{tag}” from {name or slug}",
                                 lambda: ann.untag(e, slug, tag), lambda: ann.tag(e, slug, tag), slug))

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
            for slug in removed:
                ann.tag(e, slug, tag)
        self.stack.push(_Command(self, f"Delete tag “{tag}”", do, undo, ""))
