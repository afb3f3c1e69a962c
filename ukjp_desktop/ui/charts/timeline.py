"""Timeline: one row per initiative on a date axis — a bar from start to end where both are
known, a filled point for the announcement, an open point for a lone start or end — coloured by
(first) sector. Dates are placed at the middle of their stated period ("2022" sits mid-2022) and
the hover says the precision the source gave.

Readable at any size: the chart draws only as many rows as fit at ``ROW_MIN_PX`` pixels a row
(each row keeps its name on the axis), the best-funded first, and says on the plot and in the
caption how many more there are. The few most frequent sectors among the rows drawn get colours
far apart; the rest share a grey "Other"."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from ...core.chart_series import TimelineItem
from .axes import category_ticks
from .bars import YearAxis
from .base import BaseChart
from .shapes import HIGHLIGHT, Shape, label_font
from .style import DISTINCT_COLOURS, OTHER_COLOUR, LegendEntry

LABEL_ROWS = 45      # a chart not laid out yet draws every row; above this many, no names
LIMIT = 400
ROW_MIN_PX = 16.0    # at least this many pixels per labelled row (and at least the font's height)
NO_SECTOR = QColor(OTHER_COLOUR)


def _mid(p) -> float:
    return (p.first + p.last) / 2


class TimelineChart(BaseChart):
    kind = "timeline"

    def make_axes(self) -> dict:
        return {"bottom": YearAxis("bottom"), "left": pg.AxisItem("left")}

    def _build_ui(self) -> None:
        self.rows: tuple[TimelineItem, ...] = ()      # the rows drawn
        self._capacity_drawn: int | None = None
        self._colours: dict[str, QColor] = {}
        self._grouped: list[str] = []                   # sector keys drawn in grey ("Other")
        super()._build_ui()
        self.view.invertY(True)   # earliest at the top, read downwards like a list
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        # "N more …": fixed in the plot's bottom-left corner (pixels of the view box, so it
        # stays put when the user pans), in the row kept free for it; plain text.
        self.note_item = QGraphicsSimpleTextItem(self.view)
        self.note_item.setFont(label_font())
        self.note_item.setBrush(QColor("#555555"))
        self.note_item.setZValue(1000)
        self.note_item.hide()
        self.view.sigResized.connect(self._place_note)

    def query(self, data, f, include_context, options):
        data.labels("sector")   # read here, in the worker, so drawing the legend does not query
        return data.timeline(f, limit=LIMIT)

    # ---- which rows fit ---------------------------------------------------------------------
    def row_px(self) -> float:
        fm = QFontMetricsF(self.plot.getAxis("left").style.get("tickFont") or QFont())
        return max(ROW_MIN_PX, fm.height() + 2)

    def capacity(self) -> int | None:
        """How many rows (names included) fit in the plot's height; None while the plot is not
        laid out on screen or for an export (then every row is drawn)."""
        if not self.plot.isVisible():
            return None
        return max(1, int(self.view.height() // self.row_px()))

    def needs_redraw_on_resize(self) -> bool:
        return self.series is not None and self.capacity() != self._capacity_drawn

    def choose_rows(self) -> tuple[TimelineItem, ...]:
        """The best-funded items that fit (one row is kept for the "more" note), in date order;
        the highlighted initiative is always among them if it is in the series."""
        items = self.series.items
        cap = self.capacity()
        self._capacity_drawn = cap
        if cap is None or len(items) <= cap:
            return items
        keep = max(1, cap - 1)
        order = sorted(range(len(items)), key=lambda i: (-items[i].total_gbp, i))
        chosen = order[:keep]
        hl = next((i for i, it in enumerate(items) if it.slug == self.highlight_slug), None)
        if hl is not None and hl not in chosen:
            chosen[-1] = hl
        return tuple(items[i] for i in sorted(chosen))

    def hidden_count(self) -> int:
        """Dated initiatives under the filter that have no row (not drawn at this size, or
        beyond the query's limit)."""
        return self.series.total_count - len(self.rows) if self.series is not None else 0

    # ---- colours ----------------------------------------------------------------------------
    def _assign_colours(self) -> None:
        counts = Counter(it.sectors[0] for it in self.rows if it.sectors)
        labels = self.data.labels("sector")
        ranked = sorted(counts, key=lambda k: (-counts[k], labels.get(k, k)))
        coloured = ranked[:len(DISTINCT_COLOURS)]
        self._colours = {k: QColor(c) for k, c in zip(coloured, DISTINCT_COLOURS)}
        self._grouped = ranked[len(DISTINCT_COLOURS):]

    def colour(self, item: TimelineItem) -> QColor:
        if item.sectors and item.sectors[0] in self._colours:
            return QColor(self._colours[item.sectors[0]])
        return QColor(NO_SECTOR)

    # ---- drawing ----------------------------------------------------------------------------
    def build_shapes(self) -> list[Shape]:
        self.rows = self.choose_rows()
        self._assign_colours()
        spans, points, frames = [], [], []
        for row, it in enumerate(self.rows):
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
                    frames.append(Shape("rect", rect=s.rect, stroke=HIGHLIGHT, width=2.5, screen_only=True)
                                  if s.kind == "rect"
                                  else Shape("point", points=s.points, stroke=HIGHLIGHT, width=2.5,
                                             radius=s.radius + 3, screen_only=True))
        note = self._more_note()
        self.note_item.setText(note)
        self.note_item.setVisible(bool(note))
        self._place_note()
        return spans + points + frames

    def _more_note(self) -> str:
        """How many dated initiatives have no row, when the rows were cut to fit."""
        if self._capacity_drawn is None or not self.rows:
            return ""
        n = self.hidden_count()
        if n <= 0:
            return ""
        return (f"{n:,} more dated initiative{'s' if n != 1 else ''} not shown — "
                "enlarge the chart or narrow the filter")

    def _place_note(self, *_):
        h = self.note_item.boundingRect().height()
        self.note_item.setPos(6, max(0.0, self.view.height() - h - 3))

    @property
    def more_note(self) -> str:
        return self.note_item.text() if self.note_item.isVisibleTo(self.view) else ""

    def _x_extent(self) -> tuple[float, float]:
        firsts = [p.first for it in self.rows for p in (it.announced, it.started, it.ended) if p]
        lasts = [p.last for it in self.rows for p in (it.announced, it.started, it.ended) if p]
        return (min(firsts), max(lasts)) if firsts else (2000.0, 2030.0)

    def setup_axes(self) -> None:
        ax = self.plot.getAxis("left")
        if self._capacity_drawn is not None or len(self.rows) <= LABEL_ROWS:
            ticks = category_ticks([it.name for it in self.rows], max_chars=46)
            ax.setTicks(ticks)
            fm = QFontMetricsF(ax.style.get("tickFont") or QFont())
            ax.setWidth(int(min(330, max(60, max((fm.horizontalAdvance(t) for _p, t in ticks[0]), default=40) + 16))))
        else:
            ax.setTicks([[], []])
            ax.setWidth(20)

    def default_range(self):
        if not self.rows:
            return (2000.0, 2030.0), (0.0, 1.0)
        x0, x1 = self._x_extent()
        slots = len(self.rows) + (1 if self._more_note() else 0)   # a row kept for the note
        return (x0 - 0.6, x1 + 0.6), (-0.7, slots - 0.3)

    def row_spacing_px(self) -> float:
        """Pixels between two rows at the current view (for tests and the layout)."""
        (_x0, _x1), (y0, y1) = self.view.viewRange()
        return self.view.height() / (y1 - y0) if y1 > y0 else math.inf

    def legend_entries(self) -> list[LegendEntry]:
        labels = self.data.labels("sector")
        out = [LegendEntry(labels.get(k, k), QColor(c)) for k, c in self._colours.items()]
        grouped = bool(self._grouped)
        none = any(not it.sectors for it in self.rows)
        if grouped or none:
            label = ("Other sectors" if not none else
                     "Other or no sector" if grouped else "No sector recorded")
            if grouped:
                label += f" ({len(self._grouped)})"
            out.append(LegendEntry(label, QColor(OTHER_COLOUR)))
        if self.rows:
            grey = QColor("#555555")
            out += [LegendEntry("announced", grey, grey, marker="point"),
                    LegendEntry("started / ended", QColor("#ffffff"), grey, marker="point")]
        return out

    # ---- meaning ----------------------------------------------------------------------------
    def hover_text(self, shape: Shape, loaded=None) -> str:
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
        if s is not None and s.total_count > len(self.rows):
            fit = " (as many rows as fit; enlarge the chart to see more)" \
                if self._capacity_drawn is not None and len(self.rows) < len(s.items) else ""
            parts.append(f"Showing the {len(self.rows):,} best-funded of {s.total_count:,} dated initiatives{fit}.")
        if s is not None and s.undated:
            parts.append(f"{s.undated:,} initiative{'s' if s.undated != 1 else ''} with no date not shown.")
        return " ".join(parts)
