"""Showing document and user text as text. Qt guesses that strings that look like HTML are rich
text (tooltips, message boxes, labels); these helpers make sure it never guesses for our data."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


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
