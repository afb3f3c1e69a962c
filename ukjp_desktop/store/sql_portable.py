"""The few statements whose SQL differs between the engines we support, written once here.

SQLite and PostgreSQL both spell "insert unless the key exists" as ``ON CONFLICT DO
NOTHING``; SQLAlchemy offers it through each dialect's own ``insert``.
"""
from __future__ import annotations

from sqlalchemy import Connection, Table


def insert_ignore(conn: Connection, table: Table, **values) -> None:
    """Insert a row unless one with the same unique key exists (then do nothing): two
    writers adding the same tag or the same annotation row both succeed."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(table).values(**values).on_conflict_do_nothing())
