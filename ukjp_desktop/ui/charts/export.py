"""Chart export to PNG, SVG and PDF by painting the chart ourselves with QPainter.

pyqtgraph 0.14's SVGExporter raises ValueError with PySide6 6.12 (DESIGN.md §4), so we render:
title, legend, the plot's axes (``QGraphicsScene.render`` with the data layer hidden), the data
shapes redrawn in device coordinates, and the caption. The traps, and what we do about them:

* Text is measured in the device's dpi: every device paints at 96 dpi (the screen layout's
  dpi). A PNG for print is painted at 96 dpi on a larger canvas with the painter scaled, and
  its dpi is written as metadata afterwards.
* Qt's SVG output loses the plot area's clipping: shapes are clipped by hand to the view box.
* Data strokes drawn through a scaling transform rely on ``vector-effect``, which some
  renderers ignore: shapes are mapped to device coordinates first (transform baked in) and
  drawn with ordinary pens under an identity transform.
* Every file is validated after writing (PNG re-read, SVG parsed, PDF header and page count).
"""
from __future__ import annotations

import os
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from ...core.chart_series import file_stem
from ...core.file_modes import apply_user_mode

PAINT_DPI = 96
MARGIN = 16.0
FORMATS = ("png", "svg", "pdf")
MIN_LOGICAL_WIDTH = 640.0     # a PNG for print keeps at least this many 96-dpi pixels of layout
MIN_LOGICAL_HEIGHT = 400.0


class ChartExportError(OSError):
    """An export that could not be written (one-line message for the user)."""


def _dpm(dpi: float) -> int:
    return int(round(dpi / 0.0254))


# ---- layout and painting ----------------------------------------------------------------------
def _prepare_twin(chart, width: int, height: int):
    """An off-screen twin of ``chart`` whose plot is laid out at width × height pixels."""
    twin = chart.clone()
    plot = twin.plot
    plot.setParent(None)
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    plot.show()
    _layout_twin(twin, width, height)
    return twin


def _layout_twin(twin, width: int, height: int) -> None:
    twin.plot.resize(max(50, width), max(50, height))
    QCoreApplication.sendPostedEvents()
    twin.plot.getPlotItem().layout.activate()
    twin.reset_view()
    twin.apply_view()
    QCoreApplication.sendPostedEvents()


def _dispose(twin) -> None:
    twin.plot.hide()
    twin.plot.deleteLater()
    twin.deleteLater()


def _clip_polyline(points: list[QPointF], clip: QRectF) -> list[list[QPointF]]:
    """Liang–Barsky clipping of each segment; returns the visible runs."""
    runs: list[list[QPointF]] = []
    for a, b in zip(points, points[1:]):
        t0, t1 = 0.0, 1.0
        dx, dy = b.x() - a.x(), b.y() - a.y()
        ok = True
        for p, q in ((-dx, a.x() - clip.left()), (dx, clip.right() - a.x()),
                     (-dy, a.y() - clip.top()), (dy, clip.bottom() - a.y())):
            if p == 0:
                if q < 0:
                    ok = False
                    break
                continue
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                ok = False
                break
        if not ok:
            continue
        s = QPointF(a.x() + t0 * dx, a.y() + t0 * dy)
        e = QPointF(a.x() + t1 * dx, a.y() + t1 * dy)
        if runs and runs[-1][-1] == s:
            runs[-1].append(e)
        else:
            runs.append([s, e])
    return runs


