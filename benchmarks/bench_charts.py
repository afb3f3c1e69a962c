"""Chart redraw latency after a filter change, on the 100,000-initiative demo database.

    python benchmarks/bench_charts.py [--db build/demo-100000.sqlite] [--repeat 15] [--sql]

What is timed is what the window does when the filter changes: ``ChartsPanel.set_filter`` on
the visible chart (its query, the caption's source count, shapes, axes, legend, caption, view
reset), then one synchronous paint of the plot, offscreen. Each chart (and the per-initiative
variant of UK vs Japan) is timed for: no filter, one sector, a full-text search term, and one
sector with a year range. The chart is put back to a different filter between runs so every run
re-queries, as a real filter change does.

The application loads the in-memory facet snapshot in the background once the list is shown;
the charts are timed with it loaded (the state the window is in a few seconds after opening),
and with ``--sql`` also without it (the command line's path, and the window's first seconds).

Prints one line per chart and filter (median / p95 of the total, and of the query part timed
separately) and a JSON report; the target of issue 4 is 100 ms. Not a timed test: run it by
hand (``make bench``). The database is opened read-only (nothing is written to it).
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
WARMUP = 2


def _p95(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def _read_only_engine(path: Path):
    """An engine over ``path`` that cannot write (benchmarks must not alter the demo file)."""
    import sqlite3

    from sqlalchemy import create_engine
    uri = f"{path.resolve().as_uri()}?mode=ro"

    def connect():
        con = sqlite3.connect(uri, uri=True, check_same_thread=False)
        # The application's read settings (store/database.make_engine): 64 MB cache, mmap.
        con.execute("PRAGMA cache_size = -65536")
        con.execute("PRAGMA mmap_size = 1073741824")
        return con
    return create_engine("sqlite://", creator=connect)


def run(panel, app, variants, filters, repeat: int) -> dict:
    from ukjp_desktop.core.filters import Filter
    from ukjp_desktop.ui.charts import CHART_KINDS
    elsewhere = Filter(text="__bench_elsewhere__")   # any filter other than the timed one
    out: dict = {}
    for label, kind, options in variants:
        panel.tabs.setCurrentIndex(CHART_KINDS.index(kind))
        chart = panel.chart(kind)
        if options:
            chart.options.update(options)
            chart.sync_option_widgets()
        out[label] = {}
        for name, f in filters.items():
            totals, queries = [], []
            for i in range(repeat + WARMUP):
                chart.filter = elsewhere          # so that set_filter re-queries (a real change)
                panel.filter = elsewhere
                t0 = perf_counter()
                panel.set_filter(f)
                # the chart's data arrive from the query runner's chart worker
                while panel.busy or chart.filter != f:
                    app.processEvents()
                chart.plot.viewport().repaint()
                app.processEvents()
                t1 = perf_counter()
                # the data part alone, for the breakdown
                series = chart.query(chart.data, f, chart.include_context, dict(chart.query_options()))
                t2 = perf_counter()
                if i >= WARMUP:
                    totals.append((t1 - t0) * 1000)
                    queries.append((t2 - t1) * 1000)
            row = {"total_median_ms": round(statistics.median(totals), 1),
                   "total_p95_ms": round(_p95(totals), 1),
                   "query_median_ms": round(statistics.median(queries), 1),
                   "query_p95_ms": round(_p95(queries), 1),
                   "shapes": len(chart.drawn_shapes()),
                   "categories": len(getattr(series, "categories", getattr(series, "items", ())))}
            out[label][name] = row
            print(f"  {label:24} {name:14} total {row['total_median_ms']:7.1f} / {row['total_p95_ms']:7.1f} ms"
                  f"   query {row['query_median_ms']:7.1f} / {row['query_p95_ms']:7.1f} ms"
                  f"   {row['shapes']:4} shapes", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=str(ROOT / "build" / "demo-100000.sqlite"))
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--sql", action="store_true", help="also time the SQL path (no snapshot)")
    args = ap.parse_args()
    path = Path(args.db)
    if not path.exists():
        print(f"no database at {path}; build one with `ukjp-desktop demo-data --initiatives 100000 "
              f"--output {path}`", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from ukjp_desktop.core.filters import Filter
    from ukjp_desktop.store.catalog import Catalog
    from ukjp_desktop.store.demo import COMMON_TERM
    from ukjp_desktop.ui.charts.panel import ChartsPanel

    from ukjp_desktop.store.database import head_revision, inspect_revision
    if inspect_revision(path) != head_revision():
        print(f"{path} has schema {inspect_revision(path)}, this code needs {head_revision()}: open a copy "
              f"once with the application (`ukjp-desktop --db COPY list`) to migrate it, and pass --db COPY",
              file=sys.stderr)
        return 1
    engine = _read_only_engine(path)
    catalog = Catalog(engine)
    filters = {"none": Filter(),
               "sector": Filter(sectors={"quantum"}),
               "search": Filter(text=COMMON_TERM),
               "sector+years": Filter(sectors={"quantum"}, year_from=2015, year_to=2024)}
    variants = [("sector", "sector", None), ("year", "year", {"cumulative": True}),
                ("uk-vs-japan (sector)", "uk-vs-japan", {"by": "sector"}),
                ("uk-vs-japan (initiative)", "uk-vs-japan", {"by": "initiative"}),
                ("timeline", "timeline", None), ("organisation", "organisation", None)]
    panel = ChartsPanel(catalog, "bench")
    panel.resize(1000, 650)
    panel.show()
    app.processEvents()
    report: dict = {"db": str(path), "repeat": args.repeat, "target_ms": TARGET_MS}
    if args.sql:
        print("SQL path (no snapshot): median / p95", flush=True)
        report["sql"] = run(panel, app, variants, filters, args.repeat)
    t = perf_counter()
    snap = catalog.load_snapshot()
    report["snapshot_load_s"] = round(perf_counter() - t, 2)
    print(f"snapshot loaded in {report['snapshot_load_s']} s ({snap.load_seconds:.2f} s inside the build)")
    print("snapshot path (the window once loaded): median / p95", flush=True)
    report["snapshot"] = run(panel, app, variants, filters, args.repeat)
    worst = max(r["total_median_ms"] for chart in report["snapshot"].values() for r in chart.values())
    worst_p95 = max(r["total_p95_ms"] for chart in report["snapshot"].values() for r in chart.values())
    report["worst_total_median_ms"] = worst
    report["worst_total_p95_ms"] = worst_p95
    report["meets_100ms_target"] = worst <= TARGET_MS
    print(f"worst median {worst} ms, worst p95 {worst_p95} ms: "
          f"{'meets' if worst <= TARGET_MS else 'misses'} the {TARGET_MS:.0f} ms target")
    print(json.dumps(report))
    panel.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
