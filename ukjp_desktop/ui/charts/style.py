"""Colours, fonts and the legend layout shared by the screen and the exporter."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Sides: UK blue and Japan red (the flags), then clearly different hues; colour-blind safe
# enough to tell UK from Japan (blue/vermilion, after Okabe–Ito).
SIDE_COLOURS = {"UK": "#0b4f9c", "Japan": "#d55e00", "joint": "#8e5ea2", "private": "#009e73",
                "other": "#7f7f7f"}
SECTOR_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                  "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39",
                  "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363"]
CUMULATIVE_COLOUR = "#222222"
# The timeline colours a few sectors and puts the rest in "Other": hues far apart (after
# Okabe–Ito), so a legend entry is never confused with its neighbour; grey is kept for "Other".
DISTINCT_COLOURS = ["#0072b2", "#e69f00", "#009e73", "#7b3294", "#56b4e9", "#c0392b"]
OTHER_COLOUR = "#a6a6a6"


def side_fill(side: str, scope: str = "bilateral") -> QColor:
    """Context money is drawn lighter (and with a dashed outline) so it never passes for
    bilateral money."""
    c = QColor(SIDE_COLOURS.get(side, "#7f7f7f"))
    if scope != "context":
        return c
    mix = 0.6   # 60 % white: a pale tint of the side's colour
    return QColor(*(round(v + (255 - v) * mix) for v in (c.red(), c.green(), c.blue())))


def side_stroke(side: str, scope: str = "bilateral") -> QColor | None:
    return QColor(SIDE_COLOURS.get(side, "#7f7f7f")).darker(130) if scope == "context" else None


def sector_colour(index: int) -> QColor:
    return QColor(SECTOR_COLOURS[index % len(SECTOR_COLOURS)])


def title_font() -> QFont:
    f = QFont()
    f.setPointSizeF(13)
    f.setBold(True)
    return f


def caption_font() -> QFont:
    f = QFont()
    f.setPointSizeF(8.5)
    return f


def legend_font() -> QFont:
    f = QFont()
    f.setPointSizeF(9)
    return f


@dataclass(frozen=True)
class LegendEntry:
    label: str
    fill: QColor | None
    stroke: QColor | None = None
    dashed: bool = False
    marker: str = "rect"     # rect | point | line


SWATCH = 11.0
GAP = 14.0


def legend_layout(entries: list[LegendEntry], width: float, fm: QFontMetricsF
                  ) -> tuple[list[tuple[QRectF, QPointF, LegendEntry]], float]:
    """Flow the entries into rows within ``width``: (swatch, text origin, entry), height."""
    out, x, y = [], 0.0, 0.0
    row_h = max(fm.height(), SWATCH) + 4
    for e in entries:
        w = SWATCH + 5 + fm.horizontalAdvance(e.label)
        if x > 0 and x + w > width:
            x, y = 0.0, y + row_h
        sw = QRectF(x, y + (row_h - SWATCH) / 2, SWATCH, SWATCH)
        out.append((sw, QPointF(x + SWATCH + 5, y + (row_h + fm.ascent() - fm.descent()) / 2), e))
        x += w + GAP
    return out, (y + row_h if entries else 0.0)


def paint_legend(p: QPainter, entries: list[LegendEntry], origin: QPointF, width: float) -> float:
    """Draw the legend at ``origin``; returns its height. Used on screen and in exports."""
    p.save()
    p.setFont(legend_font())
    fm = QFontMetricsF(p.font())
    placed, height = legend_layout(entries, width, fm)
    for sw, text_at, e in placed:
        sw = sw.translated(origin)
        pen = QPen(e.stroke) if e.stroke is not None else QPen(Qt.PenStyle.NoPen)
        if e.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        if e.marker == "line":
            p.setPen(QPen(e.stroke or QColor(CUMULATIVE_COLOUR), 2))
            p.drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()))
        elif e.marker == "point":
            p.setPen(pen)
            p.setBrush(e.fill)
            p.drawEllipse(sw.center(), SWATCH / 2 - 1, SWATCH / 2 - 1)
        else:
            p.setPen(pen)
            p.setBrush(e.fill if e.fill is not None else Qt.BrushStyle.NoBrush)
            p.drawRect(sw)
        p.setPen(QColor("#222222"))
        p.drawText(text_at + origin, e.label)
    p.restore()
    return height


class LegendStrip(QWidget):
    """The on-screen legend above a chart (plain text labels, never HTML)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[LegendEntry] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_entries(self, entries: list[LegendEntry]) -> None:
        self.entries = entries
        self._fit()
        self.update()

    def _fit(self) -> None:
        _placed, h = legend_layout(self.entries, max(100.0, self.width()), QFontMetricsF(legend_font()))
        self.setFixedHeight(int(h) + 2)

    def resizeEvent(self, ev):  # noqa: N802 - Qt API
        super().resizeEvent(ev)
        self._fit()

    def paintEvent(self, ev):  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_legend(p, self.entries, QPointF(0, 0), self.width())
        p.end()
