"""Annotation edits that are not stored yet, kept in a small journal file until they are.

When another program holds the database's write lock, a note the user typed cannot be stored
now. It must not be lost, even if the application is killed before the lock goes: each edit
is appended here first (one JSON object per line, flushed and fsynced), removed once the
database has it, and replayed at the next start if it is still here. The journal lives
beside the database (``<name>.pending.jsonl``) so it follows ``--db``.

An edit is a small dict: ``{"op": "note", "slug": ..., "value": ...}``; ``op`` is one of
``OPS`` (``untag_new`` is the undo of a tag the edit created; a note's value is its text and
the text it replaces). Replaying one is idempotent (the store's writes are; a note already
saved is not a conflict), so an edit stored just before a crash and replayed after it does no
harm. A note edit that met a newer note (a conflict the member has not settled yet) stays here
too, until they choose (``release``): after a crash it is replayed, meets the newer note again
and the choice is offered again, so the member's side of it is never lost.
"""
from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Callable

from sqlalchemy import Engine

from . import annotations as ann

def _untag_new(engine: Engine, slug: str, name: str) -> None:
    """Undo of adding a tag the edit itself created: untag, and drop the tag if now unused."""
    ann.untag(engine, slug, name)
    if any(t == name and n == 0 for t, _c, n in ann.tags(engine)):
        ann.delete_tag(engine, name)


def _note(engine: Engine, slug: str, value) -> None:
    """A note edit: its text, and (from the window) the note as it was read, so a colleague's
    save in between raises ``NoteConflict`` instead of being overwritten; ``owner`` when the
    edit is of a colleague's shared note rather than the member's own."""
    if isinstance(value, dict):
        ann.set_note(engine, slug, str(value.get("text", "")), expected=value.get("expected"),
                     owner=note_owner(value))
    else:                       # a journal written before notes carried what they were read as
        ann.set_note(engine, slug, str(value))


def note_text(value) -> str:
    return str(value.get("text", "")) if isinstance(value, dict) else str(value)


def note_owner(value) -> str | None:
    """Whose note an edit is of: None for the member's own."""
    return (value.get("owner") or None) if isinstance(value, dict) else None


OPS: dict[str, Callable[[Engine, str, object], None]] = {
    "note": _note,
    "share": lambda e, slug, v: ann.share_note(e, slug, bool(v)),
    "star": lambda e, slug, v: ann.set_star(e, slug, bool(v)),
    "team_star": lambda e, slug, v: ann.set_star(e, slug, bool(v), team=True),
    "tag": lambda e, slug, v: ann.tag(e, slug, str(v)),
    "untag": lambda e, slug, v: ann.untag(e, slug, str(v)),
    "team_tag": lambda e, slug, v: ann.tag(e, slug, str(v), team=True),
    "team_untag": lambda e, slug, v: ann.untag(e, slug, str(v), team=True),
    "untag_new": lambda e, slug, v: _untag_new(e, slug, str(v)),
}


def journal_path(db_path: Path | str) -> Path:
    """Beside the database file; for a team database (an address, nothing beside it) in the
    user's data folder, one journal per address."""
    from .engines import is_server_url
    if is_server_url(db_path):
        import hashlib
        from .userdb import default_db_path
        digest = hashlib.sha256(str(db_path).encode("utf-8")).hexdigest()[:16]
        return default_db_path().with_name(f"team-{digest}.pending.jsonl")
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".pending.jsonl")


def apply_edit(engine: Engine, edit: dict) -> None:
    """Store one edit (raises the store's errors: busy, damaged, unknown initiative)."""
    OPS[edit["op"]](engine, edit["slug"], edit["value"])


class PendingJournal:
    """Thread-safe: the window's UI thread adds edits, its writer thread removes them."""

    def __init__(self, path: Path | None):
        """``path`` None: kept in memory only (a window over a throw-away database, tests)."""
        self.path = Path(path) if path is not None else None
        self._lock = threading.Lock()
        self._entries: dict[int, dict] = {}
        self._next = 1
        for edit in self._read():
            self._entries[self._next] = edit
            self._next += 1

    def _read(self) -> list[dict]:
        if self.path is None:
            return []
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        edits = []
        for line in lines:
            try:
                edit = json.loads(line)
            except ValueError:
                continue            # a line cut short by a crash mid-append: nothing was promised
            if isinstance(edit, dict) and edit.get("op") in OPS and isinstance(edit.get("slug"), str):
                edits.append({"op": edit["op"], "slug": edit["slug"], "value": edit.get("value")})
        return edits

    def add(self, op: str, slug: str, value) -> int:
        """Record an edit durably before it is attempted; returns its key."""
        if op not in OPS:
            raise ValueError(f"unknown edit {op!r}")
        edit = {"op": op, "slug": slug, "value": value}
        with self._lock:
            key, self._next = self._next, self._next + 1
            self._entries[key] = edit
            if self.path is None:
                return key
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(edit, ensure_ascii=False) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
        return key

    def done(self, key: int) -> None:
        """The edit is in the database: forget it (the file is rewritten atomically)."""
        with self._lock:
            if self._entries.pop(key, None) is None:
                return
            self._rewrite()

    def _rewrite(self) -> None:
        if self.path is None:
            return
        if not self._entries:
            self.path.unlink(missing_ok=True)
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for edit in self._entries.values():
                fh.write(json.dumps(edit, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def release(self, slug: str, owner: str | None = None) -> None:
        """The member settled a conflict on this note (``owner``: a colleague's, None: their
        own): the edits kept for it since are no longer needed."""
        with self._lock:
            keys = [k for k, e in self._entries.items()
                    if e["op"] == "note" and e["slug"] == slug and note_owner(e["value"]) == owner]
            for k in keys:
                del self._entries[k]
            if keys:
                self._rewrite()

    def entries(self) -> list[tuple[int, dict]]:
        with self._lock:
            return list(self._entries.items())

    def pending_note(self, slug: str) -> str | None:
        """The newest note of the member's own typed for ``slug`` that is not stored yet (None:
        none pending); edits of colleagues' shared notes are not it."""
        with self._lock:
            notes = [note_text(e["value"]) for e in self._entries.values()
                     if e["op"] == "note" and e["slug"] == slug and note_owner(e["value"]) is None]
        return notes[-1] if notes else None

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
