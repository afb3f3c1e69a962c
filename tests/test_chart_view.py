"""The charts panel as a user drives it: log scale and currency switches refit the view (and
never freeze the axis), a zoom by hand is kept over data changes with a visible way back, data
changed underneath are queried again, the timeline stays readable at the panel's size, and
exports leave out the selection outline and get ordinary file permissions."""
from __future__ import annotations

import math
import os
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage
from PySide6.QtWidgets import QApplication

from ukjp_desktop.core.chart_series import TimelineItem, TimelineSeries
from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store.chart_data import ChartData, date_point
from ukjp_desktop.ui.charts.export import export_chart, render_image
from ukjp_desktop.ui.charts import CHART_KINDS, chart_class
from ukjp_desktop.ui.charts.axes import AmountScale, MoneyAxis
from ukjp_desktop.ui.charts.export_dialog import ExportChartsDialog
from ukjp_desktop.ui.charts.panel import ChartsPanel
from ukjp_desktop.ui.charts.shapes import HIGHLIGHT

QUANTUM = "uk-japan-quantum-joint-projects"
HIGHLIGHT_HEX = HIGHLIGHT.name()


def _settle(qtbot, n: int = 3, panel: ChartsPanel | None = None) -> None:
    """Let Qt lay out and paint; with ``panel``, first wait for its charts' data (they are
    loaded off the UI thread)."""
    if panel is not None:
        qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    for _ in range(n):
        QApplication.processEvents()
    qtbot.wait(10)


def _panel(qtbot, catalog, kind: str = "sector", size=(900, 600)) -> ChartsPanel:
    panel = ChartsPanel(catalog, "v-test")
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    panel.tabs.setCurrentIndex(CHART_KINDS.index(kind))
    _settle(qtbot, panel=panel)
    return panel


def _n_ticks(levels) -> int:
    return sum(len(values) for _spacing, values in levels)


def _amount_dim(chart):
    """0 for x, 1 for y: the axis amounts run along (None for the timeline)."""
    if chart.kind == "timeline":
        return None
    return 0 if chart.horizontal else 1


def _shape_extent(chart, dim: int) -> tuple[float, float]:
    lo, hi = math.inf, -math.inf
    for s in chart.drawn_shapes():
        if s.kind == "rect":
            r = s.rect.normalized()
            a, b = (r.left(), r.right()) if dim == 0 else (r.top(), r.bottom())
        else:
            a = b = s.points[0].x() if dim == 0 else s.points[0].y()
        lo, hi = min(lo, a), max(hi, b)
    return lo, hi


def _assert_view_frames_data(chart, what: str) -> None:
    view = chart.view.viewRange()
    dims = (0, 1)
    for dim in dims:
        lo, hi = _shape_extent(chart, dim)
        v0, v1 = view[dim]
        eps = 1e-6 * max(1.0, abs(hi - lo))
        assert v0 - eps <= lo and hi <= v1 + eps, (what, dim, (lo, hi), view[dim])
    dim = _amount_dim(chart)
    if dim is not None:
        lo, hi = _shape_extent(chart, dim)
        lo, hi = min(lo, 0.0), max(hi, 0.0)          # bars start at the axis
        v0, v1 = view[dim]
        assert v1 - v0 <= 3 * (hi - lo), (what, (lo, hi), view[dim])


# ---- 1. log scale: bounded ticks, refitted view ---------------------------------------------------
def test_log_axis_ticks_are_bounded_whatever_the_range(qapp):
    axis = MoneyAxis("bottom")
    axis.set_scale(AmountScale(log=True, smallest=2e6), "GBP")
    # A view left in linear units: once a tick per "decade" from 0 to the range's end.
    assert _n_ticks(axis.tickValues(0, 1e6, 400)) <= 30
    levels = axis.tickValues(0, 1e9, 400)
    assert _n_ticks(levels) <= 30
    for lo, hi in ((-1e300, 1e300), (float("nan"), 5.0), (0.0, float("inf")), (-1e9, 0.0)):
        levels = axis.tickValues(lo, hi, 400)
        assert _n_ticks(levels) <= 30
        for _spacing, values in levels:
            assert len(axis.tickStrings(values, 1, 1)) == len(values)   # no overflow either
    # an ordinary log range keeps its decades and the 2× / 5× marks
    (_s, major), (_m, minor) = axis.tickValues(0.0, 3.2, 400)
    assert major == [0.0, 1.0, 2.0, 3.0] and len(minor) == 6
    assert axis.tickStrings(major, 1, 1) == ["£1m", "£10m", "£100m", "£1bn"]
    # a short axis (~110 px at 1024x700) over a bit more than two decades: every decade and its
    # marks, not every second power of ten (whose labels fell at the edges, leaving none)
    (step, major), (_m, minor) = axis.tickValues(0.0, 2.15, 110)
    assert step == 1.0 and major == [0.0, 1.0, 2.0] and minor


