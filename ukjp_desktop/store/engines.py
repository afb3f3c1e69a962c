"""Everything that differs between SQLite (one analyst's file) and PostgreSQL (a team's server),
written once, here.

The rest of ``store`` builds dialect-neutral SQLAlchemy statements and calls these helpers:

- **Expressions** compiled per dialect: ``concat_agg`` (``group_concat`` / ``string_agg``),
  ``packed_ids`` (many ids in one value: text on SQLite, binary on PostgreSQL; ``unpack_ids``),
  ``ids_in`` (a list of ids bound as one JSON parameter on SQLite, one array on PostgreSQL:
  no limit on the number of ids), and the full-text search pieces ``text_matches``
  (``MATCH`` / ``@@``) and ``ranked_ids`` (FTS5 ``bm25`` / ``ts_rank``).
- **Statements** that need a connection: ``among_ids`` (a filter's ids, once, for several
  statements: on PostgreSQL an array, or a temporary table when there are many), ``insert_ignore``, maintaining the search index
  (``reindex``, ``remove_from_index``, ``rebuild_index``), a page's snippets
  (``PageSnippets``), the integrity check.
- **Opening** a team database by its SQLAlchemy URL (``open_server``), and its engine.

Search on PostgreSQL: table ``search_index(id, name, summary, excerpts, notes, doc)`` where
``doc`` is a weighted ``tsvector`` with a GIN index (migration 0001). Its words come from
``core.search_tokens``, split and folded exactly as SQLite's FTS5 tokenizer does, and queries
from ``ParsedQuery.tsquery``, so both engines find the same initiatives. Ranking is
``ts_rank`` with the weights of FTS5's bm25 (name > summary > notes) over ``head``, the words of
the name, summary and shared notes only (migration 0009: a column PostgreSQL computes from
``doc``, small enough to stay in the row; ``doc`` itself is stored out of line and reading it
for every match was most of a common word's search). Matches in the excerpts alone rank
below every other match, among themselves by id. A phrase is found by its pairs of adjacent
words (``search_pairs``, migration 0011) when every term of the search is required. The order
of matches may differ between engines, the set found does not.
"""
from __future__ import annotations

import json
import re
import select as select_
import sys
import time
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from operator import attrgetter, itemgetter

from sqlalchemy import (ARRAY, Connection, Engine, Integer, String, Table, bindparam, column,
                        create_engine, event, func, literal, not_, select, table, text, union, union_all)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement, TableClause
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeDecorator

from ..core.search_syntax import ParsedQuery
from ..core.search_tokens import phrase_pairs, snippets as _snippets, tsvector, words

# FTS5 bm25 column weights: name, summary, excerpts, notes (see docs/architecture.md, Search)
_BM25 = "bm25(search_index, 10.0, 4.0, 1.0, 2.0)"
# ts_rank weights {D, C, B, A}: excerpts D (not in ``head``), notes C, summary B, name A
# (bm25's proportions)
_TS_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"
# One application-wide lock key: writers queue on it as they do on SQLite's BEGIN IMMEDIATE.
_WRITE_LOCK = 0x756B6A70  # "ukjp"

_SEARCH = table("search_index", column("id"))
# Private notes (issue 17): one row per (initiative slug, member), searched for that member only.
_NOTES = table("search_index_notes", column("slug"), column("owner"))
_INITIATIVES = table("initiatives", column("id"), column("slug"))
# PostgreSQL: each word of each initiative's ``head`` and the rank it alone gives (migration 0010)
_RANK = table("search_rank", column("lexeme"), column("id"), column("score"))
# The texts a snippet is made from on PostgreSQL, in the order FTS5's columns have.
_SNIPPET_FIELDS = ("name", "summary", "excerpts", "notes")
_SEARCH_TEXTS = table("search_index", column("id"), *(column(f) for f in _SNIPPET_FIELDS))
# A row's snippet texts (``PageSnippets.add_texts``' labels), in that order, in one C call.
_SNIPPET_TEXTS = attrgetter(*(f"snippet_{f}" for f in _SNIPPET_FIELDS))
# The rank of a match found in the viewer's private note alone: after every shared match.
_AFTER_EVERY_MATCH = 1e9


class _Matching(TableClause):
    """Where a search's matches are found when only their ids are wanted (a count, an id set,
    the filter's condition): ``search_index`` on SQLite (FTS5); on PostgreSQL ``search_match``
    (migration 0010), the same ``doc`` in a table whose heap is ids only, under the index's
    name so the same conditions apply. Its heap is 685 pages at 100,000 initiatives where
    ``search_index``'s is 19,000: a common word's ids 9-42 → 3 ms."""
    inherit_cache = True


_MATCHES = _Matching("search_index", column("id"))


@compiles(_Matching)
def _matching_any(element, compiler, **kw):
    return compiler.visit_table(element, **kw)


@compiles(_Matching, "postgresql")
def _matching_pg(element, compiler, **kw):
    return "search_match AS search_index"


# ---- choosing ---------------------------------------------------------------------------------
def is_server_url(target: object) -> bool:
    """Whether ``--db`` / ``UKJP_DB`` names a database server (a SQLAlchemy URL) rather than
    a file. Any ``scheme://`` counts, not only the schemes we serve: ``check_url`` then refuses
    ``postgres://`` or ``mysql://`` in words, where taken for a path they made folders named
    ``postgres:`` and a new database in them."""
    return isinstance(target, str) and re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", target) is not None


def describe(engine_or_url) -> str:
    """Where a database is, for messages and the window's title: a file path, or the URL
    without any password."""
    url = getattr(engine_or_url, "url", engine_or_url)
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        name = url.database or ""
        return name[len("file:"):].split("?", 1)[0] if name.startswith("file:") else name
    return url.render_as_string(hide_password=True)


def _is_postgres(bind) -> bool:
    return bind.dialect.name == "postgresql"


def is_server(bind) -> bool:
    """Whether an engine or connection talks to a database server (not a local file)."""
    return bind.dialect.name != "sqlite"


@contextmanager
def without_memory_map(conn: Connection) -> Iterator[None]:
    """Reads that touch most of a file (a big export, a table import and its undo) go through
    SQLite's own page cache, not the memory map the engine sets up for browsing: every mapped
    page a transaction touches counts in the process's memory (a 12,563-initiative export at
    100k peaked at ~400 MB of RSS, most of it mapped file). The map is restored afterwards. A
    server has no map: nothing to do."""
    mapped = None
    if not is_server(conn):
        mapped = conn.exec_driver_sql("PRAGMA mmap_size").scalar()
        conn.exec_driver_sql("PRAGMA mmap_size=0")
    try:
        yield
    finally:
        if mapped:
            conn.exec_driver_sql(f"PRAGMA mmap_size={int(mapped)}")


# ---- expressions compiled per dialect ----------------------------------------------------------
class concat_agg(FunctionElement):
    """Concatenate a column's values with a separator (order unspecified)."""
    type = String()
    name = "concat_agg"
    inherit_cache = True


