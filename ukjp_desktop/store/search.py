"""Full-text search: the one module that knows about SQLite FTS5.

The index (``search_index``, rowid = initiative id) holds each initiative's name, summary,
excerpts and the user's note. It is maintained here, explicitly, whenever those change.
User input goes through ``core.search_syntax`` first, so nothing typed reaches FTS5 as syntax.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, column, text

from ..core.search_syntax import ParsedQuery

# bm25 column weights: name, summary, excerpts, notes
_BM25 = "bm25(search_index, 10.0, 4.0, 1.0, 2.0)"


def _ids_json(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


_FILL = """
    INSERT INTO search_index(rowid, name, summary, excerpts, notes)
    SELECT i.id, i.name, i.summary,
           COALESCE((SELECT group_concat(e.text, ' … ') FROM excerpts e WHERE e.initiative_id = i.id), ''),
           COALESCE((SELECT a.note FROM annotations a WHERE a.initiative_slug = i.slug), '')
    FROM initiatives i
"""
_ONLY = " WHERE i.id IN (SELECT value FROM json_each(?))"


def reindex(conn: Connection, initiative_ids: Iterable[int]) -> None:
    """Refresh the index rows of some initiatives (after a build or a note edit)."""
    ids = _ids_json(initiative_ids)
    remove(conn, initiative_ids=None, ids_json=ids)
    conn.exec_driver_sql(_FILL + _ONLY, (ids,))


def remove(conn: Connection, initiative_ids: Iterable[int] | None, ids_json: str | None = None) -> None:
    conn.exec_driver_sql("DELETE FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))",
                         (ids_json or _ids_json(initiative_ids or ()),))


def rebuild_all(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM search_index")
    conn.exec_driver_sql(_FILL)


def matching_ids(query: ParsedQuery):
    """A selectable of initiative ids matching the query (for ``id IN (...)``)."""
    return text("SELECT rowid FROM search_index WHERE search_index MATCH :fts") \
        .bindparams(fts=query.fts).columns(column("rowid"))


def ranked_ids(query: ParsedQuery):
    """(id, rank) pairs, best first when ordered by rank ascending (bm25 is negative-better)."""
    return text(f"SELECT rowid AS id, {_BM25} AS rank FROM search_index WHERE search_index MATCH :fts") \
        .bindparams(fts=query.fts).columns(column("id"), column("rank")).subquery("fts_rank")


def snippets(conn: Connection, query: ParsedQuery, ids: list[int], tokens: int = 14) -> dict[int, str]:
    """Snippets with [ and ] around matches, for the given initiatives only."""
    if not ids:
        return {}
    rows = conn.exec_driver_sql(
        "SELECT rowid, snippet(search_index, -1, '[', ']', '…', ?) FROM search_index "
        "WHERE search_index MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
        (tokens, query.fts, _ids_json(ids))).all()
    return {r[0]: r[1] for r in rows}