def test_ticking_log_scale_in_the_panel_refits_the_view_in_log_units(qtbot, catalog):
    panel = _panel(qtbot, catalog, "sector", size=(900, 350))
    chart = panel.current_chart()
    linear_right = chart.view.viewRange()[0][1]
    assert linear_right > 1e6                      # pounds
    panel.log_box.setChecked(True)
    # Before any paint: the view is already in decades, framing the bars.
    (x0, x1), _ = chart.view.viewRange()
    assert x1 < 20, "the view must be refitted in log units, not left at " + repr((x0, x1))
    _assert_view_frames_data(chart, "log on")
    panel.grab()                                   # paints the axis (froze the window before)
    _settle(qtbot)
    axis = chart.amount_axis
    assert _n_ticks(axis.tickValues(x0, x1, axis.width() or 600)) <= 30
    assert axis.scale_.log
    panel.log_box.setChecked(False)
    assert chart.view.viewRange()[0][1] == pytest.approx(linear_right, rel=1e-6)


# ---- 2. every currency / scale switch refits ------------------------------------------------------
@pytest.mark.parametrize("kind", CHART_KINDS)
def test_view_frames_the_data_after_currency_and_scale_switches(qtbot, catalog, kind):
    panel = _panel(qtbot, catalog, kind)
    chart = panel.current_chart()
    _assert_view_frames_data(chart, "start")
    for step in ("JPY", "USD", "GBP", "log", "JPY", "USD", "nolog", "GBP"):
        if step in ("log", "nolog"):
            panel.log_box.setChecked(step == "log")
        else:
            panel.currency_box.setCurrentText(step)
        assert chart.rate.currency == panel.currency and chart.log == panel.log
        _assert_view_frames_data(chart, step)
        _settle(qtbot, 1)
        _assert_view_frames_data(chart, step + " (after layout)")


def test_a_zoom_by_hand_is_kept_over_data_changes_and_reset_is_offered(qtbot, catalog):
    panel = _panel(qtbot, catalog, "sector")
    chart = panel.current_chart()
    assert not panel.reset_button.isEnabled() and chart.zoom_hint.isHidden()
    chart.view.setRange(xRange=(0, 3e6), padding=0)
    chart._remember_view()                               # what a wheel or drag reports
    zoomed = chart.view.viewRange()
    assert panel.reset_button.isEnabled() and not chart.zoom_hint.isHidden()
    panel.context_box.setChecked(True)                   # a data change: the zoom is kept
    panel.set_filter(Filter(year_from=2015))
    _settle(qtbot, panel=panel)
    assert chart.filter == Filter(year_from=2015) and chart.include_context
    assert chart.view.viewRange()[0] == pytest.approx(zoomed[0])
    assert panel.reset_button.isEnabled()
    chart.zoom_hint.click()                              # the way back
    assert not panel.reset_button.isEnabled() and chart.zoom_hint.isHidden()
    _assert_view_frames_data(chart, "reset")
    chart.view.setRange(xRange=(0, 3e6), padding=0)
    chart._remember_view()
    panel.currency_box.setCurrentText("JPY")             # other units: always refitted
    _assert_view_frames_data(chart, "JPY after zoom")
    assert not panel.reset_button.isEnabled() and chart.zoom_hint.isHidden()
    panel.set_filter(Filter())                           # no zoom: a data change refits
    _settle(qtbot, panel=panel)
    assert chart.filter == Filter()
    _assert_view_frames_data(chart, "filter")


