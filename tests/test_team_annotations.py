"""Private and shared notes, personal and team-wide stars and tags, and the filters "mine /
the team's" (issue 17), with two members on one database: two roles on PostgreSQL, two user
names on SQLite. The list, the facets and the aggregates agree for them as for anything else,
on the SQL path and the snapshot path."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ukjp_desktop.core.filter_codec import filter_from_json, filter_to_json
from ukjp_desktop.core.filters import FACETS, WHOSE, Filter, FilterError
from ukjp_desktop.store import annotations as ann
from ukjp_desktop.store.annotations import AnnotationError, NoteConflict
from ukjp_desktop.store.catalog import Catalog

pytestmark = pytest.mark.both_engines


@pytest.fixture
def team(members):
    alice, bob = members.lib("alice"), members.lib("bob")
    s = alice.catalog.slugs()[:10]
    with members.as_("alice"):
        ann.set_note(alice.engine, s[0], "zebra private to alice")
        ann.set_note(alice.engine, s[1], "giraffe shared by alice")
        ann.share_note(alice.engine, s[1], True)
        ann.set_star(alice.engine, s[2], True)
        ann.set_star(alice.engine, s[3], True, team=True)
        ann.tag(alice.engine, s[4], "focus")
        ann.tag(alice.engine, s[4], "focus", team=True)
        ann.tag(alice.engine, s[5], "focus", team=True)
    with members.as_("bob"):
        ann.set_note(bob.engine, s[6], "okapi private to bob")
        ann.set_star(bob.engine, s[7], True)
        ann.tag(bob.engine, s[8], "focus")
        ann.tag(bob.engine, s[9], "bobs own")
    return members, s


def _slugs(members, who, **kw):
    with members.as_(who) as lib:
        return set(lib.catalog.slugs(Filter(**kw)))


def test_each_member_sees_their_own_and_the_teams(team):
    m, s = team
    expect = {
        "alice": {("has_note", "mine"): {s[0], s[1]}, ("has_note", "team"): {s[1]},
                  ("has_note", "all"): {s[0], s[1]},
                  ("starred", "mine"): {s[2]}, ("starred", "team"): {s[3]}, ("starred", "all"): {s[2], s[3]}},
        "bob": {("has_note", "mine"): {s[6]}, ("has_note", "team"): {s[1]}, ("has_note", "all"): {s[1], s[6]},
                ("starred", "mine"): {s[7]}, ("starred", "team"): {s[3]}, ("starred", "all"): {s[3], s[7]}},
    }
    for who, cases in expect.items():
        for (what, whose), slugs in cases.items():
            assert _slugs(m, who, **{what: True}, whose=whose) == slugs, (who, what, whose)
    assert _slugs(m, "alice", tags={"focus"}, whose="mine") == {s[4]}
    assert _slugs(m, "alice", tags={"focus"}, whose="team") == {s[4], s[5]}
    assert _slugs(m, "bob", tags={"focus"}) == {s[4], s[5], s[8]}
    assert _slugs(m, "alice", tags={"bobs own"}) == set()
    with m.as_("alice") as alice:
        tags = {v.value: v.count for v in alice.catalog.facets(Filter()).facets["tag"]}
        assert tags == {"focus": 2}          # yours and the team's on one initiative count once
        assert dict((t, n) for t, _c, n in ann.tags(alice.engine))["bobs own"] == 0
        d = alice.catalog.detail(s[4]).annotation
        assert d.tags == ("focus",) and d.team_tags == ("focus",)
        assert alice.catalog.detail(s[3]).annotation.team_starred
        row = {r.slug: r for r in alice.catalog.list(Filter(starred=True))}
        assert row[s[2]].starred and row[s[3]].starred          # the list's star: yours or the team's
    with m.as_("bob") as bob:
        d = bob.catalog.detail(s[1]).annotation                  # alice's shared note, with its author
        assert d.note == "" and [(n.author, n.note) for n in d.team_notes] == [("alice", "giraffe shared by alice")]
        assert bob.catalog.detail(s[0]).annotation.team_notes == ()   # her private one: nothing


def test_search_never_finds_another_members_private_note(team):
    m, s = team
    assert _slugs(m, "alice", text="zebra") == {s[0]} and _slugs(m, "bob", text="zebra") == set()
    assert _slugs(m, "bob", text="okapi") == {s[6]} and _slugs(m, "alice", text="okapi") == set()
    for who in ("alice", "bob"):
        assert _slugs(m, who, text="giraffe") == {s[1]}
    with m.as_("alice") as alice:                  # made private again: hers alone to find
        ann.share_note(alice.engine, s[1], False)
        ranked = [r.slug for r in alice.catalog.list(Filter(text="giraffe OR zebra"), sort="relevance")]
        assert sorted(ranked) == sorted([s[0], s[1]])
    assert _slugs(m, "bob", text="giraffe") == set()
    with m.as_("bob") as bob:                      # and when shared again, the team's
        assert bob.catalog.count(Filter(text="giraffe")) == 0
    with m.as_("alice") as alice:
        ann.share_note(alice.engine, s[1], True)
    assert _slugs(m, "bob", text="giraffe") == {s[1]}


def test_relevance_order_puts_a_private_note_match_after_the_shared_index(team):
    m, s = team
    with m.as_("alice") as alice:
        public = set(alice.catalog.slugs(Filter(text="quantum")))
        assert len(public) >= 2
        target = next(slug for slug in alice.catalog.slugs() if slug not in public)
        ann.set_note(alice.engine, target, "quantum, privately")
        rows = alice.catalog.list(Filter(text="quantum"), sort="relevance", limit=None)
        assert rows[-1].slug == target and {r.slug for r in rows} == public | {target}
        assert len(rows) == alice.catalog.count(Filter(text="quantum"))
        page = alice.catalog.list(Filter(text="quantum"), sort="relevance", limit=2, offset=len(rows) - 2)
        assert [r.slug for r in page] == [r.slug for r in rows[-2:]]


def test_a_search_alone_is_counted_from_the_index_once_per_initiative(team):
    """A search with no other filter is counted from the indexes alone (not joined to
    ``initiatives``): an initiative the shared index and the viewer's private note both match
    counts once, one only the note matches counts too, another member's note not at all."""
    m, s = team
    with m.as_("alice") as alice:
        shared = alice.catalog.slugs(Filter(text="quantum"))
        outside = next(slug for slug in alice.catalog.slugs() if slug not in shared)
        ann.set_note(alice.engine, shared[0], "quantum again, privately")
        assert alice.catalog.count(Filter(text="quantum")) == len(shared)
        ann.set_note(alice.engine, outside, "quantum, privately")
        assert alice.catalog.count(Filter(text="quantum")) == len(shared) + 1 \
            == len(alice.catalog.slugs(Filter(text="quantum")))
    with m.as_("bob") as bob:
        assert bob.catalog.count(Filter(text="quantum")) == len(shared)