def _draw_shapes(p: QPainter, twin, offset: QPointF) -> int:
    """Draw the data shapes in device coordinates, clipped to the view box; returns the number
    of shapes with a meaning (bars, segments, points) that were drawn."""
    from .shapes import bar_rects, draw_label
    items = twin.items
    clip = twin.view.sceneBoundingRect()
    drawn = 0
    # Value labels last, as on screen, and only where they cover no bar and no other label.
    taken = bar_rects(items.shapes, lambda r: items.mapRectToScene(r).translated(offset))
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    # The selection outline is a screen-only cue (it has no legend entry): not exported.
    for s in sorted((s for s in items.shapes if not s.screen_only), key=lambda s: s.kind == "text"):
        p.setPen(s.pen(cosmetic=False))
        p.setBrush(s.fill if s.fill is not None else Qt.BrushStyle.NoBrush)
        if s.kind == "rect":
            r = items.mapRectToScene(s.rect).normalized().intersected(clip)
            if r.width() <= 0 or r.height() <= 0:
                continue
            p.drawRect(r.translated(offset))
        elif s.kind == "point":
            c = items.mapToScene(s.points[0])
            if not clip.contains(c):
                continue
            p.drawEllipse(c + offset, s.radius, s.radius)
        elif s.kind == "text":
            c = items.mapToScene(s.points[0])
            if not clip.contains(c):
                continue
            draw_label(p, s, c + offset, taken, clip.translated(offset))
        elif s.kind == "line":
            mapped = [items.mapToScene(pt) for pt in s.points]
            for run in _clip_polyline(mapped, clip):
                p.drawPolyline([pt + offset for pt in run])
        drawn += s.ref is not None
    p.restore()
    return drawn


def paint_chart(chart, p: QPainter, width: float, height: float) -> dict:
    """Paint ``chart`` with its title, legend and caption into a width × height (96-dpi pixel)
    area of painter ``p``. Returns what was drawn."""
    from .style import caption_font, legend_font, legend_layout, paint_legend, title_font
    p.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
    inner = width - 2 * MARGIN

    def layout(cap, entries):
        """Title height, legend top, caption height and top, plot rectangle."""
        fm = QFontMetricsF(title_font())
        title_h = fm.boundingRect(QRectF(0, 0, inner, 1000), int(Qt.TextFlag.TextWordWrap), cap.title).height()
        legend_y = MARGIN + title_h + 4
        _placed, legend_h = legend_layout(entries, inner, QFontMetricsF(legend_font()))
        y = legend_y + legend_h + 4
        fm = QFontMetricsF(caption_font())
        cap_h = fm.boundingRect(QRectF(0, 0, inner, 5000), int(Qt.TextFlag.TextWordWrap),
                                "\n".join(cap.lines)).height()
        cap_top = height - MARGIN - cap_h
        plot_rect = QRectF(MARGIN / 2, y, width - MARGIN, max(60.0, cap_top - 8 - y))
        return title_h, legend_y, cap_h, cap_top, plot_rect

    # What a chart draws may depend on its size (the timeline draws the rows that fit), and
    # with it its legend and caption: lay the twin out, read them from it, and lay out again
    # if they need another height (twice at most: the sizes settle at once in practice).
    cap, entries = chart.caption(), chart.legend_entries()
    title_h, legend_y, cap_h, cap_top, plot_rect = layout(cap, entries)
    twin = _prepare_twin(chart, int(plot_rect.width()), int(plot_rect.height()))
    try:
        for _ in range(2):
            cap, entries = twin.caption(), twin.legend_entries()
            again = layout(cap, entries)
            if again[4] == plot_rect:
                break
            title_h, legend_y, cap_h, cap_top, plot_rect = again
            _layout_twin(twin, int(plot_rect.width()), int(plot_rect.height()))
        cap, entries = twin.caption(), twin.legend_entries()
        title_h, legend_y, cap_h, cap_top, _ = layout(cap, entries)
        p.setFont(title_font())
        p.setPen(QColor("#111111"))
        p.drawText(QRectF(MARGIN, MARGIN, inner, title_h), int(Qt.TextFlag.TextWordWrap), cap.title)
        paint_legend(p, entries, QPointF(MARGIN, legend_y), inner)
        twin.items.setVisible(False)
        scene = twin.plot.scene()
        source = QRectF(0, 0, twin.plot.width(), twin.plot.height())
        target = QRectF(plot_rect.topLeft(), source.size())
        scene.render(p, target, source)
        twin.items.setVisible(True)
        drawn = _draw_shapes(p, twin, target.topLeft() - source.topLeft())
    finally:
        _dispose(twin)
    cap_text = "\n".join(cap.lines)
    p.setFont(caption_font())
    p.setPen(QColor("#444444"))
    p.drawText(QRectF(MARGIN, cap_top, inner, cap_h), int(Qt.TextFlag.TextWordWrap), cap_text)
    return {"shapes": drawn, "legend": len(entries), "caption": cap.text()}


