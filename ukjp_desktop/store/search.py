"""Full-text search: what the rest of the application asks of the search index.

The index holds each initiative's name, summary, excerpts and the notes members shared,
maintained here, explicitly, whenever those change. Private notes (issue 17) are in a second
index, one row per member and initiative, that only its member's searches read: search never
finds another member's private text, and still finds your own. On SQLite it is an FTS5 table (``search_index``, rowid =
initiative id); on PostgreSQL a ``tsvector`` column with a GIN index over the same words. The
SQL of each lives in ``store.engines``, the one module that knows the engines apart.
User input goes through ``core.search_syntax`` first, so nothing typed reaches either as syntax.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from ..core.search_syntax import ParsedQuery
from . import engines


def reindex(conn: Connection, initiative_ids: Iterable[int]) -> None:
    """Refresh the index rows of some initiatives (after a build or a note edit)."""
    engines.reindex(conn, initiative_ids)


def remove(conn: Connection, initiative_ids: Iterable[int]) -> None:
    engines.remove_from_index(conn, initiative_ids)


def rebuild_all(conn: Connection) -> None:
    engines.rebuild_index(conn)


def matches(id_column, query: ParsedQuery):
    """``id_column`` is the id of an initiative whose text matches the query: the shared
    index, or the viewer's own private note."""
    return engines.text_matches(id_column, query)


def ranked_ids(query: ParsedQuery):
    """(id, rank) pairs, best first when ordered by rank ascending."""
    return engines.ranked_ids(query)


def page_snippets(conn: Connection, query: ParsedQuery, tokens: int = 14) -> engines.PageSnippets:
    """Snippets with [ and ] around matches for one page of the list: ``add_texts`` to the
    statement reading the page's rows, then ``read`` them (``engines.PageSnippets``)."""
    return engines.PageSnippets(conn, query, tokens)


def ranked_page(query: ParsedQuery, restrict, best_first: bool, limit: int | None, offset: int,
                bind=None):
    """The ids of one page of matches, best first (or worst first), optionally only among the
    ids of the select ``restrict``; initiatives only the viewer's private note matches rank
    after the rest. ``bind``: the connection it will run on, when known, for the engine's
    fastest form (see ``engines.ranked_page``)."""
    return engines.ranked_page(query, restrict, best_first, limit, offset, bind)


def matching_ids(conn: Connection, query: ParsedQuery):
    """The ids matching ``query`` as an int64 numpy array (an id may come twice): the shared
    index's, asked of the index alone (the facet snapshot's text filter: 62,000 ids of a common
    word in ~35 ms, against ~240 ms through ``initiatives``), and the viewer's own private
    notes', in one statement; one value from the engine, see ``engines.packed_ids``."""
    return engines.matching_ids(conn, query)


def match_count(conn: Connection, query: ParsedQuery) -> int:
    """The number of initiatives matching ``query`` (the shared index's matches and the
    viewer's own private notes'), from the indexes alone (``engines.match_count``)."""
    return engines.match_count(conn, query)


def index_private_note(conn: Connection, slug: str, owner: str, note: str | None) -> None:
    engines.index_private_note(conn, slug, owner, note)
