"""`db check`: SQLite's own checks plus the product's promise, that every excerpt is exact."""
from __future__ import annotations

from sqlalchemy import Engine

from .database import BusyDatabaseError
from .health import is_busy


def check(engine: Engine, sample_limit: int | None = None) -> list[str]:
    """Return problems in plain words (empty list: all is well)."""
    problems: list[str] = []
    with engine.connect() as conn:
        result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
        if result != ["ok"]:
            problems += [f"SQLite integrity check: {r}" for r in result[:20]]
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        if fk:
            problems.append(f"{len(fk)} row(s) point at records that do not exist (first in table {fk[0][0]})")
        try:
            conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES('integrity-check')")
        except Exception as exc:  # FTS5 reports corruption as an SQL error
            if is_busy(exc):          # the check writes (then rolls back): a lock is not damage
                raise BusyDatabaseError(
                    "The database is busy: another program holds a lock on it, so the search "
                    "index cannot be checked now. Nothing is wrong with the file; try again "
                    "when that program has finished.") from exc
            problems.append(f"the search index is damaged ({exc.__class__.__name__}); "
                            "it can be rebuilt from the data")
        conn.rollback()
        sql = ("SELECT e.id, s.slug, e.start, e.end, substr(s.text, e.start + 1, e.end - e.start) = e.text "
               "FROM excerpts e JOIN sources s ON s.id = e.source_id")
        if sample_limit:
            sql += f" LIMIT {int(sample_limit)}"
        bad = [r for r in conn.exec_driver_sql(sql) if not r[4]]
        if bad:
            problems.append(f"{len(bad)} excerpt(s) no longer match their source text "
                            f"(first: excerpt {bad[0][0]} in {bad[0][1]} at {bad[0][2]}–{bad[0][3]})")
        n_ini = conn.exec_driver_sql("SELECT count(*) FROM initiatives").scalar()
        n_idx = conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar()
        if n_ini != n_idx:
            problems.append(f"the search index covers {n_idx} of {n_ini} initiatives")
    return problems