@compiles(concat_agg, "sqlite")
def _concat_sqlite(element, compiler, **kw):
    expr, sep = list(element.clauses)
    return f"group_concat({compiler.process(expr, **kw)}, {compiler.process(sep, **kw)})"


@compiles(concat_agg, "postgresql")
def _concat_pg(element, compiler, **kw):
    expr, sep = list(element.clauses)
    return f"string_agg(CAST({compiler.process(expr, **kw)} AS TEXT), {compiler.process(sep, **kw)})"


class packed_ids(FunctionElement):
    """A column of integer ids aggregated into one value, for ``unpack_ids``: the fastest way
    each engine hands over 60,000 ids. SQLite: ``group_concat`` text, its rows stepped with the
    GIL released. PostgreSQL: their 8-byte binary forms (``int8send``) end to end in one
    ``bytea``, which spares the server turning each id into text (a third of the query for a
    year range, ~30 ms at 100k) and the client parsing it."""
    name = "packed_ids"
    inherit_cache = True


@compiles(packed_ids, "sqlite")
def _packed_sqlite(element, compiler, **kw):
    return f"group_concat({compiler.process(list(element.clauses)[0], **kw)}, ',')"


@compiles(packed_ids, "postgresql")
def _packed_pg(element, compiler, **kw):
    return f"string_agg(int8send(CAST({compiler.process(list(element.clauses)[0], **kw)} AS BIGINT)), '')"


def unpack_ids(packed: str | bytes | None):
    """The ids of a ``packed_ids`` value as an int64 numpy array (empty for no rows)."""
    import numpy as np   # only the facet snapshot asks, and it has numpy loaded already
    if not packed:
        return np.zeros(0, dtype=np.int64)
    if isinstance(packed, str):
        return np.fromstring(packed, dtype=np.int64, sep=",")
    return np.frombuffer(packed, dtype=">i8").astype(np.int64)


class _IdList(TypeDecorator):
    """A list of ids as one parameter: an integer array on PostgreSQL, JSON text on SQLite."""
    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(ARRAY(Integer) if dialect.name == "postgresql" else String())

    def process_bind_param(self, value, dialect):
        return value if dialect.name == "postgresql" else json.dumps(value)


class ids_in(ColumnElement):
    """``column IN (ids)`` with the ids bound as one parameter, however many there are. The
    ids are a bound parameter of the statement, not part of its text, so SQLAlchemy compiles a
    statement using this once and reuses it (its cache key holds the column, not the ids)."""
    type = Integer()
    inherit_cache = True
    _traverse_internals = [("col", InternalTraversal.dp_clauseelement),
                           ("ids", InternalTraversal.dp_clauseelement)]

    def __init__(self, col, ids: Iterable[int]):
        self.col = col
        self.ids = bindparam(None, [int(i) for i in ids], type_=_IdList())


@compiles(ids_in, "sqlite")
def _ids_in_sqlite(element, compiler, **kw):
    return (f"{compiler.process(element.col, **kw)} IN "
            f"(SELECT value FROM json_each({compiler.process(element.ids, **kw)}))")


@compiles(ids_in, "postgresql")
def _ids_in_pg(element, compiler, **kw):
    return f"{compiler.process(element.col, **kw)} = ANY({compiler.process(element.ids, **kw)})"


def among_ids(conn: Connection, ids_select, search: bool = False, uses: int = 1
              ) -> Callable[[ColumnElement], ColumnElement[bool]]:
    """The condition "``column`` is one of the ids of ``ids_select``" in the form each engine
    answers fastest when the same ids restrict large tables, as the filter restricts every
    facet: a function of the column, for the ``uses`` statements that need it.

    SQLite: ``column IN (select)``; its planner runs the select once per statement into a
    temporary b-tree. PostgreSQL planned ``IN (select)`` of a typical filter (23,000 ids of a
    sector, of which 14,000 after 2015) as a semi-join followed by one primary-key probe per
    id, ~3 µs each, again in every statement: the ids are asked once, as one packed value
    (``packed_ids``), and bound as one array constant (``ids_in``), which PostgreSQL tests by
    hashing while it scans. Many ids for several statements go into a temporary table
    instead (``_IdTables``, below ``_TABLE_FROM`` ids or ``_TABLE_USES`` statements the array
    is faster): planning a 62,658-element constant took ~12 ms a statement, and sending it and
    hashing it again in each parallel worker most of the rest (docs/performance.md, SQLite
    against PostgreSQL, seventh round)."""
    if not _is_postgres(conn):
        return lambda col: col.in_(ids_select)
    sub = ids_select.subquery()
    # ``search``: the filter holds a search, whose matches the index finds (``_through_the_index``).
    with _through_the_index(conn) if search else nullcontext():
        packed = conn.execute(select(packed_ids(list(sub.c)[0])).select_from(sub)).scalar()
    ids = _unpack_list(packed)
    if uses >= _TABLE_USES and len(ids) >= _TABLE_FROM:
        held = _IdTables.fill(conn, ids)
        if held is not None:
            return lambda col: col.in_(select(held.c.id))
    return lambda col: ids_in(col, ids)


# A temporary table of ids pays for filling it (~0.7 µs an id, and ANALYZE) from about this
# many ids restricting this many statements: the six facets of a year range (62,024 ids) 653 →
# 312 ms, of "quantum" (62,658) 738 → 388, of a sector (22,993) 254 → 189; at 10,000-14,000 ids
# either way is the same; fewer ids, or one statement (the chart sums), are faster as the array
# (docs/performance.md, SQLite against PostgreSQL, seventh round).
_TABLE_FROM = 10_000
_TABLE_USES = 3


class _IdTables:
    """Temporary tables of one PostgreSQL session (``ukjp_ids_0``, ``ukjp_ids_1``, ...), each
    holding the ids of one filter for the statements of one ``Connection`` block: a block that
    restricts by several filters (the facets of a filter with a facet chosen) takes the next
    table for each. Only on autocommit connections (``for_reading``): there a refused ``CREATE``
    leaves no transaction to roll back, and the session remembers the refusal (a role without
    the TEMPORARY privilege, a standby), after which the ids go as one array."""
    _used: "weakref.WeakKeyDictionary[Connection, int]" = weakref.WeakKeyDictionary()

    @classmethod
    def fill(cls, conn: Connection, ids: list[int]) -> TableClause | None:
        """The next table of ``conn``'s block holding exactly ``ids``, analysed (so the planner
        knows them distinct and hashes them); None where no table can be made."""
        if conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
            return None
        made = conn.info.setdefault("ukjp_id_tables", set())
        slot = cls._used.get(conn, 0)
        if made is None or slot >= _MAX_ID_TABLES:
            return None
        name = f"ukjp_ids_{slot}"
        if slot not in made:
            try:
                conn.exec_driver_sql(f"CREATE TEMPORARY TABLE IF NOT EXISTS {name} (id integer)")
            except DBAPIError:
                conn.info["ukjp_id_tables"] = None
                return None
            made.add(slot)
        cls._used[conn] = slot + 1
        held = table(name, column("id", Integer))
        conn.exec_driver_sql(f"TRUNCATE {name}")
        conn.execute(held.insert().from_select(
            ["id"], select(func.unnest(bindparam("ids", ids, type_=_IdList())))))
        conn.exec_driver_sql(f"ANALYZE {name}")
        return held


