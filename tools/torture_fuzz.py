"""Rows 4-5 of tools/torture.py: fuzzed command lines and fuzzed searches, run in worker
processes so that a crash or a hang costs one case."""
from __future__ import annotations

import contextlib
import io
import re
import sqlite3
import subprocess
import sys
import time
import traceback
from pathlib import Path

import torture_inputs as inputs
from torture_common import (INTERNAL, PY, ROOT, Context, Row, Worker, error_class, exception_kind, first_line,
                            run_measured, short, worker_loop)

# ---- row 4: fuzzed command lines -------------------------------------------------------------

def role_cli_worker() -> None:
    """Run ``ukjp_desktop.cli.main(argv)`` for each case, output captured as the real streams
    would encode it (stdout strict UTF-8, stderr backslashreplace)."""
    import warnings
    from ukjp_desktop import cli
    warnings.simplefilter("always")       # as in a fresh process: every warning is shown
    windows = []

    def no_window(args):                  # the window and the self-test are not on trial here
        windows.append(1)
        print("[the window would open]")
        return 0
    if hasattr(getattr(cli, "app", None), "run_window"):     # cli is a package (cli/app.py)
        cli.app.run_window = cli.app.run_self_test = no_window
    else:                                                     # cli.py of old
        cli._window = cli._self_test = no_window
    where = Path(cli.__file__).relative_to(ROOT)

    def handle(case):
        if case is None:
            return {"ready": True, "main": f"{cli.__name__}.main ({where})"}
        out_b, err_b = io.BytesIO(), io.BytesIO()
        out = io.TextIOWrapper(out_b, encoding="utf-8", errors="strict", write_through=True)
        err = io.TextIOWrapper(err_b, encoding="utf-8", errors="backslashreplace", write_through=True)
        t0 = time.perf_counter()
        rc, exc_text = None, ""
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = cli.main(case["argv"])
            except SystemExit as exc:
                rc = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                if isinstance(exc.code, str):
                    print(exc.code, file=sys.stderr)
            except BaseException:         # noqa: BLE001 - what escapes main is the finding
                exc_text = traceback.format_exc()
        seconds = time.perf_counter() - t0
        return {"rc": rc, "seconds": seconds, "stderr": err_b.getvalue().decode("utf-8", "replace")[-4000:],
                "escaped": exc_text[-4000:], "window": bool(windows and windows.pop())}
    worker_loop(handle)


def _cli_spec(ctx: Context, cwd: Path) -> dict:
    """The command tree, read from the real --help output."""
    def helptext(argv):
        r = subprocess.run([PY, "-m", "ukjp_desktop", *argv, "--help"], capture_output=True, text=True,
                           env=ctx.env, cwd=cwd, timeout=120)
        return r.stdout
    top = inputs.parse_help(helptext([]))
    commands = {}
    for sub in top["subcommands"]:
        if sub == "run":                  # opens the window: not a command-line case
            continue
        h = inputs.parse_help(helptext([sub]))
        if h["subcommands"]:
            for sub2 in h["subcommands"]:
                commands[(sub, sub2)] = inputs.parse_help(helptext([sub, sub2]))
        commands[(sub,)] = h
    chart_help = helptext(["chart"])
    m = re.search(r"one of: ([a-z, -]+)", chart_help)
    return {"commands": commands, "global": top["options"],
            "chart_kinds": [k.strip() for k in m.group(1).split(",")] if m else ["sector"]}


def _cli_paths(cwd: Path, db: Path) -> list[str]:
    """Paths (relative to the worker's folder) to use where the command line wants one."""
    (cwd / "a-folder").mkdir(exist_ok=True)
    (cwd / "notes.txt").write_text(inputs.SAMPLE, encoding="utf-8")
    (cwd / "junk.sqlite").write_bytes(b"not a database" * 100)
    (cwd / "empty.md").write_bytes(b"")
    (cwd / "bad.docx").write_bytes(b"PK\x03\x04junk")
    return [str(db), "new.sqlite", "no/such/dir/x.sqlite", "a-folder", "junk.sqlite", "notes.txt",
            "empty.md", "bad.docx", "out.csv", "out.xlsx", "out.json", "out.png", "out.svg", "out.pdf",
            "out.unknown", "a-folder/out.png", "missing-folder/out.csv", "", ".", "x" * 300 + ".csv",
            inputs._fs(b"caf\xe9.csv"), "dataset-missing", "db"]


