"""Timing a real start from outside the process, for the frozen bundle's start-up benchmark
(`benchmarks/bench_startup.py`): a bundle cannot be handed a timing script the way a start
from source can, so ``ukjp-desktop run`` with ``UKJP_TIME_START=FILE`` in its environment
times itself and closes as a user would.

What it writes to FILE (JSON), in seconds from the package's import (``STARTED_AT``, as the
self-test's ``first_paint_s``): ``first_paint_s``, the first paint of the results table holding
rows (from the first-page cache when it is used), and ``attached_s``, when the store is attached
and the first list asked of it has been applied. The window then closes through ``close()``,
so everything a user's close keeps (settings, the first-page cache) is kept for the next start.
Nothing here runs unless the variable is set."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

ENV = "UKJP_TIME_START"
_POLL_MS = 5


def requested() -> Path | None:
    value = os.environ.get(ENV)
    return Path(value) if value else None


class _StartWatch(QObject):
    def __init__(self, window, started_at: float, out: Path):
        super().__init__(window)
        self.window, self.started_at, self.out = window, started_at, out
        self.figures: dict = {}

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 - Qt API
        if ev.type() == QEvent.Type.Paint and "first_paint_s" not in self.figures \
                and self.window.model.rowCount() > 0:
            self.figures["first_paint_s"] = time.perf_counter() - self.started_at
            self.figures["cached_first_page"] = not self.window.attached
            QTimer.singleShot(0, self._wait_attached)
        return False

    def _wait_attached(self) -> None:
        w = self.window
        if not (w.attached and w.model.generation == w.runner.generation):
            QTimer.singleShot(_POLL_MS, self._wait_attached)
            return
        self.figures["attached_s"] = time.perf_counter() - self.started_at
        self.out.write_text(json.dumps({k: round(v, 4) if isinstance(v, float) else v
                                        for k, v in self.figures.items()}))
        w.close()


def watch(window, started_at: float, out: Path) -> None:
    """Time this start of ``window`` (not yet shown) and close it once it is attached."""
    window.table.viewport().installEventFilter(_StartWatch(window, started_at, out))
