"""Relevance order on both engines: a name match before a passing mention, whoever wrote the
text. SQLite ranks with FTS5's bm25; PostgreSQL with ``ts_rank`` over ``search_index.head``,
the name, summary and shared notes that PostgreSQL derives from the index's words (migration
0009), and a page of one plain word from ``search_rank``, the same ranks kept per word by
triggers on the index (migration 0010), which also keep ``search_match``, where a search is
counted. Every writer of the index is exercised: a broken
``head`` on PostgreSQL would put the later (higher-id) name match after the earlier note, or
last; a ``search_rank`` left behind would give a page that is not the order's first rows, a
``search_match`` left behind a count that is not the order's length."""
from __future__ import annotations

import pytest

from tests.table_fixtures import gtr_csv
from tests.test_importer import _draft
from ukjp_desktop.core.extract.organisations import default_gazetteer
from ukjp_desktop.core.filters import Filter
from ukjp_desktop.core.search_tokens import words
from ukjp_desktop.core.tables.prepare import prepare
from ukjp_desktop.store import annotations, importer as imp, search
from ukjp_desktop.store.build import apply_dataset
from ukjp_desktop.store.table_import import TablePlan, import_table, match_rows, undo_table_import

pytestmark = pytest.mark.both_engines

WORD = "zorblax"


def _ranked(library, query: str = WORD) -> list[str]:
    """The whole relevance order, after checking that its first pages are its first rows and
    its count its length. On PostgreSQL the whole order ranks every match of ``search_index``,
    a page of one word reads ``search_rank``, and the count ``search_match`` (migration 0010)."""
    whole = [r.slug for r in library.catalog.list(Filter(text=query), sort="relevance", limit=None)]
    assert library.catalog.count(Filter(text=query)) == len(whole), query
    for limit in (1, 2, 100):
        page = library.catalog.list(Filter(text=query), sort="relevance", limit=limit)
        assert [r.slug for r in page] == whole[:limit], (query, limit)
    return whole


def _has(text: str, word: str) -> bool:
    stem = word.rstrip("*")
    return any(w.startswith(stem) if word.endswith("*") else w == stem for _s, _e, w in words(text))


@pytest.mark.parametrize("word", ["research", "innovation", "technology", "science", "fund*"])
def test_name_matches_come_before_passing_mentions(library, word):
    """Every initiative with the word in its name ranks before every one that only mentions it
    in passing (in an excerpt: neither in its name nor in its summary)."""
    ranked = []
    for r in library.catalog.list(Filter(text=word), sort="relevance", limit=None):
        d = library.catalog.detail(r.slug)
        ranked.append("name" if _has(d.name, word) else "summary" if _has(d.summary, word) else "passing")
    assert "name" in ranked and "passing" in ranked, f"the curated data has both kinds for {word}"
    assert max(i for i, kind in enumerate(ranked) if kind == "name") \
        < min(i for i, kind in enumerate(ranked) if kind == "passing"), ranked


@pytest.mark.parametrize("word", ["research", "innovation", "quantum", "technology", "science",
                                  "semiconductor", "Japan", "UK", "zorblax"])
def test_a_page_is_the_whole_orders_slice(catalog, word):
    """Any page of a search by relevance, best or worst first, is the same slice of the whole
    order (PostgreSQL answers a best-first page of one word from ``search_rank``, the whole
    order and worst-first pages by ranking every match)."""
    for descending in (True, False):
        whole = [r.id for r in catalog.list(Filter(text=word), sort="relevance", descending=descending,
                                            limit=None)]
        for offset, limit in ((0, 1), (0, 10), (3, 7), (10, 20), (len(whole) - 2, 5)):
            offset = max(offset, 0)
            page = catalog.list(Filter(text=word), sort="relevance", descending=descending,
                                limit=limit, offset=offset)
            assert [r.id for r in page] == whole[offset:offset + limit], (word, descending, offset, limit)
    if word != "zorblax":
        assert whole, f"the curated data has {word}"