def _command_of(argv: list[str], spec: dict) -> str:
    """The (sub)command an argument list asks for, e.g. "db build" ("?" when none)."""
    for i, a in enumerate(argv):
        if (a,) in spec["commands"]:
            nxt = argv[i + 1] if i + 1 < len(argv) else None
            return f"{a} {nxt}" if (a, nxt) in spec["commands"] else a
    return "?"


def row_cli(ctx: Context, row: Row) -> None:
    n, sample = (150, 12) if ctx.quick else (1000, 50)
    db = ctx.fresh_db("cli")
    cwd = db.parent / "cwd"
    cwd.mkdir()
    spec = _cli_spec(ctx, cwd)
    with sqlite3.connect(db) as con:
        plausible = {"S": [r[0] for r in con.execute("SELECT slug FROM sectors")],
                     "O": [r[0] for r in con.execute("SELECT slug FROM organisations")]}
    fuzzer = inputs.ArgvFuzzer(spec, str(db), ctx.slugs, _cli_paths(cwd, db), ctx.rng("cli"), plausible)
    worker = Worker("cli-worker", [], ctx.env, cwd, ctx.tmp / "cli-worker.log")
    # one ordinary call of each kind first, so the timed calls do not pay for first imports
    for warm in (["--db", str(db), "list"], ["--db", str(db), "chart", "sector", "--output", "warm.png"],
                 ["--db", str(db), "import", "notes.txt", "--dry-run"], ["--db", str(db), "export",
                 "--format", "xlsx", "--output", "warm.xlsx"]):
        worker.call({"argv": warm}, 300)
    plain = [worker.call({"argv": ["--db", str(db), "list"]}, 300)["seconds"] for _ in range(5)]
    row.extra["baseline"] = f"a plain `list` in the same worker: median {sorted(plain)[2]:.3f} s"
    cases = [fuzzer.argv() for _ in range(n)]
    internal = slow = windows = 0
    by_rc: dict[str, int] = {}
    times = []
    timeout = 30.0
    for argv in cases:
        r = worker.call({"argv": argv}, timeout)
        if "crash" in r or "stopped" in r:
            times.append((r["seconds"], argv))
            slow += "stopped" in r and not r["memory"]
            internal += "crash" in r or r["memory"]
            row.fail(f"`{_command_of(argv, spec)}` {r.get('crash') or 'killed: ' + r['stopped']}", short(argv))
            continue
        by_rc[str(r["rc"])] = by_rc.get(str(r["rc"]), 0) + 1
        windows += r["window"]
        times.append((r["seconds"], argv))
        if r["escaped"] or INTERNAL.search(r["stderr"]) or r["rc"] not in (0, 1, 2):
            internal += 1
            what = exception_kind(r["escaped"]) if r["escaped"] else error_class(r["stderr"])
            row.fail(f"internal error in `{_command_of(argv, spec)}`: {what}",
                     f"{short(argv)} -> {first_line(r['stderr'] or r['escaped'])}")
        if r["seconds"] > 2.0:
            slow += 1
            row.fail("call over 2 s", f"{r['seconds']:.1f} s: {short(argv)}")
    worker.close()
    # a sample through real processes: same promises, start-up time included in the figure
    rng = ctx.rng("cli-sample")
    sub_internal, sub_max = 0, 0.0
    for argv in rng.sample(cases, min(sample, len(cases))):
        r = run_measured([PY, "-m", "ukjp_desktop", *argv], ctx.env, timeout=60, cwd=cwd)
        sub_max = max(sub_max, r["seconds"])
        if INTERNAL.search(r["stderr"]) or r["rc"] not in (0, 1, 2) or r["killed"]:
            sub_internal += 1
            row.fail(f"internal error in a real process: {error_class(r['stderr'])}",
                     f"{short(argv)} -> exit {r['rc']}, {first_line(r['stderr'])}")
    times.sort(key=lambda t: -t[0])
    row.counts = {"argument lists": n, "in-process via": worker.ready.get("main"), "exit statuses": by_rc,
                  "window would have opened": windows, "worker restarts": worker.restarts,
                  "real processes": sample, "slowest real process s": round(sub_max, 2)}
    row.zeros = {"internal errors": internal, "over 2 s": slow, "internal errors (real processes)": sub_internal}
    row.extra["slowest"] = [{"seconds": round(t, 3), "argv": short(a, 200)} for t, a in times[:5]]


