"""The import review's Source box: the document's title, publisher, date and URL as proposed
(editable), and warnings about the document (a scanned PDF, text already stored)."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit

from ..widgets.plain_text import label as plain_label


DATE_HELP = ("The document's date: 2025-03-10, 2025-03, 2025 or 2026-H2. It anchors the document's relative "
             "dates (“today”, “last year”, “in December”).")


class SourceForm(QGroupBox):
    def __init__(self, parent=None):
        super().__init__("Source", parent)
        # Two rows of two fields, not four rows: on a 700-pixel screen every row given to the form is
        # taken from the proposals table, the review's real work
        grid = QGridLayout(self)
        self.title_edit, self.publisher_edit = QLineEdit(), QLineEdit()
        self.date_edit, self.url_edit = QLineEdit(), QLineEdit()
        self.date_edit.setPlaceholderText("2025-03-10, 2025-03, 2025 or 2026-H2")
        self.date_edit.setToolTip(DATE_HELP)
        self.url_edit.setPlaceholderText("https://… (if the document gives one)")
        for row, pairs in enumerate(((("Title", self.title_edit), ("Date", self.date_edit)),
                                     (("Publisher", self.publisher_edit), ("URL", self.url_edit)))):
            for col, (name, edit) in enumerate(pairs):
                label = QLabel(name)
                label.setBuddy(edit)
                grid.addWidget(label, row, 2 * col)
                grid.addWidget(edit, row, 2 * col + 1)
        grid.setColumnStretch(1, 3)   # titles are long; dates and addresses shorter
        grid.setColumnStretch(3, 2)
        self.notices = plain_label("", wrap=True, selectable=True)
        self.notices.setObjectName("import-notices")
        self.notices.setStyleSheet("background: #fff4ce; color: #4a3b00; border: 1px solid #e0c060; padding: 4px;")
        self.notices.hide()
        grid.addWidget(self.notices, 2, 0, 1, 4)

    def fill(self, meta) -> None:
        """The proposed metadata (``core.extract.propose.SourceMeta``)."""
        self.title_edit.setText(meta.title)
        self.publisher_edit.setText(meta.publisher)
        self.date_edit.setText(meta.date or "")
        self.date_edit.setToolTip(meta.date_note or DATE_HELP)
        self.url_edit.setText(meta.url or "")
        for edit in (self.title_edit, self.publisher_edit, self.url_edit):
            edit.setCursorPosition(0)   # show a long title from its start, not its end

    def show_notices(self, notices, existing) -> None:
        """The document's own notices, and whether its text is already a stored source."""
        lines = list(notices)
        if existing is not None:
            lines.append(f"This text is already in the database as the source “{existing.title}”. "
                         "It will not be stored twice: accepted facts will cite that source.")
        self.notices.setText("\n".join(f"⚠ {x}" for x in lines))
        self.notices.setVisible(bool(lines))