def test_every_writer_of_the_index_keeps_the_relevance_order(library, tmp_path, dataset):
    engine = library.engine
    noted = library.catalog.slugs()[3]
    # a note the member shares: in the shared index, weighted below a name
    annotations.set_note(engine, noted, f"Ask about the {WORD} pilot")
    annotations.share_note(engine, noted, True)
    assert _ranked(library) == [noted]
    assert _phrases(library) == {"note": [noted], "name": [], "table": []}

    # a document import names a new initiative (a higher id than the noted one)
    draft, r = _draft(tmp_path)
    receipt = imp.import_document(engine, imp.ImportPlan(
        draft, imp.NewInitiative(f"UK–Japan {WORD} robotics call", kind="funding_call")))
    imported = _slug_of(library, receipt.initiative_id)
    assert _ranked(library) == [imported, noted]
    assert _phrases(library) == {"note": [noted], "name": [imported], "table": []}

    # a dataset upgrade rewrites the curated initiatives' index rows
    with engine.begin() as conn:
        apply_dataset(conn, dataset)
    assert _ranked(library) == [imported, noted]
    assert _phrases(library) == {"note": [noted], "name": [imported], "table": []}

    # a table import names two more, and its undo takes them out again
    csv = gtr_csv(tmp_path, rows=f"EPSRC,EP/X000009/1,University of Oxford,Physics,{WORD.title()} "
                                 "sensing with Japanese partners,01/04/2023,31/03/2026,\"1,250,000\",\n")
    prepared = prepare(csv, gazetteer=default_gazetteer())
    rows = [row for row in prepared.rows() if not row.blocked]
    table = import_table(engine, TablePlan(prepared.table, rows, match_rows(engine, rows)))
    tabled = [_slug_of(library, i) for i in table.created]
    assert _ranked(library)[-1] == noted and set(_ranked(library)[:-1]) == {imported, *tabled}
    assert sorted(_phrases(library)["table"]) == sorted(tabled)
    undo_table_import(engine, table.id)
    assert _ranked(library) == [imported, noted]
    assert _phrases(library) == {"note": [noted], "name": [imported], "table": []}

    # the whole index rebuilt (a copy between engines, a repair)
    with engine.begin() as conn:
        search.rebuild_all(conn)
    assert _ranked(library) == [imported, noted]
    assert _phrases(library) == {"note": [noted], "name": [imported], "table": []}

    # the import undone; the note cleared
    imp.undo_import(engine, receipt.id)
    assert _ranked(library) == [noted]
    annotations.set_note(engine, noted, "")
    assert _ranked(library) == []
    assert _phrases(library) == {"note": [], "name": [], "table": []}


def _phrases(library) -> dict[str, list[str]]:
    """The initiatives found by a phrase of the note, of the imported name and of the table's
    rows, each typed whole and with its last word a prefix (PostgreSQL: from the pairs of
    adjacent words, migration 0011, which the same triggers keep), in relevance order; the
    two forms must agree. ``_ranked`` checks each one's pages and count."""
    found = {}
    for what, phrase in (("note", "zorblax pilot"), ("name", "zorblax robotics"),
                         ("table", "zorblax sensing")):
        first, last = phrase.split()
        found[what] = _ranked(library, f'"{phrase}"')
        assert _ranked(library, f"{first}-{last[:3]}*") == found[what], phrase
    return found


def _slug_of(library, initiative_id: int) -> str:
    return next(r.slug for r in library.catalog.list(limit=None) if r.id == initiative_id)


def test_an_upgraded_team_database_ranks_for_members_granted_before_the_upgrade(pg_databases, dataset):
    """A team database from before migration 0010, its members granted as the README says
    (``ON ALL TABLES``, before ``search_match`` and ``search_rank`` existed). After the owner's
    upgrade, a member who may only read counts a search from ``search_match`` and gets a page
    of one word from ``search_rank`` (their SELECT copied from the index's), and a phrase from
    ``search_match``'s pairs and ``head`` (migration 0011: nothing more to grant), and a writer's
    shared note reaches both through the triggers, which run as their owner: the writer holds
    no grant to write them."""
    from alembic import command
    from sqlalchemy import text
    from ukjp_desktop.store.database import _alembic_config, open_database
    from ukjp_desktop.store.userdb import open_library
    server = pg_databases.server
    name, url = pg_databases.new()
    lib = open_library(url, dataset=dataset)
    with lib.engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
        assert conn.execute(text("SELECT to_regclass('search_rank')")).scalar() is None
        assert conn.execute(text("SELECT to_regclass('search_match')")).scalar() is None
    lib.engine.dispose()
    grants = {"rank_reader": "SELECT", "rank_writer": "SELECT, INSERT, UPDATE, DELETE"}
    for who, what in grants.items():
        server.psql_admin(f"CREATE ROLE {who} LOGIN")
        server.psql_admin(f"GRANT {what} ON ALL TABLES IN SCHEMA public TO {who}; "
                          f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {who}", database=name)
    open_database(url).engine.dispose()            # the owner upgrades
    reader = open_library(server.url(name, user="rank_reader"))
    writer = open_library(server.url(name, user="rank_writer"), dataset=dataset)
    try:
        with writer.engine.connect() as conn:
            for table in ("search_match", "search_rank"):
                assert not conn.execute(text(f"SELECT has_table_privilege('{table}', 'INSERT')")).scalar()
        noted = writer.catalog.slugs()[5]
        annotations.set_note(writer.engine, noted, f"Ask about the {WORD} pilot")
        annotations.share_note(writer.engine, noted, True)
        for member in (reader, writer):
            page = member.catalog.list(Filter(text=WORD), sort="relevance", limit=10)
            assert [r.slug for r in page] == [noted] and member.catalog.count(Filter(text=WORD)) == 1
            # a phrase: by its pair of adjacent words, ranked in search_match (migration 0011)
            assert _ranked(member, f'"{WORD} pilot"') == [noted] == _ranked(member, f"{WORD}-pi*")
        with reader.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM search_rank WHERE lexeme = :w"),
                                {"w": WORD}).scalar() == 1
        assert _ranked(reader, "research") and _ranked(writer, "research")
    finally:
        reader.engine.dispose()
        writer.engine.dispose()
        pg_databases.drop(name)
        for who in grants:
            server.psql_admin(f"DROP ROLE {who}")