# ---- row 5: fuzzed searches ------------------------------------------------------------------

def role_search_worker(db: str) -> None:
    from ukjp_desktop.core.filters import Filter
    from ukjp_desktop.core.search_syntax import SearchSyntaxError
    from ukjp_desktop.store.userdb import open_library
    catalog = open_library(db).catalog
    catalog.list(Filter(text="quantum"), sort="relevance", limit=50)

    def handle(case):
        if case is None:
            return {"ready": True}
        t0 = time.perf_counter()
        try:
            f = Filter(text=case["q"])
            rows = catalog.list(f, sort="relevance", limit=50)
            n = catalog.count(f)
            result = {"rows": len(rows), "count": n}
        except SearchSyntaxError as exc:
            result = {"refused": str(exc)}
        except Exception:  # noqa: BLE001 - the finding
            result = {"error": traceback.format_exc()[-3000:]}
        result["seconds"] = time.perf_counter() - t0
        return result
    worker_loop(handle)


def row_search(ctx: Context, row: Row) -> None:
    n = 150 if ctx.quick else 1000
    db = ctx.fresh_db("search")
    with sqlite3.connect(db) as con:
        text = " ".join(" ".join(r) for r in con.execute("SELECT name, summary FROM initiatives"))
    words = sorted(set(re.findall(r"\w{2,}", text)))
    rng = ctx.rng("search")
    worker = Worker("search-worker", [db], ctx.env, db.parent, ctx.tmp / "search-worker.log")
    plain = sorted(worker.call({"q": "quantum"}, 60)["seconds"] for _ in range(5))
    row.extra["baseline"] = f"the query 'quantum' in the same worker: median {plain[2]:.3f} s"
    internal = slow = refused = 0
    times = []
    for _ in range(n):
        q = inputs.fuzz_query(rng, words)
        r = worker.call({"q": q}, 60.0)
        times.append((r.get("seconds", 60.0), q))
        if "crash" in r or "stopped" in r:
            internal += "crash" in r or r["memory"]
            row.fail(r.get("crash") or "killed: " + r["stopped"], short(q))
        elif "error" in r:
            internal += 1
            row.fail(f"internal error: {exception_kind(r['error'])}", short(q))
        elif "refused" in r:
            refused += 1
            if not r["refused"].strip() or "\n" in r["refused"]:
                internal += 1
                row.fail("SearchSyntaxError without a one-line message", short(q))
        if r.get("seconds", 60.0) > 2.0:
            slow += 1
            row.fail("search over 2 s", f"{r.get('seconds', 60.0):.1f} s: {short(q)}")
    worker.close()
    times.sort(key=lambda t: -t[0])
    row.counts = {"queries": n, "refused in words (SearchSyntaxError)": refused,
                  "slowest s": round(times[0][0], 3) if times else 0}
    row.zeros = {"internal errors": internal, "over 2 s": slow}
    row.extra["slowest"] = [{"seconds": round(t, 3), "query": short(q, 120)} for t, q in times[:5]]
