"""The in-memory facet snapshot (store/facet_snapshot.py) gives exactly the SQL path's answers.

Two catalogs over one database, one with a snapshot loaded, are asked the same questions for
random filters (every field, including tags, stars, notes and values that do not exist), on
the curated database and on a 2,000-initiative demo database. Annotations change while the
application runs: the snapshot must see them at once.
"""
from __future__ import annotations

import threading
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, insert, select

from ukjp_desktop.core.filters import FACETS, Filter
from ukjp_desktop.core.vocab import KINDS, SIDES, STATUSES
from ukjp_desktop.store import annotations, data_version
from ukjp_desktop.store.catalog import Catalog
from ukjp_desktop.store.chart_data import ChartData
from ukjp_desktop.store.database import open_database
from ukjp_desktop.store.demo import COMMON_TERM, RARE_TERM, write_demo_database
from ukjp_desktop.store.facet_snapshot import FacetSnapshot, _top, build_snapshot
from ukjp_desktop.store.models import Initiative, Organisation

pytestmark = pytest.mark.both_engines

TAGS = ("follow-up", "briefing", "ministerial")


def _annotate(engine, slugs: list[str]) -> None:
    """Tags (one initiative with two), stars and notes on a spread of initiatives."""
    for i, slug in enumerate(slugs):
        annotations.tag(engine, slug, TAGS[i % len(TAGS)])
        if i % 4 == 0:
            annotations.tag(engine, slug, TAGS[(i + 1) % len(TAGS)])
        if i % 2 == 0:
            annotations.set_star(engine, slug, True)
        if i % 3 == 0:
            annotations.set_note(engine, slug, "discussed with the embassy team")


class Pair:
    """An SQL-only catalog and a snapshot catalog over one database, plus facet values to draw."""

    def __init__(self, engine, terms: list[str]):
        self.sql = Catalog(engine)
        self.snap = Catalog(engine)
        self.snap.load_snapshot()
        self.charts_sql, self.charts_snap = ChartData(self.sql), ChartData(self.snap)
        self.terms = terms
        everything = self.sql.facets(Filter()).facets
        # plus one value that exists nowhere: it must match nothing on both paths
        self.values = {facet: sorted(v.value for v in everything[facet]) + ["no-such-value"]
                       for facet in ("sector", "organisation", "country", "tag")}


@pytest.fixture(scope="module")
def curated(tmp_path_factory, copy_built_db, dataset):
    opened = open_database(copy_built_db(tmp_path_factory.mktemp("snap-curated")))
    slugs = Catalog(opened.engine).slugs()
    _annotate(opened.engine, slugs[::4])
    yield Pair(opened.engine, ["", "", "", "", "semiconductor*", "quantum", "JST", "embassy", "fund"])
    opened.engine.dispose()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("snap-demo") / "demo.sqlite"
    write_demo_database(path, 2000, seed=5)
    opened = open_database(path)
    slugs = Catalog(opened.engine).slugs()
    _annotate(opened.engine, slugs[::37])
    yield Pair(opened.engine, ["", "", "", "", COMMON_TERM, RARE_TERM, "embassy"])
    opened.engine.dispose()


@st.composite
def filters(draw, pair: Pair):
    # Mostly no selection per field, so that most filters still match something.
    def some(values):
        if draw(st.integers(0, 3)):
            return frozenset()
        return draw(st.frozensets(st.sampled_from(values), min_size=1, max_size=3))

    def rarely():
        return draw(st.sampled_from([False, False, False, True]))
    year_from = draw(st.none() | st.none() | st.integers(1980, 2026))
    year_to = draw(st.none() | st.none() | st.integers(year_from or 1980, 2027))
    gbp_min = draw(st.none() | st.none() | st.sampled_from([Decimal(0), Decimal(1_000_000), Decimal("2500000.50")]))
    gbp_max = draw(st.none() | st.none() | st.sampled_from([Decimal(5_000_000), Decimal(500_000_000)]))
    if gbp_min is not None and gbp_max is not None and gbp_min > gbp_max:
        gbp_min = None
    return Filter(
        text=draw(st.sampled_from(pair.terms)), sectors=some(pair.values["sector"]),
        kinds=some(list(KINDS)), statuses=some(list(STATUSES)),
        organisations=some(pair.values["organisation"]), countries=some(pair.values["country"]),
        sides=some(list(SIDES)), tags=some(pair.values["tag"]),
        year_from=year_from, year_to=year_to, gbp_min=gbp_min, gbp_max=gbp_max,
        bilateral_only=rarely(), starred=rarely(), has_note=rarely())