def test_a_private_note_match_keeps_to_the_filter_and_its_place_in_either_order(team):
    """The private-note branch of the ranked page (one statement with the shared matches) is
    restricted by the rest of the filter like them, comes first when the worst come first,
    and the snapshot's id set of the search (one statement too) counts it."""
    m, s = team
    with m.as_("alice") as alice:
        public = set(alice.catalog.slugs(Filter(text="quantum")))
        outside = [slug for slug in alice.catalog.slugs() if slug not in public]
        kinds = {slug: alice.catalog.detail(slug).kind for slug in outside[:40]}
        target = next(iter(kinds))
        other_kind = next(k for k in kinds.values() if k != kinds[target])
        ann.set_note(alice.engine, target, "quantum, privately")
        same = Filter(text="quantum", kinds=frozenset({kinds[target]}))
        other = Filter(text="quantum", kinds=frozenset({other_kind}))
        best = [r.slug for r in alice.catalog.list(same, sort="relevance", limit=None)]
        worst = [r.slug for r in alice.catalog.list(same, sort="relevance", descending=False, limit=None)]
        assert best[-1] == target and worst[0] == target and sorted(best) == sorted(worst)
        assert target not in {r.slug for r in alice.catalog.list(other, sort="relevance", limit=None)}
        assert worst[:1] == [r.slug for r in alice.catalog.list(same, sort="relevance", descending=False, limit=1)]
        snap = Catalog(alice.engine)
        snap.load_snapshot()
        for f in (Filter(text="quantum"), same, other):
            assert snap.count(f) == alice.catalog.count(f) == len(alice.catalog.slugs(f))
    with m.as_("bob") as bob:                      # not his note: not his match
        assert target not in bob.catalog.slugs(Filter(text="quantum"))


def test_a_search_is_few_statements(team):
    """On a server every statement is a round trip: the snapshot's count of a search is one
    statement, and a page by relevance two (the page's ids, then its rows with the texts of
    their snippets); SQLite makes FTS5's snippets in a third, in process. On PostgreSQL a word
    the statistics hold as common is counted between the two statements that keep it on the
    index (``engines._through_the_index``); any other word is not."""
    from sqlalchemy import event as sa_event

    from ukjp_desktop.store import engines
    m, _s = team
    with m.as_("alice") as alice:
        common = rare = "quantum"
        if m.kind == "postgresql":
            m.server.psql_admin("ANALYZE search_match", database=str(m.target).rsplit("/", 1)[1])
            with engines.for_reading(alice.engine).connect() as conn:
                freqs = engines._CommonWords._frequencies(conn)
            common = max(freqs, key=freqs.get)
            rare = min((w for w in freqs if w.isalpha() and len(w) > 3), key=freqs.get)
            assert freqs[common] >= engines._CommonWords.COMMON > freqs[rare]
        cat = Catalog(alice.engine)
        cat.load_snapshot()
        sent = []

        def record(_conn, _cursor, statement, *_args):
            sent.append(statement)
        sa_event.listen(alice.engine, "before_cursor_execute", record)
        try:
            assert cat.count(Filter(text=rare)) > 0
            assert len(sent) == 1
            sent.clear()
            assert cat.count(Filter(text=common)) > 0
            if m.kind == "postgresql":
                assert sent[0] == "SET enable_seqscan = off" and sent[-1] == "RESET enable_seqscan"
                sent[:] = sent[1:-1]
            assert len(sent) == 1
            sent.clear()
            rows = cat.list(Filter(text="quantum"), sort="relevance")
            assert rows and all(r.snippet and "[" in r.snippet for r in rows)
            assert len(sent) == (2 if m.kind == "postgresql" else 3)
        finally:
            sa_event.remove(alice.engine, "before_cursor_execute", record)


