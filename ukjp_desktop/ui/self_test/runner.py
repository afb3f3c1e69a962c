"""``ukjp-desktop --self-test``: drive the real window headless and report in one JSON object.

It works on a temporary copy of the database (so nothing of the user's is changed) and a
temporary settings folder, and exercises what a user does first: the list fills, a facet is
ticked, a search is typed, a row is selected, the source viewer opens on an excerpt, every chart
is shown, one chart of each export format is written, the list is exported.

Each step is checked against the store reached by another path, not against itself: counts
against a separate ``Catalog`` that answers by SQL (the window's own one uses the in-memory
facet snapshot when the store's rule wants one, ``Catalog.prepare``), chart totals against the store's funding
aggregates in exact pence, exported files against their content (``checks``). A wait
that runs out is a failure named in the report ("timeout: list after facet filter"), never a
silent pass; exit 0 only when nothing failed."""
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

# Seconds each wait may take before it counts as a failure (generous: a loaded CI machine).
TIMEOUTS = {
    "first list": 60.0,
    "first paint of the list": 10.0,
    "facet values": 30.0,
    "facet snapshot": 120.0,
    "list after facet filter": 60.0,
    "facet counts after facet filter": 60.0,
    "list after search": 60.0,
    "detail of the selected row": 20.0,
    "list after clearing the search": 60.0,
    "chart data": 60.0,   # each chart's queries, in the query runner's chart worker
}
# The exports, one of each format: (format, chart kind, dpi).
EXPORTS = (("png", "sector", 150), ("svg", "uk-vs-japan", 96), ("pdf", "timeline", 96))


def wait_for(condition, timeout_s: float = 30.0) -> bool:
    end = time.perf_counter() + timeout_s
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.001)
    QCoreApplication.processEvents()
    return bool(condition())


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
    from ...store.backups import copy_database
    from ...store.userdb import resolve_db_path
    src = resolve_db_path(db)
    target = folder / "self-test.sqlite"
    if src.exists():
        copy_database(src, target)   # consistent even if the user's copy is open in WAL mode
    return target  # missing: open_library creates it from the bundled dataset


def run_self_test(db: str | None, t0: float) -> int:
    report: dict = {"ok": False}
    folder = Path(tempfile.mkdtemp(prefix="ukjp-self-test-"))
    try:
        _run(db, t0, folder, report)
    except Exception as exc:  # noqa: BLE001 - the JSON carries the failure
        report.setdefault("failures", []).append(f"{exc.__class__.__name__}: {exc}")
        report["traceback"] = traceback.format_exc()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report["ok"] = not report.get("failures")
    report["self_test_s"] = round(time.perf_counter() - t0, 3)
    print(json.dumps(report, indent=2, default=str))
    sys.stdout.flush()
    return 0 if report["ok"] else 1


class _Steps:
    """Failures and waits, recorded in the report as they happen."""

    def __init__(self, report: dict):
        self.report = report

    def check(self, ok: bool, what: str) -> bool:
        if not ok:
            self.report.setdefault("failures", []).append(what)
        return bool(ok)

    def wait(self, name: str, condition) -> bool:
        t = time.perf_counter()
        ok = wait_for(condition, TIMEOUTS[name])
        self.report.setdefault("waits_ms", {})[name] = round((time.perf_counter() - t) * 1000, 1)
        return self.check(ok, f"timeout: {name}")


def _list_is_current(window) -> bool:
    """The table shows the result of the latest request (a failed query leaves it behind)."""
    return window.model.generation == window.runner.generation


def _search_error(window) -> str:
    """The search line's message when it reports a failure (a "searched literally" note is
    not one)."""
    msg = window.browse.pane.search_message
    text = msg.text()
    if msg.isHidden() or not text or text.startswith("Searched literally"):
        return ""
    return text


