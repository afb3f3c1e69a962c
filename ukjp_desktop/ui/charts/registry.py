"""Chart kinds, their titles, and lazy lookup of their widget classes."""
from __future__ import annotations

from importlib import import_module

# kind -> (module, class, title); the kind names are the command line's KIND values.
_CHARTS = {
    "sector": ("sector", "SectorChart", "Funding by sector"),
    "year": ("year", "YearChart", "Funding by year announced"),
    "uk-vs-japan": ("mirrored", "UkVsJapanChart", "UK vs Japan contributions"),
    "timeline": ("timeline", "TimelineChart", "Timeline of initiatives"),
    "organisation": ("organisation", "OrganisationChart", "Top contributing organisations"),
}
CHART_KINDS = tuple(_CHARTS)
CHART_TITLES = {k: v[2] for k, v in _CHARTS.items()}


def chart_class(kind: str):
    if kind not in _CHARTS:
        raise KeyError(f"unknown chart {kind!r}; choose from {', '.join(CHART_KINDS)}")
    module, name, _title = _CHARTS[kind]
    return getattr(import_module(f"{__package__}.{module}"), name)