# ---- 3. data changed underneath ------------------------------------------------------------------
def _import_robotics_call(library, tmp_path):
    from ukjp_desktop.core.extract import propose
    from ukjp_desktop.core.extract.propose import propose_source_meta
    from ukjp_desktop.core.extract.readers import read_document
    from ukjp_desktop.store import importer as imp
    text = ("UK and Japan launch robotics call\n\n"
            "EPSRC and the Japan Science and Technology Agency (JST) today (Monday 10 March) opened a "
            "joint call on care robotics. The projects are funded by £2.5 million from EPSRC and just "
            "over ¥400 million (approximately £2.1 million) from JST.\n\nThe call closes on 30 May 2025.\n")
    f = tmp_path / "call.txt"
    f.write_text(text, encoding="utf-8")
    doc = read_document(f)
    r = propose(doc.text, document_date=None)
    draft = imp.SourceDraft.from_document(doc, propose_source_meta(doc.text, r))
    uk, jp = (p for p in r.money if not p.converted_from)
    plan = imp.ImportPlan(
        source=draft, initiative=imp.NewInitiative("UK–Japan care robotics call", kind="funding_call",
                                                   sectors=("ai",), countries=("GB", "JP")),
        money=[imp.accept_money(r, uk.id), imp.accept_money(r, jp.id)],
        dates=[imp.AcceptedDate(next(d for d in r.dates if d.value == "2025-03-10"), "started")],
        organisations=[imp.AcceptedOrganisation(o, "funder") for o in r.organisations[:1]])
    return imp, imp.import_document(library.engine, plan)


def test_data_changed_requeries_the_visible_chart_and_marks_the_others(qtbot, library, tmp_path):
    catalog = library.catalog
    panel = _panel(qtbot, catalog, "year")            # the year chart exists, then is hidden
    panel.tabs.setCurrentIndex(CHART_KINDS.index("sector"))
    _settle(qtbot, panel=panel)
    sector, year = panel.charts["sector"], panel.charts["year"]
    before_total = sector.series.total()
    before_sources = sector.n_sources
    imp, receipt = _import_robotics_call(library, tmp_path)
    panel.data_changed()
    _settle(qtbot, panel=panel)
    fresh = ChartData(catalog)
    assert sector.series == fresh.by_sector(Filter(), False)
    assert sector.series.total() > before_total
    assert sector.n_sources == fresh.sources_count(Filter()) == before_sources + 1
    assert f"{before_sources + 1} sources" in sector.caption_label.text()
    assert year.stale                                  # queried when its tab is shown again
    panel.tabs.setCurrentIndex(CHART_KINDS.index("year"))
    _settle(qtbot, panel=panel)
    assert not year.stale
    assert year.series.total() == sum(catalog.funding_totals(Filter(), include_context=False).values())
    imp.undo_import(library.engine, receipt.id)       # and back
    panel.data_changed()
    _settle(qtbot, panel=panel)
    assert year.series.total() == sum(catalog.funding_totals(Filter(), include_context=False).values())
    assert panel.charts["sector"].stale


# ---- 4. the timeline at the panel's size ----------------------------------------------------------
def _lab(c: QColor) -> tuple[float, float, float]:
    def lin(v):
        v /= 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = lin(c.red()), lin(c.green()), lin(c.blue())
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _assert_legend_distinct(entries) -> None:
    colours = [e.fill for e in entries if e.marker == "rect"]
    assert len(colours) <= 8
    for i, a in enumerate(colours):
        for b in colours[i + 1:]:
            assert math.dist(_lab(a), _lab(b)) >= 20, (a.name(), b.name())


def _assert_rows_readable(chart) -> None:
    ax = chart.plot.getAxis("left")
    fm = QFontMetricsF(ax.style.get("tickFont") or QFont())
    ticks = ax._tickLevels[0] if ax._tickLevels else []
    assert len(ticks) == len(chart.rows)               # every row drawn has its name
    assert chart.row_spacing_px() >= fm.height()
    # the names' boxes, in pixels, one per row: none overlaps the next
    (x0, _x1), _ = chart.view.viewRange()
    boxes = []
    for pos, _text in ticks:
        y = chart.view.mapViewToDevice(QPointF(x0, pos)).y()
        boxes.append(QRectF(0, y - fm.height() / 2, 10, fm.height()))
    assert not any(a.intersects(b) for a, b in zip(boxes, boxes[1:]))


