"""Facet counts reach the filter panel a few facets per event-loop turn (the window paints in
between, issue 14), and only the latest result is shown: one superseded half-way is never
finished over the newer one, and the panel ends with every facet of the newer one."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.ui.browse import controller as controller_module
from ukjp_desktop.ui.query_runner import FacetResult


def _shown(w) -> dict[str, list[str]]:
    return {facet: [fl.item(i).text() for i in range(fl.count())]
            for facet, fl in w.browse.filter_panel.lists.items()}


def _result(w, f: Filter) -> FacetResult:
    w.runner.facet_generation += 1   # as a request would: the newest generation
    return FacetResult(w.runner.facet_generation, f, w.catalog.facets(f), {"UK": Decimal(0)}, 1.0)


def test_facets_are_shown_in_slices_and_only_the_latest(qtbot, window, monkeypatch):
    w = window
    monkeypatch.setattr(controller_module, "FACET_SLICE_S", -1.0)   # one facet per turn
    applied = []
    w.browse.facetsApplied.connect(lambda: applied.append(1))
    before = _shown(w)
    old = _result(w, Filter(sectors={"quantum"}))
    w.runner.facetsReady.emit(old)
    QCoreApplication.processEvents()     # the result lands, and its first slice at most
    assert w.browse.facets_pending
    halfway = _shown(w)
    assert halfway != _shown_of(w, old) and applied == []
    new = _result(w, Filter(year_from=2020))
    w.runner.facetsReady.emit(new)
    qtbot.waitUntil(lambda: not w.browse.facets_pending, timeout=20000)
    assert applied == [1], "the superseded result never reports itself applied"
    assert _shown(w) == _shown_of(w, new)
    assert before != _shown(w)


def _shown_of(w, res: FacetResult) -> dict[str, list[str]]:
    """What the panel shows for ``res`` when it is applied at once (the reference)."""
    from ukjp_desktop.ui.browse.filter_panel import FilterPanel
    panel = FilterPanel()
    panel.set_filter(w.state.filter)
    panel.set_counts(res.facets)
    out = {facet: [fl.item(i).text() for i in range(fl.count())] for facet, fl in panel.lists.items()}
    panel.deleteLater()
    return out
