"""Row 6 of tools/torture.py: hostile import files through `ukjp-desktop import`."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import torture_inputs as inputs
from torture_common import (INTERNAL, PY, Context, Row, db_state, error_class, first_line, integrity,
                            run_measured)

# ---- row 6: hostile import files -------------------------------------------------------------

# Kinds that take tens of seconds each on current main: a few of each are enough to show it.
HEAVY = {"docx bomb: document.xml just under 50 MB", "docx bomb: core.xml 200 MB-1 GB",
         "docx large real text (10-40 MB xml)", "docx 50k-200k paragraphs", "docx deep nesting",
         "pdf flate bomb", "markdown unclosed openers", "1-2 MB single line", "html script/style/nesting bombs"}


def _import_plan(ctx: Context) -> list[str]:
    kinds = inputs.import_file_kinds()
    light = [k for k in kinds if k not in HEAVY]
    total, heavy_each = (24, 0) if ctx.quick else (500, 2)
    plan = [k for k in kinds if k in HEAVY for _ in range(heavy_each)]
    plan += [light[i % len(light)] for i in range(total - len(plan))]
    ctx.rng("import-order").shuffle(plan)
    return plan


def row_import(ctx: Context, row: Row) -> None:
    plan = _import_plan(ctx)
    files = ctx.tmp / "import-files"
    files.mkdir()
    zeros = {"internal errors": 0, "over 60 s": 0, "over 500 MB": 0,
             "database changed by a dry run or failed import": 0, "stderr not one line": 0,
             "integrity failures after a real import": 0}
    tally = {"accepted": 0, "refused": 0, "real imports": 0, "real imports stored": 0}
    peak, slowest = [0.0, ""], [0.0, ""]
    by_kind: dict[str, dict] = {}
    lock = threading.Lock()
    local = threading.local()

    def one(index: int, kind: str) -> None:
        if not hasattr(local, "db"):
            name = threading.current_thread().name.rsplit("_", 1)[-1]
            local.db, local.real = ctx.fresh_db(f"import-{name}"), ctx.fresh_db(f"import-real-{name}")
        path = inputs.make_import_file(kind, index, files, ctx.rng("import", index))
        try:
            runs = [("dry run", local.db, ["--dry-run"])]
            if index % 10 == 0:
                runs.append(("real import", local.real, []))
            for label, db, extra in runs:
                before = db_state(db)
                argv = ["-m", "ukjp_desktop", "--db", str(db), "import", str(path), *extra]
                r = run_measured([PY, *argv], ctx.env, timeout=60)
                example = f"[{kind}] python -m ukjp_desktop --db COPY import {path.name} {' '.join(extra)}".rstrip()
                found = []
                if INTERNAL.search(r["stderr"]) or r["rc"] not in (0, 1, 2) and not r["killed"]:
                    found.append(("internal errors", f"internal error ({error_class(r['stderr'])})"))
                if r["killed"] == "timeout" or r["seconds"] > 60:
                    found.append(("over 60 s", "over 60 s"))
                if r["rss_mb"] > 500 or r["killed"] == "memory":
                    found.append(("over 500 MB", "over 500 MB RSS"))
                messages = [ln for ln in r["stderr"].splitlines() if ln.strip() and not ln.startswith("notice:")]
                if not r["killed"] and len(messages) != (0 if r["rc"] == 0 else 1):
                    found.append(("stderr not one line", "stray lines on stderr" if r["rc"] == 0
                                  else "error not one line on stderr"))
                after = db_state(db)
                if (label == "dry run" or r["rc"] != 0) and after != before:
                    found.append(("database changed by a dry run or failed import", f"database changed ({label})"))
                if label == "real import" and r["rc"] == 0 and integrity(db):
                    found.append(("integrity failures after a real import", "integrity check failed"))
                with lock:
                    mine = by_kind.setdefault(kind, {"files": 0, "accepted": 0, "refused": 0, "failures": 0})
                    mine["failures"] += len(found)
                    if label == "dry run":
                        mine["files"] += 1
                        mine["accepted" if r["rc"] == 0 else "refused"] += 1
                    if label == "real import":
                        tally["real imports"] += 1
                        tally["real imports stored"] += r["rc"] == 0
                    else:
                        tally["accepted" if r["rc"] == 0 else "refused"] += 1
                    if r["rss_mb"] > peak[0]:
                        peak[:] = [r["rss_mb"], example]
                    if r["seconds"] > slowest[0]:
                        slowest[:] = [r["seconds"], example]
                    for zero, what in found:
                        zeros[zero] += 1
                        detail = (f"{r['seconds']:.1f} s, {r['rss_mb']:.0f} MB, exit {r['rc']}, "
                                  f"{len(messages)} line(s) on stderr"
                                  + (f", killed ({r['killed']})" if r["killed"] else "")
                                  + f": {first_line(r['stderr'])}")
                        row.fail(f"{kind}: {what}", f"{example} -> {detail}")
                        ctx.keep_file(path, f"{kind}-{what}")
        finally:
            path.unlink(missing_ok=True)

    plain_file = files / "plain.txt"
    plain_file.write_text(inputs.SAMPLE, encoding="utf-8")
    baseline_db = ctx.fresh_db("import-baseline")
    plain = sorted((run_measured([PY, "-m", "ukjp_desktop", "--db", str(baseline_db), "import", str(plain_file),
                                  "--dry-run"], ctx.env, timeout=60) for _ in range(3)), key=lambda r: r["seconds"])
    row.extra["baseline"] = (f"a 300-byte text file, dry run, same machine and load: {plain[1]['seconds']:.1f} s, "
                             f"{plain[1]['rss_mb']:.0f} MB")
    with ThreadPoolExecutor(max_workers=ctx.jobs, thread_name_prefix="imp") as pool:
        for f in [pool.submit(one, i, k) for i, k in enumerate(plan)]:
            f.result()
    row.counts = {"files": len(plan), "kinds": len(set(plan)), **tally,
                  "peak RSS MB": round(peak[0]), "slowest s": round(slowest[0], 1)}
    row.zeros = zeros
    row.extra["peak RSS example"] = peak[1]
    row.extra["slowest example"] = slowest[1]
    row.extra["by kind"] = dict(sorted(by_kind.items()))
    if ctx.quick:
        row.extra["kinds left out in --quick"] = sorted(HEAVY)