def _same_answers(pair: Pair, f: Filter) -> int:
    sql, snap = pair.sql, pair.snap
    assert snap.facets(f) == sql.facets(f), f
    assert snap.facets(f, only=("tag", "kind")) == sql.facets(f, only=("tag", "kind")), f
    assert snap.count(f) == sql.count(f), f
    for include_context in (True, False):
        assert snap.funding_totals(f, include_context) == sql.funding_totals(f, include_context), f
        for dimension in ("sector", "year"):
            assert snap.funding_by(dimension, f, include_context) == \
                sql.funding_by(dimension, f, include_context), (dimension, f)
    # the default-order page of a filtered list: ids chosen by the snapshot, rows by SQL
    for offset, limit in ((0, 7), (5, 3), (0, 100)):
        assert snap.list(f, limit=limit, offset=offset) == sql.list(f, limit=limit, offset=offset), f
    assert snap.list(f, sort="name", limit=5) == sql.list(f, sort="name", limit=5)
    _same_chart_answers(pair, f)
    assert snap.snapshot is not None  # answered from memory, not by falling back to SQL
    return snap.count(f)


def _same_chart_answers(pair: Pair, f: Filter) -> None:
    """Chart aggregates of store/chart_data.py: small limits make the top-N cut (and its ties,
    and the "N smaller … not shown" notes) matter on the curated data too."""
    sql, snap = pair.charts_sql, pair.charts_snap
    assert snap.sources_count(f) == sql.sources_count(f), f
    for limit in (400, 3):
        assert snap.timeline(f, limit=limit) == sql.timeline(f, limit=limit), (limit, f)
    for include_context in (True, False):
        for limit in (None, 15, 2):
            assert snap.top_organisations(f, include_context, limit) == \
                sql.top_organisations(f, include_context, limit), (include_context, limit, f)
        for limit in (20, 2):
            assert snap.uk_vs_japan_by_initiative(f, include_context, limit) == \
                sql.uk_vs_japan_by_initiative(f, include_context, limit), (include_context, limit, f)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_snapshot_matches_sql_on_curated_database(curated, data):
    n = _same_answers(curated, data.draw(filters(curated)))
    event("matches something" if n else "matches nothing")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_snapshot_matches_sql_on_demo_database(demo, data):
    n = _same_answers(demo, data.draw(filters(demo)))
    event("matches something" if n else "matches nothing")


@pytest.mark.parametrize("f", [Filter(), Filter(sectors={"quantum"}, year_from=2015),
                               Filter(kinds={"fund"}, sides={"UK", "Japan"}),
                               Filter(countries={"JP"}, bilateral_only=True)],
                         ids=["empty", "typical", "kind+side", "country+bilateral"])
def test_fixed_filters_agree_on_demo(demo, f):
    _same_answers(demo, f)
    # sanity: these are not trivially empty answers
    assert demo.snap.count(Filter()) == 2000
    assert sum(v.count for v in demo.snap.facets(f).facets["kind"]) == demo.sql.count(f.without_facet("kind"))


def test_each_facet_leaves_out_its_own_selection(demo):
    kinds = demo.snap.facets(Filter()).facets["kind"]
    chosen = Filter(kinds={kinds[0].value}, sectors={"ai"})
    counts = demo.snap.facets(chosen).facets
    assert counts["kind"] == demo.snap.facets(Filter(sectors={"ai"})).facets["kind"]
    assert counts["sector"] == demo.snap.facets(Filter(kinds={kinds[0].value})).facets["sector"]


def test_funding_sums_are_exact_pence(demo):
    totals = demo.snap.funding_totals(Filter())
    assert all(isinstance(v, Decimal) and v == v.quantize(Decimal("0.01")) for v in totals.values())
    assert totals == demo.sql.funding_totals(Filter())
    by_sector = demo.snap.funding_by("sector", Filter())
    assert {b for b, _s, _t in by_sector} <= {v.value for v in demo.sql.facets().facets["sector"]}


def test_annotations_made_after_the_snapshot_show_at_once(tmp_path, db_copy):
    opened = open_database(db_copy)
    engine = opened.engine
    cat, sql = Catalog(engine), Catalog(engine)
    snap = cat.load_snapshot()
    slugs = cat.slugs()
    assert cat.facets().facets["tag"] == []

    annotations.tag(engine, slugs[0], "new-tag")
    annotations.tag(engine, slugs[1], "new-tag")
    tags = cat.facets().facets["tag"]
    assert [(v.value, v.count) for v in tags] == [("new-tag", 2)]
    assert cat.count(Filter(tags={"new-tag"})) == 2
    assert cat.facets(Filter(tags={"new-tag"})) == sql.facets(Filter(tags={"new-tag"}))

    annotations.untag(engine, slugs[0], "new-tag")
    annotations.set_star(engine, slugs[2], True)
    annotations.set_note(engine, slugs[3], "a remark about zeppelins")
    assert [(v.value, v.count) for v in cat.facets().facets["tag"]] == [("new-tag", 1)]
    assert cat.count(Filter(starred=True)) == 1
    assert cat.count(Filter(has_note=True)) == 1
    assert cat.count(Filter(text="zeppelins")) == 1
    assert cat.funding_totals(Filter(starred=True)) == sql.funding_totals(Filter(starred=True))
    assert cat.snapshot is snap  # all of it answered by the same snapshot
    engine.dispose()


