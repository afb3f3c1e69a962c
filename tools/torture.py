#!/usr/bin/env python3
"""Reliability torture test (issue 13): try to lose a write, damage a file, or get an internal
error, many times over, and print what happened as a table (``--json`` for a machine).

    python tools/torture.py                 # every row, full counts (10-20 minutes on 2 cores)
    python tools/torture.py --quick         # small counts, a couple of minutes
    python tools/torture.py --only 3,cli    # some rows, by number or key
    python tools/torture.py --seed 7 --json --keep-failures DIR

Rows (each with figures that are due to be zero; the table says PASS only when they are):
 1 kill       SIGKILL a process writing notes/stars/tags through the store, >= 200 times;
              after each kill: PRAGMA integrity_check, and every acknowledged write present
 2 concurrent 2-4 processes annotating the same initiatives for 20 s: errors, lost writes
 3 damaged    nine kinds of damaged file x five commands: refused or recovered, never written to
 4 cli        >= 1,000 fuzzed argument lists through cli.main (in a worker process) and a
              sample through real processes: internal errors, calls over 2 s
 5 search     >= 1,000 fuzzed queries through Catalog.list/count: internal errors, over 2 s
 6 import     >= 500 malformed or hostile import files, dry run (and a sample for real):
              internal errors, over 60 s, over 500 MB RSS, database changed

Every row works on a fresh copy of a database built with ``db build``, in a temporary folder
that is deleted at the end. See docs/reliability.md.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path[:0] = [str(TOOLS.parent), str(TOOLS)]

from torture_common import PY, ROOT, Context, Row  # noqa: E402
from torture_fuzz import role_cli_worker, role_search_worker, row_cli, row_search  # noqa: E402
from torture_import import row_import  # noqa: E402
from torture_store import role_annotator, role_writer, row_concurrent, row_damaged, row_kill  # noqa: E402

# ---- the run ---------------------------------------------------------------------------------

ROWS = [(1, "kill", "SIGKILL during annotation writes", row_kill),
        (2, "concurrent", "concurrent writers", row_concurrent),
        (3, "damaged", "damaged database files", row_damaged),
        (4, "cli", "fuzzed command lines", row_cli),
        (5, "search", "fuzzed search queries", row_search),
        (6, "import", "hostile import files", row_import)]


def _selected(only: list[str]) -> list[tuple]:
    if not only:
        return ROWS
    wanted = {w.strip() for o in only for w in o.split(",") if w.strip()}
    unknown = wanted - {str(r[0]) for r in ROWS} - {r[1] for r in ROWS}
    if unknown:
        raise SystemExit(f"torture: unknown row {sorted(unknown)[0]!r}; rows are "
                         + ", ".join(f"{r[0]} ({r[1]})" for r in ROWS))
    return [r for r in ROWS if str(r[0]) in wanted or r[1] in wanted]


def _figures(d: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in d.items())


def print_table(rows: list[Row], out=sys.stdout) -> None:
    import textwrap
    width = 118

    def wrapped(label: str, text: str) -> None:
        print(textwrap.fill(text, width, initial_indent=f"     {label:<10}", subsequent_indent=" " * 15,
                            break_long_words=True), file=out)
    for r in rows:
        head = f"{r.id}  {r.title} "
        tail = f" {'PASS' if r.passed else 'FAIL'} ({r.seconds:.0f} s)"
        print(head + "." * max(3, width - len(head) - len(tail)) + tail, file=out)
        wrapped("figures", _figures(r.counts))
        wrapped("due zero", _figures(r.zeros))
        for key in ("baseline",):
            if key in r.extra:
                wrapped(key, str(r.extra[key]))
        for kind, v in sorted(r.failures.items(), key=lambda kv: -kv[1]["count"]):
            wrapped(f"x {v['count']}", kind)
            wrapped("", f"e.g. {v['example']}")
        for s in r.extra.get("slowest", []):
            wrapped("slow", f"{s['seconds']:.3f} s  {s.get('query') or s.get('argv')}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="small counts: a smoke run of a couple of minutes")
    p.add_argument("--only", action="append", default=[], metavar="ROW",
                   help="row numbers or keys (kill, concurrent, damaged, cli, search, import); repeatable")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    p.add_argument("--json-file", metavar="FILE", help="also write the JSON report to FILE")
    p.add_argument("--jobs", type=int, default=1, help="import files run at once (row 6)")
    p.add_argument("--keep-failures", metavar="DIR", help="copy one input file per failure kind here")
    p.add_argument("--role", help=argparse.SUPPRESS)
    p.add_argument("role_args", nargs="*", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.role:
        roles = {"annotator": role_annotator, "writer": role_writer, "cli-worker": role_cli_worker,
                 "search-worker": role_search_worker}
        roles[args.role](*args.role_args)
        return 0
    selected = _selected(args.only)
    tmp = Path(tempfile.mkdtemp(prefix="ukjp-torture-"))
    try:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
                   UKJP_DB=str(tmp / "user-data" / "ukjp.sqlite"), QT_QPA_PLATFORM="offscreen",
                   PYTHONDONTWRITEBYTECODE="1")
        base = tmp / "base.sqlite"
        built = subprocess.run([PY, "-m", "ukjp_desktop", "db", "build", "--output", str(base)],
                               capture_output=True, text=True, env=env, timeout=600)
        if built.returncode != 0:
            print(f"torture: could not build the database: {built.stderr.strip()}", file=sys.stderr)
            return 2
        with sqlite3.connect(base) as con:
            slugs = [r[0] for r in con.execute("SELECT slug FROM initiatives ORDER BY slug")]
        ctx = Context(tmp, base, args.quick, args.seed, max(1, args.jobs),
                      Path(args.keep_failures) if args.keep_failures else None, env, slugs)
        results = []
        for rid, key, title, fn in selected:
            row = Row(rid, key, title)
            t0 = time.perf_counter()
            fn(ctx, row)
            row.seconds = time.perf_counter() - t0
            results.append(row)
            print(f"[{time.strftime('%H:%M:%S')}] row {rid} ({key}) done in {row.seconds:.0f} s",
                  file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    ok = all(r.passed for r in results)
    report = {"seed": args.seed, "quick": args.quick, "pass": ok, "rows": [r.as_json() for r in results]}
    if args.json_file:
        Path(args.json_file).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print_table(results)
        print(f"\n{'all zeros where zeros are due' if ok else 'FAILURES: see the rows marked FAIL'} "
              f"(seed {args.seed}{', quick' if args.quick else ''})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
