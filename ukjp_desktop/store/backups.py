"""Rolling backups of the user's database, so notes written since the last upgrade are safe too.

Backups sit beside the database as ``<name>.backup-<kind>-<UTC time>`` (the pre-upgrade copies
made by ``database.open_database`` are ``<name>.backup-<schema revision>-<time>``), so the
recovery dialog and ``db restore`` find them all in one place. Copies use SQLite's online
backup API, which gives a consistent snapshot while the window has the file open (WAL), and
are written under a temporary name and renamed, so a half-written backup never looks whole.

Only copies of kind ``auto`` are pruned (the newest ``KEEP`` are kept); a pre-upgrade copy or
one the user asked for stays until the user deletes it.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..core.file_modes import apply_user_mode
from .health import read_only_uri
from .recovery import backups_of

KEEP = 7
KEEP_LARGE = 2                  # automatic copies kept of a database over LARGE bytes
LARGE = 200 * 1024 * 1024       # (the 100,000-initiative demo is ~750 MB a copy)
DAILY = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%SZ"



def _counted(n: int, noun: str) -> str:
    """"1 note", "2 notes", "100,000 initiatives": as people write counts."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")

@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, in numbers a user can recognise."""
    path: Path
    made_at: datetime             # UTC
    kind: str                     # "auto", "manual", or the schema revision before an upgrade
    initiatives: int | None       # None: the copy could not be read
    notes: int | None
    starred: int | None
    tags: int | None

    def describe(self) -> str:
        when = self.made_at.astimezone().strftime("%d %b %Y %H:%M")
        what = {"auto": "automatic", "manual": "made by you"}.get(self.kind, "before an upgrade")
        if self.initiatives is None:
            return f"{when} ({what}): cannot be read"
        return (f"{when} ({what}): {_counted(self.initiatives, 'initiative')}, {_counted(self.notes, 'note')}, "
                f"{self.starred:,} starred, {_counted(self.tags, 'tag')}")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def copy_database(path: Path, target: Path) -> None:
    """A consistent copy with SQLite's online backup API: safe while another connection has
    the database open in WAL mode, where copying the file could miss committed pages."""
    src = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(path: Path, kind: str = "auto", now: datetime | None = None) -> Path:
    """Copy the database consistently beside itself; returns the backup's path."""
    path = Path(path)
    stamp = (now or _now()).strftime(_STAMP)
    target = path.with_name(f"{path.name}.backup-{kind}-{stamp}")
    partial = target.with_name(target.name + ".partial")
    try:
        copy_database(path, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    apply_user_mode(partial)
    os.replace(partial, target)
    return target


def _parse(path: Path, db_name: str) -> tuple[str, datetime] | None:
    rest = path.name[len(db_name) + len(".backup-"):]
    kind, _, stamp = rest.rpartition("-")
    try:
        return kind, datetime.strptime(stamp, _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def _count(con: sqlite3.Connection, sql: str) -> int:
    return int(con.execute(sql).fetchone()[0])


def describe_backup(path: Path, db_name: str) -> BackupInfo | None:
    parsed = _parse(path, db_name)
    if parsed is None:
        return None
    kind, made_at = parsed
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)   # adds no side files
        try:
            counts = (_count(con, "SELECT count(*) FROM initiatives"),
                      _count(con, "SELECT count(*) FROM annotations WHERE note <> ''"),
                      _count(con, "SELECT count(*) FROM annotations WHERE starred"),
                      _count(con, "SELECT count(*) FROM tags"))
        finally:
            con.close()
    except sqlite3.Error:
        counts = (None, None, None, None)
    return BackupInfo(path, made_at, kind, *counts)


def list_backups(path: Path) -> list[BackupInfo]:
    """Every backup of ``path``, newest first, with what each holds."""
    path = Path(path)
    found = (describe_backup(p, path.name) for p in backups_of(path))
    return sorted((b for b in found if b is not None), key=lambda b: b.made_at, reverse=True)


def prune(path: Path, keep: int | None = None, spare: Collection[Path] = ()) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep`` (default: KEEP, or KEEP_LARGE for
    a large database), never one in ``spare`` (a backup about to be restored); returns what
    was deleted."""
    if keep is None:
        keep = KEEP_LARGE if path.exists() and path.stat().st_size > LARGE else KEEP
    autos = [b for b in list_backups(path) if b.kind == "auto"]
    gone = []
    for b in autos[keep:]:
        if b.path in spare:
            continue
        b.path.unlink(missing_ok=True)
        gone.append(b.path)
    return gone


def last_change(path: Path) -> float:
    """When the database last changed on disk (its WAL holds the newest writes)."""
    times = [path.stat().st_mtime]
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        times.append(wal.stat().st_mtime)
    return max(times)


def backup_due(path: Path, now: datetime | None = None, every: timedelta = DAILY) -> bool:
    """True when the database changed since the newest automatic backup and that backup is
    older than ``every`` (or there is none)."""
    path = Path(path)
    if not path.exists():
        return False
    autos = [b for b in list_backups(path) if b.kind == "auto"]
    if not autos:
        return True
    newest = autos[0]
    changed = last_change(path) > newest.path.stat().st_mtime
    return changed and (now or _now()) - newest.made_at >= every


def changed_since_last_backup(path: Path) -> bool:
    """True when the database changed after the newest backup of any kind was written."""
    path = Path(path)
    found = list_backups(path)
    return path.exists() and (not found or last_change(path) > found[0].path.stat().st_mtime)


def rolling_backup(path: Path, *, on_quit: bool = False, now: datetime | None = None,
                   opened_at: float | None = None, spare: Collection[Path] = ()) -> Path | None:
    """The daily (or, on quit, the changed-since-last) backup, then pruning. None: not due.

    ``opened_at``: the database's ``last_change`` when the session began; on quit, a session
    that changed nothing makes no backup."""
    if on_quit and opened_at is not None and path.exists() and last_change(path) <= opened_at:
        return None
    due = changed_since_last_backup(path) if on_quit else backup_due(path, now)
    if not due:
        return None
    made = make_backup(path, "auto", now)
    prune(path, spare=spare)
    return made
