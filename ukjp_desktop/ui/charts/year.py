"""Funding by year announced, stacked by side, with an optional cumulative line."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox

from ...core.chart_series import cumulative
from ...store.chart_data import UNDATED
from .bars import BarChart
from .shapes import Shape
from .style import CUMULATIVE_COLOUR, LegendEntry


class YearChart(BarChart):
    kind = "year"
    dimension = "year"
    horizontal = False

    def setup_options(self) -> None:
        self.options.setdefault("cumulative", False)
        self.cumulative_box = QCheckBox("Cumulative line")
        self.cumulative_box.toggled.connect(lambda on: self.set_option("cumulative", on))
        self.options_bar.addWidget(self.cumulative_box)

    def sync_option_widgets(self) -> None:
        self.cumulative_box.blockSignals(True)
        self.cumulative_box.setChecked(bool(self.options.get("cumulative")))
        self.cumulative_box.blockSignals(False)

    def query(self, data, f, include_context, options):
        return data.by_year(f, include_context)

    def positions(self, cats):
        years = [int(c.key) for c in cats if c.key != UNDATED]
        undated_at = (max(years) + 2) if years else 0
        self.category_axis.undated_at = float(undated_at) if any(c.key == UNDATED for c in cats) else None
        return [float(undated_at if c.key == UNDATED else int(c.key)) for c in cats]

    def extra_shapes(self) -> list[Shape]:
        if not self.options.get("cumulative"):
            return []
        pts = [(year, total) for year, total in cumulative(self.series)]
        if not pts:
            return []
        coords = [QPointF(year, self.scale.coord(self.rate.plot_value(total))) for year, total in pts]
        line = Shape("line", points=coords, stroke=QColor(CUMULATIVE_COLOUR), width=2.0)
        dots = [Shape("point", points=[c], fill=QColor(CUMULATIVE_COLOUR), radius=3.5,
                      ref=("cumulative", year, total)) for c, (year, total) in zip(coords, pts)]
        return [line] + dots

    def extra_extent(self) -> float:
        return max((s.points[0].y() for s in self.items.shapes if s.kind == "point"), default=0.0)

    def legend_entries(self):
        out = super().legend_entries()
        if self.options.get("cumulative"):
            out.append(LegendEntry("Cumulative total", None, QColor(CUMULATIVE_COLOUR), marker="line"))
        return out

    def hover_text(self, shape: Shape, loaded=None) -> str:
        if shape.ref and shape.ref[0] == "cumulative":
            _tag, year, total = shape.ref
            return f"Cumulative to the end of {year}: {self.rate.hover(total)}"
        return super().hover_text(shape, loaded)

    def refine(self, f, cat, seg):
        if cat.key == UNDATED:   # "no year" is not something a filter can say
            return None
        y = int(cat.key)
        return replace(f, year_from=y, year_to=y, sides=frozenset({seg.side}))

    def filter_for(self, shape):
        if shape.ref and shape.ref[0] == "cumulative":
            return replace(self.filter, year_to=shape.ref[1])
        return super().filter_for(shape)
