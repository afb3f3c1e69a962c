"""Is an SQLite file whole? A cheap check made before a database is opened for use.

A damaged file may open and answer queries until one touches the bad page; the explorer then
wrote notes into it. So before opening we look at the file's header (a file cut short of the
size its header states, or not a whole number of pages) and run ``PRAGMA quick_check`` for at
most a fraction of a second: that finishes on the bundled data (~10 ms) and on most files; on
a very large one the check stops at its budget and damage is caught on first use instead
(``database.make_engine`` marks the engine damaged on the first "malformed" error, and from
then on refuses writes).
"""
from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

QUICK_CHECK_BUDGET_S = 0.3
_HEADER = 100


@dataclass(frozen=True)
class Health:
    problems: tuple[str, ...]     # plain words; empty when nothing was found
    complete: bool                # False: quick_check stopped at its time budget

    @property
    def ok(self) -> bool:
        return not self.problems


def _header_problems(path: Path) -> list[str]:
    """What the 100-byte header says the file should be, against what it is."""
    with path.open("rb") as fh:
        header = fh.read(_HEADER)
    size = path.stat().st_size
    if len(header) < _HEADER:
        return [f"the file is {size} bytes long, shorter than an SQLite header"]
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return [f"the header states an impossible page size ({page_size})"]
    if size % page_size:
        return [f"the file is {size} bytes, not a whole number of {page_size}-byte pages: "
                "it was cut short or overwritten"]
    pages = int.from_bytes(header[28:32], "big")
    # The header's page count is valid only if written by a version that keeps it current.
    valid_for, changes = header[92:96], header[24:28]
    if pages and valid_for == changes and pages * page_size > size:
        return [f"the file holds {size // page_size} pages but its header says {pages}: "
                "it was cut short"]
    return []


def read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without creating anything beside it.

    A plain read-only open of a WAL database creates its ``-wal`` and ``-shm`` files, so a file
    we refuse gained side files (and in a read-only folder the open fails). With no WAL file
    there is nothing but the main file to read, so "immutable" (no locks, no side files) is
    exact; in a read-only folder nobody can be writing, so it is safe there too."""
    path = Path(path).resolve()
    wal = path.with_name(path.name + "-wal")
    immutable = not wal.exists() or not os.access(path.parent, os.W_OK)
    return f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def check_file(path: Path, budget_s: float = QUICK_CHECK_BUDGET_S) -> Health:
    """Header checks, then SQLite's quick_check (read-only, at most ``budget_s`` seconds).

    Raises ``sqlite3.OperationalError`` when the file is locked by another program (the
    caller says "busy", never "damaged")."""
    problems = _header_problems(path)
    if problems:
        return Health(tuple(problems), True)
    con = sqlite3.connect(read_only_uri(path), uri=True, timeout=2.0)
    # Interrupted from a timer thread rather than by a progress handler: a Python callback every
    # 10,000 SQLite steps took the GIL from whatever the UI thread did meanwhile.
    timer = threading.Timer(budget_s, con.interrupt)
    timer.start()
    try:
        rows = [r[0] for r in con.execute("PRAGMA quick_check(20)")]
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            return Health((), False)
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        return Health((f"SQLite cannot read it ({exc})",), True)
    except sqlite3.DatabaseError as exc:           # "database disk image is malformed"
        return Health((f"SQLite cannot read it ({exc})",), True)
    finally:
        timer.cancel()
        timer.join()   # not interrupting a connection once closed
        con.close()
    if rows != ["ok"]:
        # a finding can span lines ("*** in database main ***\nPage 68: ..."): messages are one line
        return Health(tuple(f"SQLite's check: {' '.join(str(r).split())}" for r in rows), True)
    return Health((), True)


# Checks started early (``check_early``): resolved path -> (file signature, thread, outcome).
_early: dict[str, tuple[tuple, threading.Thread, list]] = {}


def _signature(path: Path) -> tuple:
    """What changes when anything writes to the database (the file or its WAL)."""
    sig = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
            sig.append((st.st_mtime_ns, st.st_size, st.st_ino))
        except OSError:
            sig.append(None)
    return tuple(sig)


def check_early(path: Path) -> None:
    """Start ``check_file(path)`` in a thread now (the start painted from the first-page cache
    does, before importing Qt: SQLite releases the GIL while it checks), for ``check_file_once``
    to take when the database is opened."""
    path = Path(path).resolve()
    outcome: list = []

    def run() -> None:
        try:
            outcome.append(check_file(path))
        except BaseException as exc:  # noqa: BLE001 - raised again to the caller that takes it
            outcome.append(exc)
    thread = threading.Thread(target=run, name="health-check", daemon=True)
    _early[str(path)] = (_signature(path), thread, outcome)
    thread.start()


def check_file_once(path: Path) -> Health:
    """``check_file(path)``, or the result of the check started by ``check_early`` (waited
    for) when nothing has written to the file since it started; each early result is used once."""
    entry = _early.pop(str(Path(path).resolve()), None)
    if entry is not None:
        signature, thread, outcome = entry
        thread.join()
        if outcome and signature == _signature(Path(path).resolve()):
            if isinstance(outcome[0], BaseException):
                raise outcome[0]
            return outcome[0]
    return check_file(path)


def is_damage(exc: BaseException) -> bool:
    """An error that means the file is damaged (not busy, not a bad query)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "malformed" in text or "not a database" in text or "disk image" in text


def is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "database is locked" in text or "database is busy" in text
