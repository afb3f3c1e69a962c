"""Table import at scale (issue 16: a 50,000-row sheet previews within 2 s and imports within
30 s; memory under 500 MB).

    python benchmarks/bench_table_import.py [--rows 50000] [--format xlsx|csv] [--updates 2000]

Generates a Gateway-to-Research-shaped sheet of ``--rows`` rows in a temporary folder (in a
child process, so that writing it does not count in this process's memory), builds a database
from the curated dataset beside it, then times, as the window does them: the preview
(read the first 200 rows, map, check, match), the full read with every row checked and matched,
the import (one transaction), then a second table whose first ``--updates`` rows state
other amounts (matched by identifier, imported as updates with ``supersede``; its match and
import timed, then undone), and the undo. Prints one JSON object with the seconds, the peak
resident memory of the process (``peak_rss_mb``) and the largest anonymous (heap) part seen
after any stage (``rss_anon_mb``): the rest of the resident memory is the database file mapped
by SQLite's mmap and the libraries, which the system can drop. No assertion (timings are noisy).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ukjp_desktop.core.extract.organisations import default_gazetteer  # noqa: E402
from ukjp_desktop.core.tables.prepare import PREVIEW_ROWS, prepare  # noqa: E402

HEADERS = ["FundingOrgName", "ProjectReference", "LeadROName", "Department", "Title", "StartDate",
           "EndDate", "AwardPounds", "GTRProjectUrl", "Abstract"]
FUNDERS = ["EPSRC", "BBSRC", "MRC", "NERC", "STFC", "AHRC", "ESRC", "Innovate UK"]
LEADS = ["University of Oxford", "University of Cambridge", "Imperial College London",
         "University of Edinburgh", "University of Manchester", "University College London"]


def make_rows(n: int, changed: int = 0):
    for i in range(n):
        year = 2015 + i % 10
        yield [FUNDERS[i % len(FUNDERS)], f"EP/B{i:06d}/1", LEADS[i % len(LEADS)], "Dept",
               f"Project {i} on quantum materials with Japanese partners", f"01/04/{year}",
               f"31/03/{year + 3}", f"{100_000 + (i * 7919) % 2_000_000 + (1 if i < changed else 0):,}",
               f"https://gtr.ukri.org/projects?ref=EP/B{i:06d}/1",
               "A joint project of UK and Japanese researchers. " * 3]


def write_sheet(folder: Path, n: int, fmt: str, changed: int = 0) -> Path:
    if fmt == "csv" or changed:
        import csv
        p = folder / ("gtr-changed.csv" if changed else "gtr.csv")
        with p.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(HEADERS)
            w.writerows(make_rows(changed or n, changed))
        return p
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Projects")
    ws.append(HEADERS)
    for row in make_rows(n):
        ws.append(row)
    p = folder / "gtr.xlsx"
    wb.save(p)
    return p


def anon_mb() -> int:
    return _status_mb("RssAnon:")


def _status_mb(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) // 1024
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    ap.add_argument("--updates", type=int, default=2000, help="rows of the second table (0: none)")
    ap.add_argument("--write-to", metavar="FOLDER", help=argparse.SUPPRESS)   # the child's job
    args = ap.parse_args()
    if args.write_to:
        write_sheet(Path(args.write_to), args.rows, args.format)
        if args.updates:
            write_sheet(Path(args.write_to), args.rows, args.format, changed=args.updates)
        return 0
    from ukjp_desktop.store.table_import import TablePlan, import_table, match_rows, undo_table_import
    from ukjp_desktop.store.userdb import open_library
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--rows", str(args.rows), "--format", args.format,
                        "--updates", str(args.updates), "--write-to", str(folder)], check=True)
        path = folder / f"gtr.{args.format}"
        generate = time.perf_counter() - t0
        lib = open_library(folder / "bench.sqlite")
        gaz = default_gazetteer()
        anon, hwm = [anon_mb()], [_status_mb("VmHWM:")]

        t0 = time.perf_counter()
        p = prepare(path, limit=PREVIEW_ROWS, gazetteer=gaz)
        rows = p.rows()
        match_rows(lib.engine, rows)
        preview = time.perf_counter() - t0
        anon.append(anon_mb()); hwm.append(_status_mb("VmHWM:"))
        del p, rows          # the window replaces the preview with the whole table

        t0 = time.perf_counter()
        p = prepare(path, gazetteer=gaz)
        rows = p.rows()
        matches = match_rows(lib.engine, rows)
        read_all = time.perf_counter() - t0
        anon.append(anon_mb()); hwm.append(_status_mb("VmHWM:"))

        ticks = []
        t0 = time.perf_counter()
        receipt = import_table(lib.engine, TablePlan(p.table, rows, matches),
                               progress=lambda done, total: ticks.append(done))
        write = time.perf_counter() - t0
        anon.append(anon_mb()); hwm.append(_status_mb("VmHWM:"))

        update_match = update_write = update_undo = None
        if args.updates:
            p2 = prepare(folder / "gtr-changed.csv", gazetteer=gaz)
            rows2 = p2.rows()
            t0 = time.perf_counter()
            matches2 = match_rows(lib.engine, rows2)
            update_match = time.perf_counter() - t0
            assert all(m.action == "update" for m in matches2.values()), "every changed row is an update"
            t0 = time.perf_counter()
            receipt2 = import_table(lib.engine, TablePlan(p2.table, rows2, matches2, on_conflict="supersede"))
            update_write = time.perf_counter() - t0
            t0 = time.perf_counter()
            undo_table_import(lib.engine, receipt2.id)
            update_undo = time.perf_counter() - t0
            del p2, rows2, matches2

        t0 = time.perf_counter()
        undo_table_import(lib.engine, receipt.id)
        undo = time.perf_counter() - t0
        anon.append(anon_mb()); hwm.append(_status_mb("VmHWM:"))
        lib.engine.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rows": args.rows, "format": args.format, "generate_s": round(generate, 2),
                      "preview_s": round(preview, 2), "read_check_match_s": round(read_all, 2),
                      "import_s": round(write, 2), "read_and_import_s": round(read_all + write, 2),
                      "undo_s": round(undo, 2), "progress_reports": len(ticks),
                      "updates": args.updates, "update_match_s": update_match and round(update_match, 2),
                      "update_import_s": update_write and round(update_write, 2),
                      "update_undo_s": update_undo and round(update_undo, 2),
                      "initiatives_created": len(receipt.created), "peak_rss_mb": round(peak_mb),
                      "rss_anon_mb": max(anon),
                      "peak_after_start_preview_read_import_undo_mb": hwm}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
