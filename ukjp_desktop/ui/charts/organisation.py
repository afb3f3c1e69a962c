"""The top contributing organisations (funding lines by named contributor)."""
from __future__ import annotations

from dataclasses import replace

from .bars import BarChart

TOP = 15


class OrganisationChart(BarChart):
    kind = "organisation"
    dimension = "organisation"

    def query(self):
        return self.data.top_organisations(self.filter, self.include_context, limit=TOP)

    def refine(self, f, cat, seg):
        return replace(f, organisations=frozenset({cat.key}), sides=frozenset({seg.side}))
