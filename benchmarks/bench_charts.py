"""Chart redraw latency on the 100,000-initiative demo database, through the charts themselves.

    python benchmarks/bench_charts.py [--db build/demo-100000.sqlite] [--repeat 15]

For each chart and each filter (none; one sector + a year range; a text-free narrow filter),
times with ``time.perf_counter``: (a) the data query (``chart.query()`` plus the caption's
source count), (b) the redraw (shapes, axes, legend, caption, view reset, and one paint of the
widget, offscreen). Prints median and p95 in ms per chart and filter, and the worst total
against the 100 ms target of issue 4. Does not build the database (``ukjp-desktop demo-data``).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 100.0


def _p95(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=str(ROOT / "build" / "demo-100000.sqlite"))
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    if not Path(args.db).exists():
        print(f"no database at {args.db}; build one with `ukjp-desktop demo-data --initiatives 100000 "
              f"--output {args.db}`", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from ukjp_desktop.core.filters import Filter
    from ukjp_desktop.store.catalog import Catalog
    from ukjp_desktop.store.chart_data import ChartData
    from ukjp_desktop.store.database import open_database
    from ukjp_desktop.ui.charts import CHART_KINDS, chart_class

    db = open_database(Path(args.db))
    data = ChartData(Catalog(db.engine))
    filters = {"none": Filter(),
               "sector+years": Filter(sectors={"quantum"}, year_from=2015, year_to=2024),
               "narrow": Filter(sectors={"space"}, sides={"Japan"}, year_from=2020)}
    report = {"db": args.db, "repeat": args.repeat, "charts": {}}
    worst = 0.0
    for kind in CHART_KINDS:
        chart = chart_class(kind)(data, "bench")
        chart.resize(900, 600)
        chart.show()
        report["charts"][kind] = {}
        for name, f in filters.items():
            chart.filter = f
            q_ms, r_ms = [], []
            for i in range(args.repeat + 2):   # two warm-up rounds
                t0 = perf_counter()
                chart.series = chart.query()
                chart.n_sources = data.sources_count(f)
                t1 = perf_counter()
                chart.redraw()
                chart.plot.viewport().repaint()
                app.processEvents()
                t2 = perf_counter()
                if i >= 2:
                    q_ms.append((t1 - t0) * 1000)
                    r_ms.append((t2 - t1) * 1000)
            tot = [q + r for q, r in zip(q_ms, r_ms)]
            row = {"query_median_ms": round(statistics.median(q_ms), 1), "query_p95_ms": round(_p95(q_ms), 1),
                   "redraw_median_ms": round(statistics.median(r_ms), 1), "redraw_p95_ms": round(_p95(r_ms), 1),
                   "total_median_ms": round(statistics.median(tot), 1), "total_p95_ms": round(_p95(tot), 1),
                   "shapes": len(chart.drawn_shapes())}
            worst = max(worst, row["total_median_ms"])
            report["charts"][kind][name] = row
            print(f"{kind:13} {name:13} query {row['query_median_ms']:7.1f} / {row['query_p95_ms']:7.1f} ms   "
                  f"redraw {row['redraw_median_ms']:6.1f} / {row['redraw_p95_ms']:6.1f} ms   "
                  f"total {row['total_median_ms']:7.1f} / {row['total_p95_ms']:7.1f} ms (median / p95)  "
                  f"{row['shapes']} shapes", flush=True)
        chart.close()
    report["worst_total_median_ms"] = worst
    report["meets_100ms_target"] = worst <= TARGET_MS
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
