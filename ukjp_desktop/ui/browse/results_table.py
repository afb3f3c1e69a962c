"""The results table: a ``QTableView`` that marks the search terms in the names it shows.

The cells are painted by Qt from the model's C++ items (results_model.py). The marks are painted
over them once per repaint, here, in one Python call: a delegate painting each name in Python
cost a call per visible row on every repaint, and each call had to take the GIL from the query
workers busy with the same search. On an ordinary row a mark is the highlight colour multiplied
into the pixels of its word (white turns yellow, dark text stays dark), so Qt's text is kept as
drawn; on the selected row (light text on a dark background) the word is drawn again, dark on
the highlight, as plain text (a name containing markup still shows literally)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView

from ...core.highlight import find_spans
from ..widgets import focus_ring

HIGHLIGHT = QColor("#ffe28a")


def fitted_text(text: str, font, width: int) -> str:
    """The text as a cell ``width`` wide shows it: elided with "…" at the right."""
    return QFontMetrics(font).elidedText(text, Qt.ElideRight, max(0, width))


def marked_spans(text: str, terms: list[str], font, width: int) -> list[tuple[str, int, int]]:
    """The terms a cell ``width`` wide shows of ``text``, each as (the characters shown, their
    left edge and width in pixels from the text's start): a term cut off by the "…" is not
    marked."""
    shown = fitted_text(text, font, width)
    metrics = QFontMetrics(font)
    return [(shown[start:end], metrics.horizontalAdvance(shown[:start]),
             metrics.horizontalAdvance(shown[start:end]))
            for start, end in find_spans(shown, terms, as_search=True)]


class ResultsTable(focus_ring.FocusRing, QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.terms: list[str] = []

    def set_terms(self, terms: list[str]) -> bool:
        """Mark ``terms`` in the names; whether they changed (the view is then repainted)."""
        if list(terms) == self.terms:
            return False
        self.terms = list(terms)
        self.viewport().update()
        return True

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt API
        # Rows are selected whole, so Home / End moving to the row's first / last cell showed
        # nothing: as in any list they go to the first / last row (what Ctrl+Home / End do).
        if action in (QAbstractItemView.MoveHome, QAbstractItemView.MoveEnd):
            modifiers |= Qt.ControlModifier
        return super().moveCursor(action, modifiers)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.terms and self.model() is not None and self.model().rowCount():
            self._paint_marks(event.rect())
        # The selected row looks the same focused or not, and an empty list (a filter that
        # matches nothing) draws nothing at all: the ring shows where Tab has gone.
        focus_ring.paint(self)

    def _paint_marks(self, area: QRect) -> None:
        model = self.model()
        first = max(0, self.rowAt(area.top()))
        last = self.rowAt(area.bottom())
        if last < 0:
            last = model.rowCount() - 1
        # Where Qt's item views put a cell's text: inside a margin on either side.
        margin = self.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, self) + 1
        font = self.font()
        height = QFontMetrics(font).height()
        selection = self.selectionModel()
        painter = QPainter(self.viewport())
        painter.setFont(font)
        try:
            for row in range(first, last + 1):
                index = model.index(row, 0)
                text = index.data()
                if not text:
                    continue
                cell = self.visualRect(index)
                room = cell.width() - 2 * margin
                inside = cell.adjusted(margin, 0, -margin, 0)
                top = cell.top() + max(0, (cell.height() - height) // 2)
                selected = selection is not None and selection.isSelected(index)
                for word, left, width in marked_spans(text, self.terms, font, room):
                    box = QRect(cell.left() + margin + left, top, width, height).intersected(inside)
                    if selected:
                        painter.setCompositionMode(QPainter.CompositionMode_SourceOver)
                        painter.fillRect(box, HIGHLIGHT)
                        painter.setPen(QColor("#000000"))
                        painter.drawText(box, Qt.AlignLeft | Qt.AlignVCenter | Qt.TextSingleLine, word)
                    else:
                        painter.setCompositionMode(QPainter.CompositionMode_Multiply)
                        painter.fillRect(box, HIGHLIGHT)
        finally:
            painter.end()

