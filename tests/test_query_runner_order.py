"""The charts' queries run after the list and facet queries asked before them (within a cap),
so that three workers do not take the GIL from the UI thread applying the list."""
from __future__ import annotations

import contextlib
import threading
import time
from decimal import Decimal

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.core.records import FacetCounts
from ukjp_desktop.ui import query_runner
from ukjp_desktop.ui.query_runner import QueryRunner


class SlowCatalog:
    """A catalog whose list answers when ``release`` is set; it records when things ran."""

    def __init__(self):
        self.release = threading.Event()
        self.events: list[tuple[str, float]] = []

    @contextlib.contextmanager
    def cancellable(self, _token):
        yield

    def list(self, *_a, **_k):
        self.release.wait(10)
        self.events.append(("list done", time.monotonic()))
        return []

    def count(self, _f):
        return 0

    def contains(self, _f, _slug):
        return False

    def facets(self, _f):
        return FacetCounts(facets={})

    def funding_totals(self, _f, include_context=True):
        return {"UK": Decimal(0)}


def _work(catalog):
    def run():
        catalog.events.append(("work", time.monotonic()))
        return 1
    return run


@contextlib.contextmanager
def _runner(catalog):
    runner = QueryRunner(catalog)
    try:
        yield runner
    finally:              # the list answers and every worker ends before the runner goes
        catalog.release.set()
        runner.wait()


def _list_then_chart(runner, catalog, done: list) -> float:
    """A list asked, then a chart's work (results into ``done``); when the work was asked."""
    runner.workReady.connect(done.append)
    runner.request(Filter(), "announced", True)
    asked = time.monotonic()
    runner.request_work("chart", _work(catalog))
    return asked


def test_chart_work_waits_for_the_list_asked_before_it(qtbot, monkeypatch):
    # The cap (0.15 s) could pass while a loaded machine runs the checks below, and the work
    # would rightly start: make it long, so only the list ending lets the work go.
    monkeypatch.setattr(query_runner, "LISTS_FIRST_S", 30.0)
    catalog = SlowCatalog()
    done = []
    with _runner(catalog) as runner:
        _list_then_chart(runner, catalog, done)
        time.sleep(0.05)                   # the list is still running: the work has not started
        assert [e for e, _ in catalog.events] == []
        catalog.release.set()
        qtbot.waitUntil(lambda: bool(done), timeout=20000)
        assert [e for e, _ in catalog.events] == ["list done", "work"]
        assert done[0].value == 1


def test_chart_work_does_not_wait_longer_than_its_cap(qtbot):
    catalog = SlowCatalog()
    done = []
    with _runner(catalog) as runner:
        asked = _list_then_chart(runner, catalog, done)
        qtbot.waitUntil(lambda: bool(done), timeout=20000)  # the list never answers by itself
        (event, at), = catalog.events
        assert event == "work" and at - asked >= query_runner.LISTS_FIRST_S * 0.9


def test_finished_and_dropped_queries_leave_nothing_to_wait_for(qtbot):
    catalog = SlowCatalog()
    lists = []
    with _runner(catalog) as runner:
        runner.listReady.connect(lists.append)
        runner.request(Filter(), "announced", True)
        catalog.release.set()
        qtbot.waitUntil(lambda: bool(lists), timeout=20000)
        runner.wait()
        assert runner._lists_running == 0       # a later chart query starts at once
        catalog.release.clear()
        runner.request(Filter(), "announced", True)
        runner.shutdown(0)                        # closing: what was queued never runs
        assert runner._lists_running == 0
