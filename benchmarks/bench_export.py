"""Export of a search result at scale: seconds and peak memory, per format, in fresh processes.

    python benchmarks/bench_export.py --db build/demo-100k.sqlite [--search hydrogen]
                                      [--formats csv xlsx] [--repeat 3] [--before DIR]

Each run is a child process (so its peak RSS is its own): it opens the database read-only and
writes the export of ``--search`` in the list's default order, as File > Export list and the
command line's ``export`` do. ``--before DIR`` also times the code in DIR (a checkout of an
earlier commit, e.g. ``git archive main | tar -x -C DIR``) in the same run, its runs alternating
with this checkout's so that both see the same load. Prints one JSON object: per format and
code, the median and every run's seconds, the peak RSS (MB), rows, initiatives and bytes, with
the load average before and after as the run's context.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parents[1]


def child(code: str, db: str, text: str, fmt: str, out: str) -> None:
    sys.path.insert(0, code)
    from ukjp_desktop.core import export
    from ukjp_desktop.core.filters import Filter
    from ukjp_desktop.store.catalog import Catalog
    from ukjp_desktop.store.database import open_read_only

    catalog = Catalog(open_read_only(db).engine)
    f = Filter(text=text)
    meta = {"filter": f.describe()}
    count = [0]
    t0 = perf_counter()
    if fmt == "json" and hasattr(export, "write_json"):
        rows = export.write_json(catalog.details(f), out, meta)
        count[0] = rows
    elif hasattr(export, "write_table"):     # flat rows in batches (store/export_rows.py)
        def counted(batches):
            for b in batches:
                count[0] += b.initiatives
                yield b
        rows = export.write_table(counted(catalog.export_rows(f)), out, fmt, meta)
    else:                                    # code before it: whole records for every format
        def counted(details):
            for d in details:
                count[0] += 1
                yield d
        rows = export.write_export(counted(catalog.details(f)), out, fmt, meta)
    seconds = perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak_mb, "rows": rows, "initiatives": count[0],
                      "bytes": os.path.getsize(out)}))


def run(code: str, db: str, text: str, fmt: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="ukjp-bench-export-") as tmp:
        out = str(Path(tmp) / f"export.{fmt}")
        proc = subprocess.run([sys.executable, __file__, "--child", code, db, text, fmt, out],
                              capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def summary(runs: list[dict]) -> dict:
    return {"seconds_median": round(statistics.median(r["seconds"] for r in runs), 2),
            "seconds": [round(r["seconds"], 2) for r in runs],
            "peak_rss_mb": round(max(r["peak_rss_mb"] for r in runs)),
            "rows": runs[0]["rows"], "initiatives": runs[0]["initiatives"], "bytes": runs[0]["bytes"]}


def main(argv=None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:7])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--search", default="hydrogen")
    ap.add_argument("--formats", nargs="+", default=["csv", "xlsx"], choices=("csv", "xlsx", "json"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--before", metavar="DIR", help="also time the code in DIR, in the same run")
    args = ap.parse_args(argv)
    codes = {"after": str(ROOT)}
    if args.before:
        codes = {"before": str(Path(args.before).resolve()), **codes}
    result: dict = {"db": args.db, "search": args.search, "repeat": args.repeat,
                    "load_before": [round(x, 2) for x in os.getloadavg()], "results": {}}
    for fmt in args.formats:
        runs: dict[str, list[dict]] = {name: [] for name in codes}
        for _ in range(args.repeat):
            for name, code in codes.items():
                runs[name].append(run(code, args.db, args.search, fmt))
        for name in codes:
            result["results"][f"{fmt}/{name}"] = summary(runs[name])
            print(f"{fmt}/{name}: {result['results'][f'{fmt}/{name}']}", file=sys.stderr)
    result["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
