"""When the window backs up the user's database: a minute after it opens (if a day has passed
and something changed) and as it closes (if something changed since the last backup).

The copy itself (store/backups.py) runs on a thread of its own, never on the UI thread: at
100,000 initiatives it takes seconds. The backup on closing starts after the window has gone
and the process waits for it before exiting, so a quit is not held up on screen.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from ..store.backups import last_change, rolling_backup

log = logging.getLogger(__name__)
FIRST_CHECK_MS = 60_000


class BackupSchedule(QObject):
    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.thread: threading.Thread | None = None
        self.made: Path | None = None
        # Backups a restore is about to put back: the closing copy's pruning must leave them.
        self.spare: set[Path] = set()
        self._opened_at = last_change(self.db_path) if self.db_path.exists() else None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._start(on_quit=False))

    def start(self, delay_ms: int = FIRST_CHECK_MS) -> None:
        self._timer.start(delay_ms)

    def on_quit(self) -> None:
        """Back up what changed in this session; the process waits for it (non-daemon)."""
        self._timer.stop()
        if self.thread is None or not self.thread.is_alive():
            self._start(on_quit=True)

    def _start(self, on_quit: bool) -> None:
        self.thread = threading.Thread(target=self._run, args=(on_quit,),
                                       name="database-backup", daemon=False)
        self.thread.start()

    def _run(self, on_quit: bool) -> None:
        try:
            self.made = rolling_backup(self.db_path, on_quit=on_quit, opened_at=self._opened_at,
                                       spare=frozenset(self.spare))
            if self.made:
                log.info("backed up %s to %s", self.db_path, self.made)
        except Exception:   # noqa: BLE001 - a failed backup must not take the window down
            log.exception("backup of %s failed", self.db_path)
