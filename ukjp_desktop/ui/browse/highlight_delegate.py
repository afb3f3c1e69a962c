"""Paints table cells with the current search terms highlighted.

The cell's text goes into a QTextDocument with ``setPlainText`` and highlights are applied as
character formats, so a name containing markup is still shown literally."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFontMetrics, QPalette, QTextCharFormat,
                           QTextCursor, QTextDocument)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...core.highlight import find_spans

HIGHLIGHT = QColor("#ffe28a")


def fitted_text(text: str, font, width: int) -> str:
    """The text as the cell can show it: elided with "…" like every other cell, not clipped."""
    return QFontMetrics(font).elidedText(text, Qt.ElideRight, max(0, width))


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.terms: list[str] = []

    def set_terms(self, terms: list[str]) -> None:
        self.terms = list(terms)

    def paint(self, painter, option, index):
        text = index.data(Qt.DisplayRole) or ""
        spans = find_spans(text, self.terms) if self.terms else []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, opt.widget) if style else opt.rect
        shown = fitted_text(text, opt.font, rect.width() - 4)
        if shown != text:       # highlight what is shown (a term cut by the "…" is not marked)
            text, spans = shown, find_spans(shown, self.terms)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setPlainText(text)
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        fmt.setForeground(QColor("#000000"))
        cur = QTextCursor(doc)
        for start, end in spans:
            cur.setPosition(start)
            cur.setPosition(end, QTextCursor.KeepAnchor)
            cur.mergeCharFormat(fmt)
        painter.save()
        painter.translate(rect.left() + 2, rect.top() + max(0, (rect.height() - doc.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, rect.width() - 2, rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.State_Selected)
        ctx.palette.setColor(QPalette.Text, opt.palette.color(
            QPalette.HighlightedText if selected else QPalette.Text))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