def test_timeline_rows_fit_and_are_labelled_at_the_panels_size(qtbot, catalog):
    c = chart_class("timeline")(ChartData(catalog), "v-test")
    qtbot.addWidget(c)
    c.resize(900, 350)
    c.set_filter(Filter())
    c.show()
    qtbot.waitExposed(c)
    _settle(qtbot)
    total = c.series.total_count
    assert 0 < len(c.rows) < total                     # 25 dated rows do not fit in ~190 px
    _assert_rows_readable(c)
    hidden = total - len(c.rows)
    assert c.more_note.startswith(f"{hidden} more dated initiatives not shown")
    assert f"Showing the {len(c.rows)} best-funded of {total} dated initiatives" in c.caption().text()
    # the note is drawn on the plot, inside the view, below the last row's name
    note = c.note_item.mapRectToScene(c.note_item.boundingRect())
    plot_area = c.view.sceneBoundingRect()
    assert plot_area.contains(note), (note, plot_area)
    (x0, _x1), _ = c.view.viewRange()
    last_row = c.view.mapViewToScene(QPointF(x0, len(c.rows) - 1)).y()
    assert note.top() >= last_row + QFontMetricsF(QFont()).height() / 2
    _assert_legend_distinct(c.legend_entries())
    # bigger: more rows, still readable; the best-funded are kept
    c.resize(900, 900)
    _settle(qtbot)
    assert len(c.rows) == total
    _assert_rows_readable(c)
    assert c.more_note == ""
    # an export lays out its own rows at its own size and says so in its caption
    info: dict = {}
    render_image(c, 900, 350, info=info)
    assert "best-funded" in info["caption"]


def test_timeline_at_scale_keeps_a_few_distinct_colours(qtbot, catalog):
    """~400 rows over twenty sectors (the 100k case): the rows that fit, six colours and a grey
    "Other", all far apart."""
    data = ChartData(catalog)
    c = chart_class("timeline")(data, "v-test")
    qtbot.addWidget(c)
    c.resize(900, 350)
    c.set_filter(Filter())
    sectors = [f"sector-{i:02d}" for i in range(20)]
    items = tuple(TimelineItem(f"ini-{i}", f"Initiative number {i} with a long name", (sectors[i % 20],),
                               2000 + i % 25, date_point(str(2000 + i % 25), "year"), None, None,
                               Decimal(1000 * (400 - i)))
                  for i in range(400))
    c.series = TimelineSeries(items, 100_000, 0)
    c.show()
    qtbot.waitExposed(c)
    c.redraw()
    _settle(qtbot)
    _assert_rows_readable(c)
    assert c.more_note.startswith(f"{100_000 - len(c.rows):,} more")
    # points alone (no spans) still give the data item its extent, so it is painted
    bounds = c.items.boundingRect()
    assert all(bounds.contains(s.points[0]) for s in c.drawn_shapes())
    assert bounds.width() > 0 and bounds.height() > 0
    legend = c.legend_entries()
    _assert_legend_distinct(legend)
    assert sum(1 for e in legend if e.marker == "rect") <= 7
    # the highlighted initiative keeps a row even when it is not among the best-funded
    c.highlight("ini-399")
    assert "ini-399" in {it.slug for it in c.rows}


# ---- 5. the panel's export button ---------------------------------------------------------------
def test_export_button_opens_with_every_chart_ticked(qtbot, catalog, monkeypatch):
    opened = []
    monkeypatch.setattr(ExportChartsDialog, "exec", lambda self: opened.append(self) or 0)
    panel = _panel(qtbot, catalog, "sector")
    panel.export_button.click()
    assert len(opened) == 1
    assert opened[0].selected() == list(CHART_KINDS)
    # from a chart's own menu: that chart only
    panel.current_chart()._export_requested()
    assert opened[1].selected() == ["sector"]


# ---- 6. the selection outline is not exported ----------------------------------------------------
def _svg_outline_shapes(path, colour: str) -> list:
    found = []

    def walk(el, stroke):
        tag = el.tag.rsplit("}", 1)[-1]
        stroke = el.get("stroke", stroke)
        if tag in ("rect", "circle", "ellipse", "path", "polyline", "polygon") and stroke == colour:
            found.append(el)
        for child in el:
            walk(child, stroke)
    walk(ET.parse(path).getroot(), None)
    return found


