"""Chart widgets: every chart class inherits the export contract (PNG, SVG, PDF) from
``ChartContract``; then totals against the store, click-to-filter, hover and highlight."""
from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store.chart_data import ChartData
from ukjp_desktop.ui.charts.export import export_chart, pdf_page_count
from ukjp_desktop.ui.charts import CHART_KINDS, chart_class
from ukjp_desktop.ui.charts.base import tooltip_html
from ukjp_desktop.ui.charts.shapes import HIGHLIGHT

pytestmark = pytest.mark.both_engines

QUANTUM = "uk-japan-quantum-joint-projects"
WHITE = "#ffffff"


@pytest.fixture(scope="module")
def data(catalog):
    return ChartData(catalog)


def make_chart(qtbot, data, kind, f=Filter(), **attrs):
    c = chart_class(kind)(data, "test-version")
    qtbot.addWidget(c)
    c.resize(900, 600)
    for k, v in attrs.items():
        setattr(c, k, v)
    c.set_filter(f)
    return c


def svg_data_shapes(path, colours: set[str]) -> list[ET.Element]:
    """Filled shapes (rect/circle/ellipse) whose fill, set by Qt on the enclosing <g>, is one
    of ``colours``."""
    root = ET.parse(path).getroot()
    found = []

    def walk(el, fill):
        tag = el.tag.rsplit("}", 1)[-1]
        fill = el.get("fill", fill)
        if tag in ("rect", "circle", "ellipse") and fill in colours:
            found.append(el)
        for child in el:
            walk(child, fill)
    walk(root, None)
    return found


class ChartContract:
    """Inherited by every chart's test class: the automatic export tests (Orange's idea)."""
    kind = ""
    attrs: dict = {}

    @pytest.fixture
    def chart(self, qtbot, data):
        return make_chart(qtbot, data, self.kind, **self.attrs)

    def test_draws_something(self, chart):
        assert chart.drawn_shapes(), "the curated dataset has data for every chart"

    def test_export_png_has_requested_size_and_dpi(self, chart, tmp_path):
        path = tmp_path / "chart.png"
        export_chart(chart, path, "png", 1000, 640, dpi=200)
        img = QImage(str(path))
        assert (img.width(), img.height()) == (1000, 640)
        assert round(img.dotsPerMeterX() * 0.0254) == 200
        assert round(img.dotsPerMeterY() * 0.0254) == 200
        # not blank: the data colours are really in the picture
        colours = {img.pixelColor(x, y).name() for x in range(0, 1000, 5) for y in range(0, 640, 5)}
        assert {s.fill.name() for s in chart.drawn_shapes() if s.fill is not None} & colours

    def test_export_svg_parses_and_has_one_shape_per_bar(self, chart, tmp_path):
        path = tmp_path / "chart.svg"
        result = export_chart(chart, path, "svg", 1100, 700)
        drawn = chart.drawn_shapes()
        colours = {s.fill.name() for s in drawn if s.fill is not None} - {WHITE}
        expected = sum(1 for s in drawn if s.fill is not None and s.fill.name() in colours)
        legend = sum(1 for e in chart.legend_entries()
                     if e.fill is not None and e.fill.name() in colours and e.marker in ("rect", "point"))
        shapes = svg_data_shapes(path, colours)
        assert len(shapes) == expected + legend
        assert result["shapes"] == len(drawn)
        # transforms baked in: data shapes are in device coordinates, no vector-effect needed
        assert all(el.get("vector-effect") is None for el in shapes)
        text = path.read_text(encoding="utf-8")
        assert chart.title in text and "test-version" in text

    def test_export_pdf_has_one_page(self, chart, tmp_path):
        path = tmp_path / "chart.pdf"
        export_chart(chart, path, "pdf", 180, 110, unit="mm")
        raw = path.read_bytes()
        assert raw.startswith(b"%PDF")
        assert pdf_page_count(raw) == 1

    def test_caption_traces_the_chart(self, chart, data):
        chart.set_filter(Filter(year_from=2020))
        cap = chart.caption()
        assert cap.title == chart.title
        text = cap.text()
        assert "since 2020" in text and "test-version" in text
        assert f"{data.sources_count(Filter(year_from=2020))} source" in text
        assert "Amounts in GBP" in text

    def test_hover_text_for_every_shape(self, chart):
        for s in chart.drawn_shapes():
            assert chart.describe(s).strip()

    def test_display_currency_states_its_rate(self, chart):
        chart.set_currency("JPY")
        text = chart.caption().text()
        assert "JPY" in text and "197.8" in text and "not yet verified" in text

    def test_log_axis_redraws(self, chart):
        n = len(chart.drawn_shapes())
        chart.set_log(True)
        assert len(chart.drawn_shapes()) == n

    def test_reset_view_after_zoom(self, chart):
        before = chart.view.viewRange()
        chart.view.scaleBy((0.3, 0.3))
        assert chart.view.viewRange() != before
        chart.reset_view()
        after = chart.view.viewRange()
        assert after[0] == pytest.approx(before[0], rel=1e-6, abs=1e-9)
        assert after[1] == pytest.approx(before[1], rel=1e-6, abs=1e-9)

    def test_context_menu_has_export_and_no_pyqtgraph_export(self, chart):
        texts = [a.text() for a in chart.context_menu().actions()]
        assert "Export chart…" in texts and "Copy chart" in texts and "Reset view" in texts
        assert chart.plot.scene().contextMenu == []


