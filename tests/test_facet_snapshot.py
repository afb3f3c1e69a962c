"""The in-memory facet snapshot (store/facet_snapshot.py) gives exactly the SQL path's answers.

Two catalogs over one database, one with a snapshot loaded, are asked the same questions for
random filters (every field, including tags, stars, notes and values that do not exist), on
the curated database and on a 2,000-initiative demo database. Annotations change while the
application runs: the snapshot must see them at once.
"""
from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from ukjp_desktop.core.filters import FACETS, Filter
from ukjp_desktop.core.vocab import KINDS, SIDES, STATUSES
from ukjp_desktop.store import annotations, data_version
from ukjp_desktop.store.catalog import Catalog
from ukjp_desktop.store.database import open_database
from ukjp_desktop.store.demo import COMMON_TERM, RARE_TERM, write_demo_database
from ukjp_desktop.store.facet_snapshot import FacetSnapshot, build_snapshot
from ukjp_desktop.store.models import Initiative

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
        self.terms = terms
        everything = self.sql.facets(Filter()).facets
        # plus one value that exists nowhere: it must match nothing on both paths
        self.values = {facet: sorted(v.value for v in everything[facet]) + ["no-such-value"]
                       for facet in ("sector", "organisation", "country", "tag")}


@pytest.fixture(scope="module")
def curated(tmp_path_factory, built_db, dataset):
    import shutil
    path = tmp_path_factory.mktemp("snap-curated") / "curated.sqlite"
    shutil.copyfile(built_db, path)
    opened = open_database(path)
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
    assert snap.snapshot is not None  # answered from memory, not by falling back to SQL
    return snap.count(f)


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
