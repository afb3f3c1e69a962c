"""The top contributing organisations (funding lines by named contributor)."""
from __future__ import annotations

from dataclasses import replace

from .bars import BarChart

TOP = 15


class OrganisationChart(BarChart):
    kind = "organisation"
    dimension = "organisation"

    def query(self, data, f, include_context, options):
        return data.top_organisations(f, include_context, limit=TOP)

    def refine(self, f, cat, seg):
        return replace(f, organisations=frozenset({cat.key}), sides=frozenset({seg.side}))
