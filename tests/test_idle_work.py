"""Work the window does ahead, in idle turns after its first paint, so that no later action
pays for it at once (issue 14, UI-thread stalls): start-up's objects frozen out of the garbage
collector's full passes (``ui/gc_freeze.py``), the charts panel and its current chart built
hidden, without asking for data, once no query has been asked or has run for a while."""
from __future__ import annotations

import gc

from ui_window import open_window

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.ui import gc_freeze
from ukjp_desktop.ui.charts import window_charts


def test_each_phase_freezes_once_until_a_thaw():
    gc_freeze.thaw()
    assert gc.get_freeze_count() == 0
    assert gc_freeze.freeze_once("start-up")
    frozen = gc.get_freeze_count()
    assert frozen > 1000                       # the modules, at least
    made_since = [[] for _ in range(10_000)]   # tracked containers a second freeze would take
    assert not gc_freeze.freeze_once("start-up")
    # A second call of the phase freezes nothing more. Frozen objects whose last reference goes
    # (another thread's) still leave the count, so it may fall a little; it must not take the
    # ten thousand lists made since (half of them is far more than a few objects dying meanwhile).
    assert gc.get_freeze_count() < frozen + len(made_since) // 2
    assert gc_freeze.freeze_once("chart modules")
    gc_freeze.thaw()                           # a database switch: everything collectable again
    assert gc.get_freeze_count() == 0
    assert gc_freeze.freeze_once("start-up")   # and the next window's phases freeze again
    gc_freeze.thaw()


def test_the_charts_are_built_ahead_hidden_and_ask_for_data_only_when_shown(qtbot, library, tmp_path):
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    qtbot.waitUntil(lambda: w.charts.panel is not None and bool(w.charts.panel.charts), timeout=30000)
    panel = w.charts.panel
    chart = panel.current_chart()
    assert panel.isHidden() and not w.charts.is_visible()
    assert chart.series is None and chart.pending is None and not panel.busy   # nothing queried
    assert list(panel.charts) == [chart.kind]  # the other tabs wait until they are shown
    assert w.runner.quiet_for(window_charts.IDLE_S)   # built while nothing was asked or running

    f = Filter(sectors={"quantum"})
    w.browse.set_filter(f)                      # a hidden chart does not follow the filter...
    qtbot.waitUntil(lambda: w.model.generation == w.runner.generation, timeout=15000)
    assert chart.pending is None and chart.series is None

    w.charts.set_visible(True)                  # ...and catches up when shown
    assert panel.current_chart() is chart       # the one built ahead, not a new one
    qtbot.waitUntil(lambda: chart.series is not None and not panel.busy, timeout=15000)
    assert chart.filter == f and chart.drawn_shapes()
    assert w.charts.button.isChecked()
    w.close()


def test_nothing_is_built_ahead_while_queries_keep_coming(qtbot, library, tmp_path, monkeypatch):
    """A user ticking and typing without pause: the charts wait (their ~25 ms slices would
    land in the middle of the results)."""
    # Well above the 100 ms between filters: a loaded machine can hold this thread for a
    # second between two of them, and the charts would then rightly be built.
    monkeypatch.setattr(window_charts, "IDLE_S", 3.0)
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    for i in range(30):                           # a new filter every 100 ms for 3 s
        w.browse.set_filter(Filter(year_from=2000 + i % 20))
        qtbot.wait(100)
        assert w.charts.panel is None, i
    qtbot.waitUntil(lambda: w.charts.panel is not None and bool(w.charts.panel.charts), timeout=30000)
    w.close()