# ---- formats ----------------------------------------------------------------------------------
def _png_scale(width_px: int, height_px: int, dpi: float) -> float:
    """How much to scale a 96-dpi layout up to fill the PNG: the print size of the text stays
    right at higher dpi, but a small canvas keeps enough layout room to be readable."""
    return max(1.0, min(dpi / PAINT_DPI, width_px / MIN_LOGICAL_WIDTH, height_px / MIN_LOGICAL_HEIGHT))


def render_image(chart, width_px: int, height_px: int, dpi: float = PAINT_DPI,
                 info: dict | None = None) -> QImage:
    img = QImage(width_px, height_px, QImage.Format.Format_ARGB32)
    img.setDotsPerMeterX(_dpm(PAINT_DPI))
    img.setDotsPerMeterY(_dpm(PAINT_DPI))
    img.fill(QColor("#ffffff"))
    scale = _png_scale(width_px, height_px, dpi)
    p = QPainter(img)
    try:
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.scale(scale, scale)
        drawn = paint_chart(chart, p, width_px / scale, height_px / scale)
        if info is not None:
            info.update(drawn)
    finally:
        p.end()
    img.setDotsPerMeterX(_dpm(dpi))   # the requested resolution, as metadata only
    img.setDotsPerMeterY(_dpm(dpi))
    return img


def _write_png(chart, path: Path, w: int, h: int, dpi: float) -> dict:
    info: dict = {}
    img = render_image(chart, w, h, dpi, info)
    if not img.save(str(path), "PNG"):
        raise ChartExportError(f"cannot write {path}")
    return info


def _write_svg(chart, path: Path, w: float, h: float) -> dict:
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(round(w), round(h)))
    gen.setViewBox(QRect(0, 0, round(w), round(h)))
    gen.setResolution(PAINT_DPI)
    gen.setTitle(chart.title)
    gen.setDescription(chart.caption().text())
    p = QPainter()
    if not p.begin(gen):
        raise ChartExportError(f"cannot write {path}")
    try:
        info = paint_chart(chart, p, round(w), round(h))
    finally:
        p.end()
    return info


def _write_pdf(chart, path: Path, w_mm: float, h_mm: float) -> dict:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QSizeF(w_mm, h_mm), QPageSize.Unit.Millimeter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(PAINT_DPI)
    writer.setTitle(chart.title)
    writer.setCreator("UK–Japan S&T Explorer")
    p = QPainter()
    if not p.begin(writer):
        raise ChartExportError(f"cannot write {path}")
    try:
        info = paint_chart(chart, p, writer.width(), writer.height())
    finally:
        p.end()
    return info


