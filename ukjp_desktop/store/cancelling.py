"""Cancelling superseded queries: a token the query runner cancels when the user has typed on.

Why: at 100,000 initiatives ranking a common word takes a few hundred ms of SQLite time; while
the user types "quantum" the searches for "qu", "qua", ... would otherwise each run to the end
on the worker threads, and the one that matters waits behind them. ``CancelToken.cancel()``
calls ``sqlite3.Connection.interrupt()`` on every connection running a query under the token
(SQLite then stops at its next step with "interrupted") and refuses any statement started under
it afterwards. Either way the caller sees ``QueryCancelled``.

A token applies to the queries of one thread while it is installed with ``scope`` (the Catalog's
``cancellable``); nothing else changes, so every Catalog method is cancellable without a new
parameter.
"""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager

from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError


class QueryCancelled(Exception):
    """The query was stopped because a newer one superseded it (not an error to show)."""


class CancelToken:
    """Cancels the queries run under it, now and later. Thread-safe; cancelling is final."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: set = set()   # DB-API connections with a query under this token
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            running = list(self._running)
        for dbapi_conn in running:
            try:
                dbapi_conn.interrupt()
            except (sqlite3.Error, AttributeError):  # closed meanwhile; another driver
                pass

    def _enter(self, dbapi_conn) -> None:
        with self._lock:
            if self._cancelled:
                raise QueryCancelled()
            self._running.add(dbapi_conn)

    def _leave(self, dbapi_conn) -> None:
        with self._lock:
            self._running.discard(dbapi_conn)


_current = threading.local()


def current() -> CancelToken | None:
    return getattr(_current, "token", None)


def _before_execute(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
    token = current()
    if token is not None:
        token._enter(conn.connection.dbapi_connection)


def _checkin(dbapi_conn, record):  # noqa: ANN001
    # Not after_cursor_execute: SQLite goes on stepping while the rows are fetched, and an
    # interrupt must reach that too. A connection leaves the token when it goes back to the pool.
    token = current()
    if token is not None:
        token._leave(dbapi_conn)


def watch(engine: Engine) -> None:
    """Make every statement on ``engine`` honour the calling thread's token (once per engine)."""
    if not event.contains(engine, "before_cursor_execute", _before_execute):
        event.listen(engine, "before_cursor_execute", _before_execute)
        event.listen(engine, "checkin", _checkin)


@contextmanager
def scope(token: CancelToken | None):
    """Run the queries of this block under ``token``: cancelling it stops them, and an
    "interrupted" error from SQLite comes out as ``QueryCancelled``."""
    previous = current()
    _current.token = token
    try:
        yield token
    except OperationalError as exc:
        if token is not None and token.cancelled and "interrupted" in str(exc.orig):
            raise QueryCancelled() from None
        raise
    finally:
        _current.token = previous
