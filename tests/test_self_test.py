"""``--self-test`` is a check that can fail.

* Its file validators reject a blank PNG, an SVG without shapes and a PDF page that draws
  nothing (``chart_export.validate`` accepts all three).
* It passes on the curated database and, in a subprocess from source, on a generated database
  of 5,000 initiatives, where the window counts with the in-memory facet snapshot.
* Run in this process with one thing broken on purpose (a count, a search, a chart total, the
  PNG writer, a wait that never ends, the first paint, the facet filter), it exits 1 and the
  report names what broke.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QPointF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from ukjp_desktop.core.dataset import load_dataset
from ukjp_desktop.ui.charts import export as chart_export
from ukjp_desktop.ui.self_test import runner as self_test
from ukjp_desktop.ui.charts.registry import CHART_KINDS
from ukjp_desktop.ui.self_test.checks import (check_export, check_image, check_pdf, check_png,
                                              check_svg, pdf_drawing, shown_count)

ROOT = Path(__file__).resolve().parent.parent
N_CURATED = len(load_dataset(ROOT / "db").initiatives)


@pytest.fixture
def qapp():
    from ukjp_desktop.app import make_application
    return make_application()


# ---- validators -------------------------------------------------------------------------------
def _blank(w=600, h=400) -> QImage:
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(QColor("#ffffff"))
    return img


def _paint_something(p: QPainter, w: float, h: float) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.fillRect(QRectF(0, 0, w, h), QColor("#ffffff"))
    for i, colour in enumerate(("#1f77b4", "#d62728", "#2ca02c", "#9467bd")):
        p.setPen(QColor("#333333"))
        p.setBrush(QColor(colour))
        p.drawRect(QRectF(40 + i * 120, h - 40 - 60 * (i + 1), 80, 60 * (i + 1)))
        p.drawEllipse(QPointF(80 + i * 120, 40), 12, 12)
    p.drawLine(QPointF(20, h - 30), QPointF(w - 20, h - 30))
    p.drawText(QPointF(30, 20), "Funding by sector")


def _drawn(w=600, h=400) -> QImage:
    img = _blank(w, h)
    p = QPainter(img)
    _paint_something(p, w, h)
    p.end()
    return img


def test_png_blank_fails_drawn_passes(qapp, tmp_path):
    blank = tmp_path / "blank.png"
    assert _blank().save(str(blank), "PNG")
    ok, detail = check_png(blank)
    assert not ok and "blank" in detail and "1 colours" in detail
    # the chart export's own validator, which the self-test used to rely on, accepts it
    assert chart_export.validate(blank, "png", {"width": 600, "height": 400})[0]

    speck = _blank()
    for x in range(3):
        speck.setPixelColor(10 + x, 10, QColor("#000000"))
    p = tmp_path / "speck.png"
    speck.save(str(p), "PNG")
    assert not check_png(p)[0]

    drawn = tmp_path / "drawn.png"
    _drawn().save(str(drawn), "PNG")
    ok, detail = check_png(drawn)
    assert ok, detail

    not_png = tmp_path / "x.png"
    not_png.write_bytes(b"GIF89a" + b"\0" * 100)
    assert check_png(not_png) == (False, "PNG signature missing")


def test_image_check_on_a_single_colour_that_is_not_white(qapp):
    img = _blank()
    img.fill(QColor("#3366cc"))
    assert not check_image(img)[0]
    assert check_image(_drawn())[0]


def test_svg_without_shapes_fails(tmp_path):
    empty = tmp_path / "empty.svg"
    empty.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>')
    ok, detail = check_svg(empty)
    assert not ok and "0 shape elements" in detail
    assert chart_export.validate(empty, "svg")[0]   # the old check accepted it

    text_only = tmp_path / "text.svg"
    text_only.write_text('<svg xmlns="http://www.w3.org/2000/svg"><g><text>Funding</text></g></svg>')
    assert not check_svg(text_only)[0]

    broken = tmp_path / "broken.svg"
    broken.write_text('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')
    assert "does not parse" in check_svg(broken)[1]

    html = tmp_path / "html.svg"
    html.write_text("<html><rect/></html>")
    assert "not <svg>" in check_svg(html)[1]

    shapes = tmp_path / "shapes.svg"
    shapes.write_text('<svg xmlns="http://www.w3.org/2000/svg"><g><rect width="3" height="4"/>'
                      '<path d="M0 0 L1 1"/><polygon points="0,0 1,0 1,1"/></g></svg>')
    ok, detail = check_svg(shapes)
    assert ok and "3 shape elements" in detail
    assert not check_svg(shapes, min_shapes=4)[0]   # fewer elements than data shapes drawn


def test_svg_written_by_qt(qapp, tmp_path):
    def write(path, paint):
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(600, 400))
        gen.setViewBox(QRect(0, 0, 600, 400))
        p = QPainter(gen)
        if paint:
            _paint_something(p, 600, 400)
        p.end()
    nothing, something = tmp_path / "nothing.svg", tmp_path / "something.svg"
    write(nothing, False)
    write(something, True)
    assert not check_svg(nothing)[0]
    ok, detail = check_svg(something, min_shapes=8)
    assert ok, detail


def _qt_pdf(path: Path, paint: bool) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QSizeF(160, 100), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(96)
    p = QPainter(writer)
    if paint:
        _paint_something(p, writer.width(), writer.height())
    p.end()


def test_pdf_with_no_drawing_fails(qapp, tmp_path):
    empty = tmp_path / "empty.pdf"
    _qt_pdf(empty, paint=False)
    ok, detail = check_pdf(empty)
    assert not ok and "draws nothing" in detail, detail
    assert chart_export.validate(empty, "pdf")[0]   # header and one page: the old check passed

    drawn = tmp_path / "drawn.pdf"
    _qt_pdf(drawn, paint=True)
    ok, detail = check_pdf(drawn, min_path_ops=8)
    assert ok, detail
    d = pdf_drawing(drawn.read_bytes())
    assert d["pages"] == 1 and d["path_ops"] >= 8 and d["paint_ops"] >= 1
    # the same file asked for more shapes than it draws
    assert not check_pdf(drawn, min_path_ops=d["path_ops"] + 1)[0]


def _handmade_pdf(content: bytes, compress: bool = False) -> bytes:
    import zlib
    stream = zlib.compress(content) if compress else content
    filt = b" /Filter /FlateDecode" if compress else b""
    return (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length " + str(len(stream)).encode() + filt + b" >>\nstream\n" + stream +
            b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


@pytest.mark.parametrize("compress", [False, True])
def test_pdf_content_streams_are_read(tmp_path, compress):
    p = tmp_path / "x.pdf"
    p.write_bytes(_handmade_pdf(b"", compress))
    assert not check_pdf(p)[0]
    # text alone is no drawing (operators inside strings do not count)
    p.write_bytes(_handmade_pdf(b"BT /F1 12 Tf 10 10 Td (10 10 m 20 20 l S) Tj ET", compress))
    assert not check_pdf(p)[0]
    p.write_bytes(_handmade_pdf(b"0 0 1 rg 10 10 50 80 re f 0 0 m 100 100 l S", compress))
    ok, detail = check_pdf(p, min_path_ops=3)
    assert ok and "3 path and 2 painting" in detail, detail
    p.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")
    assert check_pdf(p) == (False, "PDF has no page object")
    p.write_bytes(b"<html>not a pdf</html>")
    assert not check_pdf(p)[0]


def test_check_export_asks_each_data_shape_to_be_drawn(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_bytes(_handmade_pdf(b"10 10 50 80 re f"))
    assert check_export(p, "pdf", 1)[0]
    assert not check_export(p, "pdf", 2)[0]
    assert not check_export(p, "eps", 1)[0]


def test_shown_count():
    assert shown_count("Quantum  (1,234)") == 1234
    assert shown_count("Research (policy)  (7)") == 7
    assert shown_count("no count") is None


# ---- the self-test, in this process -----------------------------------------------------------
def _run(db, capsys, **timeouts) -> tuple[int, dict]:
    for name, seconds in timeouts.items():
        assert name in self_test.TIMEOUTS
    t0 = time.perf_counter()
    with pytest.MonkeyPatch.context() as mp:
        for name, seconds in timeouts.items():
            mp.setitem(self_test.TIMEOUTS, name, seconds)
        rc = self_test.run_self_test(str(db), t0)
    out = capsys.readouterr().out
    return rc, json.loads(out[out.index("{"):])


def _failures_with(report: dict, *words: str) -> list[str]:
    return [f for f in report.get("failures", []) if all(w in f for w in words)]


def test_passes_on_the_curated_database(qapp, built_db, capsys, dataset):
    before = built_db.read_bytes()
    rc, r = _run(built_db, capsys)
    assert rc == 0 and r["ok"] is True, (r.get("failures"), r.get("traceback"))
    assert r["initiatives_total"] == r["initiatives_expected"] == len(dataset.initiatives)
    assert r["initiatives_listed_at_start"] == len(dataset.initiatives)
    # the filter really narrowed the list, and the search within it too
    assert 0 < r["initiatives_shown_after_filter"] < len(dataset.initiatives)
    assert r["initiatives_shown_after_search"] <= r["initiatives_shown_after_filter"]
    assert r["first_paint_s"] > 0 and r["snapshot_expected"] is False
    assert set(r["waits_ms"]) >= {"first list", "list after facet filter", "list after search"}
    assert [c["kind"] for c in r["charts"]] == list(CHART_KINDS) == r["charts_rendered"]
    for c in r["charts"]:
        assert c["ok"] and c["shapes"] > 0 and c["total_gbp"] == c["expected_gbp"]
        assert Decimal(c["total_gbp"]) > 0
    assert {e["format"] for e in r["exports"]} == {"png", "svg", "pdf"}
    assert all(e["ok"] and e["shapes"] > 0 for e in r["exports"])
    assert r["totals"]["ok"] and r["data_export"]["ok"]
    assert built_db.read_bytes() == before


def test_fails_when_the_window_counts_wrong(qapp, built_db, capsys, monkeypatch):
    """The list's count (computed off the UI thread) is off by one; the reference count, made
    by the self-test on the UI thread, is not."""
    from ukjp_desktop.store.catalog import Catalog
    real = Catalog.count

    def count(self, f=None, *a, **kw):
        n = real(self, f, *a, **kw) if f is not None else real(self)
        return n + 1 if threading.current_thread() is not threading.main_thread() else n

    monkeypatch.setattr(Catalog, "count", count)
    rc, r = _run(built_db, capsys)
    assert rc == 1 and r["ok"] is False
    assert _failures_with(r, "facet filter: the list shows", "Catalog.count gives")
    assert _failures_with(r, "list at start: the list shows")


def test_fails_when_the_search_fails(qapp, built_db, capsys, monkeypatch):
    """A search that fails still emits resultsApplied (the old self-test passed: the previous
    list was not empty)."""
    from ukjp_desktop.core.search_syntax import SearchSyntaxError
    from ukjp_desktop.store.catalog import Catalog
    real = Catalog.list

    def broken(self, f=None, *a, **kw):
        if f is not None and f.text:
            raise SearchSyntaxError("the search engine is broken")
        return real(self, f, *a, **kw) if f is not None else real(self, *a, **kw)

    monkeypatch.setattr(Catalog, "list", broken)
    rc, r = _run(built_db, capsys)
    assert rc == 1
    assert _failures_with(r, "search for", "the list was not replaced")
    assert _failures_with(r, "search for", "reports an error", "the search engine is broken")
    assert r["initiatives_shown_after_search"] > 0   # the old list, still showing


def test_fails_when_a_chart_total_is_a_penny_out(qapp, built_db, capsys, monkeypatch):
    from ukjp_desktop.store.chart_data import ChartData
    real = ChartData.by_sector

    def by_sector(self, *a, **kw):
        s = real(self, *a, **kw)
        first = s.categories[0]
        seg = replace(first.segments[0], gbp=first.segments[0].gbp + Decimal("0.01"))
        cat = replace(first, segments=(seg,) + first.segments[1:])
        return replace(s, categories=(cat,) + s.categories[1:])

    monkeypatch.setattr(ChartData, "by_sector", by_sector)
    rc, r = _run(built_db, capsys)
    assert rc == 1
    assert _failures_with(r, "chart sector", "≠ store")
    charts = {c["kind"]: c for c in r["charts"]}
    assert not charts["sector"]["ok"]
    assert Decimal(charts["sector"]["total_gbp"]) - Decimal(charts["sector"]["expected_gbp"]) == Decimal("0.01")
    assert all(c["ok"] for k, c in charts.items() if k != "sector")
    assert "sector" not in r["charts_rendered"]


def test_fails_when_a_chart_draws_nothing(qapp, built_db, capsys, monkeypatch):
    from ukjp_desktop.ui.charts.organisation import OrganisationChart
    monkeypatch.setattr(OrganisationChart, "build_shapes", lambda self: [])
    rc, r = _run(built_db, capsys)
    assert rc == 1
    assert _failures_with(r, "chart organisation", "no shapes drawn")


def test_fails_when_the_png_is_blank(qapp, built_db, capsys, monkeypatch):
    real = chart_export.render_image

    def blank(chart, w, h, dpi=96, info=None):
        img = real(chart, w, h, dpi, info)    # drawn as usual (so the shape count is real) ...
        out = QImage(img.size(), img.format())
        out.fill(QColor("#ffffff"))           # ... but the file gets a white canvas
        out.setDotsPerMeterX(img.dotsPerMeterX())
        out.setDotsPerMeterY(img.dotsPerMeterY())
        return out

    monkeypatch.setattr(chart_export, "render_image", blank)
    rc, r = _run(built_db, capsys)
    assert rc == 1
    assert _failures_with(r, "PNG export of chart sector", "blank")
    png = next(e for e in r["exports"] if e["format"] == "png")
    assert png["ok"] is False and png["shapes"] > 0
    assert all(e["ok"] for e in r["exports"] if e["format"] != "png")


def test_a_wait_that_times_out_is_a_named_failure(qapp, built_db, capsys, monkeypatch):
    """The search's list never arrives."""
    from ukjp_desktop.ui.query_runner import QueryRunner
    real = QueryRunner._run_list

    def silent(self, gen, f, *a):
        if f.text:
            return
        real(self, gen, f, *a)

    monkeypatch.setattr(QueryRunner, "_run_list", silent)
    rc, r = _run(built_db, capsys, **{"list after search": 1.0})
    assert rc == 1
    assert "timeout: list after search" in r["failures"]
    assert r["waits_ms"]["list after search"] >= 1000


