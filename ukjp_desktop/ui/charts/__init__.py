"""Funding charts (issue 4). Importing this package is cheap: pyqtgraph (~0.3 s) is imported
only when a chart is first created (``registry.chart_class``), so the window starts fast."""
from .registry import CHART_KINDS, CHART_TITLES, chart_class

__all__ = ["CHART_KINDS", "CHART_TITLES", "chart_class"]
