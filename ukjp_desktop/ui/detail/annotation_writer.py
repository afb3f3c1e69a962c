"""Stores annotation edits on a thread of their own, so typing never waits for the database.

Each edit goes into the pending-writes journal (store/pending_writes.py) before it is tried,
then a single writer thread stores edits in the order they were made. While another program
holds the write lock the writer keeps retrying, and says so once through ``waiting`` (the
panel shows it until ``settled``); nothing the user typed is dropped, and an edit still in
the journal when the application stops is stored at the next start.
"""
from __future__ import annotations

import logging
import queue
import threading

import shiboken6
from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import SQLAlchemyError

from ...store.annotations import AnnotationError, NoteConflict
from ...store.database import BusyDatabaseError, DamagedDatabaseError, ServerUnavailableError
from ...store.pending_writes import PendingJournal, apply_edit

log = logging.getLogger(__name__)

WAITING_TEXT = ("Not saved yet — the database is busy (held by another program). "
                "Your edits are kept and will be saved as soon as it is free.")
SERVER_AWAY_TEXT = ("Not saved yet — the team database's server cannot be reached. "
                    "Your edits are kept and will be saved as soon as it is back.")


def waiting_text(exc: BusyDatabaseError) -> str:
    """Why edits wait: a lock on the file, or (a team database) a server that is away."""
    return SERVER_AWAY_TEXT if isinstance(exc, ServerUnavailableError) else WAITING_TEXT
RETRY_S = 1.0


class AnnotationWriter(QObject):
    stored = Signal(int, object)   # journal key, the edit (a dict): it is in the database now
    waiting = Signal(str)          # a calm message: edits are waiting for a lock to go
    settled = Signal()             # every edit made so far is in the database
    failed = Signal(int, str)      # journal key, one-line message: this edit was not stored
    # journal key, the edit, the NoteConflict: someone else changed the note since it was read;
    # its text goes back to the panel, which offers a choice; the edit stays in the journal
    # until the member chooses (PendingJournal.release), so a crash meanwhile loses nothing
    conflict = Signal(int, object, object)

    def __init__(self, engine, journal: PendingJournal, parent: QObject | None = None):
        super().__init__(parent)
        self.engine = engine
        self.journal = journal
        self._queue: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._in_flight = 0
        self.replayed = 0             # edits left from a previous run, queued at start
        for key, edit in journal.entries():
            self._enqueue(key, edit)
            self.replayed += 1
        self._thread = threading.Thread(target=self._loop, name="annotation-writer", daemon=True)

    def start(self) -> None:
        """Start storing (edits left from last time first). Separate from construction so
        that whoever listens is connected before the first ``stored``/``settled``."""
        self._thread.start()

    # ---- UI thread --------------------------------------------------------------------------
    def submit(self, op: str, slug: str, value) -> int:
        """Journal the edit, then queue it; returns its key (see ``stored`` / ``failed``)."""
        key = self.journal.add(op, slug, value)
        self._enqueue(key, {"op": op, "slug": slug, "value": value})
        return key

    def is_idle(self) -> bool:
        with self._lock:
            return self._in_flight == 0

    def pending_note(self, slug: str) -> str | None:
        return self.journal.pending_note(slug)

    def shutdown(self, timeout: float = 1.0) -> bool:
        """Stop the writer; returns True when every edit was stored (else they stay journaled
        and are stored at the next start)."""
        self._stop.set()
        self._queue.put(None)
        if self._thread.is_alive():
            self._thread.join(timeout)
        return self.is_idle()

    def _enqueue(self, key: int, edit: dict) -> None:
        with self._lock:
            self._in_flight += 1
        self._queue.put((key, edit))

    # ---- writer thread ----------------------------------------------------------------------
    def _loop(self) -> None:
        # Edits queued before ``shutdown`` (the close's flush) are still stored in its wait,
        # even when the stop comes while the writer finishes the edit before them; only the
        # sentinel after them, or an edit given up on a busy database, ends the loop (later
        # edits then stay journaled too, so they are stored in order at the next start).
        while True:
            item = self._queue.get()
            if item is None or not self._store(*item):
                return

    def _finish(self) -> bool:
        with self._lock:
            self._in_flight -= 1
            return self._in_flight == 0

    def _tell(self, signal, *args) -> None:
        """Emit from the writer thread. A window closed on a busy machine may outlive
        ``shutdown``'s wait: the edit is then stored (or still journaled) and nobody is left to
        tell, so a signal whose source Qt has deleted is dropped rather than raised."""
        try:
            signal.emit(*args)
        except RuntimeError:
            if shiboken6.isValid(self):
                raise

    def _store(self, key: int, edit: dict) -> bool:
        """Store one edit; False when it was given up because the writer is stopping."""
        told = False
        while True:
            try:
                apply_edit(self.engine, edit)
                break
            except BusyDatabaseError as exc:
                if not told:
                    told = True
                    self._tell(self.waiting, waiting_text(exc))
                if self._stop.wait(RETRY_S):
                    return False                   # stopping: it stays in the journal
            except NoteConflict as exc:            # kept in the journal until settled
                self._finish()
                self._tell(self.conflict, key, edit, exc)
                return True
            except AnnotationError as exc:         # e.g. the initiative was removed: nothing to keep
                self.journal.done(key)
                self._finish()
                self._tell(self.failed, key, str(exc))
                return True
            except DamagedDatabaseError as exc:    # kept in the journal for a restored database
                log.error("annotation edit not stored: %s", exc)
                self._finish()
                self._tell(self.failed, key, f"{exc} Your edit is kept and will be saved once "
                                             "the database is usable again.")
                return True
            except (SQLAlchemyError, OSError) as exc:
                log.exception("annotation edit not stored")
                self._finish()
                first = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
                self._tell(self.failed, key, f"Your edit could not be saved ({first}); it is kept "
                                             "and will be tried again at the next start.")
                return True
        self.journal.done(key)
        idle = self._finish()
        self._tell(self.stored, key, edit)
        if idle:
            self._tell(self.settled)
        return True