class TestSectorChart(ChartContract):
    kind = "sector"

    def test_totals_equal_list_sums(self, qtbot, data, catalog):
        c = make_chart(qtbot, data, "sector", include_context=True)
        rows = catalog.list(Filter(), limit=None)
        for cat in c.series.categories:
            assert cat.total == sum((r.total_gbp for r in rows if cat.key in r.sectors), Decimal(0))

    def test_click_segment_refines_filter(self, qtbot, data):
        c = make_chart(qtbot, data, "sector", Filter(year_from=2020))
        shape = next(s for s in c.drawn_shapes()
                     if s.ref[0].key == "quantum" and s.ref[1].side == "Japan")
        with qtbot.waitSignal(c.filterRequested) as sig:
            c.activate(shape)
        assert sig.args[0] == Filter(year_from=2020, sectors={"quantum"}, sides={"Japan"})

    def test_real_mouse_click_emits_filter(self, qtbot, data):
        c = make_chart(qtbot, data, "sector")
        c.show()
        qtbot.waitExposed(c)
        c.reset_view()
        shape = next(s for s in c.drawn_shapes() if s.ref[0].key == "semiconductors")
        pos = c.plot.mapFromScene(c.scene_pos_of(shape))
        with qtbot.waitSignal(c.filterRequested, timeout=2000) as sig:
            qtbot.mouseClick(c.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert sig.args[0].sectors == {"semiconductors"}

    def test_highlight_outlines_the_initiatives_sector(self, qtbot, data):
        c = make_chart(qtbot, data, "sector")
        c.highlight(QUANTUM)
        frames = [s for s in c.items.shapes if s.stroke == HIGHLIGHT]
        assert len(frames) == 1
        quantum = [s for s in c.drawn_shapes() if s.ref[0].key == "quantum"]
        assert frames[0].rect.contains(quantum[0].rect.center())
        c.highlight(None)
        assert not [s for s in c.items.shapes if s.stroke == HIGHLIGHT]

    def test_hover_gives_stated_figures_and_rate(self, qtbot, data):
        c = make_chart(qtbot, data, "sector", include_context=True)
        c.set_currency("JPY")
        shape = next(s for s in c.drawn_shapes()
                     if s.ref[0].key == "semiconductors" and s.ref[1].side == "Japan")
        text = c.describe(shape)
        assert "“476 billion yen”" in text and "up to" in text
        assert "197.8" in text and "£2,406,471,183.01" in text
        assert "context" in text

    def test_context_is_off_by_default_and_marked_when_on(self, qtbot, data):
        c = make_chart(qtbot, data, "sector")
        assert all(s.ref[1].scope == "bilateral" for s in c.drawn_shapes())
        c.set_include_context(True)
        ctx = [s for s in c.drawn_shapes() if s.ref[1].scope == "context"]
        assert ctx and all(s.dashed for s in ctx)
        assert any("(context)" in e.label for e in c.legend_entries())


class TestYearChart(ChartContract):
    kind = "year"
    attrs = {"options": {"cumulative": True}}

    @pytest.mark.parametrize("ctx", [False, True])
    def test_totals_equal_store_totals(self, qtbot, data, catalog, ctx):
        c = make_chart(qtbot, data, "year", include_context=ctx)
        assert c.series.total() == sum(catalog.funding_totals(Filter(), include_context=ctx).values())

    def test_click_year_sets_year_range(self, qtbot, data):
        c = make_chart(qtbot, data, "year")
        shape = next(s for s in c.drawn_shapes() if s.kind == "rect" and s.ref[0].key == "2022")
        with qtbot.waitSignal(c.filterRequested) as sig:
            c.activate(shape)
        assert (sig.args[0].year_from, sig.args[0].year_to) == (2022, 2022)

    def test_cumulative_points_end_at_the_dated_total(self, qtbot, data):
        c = make_chart(qtbot, data, "year", options={"cumulative": True})
        points = [s.ref for s in c.drawn_shapes() if s.kind == "point"]
        dated = sum((cat.total for cat in c.series.categories if cat.key), Decimal(0))
        assert points[-1][2] == dated


class TestUkVsJapanChart(ChartContract):
    kind = "uk-vs-japan"

    def test_uk_left_japan_right(self, chart):
        for s in chart.drawn_shapes():
            side = s.ref[1].side
            assert (s.rect.right() <= 1e-9) if side == "UK" else (s.rect.left() >= -1e-9)

    def test_per_initiative_click_selects_it(self, qtbot, data):
        c = make_chart(qtbot, data, "uk-vs-japan", options={"by": "initiative"})
        c.sync_option_widgets()
        shape = next(s for s in c.drawn_shapes() if s.ref[0].key == QUANTUM)
        with qtbot.waitSignal(c.initiativeActivated) as sig:
            c.activate(shape)
        assert sig.args == [QUANTUM]


class TestTimelineChart(ChartContract):
    kind = "timeline"

    def test_click_point_selects_and_filters_by_year(self, qtbot, data):
        c = make_chart(qtbot, data, "timeline")
        shape = next(s for s in c.drawn_shapes() if s.ref[0].slug == QUANTUM)
        got = []
        c.initiativeActivated.connect(lambda slug: got.append(slug))
        c.filterRequested.connect(lambda f: got.append(f))
        c.activate(shape)
        assert got == [QUANTUM, Filter(year_from=2026, year_to=2026)]

    def test_span_for_start_and_end(self, chart):
        spans = [s for s in chart.drawn_shapes() if s.kind == "rect"]
        assert {s.ref[0].slug for s in spans} >= {"impact"}

    def test_highlight(self, qtbot, data):
        c = make_chart(qtbot, data, "timeline")
        c.highlight(QUANTUM)
        assert [s for s in c.items.shapes if s.stroke == HIGHLIGHT]


class TestOrganisationChart(ChartContract):
    kind = "organisation"

    def test_click_bar_filters_organisation(self, qtbot, data):
        c = make_chart(qtbot, data, "organisation")
        shape = next(s for s in c.drawn_shapes() if s.ref[0].key == "jst")
        with qtbot.waitSignal(c.filterRequested) as sig:
            c.activate(shape)
        assert sig.args[0].organisations == {"jst"}


def test_every_kind_has_a_test_class():
    tested = {cls.kind for cls in ChartContract.__subclasses__()}
    assert tested == set(CHART_KINDS)


def _random_filter(rng: random.Random, catalog) -> Filter:
    sectors = sorted(catalog.facets(Filter(), only=("sector",)).facets["sector"], key=lambda v: v.value)
    kw = {}
    if rng.random() < 0.5:
        kw["sectors"] = {v.value for v in rng.sample(sectors, rng.randint(1, 3))}
    if rng.random() < 0.4:
        kw["sides"] = {rng.choice(["UK", "Japan", "private"])}
    if rng.random() < 0.4:
        kw["year_from"] = rng.choice([2012, 2020, 2023])
    if rng.random() < 0.3:
        kw["bilateral_only"] = True
    if rng.random() < 0.2:
        kw["kinds"] = {rng.choice(["programme", "funding_call", "policy", "investment"])}
    return Filter(**kw)


@pytest.fixture(scope="module")
def snapshot_catalog(catalog):
    """A second catalog over the same database, answering from its facet snapshot."""
    from ukjp_desktop.store.catalog import Catalog
    snap = Catalog(catalog.engine)
    snap.load_snapshot()
    return snap


@pytest.mark.parametrize("path", ["sql", "snapshot"])
@pytest.mark.parametrize("seed", range(12))
def test_chart_totals_equal_store_aggregates_for_random_filters(data, catalog, snapshot_catalog, seed, path):
    """Chart sums = the store's totals = the list's sums, on the SQL path and on the snapshot
    path (which the window uses at scale), and the two paths draw the same series."""
    rng = random.Random(seed)
    f = _random_filter(rng, catalog)
    ctx = rng.random() < 0.5
    if path == "snapshot":
        sql_data, data, catalog = data, ChartData(snapshot_catalog), snapshot_catalog
        assert data.top_organisations(f, ctx) == sql_data.top_organisations(f, ctx)
        assert data.uk_vs_japan_by_initiative(f, ctx) == sql_data.uk_vs_japan_by_initiative(f, ctx)
        assert data.uk_vs_japan_by_sector(f, ctx) == sql_data.uk_vs_japan_by_sector(f, ctx)
        assert data.by_sector(f, ctx) == sql_data.by_sector(f, ctx)
        assert data.by_year(f, ctx) == sql_data.by_year(f, ctx)
        assert data.timeline(f) == sql_data.timeline(f)
        assert data.sources_count(f) == sql_data.sources_count(f)
    totals = catalog.funding_totals(f, include_context=ctx)
    everything = sum(totals.values(), Decimal(0))
    assert data.by_year(f, ctx).total() == everything
    orgs = data.top_organisations(f, ctx, limit=None)
    assert orgs.total() + orgs.omitted == everything
    for side in ("UK", "Japan"):
        per_ini = data.uk_vs_japan_by_initiative(f, ctx, limit=10_000)
        assert per_ini.total(side=side) == totals.get(side, Decimal(0))
    rows = catalog.list(f, limit=None)
    for cat in data.by_sector(f, include_context=True).categories:
        assert cat.total == sum((r.total_gbp for r in rows if cat.key in r.sectors), Decimal(0))
    assert data.timeline(f).total_count + data.timeline(f).undated == catalog.count(f)
    if path == "snapshot":
        assert catalog.snapshot is not None   # answered from memory, not by falling back to SQL


def test_tooltips_escape_data_text():
    assert tooltip_html("<b>R&D</b>\nnext") == "<qt>&lt;b&gt;R&amp;D&lt;/b&gt;<br>next</qt>"


def test_trillions_are_short_on_axes_labels_and_hover(qapp):
    """JPY totals pass ¥1 trillion at scale: ¥1.2tn, not ¥1200bn (nor ¥1000bn from rounding)."""
    from ukjp_desktop.core.chart_series import DisplayRate, compact_amount
    from ukjp_desktop.ui.charts.axes import AmountScale, MoneyAxis
    assert compact_amount(Decimal("1234567890123.45"), "JPY") == "¥1.23tn"
    assert compact_amount(Decimal("999999999999"), "JPY") == "¥1tn"
    assert compact_amount(Decimal("995000000000"), "JPY") == "¥995bn"
    assert compact_amount(Decimal("999999999"), "GBP") == "£1bn"
    assert compact_amount(Decimal("4500000"), "GBP") == "£4.5m"
    assert compact_amount(Decimal("15500"), "GBP") == "£15,500"
    axis = MoneyAxis("left")
    axis.set_scale(AmountScale(), "JPY")
    assert axis.tickStrings([0.0, 5e11, 1e12, 2.5e12], 1, 5e11) == ["¥0", "¥500bn", "¥1tn", "¥2.5tn"]
    axis.set_scale(AmountScale(log=True, smallest=2e9), "JPY")   # log: coordinates are decades
    assert axis.tickStrings([3.0], 1, 1) == ["¥1tn"]
    rate = DisplayRate("JPY", Decimal("197.8"), 2023, "Bank of England")
    assert rate.compact(Decimal("6240000000")) == "¥1.23tn"
    hover = rate.hover(Decimal("6240000000"))
    assert hover.startswith("£6,240,000,000.00 (£6.24bn) ≈ ¥1,234,272,000,000 (¥1.23tn) at 197.8")


def test_trillion_yen_bars_are_labelled_short(qtbot, data):
    """A bar worth £10bn shown in JPY (¥1.98tn at 197.8/£): its label and the axis say tn."""
    from ukjp_desktop.core.chart_series import bar_series
    c = make_chart(qtbot, data, "sector")
    c.set_currency("JPY")
    c.series = bar_series("sector", [("quantum", "Japan", "bilateral", Decimal("10000000000")),
                                     ("space", "UK", "bilateral", Decimal("2000000000"))],
                          {"quantum": "Quantum", "space": "Space"}, False)
    c.redraw()
    labels = [s.text for s in c.items.shapes if s.kind == "text"]
    assert labels == ["¥1.98tn", "¥395.6bn"]
    ticks = c.amount_axis.tickValues(*c.view.viewRange()[0], 800)
    strings = c.amount_axis.tickStrings(ticks[0][1], 1, ticks[0][0])
    assert any(t.endswith("tn") for t in strings) and not any("000bn" in t for t in strings), strings


def test_value_labels_never_overprint_each_other_or_bars(qtbot, data):
    """Fifty years of bars rising in steps of five: each label is wider than its bar, and most
    would land on the next, taller bar. Those are left out (the hover has every figure); the
    peaks keep theirs, and no label overlaps another or a bar."""
    from ukjp_desktop.core.chart_series import bar_series
    c = make_chart(qtbot, data, "year")
    c.series = bar_series("year", [(str(1975 + i), "UK", "bilateral", Decimal(10 ** 9 * (1 + i % 5)))
                                   for i in range(50)], {}, False, order="key")
    c.redraw()
    c.show()
    qtbot.waitExposed(c)
    c.reset_view()
    qtbot.waitUntil(lambda: len(c.items.labels_drawn) > 0)
    qtbot.wait(50)                      # let the layout settle, then paint what is compared
    c.plot.viewport().repaint()
    labels = c.items.labels_drawn
    assert 5 <= len(labels) < 50
    t = c.items.deviceTransform(c.plot.viewportTransform())
    bars = [t.mapRect(s.rect) for s in c.drawn_shapes()]
    assert not any(a.intersects(b) for i, a in enumerate(labels) for b in labels[i + 1:])
    assert not any(a.intersects(b) for a in labels for b in bars)
    # the last year is a peak with nothing to its right: it keeps its label, centred on it
    assert bars[-1].left() <= labels[-1].center().x() <= bars[-1].right()


@pytest.mark.parametrize("by", ["sector", "initiative"])
def test_value_labels_stay_inside_the_plot(qtbot, data, by):
    """The amount axis leaves room, in pixels, for the label beside the longest bar: on a
    mirrored chart a fixed margin let it run into the category names."""
    c = make_chart(qtbot, data, "uk-vs-japan", options={"by": by})
    c.sync_option_widgets()
    c.refresh()
    c.resize(700, 500)
    c.show()
    qtbot.waitExposed(c)
    qtbot.waitUntil(lambda: len(c.items.labels_drawn) > 0)
    qtbot.wait(50)
    c.plot.viewport().repaint()
    plot_area = c.plot.mapFromScene(c.view.sceneBoundingRect()).boundingRect()
    assert len(c.items.labels_drawn) == sum(1 for s in c.items.shapes if s.kind == "text")
    for r in c.items.labels_drawn:
        assert plot_area.left() <= r.left() and r.right() <= plot_area.right() + 1, (r, plot_area)



def test_the_first_and_last_years_labels_are_never_cut_by_the_plots_edge(qtbot, data):
    """Seen on the 100k demo at 1920x1080: the first year's label ("$5.84bn"), centred on a bar
    at the plot's left edge, lost its "$" there. A label wider than the room beside its bar
    is moved inside the plot (and still left out if it then covers a bar or a label)."""
    from ukjp_desktop.core.chart_series import bar_series
    c = make_chart(qtbot, data, "year")
    c.series = bar_series("year", [(str(1975 + i), "UK", "bilateral",
                                    Decimal(10 ** 9 * (9 if i in (0, 39) else 1)) + Decimal("123456789"))
                                   for i in range(40)], {}, False, order="key")
    c.redraw()
    c.resize(700, 400)
    c.show()
    qtbot.waitExposed(c)
    c.reset_view()
    qtbot.waitUntil(lambda: len(c.items.labels_drawn) > 0)
    qtbot.wait(50)
    c.plot.viewport().repaint()
    plot_area = c.plot.mapFromScene(c.view.sceneBoundingRect()).boundingRect()
    labels = [r.adjusted(2, 0, -2, 0) for r in c.items.labels_drawn]   # recorded with 2 px either side
    assert len(labels) >= 2
    for r in labels:
        assert plot_area.left() <= r.left() and r.right() <= plot_area.right() + 1, (r, plot_area)
    t = c.items.deviceTransform(c.plot.viewportTransform())
    bars = [t.mapRect(s.rect) for s in c.drawn_shapes()]
    assert not any(a.intersects(b) for a in labels for b in bars)
    # the two peaks keep their labels, each still over its own bar
    assert labels[0].left() <= bars[0].right() and bars[0].left() <= labels[0].right()
    assert labels[-1].left() <= bars[-1].right() and bars[-1].left() <= labels[-1].right()

def test_category_names_never_overlap_on_a_short_chart(qtbot, data):
    """At 1024x700 with the charts open the sector chart is ~110 px high: every sector's name
    on its own line overlapped. A short chart names every n-th bar, one text line apart."""
    from PySide6.QtGui import QFont, QFontMetricsF
    from PySide6.QtWidgets import QApplication
    chart = make_chart(qtbot, data, "sector")
    chart.show()
    qtbot.waitExposed(chart)
    ax = chart.category_axis
    QApplication.processEvents()
    assert len(ax.shown(ax.geometry().height())) == len(chart.categories())   # 900x600: all
    chart.resize(600, 180)
    for _ in range(3):
        QApplication.processEvents()
    pixels = ax.geometry().height()
    shown = ax.shown(pixels)
    assert 1 <= len(shown) < len(chart.categories())
    per_category = pixels / abs(ax.range[1] - ax.range[0])
    line = QFontMetricsF(ax.style.get("tickFont") or QFont()).height()
    gaps = [b[0] - a[0] for a, b in zip(shown, shown[1:])]
    assert all(g * per_category >= line for g in gaps)
