"""What a busy worker thread does to the UI thread's table repaint, at two GIL switch intervals.

    python benchmarks/bench_table_paint.py --db <copy of the demo database> [--repeat 20]

The window is opened on the database and its results table repainted ``--repeat`` times: alone,
then beside a thread running plain Python (as the query runner's workers do while building rows
and counting facets), with CPython's default switch interval (5 ms) and with the 1 ms the
application sets (``app.make_application``). Every call from Qt into Python while the table
paints (the model's ``data()``, hundreds per repaint) must take the GIL, and may wait up to one
switch interval for the busy thread to let it go. Prints JSON: median and minimum ms per repaint."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ukjp_desktop.app import make_application, make_settings  # noqa: E402
from ukjp_desktop.store.userdb import open_library  # noqa: E402
from ukjp_desktop.ui.main_window import MainWindow  # noqa: E402

from bench_ui import pump_until  # noqa: E402


def repaints(viewport, n: int) -> dict:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        viewport.repaint()
        times.append((time.perf_counter() - t) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "min_ms": round(min(times), 1)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    make_application()
    w = MainWindow(open_library(args.db), make_settings(tempfile.mkdtemp(prefix="ukjp-bench-")))
    w.resize(1400, 860)
    w.show()
    pump_until(lambda: w.model.generation == w.runner.generation and w.model.rowCount() > 0)
    pump_until(lambda: w.browse.snapshot_s is not None, 60)
    pump_until(lambda: False, 0.3)
    viewport = w.table.viewport()
    out = {"alone": repaints(viewport, args.repeat)}
    stop = False

    def busy() -> None:
        x = 0
        while not stop:
            for i in range(1000):
                x += i
    worker = threading.Thread(target=busy)
    worker.start()
    try:
        for interval in (0.005, 0.001, 0.005, 0.001):   # alternated: the machine drifts
            sys.setswitchinterval(interval)
            out.setdefault(f"busy_worker_switch_{interval * 1000:g}ms", []).append(repaints(viewport, args.repeat))
    finally:
        stop = True
        worker.join()
    w.close()
    w.runner.wait(10000)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