def test_no_paint_is_a_failure_not_now(qapp, built_db, capsys, monkeypatch):
    monkeypatch.setattr(self_test._PaintWatch, "eventFilter", lambda self, obj, event: False)
    rc, r = _run(built_db, capsys, **{"first paint of the list": 0.5})
    assert rc == 1
    assert "timeout: first paint of the list" in r["failures"]
    assert r["first_paint_s"] is None


def test_a_facet_filter_that_never_applies_fails(qapp, built_db, capsys, monkeypatch):
    from ukjp_desktop.ui.browse.controller import BrowseController
    monkeypatch.setattr(BrowseController, "_on_filter_edited", lambda self, f: None)
    rc, r = _run(built_db, capsys, **{"list after facet filter": 1.0, "facet counts after facet filter": 1.0})
    assert rc == 1
    assert "timeout: list after facet filter" in r["failures"]
    assert _failures_with(r, "facet filter: the window's filter is", "expected 'sector:")


# ---- on 5,000 generated initiatives (the facet snapshot path) ---------------------------------
def _env(tmp: Path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", UKJP_DB=str(tmp / "none.sqlite"),
                HOME=str(tmp / "home"), XDG_CONFIG_HOME=str(tmp / "home" / "config"),
                XDG_DATA_HOME=str(tmp / "home" / "data"))