_MAX_ID_TABLES = 8    # one per facet at most: a block asking for more is not the facets' (array)


def _unpack_list(packed: bytes | None) -> list[int]:
    """PostgreSQL's ``packed_ids`` value as a list (no numpy: the command line reads this)."""
    from array import array
    out = array("q")
    if packed:
        out.frombytes(packed)
        if sys.byteorder == "little":
            out.byteswap()      # int8send writes big-endian
    return out.tolist()


def _text_param(value: str | None):
    return bindparam(None, value, type_=String())


class _SearchHit(ColumnElement):
    """Rows of a search index (``search_index``, or the private notes' ``search_index_notes``)
    matching a parsed query. ``narrow``: the index is ``_MATCHES`` (on PostgreSQL
    ``search_match``, whose phrases have an index of their own).

    Cacheable: the query's texts are bound parameters (each engine's compiled form uses its
    own) and the cache key holds only what changes the statement's text (the index, and on
    PostgreSQL whether phrases are found by pairs, with or without a positions check), so a
    search compiles its statements once, not on every call (~1 ms a list on PostgreSQL)."""
    inherit_cache = True
    _traverse_internals = [("fts", InternalTraversal.dp_clauseelement),
                           ("tsquery", InternalTraversal.dp_clauseelement),
                           ("rest", InternalTraversal.dp_clauseelement),
                           ("pairs", InternalTraversal.dp_clauseelement),
                           ("index", InternalTraversal.dp_string),
                           ("shape", InternalTraversal.dp_string)]

    def __init__(self, query: ParsedQuery, index: str = "search_index", narrow: bool = False):
        self.index = index
        self.fts, self.tsquery = _text_param(query.fts), _text_param(query.tsquery)
        split = phrase_pairs(query.terms, query.prefixes, query.tsquery) \
            if index == _SEARCH.name else None
        rest, pairs = split or (None, None)
        self.rest, self.pairs = _text_param(rest), _text_param(pairs)
        self.shape = "words" if split is None else ("narrow " if narrow else "wide ") \
            + ("pairs and positions" if rest else "pairs")


@compiles(_SearchHit, "sqlite")
def _hit_sqlite(element, compiler, **kw):
    return f"{element.index} MATCH {compiler.process(element.fts, **kw)}"


@compiles(_SearchHit, "postgresql")
def _hit_pg(element, compiler, **kw):
    if element.shape == "words":
        return f"{element.index}.doc @@ CAST({compiler.process(element.tsquery, **kw)} AS tsquery)"
    rest = compiler.process(element.rest, **kw) if element.shape.endswith("positions") else None
    pairs = compiler.process(element.pairs, **kw)
    if element.shape.startswith("narrow"):
        return _phrase_hit("search_index", rest, pairs)
    # The matches' ids once, as an array (an init plan), then their rows by primary key: as
    # ``IN (SELECT ...)`` PostgreSQL planned a page as "every row of search_index by rank,
    # each checked for its pairs" and stopped after 100, computing the pairs of each row it
    # passed (100 ms for "quantum sensing" against 50).
    return ("search_index.id = ANY(ARRAY(SELECT search_match.id FROM search_match "
            f"WHERE {_phrase_hit('search_match', rest, pairs)}))")


def _phrase_hit(table: str, rest: str | None, pairs: str) -> str:
    """PostgreSQL: a search with phrases (``core.search_tokens.phrase_pairs``) on
    ``table`` (``search_match``, or its alias), its phrases found by their pairs of adjacent words
    (migration 0011): a phrase of two common words ("quantum sensing", 21,897 matches at
    100,000 initiatives) was found as "both words" by the GIN index of ``doc``, then each
    candidate's whole vector read out of line to check positions, 76 ms; by its pair, 6 ms.
    What only positions can answer (``rest``) is checked on the initiatives that hold every
    pair, in the same row."""
    hit = f"search_pairs({table}.doc) @@ CAST({pairs} AS tsquery)"
    return hit if rest is None else f"{hit} AND {table}.doc @@ CAST({rest} AS tsquery)"


class _SearchId(ColumnElement):
    type = Integer()
    inherit_cache = True
    _traverse_internals = []    # no state: without this SQLAlchemy never cached its statements


@compiles(_SearchId, "sqlite")
def _search_id_sqlite(element, compiler, **kw):
    return "search_index.rowid"


@compiles(_SearchId, "postgresql")
def _search_id_pg(element, compiler, **kw):
    return "search_index.id"


class _SearchRank(ColumnElement):
    """Relevance: lower is better on both engines (bm25 is negative-better). Cacheable as
    ``_SearchHit`` is: the query is a bound parameter."""
    inherit_cache = True
    _traverse_internals = [("tsquery", InternalTraversal.dp_clauseelement)]

    def __init__(self, query: ParsedQuery):
        self.tsquery = _text_param(query.tsquery)


@compiles(_SearchRank, "sqlite")
def _rank_sqlite(element, compiler, **kw):
    return _BM25


@compiles(_SearchRank, "postgresql")
def _rank_pg(element, compiler, **kw):
    q = compiler.process(element.tsquery, **kw)
    return f"-ts_rank({_TS_WEIGHTS}, search_index.head, CAST({q} AS tsquery))"


def private_note_matches(slug_column, query: ParsedQuery) -> ColumnElement[bool]:
    """The initiatives (by slug column) on which the viewer's own private note matches."""
    return slug_column.in_(select(_NOTES.c.slug).select_from(_NOTES)
                           .where(_SearchHit(query, _NOTES.name), _NOTES.c.owner == viewer()))


def text_matches(id_column, query: ParsedQuery) -> ColumnElement[bool]:
    """The initiatives (by id column) whose shared indexed text, or the viewer's own private
    note, matches the query: one ``IN`` over the union of both id sets. Written as two ``IN``
    joined by ``OR``, PostgreSQL scanned every initiative testing two hashed sub-plans (a rare
    word's count at 100,000 initiatives: 43-80 ms, against 3 ms as one semi-join); SQLite
    answers both forms alike (docs/performance.md, SQLite against PostgreSQL)."""
    noted = _INITIATIVES.alias("noted")
    return id_column.in_(union(
        select(_SearchId()).select_from(_MATCHES).where(_SearchHit(query, narrow=True)),
        select(noted.c.id).where(private_note_matches(noted.c.slug, query))))


def ranked_ids(query: ParsedQuery):
    """A subquery of (id, rank) for the matches; best first when ordered by rank ascending."""
    return select(_SearchId().label("id"), _SearchRank(query).label("rank")) \
        .select_from(_SEARCH).where(_SearchHit(query)).subquery("fts_rank")


