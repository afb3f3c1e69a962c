"""Which result columns fit: the name gets the space first, the others give way in order.

At 1024 px wide the table cannot show nine columns and a readable name, and a horizontal scroll
bar hides exactly the figures a user came for. So when the table is narrow, whole columns are
hidden in a fixed order of importance (sectors first; the name, date, total and star never),
and they come back as soon as the table is wide enough. Every hidden figure is still in the
detail pane, and the header's tooltip says which columns were left out.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

# Left out first → last. Name, announced, total and the star are always shown.
GIVE_WAY = ("sectors", "kind", "japan_gbp", "uk_gbp", "sources")
MIN_NAME_PX = 200


def columns_to_hide(available: int, widths: Mapping[str, int], order: Sequence[str] = GIVE_WAY,
                    min_name: int = MIN_NAME_PX) -> list[str]:
    """The columns to hide so that the name keeps at least ``min_name`` pixels.

    ``widths`` holds the width of every column but the name (which takes what is left)."""
    used = sum(widths.values())
    hidden: list[str] = []
    for key in order:
        if available - used >= min_name:
            break
        if key in widths:
            used -= widths[key]
            hidden.append(key)
    return hidden
