"""Superseded queries can be cancelled; whole initiatives read in batches equal those read one
by one; a list page is the same whichever way its ids are picked."""
import threading

import pytest

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store import details
from ukjp_desktop.store.catalog import CancelToken, QueryCancelled

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def test_a_cancelled_token_refuses_new_queries(catalog):
    token = CancelToken()
    token.cancel()
    with pytest.raises(QueryCancelled):
        with catalog.cancellable(token):
            catalog.list(Filter(text="quantum"), sort="relevance")
    assert catalog.count(Filter(text="quantum")) > 0   # other work is not affected


def test_cancel_interrupts_a_running_query(catalog):
    token, outcome, started = CancelToken(), [], threading.Event()

    def run():
        try:
            with catalog.cancellable(token):
                with catalog.engine.connect() as conn:
                    started.set()
                    conn.exec_driver_sql(ENDLESS).scalar()
            outcome.append("finished")
        except QueryCancelled:
            outcome.append("cancelled")

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    assert started.wait(10)
    for _ in range(600):   # at most ~30 s: without cancelling the query never ends
        token.cancel()      # again, in case the first call came between two statements
        worker.join(0.05)
        if not worker.is_alive():
            break
    assert outcome == ["cancelled"]
    # the pooled connection is usable afterwards, and queries outside a token run as usual
    assert catalog.count() == len(catalog.slugs())


def test_a_token_only_stops_its_own_thread(catalog):
    token = CancelToken()
    with catalog.cancellable(token):
        rows = catalog.list(Filter(), limit=5)
    token.cancel()
    assert len(catalog.list(Filter(), limit=5)) == len(rows) == 5


@pytest.mark.parametrize("f, sort", [(Filter(), "announced"), (Filter(text="research"), "relevance"),
                                     (Filter(text="quantum", kinds=frozenset({"programme"})), "relevance"),
                                     (Filter(), "name")])
def test_batched_details_equal_details_read_one_by_one(catalog, f, sort):
    one_by_one = [catalog.detail(r.slug) for r in catalog.list(f, sort=sort, limit=None)]
    assert one_by_one or f.kinds
    assert list(catalog.details(f, sort=sort)) == one_by_one
    ids = [d.id for d in one_by_one]
    with catalog.engine.connect() as conn:   # batches smaller than the list, and an unknown id
        assert list(details.iter_details(conn, ids + [10**9], batch=3)) == one_by_one


def test_relevance_pages_follow_one_order(catalog):
    f = Filter(text="research")
    whole = [r.slug for r in catalog.list(f, sort="relevance", limit=None)]
    paged = [r.slug for off in range(0, len(whole), 7) for r in catalog.list(f, sort="relevance", limit=7, offset=off)]
    assert paged == whole and len(whole) == catalog.count(f)
    worst_first = [r.slug for r in catalog.list(f, sort="relevance", descending=False, limit=None)]
    assert sorted(worst_first) == sorted(whole) and worst_first != whole


def test_a_restricted_ranked_page_runs_the_full_text_query_once(catalog):
    """FTS5 takes "rowid IN (list)" as a rowid constraint and re-runs the MATCH once per id
    (a sector of 41,000 initiatives made a search wait minutes at 100k): the plan must scan
    the index once (FTS5 plan "M", not "=M") and filter the ids afterwards."""
    from ukjp_desktop.core.search_syntax import parse_query
    from ukjp_desktop.store import search
    from ukjp_desktop.store.filtering import filtered_ids
    stmt = search.ranked_page(parse_query("research"), filtered_ids(Filter(kinds=frozenset({"programme"}))),
                              best_first=True, limit=10, offset=0)
    with catalog.engine.connect() as conn:
        compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
        plan = " | ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
    assert "VIRTUAL TABLE INDEX 0:M" in plan and "0:=" not in plan, plan


def test_the_private_notes_branch_of_a_restricted_ranked_page_starts_from_the_notes(catalog):
    """The viewer's own private notes are a second branch of the ranked page; restricted by the
    filter's ids it must start from the few matching notes (by slug), not probe every id of the
    filter by primary key (22,000 probes for one kind at 100k: ~12 ms on every filtered search)."""
    from ukjp_desktop.core.search_syntax import parse_query
    from ukjp_desktop.store import search
    from ukjp_desktop.store.filtering import filtered_ids
    stmt = search.ranked_page(parse_query("research"), filtered_ids(Filter(kinds=frozenset({"programme"}))),
                              best_first=True, limit=10, offset=0)
    with catalog.engine.connect() as conn:
        compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
        plan = [r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
    noted = [step for step in plan if " noted " in f" {step} "]
    assert noted and all("(slug=?)" in step for step in noted), plan