def ranked_page(query: ParsedQuery, restrict, best_first: bool, limit: int | None, offset: int,
                bind=None):
    """The ids of one page of matches by relevance (then by id), optionally only among the ids
    of the select ``restrict``, in one statement. The engine ranks inside its own scan and
    ``LIMIT`` keeps only the best ``offset + limit``, so no row of ``initiatives`` is read for
    the 60,000 matches of a common word that are not on the page. ``id + 0``, not ``id``: FTS5
    takes ``rowid IN (...)`` as a rowid constraint and runs the full-text query once per listed
    id (41,000 times for a sector); the ``+ 0`` is harmless on PostgreSQL.

    The initiatives only the viewer's own private note matches rank after every match of the
    shared index, among themselves by id. They are part of the same statement (a second
    branch that is empty unless such a note exists) rather than asked first: on a server every
    statement is a round trip, and this one was a sixth of a rare word's search.

    ``bind`` (the connection the statement is for): on PostgreSQL, the best page of one plain
    word, unrestricted, comes from ``search_rank`` (``_best_of_one_word``) instead of ranking
    every match, and a search with phrases (``core.search_tokens.phrase_pairs``) is found and
    ranked in ``search_match``; without it, the statement every engine can run."""
    rank = _SearchRank(query)

    def ordered(rank_col, id_col):
        return (rank_col.asc() if best_first else rank_col.desc(), id_col)

    server = bind is not None and _is_postgres(bind)
    word = _one_word(query) if server else None
    # PostgreSQL: a search with phrases found by their pairs is ranked in ``search_match``,
    # where its matches are found and which holds ``head`` too (migration 0011)
    by_pairs = server and phrase_pairs(query.terms, query.prefixes, query.tsquery) is not None
    shared = select(_SearchId().label("id"), rank.label("rank")) \
        .select_from(_MATCHES if by_pairs else _SEARCH).where(_SearchHit(query, narrow=by_pairs))
    noted = _INITIATIVES.alias("noted")
    own = select(noted.c.id.label("id"), literal(_AFTER_EVERY_MATCH).label("rank")).where(
        private_note_matches(noted.c.slug, query),
        noted.c.id.not_in(select(_SearchId()).select_from(_MATCHES)
                          .where(_SearchHit(query, narrow=True))))
    if restrict is not None:
        shared = shared.where((_SearchId() + 0).in_(restrict))
        # ``id + 0`` again: with a bare ``id IN (...)`` SQLite drives this branch from the
        # filter's ids (22,000 primary-key probes for one kind, ~12 ms) instead of from the
        # viewer's few matching notes; the ``+ 0`` leaves it the notes' slugs to start from.
        own = own.where((noted.c.id + 0).in_(restrict))
    if limit is not None:      # each branch's best offset + limit hold the page's rows
        shared = shared.order_by(*ordered(rank, _SearchId())).limit(offset + limit)
        if word is not None and restrict is None and best_first:
            shared = _best_of_one_word(shared, word, offset + limit)
    both = union_all(select(shared.subquery()), own).subquery("matched")
    stmt = select(both.c.id).order_by(*ordered(both.c.rank, both.c.id))
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    return stmt


def _one_word(query: ParsedQuery) -> str | None:
    """The word of a query that is one plain word (no prefix, no phrase, no operator), as the
    index holds it; None for any other query."""
    if len(query.terms) != 1 or query.prefixes[0]:
        return None
    found = [w for _s, _e, w in words(query.terms[0])]
    return found[0] if len(found) == 1 else None


def _best_of_one_word(ranked, word: str, k: int):
    """PostgreSQL: the ``k`` best (id, rank) of the shared index for one plain word, as
    ``ranked`` (the same ``k`` ranked from every match) gives them, without reading the
    matches when at least ``k`` initiatives have the word in their ``head``.

    ``search_rank`` (migration 0010, kept by triggers on ``search_index``) holds each word of
    each initiative's ``head`` with the ``ts_rank`` that word alone gives it: the same value
    ``_SearchRank`` computes, so the same order, ties by id; and every initiative it lists for
    the word ranks before every match with the word in its excerpts only (rank 0). So when it
    lists ``k`` or more, its first ``k`` (an index-only scan of ``(lexeme, score DESC, id)``)
    are the answer; otherwise ``ranked`` is. Each branch sits behind a one-time test of the
    word's first ``k`` entries, which PostgreSQL evaluates before it: only one branch runs."""
    first_k = select(_RANK.c.id).where(_RANK.c.lexeme == word).limit(k).subquery()
    enough = select(func.count()).select_from(first_k).scalar_subquery() >= k
    scored = select(_RANK.c.id.label("id"), (-_RANK.c.score).label("rank")) \
        .where(_RANK.c.lexeme == word, enough).order_by(_RANK.c.score.desc(), _RANK.c.id).limit(k)
    return union_all(select(scored.subquery()), select(ranked.where(not_(enough)).subquery()))


@contextmanager
def _through_the_index(conn: Connection, query: ParsedQuery | None = None) -> Iterator[None]:
    """PostgreSQL: the statements inside read a search's matches through the GIN index. For a
    word found in most initiatives ("quantum": 62,658 of 100,000) the planner costs a
    sequential scan of ``search_match`` as cheaper than the index (5,756 against 5,872), not
    knowing that ``@@`` then reads every row's vector out of line (304,711 buffers): 224-278 ms
    against ~30 ms through the index, where SQLite counts it in 7-9 ms. For a search alone
    (the ids or the count of its matches, nothing else joined) the index is never the worse
    way, so the sequential scan is refused for these statements only. Reads run in
    autocommit (``for_reading``), so the setting is the session's: it is reset afterwards,
    also after a cancelled statement (typing supersedes searches all the time: the connection
    stays in the pool); only a connection that cannot take the reset is dropped with it.
    Given the ``query``, a search none of whose words the planner thinks common
    (``_CommonWords``) is left alone: the planner takes the index for it anyway, and the two
    statements were a third of a rare word's count (0.9-2 ms against SQLite's 0.6)."""
    if not _is_postgres(conn) or (query is not None and not _CommonWords.any_in(conn, query)):
        yield
        return
    conn.exec_driver_sql("SET enable_seqscan = off")
    try:
        yield
    finally:
        try:
            conn.exec_driver_sql("RESET enable_seqscan")
        except Exception:  # noqa: BLE001 - a broken connection: never pooled with the setting
            conn.invalidate()


