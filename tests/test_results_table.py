"""Search marks in the results table: painted over the names Qt drew, on the words shown."""
from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetrics, QStandardItem, QStandardItemModel

from ukjp_desktop.ui.browse.results_table import ResultsTable, fitted_text, marked_spans

NAME = "UK–Japan Quantum computing Investment and Partnership Programme"


def test_long_text_is_elided_to_the_cell(qapp):
    font = QFont()
    width = QFontMetrics(font).horizontalAdvance(NAME) // 2
    shown = fitted_text(NAME, font, width)
    assert shown.endswith("…") and shown[:-1] in NAME
    assert QFontMetrics(font).horizontalAdvance(shown) <= width
    assert fitted_text("Quantum", font, 500) == "Quantum"


def test_marks_cover_the_shown_words_only(qapp):
    font = QFont()
    metrics = QFontMetrics(font)
    wide = metrics.horizontalAdvance(NAME) + 50
    (quantum,) = marked_spans(NAME, ["quantum"], font, wide)
    assert quantum == ("Quantum", metrics.horizontalAdvance("UK–Japan "), metrics.horizontalAdvance("Quantum"))
    assert len(marked_spans(NAME, ["programme"], font, wide)) == 1
    # Cut before "Programme": that word is behind the "…" and is not marked.
    narrow = metrics.horizontalAdvance("UK–Japan Quantum computing Investment")
    assert marked_spans(NAME, ["programme"], font, narrow) == []
    assert len(marked_spans(NAME, ["quantum"], font, narrow)) == 1


def _table(qtbot, text: str, terms: list[str]) -> ResultsTable:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    view = ResultsTable()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().setStretchLastSection(True)
    view.resize(700, 80)
    view.set_terms(terms)
    view.show()
    qtbot.waitExposed(view)
    return view


def _yellow_columns(view: ResultsTable) -> list[int]:
    image = view.viewport().grab().toImage()
    y = view.visualRect(view.model().index(0, 0)).center().y()
    out = []
    for x in range(image.width()):
        c = QColor(image.pixel(x, y))
        if c.red() > 200 and c.green() > 180 and c.blue() < 170:   # the highlight on white
            out.append(x)
    return out


def test_the_term_is_marked_where_it_is_drawn(qtbot):
    view = _table(qtbot, NAME, ["quantum"])
    marked = _yellow_columns(view)
    assert marked, "nothing marked"
    metrics = QFontMetrics(view.font())
    left = view.visualRect(view.model().index(0, 0)).left()
    start = left + metrics.horizontalAdvance("UK–Japan ")
    width = metrics.horizontalAdvance("Quantum")
    # The marked pixels are the word's, give or take the cell's text margin.
    assert start - 2 <= min(marked) <= start + 6
    assert start + width - 2 <= max(marked) <= start + width + 6
    assert view.set_terms([]) is True
    view.repaint()
    assert _yellow_columns(view) == []


def test_on_the_selected_row_the_word_is_dark_on_the_highlight(qtbot):
    view = _table(qtbot, NAME, ["quantum"])
    view.selectRow(0)
    view.repaint()
    marked = _yellow_columns(view)
    assert marked
    image = view.viewport().grab().toImage()
    y = view.visualRect(view.model().index(0, 0)).center().y()
    dark = [x for x in range(min(marked), max(marked) + 1)
            if QColor(image.pixel(x, view.visualRect(view.model().index(0, 0)).top() + 3)).lightness() < 80
            or QColor(image.pixel(x, y)).lightness() < 80]
    assert dark, "the word is not drawn dark on the highlight"


def test_markup_in_a_name_is_shown_as_text_and_marked(qtbot):
    view = _table(qtbot, "<b>Quantum</b> & co", ["quantum"])
    assert view.model().index(0, 0).data() == "<b>Quantum</b> & co"
    assert _yellow_columns(view)     # "Quantum" inside the literal tags is found and marked