def _check_list(steps: _Steps, window, ref, wanted, step: str) -> int:
    """After a filter or search: the window holds the filter asked for, the table shows the
    latest result and no error, and its row count is what the reference catalog counts."""
    shown = window.model.rowCount()
    steps.check(window.state.filter == wanted,
                f"{step}: the window's filter is {window.state.filter.describe()!r}, "
                f"expected {wanted.describe()!r}")
    error = _search_error(window)
    steps.check(not error, f"{step}: the window reports an error: {error}")
    steps.check(_list_is_current(window),
                f"{step}: the list was not replaced (shows request {window.model.generation}, "
                f"latest {window.runner.generation})")
    expected = ref.count(wanted)
    steps.check(shown == expected, f"{step}: the list shows {shown:,} initiatives, "
                                   f"Catalog.count gives {expected:,}")
    return expected


def _data_export(window, ref, folder: Path) -> dict:
    import csv
    from ...core.export import COLUMNS, write_table
    f = window.state.filter
    slugs = window.catalog.slugs(f)
    read = {"initiatives": 0, "slugs": set()}   # what was streamed to the writer (not kept)
    at = COLUMNS.index("slug")

    def batches():
        for b in window.catalog.export_rows(f):
            read["initiatives"] += b.initiatives
            read["slugs"].update(row[at] for row in b.rows)
            yield b
    path = folder / "export.csv"
    write_table(batches(), path, "csv", {"filter": f.describe()})
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    expected = ref.count(f)
    exported = {r.get("slug") for r in rows}
    n = read["initiatives"]
    return {"path": path.name, "format": "csv", "initiatives": n, "rows": len(rows),
            "expected_initiatives": expected,
            "ok": bool(n) and n == expected and exported == set(slugs) == read["slugs"]}


def _charts(steps: _Steps, window, ref, folder: Path, report: dict) -> None:
    """Every chart kind in the window's own panel, checked against the store, then one export
    of each format from those charts, checked by content."""
    from ..charts import export as chart_export
    from ..charts.registry import CHART_KINDS
    from .checks import check_chart, check_export, check_image
    t = time.perf_counter()
    window.charts.set_visible(True)
    panel = window.charts.panel
    if not steps.check(panel is not None and panel.isVisible(), "the charts did not open"):
        return
    f = window.state.filter
    report["charts_snapshot"] = window.catalog.snapshot is not None   # what the window's charts read
    results, rendered = [], []
    for i, kind in enumerate(CHART_KINDS):
        panel.tabs.setCurrentIndex(i)
        QCoreApplication.processEvents()
        chart = panel.chart(kind)
        if not steps.wait("chart data", lambda: not panel.busy):
            return
        res = check_chart(kind, chart, ref, f)
        ok_img, detail = check_image(chart.grab().toImage())
        res["on_screen"] = detail
        if not ok_img:
            res["ok"] = False
            res.setdefault("problems", []).append(f"on screen: {detail}")
        results.append(res)
        if steps.check(res["ok"], f"chart {kind}: {'; '.join(res.get('problems', []))}"):
            rendered.append(kind)
    report["charts"] = results
    report["charts_rendered"] = rendered
    report["charts_ms"] = round((time.perf_counter() - t) * 1000, 1)

    out = folder / "charts"
    out.mkdir(parents=True, exist_ok=True)
    exports = []
    for fmt, kind, dpi in EXPORTS:
        chart = panel.chart(kind)
        path = out / chart_export.default_filename(chart, fmt)
        try:
            e = chart_export.export_chart(chart, path, fmt, 1200, 750, dpi=dpi)
        except (chart_export.ChartExportError, OSError) as exc:
            e = {"path": str(path), "format": fmt, "chart": kind, "ok": False, "detail": str(exc)}
        else:
            ok, detail = check_export(path, fmt, e.get("shapes"))
            if not e.get("shapes"):
                ok, detail = False, f"no data shapes drawn; {detail}"
            e["content"] = detail
            e["ok"] = bool(e.get("ok")) and ok
        e["path"] = Path(e["path"]).name
        exports.append(e)
        steps.check(e["ok"], f"{fmt.upper()} export of chart {kind}: {e.get('content') or e.get('detail')}")
    report["exports"] = exports