class _CommonWords:
    """The words PostgreSQL's statistics hold as common in ``search_match.doc`` (its
    ``most_common_elems``), for ``_through_the_index``: the planner estimates a word's matches
    from this list, and only a word it thinks found in a good share of the initiatives makes it
    cost a sequential scan as cheaper (at 100k: "quantum", 63%; the switch comes near half).
    Read once per database (its pool) and again after ``_FRESH_S`` seconds (statistics change when the
    server analyses the table, after large imports); a word that became common meanwhile is
    counted more slowly until then, never wrongly. No statistics (a table never analysed, or
    not visible to the role): every search is treated as common, as before."""
    _read: "weakref.WeakKeyDictionary[object, tuple[float, dict[str, float] | None]]" = weakref.WeakKeyDictionary()
    _FRESH_S = 300.0
    COMMON = 0.2     # well under where the planner switches: a margin for its other estimates

    @classmethod
    def any_in(cls, conn: Connection, query: ParsedQuery) -> bool:
        """Whether a word of ``query`` (a prefix: the words it begins, together) may be common."""
        freqs = cls._frequencies(conn)
        if freqs is None:
            return True
        for term, prefix in zip(query.terms, query.prefixes or (False,) * len(query.terms)):
            for _s, _e, word in words(term):
                share = sum(f for w, f in freqs.items() if w.startswith(word)) if prefix else freqs.get(word, 0.0)
                if share >= cls.COMMON:
                    return True
        return False

    @classmethod
    def _frequencies(cls, conn: Connection) -> dict[str, float] | None:
        pool = conn.engine.pool    # one per database, whichever execution options the engine has
        now = time.monotonic()
        got = cls._read.get(pool)
        if got is None or now - got[0] > cls._FRESH_S:
            row = conn.exec_driver_sql(
                "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
                "WHERE schemaname = current_schema() AND tablename = 'search_match' AND attname = 'doc'").first()
            freqs = dict(zip(row[0], row[1])) if row is not None and row[0] is not None else None
            got = cls._read[pool] = (now, freqs)
        return got[1]


def matching_ids(conn: Connection, query: ParsedQuery):
    """The ids matching ``query`` (an int64 numpy array): the shared index's, and those of the
    viewer's own private notes (an id may come twice), in one statement that never reads
    ``initiatives`` for the shared matches."""
    noted = _INITIATIVES.alias("noted")
    shared = select(_SearchId().label("id")).select_from(_MATCHES).where(_SearchHit(query, narrow=True))
    both = union_all(shared, select(noted.c.id).where(private_note_matches(noted.c.slug, query))).subquery()
    with _through_the_index(conn, query):
        return unpack_ids(conn.execute(select(packed_ids(both.c.id))).scalar())


def match_count(conn: Connection, query: ParsedQuery) -> int:
    """The number of initiatives matching ``query`` (the shared index's matches and the
    viewer's own private notes', once each), asked of the indexes alone: a search with no
    other filter need not join ``initiatives`` to count, whose every id the index holds once.
    "semiconductor" at 100,000 initiatives: SQLite 7.6 → 2 ms, PostgreSQL 18 → 11 ms
    (docs/performance.md, SQLite against PostgreSQL, fourth round)."""
    noted = _INITIATIVES.alias("noted")
    both = union(select(_SearchId().label("id")).select_from(_MATCHES).where(_SearchHit(query, narrow=True)),
                 select(noted.c.id).where(private_note_matches(noted.c.slug, query))).subquery()
    with _through_the_index(conn, query):
        return conn.execute(select(func.count()).select_from(both)).scalar_one()


# ---- statements that need a connection ---------------------------------------------------------
def insert_ignore(conn: Connection, table_: Table, **values) -> None:
    """Insert a row unless one with the same unique key exists (then do nothing): two
    writers adding the same tag or the same annotation row both succeed."""
    if _is_postgres(conn):
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(table_).values(**values).on_conflict_do_nothing())


def bulk_insert(conn: Connection, table_: Table, rows: list[dict]) -> None:
    """Insert many rows with the same keys, as fast as the engine allows. SQLite: one
    executemany of a plain statement (SQLAlchemy's per-row work was most of a 50,000-row table
    import); PostgreSQL: SQLAlchemy's batched multi-row VALUES."""
    if not rows:
        return
    if _is_postgres(conn):
        conn.execute(table_.insert(), rows)
        return
    cols = list(rows[0])
    names = ", ".join(f'"{c}"' for c in cols)          # quoted: "end" is an SQL keyword
    sql = f"INSERT INTO {table_.name} ({names}) VALUES ({', '.join('?' for _ in cols)})"
    as_tuple = itemgetter(*cols)      # every dict of a batch has the same keys, in this order
    conn.exec_driver_sql(sql, [as_tuple(r) for r in rows])


_FTS5_FILL = """
    INSERT INTO search_index(rowid, name, summary, excerpts, notes)
    SELECT i.id, i.name, i.summary,
           COALESCE((SELECT group_concat(e.text, ' … ') FROM excerpts e WHERE e.initiative_id = i.id), ''),
           COALESCE((SELECT group_concat(a.note, ' … ') FROM annotations a
                     WHERE a.initiative_slug = i.slug AND a.shared AND a.note != ''), '')
    FROM initiatives i
"""
_PG_FIELDS = """
    SELECT i.id, i.name, i.summary,
           COALESCE((SELECT string_agg(e.text, ' … ' ORDER BY e.id) FROM excerpts e
                     WHERE e.initiative_id = i.id), '') AS excerpts,
           COALESCE((SELECT string_agg(a.note, ' … ' ORDER BY a.owner) FROM annotations a
                     WHERE a.initiative_slug = i.slug AND a.shared AND a.note != ''), '') AS notes
    FROM initiatives i
"""
_PG_INSERT = text("INSERT INTO search_index(id, name, summary, excerpts, notes, doc) "
                  "VALUES (:id, :name, :summary, :excerpts, :notes, CAST(:doc AS tsvector))")


def _pg_fill(conn: Connection, where: str = "", **params) -> None:
    rows = conn.execute(text(_PG_FIELDS + where), params).all()
    batch = []
    for r in rows:
        doc = tsvector([(r.name, "A"), (r.summary, "B"), (r.excerpts, "D"), (r.notes, "C")])
        batch.append(dict(id=r.id, name=r.name, summary=r.summary, excerpts=r.excerpts,
                          notes=r.notes, doc=doc))
        if len(batch) == 1000:
            conn.execute(_PG_INSERT, batch)
            batch = []
    if batch:
        conn.execute(_PG_INSERT, batch)


def remove_from_index(conn: Connection, initiative_ids: Iterable[int]) -> None:
    ids = list(initiative_ids)
    if _is_postgres(conn):
        conn.execute(text("DELETE FROM search_index WHERE id = ANY(:ids)"), {"ids": ids})
    else:
        conn.exec_driver_sql("DELETE FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))",
                             (json.dumps(ids),))


def reindex(conn: Connection, initiative_ids: Iterable[int]) -> None:
    """Refresh the index rows of some initiatives (after a build or a note edit)."""
    ids = [int(i) for i in initiative_ids]
    remove_from_index(conn, ids)
    if _is_postgres(conn):
        _pg_fill(conn, " WHERE i.id = ANY(:ids)", ids=ids)
    else:
        conn.exec_driver_sql(_FTS5_FILL + " WHERE i.id IN (SELECT value FROM json_each(?))",
                             (json.dumps(ids),))


