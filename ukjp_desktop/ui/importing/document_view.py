"""The import review's left pane: the document as plain text with every proposal highlighted.

The text goes in with ``setPlainText`` (never parsed as markup) and the highlights are
``ExtraSelections`` over it, as in the source viewer: the underline colour gives the kind
(money, date, organisation, name, person), the background the state (pale pending, strong accepted,
none and struck out rejected), amber the proposal selected in the table. Offsets are Python
indexes, converted to Qt (UTF-16) positions by ``target.Positions``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from ...core.vocab import words
from ..widgets.flow_layout import FlowLayout
from ..widgets.plain_text import label as plain_label
from ..widgets.reading_view import CURRENT_BG, INK, ReadingEdit
from .proposals_model import ACCEPTED, KIND_COLOURS, PENDING, REJECTED, ProposalItem, mention_spans
from .target import Positions

SHOWN_KINDS = ("money", "date", "organisation", "name", "person")
PENDING_BG = {"money": "#e3f4e3", "date": "#e2ecfb", "organisation": "#f3e6f8", "name": "#fcefdc",
              "person": "#e0f2f1"}
ACCEPTED_BG = {"money": "#a8dca8", "date": "#afcbf3", "organisation": "#d6b3e8", "name": "#f3c98c",
               "person": "#9fd8d2"}
REJECTED_INK = QColor("#8a8a8a")


class DocumentPane(QWidget):
    clicked = Signal(int)         # the user moved the caret to this Python index

    def __init__(self, parent=None):
        super().__init__(parent)
        self.positions = Positions("")
        self._moving = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = plain_label("", wrap=True)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        lay.addWidget(self.title)
        self.view = ReadingEdit()
        self.view.setObjectName("import-document")
        self.view.setReadOnly(True)
        self.view.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.view.setAccessibleName("Document text")
        self.view.document().setDocumentMargin(12)
        self.view.cursorPositionChanged.connect(self._on_cursor)
        lay.addWidget(self.view, 1)
        legend = FlowLayout(spacing=4)   # the chips wrap on a narrow screen, the note below them
        for kind in SHOWN_KINDS:
            chip = plain_label(f" {words(kind)} ", wrap=False)
            chip.setStyleSheet(f"background: {ACCEPTED_BG[kind]}; border-bottom: 2px solid {KIND_COLOURS[kind]};"
                               " color: black; padding: 1px 4px;")
            legend.addWidget(chip)
        lay.addLayout(legend)
        note = plain_label("pale: pending · strong: accepted · grey, struck out: rejected · amber: selected",
                           wrap=True)
        note.setStyleSheet("color: palette(mid);")
        lay.addWidget(note)

    def set_document(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.positions = Positions(text)
        self._moving = True
        try:
            self.view.setPlainText(text)
        finally:
            self._moving = False

    def cursor(self, start: int, end: int) -> QTextCursor:
        c = QTextCursor(self.view.document())
        c.setPosition(self.positions.qt(start))
        if end != start:
            c.setPosition(self.positions.qt(end), QTextCursor.KeepAnchor)
        return c

    def show_at(self, start: int) -> None:
        """Scroll to a proposal without reporting it as a click."""
        self._moving = True
        try:
            self.view.setTextCursor(self.cursor(start, start))
            self.view.centerCursor()
        finally:
            self._moving = False

    def selected_text(self) -> str:
        return self.view.textCursor().selectedText().replace("\u2029", " ").strip()

    def _on_cursor(self) -> None:
        if not self._moving and not self.view.textCursor().hasSelection():   # a drag selects words
            self.clicked.emit(self.positions.py(self.view.textCursor().position()))

    # ---- highlights -----------------------------------------------------------------------
    def _selections(self, it: ProposalItem, current: bool) -> list[QTextEdit.ExtraSelection]:
        """One highlight at each place the document states the proposal (a repeated figure, a body
        named again)."""
        fmt = self._format(it, current)
        out = []
        for start, end in mention_spans(it.proposal):
            sel = QTextEdit.ExtraSelection()
            sel.cursor, sel.format = self.cursor(start, end), fmt
            out.append(sel)
        return out

    @staticmethod
    def _format(it: ProposalItem, current: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(INK)
        fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
        fmt.setUnderlineColor(QColor(KIND_COLOURS[it.kind]))
        if current:
            fmt.setBackground(CURRENT_BG)
        elif it.state == ACCEPTED:
            fmt.setBackground(QColor(ACCEPTED_BG[it.kind]))
        elif it.state == PENDING:
            fmt.setBackground(QColor(PENDING_BG[it.kind]))
        if it.state == REJECTED:
            fmt.setForeground(REJECTED_INK)
            fmt.setFontStrikeOut(True)
        if it.state == ACCEPTED:
            fmt.setFontWeight(QFont.Weight.DemiBold)
        return fmt

    def paint(self, items: list[ProposalItem], current: ProposalItem | None) -> None:
        sels = [sel for it in items if it is not current for sel in self._selections(it, False)]
        if current is not None:
            sels += self._selections(current, True)
        self.view.setExtraSelections(sels)

    def highlights(self) -> list[tuple[int, int, str]]:
        """(start, end, text) of every highlight, in Python indexes, read back from the view."""
        out = []
        for sel in self.view.extraSelections():
            a, b = sel.cursor.selectionStart(), sel.cursor.selectionEnd()
            out.append((self.positions.py(a), self.positions.py(b),
                        sel.cursor.selectedText().replace("\u2029", "\n")))
        return out
