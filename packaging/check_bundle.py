"""CI check of the built bundle: size within budget, and its --self-test passes offscreen,
started from outside the source tree, twice: against a fresh, empty user-data folder (the
curated dataset), and against a database of 5,000 generated initiatives made by the bundle's
own ``demo-data`` command, where the window counts with its in-memory facet snapshot. Then
the bundle reads a small CSV table (``import-table --dry-run --json``), which needs pandas.

    python packaging/check_bundle.py [--bundle dist/ukjp-desktop] [--demo-initiatives N]

Exit 0 when all hold; prints a summary line per run plus the self-test's failures otherwise."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from build import BUDGET_MB  # noqa: E402  (packaging/build.py: the one place it is set)


def bundle_size(bundle: Path) -> int:
    return sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def fresh_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("UKJP_", "XDG_", "QT_", "PYTHON")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen")
    return env


def parse_report(stdout: str) -> dict:
    start = stdout.find("{")
    return json.loads(stdout[start:]) if start >= 0 else {"ok": False, "failures": ["no JSON report"]}


DEMO_INITIATIVES = 5000   # the window counts with its in-memory facet snapshot from here on


def self_test(exe: Path, env: dict, cwd: str, *extra: str) -> tuple[subprocess.CompletedProcess, dict, float]:
    t0 = time.perf_counter()
    proc = subprocess.run([str(exe), "--self-test", *extra], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)
    return proc, parse_report(proc.stdout), time.perf_counter() - t0


def summary(name: str, proc, report: dict, wall: float) -> tuple[bool, str]:
    ok = proc.returncode == 0 and report.get("ok") is True
    charts = report.get("charts") or []
    line = (f"self-test {name} {'ok' if ok else 'FAILED'} in {wall:.1f} s "
            f"({report.get('initiatives_total')} initiatives; first paint {report.get('first_paint_s')} s; "
            f"charts {sum(1 for c in charts if c.get('ok'))}/{len(charts)} checked against the store, "
            f"exports {sum(1 for e in report.get('exports', []) if e.get('ok'))}/{len(report.get('exports', []))}, "
            f"data export {report.get('data_export', {}).get('rows')} rows"
            + (f"; snapshot {report.get('snapshot_s')} s" if report.get("snapshot_expected") else "") + ")")
    return ok, line


TABLE = "Title,Reference,Award (£),Start\nRobotics for care,UK-1,\"1,250,000\",01/04/2023\n"


def read_table(exe: Path, env: dict, tmp: Path) -> tuple[bool, str]:
    """The bundle reads a CSV table (pandas splits its cells) and reads it exactly."""
    table = tmp / "awards.csv"
    table.write_text(TABLE, encoding="utf-8")
    proc = subprocess.run([str(exe), "--db", str(tmp / "table.sqlite"), "db", "build"], cwd=tmp, env=env,
                          capture_output=True, text=True, timeout=600)
    if proc.returncode == 0:
        proc = subprocess.run([str(exe), "--db", str(tmp / "table.sqlite"), "import-table", str(table),
                               "--dry-run", "--json"], cwd=tmp, env=env, capture_output=True, text=True,
                              timeout=600)
    try:
        rows = json.loads(proc.stdout)["rows"] if proc.returncode == 0 else []
    except ValueError:
        rows = []
    ok = [(r["title"], r["amount"], r["currency"], r["start"]) for r in rows] == \
        [("Robotics for care", 1250000, "GBP", "2023-04-01")]
    return ok, f"table import dry run {'ok' if ok else 'FAILED: ' + (proc.stderr.strip() or proc.stdout)[-500:]}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", default=str(ROOT / "dist" / "ukjp-desktop"))
    ap.add_argument("--demo-initiatives", type=int, default=DEMO_INITIATIVES,
                    help="also run the self-test on a database of this many generated initiatives "
                         "(made by the bundle's demo-data command; 0 skips it)")
    args = ap.parse_args(argv)
    bundle = Path(args.bundle).resolve()
    exe = bundle / ("ukjp-desktop.exe" if os.name == "nt" else "ukjp-desktop")
    if not exe.exists():
        print(f"check-package: {exe} does not exist (run: make package)", file=sys.stderr)
        return 1
    size = bundle_size(bundle)
    runs = []
    with tempfile.TemporaryDirectory(prefix="ukjp-check-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = fresh_env(home)
        # 1. The fresh default: no user database yet, so it is created from the bundled dataset.
        proc, report, wall = self_test(exe, env, tmp)
        leftovers = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
        runs.append(("fresh user folder", proc, report, wall))
        # 2. A generated database large enough for the in-memory facet snapshot.
        if args.demo_initiatives:
            demo = Path(tmp) / f"demo-{args.demo_initiatives}.sqlite"
            t0 = time.perf_counter()
            made = subprocess.run([str(exe), "demo-data", "--initiatives", str(args.demo_initiatives),
                                   "--output", str(demo)], cwd=tmp, env=env, capture_output=True,
                                  text=True, timeout=600)
            made_s = time.perf_counter() - t0
            if made.returncode != 0:
                fake = subprocess.CompletedProcess(made.args, made.returncode, made.stdout, made.stderr)
                runs.append((f"on {args.demo_initiatives:,} initiatives", fake,
                             {"ok": False, "failures": [f"demo-data failed: {made.stderr.strip()[-500:]}"]},
                             made_s))
            else:
                proc, report, wall = self_test(exe, env, tmp, "--db", str(demo))
                if report.get("snapshot_expected") and not report.get("snapshot_loaded"):
                    report["ok"] = False
                    report.setdefault("failures", []).append("the facet snapshot was not used")
                runs.append((f"on {args.demo_initiatives:,} initiatives (demo data {made_s:.1f} s)",
                             proc, report, wall))
        # 3. A table import's dry run: the CSV reader needs pandas in the bundle.
        table_ok, table_line = read_table(exe, env, Path(tmp))
    ok_size = size <= BUDGET_MB * 1e6
    print(f"check-package: bundle {size / 1e6:.1f} MB (budget {BUDGET_MB} MB) {'ok' if ok_size else 'OVER BUDGET'}")
    all_ok = ok_size and table_ok
    print(f"check-package: {table_line}")
    for name, proc, report, wall in runs:
        ok, line = summary(name, proc, report, wall)
        all_ok &= ok
        print(f"check-package: {line}")
        if not ok:
            print(json.dumps(report.get("failures"), indent=2, ensure_ascii=False), proc.stderr[-3000:],
                  sep="\n", file=sys.stderr)
    if leftovers:
        print(f"check-package: note: the self-test left files in the user folder: {leftovers}")
    return 0 if all_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