def export_chart(chart, path: str | os.PathLike, fmt: str | None = None, width: float = 1200,
                 height: float = 750, unit: str = "px", dpi: float = PAINT_DPI) -> dict:
    """Write ``chart`` to ``path`` (atomically) and validate the file. ``unit`` is px or mm;
    ``dpi`` sets a PNG's resolution (and the pixel count when the size is in mm)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ChartExportError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if unit not in ("px", "mm"):
        raise ChartExportError(f"unknown unit {unit!r}; use px or mm")
    if width <= 0 or height <= 0 or dpi <= 0:
        raise ChartExportError("width, height and dpi must be positive")
    if not path.parent.is_dir():
        raise ChartExportError(f"cannot write {path}: folder {path.parent} does not exist")
    px_per_mm = PAINT_DPI / 25.4
    try:
        fd, tmp = tempfile.mkstemp(prefix=".chart-", suffix=f".{fmt}", dir=path.parent)
    except OSError as exc:
        raise ChartExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        if fmt == "png":
            factor = dpi / 25.4 if unit == "mm" else 1.0
            w, h = round(width * factor), round(height * factor)
            if w * h > 20000 * 20000:
                raise ChartExportError("image too large: keep it under 400 megapixels")
            info = _write_png(chart, tmp_path, w, h, dpi)
            expect = {"width": w, "height": h, "dpi": dpi}
        elif fmt == "svg":
            w, h = (width * px_per_mm, height * px_per_mm) if unit == "mm" else (width, height)
            info = _write_svg(chart, tmp_path, w, h)
            expect = {"width": round(w), "height": round(h)}
        else:
            w_mm, h_mm = (width, height) if unit == "mm" else (width / px_per_mm, height / px_per_mm)
            info = _write_pdf(chart, tmp_path, w_mm, h_mm)
            expect = {"width_mm": w_mm, "height_mm": h_mm}
        ok, detail = validate(tmp_path, fmt, expect)
        if not ok:
            raise ChartExportError(f"the {fmt.upper()} written for {chart.title!r} did not validate: {detail}")
        apply_user_mode(tmp_path)   # mkstemp made it 0600; a saved file gets 0o666 & ~umask
        os.replace(tmp_path, path)
    except ChartExportError:
        raise
    except OSError as exc:
        raise ChartExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        tmp_path.unlink(missing_ok=True)
    return {"path": str(path), "format": fmt, "ok": True, "chart": chart.kind, **expect,
            "shapes": info.get("shapes"), "detail": detail}


# ---- validation -------------------------------------------------------------------------------
def validate(path: Path, fmt: str, expect: dict | None = None) -> tuple[bool, str]:
    expect = expect or {}
    if fmt == "png":
        img = QImage(str(path))
        if img.isNull():
            return False, "not a readable PNG"
        if "width" in expect and (img.width(), img.height()) != (expect["width"], expect["height"]):
            return False, f"size {img.width()}×{img.height()}, expected {expect['width']}×{expect['height']}"
        dpi = img.dotsPerMeterX() * 0.0254
        if "dpi" in expect and abs(dpi - expect["dpi"]) > 1:
            return False, f"resolution {dpi:.0f} dpi, expected {expect['dpi']}"
        return True, f"PNG {img.width()}×{img.height()} px at {dpi:.0f} dpi"
    if fmt == "svg":
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:
            return False, f"SVG does not parse: {exc}"
        if not root.tag.endswith("svg"):
            return False, "root element is not <svg>"
        return True, f"SVG {root.get('width')} × {root.get('height')}, {sum(1 for _ in root.iter())} elements"
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        return False, "does not start with %PDF"
    pages = pdf_page_count(data)
    if pages != 1:
        return False, f"{pages} pages, expected 1"
    return True, f"PDF, 1 page, {len(data)} bytes"


def pdf_page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


# ---- the self-test and names ------------------------------------------------------------------
def default_filename(chart, fmt: str) -> str:
    return f"{file_stem(chart.title, chart.filter, chart.rate.currency)}.{fmt}"


def render_all_for_self_test(catalog, folder) -> dict:
    """Render every chart, export one file of each format and validate them (for --self-test)."""
    from ...core.filters import Filter
    from ...store.chart_data import ChartData
    from .registry import CHART_KINDS, chart_class
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    data = ChartData(catalog)
    version = catalog.info().get("dataset_version") or ""
    rendered, exports, charts = [], [], {}
    for kind in CHART_KINDS:
        chart = chart_class(kind)(data, version)
        chart.set_filter(Filter())
        img = render_image(chart, 900, 600)
        if not img.isNull():
            rendered.append(kind)
        charts[kind] = chart
    for fmt, kind in (("png", "sector"), ("svg", "uk-vs-japan"), ("pdf", "timeline")):
        chart = charts[kind]
        path = folder / default_filename(chart, fmt)
        try:
            exports.append(export_chart(chart, path, fmt, 1200, 750, dpi=150 if fmt == "png" else PAINT_DPI))
        except (ChartExportError, OSError) as exc:
            exports.append({"path": str(path), "format": fmt, "chart": kind, "ok": False, "detail": str(exc)})
    for chart in charts.values():
        chart.deleteLater()
    return {"charts_rendered": rendered, "exports": exports}
