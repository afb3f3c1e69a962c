"""A per-database counter of changes to the *dataset* part of the data (initiatives, sectors,
organisations, countries, funding lines), for caches that copy it into memory
(``store.facet_snapshot``).

It is bumped by ``store.build.apply_dataset``, the only writer of those tables while the
application runs. Annotations (notes, stars, tags) are deliberately not covered: the snapshot
never copies them and reads them fresh from SQL on every call, so they can never be stale.

Deliberately tiny and free of numpy, so the command line can import ``store.build`` cheaply.
The counter lives in this process only; another process rewriting the dataset of an open
database is not a supported way of working (the application re-opens the library instead).
"""
from __future__ import annotations

import threading

from sqlalchemy import Engine

_lock = threading.Lock()
_generations: dict[str, int] = {}


def _key(engine: Engine) -> str:
    # Keyed by URL, not by engine object: the command line and the application may open the
    # same file through different engines within one process (tests do).
    return str(engine.url)


def current(engine: Engine) -> int:
    return _generations.get(_key(engine), 0)


def bump(engine: Engine) -> int:
    with _lock:
        key = _key(engine)
        _generations[key] = _generations.get(key, 0) + 1
        return _generations[key]
