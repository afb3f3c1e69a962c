"""The data layer of every chart: a list of plain shapes in view coordinates.

One item draws them on screen, answers hit tests for hover and click, and hands the same list
to the exporter, which redraws each shape in device coordinates (clipped by hand, transforms
baked in) because Qt's SVG output loses clipping and relies on ``vector-effect``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen


@dataclass
class Shape:
    kind: str                          # rect | point | line | text
    rect: QRectF | None = None         # rect: view coordinates
    points: list[QPointF] = field(default_factory=list)   # point: one; line: a polyline
    fill: QColor | None = None
    stroke: QColor | None = None
    dashed: bool = False
    width: float = 1.0
    radius: float = 4.5                # point radius in pixels
    ref: object = None                 # what the shape stands for (hover, click)
    text: str = ""                     # text: the label, drawn at points[0]
    align: str = "left"                # text: left (starts at the anchor) | right | above
    screen_only: bool = False          # a cue for the screen (the selection outline): not exported

    def pen(self, cosmetic: bool) -> QPen:
        if self.stroke is None:
            return QPen(Qt.PenStyle.NoPen)
        pen = QPen(self.stroke)
        pen.setWidthF(self.width)
        pen.setCosmetic(cosmetic)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen


HIGHLIGHT = QColor("#111111")
LABEL_GAP = 4.0


def label_font() -> QFont:
    f = QFont()
    f.setPointSizeF(8)
    return f


def label_rect(s: Shape, at: QPointF, fm: QFontMetricsF) -> QRectF:
    """Where a value label's text goes, in device coordinates (its baseline is at bottom -
    descent)."""
    w = fm.horizontalAdvance(s.text)
    if s.align == "right":
        x, base = at.x() - LABEL_GAP - w, at.y() + (fm.ascent() - fm.descent()) / 2
    elif s.align == "above":
        x, base = at.x() - w / 2, at.y() - LABEL_GAP - fm.descent()
    else:
        x, base = at.x() + LABEL_GAP, at.y() + (fm.ascent() - fm.descent()) / 2
    return QRectF(x, base - fm.ascent(), w, fm.ascent() + fm.descent())


def bar_rects(shapes: list[Shape], to_device) -> list[QRectF]:
    """The filled bars in device coordinates: a value label must not cover a neighbour's bar
    (a year's label is wider than its bar and the next year's bar is often taller)."""
    return [to_device(s.rect).normalized() for s in shapes if s.kind == "rect" and s.fill is not None]


def draw_label(p: QPainter, s: Shape, at: QPointF, taken: list[QRectF] | None = None,
               inside: QRectF | None = None) -> bool:
    """A value label beside a bar end, in device coordinates (shared with the exporter).
    With ``taken``, a label that would overlap one already drawn is left out (narrow bars,
    e.g. 50 years side by side): overprinted figures are unreadable, the hover has them all.
    With ``inside`` (the plot area), a label above a bar at the plot's edge is moved in
    sideways: centred on the first or last year it lost its first or last characters there.
    Returns whether it was drawn."""
    p.setFont(label_font())
    fm = QFontMetricsF(p.font())
    r = label_rect(s, at, fm)
    if inside is not None and s.align == "above":
        r = _moved_inside(r, inside)
    if taken is not None:
        padded = r.adjusted(-2, 0, 2, 0)
        if any(padded.intersects(t) for t in taken):
            return False
        taken.append(padded)
    p.setPen(s.stroke or QColor("#333333"))
    p.drawText(QPointF(r.left(), r.bottom() - fm.descent()), s.text)
    return True


def _moved_inside(r: QRectF, area: QRectF) -> QRectF:
    """``r`` shifted sideways to lie within ``area`` (as far as it fits)."""
    if r.right() > area.right():
        r = r.translated(area.right() - r.right(), 0)
    if r.left() < area.left():
        r = r.translated(area.left() - r.left(), 0)
    return r


class ShapesItem(pg.GraphicsObject):
    def __init__(self):
        super().__init__()
        self.shapes: list[Shape] = []
        self.labels_drawn: list[QRectF] = []
        self._bounds = QRectF()

    def set_shapes(self, shapes: list[Shape]) -> None:
        self.prepareGeometryChange()
        self.shapes = shapes
        # By coordinates, not QRectF.united: a point's rectangle has no size, and united()
        # ignores it (a timeline of points alone had empty bounds and was never painted).
        xs, ys = [], []
        for s in shapes:
            if s.rect is not None:
                r = s.rect.normalized()
                xs += [r.left(), r.right()]
                ys += [r.top(), r.bottom()]
            for p in s.points:
                xs.append(p.x())
                ys.append(p.y())
        self._bounds = QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys))) if xs else QRectF()
        self.update()

    # -- what pyqtgraph asks of a data item ---------------------------------------------------
    def dataBounds(self, ax, frac=1.0, orthoRange=None):  # noqa: N802 - pyqtgraph API
        if self._bounds.isNull() and not self.shapes:
            return None, None
        r = self._bounds
        return (r.left(), r.right()) if ax == 0 else (r.top(), r.bottom())

    def pixelPadding(self):  # noqa: N802 - pyqtgraph API
        return max((s.radius + 2 for s in self.shapes if s.kind == "point"), default=0)

    def boundingRect(self):  # noqa: N802 - Qt API
        r = QRectF(self._bounds)
        px, py = self._pixel()
        pad = self.pixelPadding() + 3
        return r.adjusted(-pad * px, -pad * py, pad * px, pad * py)

    def _pixel(self) -> tuple[float, float]:
        try:
            vx, vy = self.pixelVectors()
        except Exception:  # not in a view yet
            return 0.0, 0.0
        if vx is None or vy is None:
            return 0.0, 0.0
        return abs(vx.x()) + abs(vx.y()), abs(vy.x()) + abs(vy.y())

    def paint(self, p: QPainter, *args):
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for s in self.shapes:
            if s.kind == "rect":
                p.setPen(s.pen(cosmetic=True))
                p.setBrush(s.fill if s.fill is not None else Qt.BrushStyle.NoBrush)
                p.drawRect(s.rect)
            elif s.kind == "line":
                p.setPen(s.pen(cosmetic=True))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPolyline(s.points)
        # Points and labels keep a fixed pixel size: draw them in device coordinates.
        t = p.transform()
        p.save()
        p.resetTransform()
        taken = bar_rects(self.shapes, t.mapRect)
        bars = len(taken)
        view = self.getViewBox()
        inside = t.mapRect(self.mapRectFromItem(view, view.boundingRect())) if view is not None else None
        for s in self.shapes:
            if s.kind == "point":
                p.setPen(s.pen(cosmetic=True))
                p.setBrush(s.fill if s.fill is not None else Qt.BrushStyle.NoBrush)
                p.drawEllipse(t.map(s.points[0]), s.radius, s.radius)
            elif s.kind == "text":
                draw_label(p, s, t.map(s.points[0]), taken, inside)
        self.labels_drawn = taken[bars:]   # device rects of the value labels drawn (tests)
        p.restore()

    # -- hit testing ----------------------------------------------------------------------------
    def shape_at(self, scene_pos: QPointF) -> Shape | None:
        local = self.mapFromScene(scene_pos)
        for s in reversed(self.shapes):
            if s.ref is None:
                continue
            if s.kind == "rect" and s.rect.normalized().contains(local):
                return s
            if s.kind == "point":
                d = self.mapToScene(s.points[0]) - scene_pos
                if (d.x() ** 2 + d.y() ** 2) ** 0.5 <= s.radius + 3:
                    return s
        return None
