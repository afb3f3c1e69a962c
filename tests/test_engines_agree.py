"""Search finds the same initiatives on SQLite (FTS5) and on PostgreSQL (tsvector), and the
PostgreSQL index splits text into the words FTS5 does (core/search_tokens.py)."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ukjp_desktop.core import fts_tables
from ukjp_desktop.core.filters import Filter
from ukjp_desktop.core.search_syntax import SearchSyntaxError
from ukjp_desktop.core.search_tokens import snippet, words
from ukjp_desktop.store import annotations
from ukjp_desktop.store.userdb import open_library

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import make_fts_tables  # noqa: E402

NOTES = {0: "Café Müller naïve RÉSUMÉ of the São Paulo Ångström meeting",
         1: "東京 talks; the 5.2% figure and COVID-19 follow-up (UK–Japan)",
         2: "Straße and ﬁnance ligatures, İstanbul, ŒUVRE",
         # words of 255 characters or more: PostgreSQL's index of pairs cuts them (migration 0011)
         3: f"{'ü' * 300} tail end; {'y' * 254} zed; {'w' * 255} wick"}


def test_the_fts_tables_are_this_sqlites():
    """If SQLite's tokenizer changes, the generated tables must be regenerated."""
    separators, fold = make_fts_tables.probe()
    assert tuple(separators) == fts_tables.SEPARATORS
    assert fold == fts_tables.FOLD


_FTS = sqlite3.connect(":memory:")
_FTS.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
_FTS.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")