def test_a_dataset_change_retires_the_snapshot(db_copy):
    opened = open_database(db_copy)
    engine = opened.engine
    cat, sql = Catalog(engine), Catalog(engine)
    cat.load_snapshot()
    data_version.bump(engine)          # what apply_dataset does, before and after its writes
    assert cat.snapshot is None        # stale: SQL answers from now on
    assert cat.facets(Filter()) == sql.facets(Filter())
    engine.dispose()


def test_initiatives_unknown_to_the_snapshot_fall_back_to_sql(db_copy):
    """A row written behind the counter's back is noticed by id, not served wrongly."""
    opened = open_database(db_copy)
    engine = opened.engine
    cat, sql = Catalog(engine), Catalog(engine)
    cat.load_snapshot()
    with engine.begin() as conn:
        conn.execute(insert(Initiative).values(
            slug="zz-added", name="Added later", kind="programme", status="active", summary="",
            bilateral=True, origin="user", announced_year=2030, announced_sort="2030-01-01",
            uk_gbp_p=0, japan_gbp_p=0, total_gbp_p=0, n_sources=0))
    f = Filter(year_from=2030)
    assert cat.count(f) == sql.count(f) == 1
    assert cat.snapshot is None
    engine.dispose()


def test_snapshot_builds_in_a_worker_thread_and_is_read_only(curated):
    engine = curated.sql.engine
    out: list[FacetSnapshot] = []
    worker = threading.Thread(target=lambda: out.append(build_snapshot(engine)))
    worker.start()
    worker.join()
    cat = Catalog(engine)
    cat.use_snapshot(out[0])
    assert cat.facets(Filter()) == curated.sql.facets(Filter())
    with pytest.raises(ValueError):
        out[0].kind[0] = 1  # shared between threads: never written after the build
    cat.use_snapshot(None)
    assert cat.snapshot is None


def test_unknown_facet_and_dimension_are_refused_on_both_paths(curated):
    for cat in (curated.sql, curated.snap):
        with pytest.raises(ValueError):
            cat.facets(Filter(), only=("colour",))
        with pytest.raises(ValueError):
            cat.funding_by("colour", Filter())


def test_charts_answer_from_the_snapshot_without_their_sql(demo, monkeypatch):
    """With a snapshot, the chart aggregates do not run their (slow at 100k) SQL queries."""
    def refuse(*_a, **_k):
        raise AssertionError("the SQL path ran although a snapshot is loaded")
    expected = {"orgs": demo.charts_sql.top_organisations(Filter(sectors={"ai"}), True),
                "mirrored": demo.charts_sql.uk_vs_japan_by_initiative(Filter(sectors={"ai"}), True),
                "timeline": demo.charts_sql.timeline(Filter(sectors={"ai"})),
                "sources": demo.charts_sql.sources_count(Filter(sectors={"ai"}))}
    for name in ("_contributor_sums_sql", "_initiative_sums_sql", "_timeline_ids_sql",
                 "_sources_count_sql"):
        monkeypatch.setattr(demo.snap, name, refuse)
    monkeypatch.setattr(demo.snap, "funding_lines_query", refuse)
    charts = ChartData(demo.snap)
    assert charts.top_organisations(Filter(sectors={"ai"}), True) == expected["orgs"]
    assert charts.uk_vs_japan_by_initiative(Filter(sectors={"ai"}), True) == expected["mirrored"]
    assert charts.timeline(Filter(sectors={"ai"})) == expected["timeline"]
    assert charts.sources_count(Filter(sectors={"ai"})) == expected["sources"]
    # the demo has more contributors and initiatives than are drawn: the cut was exercised
    assert "smaller contributors not shown" in expected["orgs"].omitted_note
    assert "smaller initiatives not shown" in expected["mirrored"].omitted_note
    assert expected["timeline"].total_count > len(expected["timeline"].items) == 400