def rebuild_index(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM search_index")
    if _is_postgres(conn):
        _pg_fill(conn)
    else:
        conn.exec_driver_sql(_FTS5_FILL)
    # private notes: on PostgreSQL row-level security lets a member rebuild only their own
    conn.exec_driver_sql("DELETE FROM search_index_notes")
    for slug, owner, note in conn.execute(text(
            "SELECT initiative_slug, owner, note FROM annotations WHERE NOT shared AND note != ''")).all():
        index_private_note(conn, slug, owner, note)


def index_private_note(conn: Connection, slug: str, owner: str, note: str | None) -> None:
    """Put a member's private note in the private-notes index, or (``note`` None or empty: a
    note now shared, or cleared) take it out."""
    params = {"slug": slug, "owner": owner}
    conn.execute(text("DELETE FROM search_index_notes WHERE slug = :slug AND owner = :owner"), params)
    if not note:
        return
    if _is_postgres(conn):
        conn.execute(text("INSERT INTO search_index_notes(slug, owner, doc) "
                          "VALUES (:slug, :owner, CAST(:doc AS tsvector))"),
                     {**params, "doc": tsvector([(note, "A")])})
    else:
        conn.execute(text("INSERT INTO search_index_notes(slug, owner, note) VALUES (:slug, :owner, :note)"),
                     {**params, "note": note})


class PageSnippets:
    """The snippets of one page of the list (matches in [ and ]), in as few statements as
    each engine needs: ``add_texts`` extends the statement that reads the page's rows, and
    ``read`` gives ``{id: snippet}`` for the rows it returned.

    PostgreSQL: the snippet is made in Python from the indexed texts (``core.search_tokens``),
    which come with the page's rows (an outer join to ``search_index``) instead of in a
    statement of their own: one round trip fewer per list. SQLite: FTS5's ``snippet()`` in its
    own statement, in process (no round trip to save)."""

    def __init__(self, conn: Connection, query: ParsedQuery, tokens: int = 14):
        self.query, self.tokens = query, tokens
        self.server = _is_postgres(conn)

    def add_texts(self, stmt, id_column):
        """``stmt`` (a select of the page's rows with ``id_column``) with what ``read`` needs."""
        if not self.server:
            return stmt
        texts = _SEARCH_TEXTS.alias("snippet_texts")
        return stmt.join_from(id_column.table, texts, texts.c.id == id_column, isouter=True) \
            .add_columns(*(texts.c[f].label(f"snippet_{f}") for f in _SNIPPET_FIELDS))

    def read(self, conn: Connection, rows) -> dict[int, str]:
        if not rows:
            return {}
        if self.server:
            terms = list(zip(self.query.terms, self.query.prefixes))
            made = _snippets(list(map(_SNIPPET_TEXTS, rows)), terms, self.tokens)
            return {r.id: v for r, v in zip(rows, made) if v is not None}
        got = conn.exec_driver_sql(
            "SELECT rowid, snippet(search_index, -1, '[', ']', '…', ?) FROM search_index "
            "WHERE search_index MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
            (self.tokens, self.query.fts, json.dumps([int(r.id) for r in rows]))).all()
        return {r[0]: r[1] for r in got}


def engine_problems(conn: Connection) -> list[str]:
    """The engine's own consistency checks, in words (``db check``). SQLite: its integrity and
    foreign-key checks and FTS5's index check. PostgreSQL enforces foreign keys itself and
    keeps its own files consistent; what can drift is the search index (checked by counts)."""
    if _is_postgres(conn):
        return []
    from .database import BusyDatabaseError
    from .health import is_busy
    problems: list[str] = []
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
    return problems


# ---- a team database on a PostgreSQL server ----------------------------------------------------
def server_engine(url: str, password: str | None = None) -> Engine:
    """An engine for a PostgreSQL URL. Passwords follow libpq's conventions (``~/.pgpass``,
    ``PGPASSWORD``, ``PGSERVICE``); one written in the URL is refused (``check_url``). The
    window may pass one the user typed: it stays in this engine's memory, never in the URL."""
    connect_args = {"application_name": "ukjp-desktop", "connect_timeout": 10}
    if password is not None:
        connect_args["password"] = password
    # No pool_pre_ping: its SELECT 1 (inside a BEGIN) was two of the four round trips of every
    # read, more than the snapshot's own answers cost. ``_closed_by_server`` notices a dropped
    # connection without asking the server.
    engine = create_engine(url, connect_args=connect_args)
    event.listen(engine, "checkout", _closed_by_server)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        # Read-then-write work (write_transaction) queues on one advisory lock, as SQLite's
        # BEGIN IMMEDIATE makes it queue on the file: two people creating the same tag at
        # once both succeed instead of one failing on the unique name.
        if conn.get_execution_options().get("write_lock_first"):
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _WRITE_LOCK})

    return engine


def _closed_by_server(dbapi_conn, record, proxy) -> None:  # noqa: ANN001 - pool event
    """On checkout: a pooled connection the server has closed is replaced, silently.

    An idle connection receives nothing unless the server is ending it: a shutdown or a restart
    sends a last message and closes the socket, so the socket turns readable. One ``select``
    with no timeout tells, where a ping would cost a round trip on every checkout. Raising
    ``InvalidatePoolError`` makes the pool discard every connection opened before now (the
    server went away for all of them) and connect afresh; if the server is still away, that
    connect fails and the caller says so in words (``server_unreachable``)."""
    from sqlalchemy.exc import InvalidatePoolError
    if dbapi_conn.closed or dbapi_conn.broken:
        raise InvalidatePoolError("the connection to the server was closed")
    try:
        readable, _, _ = select_.select([dbapi_conn.fileno()], [], [], 0)
    except (OSError, ValueError) as exc:       # no socket any more
        raise InvalidatePoolError(str(exc)) from exc
    if readable:
        raise InvalidatePoolError("the server closed the connection")


def for_reading(engine: Engine) -> Engine:
    """The engine the Catalog's reads go through: the same pool and database, but on PostgreSQL
    each read statement commits on its own (autocommit), as SQLite's driver runs a SELECT, so a
    read is one round trip instead of three (BEGIN, the query, and the ROLLBACK when the
    connection goes back to the pool). Never for writing: ``engine.begin()`` on it would not
    make a transaction."""
    if _is_postgres(engine):
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    return engine


def check_url(url: str) -> str:
    """The URL, refused in words when it is malformed, names another driver, or carries a
    password (which would end up in settings, shell history and logs)."""
    from .database import DatabaseError
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"{url!r} is not a database address: {exc}") from exc
    if parsed.password is not None:
        raise DatabaseError(
            "The database address contains a password; it would be kept in settings and shown "
            "in logs. Remove it and put it in ~/.pgpass (or PGPASSWORD, or a service file).")
    if parsed.drivername not in ("postgresql", "postgresql+psycopg"):
        raise DatabaseError(f"{parsed.drivername}:// is not a database this application can use: a team "
                            "database is postgresql+psycopg://USER@HOST:PORT/DBNAME, a file is named by its path")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _password_problem(exc: Exception) -> bool:
    text_ = str(getattr(exc, "orig", exc))
    return "no password supplied" in text_ or "password authentication failed" in text_


