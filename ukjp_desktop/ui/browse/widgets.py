"""The browse feature's widgets (filter panel, results table, summary, status counts), built
without the store, so that a start with a valid first-page cache (``store.first_page``) can
show them filled from it before SQLAlchemy is imported; ``BrowseController`` then takes them
over as they are on screen."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QLabel

from ...core.filters import Filter
from ...core.money import format_amount
from .filter_panel import FilterPanel
from .results_model import ResultsModel
from .results_pane import ResultsPane


@dataclass
class BrowseWidgets:
    filter_panel: FilterPanel
    model: ResultsModel
    pane: ResultsPane
    status_counts: QLabel


def build_widgets(page_size: int) -> BrowseWidgets:
    model = ResultsModel(page_size=page_size)
    return BrowseWidgets(FilterPanel(), model, ResultsPane(model), QLabel(""))


def summary_text(count: int, total_all: int, f: Filter, totals: dict[str, Decimal] | None, label=None) -> str:
    """The line above the table; ``totals`` (bilateral GBP by side) is None until counted; ``label(facet, value)``
    names a ticked value as the facet list does."""
    parts = [f"{count:,} of {total_all:,} initiatives"]
    if not f.is_empty():
        parts.append(f.describe(label))
    if totals is not None:
        bilateral = sum(totals.values())
        if bilateral:
            parts.append(f"{format_amount(bilateral, 'GBP')} bilateral")
    return " · ".join(parts)


def counts_text(count: int, total_all: int) -> str:
    return f"Showing {count:,} of {total_all:,} initiatives"


def show_first_page(w: BrowseWidgets, page, state) -> None:
    """Fill the widgets from a cached ``store.first_page.FirstPage`` for ``state``'s query, as
    the controller fills them from its first list and facet results."""
    if page.year_bounds:
        w.filter_panel.set_year_bounds(*page.year_bounds)
    w.model.sector_names = page.sector_names
    w.pane.search.setText(state.filter.text)
    w.model.reset_results(0, page.count, page.rows)   # generation 0: the runner's first is 1
    w.filter_panel.set_filter(state.filter)
    w.pane.show_sort(state.sort, state.descending)
    w.filter_panel.set_counts(page.facets)
    w.pane.summary.setText(summary_text(page.count, page.total_all, state.filter, page.totals,
                                        w.filter_panel.label_of))
    w.status_counts.setText(counts_text(page.count, page.total_all))