def test_what_the_snapshot_answers_alone_asks_the_database_nothing(curated):
    """Facet selections only: the count, the sums and the charts' aggregates come from memory
    and check out no connection. On a team database a checkout is a trip to the server: chart
    sums on the snapshot cost 7-15 ms of round trips for ~1 ms of numpy."""
    from sqlalchemy import event as sa_event
    snap, f = curated.snap, Filter(sectors={curated.values["sector"][0]})
    checkouts = []

    def count_checkout(*_args):
        checkouts.append(1)
    sa_event.listen(snap.engine, "checkout", count_checkout)
    try:
        snap.count(f)
        snap.funding_by("sector", f)
        snap.funding_by("year", f)
        snap.funding_totals(f)
        snap.initiative_sums(f, True, ("UK", "Japan"), 20)
        snap.contributor_sums(f, True, 20)
        snap.timeline_ids(f, 50)
        snap.sources_count(f)
        assert checkouts == []
        snap.count(replace(f, text="quantum"))     # the text part is the index's to answer
        assert checkouts == [1]
    finally:
        sa_event.remove(snap.engine, "checkout", count_checkout)


def test_top_keeps_order_and_ties():
    import numpy as np
    cands = np.array([3, 5, 7, 9, 11])
    totals = np.array([10, 30, 30, 20, 30])
    assert _top(cands, totals, 2).tolist() == [5, 7]             # largest, then by index
    assert _top(cands, totals, None).tolist() == [5, 7, 11, 9, 3]
    assert _top(cands, totals, 0).tolist() == []
    # with ties: every candidate equal to the last kept, in index order (callers sort by name)
    assert _top(cands, totals, 1, ties=True).tolist() == [5, 7, 11]
    assert _top(cands, totals, 4, ties=True).tolist() == [5, 7, 9, 11]


def test_snapshot_load_reads_no_large_table_row_by_row(demo, monkeypatch):
    """The build reads each large table as group_concat strings: its SQL steps run without the
    GIL and its Python work stays short (fetching 100,000 rows froze the window for 100-180 ms;
    benchmarks/bench_charts.py and docs/performance.md have the figures)."""
    from sqlalchemy.engine import cursor
    largest = [0]
    real = cursor.CursorFetchStrategy.fetchall, cursor.CursorFetchStrategy.fetchmany
    real_one = cursor.CursorFetchStrategy.fetchone

    def fetchall(self, result, dbapi_cursor):
        rows = real[0](self, result, dbapi_cursor)
        largest[0] = max(largest[0], len(rows))
        return rows

    def fetchmany(self, result, dbapi_cursor, size=None):
        rows = real[1](self, result, dbapi_cursor, size)
        largest[0] = max(largest[0], len(rows))
        return rows
    # Keyed by id() but holding the result too: a result freed during the build could
    # otherwise hand its id to the next one and their rows would be added together.
    counts: dict[int, list] = {}

    def fetchone(self, result, dbapi_cursor, hard_close=False):
        row = real_one(self, result, dbapi_cursor, hard_close)
        counts.setdefault(id(result), [result, 0])[1] += row is not None
        return row
    monkeypatch.setattr(cursor.CursorFetchStrategy, "fetchall", fetchall)
    monkeypatch.setattr(cursor.CursorFetchStrategy, "fetchmany", fetchmany)
    monkeypatch.setattr(cursor.CursorFetchStrategy, "fetchone", fetchone)
    snap = build_snapshot(demo.sql.engine)
    assert snap.n == 2000 and len(snap.line_ini) > 2000
    # rows only from the small tables: the largest read row by row is the organisations table
    biggest = max([largest[0], *(n for _result, n in counts.values())])
    with demo.sql.engine.connect() as conn:
        n_orgs = conn.execute(select(func.count()).select_from(Organisation)).scalar_one()
    assert biggest == n_orgs < 2000


def test_ties_at_the_top_n_cut_agree_with_sql(db_copy):
    """Every counted line made £1 and every initiative's total equal: contributors, initiatives
    and timeline rows tie at each cut, which random filters over real amounts rarely reach."""
    from sqlalchemy import update
    from ukjp_desktop.store.models import FundingLine
    opened = open_database(db_copy)
    engine = opened.engine
    with engine.begin() as conn:
        conn.execute(update(FundingLine).values(gbp_p=100))
        conn.execute(update(Initiative).values(total_gbp_p=500))
    sql, snap = Catalog(engine), Catalog(engine)
    snap.load_snapshot()
    charts_sql, charts_snap = ChartData(sql), ChartData(snap)
    orgs = charts_sql.top_organisations(Filter(), True, None)
    assert len({c.total for c in orgs.categories}) < len(orgs.categories) - 3   # many ties
    for f in (Filter(), Filter(sides={"UK"}), Filter(year_from=2020)):
        for limit in range(1, 8):
            assert charts_snap.top_organisations(f, True, limit) == charts_sql.top_organisations(f, True, limit)
            assert charts_snap.uk_vs_japan_by_initiative(f, False, limit) == \
                charts_sql.uk_vs_japan_by_initiative(f, False, limit)
            assert charts_snap.timeline(f, limit) == charts_sql.timeline(f, limit)
    assert snap.snapshot is not None
    engine.dispose()