def server_unreachable(exc: DBAPIError) -> bool:
    """The connection failed or was lost (the server is down, restarting, or unreachable),
    as opposed to the server refusing a statement."""
    from sqlalchemy.exc import OperationalError
    return bool(exc.connection_invalidated) or isinstance(exc, OperationalError)


def server_away(bind, exc: Exception) -> bool:
    """Whether ``exc`` is a team database's server that cannot be reached now (a state that
    passes, not a fault), as opposed to anything else going wrong."""
    return is_server(bind) and isinstance(exc, DBAPIError) and server_unreachable(exc)


def server_went_away(exc: BaseException) -> bool:
    """``server_away`` when there is no engine at hand (the window's last safety net): the
    PostgreSQL driver's failure to reach or keep its server."""
    return (isinstance(exc, DBAPIError) and server_unreachable(exc)
            and type(exc.orig).__module__.split(".")[0] == "psycopg")


def failure_words(bind, exc: Exception) -> str:
    """Why a read failed, in one line for the window. From a team database's driver: the server
    being away said as such, anything else by the server's first line (never SQLAlchemy's
    wrapper, the driver's class name and a web link, over several lines)."""
    if server_away(bind, exc):
        return ("the team database's server cannot be reached: it may be stopped, restarting "
                "or cut off. Try again in a moment.")
    if is_server(bind) and isinstance(exc, DBAPIError):
        return server_error(describe(bind), exc)
    return str(exc)


def server_error(where: str, exc: Exception) -> str:
    """One line for the user from a driver error: a common failure to connect in our own words
    (``connection_problem``), anything else by the server's first line (never a trace)."""
    ours = connection_problem(where, exc)
    if ours:
        return f"Cannot connect to the team database {where}. {ours}"
    return f"Cannot use the team database {where}: {driver_text(exc).splitlines()[0]}"


def driver_text(exc: Exception) -> str:
    """The driver's own report, whole, for a message's details (libpq indents its hint lines)."""
    orig = getattr(exc, "orig", exc)
    lines = [line.strip() for line in str(orig).strip().splitlines() if line.strip()]
    return "\n".join(lines) or orig.__class__.__name__


# A failure to connect, by what libpq or the server says (libpq's own failures carry no SQLSTATE;
# the server's English wording is the fallback when its code is not passed on).
_CONNECT_WORDS = (
    ("connection refused", "refused"),
    ("failed to resolve host|could not translate host name|name or service not known", "host"),
    ("timeout expired|timed out", "timeout"),
    ("server does not support ssl", "no-ssl"),
    ("no pg_hba.conf entry", "not-allowed"),
    ("password authentication failed", "password"),
    ("no password supplied", "no-password"),
    ('database ".*" does not exist', "database"),
    ('role ".*" does not exist', "role"),
)
_CONNECT_STATES = {"28P01": "password", "3D000": "database"}   # 28000 covers several: by words


def _connect_failure(exc: Exception) -> str | None:
    orig = getattr(exc, "orig", exc)
    kind = _CONNECT_STATES.get(getattr(orig, "sqlstate", None) or "")
    text_ = str(orig).lower()
    return kind or next((k for words, k in _CONNECT_WORDS if re.search(words, text_)), None)


def connection_problem(where: str, exc: Exception) -> str | None:
    """What went wrong connecting to a team database, said calmly in our own words, for the
    common cases (the server down, an unknown host, a wrong password, no such database, no
    answer, this computer not let in); None for anything else. The driver's own text is for the
    details (``driver_text``), never the headline."""
    kind = _connect_failure(exc)
    if kind is None:
        return None
    try:
        url = make_url(where)
        host, port = url.host or "this computer", url.port or 5432
        user, database = url.username or "your user name", url.database or "(none)"
        no_encryption = url.query.get("sslmode") == "disable"
    except ArgumentError:
        host, port, user, database, no_encryption = "the server", 5432, "your user name", "(none)", False
    if kind == "not-allowed" and no_encryption:
        # Only then can encryption be the cure: otherwise libpq tried an encrypted connection
        # too (sslmode=prefer), or the server offers none ("no encryption" alone).
        kind = "ssl"
    return {
        "refused": f"Nothing is answering at {host}, port {port}: the database server may be "
                   "stopped, or listening on another port. Check the address, or ask whoever "
                   "runs the server whether it is running.",
        "host": f"No computer named “{host}” could be found. Check the spelling of the address "
                "and that this computer is on the network (or VPN) the server is on.",
        "timeout": f"The server at {host}, port {port} did not answer in time. It may be switched "
                   "off, or a firewall or a slow network is in the way; try again in a moment.",
        "password": f"The server did not accept the password for {user}. Check it (or your "
                    "~/.pgpass entry) and try again.",
        "no-password": f"The server asks for a password for {user}: put it in ~/.pgpass "
                       "(or PGPASSWORD), or open the database from the window to be asked for it.",
        "database": f"The server at {host} has no database named “{database}”. Check the name "
                    "at the end of the address.",
        "role": f"The server at {host} has no user named “{user}”. Check the name before the @ "
                "in the address.",
        "not-allowed": f"The server at {host} does not let {user} connect to “{database}” from this "
                       "computer. Ask whoever runs the server to allow it (a line in its pg_hba.conf).",
        "ssl": f"The server at {host} does not let {user} connect to “{database}” from this computer "
               "without encryption: remove sslmode=disable from the address, or ask whoever runs "
               "the server to allow this computer.",
        "no-ssl": f"The address asks for an encrypted connection, which the server at {host} "
                  "does not offer. Remove sslmode from the address, or ask whoever runs the "
                  "server to turn encryption on.",
    }[kind]


def can_write(conn: Connection) -> bool:
    """Whether this role may change the knowledge base (a member with SELECT only may not)."""
    return bool(conn.execute(text(
        "SELECT has_table_privilege(current_user, 'annotations', 'INSERT') "
        "AND has_table_privilege(current_user, 'annotations', 'UPDATE')")).scalar())


