"""``ukjp-desktop --self-test``: drive the real window headless and report in one JSON object.

It works on a temporary copy of the database (so nothing of the user's is changed) and a
temporary settings folder, and exercises what a user does first: the list fills, a facet is
ticked, a search is typed, a row is selected, the source viewer opens on an excerpt."""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject


def wait_for(condition, timeout_s: float = 30.0) -> bool:
    end = time.perf_counter() + timeout_s
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.001)
    return condition()


class _PaintWatch(QObject):
    """Notes the time of the first paint of a widget after ``arm()``."""

    def __init__(self):
        super().__init__()
        self.armed = False
        self.painted_at: float | None = None

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if self.armed and self.painted_at is None and event.type() == QEvent.Paint:
            self.painted_at = time.perf_counter()
        return False


def _copy_database(db: str | None, folder: Path) -> Path:
    from ..store.userdb import resolve_db_path
    src = resolve_db_path(db)
    target = folder / "self-test.sqlite"
    if src.exists():
        # The SQLite backup API gives a consistent copy even if the user's copy is open in WAL mode.
        import sqlite3
        s = sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True)
        d = sqlite3.connect(target)
        try:
            s.backup(d)
        finally:
            d.close()
            s.close()
    return target  # missing: open_library creates it from the bundled dataset


def _data_export(window, folder: Path) -> dict:
    import csv
    from ..core.export import write_export
    f = window.state.filter
    slugs = window.catalog.slugs(f)
    details = [window.catalog.detail(s) for s in slugs]
    path = folder / "export.csv"
    write_export(details, path, "csv", {"filter": f.describe()})
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {"path": path.name, "format": "csv", "initiatives": len(details), "rows": len(rows),
            "ok": bool(details) and len({r.get("slug") for r in rows}) == len(details)}


def run_self_test(db: str | None, t0: float) -> int:
    report: dict = {"ok": False}
    folder = Path(tempfile.mkdtemp(prefix="ukjp-self-test-"))
    try:
        _run(db, t0, folder, report)
        report["ok"] = not report.get("failures")
    except Exception as exc:  # noqa: BLE001 - the JSON carries the failure
        report.setdefault("failures", []).append(f"{exc.__class__.__name__}: {exc}")
        report["traceback"] = traceback.format_exc()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(report, indent=2, default=str))
    sys.stdout.flush()
    return 0 if report["ok"] else 1


def _check(report: dict, ok: bool, what: str) -> None:
    if not ok:
        report.setdefault("failures", []).append(what)


def _run(db: str | None, t0: float, folder: Path, report: dict) -> None:
    from ..app import make_application, make_settings
    from ..core.filters import Filter
    from ..store.userdb import open_library

    app = make_application()
    t_copy = time.perf_counter()
    copy = _copy_database(db, folder)
    copy_s = time.perf_counter() - t_copy
    report["copy_s"] = round(copy_s, 3)
    report["database_copy_of"] = str(db) if db else "user database"
    library = open_library(copy)
    from .main_window import MainWindow
    window = MainWindow(library, make_settings(str(folder / "settings")), db_label=str(copy))
    watch = _PaintWatch()
    window.table.viewport().installEventFilter(watch)
    listed = {"n": 0, "facets": 0}
    window.resultsApplied.connect(lambda: listed.__setitem__("n", listed["n"] + 1))
    window.facetsApplied.connect(lambda: listed.__setitem__("facets", listed["facets"] + 1))
    window.resize(1400, 860)
    window.show()
    _check(report, wait_for(lambda: listed["n"] >= 1, 60), "the list never filled")
    watch.armed = True
    window.table.viewport().update()
    wait_for(lambda: watch.painted_at is not None, 10)
    # From package import to the list painted, without the time spent copying the database
    # (which only the self-test does).
    report["first_paint_s"] = round((watch.painted_at or time.perf_counter()) - t0 - copy_s, 3)
    report["initiatives_total"] = window.total_all
    report["initiatives_listed_at_start"] = window.model.rowCount()
    _check(report, window.model.rowCount() > 0, "the list is empty")
    wait_for(lambda: window.filter_panel.lists["sector"].count() > 0, 30)

    # A facet: the most common sector.
    sector_list = window.filter_panel.lists["sector"]
    _check(report, sector_list.count() > 0, "no sector facet values")
    if sector_list.count():
        item = sector_list.item(0)
        before, facets_before = listed["n"], listed["facets"]
        t = time.perf_counter()
        item.setCheckState(item.checkState().__class__.Checked)
        # Until the new list and the new facet counts are both on screen.
        wait_for(lambda: listed["n"] > before and listed["facets"] > facets_before
                 and window.model.generation == window.runner.generation, 60)
        report["filter_ms"] = round((time.perf_counter() - t) * 1000, 1)
        report["filter"] = window.state.filter.describe()
        report["initiatives_shown_after_filter"] = window.model.rowCount()
        _check(report, 0 < window.model.rowCount() <= window.total_all, "the facet filter showed nothing")

    # A search within the filter: a word from the first listed name.
    first = window.model.row_record(0)
    word = next((w for w in (first.name if first else "").split() if len(w) > 4 and w.isalpha()), "research")
    before = listed["n"]
    t = time.perf_counter()
    window.set_filter(replace(window.state.filter, text=word))
    wait_for(lambda: listed["n"] > before, 60)
    report["search_ms"] = round((time.perf_counter() - t) * 1000, 1)
    report["search"] = word
    report["initiatives_shown_after_search"] = window.model.rowCount()
    _check(report, window.model.rowCount() > 0, f"searching for {word!r} found nothing")

    # Select the first row: the detail pane shows it.
    window.select_row(0)
    t = time.perf_counter()
    wait_for(lambda: bool(window.state.selected) and window._detail is not None
             and window._detail.slug == window.state.selected, 10)
    report["detail_ms"] = round((time.perf_counter() - t) * 1000, 1)
    report["selected"] = window.state.selected
    _check(report, not window.detail.is_empty(), "selecting a row did not fill the detail pane")

    # The source viewer on the selected initiative's first excerpt.
    d = window._detail
    if d is not None and d.excerpts:
        ex = d.excerpts[0]
        window.show_in_source(ex.source_slug, ex.id)
        viewer = window.source_viewer
        ok = viewer is not None and viewer.highlighted_range() == (ex.start, ex.end)
        report["source_viewer"] = {"source": ex.source_slug, "excerpt": [ex.start, ex.end], "ok": ok}
        _check(report, ok, "the source viewer did not highlight the excerpt")
        if viewer is not None:
            viewer.close()
    else:
        _check(report, False, "the selected initiative has no excerpts")

    # Charts: shown in the window over the current filter, then every chart rendered and one
    # export of each format written and validated.
    window.set_charts_visible(True)
    _check(report, window.charts is not None and window.charts.isVisible(), "the charts did not open")
    from .chart_export import render_all_for_self_test
    charts = render_all_for_self_test(window.catalog, folder / "charts")
    report["charts_rendered"] = charts["charts_rendered"]
    report["exports"] = charts["exports"]
    _check(report, all(e.get("ok") for e in charts["exports"]) and len(charts["exports"]) >= 3,
           "a chart export failed validation")

    # A data export of the filtered list, read back.
    report["data_export"] = _data_export(window, folder)
    _check(report, report["data_export"]["ok"], "the data export failed")


    window.set_filter(Filter())
    window.close()
    library.engine.dispose()
    app.processEvents()
