"""How the window feels at scale: time to results and the longest UI-thread stall per action.

    python benchmarks/bench_ui.py --db build/demo-100000.sqlite [--repeat 5]

A 5 ms heartbeat timer runs on the UI thread; the longest gap between two beats while an action
is in flight is the longest the window was frozen. Prints one JSON object with medians."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from ukjp_desktop.app import make_application, make_settings  # noqa: E402
from ukjp_desktop.core.filters import Filter  # noqa: E402
from ukjp_desktop.store.userdb import open_library  # noqa: E402
from ukjp_desktop.ui.main_window import MainWindow  # noqa: E402


class Heartbeat:
    def __init__(self):
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self):
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self):
        self.last = time.perf_counter()
        self.worst = 0.0


def pump_until(cond, timeout=60.0):
    end = time.perf_counter() + timeout
    while time.perf_counter() < end and not cond():
        QCoreApplication.processEvents()
        time.sleep(0.0005)


def measure(w: MainWindow, hb: Heartbeat, action) -> tuple[float, float]:
    """(ms until the list and facets of the action are applied, worst UI stall in ms)."""
    lists, facets = w.runner.generation, w.runner.facet_generation
    hb.reset()
    t = time.perf_counter()
    action()
    pump_until(lambda: w.runner.generation > lists and w.model.generation == w.runner.generation)
    pump_until(lambda: w.runner.facet_generation > facets and not w.runner._pool.activeThreadCount())
    QCoreApplication.processEvents()
    return (time.perf_counter() - t) * 1000, hb.worst * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    make_application()
    lib = open_library(args.db)
    settings = make_settings(tempfile.mkdtemp(prefix="ukjp-bench-"))
    t0 = time.perf_counter()
    w = MainWindow(lib, settings)
    w.resize(1400, 860)
    w.show()
    pump_until(lambda: w.model.generation == w.runner.generation and w.model.rowCount() > 0)
    first_list_s = time.perf_counter() - t0
    hb = Heartbeat()
    pump_until(lambda: w.browse.snapshot_s is not None, 60)
    snapshot_s = w.browse.snapshot_s
    # Snapshot loading ran beside the UI: how long was the window frozen meanwhile?
    stall_during_load_ms = hb.worst * 1000

    top = w.catalog.facets(Filter()).facets
    s1, s2 = top["sector"][0].value, top["sector"][1].value
    k1 = top["kind"][0].value
    actions = {
        "facet: one sector": lambda: w.browse.set_filter(Filter(sectors={s1})),
        "facet: + second sector": lambda: w.browse.set_filter(Filter(sectors={s1, s2})),
        "facet: + kind": lambda: w.browse.set_filter(Filter(sectors={s1, s2}, kinds={k1})),
        "years since 2015": lambda: w.browse.set_filter(Filter(sectors={s1}, year_from=2015)),
        "search: common word": lambda: w.browse.set_filter(Filter(text="research")),
        "search: rare word": lambda: w.browse.set_filter(Filter(text="safety")),
        "search + facet": lambda: w.browse.set_filter(Filter(text="research", sectors={s1})),
        "clear all": lambda: w.browse.set_filter(Filter()),
    }
    out: dict = {"initiatives": w.browse.total_all, "first_list_s": round(first_list_s, 3),
                 "snapshot_load_s": round(snapshot_s or -1, 2),
                 "worst_ui_stall_while_snapshot_loads_ms": round(stall_during_load_ms, 1), "actions": {}}
    for name, act in actions.items():
        lat, stall = [], []
        for _ in range(args.repeat):
            w.browse.set_filter(Filter(kinds={k1}))  # start each repeat from another state
            pump_until(lambda: w.model.generation == w.runner.generation and not w.runner._pool.activeThreadCount())
            a, b = measure(w, hb, act)
            lat.append(a)
            stall.append(b)
        out["actions"][name] = {"results_ms_median": round(statistics.median(lat), 1),
                                "worst_ui_stall_ms": round(max(stall), 1)}
    # Scrolling far down: a page is fetched in the background while "…" rows show.
    hb.reset()
    w.browse.set_filter(Filter())
    pump_until(lambda: w.model.generation == w.runner.generation)
    t = time.perf_counter()
    w.table.scrollTo(w.model.index(w.model.rowCount() // 2, 0))
    pump_until(lambda: w.model.row_record(w.model.rowCount() // 2) is not None)
    out["scroll_to_middle"] = {"page_ms": round((time.perf_counter() - t) * 1000, 1),
                               "worst_ui_stall_ms": round(hb.worst * 1000, 1)}
    # Selecting rows: the detail is read in a worker; the pane is built on the UI thread.
    shown, lat, stall = [], [], []
    w.details.detailApplied.connect(shown.append)
    for row in range(3, 3 + 2 * args.repeat):
        hb.reset()
        t = time.perf_counter()
        n = len(shown)
        w.browse.select_row(row)
        pump_until(lambda: len(shown) > n, 10)
        lat.append((time.perf_counter() - t) * 1000)
        stall.append(hb.worst * 1000)
    out["select_row"] = {"detail_shown_ms_median": round(statistics.median(lat), 1),
                         "first_ms": round(lat[0], 1), "worst_ui_stall_ms": round(max(stall), 1)}
    print(json.dumps(out, indent=2))
    w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
