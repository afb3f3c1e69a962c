"""Keeping the garbage collector's full passes short once start-up is over.

A window at 100,000 initiatives holds ~130,000 Python objects that live as long as the process:
the modules (PySide6, SQLAlchemy, numpy, pyqtgraph), the window's own. CPython's full (oldest
generation) collection walks every one of them: 20-55 ms measured in ``bench_ui.py``, on the
UI thread or in a worker or import thread that holds the GIL meanwhile (the UI thread waits for
it), the largest single stalls left. ``gc.freeze()`` moves every object alive at that moment
into a generation the collector no longer walks; later passes see only what was made since.

The price: cyclic garbage alive at a freeze is never freed. So each phase freezes once per
process (a test session opens hundreds of windows: only the first one's objects are kept), and
``thaw`` hands everything back to the collector when a window of another database replaces this
one, so that the old window's objects (its catalog and facet snapshot) can go."""
from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_frozen: set[str] = set()   # the phases that have frozen since the process started (or the last thaw)


def freeze_once(phase: str) -> bool:
    """Freeze every object alive now, unless ``phase`` has already done so; from any thread.
    Returns whether it froze. ``gc.freeze`` moves lists, it walks no objects: microseconds."""
    with _lock:
        if phase in _frozen:
            return False
        _frozen.add(phase)
    gc.freeze()
    return True


def thaw() -> None:
    """Give every frozen object back to the collector and collect (a database switch: the
    replaced window's objects are garbage now); the next window's phases freeze again."""
    with _lock:
        _frozen.clear()
    gc.unfreeze()
    gc.collect()