def _run(db: str | None, t0: float, folder: Path, report: dict) -> None:
    from ...app import make_application, make_settings
    from ...core.filters import Filter
    from ...store.catalog import Catalog
    from ...store.userdb import open_library
    steps = _Steps(report)
    app = make_application()
    t_copy = time.perf_counter()
    copy = _copy_database(db, folder)
    copy_s = time.perf_counter() - t_copy
    report["copy_s"] = round(copy_s, 3)
    report["database_copy_of"] = str(db) if db else "user database"
    library = open_library(copy)
    from ..main_window import MainWindow
    window = MainWindow(library, make_settings(str(folder / "settings")), db_label=str(copy))
    # The reference: the same database through a Catalog of its own, which never loads the
    # in-memory snapshot, so it answers every count and total by SQL.
    ref = Catalog(library.engine)
    watch = _PaintWatch()
    window.table.viewport().installEventFilter(watch)
    listed = {"n": 0, "facets": 0}
    window.browse.resultsApplied.connect(lambda: listed.__setitem__("n", listed["n"] + 1))
    window.browse.facetsApplied.connect(lambda: listed.__setitem__("facets", listed["facets"] + 1))
    try:
        window.resize(1400, 860)
        window.show()
        _drive(steps, window, ref, listed, watch, t0 + copy_s, folder, report)
    finally:
        window.browse.set_filter(Filter())
        window.close()      # waits for the window's queries
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.DeferredDelete)
        library.engine.dispose()
        app.processEvents()