def test_a_failed_search_leaves_its_connection_as_it_found_it(team):
    """The setting that keeps a search on its index is the session's (reads run in
    autocommit): a statement that fails inside must not leave it on the pooled connection."""
    from sqlalchemy.exc import DBAPIError

    from ukjp_desktop.store import engines
    m, _s = team
    with m.as_("alice") as alice:
        with engines.for_reading(alice.engine).connect() as conn:   # as the catalog reads
            with pytest.raises(DBAPIError):
                with engines._through_the_index(conn):
                    conn.exec_driver_sql("SELECT * FROM no_such_table")
            if m.kind == "postgresql":
                assert conn.exec_driver_sql("SHOW enable_seqscan").scalar() == "on"
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1   # and it is still usable


def test_a_private_note_is_its_owners_and_a_shared_one_the_teams(team):
    m, s = team
    with m.as_("bob") as bob:
        with pytest.raises(AnnotationError, match="no shared note"):
            ann.set_note(bob.engine, s[0], "bob writes over alice's private note", owner="alice")
        ann.set_note(bob.engine, s[1], "giraffe, corrected by bob", owner="alice",
                     expected="giraffe shared by alice")
    with m.as_("alice") as alice:
        a = alice.catalog.detail(s[1]).annotation
        assert a.note == "giraffe, corrected by bob" and a.updated_by == "bob"
        assert alice.catalog.detail(s[0]).annotation.note == "zebra private to alice"


def test_a_colleague_editing_a_shared_note_since_you_read_it_is_a_conflict(team):
    """Two connections as two members: the second save is refused with the other text."""
    m, s = team
    with m.as_("alice") as alice:
        read = alice.catalog.detail(s[1]).annotation.note
    with m.as_("bob") as bob:
        ann.set_note(bob.engine, s[1], read + "\nbob adds a line", owner="alice", expected=read)
    with m.as_("alice") as alice:
        with pytest.raises(NoteConflict) as err:
            ann.set_note(alice.engine, s[1], read + "\nalice adds hers", expected=read)
        assert err.value.theirs == read + "\nbob adds a line" and err.value.by == "bob"
        assert alice.catalog.detail(s[1]).annotation.note == read + "\nbob adds a line"


def test_whose_is_saved_with_a_view_and_checked():
    f = Filter(starred=True, whose="team")
    assert filter_from_json(filter_to_json(f)) == f and "the team's" in f.describe()
    with pytest.raises(FilterError, match="unknown owner"):
        Filter(whose="everyone")


@st.composite
def _filters(draw, tag_names):
    return Filter(
        text=draw(st.sampled_from(["", "", "giraffe", "zebra", "okapi", "fund"])),
        kinds=draw(st.frozensets(st.sampled_from(["programme", "partnership", "fund"]), max_size=1)),
        tags=draw(st.frozensets(st.sampled_from(tag_names), max_size=2)),
        starred=draw(st.booleans()), has_note=draw(st.booleans()),
        whose=draw(st.sampled_from(WHOSE)),
        gbp_min=draw(st.none() | st.just(Decimal(1_000_000))))


@pytest.mark.parametrize("path", ["sql", "snapshot"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_list_facets_and_aggregates_agree_for_each_member(team, path, data):
    m, _s = team
    who = data.draw(st.sampled_from(["alice", "bob"]))
    f = data.draw(_filters(["focus", "bobs own"]))
    with m.as_(who) as lib:
        catalog = lib.catalog
        if path == "snapshot":
            catalog = Catalog(lib.engine)
            catalog.load_snapshot()
        rows = catalog.list(f, limit=None)
        assert len(rows) == catalog.count(f)
        facets = catalog.facets(f).facets
        for facet in FACETS:
            base = f.without_facet(facet)
            for v in facets[facet]:
                assert v.count == catalog.count(_with(base, facet, v.value)), (who, facet, v)
        totals = catalog.funding_totals(f)
        assert sum(totals.values(), Decimal(0)) == sum((r.total_gbp for r in rows), Decimal(0))
        if path == "snapshot":
            assert catalog.snapshot is not None


def _with(f, facet, value):
    from dataclasses import replace
    field = {"sector": "sectors", "kind": "kinds", "status": "statuses", "organisation": "organisations",
             "country": "countries", "side": "sides", "tag": "tags"}[facet]
    return replace(f, **{field: frozenset({value})})
