"""The import review's Source box: the document's title, publisher, date and URL as proposed
(editable), and warnings about the document (a scanned PDF, text already stored)."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit

from ..widgets.plain_text import label as plain_label


class SourceForm(QGroupBox):
    def __init__(self, parent=None):
        super().__init__("Source", parent)
        form = QFormLayout(self)
        self.title_edit, self.publisher_edit = QLineEdit(), QLineEdit()
        self.date_edit, self.url_edit = QLineEdit(), QLineEdit()
        self.date_edit.setPlaceholderText("2025-03-10, 2025-03, 2025 or 2026-H2; anchors “today”, “last year”")
        self.url_edit.setPlaceholderText("https://… (if the document gives one)")
        form.addRow("Title", self.title_edit)
        form.addRow("Publisher", self.publisher_edit)
        form.addRow("Date", self.date_edit)
        form.addRow("URL", self.url_edit)
        self.notices = plain_label("", wrap=True, selectable=True)
        self.notices.setObjectName("import-notices")
        self.notices.setStyleSheet("background: #fff4ce; color: #4a3b00; border: 1px solid #e0c060; padding: 4px;")
        self.notices.hide()
        form.addRow(self.notices)

    def fill(self, meta) -> None:
        """The proposed metadata (``core.extract.propose.SourceMeta``)."""
        self.title_edit.setText(meta.title)
        self.publisher_edit.setText(meta.publisher)
        self.date_edit.setText(meta.date or "")
        self.date_edit.setToolTip(meta.date_note or "")
        self.url_edit.setText(meta.url or "")

    def show_notices(self, notices, existing) -> None:
        """The document's own notices, and whether its text is already a stored source."""
        lines = list(notices)
        if existing is not None:
            lines.append(f"This text is already in the database as the source “{existing.title}”. "
                         "It will not be stored twice: accepted facts will cite that source.")
        self.notices.setText("\n".join(f"⚠ {x}" for x in lines))
        self.notices.setVisible(bool(lines))