CLI = [sys.executable, "-m", "ukjp_desktop"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> tuple[Path, int]:
    """A generated database just large enough for the window to load the facet snapshot
    (``ukjp-desktop demo-data``, ~2 s)."""
    from ukjp_desktop.store.catalog import SNAPSHOT_FROM
    n = SNAPSHOT_FROM
    tmp = tmp_path_factory.mktemp("demo5k")
    db = tmp / "demo.sqlite"
    made = subprocess.run(CLI + ["demo-data", "--initiatives", str(n), "--output", str(db)],
                          capture_output=True, text=True, env=_env(tmp), timeout=300)
    assert made.returncode == 0, made.stderr
    return db, n


def test_self_test_on_5000_initiatives_uses_the_snapshot(tmp_path, demo_db):
    db, n = demo_db
    t = time.perf_counter()
    out = subprocess.run(CLI + ["--self-test", "--db", str(db)], capture_output=True, text=True,
                         env=_env(tmp_path), timeout=600)
    wall = time.perf_counter() - t
    r = json.loads(out.stdout[out.stdout.index("{"):])
    assert out.returncode == 0 and r["ok"] is True, (r.get("failures"), r.get("traceback"), out.stderr[-2000:])
    assert r["initiatives_total"] == r["initiatives_expected"] == n
    assert r["snapshot_expected"] is True and r["snapshot_loaded"] is True and r["snapshot_s"] > 0
    # the facet counts after the filter came from the snapshot and agree with SQL
    assert r["facet_recheck"]["snapshot"] is True
    assert r["facet_recheck"]["shown"] == r["facet_recheck"]["expected"] > 0
    assert 0 < r["initiatives_shown_after_filter"] < n
    assert r["charts_rendered"] == list(CHART_KINDS)
    assert all(c["ok"] and c["shapes"] > 0 for c in r["charts"])
    assert all(e["ok"] for e in r["exports"])
    print(f"self-test on {n:,} initiatives: {wall:.1f} s wall, report {r['self_test_s']} s, "
          f"snapshot {r['snapshot_s']} s")


def test_a_wrong_snapshot_count_fails(qapp, demo_db, capsys, monkeypatch):
    """Only the snapshot is wrong (SQL is right): the self-test notices, so it does compare
    the snapshot path with SQL."""
    from ukjp_desktop.store.facet_snapshot import FacetSnapshot
    real = FacetSnapshot.count
    monkeypatch.setattr(FacetSnapshot, "count", lambda self, conn, f: real(self, conn, f) + 1)
    rc, r = _run(demo_db[0], capsys)
    assert rc == 1 and r["snapshot_loaded"] is True
    assert _failures_with(r, "facet filter: the list shows", "Catalog.count gives")
