"""Showing document and user text as text. Qt guesses that strings that look like HTML are rich
text (tooltips, message boxes, labels); these helpers make sure it never guesses for our data."""
from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (escaped inside explicit rich text, which Qt
    then renders as exactly the characters given) and wraps long lines."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text or "") + "</p>"


def label(text: str = "", wrap: bool = True, selectable: bool = False) -> QLabel:
    lab = QLabel()
    lab.setTextFormat(Qt.PlainText)
    lab.setText(text)
    lab.setWordWrap(wrap)
    if selectable:
        lab.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
    return lab


class ElidedLabel(QLabel):
    """One line of plain text that gives way: it asks for no width of its own and, when short of
    room, ends in "…" with the whole text in its tooltip. A status beside buttons (who saved a
    note, and when) must never widen the pane it sits in."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.PlainText)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text or ""
        self.setToolTip(tooltip(self._full) if self._full else "")
        self._elide()

    def text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.ElideRight, max(0, self.width()))
        super().setText(shown)


class WrappedLabel(QLabel):
    """Word-wrapped plain text that always gets the height its lines need at its width. A
    layout under a splitter sizes a wrapped QLabel by a guessed width, so a long text at the
    real, narrower width was cut off at the bottom with no way to read the rest."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.PlainText)
        self.setWordWrap(True)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        need = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)   # the layout (and the splitter) then make room
