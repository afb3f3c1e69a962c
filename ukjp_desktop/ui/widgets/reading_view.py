"""A plain-text reading view shared by the source viewer and the import review's document."""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPlainTextEdit

CURRENT_BG = QColor("#ffc94d")   # the excerpt being looked at
INK = QColor("#000000")


class ReadingEdit(QPlainTextEdit):
    """A plain-text view that keeps lines to a readable length in a wide window."""

    MAX_COLUMN_EM = 60

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        column = self.fontMetrics().horizontalAdvance("M") * self.MAX_COLUMN_EM
        side = max(0, (self.width() - column) // 2)
        self.setViewportMargins(side, 0, side, 0)
        super().resizeEvent(event)
