import sqlite3

import pytest
from sqlalchemy.exc import DBAPIError

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.core.search_syntax import SearchSyntaxError, parse_query
from ukjp_desktop.store import annotations

pytestmark = pytest.mark.both_engines


@pytest.mark.parametrize("query, fts", [
    ("quantum", '"quantum"'),
    ("quant*", '"quant"*'),
    ('"science and technology"', '"science and technology"'),
    ("semiconductor OR quantum", '"semiconductor" OR "quantum"'),
    ("JST NOT EPSRC", '"JST" NOT "EPSRC"'),
    ("UK-Japan", '"UK-Japan"'),
    ('say "hello', '"say" AND "hello"'),           # unbalanced quote: rest is a phrase
    ("AND quantum", '"quantum"'),                   # lone leading operator dropped
    ("quantum OR", '"quantum"'),
    ('col:umn^ (x)', '"col:umn^" AND "(x)"'),        # FTS5 syntax characters are literal
])
def test_queries_become_safe_fts(query, fts):
    assert parse_query(query).fts == fts


@pytest.mark.parametrize("query", ["AND", "*", "  ", '""', "OR NOT", "***", '"'])
def test_nothing_to_search_is_a_clear_message(query):
    with pytest.raises(SearchSyntaxError) as err:
        parse_query(query)
    assert "Nothing to search for" in str(err.value)


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(", "a:b", "x AND", "^start", "(((", "-x",
                                  "'single", "quantum*", "𝔘𝔎", "日本"])
def test_malformed_queries_never_raise_sqlite_errors(catalog, query):
    try:
        rows = catalog.list(Filter(text=query), sort="relevance", limit=5)
    except SearchSyntaxError:
        return
    except (sqlite3.Error, DBAPIError) as exc:  # pragma: no cover - the failure we guard against
        pytest.fail(f"{query!r} reached the database as syntax: {exc}")
    assert isinstance(rows, list)


def test_prefix_search_finds_word_forms(catalog):
    exact = {r.slug for r in catalog.list(Filter(text="semiconductors"), limit=None)}
    prefix = {r.slug for r in catalog.list(Filter(text="semiconductor*"), limit=None)}
    assert exact and exact <= prefix


def test_phrase_search_is_stricter_than_words(catalog):
    words = catalog.count(Filter(text="science technology"))
    phrase = catalog.count(Filter(text='"science and technology"'))
    assert 0 < phrase <= words


def test_relevance_ranks_name_matches_first_with_snippets(catalog):
    rows = catalog.list(Filter(text="quantum"), sort="relevance", limit=10)
    assert rows, "the curated data mentions quantum"
    assert "quantum" in rows[0].name.lower()
    assert all(r.snippet and "[" in r.snippet and "]" in r.snippet for r in rows)


def test_notes_are_searchable_and_leave_with_the_note(library):
    slug = library.catalog.list(limit=1)[0].slug
    assert library.catalog.count(Filter(text="zyxwvut")) == 0
    annotations.set_note(library.engine, slug, "Follow up zyxwvut with the embassy")
    assert [r.slug for r in library.catalog.list(Filter(text="zyxwvut"))] == [slug]
    annotations.set_note(library.engine, slug, "")
    assert library.catalog.count(Filter(text="zyxwvut")) == 0


def test_a_search_with_too_many_terms_is_refused_with_a_message(catalog):
    """200 one-letter prefixes OR'ed took 2.1 s (400: 10 s) in FTS5's snippet(); a person's
    search never needs more than 32 terms, so more are refused in words, before SQLite."""
    from ukjp_desktop.core.search_syntax import MAX_TERMS
    ok = " OR ".join(f"{chr(97 + i % 26)}*" for i in range(MAX_TERMS))
    assert len(parse_query(ok).terms) == MAX_TERMS
    too_many = " OR ".join(f"{chr(97 + i % 26)}*" for i in range(200))
    with pytest.raises(SearchSyntaxError, match="200 terms; at most 32"):
        catalog.list(Filter(text=too_many), limit=5)


@pytest.mark.parametrize("query, words", [("caf\udce9", "not valid text"), ("a\x00b", None)])
def test_surrogates_and_control_characters_never_reach_sqlite(catalog, query, words):
    """Found by tools/torture.py: a lone surrogate raised UnicodeEncodeError and a NUL ended
    FTS5's string ('unterminated string')."""
    if words:
        with pytest.raises(SearchSyntaxError, match=words):
            catalog.list(Filter(text=query), sort="relevance", limit=5)
    else:
        assert parse_query(query).terms == ("a", "b")
        catalog.list(Filter(text=query), sort="relevance", limit=5)
        catalog.count(Filter(text=query))


@pytest.mark.parametrize("query, split", [
    ('"quantum sensing"', ("", "'quantum sensing'")),
    ("quantum-sens*", ("", "'quantum sens':*")),
    ('"São Paulo" Meeting', ("'meeting'", "'sao paulo'")),
    ('"a b" "c d" e*', ("'e':*", "'a b' & 'c d'")),
    # three words: the pairs narrow, the positions decide
    ('"science and technology"',
     ("('science' <-> 'and' <-> 'technology')", "'science and' & 'and technology'")),
    ("science-and-tech*", ("('science' <-> 'and' <-> 'tech':*)", "'science and' & 'and tech':*")),
    # a word of 255 characters or more is cut in the index: its pairs are not looked up
    (f'"{"u" * 255} tail"', None),
    (f'"{"u" * 254} tail"', ("", f"'{'u' * 254} tail'")),
    (f'"{"u" * 255} tail end"', (f"('{'u' * 255}' <-> 'tail' <-> 'end')", "'tail end'")),
    # not every term required, or no phrase: the whole query on the words' index
    ('"quantum sensing" OR metrology', None),
    ('"quantum sensing" NOT metrology', None),
    ("quantum sensing", None),
    ("quant*", None),
])
def test_a_phrase_is_split_into_pairs_of_adjacent_words_for_postgresql(query, split):
    from ukjp_desktop.core.search_tokens import phrase_pairs
    parsed = parse_query(query)
    assert phrase_pairs(parsed.terms, parsed.prefixes, parsed.tsquery) == split
