"""Timeline: one row per initiative on a date axis — a bar from start to end where both are
known, a filled point for the announcement, an open point for a lone start or end — coloured by
(first) sector. Dates are placed at the middle of their stated period ("2022" sits mid-2022) and
the hover says the precision the source gave."""
from __future__ import annotations

from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from ...core.chart_series import TimelineItem
from .axes import category_ticks
from .bars import YearAxis
from .base import BaseChart
from .shapes import HIGHLIGHT, Shape
from .style import LegendEntry, sector_colour

LABEL_ROWS = 45      # above this many rows, names on the axis would overlap: hover gives them
LIMIT = 400
NO_SECTOR = QColor("#9a9a9a")


def _mid(p) -> float:
    return (p.first + p.last) / 2


class TimelineChart(BaseChart):
    kind = "timeline"

    def make_axes(self) -> dict:
        return {"bottom": YearAxis("bottom"), "left": pg.AxisItem("left")}

    def _build_ui(self) -> None:
        super()._build_ui()
        self.view.invertY(True)   # earliest at the top, read downwards like a list
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self._sector_index: dict[str, int] = {}

    def query(self):
        return self.data.timeline(self.filter, limit=LIMIT)

    def colour(self, item: TimelineItem) -> QColor:
        if not self._sector_index:
            self._sector_index = {s: i for i, s in enumerate(sorted(self.data.labels("sector")))}
        return sector_colour(self._sector_index[item.sectors[0]]) if item.sectors else NO_SECTOR

    def build_shapes(self) -> list[Shape]:
        spans, points, frames = [], [], []
        for row, it in enumerate(self.series.items):
            col = self.colour(it)
            mine = []
            if it.has_span:
                fill = QColor(col)
                fill.setAlpha(190)
                mine.append(Shape("rect", rect=QRectF(QPointF(it.started.first, row - 0.28),
                                                      QPointF(it.ended.last, row + 0.28)),
                                  fill=fill, ref=(it, "span")))
                spans += mine
            else:
                for label in ("started", "ended"):
                    p = getattr(it, label)
                    if p is not None:
                        s = Shape("point", points=[QPointF(_mid(p), row)], fill=QColor("#ffffff"),
                                  stroke=col, width=2.0, ref=(it, label))
                        mine.append(s)
                        points.append(s)
            if it.announced is not None:
                s = Shape("point", points=[QPointF(_mid(it.announced), row)], fill=col,
                          stroke=col.darker(140), ref=(it, "announced"))
                mine.append(s)
                points.append(s)
            if self.highlighted("initiative", it.slug):
                for s in mine:
                    frames.append(Shape("rect", rect=s.rect, stroke=HIGHLIGHT, width=2.5) if s.kind == "rect"
                                  else Shape("point", points=s.points, stroke=HIGHLIGHT, width=2.5,
                                             radius=s.radius + 3))
        return spans + points + frames

    def setup_axes(self) -> None:
        items = self.series.items
        ax = self.plot.getAxis("left")
        if len(items) <= LABEL_ROWS:
            ticks = category_ticks([it.name for it in items], max_chars=46)
            ax.setTicks(ticks)
            fm = QFontMetricsF(ax.style.get("tickFont") or QFont())
            ax.setWidth(int(min(330, max(60, max((fm.horizontalAdvance(t) for _p, t in ticks[0]), default=40) + 16))))
        else:
            ax.setTicks([[], []])
            ax.setWidth(20)

    def default_range(self):
        items = self.series.items
        if not items:
            return (2000.0, 2030.0), (0.0, 1.0)
        firsts = [p.first for it in items for p in (it.announced, it.started, it.ended) if p]
        lasts = [p.last for it in items for p in (it.announced, it.started, it.ended) if p]
        return (min(firsts) - 0.6, max(lasts) + 0.6), (-0.7, len(items) - 0.3)

    def legend_entries(self) -> list[LegendEntry]:
        labels = self.data.labels("sector")
        seen: dict[str, QColor] = {}
        for it in self.series.items:
            key = it.sectors[0] if it.sectors else ""
            if key not in seen:
                seen[key] = self.colour(it)
        out = [LegendEntry(labels.get(k, k) if k else "no sector", c) for k, c in sorted(seen.items())]
        if self.series.items:
            grey = QColor("#555555")
            out += [LegendEntry("announced", grey, grey, marker="point"),
                    LegendEntry("started / ended", QColor("#ffffff"), grey, marker="point")]
        return out

    def hover_text(self, shape: Shape) -> str:
        it, _what = shape.ref
        labels = self.data.labels("sector")
        out = [it.name, "Sectors: " + (", ".join(labels.get(s, s) for s in it.sectors) or "none recorded")]
        for label in ("announced", "started", "ended"):
            p = getattr(it, label)
            if p is not None:
                out.append(f"{label.capitalize()}: {p.display} (stated to the {p.precision.replace('_', '-')})")
        out.append(f"Funding counted: {self.rate.hover(it.total_gbp) if it.total_gbp else 'none stated'}")
        return "\n".join(out)

    def filter_for(self, shape: Shape):
        it, _what = shape.ref
        if it.announced_year is None:
            return None
        return replace(self.filter, year_from=it.announced_year, year_to=it.announced_year)

    def slug_for(self, shape: Shape):
        return shape.ref[0].slug

    def note(self) -> str:
        s = self.series
        parts = []
        if s is not None and s.total_count > len(s.items):
            parts.append(f"Showing the {len(s.items):,} best-funded of {s.total_count:,} dated initiatives.")
        if s is not None and s.undated:
            parts.append(f"{s.undated:,} initiative{'s' if s.undated != 1 else ''} with no date not shown.")
        return " ".join(parts)