def _drive(steps: _Steps, window, ref, listed: dict, watch: _PaintWatch, t0: float, folder: Path,
           report: dict) -> None:
    from ...core.filters import Filter
    from ..browse.filter_panel import VALUE_ROLE
    from .checks import list_totals_agree, shown_count
    steps.wait("first list", lambda: listed["n"] >= 1)
    watch.armed = True
    window.table.viewport().update()
    painted = steps.wait("first paint of the list", lambda: watch.painted_at is not None)
    # From package import to the list painted, without the time spent copying the database
    # (which only the self-test does). No paint seen: no figure (and a failure above).
    report["first_paint_s"] = round(watch.painted_at - t0, 3) if painted else None
    total = ref.count()
    report["initiatives_total"] = window.browse.total_all
    report["initiatives_expected"] = total
    report["initiatives_listed_at_start"] = window.model.rowCount()
    steps.check(window.browse.total_all == total, f"the window counts {window.browse.total_all:,} initiatives, "
                                           f"Catalog.count gives {total:,}")
    _check_list(steps, window, ref, Filter(), "list at start")
    steps.check(window.model.rowCount() > 0, "the list is empty")

    # The in-memory facet snapshot (when the store's rule wants it): wait for it, so that the
    # filter, search and charts below run on it and are compared with SQL.
    report["snapshot_expected"] = expected = ref.snapshot_wanted()
    if expected:
        steps.wait("facet snapshot", lambda: window.browse.snapshot_s is not None)
        loaded = window.catalog.snapshot is not None
        steps.check(loaded, "the facet snapshot did not load")
        report["snapshot_loaded"] = loaded
        report["snapshot_s"] = round(window.browse.snapshot_s, 3) if window.browse.snapshot_s is not None else None
    else:
        report["snapshot_loaded"] = window.catalog.snapshot is not None

    sector_list = window.filter_panel.lists["sector"]
    steps.wait("facet values", lambda: sector_list.count() > 0)
    if not steps.check(sector_list.count() > 0, "no sector facet values"):
        return

    # A facet: the most common sector with bilateral money (the charts below need some to
    # draw). The count it shows must be the count the list then has.
    item = sector_list.item(0)
    for i in range(sector_list.count()):
        candidate = sector_list.item(i)
        f = replace(window.state.filter, sectors=frozenset({candidate.data(VALUE_ROLE)}))
        if any(ref.funding_totals(f, include_context=False).values()):
            item = candidate
            break
    value = item.data(VALUE_ROLE)
    shown = shown_count(item.text())
    wanted = replace(window.state.filter, sectors=frozenset({value}))
    before, facets_before = listed["n"], listed["facets"]
    t = time.perf_counter()
    item.setCheckState(item.checkState().__class__.Checked)
    steps.wait("list after facet filter", lambda: listed["n"] > before)
    steps.wait("facet counts after facet filter", lambda: listed["facets"] > facets_before)
    report["filter_ms"] = round((time.perf_counter() - t) * 1000, 1)
    report["filter"] = window.state.filter.describe()
    report["initiatives_shown_after_filter"] = window.model.rowCount()
    expected = _check_list(steps, window, ref, wanted, "facet filter")
    report["initiatives_expected_after_filter"] = expected
    steps.check(expected > 0, f"facet filter: no initiative in sector {value!r}")
    steps.check(shown == expected, f"facet filter: the sector facet showed {shown} for {value!r}, "
                                   f"Catalog.count gives {expected:,}")
    # Facet counts under the filter (from the snapshot on a large database): the first value
    # of another facet against SQL.
    kinds = window.filter_panel.lists["kind"]
    if steps.check(kinds.count() > 0, "facet filter: no kind facet values"):
        k = kinds.item(0)
        kv, kn = k.data(VALUE_ROLE), shown_count(k.text())
        kw = ref.count(replace(wanted, kinds=frozenset({kv})))
        report["facet_recheck"] = {"facet": "kind", "value": kv, "shown": kn, "expected": kw,
                                   "snapshot": window.catalog.snapshot is not None}
        steps.check(kn == kw, f"facet filter: the kind facet shows {kn} for {kv!r}, Catalog.count gives {kw:,}")

    faceted = wanted
    # A search within the filter: a word from the first listed name.
    first = window.model.row_record(0)
    word = next((w for w in (first.name if first else "").split() if len(w) > 4 and w.isalpha()), "research")
    wanted = replace(window.state.filter, text=word)
    before = listed["n"]
    t = time.perf_counter()
    window.browse.set_filter(wanted)
    steps.wait("list after search", lambda: listed["n"] > before)
    report["search_ms"] = round((time.perf_counter() - t) * 1000, 1)
    report["search"] = word
    report["initiatives_shown_after_search"] = window.model.rowCount()
    expected = _check_list(steps, window, ref, wanted, f"search for {word!r}")
    report["initiatives_expected_after_search"] = expected
    steps.check(window.model.rowCount() > 0, f"searching for {word!r} found nothing")

    # Select the first row: the detail pane shows it.
    window.browse.select_row(0)
    t = time.perf_counter()
    want_slug = window.model.row_record(0).slug if window.model.rowCount() else None
    steps.wait("detail of the selected row",
               lambda: bool(window.state.selected) and window.details.shown is not None
               and window.details.shown.slug == window.state.selected)
    report["detail_ms"] = round((time.perf_counter() - t) * 1000, 1)
    report["selected"] = window.state.selected
    steps.check(window.state.selected == want_slug,
                f"selecting row 0 ({want_slug}) selected {window.state.selected!r}")
    steps.check(not window.detail.is_empty(), "selecting a row did not fill the detail pane")

    # The source viewer on the selected initiative's first excerpt.
    d = window.details.shown
    if d is not None and d.excerpts:
        ex = d.excerpts[0]
        window.details.show_in_source(ex.source_slug, ex.id)
        viewer = window.details.source_viewer
        ok = viewer is not None and viewer.highlighted_range() == (ex.start, ex.end)
        report["source_viewer"] = {"source": ex.source_slug, "excerpt": [ex.start, ex.end], "ok": ok}
        steps.check(ok, "the source viewer did not highlight the excerpt")
        if viewer is not None:
            viewer.close()
    else:
        steps.check(False, "the selected initiative has no excerpts")

    # Back to the facet filter alone (a search narrows the list to a few initiatives, often
    # without money), for the charts and the data export.
    before = listed["n"]
    window.browse.set_filter(faceted)
    steps.wait("list after clearing the search", lambda: listed["n"] > before)
    _check_list(steps, window, ref, faceted, "clearing the search")

    # The list's per-initiative totals against the funding lines the charts sum.
    report["totals"] = list_totals_agree(ref, window.state.filter)
    steps.check(report["totals"]["ok"], f"list totals {report['totals']['list_gbp']} ≠ funding "
                                        f"lines {report['totals']['lines_gbp']}")

    # Charts in the window, over the current filter; one export of each format.
    _charts(steps, window, ref, folder, report)

    # A data export of the filtered list, read back.
    report["data_export"] = _data_export(window, ref, folder)
    steps.check(report["data_export"]["ok"], "the data export failed")
