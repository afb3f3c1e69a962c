"""Frozen start-up to the first painted window: median of five runs, warm and cold page cache.

    python benchmarks/bench_startup.py [--exe dist/ukjp-desktop/ukjp-desktop] [--runs 5] [--json]

Two figures per run, both offscreen, against a user database that already exists (a returning
user; the first launch also builds the database from the dataset and is reported separately):

* ``first_paint_s``: what ``--self-test`` reports, from the moment the ``ukjp_desktop`` package
  is imported to the first paint of the results table, inside the process.
* ``launch_to_paint_s``: from process launch. The bootloader and interpreter start-up before
  the package import is measured as the wall time of ``ukjp-desktop --version`` (launch,
  unpack nothing (onedir), start Python, import the package and the command line, print, exit:
  an upper bound), and added to ``first_paint_s`` of a run in the same cache state.

``bare_first_paint_s``: DESIGN.md section 5's same-run baseline, a bare QMainWindow with a
100-row table from source (``bench_startup_source.BARE``), run before each warm launch; the
warm ``ratio`` is the bundle's ``first_paint_s`` over it (issue 14's goal: 4.5x).

``relaunch``: what a returning user's double-click does. The self-test always opens a fresh copy
with fresh settings, so it takes the ordinary start; a real start of ``ukjp-desktop run`` whose
last close cached the first page (``store/first_page.py``) paints from that cache before the store
is imported. The bundle times such starts itself (``UKJP_TIME_START``, ``ui/start_timing.py``):
``first_paint_s`` (from the package import, as above) and ``attached_s`` (the store attached and
its first list applied), each start closing as a user would so the next one finds the cache;
``relaunch_ratio`` is its warm first paint over the same run's bare window.

``self_test_wall_s`` (the whole self-test, until its JSON arrives) is reported too. Cold runs
drop the page cache (``echo 3 > /proc/sys/vm/drop_caches``, root only) before each launch and
are skipped where that is not allowed.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup_source import BARE, child  # noqa: E402  (the same bare window, measured alike)


def env_for(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("UKJP_", "XDG_", "QT_", "PYTHON")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen")
    return env


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(cmd: list[str], home: Path) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=home, env=env_for(home), capture_output=True, text=True, timeout=300)
    return time.perf_counter() - t0, proc


def self_test(exe: Path, home: Path) -> tuple[float, dict]:
    wall, proc = timed([str(exe), "--self-test"], home)
    report = json.loads(proc.stdout[proc.stdout.find("{"):])
    if proc.returncode or not report.get("ok"):
        raise SystemExit(f"self-test failed: {report.get('failures')}")
    return wall, report


def one_run(exe: Path, home: Path, cold: bool) -> dict:
    if cold:
        drop_caches()
    boot, proc = timed([str(exe), "--version"], home)
    if proc.returncode:
        raise SystemExit(f"--version failed: {proc.stderr}")
    if cold:
        drop_caches()
    wall, report = self_test(exe, home)
    return {"boot_s": boot, "first_paint_s": report["first_paint_s"],
            "launch_to_paint_s": boot + report["first_paint_s"], "self_test_wall_s": wall}


def relaunch(exe: Path, home: Path, cold: bool) -> dict:
    """One real start of the window on the user's database, timed by the bundle itself."""
    out = home / "start-timing.json"
    out.unlink(missing_ok=True)
    if cold:
        drop_caches()
    proc = subprocess.run([str(exe), "run"], cwd=home, env=env_for(home) | {"UKJP_TIME_START": str(out)},
                          capture_output=True, text=True, timeout=300)
    if proc.returncode or not out.exists():
        raise SystemExit(f"the timed start failed ({proc.returncode}): {proc.stderr[-500:]}")
    return json.loads(out.read_text())


