"""Search highlights in the results table: a long name is elided with "…" like every other
cell (seen at 100k under Xvfb: highlighted names were clipped at the cell edge)."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter
from PySide6.QtCore import QRect
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from ukjp_desktop.ui.browse.highlight_delegate import HighlightDelegate, fitted_text

NAME = "UK–Japan Quantum computing Investment and Partnership Programme"


def test_long_text_is_elided_to_the_cell(qapp):
    font = QFont()
    width = QFontMetrics(font).horizontalAdvance(NAME) // 2
    shown = fitted_text(NAME, font, width)
    assert shown.endswith("…") and shown[:-1] in NAME
    assert QFontMetrics(font).horizontalAdvance(shown) <= width
    assert fitted_text("Quantum", font, 500) == "Quantum"


def test_a_highlighted_cell_paints_without_error(qtbot):
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(NAME))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = HighlightDelegate(view)
    delegate.set_terms(["quantum"])
    view.setItemDelegate(delegate)
    image = QImage(120, 30, QImage.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    opt = QStyleOptionViewItem()
    opt.rect = QRect(0, 0, 120, 30)
    opt.widget = view
    delegate.paint(painter, opt, model.index(0, 0))
    painter.end()
    assert any(image.pixel(x, 15) != 0xFFFFFFFF for x in range(120))   # something was drawn