def _fts5_words(text: str) -> list[str]:
    _FTS.execute("DELETE FROM t")
    _FTS.execute("INSERT INTO t(rowid, x) VALUES (1, ?)", (text,))
    return [r[0] for r in _FTS.execute("SELECT term FROM v ORDER BY offset")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZé É-_.'’ 5,9ßŒﬁİı東京\u0301\t…–\"&|!:*()<>")), max_size=40))
def test_words_are_split_and_folded_as_fts5_does(text):
    assert [w for _s, _e, w in words(text)] == _fts5_words(text)


def _snippet_word_by_word(fields, terms, tokens):
    """The PostgreSQL snippet as first written (every word of every field with its offsets,
    ~70 ms a page): what ``search_tokens.snippet``, which splits in C, must still give."""
    wanted = []
    for term, prefix in terms:
        ws = [w for _s, _e, w in words(term)]
        wanted += [(w, prefix and i == len(ws) - 1) for i, w in enumerate(ws)]
    if not wanted:
        return None
    best = None
    for text in fields:
        ws = words(text)
        hits = [i for i, (_s, _e, w) in enumerate(ws)
                if any(w.startswith(x) if p else w == x for x, p in wanted)]
        if hits and (best is None or len(hits) > len(best[2])):
            best = (text, ws, hits)
    if best is None:
        return None
    text, ws, hits = best
    first = max(0, min(hits[0], len(ws) - tokens))
    out, cursor = [], ws[first][0]
    for i, (s, e, _w) in enumerate(ws[first:first + tokens], start=first):
        out += [text[cursor:s], f"[{text[s:e]}]" if i in hits else text[s:e]]
        cursor = e
    return ("…" if first else "") + "".join(out) + ("…" if first + tokens < len(ws) else "")


_TEXT = st.text(alphabet=st.sampled_from(list("aZé É-_.'’ 5,9ßŒﬁİı東京\u0301\t…–\"&|!:*()<>")),
                max_size=60)
# words that fold to nothing (a lone accent) or are too long for an index entry shift the word
# positions of the quick split: those must be noticed
_WORDS = ["a", "é", "E", "\u0301", "ß", "ss", "東京", "a" * 600, "x-y", "5.2", "Ab"]
_FIELD = _TEXT | st.lists(st.sampled_from(_WORDS), max_size=30).map(" … ".join) \
    | st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(fields=st.lists(_FIELD, min_size=1, max_size=4),
       terms=st.lists(st.tuples(_TEXT | st.sampled_from(_WORDS), st.booleans()), min_size=1, max_size=2),
       tokens=st.integers(1, 6))
def test_the_snippet_marks_the_words_fts5_would(fields, terms, tokens):
    assert snippet(fields, terms, tokens) == _snippet_word_by_word(fields, terms, tokens)


@pytest.fixture(scope="module")
def both(tmp_path_factory, copy_built_db, pg_databases, built_db, dataset):
    """A catalog on each engine over the curated data, with the same accented notes."""
    sqlite_lib = open_library(copy_built_db(tmp_path_factory.mktemp("agree")), dataset=dataset)
    name, url = pg_databases.new(template=None)
    pg_lib = open_library(url, dataset=dataset)
    slugs = sqlite_lib.catalog.slugs()
    for lib in (sqlite_lib, pg_lib):
        assert lib.catalog.slugs() == slugs
        for i, note in NOTES.items():
            annotations.set_note(lib.engine, slugs[i * 7], note)
    yield sqlite_lib.catalog, pg_lib.catalog
    sqlite_lib.engine.dispose()
    pg_lib.engine.dispose()


def _found(catalog, query):
    try:
        return {r.slug for r in catalog.list(Filter(text=query), limit=None)}
    except SearchSyntaxError as exc:
        return str(exc)


@pytest.mark.parametrize("query", [
    "quantum", "Quantum", "QUANT*", "semiconductor*", "semi*", '"science and technology"',
    '"science and"', "JST NOT EPSRC", "quantum OR semiconductor", "quantum AND JST",
    "quantum semiconductor OR fund NOT JST", "UK-Japan", '"UK–Japan"', "uk japan", "Japan*",
    "cafe", "CAFÉ", "muller", "Müll*", "naive", "resume", "résumé*", "sao paulo", '"São Paulo"',
    "angstrom", "東京", "5.2", "5", "covid-19", "COVID*", "strasse", "straße", "finance", "ﬁ*",
    "istanbul", "œuvre", "oeuvre", "__", "x NOT __", "fund NOT", "NOT fund", "a*", "zz*",
    # phrases (PostgreSQL: by pairs of adjacent words when every term is required), with
    # accents, prefixes, other terms, three words, and words too long for a whole pair
    '"São Paulo" meeting', '"sao paulo ångström"', "sao-pau*", "SÃO-P*", '"paulo sao"',
    '"science and technology" japan', "science-tech*", '"japan science" OR quantum',
    '"uk japan" NOT quantum', "uk-jap* fund*", '"meeting café"', "naive-res*",
    f'"{"u" * 300} tail"', f'"{"u" * 300}x tail"', f'{"u" * 300}-ta*', f'"{"y" * 254} zed"',
    f'"{"y" * 253} zed"', f'{"y" * 254}-z*', f'"{"w" * 255} wick"', f'"{"w" * 254} wick"',
])
def test_search_finds_the_same_initiatives_on_both_engines(both, query):
    sqlite_catalog, pg_catalog = both
    assert _found(pg_catalog, query) == _found(sqlite_catalog, query)


def test_a_phrase_never_spans_two_fields_on_either_engine(both):
    """The last word of a name and the first of its summary are not a phrase (FTS5's columns;
    on PostgreSQL a gap in the positions, which the pairs of adjacent words keep)."""
    sqlite_catalog, pg_catalog = both
    spanning = 0
    for row in sqlite_catalog.list(Filter(), limit=40):
        d = sqlite_catalog.detail(row.slug)
        name, summary = words(d.name), words(d.summary or "")
        if not name or not summary:
            continue
        phrase = f'"{name[-1][2]} {summary[0][2]}"'
        found = _found(sqlite_catalog, phrase)
        assert _found(pg_catalog, phrase) == found, phrase
        spanning += row.slug not in found
    assert spanning, "some name and summary meet without being a phrase of either"


def test_notes_with_accents_are_found_without_them(both):
    for catalog in both:
        assert len(_found(catalog, "cafe muller")) == 1
        assert len(_found(catalog, "ISTANBUL")) == 1


_VOCAB = ["quantum", "research", "japan", "uk", "fund", "science", "technology", "jst", "epsrc",
          "innovation", "semiconductor", "partnership", "call", "agreement", "café", "müller"]


@st.composite
def queries(draw):
    parts = []
    for i in range(draw(st.integers(1, 4))):
        if i:
            parts.append(draw(st.sampled_from(["", "AND", "OR", "NOT"])))
        word = draw(st.sampled_from(_VOCAB))
        if draw(st.booleans()):
            word = word.upper() if draw(st.booleans()) else word.capitalize()
        kind = draw(st.sampled_from(["word", "prefix", "phrase"]))
        if kind == "prefix":
            word = word[:draw(st.integers(1, len(word)))] + "*"
        elif kind == "phrase":
            word = f'"{word} {draw(st.sampled_from(_VOCAB))}"'
        parts.append(word)
    return " ".join(p for p in parts if p)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries())
def test_random_searches_agree(both, query):
    sqlite_catalog, pg_catalog = both
    assert _found(pg_catalog, query) == _found(sqlite_catalog, query)


def test_relevance_puts_name_matches_first_on_both(both):
    for catalog in both:
        rows = catalog.list(Filter(text="quantum"), sort="relevance", limit=5)
        assert "quantum" in rows[0].name.lower()
        assert all(r.snippet and "[" in r.snippet for r in rows)
