"""Funding by sector, stacked by side (UK / Japan / joint / private / other)."""
from __future__ import annotations

from dataclasses import replace

from .bars import BarChart


class SectorChart(BarChart):
    kind = "sector"
    dimension = "sector"

    def query(self, data, f, include_context, options):
        return data.by_sector(f, include_context)

    def refine(self, f, cat, seg):
        # Replace rather than add: sectors combine with OR, so adding would widen the list.
        return replace(f, sectors=frozenset({cat.key}), sides=frozenset({seg.side}))

    def note(self) -> str:
        base = super().note()
        return (base + " " if base else "") + "An initiative in several sectors counts in each."
