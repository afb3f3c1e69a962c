"""A ring in the palette's highlight colour inside a scroll area's edges while it has the focus.

The style draws no focus for a text view or a table: Tab into the detail with no link current,
or into a list with no rows, showed nothing. Each view calls ``paint`` after its own painting
and ``refresh`` when the focus comes or goes and when it scrolls (a scroll moves the painted
pixels, the ring's edges with them)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea

WIDTH = 2


def paint(area: QAbstractScrollArea) -> None:
    """Draw the ring on the area's viewport if the area has the focus."""
    if not area.hasFocus():
        return
    viewport = area.viewport()
    painter = QPainter(viewport)
    try:
        pen = QPen(area.palette().color(QPalette.ColorRole.Highlight), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH // 2
        painter.drawRect(viewport.rect().adjusted(half, half, -half, -half))
    finally:
        painter.end()


def refresh(area: QAbstractScrollArea, scrolled: bool = False) -> None:
    """Repaint the viewport after a focus change, or after a scroll while focused."""
    if not scrolled or area.hasFocus():
        area.viewport().update()


class FocusRing:
    """Mixin (before the Qt class: ``class View(FocusRing, QTableView)``) that repaints the ring when
    the focus comes or goes and when the view scrolls; the view calls ``paint`` in its paintEvent."""

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        refresh(self)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        refresh(self)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt API
        super().scrollContentsBy(dx, dy)
        refresh(self, scrolled=True)
