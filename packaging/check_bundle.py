"""CI check of the built bundle: size within budget, and its --self-test passes offscreen
against a fresh, empty user-data folder, started from outside the source tree.

    python packaging/check_bundle.py [--bundle dist/ukjp-desktop]

Exit 0 when both hold; prints a one-line summary plus the self-test's failures otherwise."""
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
BUDGET_MB = 180


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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", default=str(ROOT / "dist" / "ukjp-desktop"))
    args = ap.parse_args(argv)
    bundle = Path(args.bundle).resolve()
    exe = bundle / ("ukjp-desktop.exe" if os.name == "nt" else "ukjp-desktop")
    if not exe.exists():
        print(f"check-package: {exe} does not exist (run: make package)", file=sys.stderr)
        return 1
    size = bundle_size(bundle)
    with tempfile.TemporaryDirectory(prefix="ukjp-check-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        t0 = time.perf_counter()
        proc = subprocess.run([str(exe), "--self-test"], cwd=tmp, env=fresh_env(home),
                              capture_output=True, text=True, timeout=300)
        wall = time.perf_counter() - t0
        report = parse_report(proc.stdout)
        leftovers = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    ok_size = size <= BUDGET_MB * 1e6
    ok_test = proc.returncode == 0 and report.get("ok") is True
    print(f"check-package: bundle {size / 1e6:.1f} MB (budget {BUDGET_MB} MB) {'ok' if ok_size else 'OVER BUDGET'}; "
          f"self-test {'ok' if ok_test else 'FAILED'} in {wall:.1f} s (first paint {report.get('first_paint_s')} s; "
          f"charts {len(report.get('charts_rendered', []))}, exports {len(report.get('exports', []))}, "
          f"data export {report.get('data_export', {}).get('rows')} rows)")
    if not ok_test:
        print(json.dumps(report.get("failures"), indent=2), proc.stderr[-3000:], sep="\n", file=sys.stderr)
    if leftovers:
        print(f"check-package: note: the self-test left files in the user folder: {leftovers}")
    return 0 if ok_size and ok_test else 1


if __name__ == "__main__":
    raise SystemExit(main())