@pytest.mark.parametrize("kind", ["sector", "timeline"])
def test_exports_leave_out_the_selection_outline(qtbot, catalog, tmp_path, kind):
    c = chart_class(kind)(ChartData(catalog), "v-test")
    qtbot.addWidget(c)
    c.resize(900, 600)
    c.set_filter(Filter())
    plain = render_image(c, 900, 600)
    c.highlight(QUANTUM)
    assert any(s.stroke == HIGHLIGHT for s in c.items.shapes)      # on screen it is drawn
    svg = tmp_path / "c.svg"
    export_chart(c, svg, "svg", 1000, 640)
    assert _svg_outline_shapes(svg, HIGHLIGHT_HEX) == []
    highlighted = render_image(c, 900, 600)
    assert highlighted == plain                                    # pixel for pixel
    png = tmp_path / "c.png"
    export_chart(c, png, "png", 900, 600)
    assert QImage(str(png)).convertToFormat(plain.format()) == plain


# ---- 7. file permissions ----------------------------------------------------------------------
def test_exported_files_get_the_users_file_mode(qtbot, catalog, tmp_path):
    from ukjp_desktop.core.file_modes import user_file_mode
    mask = os.umask(0o022)
    os.umask(mask)
    c = chart_class("sector")(ChartData(catalog), "v-test")
    qtbot.addWidget(c)
    c.set_filter(Filter())
    for fmt in ("png", "svg", "pdf"):
        path = tmp_path / f"chart.{fmt}"
        export_chart(c, path, fmt, 600, 400)
        mode = os.stat(path).st_mode & 0o777
        assert mode == 0o666 & ~mask == user_file_mode(), (fmt, oct(mode))


def test_a_charts_own_menu_settings_go_through_the_panel(qtbot, catalog):
    """The chart's context menu hands log / currency to the panel's shared controls (it
    raised TypeError: PySide6's ``receivers`` takes a signal signature, not a signal)."""
    panel = _panel(qtbot, catalog, "sector")
    chart = panel.current_chart()
    chart._setting("log", True)
    assert panel.log_box.isChecked() and chart.log
    _assert_view_frames_data(chart, "log from the menu")
    chart._setting("currency", "USD")
    assert panel.currency_box.currentText() == "USD" and chart.rate.currency == "USD"
    alone = chart_class("year")(ChartData(catalog), "v-test")       # no panel: applies itself
    qtbot.addWidget(alone)
    alone.set_filter(Filter())
    alone._setting("log", True)
    assert alone.log


