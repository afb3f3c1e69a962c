"""Ways out when the user's database cannot be opened: restore the newest automatic backup, or
set the damaged file aside and start fresh. Nothing is ever deleted: the file that failed is
renamed beside itself (``….unusable-<time>``) so it can still be rescued or sent in a bug report."""
from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path


def backups_of(path: Path) -> list[Path]:
    """Every backup beside ``path`` (before upgrades, daily, on quit, by hand), newest first;
    a copy still being written (``.partial``) is not one."""
    path = Path(path)
    found = [p for p in path.parent.glob(f"{path.name}.backup-*")
             if not p.name.endswith(".partial")] if path.parent.is_dir() else []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def set_aside(path: Path, label: str = "unusable") -> Path | None:
    """Rename the database (and its WAL/SHM side files) out of the way; returns the new name
    (``<name>.<label>-<time>``: "unusable" for a file that failed, "replaced" before a restore)."""
    path = Path(path)
    if not path.exists():
        return None
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    # The stamp is to the second: a second set-aside within it (two restores from a script)
    # must not rename over the first one, which may be the only copy of the user's data.
    while any(p.exists() for p in (target, target.with_name(target.name + "-wal"),
                                   target.with_name(target.name + "-shm"))):
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


# How long another program's momentary write may hold the file before it counts as open there.
IN_USE_WAIT_S = 2.0


def open_elsewhere(path: Path, wait_s: float = IN_USE_WAIT_S) -> bool:
    """Whether another connection (a window, the command line, a backup) has the database open.
    Every connection to a WAL database holds a shared lock on the file while it is open, so the
    exclusive lock asked for here is refused until the last one closes. A restore must not set the
    file aside under an open window: the window would go on writing to the renamed file while
    saying the old name, and the user's next edits would land where nobody looks."""
    path = Path(path)
    if not path.exists():
        return False
    probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=wait_s,
                            isolation_level=None)
    try:
        probe.execute("PRAGMA locking_mode=EXCLUSIVE")
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        raise
    finally:
        probe.close()


def restore_backup(path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of ``path`` (the current file is set aside, not deleted)."""
    # The copy is made beside the file first: a backup gone meanwhile, or a disk that fills
    # up, must leave the current file where it was rather than no database at its name.
    partial = path.with_name(f"{path.name}.restore.partial")
    try:
        shutil.copy2(backup, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    aside = set_aside(path, "replaced")
    os.replace(partial, path)
    return aside
