"""Amount scales (linear / logarithmic, optionally mirrored) and the axes that label them.

Figures run from about £1 million to about £1 billion, so the log scale matters. We place
coordinates ourselves instead of using pyqtgraph's log mode: stacked and mirrored bars need a
common floor, and tick labels must be money ("£10m"), not "1e+07".
"""
from __future__ import annotations

import math
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from ...core.chart_series import compact_amount


class AmountScale:
    """Display value (float, in display currency) <-> axis coordinate. In log mode the
    coordinate is log10(value / floor), floor being a power of ten at or below the smallest
    value, so bars start at 0 and a mirrored chart is symmetric about 0."""

    def __init__(self, log: bool = False, smallest: float | None = None):
        self.log = log
        self.floor = 10.0 ** math.floor(math.log10(smallest)) if (log and smallest and smallest > 0) else 1.0

    def coord(self, value: float) -> float:
        if not self.log:
            return value
        if value <= 0:
            return 0.0
        return max(0.0, math.log10(value / self.floor))

    def value(self, coord: float) -> float:
        c = abs(coord)
        return self.floor * 10.0 ** c if self.log else c


class MoneyAxis(pg.AxisItem):
    """Amount axis: money labels in the display currency; powers of ten in log mode."""

    def __init__(self, orientation: str, **kw):
        super().__init__(orientation, **kw)
        self.enableAutoSIPrefix(False)
        # Major and minor ticks only: pyqtgraph's third level put a faint grid line every
        # fifth of a minor step (dozens of lines behind the bars) and cost ~8 ms per paint.
        self.setStyle(maxTickLevel=1)
        self.scale_ = AmountScale()
        self.currency = "GBP"

    def set_scale(self, scale: AmountScale, currency: str) -> None:
        self.scale_, self.currency = scale, currency
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph API
        if not self.scale_.log:
            return super().tickValues(minVal, maxVal, size)
        return log_ticks(minVal, maxVal, size)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        out = []
        for v in values:
            try:
                amount = self.scale_.value(v)
                if not self.scale_.log and abs(v) < 1e-9 * max(1.0, spacing):
                    amount = 0.0
                out.append(compact_amount(Decimal(repr(round(amount, 2))).normalize(), self.currency))
            except (ArithmeticError, ValueError):   # far beyond any money (or not a number)
                out.append("")
        return out


LOG_LIMIT = 24.0     # |coordinate| in decades beyond which a log axis has nothing to label


def log_ticks(minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
    """Ticks for a log amount axis (coordinates are decades): a power of ten per major tick,
    thinned to fit ``size`` pixels, with 2× and 5× minor marks over a few decades.

    Bounded whatever range it is given: a view left in linear units (0 .. 1e9 "decades") once
    made ``range(floor(min), ceil(max))`` a billion ticks and froze the window."""
    if not (math.isfinite(minVal) and math.isfinite(maxVal)):
        return [(1.0, []), (0.5, [])]
    lo_v, hi_v = max(min(minVal, maxVal), -LOG_LIMIT), min(max(minVal, maxVal), LOG_LIMIT)
    if lo_v > hi_v:
        return [(1.0, []), (0.5, [])]
    lo, hi = math.floor(lo_v), math.ceil(hi_v)
    fits = max(2.0, (size if math.isfinite(size) and size > 0 else 200) / 40)
    # Decades actually shown, not rounded out: 2.15 decades on a 110 px axis rounded to 3 and
    # took every second power of ten, whose labels fell at the edges and were not drawn.
    step = next((s for s in (1, 2, 5, 10, 20, 50) if (hi_v - lo_v) / s <= fits), 100)
    first = math.ceil(lo / step) * step
    major = [float(c) for c in range(first, hi + 1, step) if lo_v <= c <= hi_v]
    minor = []
    if step == 1 and hi - lo <= 4:  # few decades: 2× and 5× marks help reading values
        for k in range(0, max(abs(lo), abs(hi)) + 1):
            for m in (math.log10(2), math.log10(5)):
                minor += [v for v in (k + m, -(k + m)) if lo_v <= v <= hi_v]
    return [(float(step), major), (0.5, sorted(set(minor)))]


def category_ticks(labels: list[str], max_chars: int = 42) -> list[list[tuple[float, str]]]:
    """Fixed ticks for a category axis; long names are shortened (the hover gives them whole)."""
    return [[(float(i), (s if len(s) <= max_chars else s[: max_chars - 1] + "…"))
             for i, s in enumerate(labels)], []]


class CategoryAxis(pg.AxisItem):
    """A vertical axis of category names that never overlap: when the chart is too short for
    one line per bar (15 sectors in a 1024x700 window with the charts open), it names every
    second, third, … bar, counted from the top; the hover still names each bar."""

    def __init__(self, orientation: str = "left", **kw):
        super().__init__(orientation, **kw)
        self._every: list[tuple[float, str]] = []

    def set_categories(self, ticks: list[list[tuple[float, str]]]) -> None:
        self._every = list(ticks[0]) if ticks else []
        self.setTicks(ticks)

    def generateDrawSpecs(self, p):  # noqa: N802 - pyqtgraph API
        if self._every:
            self._tickLevels = [self.shown(self.geometry().height()), []]
        return super().generateDrawSpecs(p)

    def shown(self, pixels: float) -> list[tuple[float, str]]:
        """The ticks that fit ``pixels`` of axis, one text line apart at least."""
        span = abs(self.range[1] - self.range[0])          # reversed when the view is inverted
        if pixels <= 0 or span == 0:
            return self._every
        per_category = pixels / span
        line = QFontMetricsF(self.style.get("tickFont") or QFont()).height()
        step = max(1, math.ceil(line / per_category)) if per_category > 0 else 1
        return self._every[::step]