def test_log_scale_in_the_window_paints_and_frames_the_data(qtbot, library, tmp_path):
    """The blocker as reported: in the window, ticking "Log scale" froze the event loop in
    pyqtgraph's AxisItem.generateDrawSpecs."""
    from PySide6.QtCore import QSettings

    from ukjp_desktop.ui.main_window import MainWindow
    w = MainWindow(library, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.charts.set_visible(True)
    panel = w.charts.panel
    qtbot.waitUntil(lambda: panel.current_chart() is not None and panel.current_chart().series is not None,
                    timeout=15000)
    for kind in CHART_KINDS:
        panel.tabs.setCurrentIndex(CHART_KINDS.index(kind))
        qtbot.waitUntil(lambda: not panel.busy, timeout=15000)
        chart = panel.current_chart()
        panel.log_box.setChecked(True)
        _assert_view_frames_data(chart, f"{kind}: log in the window")
        w.grab()
        panel.log_box.setChecked(False)
        _assert_view_frames_data(chart, f"{kind}: linear in the window")
        w.grab()
    w.close()


# ---- 6. no chart query on the UI thread ------------------------------------------------------------
def test_the_panel_queries_only_in_the_worker_and_applies_the_latest_request(qtbot, catalog):
    """Every store read of the panel's charts (series, caption facts, highlight keys, labels,
    rates, the lines a hover lists) runs in the query runner's worker; a burst of filter
    changes ends with the last filter drawn."""
    import threading

    from sqlalchemy import event
    ui_thread = threading.get_ident()
    on_ui: list[str] = []

    def watch(conn, cursor, statement, *args):
        if threading.get_ident() == ui_thread:
            on_ui.append(statement)
    event.listen(catalog.engine, "before_cursor_execute", watch)
    try:
        panel = _panel(qtbot, catalog, "sector")
        for kind in CHART_KINDS:
            panel.tabs.setCurrentIndex(CHART_KINDS.index(kind))
            _settle(qtbot, panel=panel)
            assert panel.current_chart().series is not None, kind
        panel.highlight(QUANTUM)
        panel.context_box.setChecked(True)
        panel.currency_box.setCurrentText("JPY")
        for year in range(2000, 2016):                      # superseded requests, then the last
            panel.set_filter(Filter(year_from=year))
        mirrored = panel.chart("uk-vs-japan")
        panel.tabs.setCurrentIndex(CHART_KINDS.index("uk-vs-japan"))
        mirrored.by_box.setCurrentIndex(mirrored.by_box.findData("initiative"))
        panel.data_changed()
        _settle(qtbot, panel=panel)
        # The pointer on a bar: its lines are read in the worker; "…" shows until they arrive.
        bar = next(s for s in mirrored.drawn_shapes() if s.kind == "rect")
        mirrored.plot.scene().sigMouseMoved.emit(mirrored.scene_pos_of(bar))
        assert mirrored.last_hover_text.endswith("As stated in the sources: …")
        qtbot.waitUntil(lambda: "•" in mirrored.last_hover_text, timeout=10000)
        hovered = mirrored.last_hover_text
        assert on_ui == []
        assert mirrored.filter == Filter(year_from=2015) and mirrored.include_context
        assert mirrored.dimension == "initiative" and mirrored.highlight_slug == QUANTUM
        fresh = ChartData(catalog)
        assert mirrored.series == fresh.uk_vs_japan_by_initiative(Filter(year_from=2015), True, 20)
    finally:
        event.remove(catalog.engine, "before_cursor_execute", watch)
    assert mirrored.rate.currency == "JPY"
    assert hovered == mirrored.hover_text(bar, mirrored.hover_query(bar)(ChartData(catalog)))


def test_a_failed_chart_query_is_said_in_words_and_asked_again(qtbot, catalog, monkeypatch):
    panel = _panel(qtbot, catalog, "sector")
    chart = panel.current_chart()
    drawn = chart.series
    real = ChartData.by_sector

    def broken(self, *args, **kwargs):
        raise RuntimeError("disk I/O error")
    monkeypatch.setattr(ChartData, "by_sector", broken)
    panel.set_filter(Filter(year_from=2015))
    _settle(qtbot, panel=panel)
    assert panel.status.isVisible() and "disk I/O error" in panel.status.text()
    assert chart.filter == Filter() and chart.series is drawn     # what it drew, with its caption
    monkeypatch.setattr(ChartData, "by_sector", real)
    panel.set_filter(Filter(year_from=2016))
    _settle(qtbot, panel=panel)
    assert chart.filter == Filter(year_from=2016) and not panel.status.isVisible()


def test_a_failed_hover_read_is_said_in_words_and_tried_again(qtbot, catalog, monkeypatch):
    panel = _panel(qtbot, catalog, "sector")
    chart = panel.current_chart()
    bar = next(s for s in chart.drawn_shapes() if s.kind == "rect")
    real = ChartData.lines_for

    def broken(self, *args, **kwargs):
        raise RuntimeError("disk I/O error")
    monkeypatch.setattr(ChartData, "lines_for", broken)
    chart.show_hover(bar)
    qtbot.waitUntil(lambda: "disk I/O error" in chart.last_hover_text, timeout=10000)
    assert "…" in chart.last_hover_text
    monkeypatch.setattr(ChartData, "lines_for", real)
    chart.show_hover(bar)                      # not cached: read again
    qtbot.waitUntil(lambda: "•" in chart.last_hover_text, timeout=10000)


def test_a_short_chart_folds_its_caption_into_one_line_with_the_whole_in_its_tooltip(qtbot, catalog):
    # At 1024x700 the charts get ~210 px: three wrapped caption lines left the plot ~100 px.
    panel = _panel(qtbot, catalog, "sector", size=(900, 600))
    chart = panel.current_chart()
    panel.set_filter(Filter(text='semiconductor <b>bold</b>'))
    _settle(qtbot, panel=panel)
    lines = chart.caption().lines
    assert len(lines) >= 2 and "<b>bold</b>" in "\n".join(lines)
    assert chart.caption_label.isVisible() and not chart.caption_line.isVisible()
    assert chart.caption_label.text() == "\n".join(lines)
    tall_plot = chart.plot.height()

    panel.resize(900, 260)
    _settle(qtbot)
    assert chart.height() < 320
    assert chart.caption_line.isVisible() and not chart.caption_label.isVisible()
    shown = chart.caption_line.fontMetrics().height()
    assert chart.caption_line.height() < 2 * shown          # one line, not three
    assert chart.caption_line.text() == " · ".join(lines)
    # the whole caption in the tooltip, as text: the search's markup is escaped, not rendered
    tip = chart.caption_line.toolTip()
    assert "&lt;b&gt;bold&lt;/b&gt;" in tip and "<b>bold" not in tip

    panel.resize(900, 600)
    _settle(qtbot)
    assert chart.caption_label.isVisible() and not chart.caption_line.isVisible()
    assert chart.plot.height() == tall_plot


@pytest.mark.parametrize("log", [False, True])
def test_the_tallest_bars_value_label_fits_on_a_short_year_chart(qtbot, catalog, log):
    # At 1024x700 the label of the tallest bar was cut in half by the top of the plot (a fixed
    # 8 % headroom is a few pixels on a ~110 px chart).
    from ukjp_desktop.ui.charts.shapes import LABEL_GAP, label_font
    panel = _panel(qtbot, catalog, "year", size=(700, 300))
    panel.log_box.setChecked(log)
    _settle(qtbot, panel=panel)
    chart = panel.current_chart()
    labels = [s for s in chart.items.shapes if s.kind == "text" and s.align == "above"]
    assert labels
    top_label = max(labels, key=lambda s: s.points[0].y())
    anchor = chart.view.mapViewToScene(top_label.points[0])
    height = QFontMetricsF(label_font()).height()
    view_top = chart.view.sceneBoundingRect().top()
    assert anchor.y() - LABEL_GAP - height >= view_top - 1


def test_a_sector_chart_with_funding_but_no_sector_says_why_it_is_empty(qtbot, library):
    """A table import without a sector column: the list said '£1.25m bilateral' while the
    sector chart said 'No funding figures under this filter', which was not true."""
    with library.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM initiative_sectors WHERE initiative_id = "
                             "(SELECT id FROM initiatives WHERE slug = ?)", (QUANTUM,))
    f = Filter(text='"joint quantum research projects"')
    assert library.catalog.funding_totals(f, include_context=False)
    panel = _panel(qtbot, library.catalog, "sector")
    panel.set_filter(f)
    _settle(qtbot, panel=panel)
    for kind in ("sector", "uk-vs-japan"):       # the second compares per sector too
        panel.tabs.setCurrentIndex(CHART_KINDS.index(kind))
        _settle(qtbot, panel=panel)
        chart = panel.charts[kind]
        assert not chart.categories() and chart.empty_label.isVisible()
        assert "with a sector" in chart.empty_label.textItem.toPlainText()


def test_a_bar_hover_stays_up_when_qt_asks_the_plot_for_its_own_tooltip(qtbot, catalog):
    # Seen at 1024x700 and 1920x1080: the hover text flashed up and vanished ~0.7 s later, when
    # Qt sent the resting pointer's tooltip event to the plot, whose scene has no tooltip of its
    # own and so hid the hover.
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QToolTip
    panel = _panel(qtbot, catalog, "sector")
    chart = panel.current_chart()
    bar = next(s for s in chart.drawn_shapes() if s.kind == "rect")
    view_pos = chart.plot.mapFromScene(chart.items.mapToScene(bar.rect.center()))
    QTest.mouseMove(chart.plot.viewport(), view_pos)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "•" in chart.last_hover_text, timeout=10000)
    shown = QToolTip.text()
    viewport = chart.plot.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, view_pos,
                                                viewport.mapToGlobal(view_pos)))
    _settle(qtbot)
    qtbot.wait(400)                       # a hidden tip is deleted after its fade-out
    assert QToolTip.isVisible() and QToolTip.text() == shown
    # Off the bars, Qt's own tooltip handling still hides a stale hover.
    QTest.mouseMove(viewport, QPoint(2, 2))
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
