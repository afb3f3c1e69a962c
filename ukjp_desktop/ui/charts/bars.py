"""Stacked bar charts over a ``BarSeries``: horizontal (categories down the left) or vertical
(years along the bottom), optionally mirrored (UK to the left, Japan to the right)."""
from __future__ import annotations

import math
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from ...core.chart_series import Category, Segment, compact_amount
from ...core.filters import Filter
from ...core.vocab import SIDES
from .axes import AmountScale, CategoryAxis, MoneyAxis, category_ticks
from .base import BaseChart
from .shapes import HIGHLIGHT, LABEL_GAP, Shape, label_font
from .style import LegendEntry, side_fill, side_stroke

BAR = 0.72   # bar thickness in category units


class YearAxis(pg.AxisItem):
    """Whole years, spaced to fit; an optional 'undated' slot after the last year."""

    def __init__(self, orientation="bottom", **kw):
        super().__init__(orientation, **kw)
        self.undated_at: float | None = None

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph API
        span = max(1.0, maxVal - minVal)
        fits = max(2.0, size / 55.0)
        step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100) if span / s <= fits), 100)
        first = math.ceil(minVal / step) * step
        years = [float(y) for y in range(int(first), int(maxVal) + 1, step)
                 if self.undated_at is None or y < self.undated_at - 1]
        if self.undated_at is not None and minVal <= self.undated_at <= maxVal:
            years.append(self.undated_at)
        return [(float(step), years)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        return ["undated" if self.undated_at is not None and abs(v - self.undated_at) < 1e-6
                else str(int(round(v))) for v in values]


class BarChart(BaseChart):
    horizontal = True
    mirrored = False
    dimension = "sector"          # what a category key is: sector | year | organisation | initiative
    empty_text = "No funding figures under this filter"
    # Funding of initiatives in no sector (a table imported without a sector column) is not
    # drawn per sector: "no funding figures" would contradict the total above the list.
    SECTORLESS_TEXT = "No funding figures with a sector under this filter"

    def make_axes(self) -> dict:
        if self.horizontal:
            return {"bottom": MoneyAxis("bottom"), "left": CategoryAxis("left")}
        return {"left": MoneyAxis("left"), "bottom": YearAxis("bottom")}

    @property
    def amount_axis(self) -> MoneyAxis:
        return self.plot.getAxis("bottom" if self.horizontal else "left")

    @property
    def category_axis(self):
        return self.plot.getAxis("left" if self.horizontal else "bottom")

    def _build_ui(self) -> None:
        super()._build_ui()
        if self.horizontal:
            self.view.invertY(True)   # first (largest) category at the top
        self.plot.showGrid(x=self.horizontal, y=not self.horizontal, alpha=0.25)
        self.empty_label = pg.TextItem(self.empty_text, color="#666666",
                                       anchor=(0.5, 0.5))
        self.plot.addItem(self.empty_label)
        self.empty_label.hide()

    # ---- geometry -----------------------------------------------------------------------------
    def categories(self) -> tuple[Category, ...]:
        return self.series.categories

    def positions(self, cats) -> list[float]:
        return [float(i) for i in range(len(cats))]

    def stacks(self, cat: Category) -> list[tuple[int, list[Segment]]]:
        order = {(scope, side): i for i, (scope, side) in
                 enumerate((sc, sd) for sc in ("bilateral", "context") for sd in SIDES)}
        segs = sorted(cat.segments, key=lambda s: order[(s.scope, s.side)])
        if not self.mirrored:
            return [(1, segs)]
        return [(-1, [s for s in segs if s.side == "UK"]), (1, [s for s in segs if s.side == "Japan"])]

    def build_shapes(self) -> list[Shape]:
        cats = self.categories()
        values = [s.gbp for c in cats for s in c.segments if s.gbp > 0]
        smallest = self.rate.plot_value(min(values)) if values else None
        self.scale = AmountScale(self.log, smallest)
        shapes, frames = [], []
        for cat, pos in zip(cats, self.positions(cats)):
            hl = self.highlighted(self.dimension, cat.key)
            for direction, segs in self.stacks(cat):
                running = Decimal(0)
                stack = []
                for seg in segs:
                    lo = self.scale.coord(self.rate.plot_value(running))
                    running += seg.gbp
                    hi = self.scale.coord(self.rate.plot_value(running))
                    rect = self._rect(pos, direction * lo, direction * hi)
                    stack.append(Shape("rect", rect=rect, fill=side_fill(seg.side, seg.scope),
                                       stroke=side_stroke(seg.side, seg.scope),
                                       dashed=seg.scope == "context", ref=(cat, seg)))
                shapes += stack
                if stack:
                    shapes.append(self._value_label(pos, direction, stack, running))
                if hl and stack:
                    outline = stack[0].rect.united(stack[-1].rect)
                    frames.append(Shape("rect", rect=outline, stroke=HIGHLIGHT, width=2.5, screen_only=True))
        if self.mirrored and cats:
            p = self.positions(cats)
            shapes.append(Shape("line", points=[QPointF(0, p[0] - 0.6), QPointF(0, p[-1] + 0.6)],
                                stroke=QColor("#888888")))
        if not cats:
            self.empty_label.setText(self.SECTORLESS_TEXT if self.dimension == "sector" else self.empty_text)
        self.empty_label.setVisible(not cats)
        return shapes + frames + self.extra_shapes()

    def extra_shapes(self) -> list[Shape]:
        return []

    def _value_label(self, pos: float, direction: int, stack: list[Shape], total: Decimal) -> Shape:
        r = stack[0].rect.united(stack[-1].rect)
        if self.horizontal:
            anchor = QPointF(r.left() if direction < 0 else r.right(), pos)
            align = "right" if direction < 0 else "left"
        else:
            # y grows upwards in this view; the label goes above the top of the bar
            anchor, align = QPointF(pos, r.bottom()), "above"
        return Shape("text", points=[anchor], text=self.rate.compact(total), align=align)

    def _rect(self, pos: float, a: float, b: float) -> QRectF:
        lo, hi = min(a, b), max(a, b)
        if self.horizontal:
            return QRectF(QPointF(lo, pos - BAR / 2), QPointF(hi, pos + BAR / 2))
        return QRectF(QPointF(pos - BAR / 2, lo), QPointF(pos + BAR / 2, hi))

    def setup_axes(self) -> None:
        self.amount_axis.set_scale(self.scale, self.rate.currency)
        cats = self.categories()
        if self.horizontal:
            ax = self.category_axis
            ticks = category_ticks([c.label for c in cats])
            ax.set_categories(ticks)
            font = ax.style.get("tickFont") or QFont()
            fm = QFontMetricsF(font)
            widest = max((fm.horizontalAdvance(t) for _p, t in ticks[0]), default=40)
            ax.setWidth(int(min(320, max(60, widest + 16))))
        if not cats:
            (x0, x1), (y0, y1) = self.default_range()
            self.empty_label.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def default_range(self):
        cats = self.categories()
        if not cats:
            return (0.0, 1.0), (0.0, 1.0)
        rects = [s.rect for s in self.items.shapes if s.kind == "rect"]
        if self.horizontal:
            extent = max((max(abs(r.left()), abs(r.right())) for r in rects), default=0.0) or 1.0
            room = self._label_room(extent)
            x = (-extent * room, extent * room) if self.mirrored else (0.0, extent * room)
            pos = self.positions(cats)
            return x, (pos[0] - 0.6, pos[-1] + 0.6)
        extent = max(max((max(abs(r.top()), abs(r.bottom())) for r in rects), default=0.0),
                     self.extra_extent()) or 1.0
        pos = self.positions(cats)
        return (min(pos) - 0.8, max(pos) + 0.8), (0.0, extent * self._label_headroom())

    def _label_headroom(self) -> float:
        """How far above the tallest bar the amount axis must reach for its value label: the
        label's height in pixels, whatever the plot's height (a fixed 8 % cut the label of the
        tallest bar in half on a short chart, at 1024x700)."""
        if not any(s.kind == "text" for s in self.items.shapes):
            return 1.08
        need = QFontMetricsF(label_font()).height() + LABEL_GAP + 2
        height = self.view.height()
        if height < need * 2.5:       # not laid out yet, or too short to compute: a safe margin
            return 1.3
        return max(1.08, 1 / (1 - need / height))

    def extra_extent(self) -> float:
        return 0.0

    def _label_room(self, extent: float) -> float:
        """How far beyond the longest bar the amount axis must reach for every value label to
        fit beside its bar (labels have a fixed pixel width; a fixed 12 % let long labels of
        long bars run into the category names of a mirrored chart)."""
        span = self.view.width() / (2 if self.mirrored else 1)   # pixels per side
        fm = QFontMetricsF(label_font())
        room = 1.02
        for s in self.items.shapes:
            if s.kind != "text":
                continue
            need = fm.horizontalAdvance(s.text) + LABEL_GAP + 6
            if span < need * 2.5:     # not laid out yet, or too narrow to compute: a safe margin
                return 1.3
            room = max(room, abs(s.points[0].x()) / (extent * (1 - need / span)))
        return room

    # ---- meaning --------------------------------------------------------------------------------
    def hover_query(self, shape: Shape):
        if not isinstance(shape.ref, tuple) or len(shape.ref) != 2:
            return None
        cat, seg = shape.ref
        f, include_context, dimension = self.filter, self.include_context, self.dimension
        return lambda data: data.lines_for(f, include_context, dimension, cat.key, seg.side, seg.scope)

    def hover_text(self, shape: Shape, loaded=None) -> str:
        cat, seg = shape.ref
        what = "context figures" if seg.scope == "context" else "bilateral money"
        out = [f"{cat.label} — {seg.side}, {what}",
               f"This segment: {self.rate.hover(seg.gbp)}",
               f"Whole bar: {self.rate.hover(cat.total)}"]
        if loaded is None:           # the lines are being read
            return "\n".join(out + ["As stated in the sources: …"])
        lines, n = loaded
        out.append("As stated in the sources" + (" (largest first):" if n > 1 else ":"))
        out += [f"• {line.text()}" for line in lines]
        if n > len(lines):
            out.append(f"… and {n - len(lines)} more funding line{'s' if n - len(lines) > 1 else ''}")
        return "\n".join(out)

    def refine(self, f: Filter, cat: Category, seg: Segment) -> Filter | None:
        raise NotImplementedError

    def filter_for(self, shape: Shape) -> Filter | None:
        if not isinstance(shape.ref, tuple) or len(shape.ref) != 2:
            return None
        cat, seg = shape.ref
        return self.refine(self.filter, cat, seg)

    def legend_entries(self) -> list[LegendEntry]:
        out = []
        for scope in self.series.scopes():
            for side in self.series.sides():
                if any(s.side == side and s.scope == scope for c in self.categories() for s in c.segments):
                    label = side if scope == "bilateral" else f"{side} (context)"
                    if self.mirrored:
                        label += " ◀" if side == "UK" else " ▶"
                    out.append(LegendEntry(label, side_fill(side, scope), side_stroke(side, scope),
                                           dashed=scope == "context"))
        return out

    def note(self) -> str:
        s = self.series
        parts = []
        if self.log:
            floor = compact_amount(Decimal(repr(self.scale.floor)).normalize(), self.rate.currency)
            parts.append(f"Logarithmic amount axis; bars start at {floor}.")
        if s is not None and s.omitted:
            parts.append(f"Not shown: {self.rate.compact(s.omitted)} ({s.omitted_note}).")
        return " ".join(parts)