def open_server(url: str, *, migrate: bool = True, read_only: bool = False,
                password: str | None = None):
    """Open a team database: refuse what is not ours or is newer, migrate (one transaction,
    under the writers' lock, so two members opening it at once cannot both upgrade it)."""
    from .database import (DatabaseError, NewerSchemaError, OpenedDatabase, PasswordNeeded,
                           head_revision, known_revisions, run_migrations)
    try:
        import psycopg  # noqa: F401 - a clear message instead of SQLAlchemy's
    except ImportError as exc:
        raise DatabaseError("Team databases need the PostgreSQL driver: "
                            "pip install 'ukjp-desktop[team]' (psycopg 3).") from exc
    url = check_url(url)
    where = describe(url)
    engine = server_engine(url, password)
    head = head_revision()
    try:
        with engine.connect() as conn:
            tables = set(conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
            revision = None
            # Alembic's table alone is no sign: other applications use Alembic too.
            if {"alembic_version", "initiatives", "annotations"} <= tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            elif tables:
                raise DatabaseError(f"{where} holds other tables: it is not a UK–Japan S&T Explorer database.")
            writable = can_write(conn) if revision is not None else True
            may_migrate = revision == head or _may_change_schema(conn, revision is not None)
        if revision is not None and revision not in known_revisions():
            raise NewerSchemaError(
                f"{where} was written by a newer version of UK–Japan S&T Explorer (schema {revision}); "
                "this version cannot open it. Nothing has been changed: install the newer version.")
        read_only = read_only or not writable
        if revision != head:
            if read_only or not migrate:
                raise DatabaseError(f"{where} needs an upgrade (schema {revision or 'empty'} → {head})"
                                    + (", which your role may not do." if read_only else "."))
            if not may_migrate:
                raise DatabaseError(_for_the_owner(where, revision, head))
            with engine.execution_options(write_lock_first=True).begin() as conn:
                exists = conn.execute(text("SELECT to_regclass('alembic_version')")).scalar()
                now = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                    if exists else None
                if now != head:
                    run_migrations(conn)
    except DatabaseError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        if _password_problem(exc):
            raise PasswordNeeded(server_error(where, exc), driver_text(exc)) from exc
        raise DatabaseError(server_error(where, exc), driver_text(exc)) from exc
    if read_only:
        from .database import mark_read_only
        mark_read_only(engine)
    return OpenedDatabase(engine, where, head, None, revision is None, read_only, server=True)


def _may_change_schema(conn: Connection, built: bool) -> bool:
    """Whether this role may upgrade the team database (it owns the tables, or is a member of
    the role that does) or, empty, build it (it may create tables in its schema). Members'
    roles may not, by design: the owner is exempt from the private notes' row-level security."""
    if built:
        return bool(conn.execute(text(
            "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'alembic_version'")).scalar())
    return bool(conn.execute(text("SELECT has_schema_privilege(current_schema(), 'CREATE')")).scalar())


def _for_the_owner(where: str, revision: str | None, head: str) -> str:
    if revision is None:
        return (f"{where} is empty: it is built once, under the role that is to own its tables, "
                "with: ukjp-desktop --db postgresql+psycopg://OWNER@HOST:PORT/DBNAME db build")
    return (f"{where} needs an upgrade (schema {revision} → {head}) that only its tables' owner "
            "may run: ask the owner to open it once with this version (e.g. with db info).")


def search_index_count():
    """``SELECT count(*) FROM search_index`` (the same on both engines)."""
    return select(func.count()).select_from(_SEARCH)


# ---- telling other members' windows that something changed -------------------------------------
CHANGES_CHANNEL = "ukjp_changes"
# Who announced a change: a token per engine, so a window does not refresh for its own edits.
# Keyed by the connection pool, which an engine shares with its execution_options() copies.
_SENDERS: "weakref.WeakKeyDictionary[object, str]" = weakref.WeakKeyDictionary()


def _sender(engine: Engine) -> str:
    return _SENDERS.setdefault(engine.pool, uuid.uuid4().hex[:12])


def announce_change(conn: Connection, what: str) -> None:
    """Tell other sessions on a team database that ``what`` changed ('annotations', 'import',
    'dataset'), when this transaction commits (PostgreSQL ``NOTIFY``). A file has no other
    sessions to tell: nothing happens on SQLite."""
    if _is_postgres(conn):
        conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                     {"channel": CHANGES_CHANNEL, "payload": f"{what} {_sender(conn.engine)}"})


class ChangeListener:
    """Receives other sessions' ``announce_change`` on its own connection (PostgreSQL
    ``LISTEN``). On SQLite ``wait`` only waits: one analyst's file has no other writers to hear."""

    def __init__(self, engine: Engine):
        self._conn = None
        self._own = _sender(engine)
        if _is_postgres(engine):
            raw = engine.raw_connection()
            self._conn = raw.driver_connection
            raw.detach()  # its own connection for as long as the listener lives, never pooled
            self._conn.autocommit = True
            self._conn.execute(f"LISTEN {CHANGES_CHANNEL}")

    @property
    def active(self) -> bool:
        """Whether there is anyone to hear (a team database), i.e. whether to listen at all."""
        return self._conn is not None

    def wait(self, timeout: float) -> list[str]:
        """What other sessions changed, as announced within ``timeout`` seconds (empty:
        nothing); this engine's own announcements are left out."""
        if self._conn is None:
            time.sleep(timeout)
            return []
        got = [n.payload for n in self._conn.notifies(timeout=timeout, stop_after=1)]
        # anything else already queued comes with it
        got += [n.payload for n in self._conn.notifies(timeout=0.01)]
        return [what for what, _, sender in (p.partition(" ") for p in got) if sender != self._own]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def current_user(conn: Connection) -> str:
    """Who is writing: the team database's role, or the user logged in on this computer."""
    if _is_postgres(conn):
        return conn.execute(text("SELECT current_user")).scalar() or ""
    return _computer_user()


def _computer_user() -> str:
    import getpass
    try:
        return getpass.getuser()
    except (KeyError, OSError):   # no user name (a container without an entry in passwd)
        return ""


def add_sqlite_functions(dbapi_conn) -> None:  # noqa: ANN001 - a DB-API connection
    """``ukjp_user()`` on an SQLite connection: the computer's user, as ``viewer()`` asks it
    (PostgreSQL has ``current_user``)."""
    dbapi_conn.create_function("ukjp_user", 0, _computer_user, deterministic=True)


class viewer(ColumnElement):
    """Who is asking, inside SQL: whose private notes and personal stars and tags a query may
    see (``store.filtering``). The role on PostgreSQL (where row-level security agrees), the
    computer's user on SQLite."""
    type = String()
    inherit_cache = True
    _traverse_internals = []    # no state (see _SearchId)


@compiles(viewer, "sqlite")
def _viewer_sqlite(element, compiler, **kw):
    return "ukjp_user()"


@compiles(viewer, "postgresql")
def _viewer_pg(element, compiler, **kw):
    return "CAST(current_user AS TEXT)"


def after_bulk_copy(conn: Connection, tables) -> None:
    """After rows were copied in with their ids: PostgreSQL's id sequences must continue after
    the largest id (SQLite takes the next rowid from the table itself)."""
    if not _is_postgres(conn):
        return
    for t in tables:
        pk = list(t.primary_key.columns)
        if len(pk) == 1 and isinstance(pk[0].type, Integer) and pk[0].autoincrement in (True, "auto"):
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{t.name}', '{pk[0].name}'), "
                f"COALESCE((SELECT max({pk[0].name}) FROM {t.name}), 0) + 1, false)"))
