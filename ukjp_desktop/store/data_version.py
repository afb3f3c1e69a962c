"""Two marks of change to the *dataset* part of the data (initiatives, sectors, organisations,
countries, funding lines, excerpts), for caches that copy it (``store.facet_snapshot`` in
memory, ``store.snapshot_cache`` on disk).

* ``current`` / ``bump``: a counter in this process, per database. Every writer of those tables
  bumps it before and after its transaction, so a snapshot built meanwhile is known stale
  whichever side of the writes it read.
* ``stored`` / ``stamp``: a token kept in the database itself (``meta`` row ``data_version``),
  replaced by a fresh random one inside every writer's transaction, so it changes atomically
  with the data and survives the process: the snapshot file cached beside the database is
  trusted only while the token it was built under is still the stored one. Random rather than
  a counter: a restored backup brings back its own token, and after a restore and a new import
  a counter could come back to a value a cache was built under with other data; two random
  tokens never meet. A database with no token yet (written before tokens existed) has none,
  and nothing is cached for it until its next write.

Annotations (notes, stars, tags) are deliberately not covered: neither cache copies them (they
are read fresh from SQL on every call), so an edit to a note need not throw away a snapshot
that took a second to build.

Deliberately tiny and free of numpy and of the ORM, so the command line can import it cheaply.
"""
from __future__ import annotations

import threading
import uuid

from sqlalchemy import Connection, Engine, column, delete, insert, select, table

KEY = "data_version"
# The ``meta`` table (models.Meta) as a bare Core table: importing the ORM models here would
# put them on every path that imports this module.
_META = table("meta", column("key"), column("value"))

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


def stamp(conn: Connection) -> str:
    """Give the database a new token, in the caller's (writing) transaction."""
    token = uuid.uuid4().hex
    conn.execute(delete(_META).where(_META.c.key == KEY))
    conn.execute(insert(_META).values(key=KEY, value=token))
    return token


def stored(conn: Connection) -> str | None:
    """The database's token; None if it has never been stamped."""
    return conn.execute(select(_META.c.value).where(_META.c.key == KEY)).scalar()
