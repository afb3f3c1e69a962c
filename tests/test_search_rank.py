"""Relevance order on both engines: a name match before a passing mention, whoever wrote the
text. SQLite ranks with FTS5's bm25; PostgreSQL with ``ts_rank`` over ``search_index.head``,
the name, summary and shared notes that PostgreSQL derives from the index's words (migration
0009). Every writer of the index is exercised: a broken ``head`` on PostgreSQL would put the
later (higher-id) name match after the earlier note, or last."""
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
    return [r.slug for r in library.catalog.list(Filter(text=query), sort="relevance", limit=None)]


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


def test_every_writer_of_the_index_keeps_the_relevance_order(library, tmp_path, dataset):
    engine = library.engine
    noted = library.catalog.slugs()[3]
    # a note the member shares: in the shared index, weighted below a name
    annotations.set_note(engine, noted, f"Ask about the {WORD} pilot")
    annotations.share_note(engine, noted, True)
    assert _ranked(library) == [noted]

    # a document import names a new initiative (a higher id than the noted one)
    draft, r = _draft(tmp_path)
    receipt = imp.import_document(engine, imp.ImportPlan(
        draft, imp.NewInitiative(f"UK–Japan {WORD} robotics call", kind="funding_call")))
    imported = _slug_of(library, receipt.initiative_id)
    assert _ranked(library) == [imported, noted]

    # a dataset upgrade rewrites the curated initiatives' index rows
    with engine.begin() as conn:
        apply_dataset(conn, dataset)
    assert _ranked(library) == [imported, noted]

    # a table import names two more, and its undo takes them out again
    csv = gtr_csv(tmp_path, rows=f"EPSRC,EP/X000009/1,University of Oxford,Physics,{WORD.title()} "
                                 "sensing with Japanese partners,01/04/2023,31/03/2026,\"1,250,000\",\n")
    prepared = prepare(csv, gazetteer=default_gazetteer())
    rows = [row for row in prepared.rows() if not row.blocked]
    table = import_table(engine, TablePlan(prepared.table, rows, match_rows(engine, rows)))
    tabled = [_slug_of(library, i) for i in table.created]
    assert _ranked(library)[-1] == noted and set(_ranked(library)[:-1]) == {imported, *tabled}
    undo_table_import(engine, table.id)
    assert _ranked(library) == [imported, noted]

    # the whole index rebuilt (a copy between engines, a repair)
    with engine.begin() as conn:
        search.rebuild_all(conn)
    assert _ranked(library) == [imported, noted]

    # the import undone; the note cleared
    imp.undo_import(engine, receipt.id)
    assert _ranked(library) == [noted]
    annotations.set_note(engine, noted, "")
    assert _ranked(library) == []


def _slug_of(library, initiative_id: int) -> str:
    return next(r.slug for r in library.catalog.list(limit=None) if r.id == initiative_id)
