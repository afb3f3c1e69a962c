"""Export of a search result at scale: seconds and peak memory, per format, in fresh processes.

    python benchmarks/bench_export.py --db build/demo-100k.sqlite [--search hydrogen]
                                      [--formats csv xlsx] [--repeat 3] [--baseline]

Each run is a child process (so its peak RSS is its own): it opens the database read-only and
writes the export of ``--search`` (the list's default order) with ``core.export.write_export``
fed by ``Catalog.details`` (batched reads, streamed). ``--baseline`` also times the way exports
read the rows before (``Catalog.detail`` once per initiative, all held in a list), in the same
run. Prints one JSON object: median seconds, peak RSS (MB), rows and initiatives per format.
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


def child(db: str, text: str, fmt: str, mode: str, out: str) -> None:
    sys.path.insert(0, str(ROOT))
    from ukjp_desktop.core.export import write_export
    from ukjp_desktop.core.filters import Filter
    from ukjp_desktop.store.catalog import Catalog
    from ukjp_desktop.store.database import open_read_only

    catalog = Catalog(open_read_only(db).engine)
    f = Filter(text=text)
    t0 = perf_counter()
    if mode == "streamed":
        details = catalog.details(f)
    else:   # how exports read before: one detail (ten queries) per initiative, all in memory
        details = [catalog.detail(r.slug) for r in catalog.list(f, limit=None)]
    count = [0]

    def counted(ds):
        for d in ds:
            count[0] += 1
            yield d
    rows = write_export(counted(details), out, fmt, {"filter": f.describe()})
    seconds = perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak_mb, "rows": rows, "initiatives": count[0],
                      "bytes": os.path.getsize(out)}))


def run(db: str, text: str, fmt: str, mode: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="ukjp-bench-export-") as tmp:
        out = str(Path(tmp) / f"export.{fmt}")
        proc = subprocess.run([sys.executable, __file__, "--child", db, text, fmt, mode, out],
                              capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:7])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--search", default="hydrogen")
    ap.add_argument("--formats", nargs="+", default=["csv", "xlsx"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--baseline", action="store_true", help="also time the per-initiative reads (slow)")
    args = ap.parse_args(argv)
    modes = ["streamed"] + (["per-initiative"] if args.baseline else [])
    result: dict = {"db": args.db, "search": args.search, "repeat": args.repeat, "results": {}}
    for fmt in args.formats:
        for mode in modes:
            runs = [run(args.db, args.search, fmt, mode) for _ in range(args.repeat if mode == "streamed" else 1)]
            result["results"][f"{fmt}/{mode}"] = {
                "seconds_median": round(statistics.median(r["seconds"] for r in runs), 2),
                "seconds": [round(r["seconds"], 2) for r in runs],
                "peak_rss_mb": round(max(r["peak_rss_mb"] for r in runs)),
                "rows": runs[0]["rows"], "initiatives": runs[0]["initiatives"], "bytes": runs[0]["bytes"]}
            print(f"{fmt}/{mode}: {result['results'][f'{fmt}/{mode}']}", file=sys.stderr)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
