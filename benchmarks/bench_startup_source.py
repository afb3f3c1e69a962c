"""Start-up from source, to the list painted with data, against a bare Qt window in the same run.

    python benchmarks/bench_startup_source.py [--db FILE] [--runs 5] [--settings DIR] [--before DIR]

DESIGN.md section 5's rule: quote the application's first paint beside a bare QMainWindow with
a 100-row table measured the same way in the same run, because this shared machine drifts 2x.
Runs alternate (bare, application, [before,] bare, ...), each a fresh process, offscreen:

* ``bare``: from the first import (PySide6) to the first paint of a 100-row QTableWidget.
* ``app``: from the first import of ``ukjp_desktop`` to the first paint of the results table
  holding rows (what ``--self-test`` calls ``first_paint_s``), opening ``--db`` the way
  ``run_window`` does (``app.open_window``), with ``--settings`` as its settings folder (a copy
  is used, so a saved search or open charts are restored on every run).
  Before the timed runs, each tree's settings folder is prepared by one start that waits
  for the store to attach and then closes the window as a user would: that close writes the
  first-page cache (``store.first_page``), so the timed runs are relaunches, which paint from
  it before importing the store. The child also reports ``attached_s``: the moment the store
  is attached and the first list from it applied (equal to the first paint without a cache).
* ``before`` (with ``--before DIR``, a checkout of older code, e.g. ``git worktree add DIR
  main``): the same, from that code, so old and new code are compared in the same minutes.
  Code without ``app.open_window`` is opened the way its ``run_window`` did (the application
  first, then ``app.open_library_interactively`` and the window).

Each child also reports which heavy modules were imported by then. The sources are compiled
to bytecode first (as an installed copy is): with ``PYTHONDONTWRITEBYTECODE`` set and no
``__pycache__``, every run would compile the package again (~0.2 s). Prints one JSON object
with medians, the ratio app / bare, every run, and the process's CPU seconds by the first
paint (all threads; steadier than wall time when other work shares the cores). ``--db`` should be a copy: the window may
write (it is the user's database after all).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("alembic", "sqlalchemy.orm", "numpy", "pandas", "pyqtgraph", "openpyxl",
         "ukjp_desktop.store.models", "ukjp_desktop.core.extract")

BARE = r"""
import time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
import json, os, sys
app = QApplication(sys.argv)
w = QMainWindow()
t = QTableWidget(100, 8)
for r in range(100):
    for c in range(8):
        t.setItem(r, c, QTableWidgetItem(f"row {r} column {c}"))
w.setCentralWidget(t)
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Paint:
            print(json.dumps({"first_paint_s": time.perf_counter() - t0,
                              "cpu_s": time.process_time()}), flush=True)
            os._exit(0)
        return False
watch = Watch()
t.viewport().installEventFilter(watch)
w.resize(1400, 860)
w.show()
app.exec()
"""

APP = r"""
import time
t0 = time.perf_counter()
import json, os, sys
from ukjp_desktop import app as appmod
HEAVY = %r
if hasattr(appmod, "open_window"):
    qapp, w = appmod.open_window(sys.argv[1] or None, sys.argv[2])
else:   # older code: the order its run_window used
    qapp = appmod.make_application()
    library = appmod.open_library_interactively(sys.argv[1] or None)
    from ukjp_desktop.ui.main_window import MainWindow
    w = MainWindow(library, appmod.make_settings(sys.argv[2]), db_label=str(library.db.path))
from PySide6.QtCore import QEvent, QObject
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Paint and w.model.rowCount() > 0:
            print(json.dumps({"first_paint_s": time.perf_counter() - t0, "cpu_s": time.process_time(),
                              "imported": [m for m in HEAVY if m in sys.modules]}), flush=True)
            os._exit(0)
        return False
watch = Watch()
w.table.viewport().installEventFilter(watch)
w.resize(1400, 860)
w.show()
qapp.exec()
""" % (HEAVY,)

# The app child, timing the first paint and then the store's attach (the first list applied).
APP_ATTACH = APP.replace("""            os._exit(0)
        return False""", """            painted.update(first_paint_s=time.perf_counter() - t0, cpu_s=time.process_time(),
                           imported=[m for m in HEAVY if m in sys.modules])
            obj.removeEventFilter(self)
            wait_attached()
        return False
painted = {}
def wait_attached():
    from PySide6.QtCore import QTimer
    if getattr(w, "attached", True) and getattr(w, "runner", None) is not None \
            and w.model.generation == w.runner.generation:
        print(json.dumps({**painted, "attached_s": time.perf_counter() - t0}), flush=True)
        os._exit(0)
    QTimer.singleShot(5, wait_attached)""").replace("""            print(json.dumps({"first_paint_s": time.perf_counter() - t0, "cpu_s": time.process_time(),
                              "imported": [m for m in HEAVY if m in sys.modules]}), flush=True)
