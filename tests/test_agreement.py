"""The list, the facet counts and the funding aggregates come from one filter clause: prove it.

Every property runs twice: on the SQL path, and with the in-memory facet snapshot loaded
(``store/facet_snapshot.py``), which answers count, facets and the aggregates while the list
stays in SQL; so the snapshot is checked against the list, not only against itself.
"""
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ukjp_desktop.core.filters import FACETS, Filter
from ukjp_desktop.core.vocab import KINDS, SIDES, STATUSES
from ukjp_desktop.store.catalog import Catalog

pytestmark = pytest.mark.both_engines


@pytest.fixture(scope="module", params=["sql", "snapshot"])
def catalog(request, catalog):
    """The session's catalog (SQL), or a second catalog over the same database with a snapshot."""
    if request.param == "sql":
        assert catalog.snapshot is None
        yield catalog
        return
    cat = Catalog(catalog.engine)
    cat.load_snapshot()
    yield cat
    assert cat.snapshot is not None  # never silently fell back to SQL

def _values(catalog, facet):
    return sorted({v.value for v in catalog.facets(Filter(), only=(facet,)).facets[facet]})


@st.composite
def filters(draw, catalog):
    def some(values):
        return draw(st.frozensets(st.sampled_from(values), max_size=2)) if values else frozenset()
    year_from = draw(st.none() | st.integers(1980, 2026))
    year_to = draw(st.none() | st.integers(year_from or 1980, 2027))
    return Filter(
        text=draw(st.sampled_from(["", "", "", "semiconductor*", "quantum", "JST", "fund"])),
        sectors=some(_values(catalog, "sector")), kinds=some(list(KINDS)),
        statuses=some(list(STATUSES)), organisations=some(_values(catalog, "organisation")),
        countries=some(_values(catalog, "country")), sides=some(list(SIDES)),
        year_from=year_from, year_to=year_to,
        gbp_min=draw(st.none() | st.sampled_from([Decimal(0), Decimal(1_000_000), Decimal(10_000_000)])),
        bilateral_only=draw(st.booleans()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_list_facets_and_aggregates_agree(catalog, data):
    f = data.draw(filters(catalog))
    rows = catalog.list(f, limit=None)
    count = catalog.count(f)
    assert len(rows) == count

    facets = catalog.facets(f).facets
    for facet in FACETS:
        base = f.without_facet(facet)
        base_count = catalog.count(base)
        for v in facets[facet]:
            # each value's count is exactly the list you get by choosing that value
            assert v.count == catalog.count(_with(base, facet, v.value)), (facet, v)
            assert v.count <= base_count
        if facet in ("kind", "status"):  # single-valued: the counts partition the list
            assert sum(v.count for v in facets[facet]) == base_count

    totals = catalog.funding_totals(f, include_context=True)
    assert sum(totals.values(), Decimal(0)) == sum((r.total_gbp for r in rows), Decimal(0))
    assert totals.get("UK", Decimal(0)) == sum((r.uk_gbp for r in rows), Decimal(0))
    assert totals.get("Japan", Decimal(0)) == sum((r.japan_gbp for r in rows), Decimal(0))
    by_year = catalog.funding_by("year", f, include_context=True)
    assert sum((t for _y, _s, t in by_year), Decimal(0)) == sum(totals.values(), Decimal(0))


def _with(f: Filter, facet: str, value: str) -> Filter:
    from dataclasses import replace
    field = {"sector": "sectors", "kind": "kinds", "status": "statuses", "organisation": "organisations",
             "country": "countries", "side": "sides", "tag": "tags"}[facet]
    return replace(f, **{field: frozenset({value})})


def test_bilateral_only_excludes_context_money(catalog):
    everything = catalog.funding_totals(Filter(), include_context=True)
    bilateral = catalog.funding_totals(Filter(), include_context=False)
    assert sum(bilateral.values()) < sum(everything.values())
    assert sum(catalog.funding_totals(Filter(bilateral_only=True)).values()) <= sum(everything.values())


def test_facet_counts_ignore_their_own_selection(catalog):
    kinds = catalog.facets(Filter()).facets["kind"]
    assert len(kinds) >= 2
    chosen = kinds[0].value
    filtered = catalog.facets(Filter(kinds={chosen})).facets["kind"]
    assert [(v.value, v.count) for v in filtered] == [(v.value, v.count) for v in kinds]
