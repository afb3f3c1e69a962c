"""The exporter itself: the DESIGN.md §4 traps (clipping, baked transforms, 96-dpi painting),
sizes in mm, names, atomic writes, the dialog, the panel and the self-test hook."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store.chart_data import ChartData
from ukjp_desktop.ui.charts.export import (ChartExportError, default_filename, export_chart,
                                          render_all_for_self_test, validate)
from ukjp_desktop.ui.charts import CHART_KINDS, chart_class
from ukjp_desktop.ui.charts.export_dialog import ExportChartsDialog
from ukjp_desktop.ui.charts.panel import ChartsPanel


@pytest.fixture
def chart(qtbot, catalog):
    c = chart_class("sector")(ChartData(catalog), "v-test")
    qtbot.addWidget(c)
    c.resize(900, 600)
    c.set_filter(Filter())
    return c


def _rects(path):
    ns = "{http://www.w3.org/2000/svg}"
    return [(float(r.get("x")), float(r.get("y")), float(r.get("width")), float(r.get("height")))
            for r in ET.parse(path).getroot().iter(f"{ns}rect")]


def test_svg_is_clipped_to_the_plot_when_zoomed(chart, tmp_path):
    chart.show()
    chart.view.setRange(xRange=(0, 2e6), padding=0)   # most bars now run past the right edge
    chart._remember_view()
    path = tmp_path / "zoomed.svg"
    export_chart(chart, path, "svg", 1000, 600)
    assert all(x + w <= 1000 + 0.5 for x, _y, w, _h in _rects(path))
    # the bars that were cut end at the same x: the plot's right edge
    ends = sorted({round(x + w, 1) for x, _y, w, h in _rects(path) if 20 < h < 200})
    assert ends[-1] < 1000 - 8


def test_png_for_print_keeps_text_size_in_physical_units(chart, tmp_path):
    """At 300 dpi the layout is painted at 96 dpi and scaled, so labels are not lost."""
    p96, p300 = tmp_path / "a.png", tmp_path / "b.png"
    export_chart(chart, p96, "png", 960, 600, dpi=96)
    export_chart(chart, p300, "png", 3000, 1875, dpi=300)

    def ink_rows(img):  # rows with dark (text/axis) pixels in the left label column
        return sum(1 for y in range(img.height())
                   if any(img.pixelColor(x, y).lightness() < 100 for x in range(0, img.width() // 6, 2)))
    a, b = QImage(str(p96)), QImage(str(p300))
    assert round(b.dotsPerMeterX() * 0.0254) == 300
    ratio = ink_rows(b) / ink_rows(a)
    assert 2.5 < ratio < 3.8     # same layout, 3.125× the pixels


def test_size_in_mm(chart, tmp_path):
    png = tmp_path / "c.png"
    export_chart(chart, png, "png", 100, 50, unit="mm", dpi=254)
    img = QImage(str(png))
    assert (img.width(), img.height()) == (1000, 500)
    svg = tmp_path / "c.svg"
    export_chart(chart, svg, "svg", 100, 50, unit="mm")
    root = ET.parse(svg).getroot()
    assert root.get("width").startswith("100") and root.get("width").endswith("mm")
    pdf = tmp_path / "c.pdf"
    export_chart(chart, pdf, "pdf", 100, 50, unit="mm")
    assert b"/MediaBox [0 0 283" in pdf.read_bytes()      # 100 mm = 283.46 pt


def test_unwritable_and_bad_requests_fail_cleanly(chart, tmp_path):
    with pytest.raises(ChartExportError, match="does not exist"):
        export_chart(chart, tmp_path / "missing" / "x.png")
    with pytest.raises(ChartExportError, match="unknown format"):
        export_chart(chart, tmp_path / "x.gif")
    with pytest.raises(ChartExportError, match="positive"):
        export_chart(chart, tmp_path / "x.png", width=0)
    assert list(tmp_path.iterdir()) == []     # no temporary files left behind


def test_validation_rejects_broken_files(tmp_path):
    bad_svg = tmp_path / "x.svg"
    bad_svg.write_text("<svg><g></svg>")
    assert validate(bad_svg, "svg")[0] is False
    bad_pdf = tmp_path / "x.pdf"
    bad_pdf.write_bytes(b"hello")
    assert validate(bad_pdf, "pdf")[0] is False


def test_meaningful_file_names(chart):
    chart.filter = Filter(sectors={"quantum"}, year_from=2022, year_to=2024)
    name = default_filename(chart, "svg")
    assert name == "funding-by-sector_sector-quantum-2022-2024_GBP.svg"


def test_dialog_exports_the_ticked_charts(qtbot, chart, tmp_path):
    dlg = ExportChartsDialog([("sector", chart.title)], lambda _k: chart, folder=str(tmp_path))
    qtbot.addWidget(dlg)
    dlg.format.setCurrentIndex(dlg.format.findData("pdf"))
    assert not dlg.dpi.isEnabled()
    results = dlg.export_selected()
    assert [r["ok"] for r in results] == [True]
    assert (tmp_path / "funding-by-sector_GBP.pdf").read_bytes().startswith(b"%PDF")


def test_panel_creates_charts_lazily_and_exports(qtbot, catalog, tmp_path, monkeypatch):
    panel = ChartsPanel(catalog, "v-test")
    qtbot.addWidget(panel)
    assert panel.charts == {}
    panel.show()
    qtbot.waitExposed(panel)
    assert list(panel.charts) == ["sector"]
    panel.set_filter(Filter(sectors={"quantum"}))
    # the data arrive from the query runner's worker, not within the call
    qtbot.waitUntil(lambda: panel.charts["sector"].filter == Filter(sectors={"quantum"}), timeout=10000)
    panel.tabs.setCurrentIndex(CHART_KINDS.index("timeline"))
    qtbot.waitUntil(lambda: panel.charts["timeline"].filter == Filter(sectors={"quantum"}), timeout=10000)
    with qtbot.waitSignal(panel.filterRequested) as sig:
        c = panel.charts["sector"]
        c.activate(c.drawn_shapes()[0])
    assert sig.args[0].sectors == {"quantum"}
    panel.currency_box.setCurrentText("USD")
    assert panel.current_chart().rate.currency == "USD"
    panel.highlight("uk-japan-quantum-joint-projects")
    with qtbot.waitSignal(panel.chartApplied, timeout=10000):
        pass
    assert panel.current_chart().highlight_slug == "uk-japan-quantum-joint-projects"
    assert panel.current_chart().highlight_keys
    monkeypatch.setattr(ExportChartsDialog, "exec", lambda self: 0)
    dlg = panel.export_dialog()
    dlg.folder.setText(str(tmp_path))
    results = dlg.export_selected()
    assert len(results) == len(CHART_KINDS) and all(r["ok"] for r in results)
    panel.copy_current_chart()
    from PySide6.QtGui import QGuiApplication
    assert not QGuiApplication.clipboard().image().isNull()


def test_render_all_for_self_test(qtbot, catalog, tmp_path):
    out = render_all_for_self_test(catalog, tmp_path)
    assert out["charts_rendered"] == list(CHART_KINDS)
    assert sorted(e["format"] for e in out["exports"]) == ["pdf", "png", "svg"]
    assert all(e["ok"] for e in out["exports"])
    json.dumps(out)   # goes straight into --self-test's JSON


def _ini(tmp_path):
    from PySide6.QtCore import QSettings
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


def test_dialog_remembers_folder_format_size_and_dpi(qtbot, chart, tmp_path):
    out = tmp_path / "charts"
    out.mkdir()
    settings = _ini(tmp_path)
    first = ExportChartsDialog([("sector", chart.title)], lambda _k: chart, settings=settings)
    qtbot.addWidget(first)
    assert first.folder.text() == str(Path.home())          # nothing remembered yet
    first.folder.setText(str(out))
    first.format.setCurrentIndex(first.format.findData("png"))
    first.unit.setCurrentIndex(first.unit.findData("mm"))
    first.width_box.setValue(120)
    first.height_box.setValue(80)
    first.dpi.setValue(300)
    assert [r["ok"] for r in first.export_selected()] == [True]
    settings.sync()

    again = ExportChartsDialog([("sector", chart.title)], lambda _k: chart, settings=_ini(tmp_path))
    qtbot.addWidget(again)
    assert again.folder.text() == str(out)
    assert again.format.currentData() == "png" and again.unit.currentData() == "mm"
    assert (again.width_box.value(), again.height_box.value(), again.dpi.value()) == (120, 80, 300)
    assert again.dpi.isEnabled()


def test_dialog_starts_in_the_list_exports_folder_and_ignores_bad_values(qtbot, chart, tmp_path):
    settings = _ini(tmp_path)
    settings.setValue("export/folder", str(tmp_path))        # where the list was last exported
    settings.setValue("charts/export/dpi", "lots")
    settings.setValue("charts/export/width", 10 ** 9)
    settings.setValue("charts/export/format", "gif")
    dlg = ExportChartsDialog([("sector", chart.title)], lambda _k: chart, settings=settings)
    qtbot.addWidget(dlg)
    assert dlg.folder.text() == str(tmp_path)
    assert (dlg.format.currentData(), dlg.dpi.value(), dlg.width_box.value()) == ("png", 150, 1600)
    settings.setValue("charts/export/folder", str(tmp_path / "gone"))   # a folder since deleted
    assert ExportChartsDialog([("sector", chart.title)], lambda _k: chart,
                              settings=settings).folder.text() == str(tmp_path)


def test_panel_uses_the_windows_settings(qtbot, catalog, tmp_path, monkeypatch):
    """The main window keeps its QSettings as ``settings``; the panel inside it finds them."""
    from PySide6.QtWidgets import QMainWindow
    window = QMainWindow()
    window.settings = _ini(tmp_path)
    window.settings.setValue("charts/export/format", "svg")
    panel = ChartsPanel(catalog, "v-test")
    window.setCentralWidget(panel)
    qtbot.addWidget(window)
    monkeypatch.setattr(ExportChartsDialog, "exec", lambda self: 0)
    dlg = panel.export_dialog()
    assert dlg.settings is window.settings and dlg.format.currentData() == "svg"
    alone = ChartsPanel(catalog, "v-test")          # no window with settings: none remembered
    qtbot.addWidget(alone)
    assert alone.export_dialog().settings is None