""", "")

# One start closed as a user closes the window (settings saved, the first page cached).
PREPARE = r"""
import json, sys
from ukjp_desktop import app as appmod
if hasattr(appmod, "open_window"):
    qapp, w = appmod.open_window(sys.argv[1] or None, sys.argv[2])
else:
    qapp = appmod.make_application()
    library = appmod.open_library_interactively(sys.argv[1] or None)
    from ukjp_desktop.ui.main_window import MainWindow
    w = MainWindow(library, appmod.make_settings(sys.argv[2]), db_label=str(library.db.path))
from PySide6.QtCore import QTimer
def done():
    if getattr(w, "attached", True) and w.model.generation == w.runner.generation and w.model.rowCount():
        w.runner.wait()
        w.close()
        print("{}", flush=True)
        qapp.quit()
    else:
        QTimer.singleShot(20, done)
w.resize(1400, 860)
w.show()
QTimer.singleShot(20, done)
qapp.exec()
"""


def compile_package(root: Path) -> None:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "ukjp_desktop")],
                   check=True, stdout=subprocess.DEVNULL)


def child(code: str, args: list[str], home: Path, root: Path = ROOT) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UKJP_", "QT_"))}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root), HOME=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"))
    # cwd=root: "-c" puts the working folder first on sys.path, before PYTHONPATH
    proc = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=str(root), capture_output=True,
                          text=True, timeout=600)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise SystemExit(f"child failed: {proc.stderr[-2000:]}")
    return json.loads(lines[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="database to open (default: a fresh one built from the dataset)")
    ap.add_argument("--settings", help="settings folder to start from (copied for every run)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--before", type=Path, help="a checkout of older code, run alternately with this one")
    args = ap.parse_args(argv)
    for root in (ROOT, args.before):
        if root is not None:
            compile_package(root)
    with tempfile.TemporaryDirectory(prefix="ukjp-bench-startup-src-") as tmp:
        home = Path(tmp)
        db = args.db or ""   # the default place (under XDG_DATA_HOME), built on the first run
        settings = home / "settings"
        bare, app, before = [], [], []

        prepared = {}
        for name, root in (("app", ROOT), ("before", args.before)):
            if root is None:
                continue
            folder = home / f"prepared-{name}"
            if args.settings:
                shutil.copytree(args.settings, folder)
            else:
                folder.mkdir()
            child(PREPARE, [db, str(folder)], home, root)
            prepared[name] = folder

        def fresh_settings(name: str) -> str:
            if settings.exists():
                shutil.rmtree(settings)
            shutil.copytree(prepared[name], settings)
            return str(settings)

        for i in range(args.runs + 1):   # the first round warms the page cache and the database
            b = child(BARE, [], home)
            a = child(APP_ATTACH, [db, fresh_settings("app")], home)
            o = child(APP_ATTACH, [db, fresh_settings("before")], home, args.before) if args.before else None
            if i:
                bare.append(b)
                app.append(a)
                if o is not None:
                    before.append(o)
    def cpu(runs):   # CPU seconds of the whole process (every thread) by the first paint
        return round(statistics.median(r["cpu_s"] for r in runs), 3)

    med_b = statistics.median(r["first_paint_s"] for r in bare)
    med_a = statistics.median(r["first_paint_s"] for r in app)
    result = {"db": args.db or "fresh (bundled dataset)", "runs": args.runs,
              "bare_first_paint_s": round(med_b, 3), "app_first_paint_s": round(med_a, 3),
              "ratio": round(med_a / med_b, 2), "bare_cpu_s": cpu(bare), "app_cpu_s": cpu(app),
              "app_attached_s": round(statistics.median(r["attached_s"] for r in app), 3),
              "imported_before_paint": app[-1]["imported"],
              "bare_runs": [round(r["first_paint_s"], 3) for r in bare],
              "app_runs": [round(r["first_paint_s"], 3) for r in app]}
    if before:
        med_o = statistics.median(r["first_paint_s"] for r in before)
        result.update({"before_first_paint_s": round(med_o, 3), "before_ratio": round(med_o / med_b, 2),
                       "before_cpu_s": cpu(before),
                       "before_attached_s": round(statistics.median(r["attached_s"] for r in before), 3),
                       "before_runs": [round(r["first_paint_s"], 3) for r in before]})
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