def relaunch_summary(runs: list[dict]) -> dict:
    return {"first_paint_s": round(statistics.median(r["first_paint_s"] for r in runs), 3),
            "attached_s": round(statistics.median(r["attached_s"] for r in runs), 3),
            "from_cached_first_page": sum(bool(r["cached_first_page"]) for r in runs),
            "runs": runs}


def summary(runs: list[dict]) -> dict:
    keys = ("first_paint_s", "launch_to_paint_s", "boot_s", "self_test_wall_s")
    return {k: round(statistics.median(r[k] for r in runs), 3) for k in keys} | {
        "runs": [{k: round(r[k], 3) for k in keys} for r in runs]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exe", default=str(ROOT / "dist" / "ukjp-desktop" / "ukjp-desktop"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print only the JSON result")
    args = ap.parse_args(argv)
    exe = Path(args.exe).resolve()
    if not exe.exists():
        raise SystemExit(f"{exe} is not built (make package)")
    result: dict = {"exe": str(exe), "runs_per_mode": args.runs}
    with tempfile.TemporaryDirectory(prefix="ukjp-bench-startup-") as tmp:
        home = Path(tmp)
        # The first launch: the user's database does not exist yet and is built from the dataset.
        wall, report = self_test(exe, home)
        result["first_launch"] = {"first_paint_s": report["first_paint_s"], "self_test_wall_s": round(wall, 3)}
        subprocess.run([str(exe), "db", "info"], cwd=home, env=env_for(home), check=True, capture_output=True)
        one_run(exe, home, cold=False)  # prime the page cache
        bare, warm = [], []
        for _ in range(args.runs):          # alternate, so both see the same machine
            bare.append(child(BARE, [], home)["first_paint_s"])
            warm.append(one_run(exe, home, cold=False))
        result["warm"] = summary(warm)
        result["bare_first_paint_s"] = round(statistics.median(bare), 3)
        result["ratio"] = round(result["warm"]["first_paint_s"] / result["bare_first_paint_s"], 2)
        relaunch(exe, home, cold=False)     # a start closed as a user closes it: the first page cached
        bare_r, warm_r = [], []
        for _ in range(args.runs):
            bare_r.append(child(BARE, [], home)["first_paint_s"])
            warm_r.append(relaunch(exe, home, cold=False))
        result["relaunch"] = relaunch_summary(warm_r)
        result["relaunch_bare_first_paint_s"] = round(statistics.median(bare_r), 3)
        result["relaunch_ratio"] = round(result["relaunch"]["first_paint_s"] / result["relaunch_bare_first_paint_s"], 2)
        if drop_caches():
            result["cold"] = summary([one_run(exe, home, cold=True) for _ in range(args.runs)])
            result["relaunch_cold"] = relaunch_summary([relaunch(exe, home, cold=True) for _ in range(args.runs)])
        else:
            result["cold"] = "skipped: cannot drop the page cache here (needs root)"
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for mode in ("warm", "cold"):
        r = result[mode]
        if isinstance(r, str):
            print(f"{mode}: {r}")
            continue
        print(f"{mode}: first paint {r['first_paint_s']:.3f} s after the package import, "
              f"{r['launch_to_paint_s']:.3f} s after launch (start-up of the bundle {r['boot_s']:.3f} s); "
              f"whole self-test {r['self_test_wall_s']:.2f} s  [median of {args.runs}]")
    print(f"bare window (same run, from source) {result['bare_first_paint_s']:.3f} s: warm first paint "
          f"{result['ratio']:.1f}x bare")
    r = result["relaunch"]
    print(f"relaunch (a real start, first page cached at the last close, {r['from_cached_first_page']}/{args.runs} "
          f"from the cache): first paint {r['first_paint_s']:.3f} s = {result['relaunch_ratio']:.1f}x the bare window's "
          f"{result['relaunch_bare_first_paint_s']:.3f} s; store attached {r['attached_s']:.3f} s")
    print(f"first launch (builds the user database): first paint {result['first_launch']['first_paint_s']:.3f} s")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
