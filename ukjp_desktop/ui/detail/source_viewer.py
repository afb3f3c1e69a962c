"""The source viewer: a whole document, scrolled to one excerpt and highlighting it.

The text goes into a ``QPlainTextEdit`` with ``setPlainText`` (never parsed as markup) and the
highlights are ``ExtraSelections`` over it, so the document itself is never modified.
Excerpt offsets are Python string indexes; they are converted to Qt (UTF-16) positions with
``text_blocks.qt_offset`` so highlights stay exact after non-BMP characters.

Keys: F3 / Shift+F3 next / previous excerpt, Ctrl+F find, Enter / Shift+Enter in the find
field next / previous match, Esc closes.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (QColor, QFont, QKeySequence, QPalette, QTextCharFormat,
                           QTextCursor)
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QTextEdit, QVBoxLayout, QWidget)

from ...core.records import ExcerptRecord, InitiativeDetail
from ..widgets.reading_view import CURRENT_BG, INK, ReadingEdit
from ..widgets.screen_fit import resize_within_screen
from .text_blocks import find_terms, format_date_value, qt_offset, utf16_len

OTHER_BG = QColor("#fff3b0")     # the initiative's other excerpts in this source
FIND_BG = QColor("#8fd3ff")
FIND_CURRENT_BG = QColor("#3fa7f0")


class SourceViewer(QDialog):
    """Non-modal window over one source. Re-use one instance: ``open_excerpt`` replaces it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Source")
        self.setModal(False)
        resize_within_screen(self, 900, 700, parent)
        self._slug = ""
        self._text = ""
        self._excerpts: list[ExcerptRecord] = []
        self._index = -1
        self._find_hits: list[tuple[int, int]] = []   # Python ranges in the source text
        self._find_index = -1

        self._title = QLabel(self)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setWordWrap(True)
        f = self._title.font()
        f.setPointSizeF((f.pointSizeF() if f.pointSizeF() > 0 else 10) * 1.3)
        f.setWeight(QFont.Weight.Bold)
        self._title.setFont(f)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._meta = QLabel(self)
        self._meta.setTextFormat(Qt.TextFormat.PlainText)
        self._meta.setWordWrap(True)
        pal = self._meta.palette()
        pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.PlaceholderText))
        self._meta.setPalette(pal)

        self._prev = QPushButton("◀ Previous excerpt", self)
        self._prev.setToolTip("Previous excerpt (Shift+F3)")
        self._next = QPushButton("Next excerpt ▶", self)
        self._next.setToolTip("Next excerpt (F3)")
        self._position = QLabel(self)
        self._position.setTextFormat(Qt.TextFormat.PlainText)
        self._position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._prev.clicked.connect(self.previous_excerpt)
        self._next.clicked.connect(self.next_excerpt)

        self._find = QLineEdit(self)
        self._find.setPlaceholderText("Find in document (Ctrl+F)")
        self._find.setClearButtonEnabled(True)
        self._find.setAccessibleName("Find in document")
        self._find.textChanged.connect(self._on_find_text)
        self._find.installEventFilter(self)  # Enter / Shift+Enter step through matches
        self._find_count = QLabel(self)
        self._find_count.setTextFormat(Qt.TextFormat.PlainText)
        self._find_count.setMinimumWidth(90)

        self._body = ReadingEdit(self)
        self._body.setReadOnly(True)
        self._body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._body.setCenterOnScroll(True)
        self._body.setAccessibleName("Source text")
        self._body.document().setDocumentMargin(14)
        bf = self._body.font()
        bf.setPointSizeF((bf.pointSizeF() if bf.pointSizeF() > 0 else 10) * 1.1)
        self._body.setFont(bf)

        nav = QHBoxLayout()
        nav.addWidget(self._prev)
        nav.addWidget(self._position, 1)
        nav.addWidget(self._next)
        find = QHBoxLayout()
        find.addWidget(self._find, 1)
        find.addWidget(self._find_count)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._meta)
        layout.addLayout(nav)
        layout.addWidget(self._body, 1)
        layout.addLayout(find)

        self._update_nav()

    # ---- opening ----------------------------------------------------------------------------
    def open_excerpt(self, source_slug: str, title: str, publisher: str | None,
                     date: str | None, text: str, excerpts: list[ExcerptRecord],
                     current_excerpt_id: int | None) -> None:
        """Show ``text`` and go to ``current_excerpt_id``.

        ``excerpts`` are the current initiative's excerpts; those of other sources, and those
        whose recorded text does not match the document at their offsets, are ignored (a
        highlight in the wrong place would mislead)."""
        self._slug = source_slug
        self._text = text or ""
        own = [e for e in excerpts if e.source_slug == source_slug
               and 0 <= e.start <= e.end <= len(self._text)
               and self._text[e.start:e.end] == e.text]
        own.sort(key=lambda e: (e.start, e.end, e.id))
        self._excerpts = own
        self._title.setText(title or source_slug)
        self._meta.setText(" · ".join(p for p in (publisher or "", format_date_value(date)) if p))
        self.setWindowTitle(f"Source — {title or source_slug}")
        self._body.setPlainText(self._text)
        ids = [e.id for e in own]
        self._index = ids.index(current_excerpt_id) if current_excerpt_id in ids else (0 if own else -1)
        self._find_hits, self._find_index = [], -1
        if self._find.text():
            self._on_find_text(self._find.text())
        self._go(self._index)

    def open_from_detail(self, detail: InitiativeDetail, excerpt_id: int,
                         source_text: str) -> None:
        """Convenience for the main window: open the source of one of ``detail``'s excerpts."""
        excerpt = next((e for e in detail.excerpts if e.id == excerpt_id), None)
        if excerpt is None:
            raise LookupError(f"excerpt {excerpt_id} does not belong to {detail.slug!r}")
        self.open_excerpt(excerpt.source_slug, excerpt.source_title, excerpt.source_publisher,
                          excerpt.source_date, source_text, list(detail.excerpts), excerpt_id)

    def present(self) -> None:
        """Show, raise and focus the window, so F3 and Esc work at once (without a window
        manager, as under Xvfb, a newly shown window does not get the keyboard by itself)."""
        self.show()
        self.raise_()
        self.activateWindow()

    # ---- navigation -------------------------------------------------------------------------
    def source_slug(self) -> str:
        return self._slug

    def current_index(self) -> int:
        """0-based index of the current excerpt among this source's excerpts; -1 if none."""
        return self._index

    def excerpt_count(self) -> int:
        return len(self._excerpts)

    def current_excerpt(self) -> ExcerptRecord | None:
        return self._excerpts[self._index] if 0 <= self._index < len(self._excerpts) else None

    def next_excerpt(self) -> bool:
        """Go to the next excerpt; stops at the last one (returns False there)."""
        if self._index + 1 >= len(self._excerpts):
            return False
        self._go(self._index + 1)
        return True

    def previous_excerpt(self) -> bool:
        if self._index <= 0:
            return False
        self._go(self._index - 1)
        return True

    def highlighted_range(self) -> tuple[int, int] | None:
        """The current excerpt's (start, end) in the source text (Python indexes)."""
        e = self.current_excerpt()
        return (e.start, e.end) if e else None

    def highlighted_text(self) -> str:
        """The text actually under the current highlight, read back from the widget."""
        for sel in self._body.extraSelections():
            if sel.format.background().color() == CURRENT_BG:
                return sel.cursor.selectedText().replace("\u2029", "\n")
        return ""

    def position_text(self) -> str:
        return self._position.text()

    def text_edit(self) -> QPlainTextEdit:
        return self._body

    def is_current_visible(self) -> bool:
        """True if the current excerpt's start is inside the visible part of the text."""
        e = self.current_excerpt()
        if e is None:
            return False
        rect = self._body.cursorRect(self._cursor(e.start, e.start))
        return self._body.viewport().rect().intersects(rect)

    # ---- find -------------------------------------------------------------------------------
    def find(self, term: str) -> int:
        """Highlight every case-insensitive match of ``term``; returns the number found."""
        self._find.setText(term)   # triggers _on_find_text
        return len(self._find_hits)

    def find_matches(self) -> list[tuple[int, int]]:
        return list(self._find_hits)

    def find_next(self) -> None:
        self._step_find(+1)

    def find_previous(self) -> None:
        self._step_find(-1)

    # ---- internals --------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        # Scrolling before the first layout lands in the wrong place; do it again once shown.
        QTimer.singleShot(0, self._reveal)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self._find and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Handled here rather than with QShortcut: keys the text view and the find field do
        # not use bubble up to the dialog whether or not the window manager made it active.
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_F3 and not (mods & ~Qt.KeyboardModifier.ShiftModifier
                                         & ~Qt.KeyboardModifier.KeypadModifier):
            self.previous_excerpt() if shift else self.next_excerpt()
            event.accept()
        elif event.matches(QKeySequence.StandardKey.Find):
            self._focus_find()
            event.accept()
        else:
            super().keyPressEvent(event)  # Esc closes (QDialog)

    def _focus_find(self) -> None:
        self._find.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._find.selectAll()

    def _on_find_text(self, term: str) -> None:
        self._find_hits = find_terms(self._text, [term]) if term.strip() else []
        self._find_index = -1
        if term.strip():
            n = len(self._find_hits)
            self._find_count.setText("no matches" if n == 0 else f"{n} match" + ("es" if n != 1 else ""))
        else:
            self._find_count.setText("")
        self._paint()

    def _step_find(self, step: int) -> None:
        if not self._find_hits:
            return
        if self._find_index < 0:
            # Start from the caret so "find next" continues from where the reader is.
            caret = self._body.textCursor().position()
            starts = [qt_offset(self._text, a) for a, _ in self._find_hits]
            after = [i for i, s in enumerate(starts) if s >= caret]
            self._find_index = after[0] if (after and step > 0) else (
                (after[0] - 1 if after else len(starts) - 1) if step < 0 else 0)
        else:
            self._find_index = (self._find_index + step) % len(self._find_hits)
        a, b = self._find_hits[self._find_index]
        self._find_count.setText(f"{self._find_index + 1} of {len(self._find_hits)}")
        self._body.setTextCursor(self._cursor(b, b))
        self._body.centerCursor()
        self._paint()

    def _go(self, index: int) -> None:
        self._index = index
        self._update_nav()
        self._paint()
        self._reveal()

    def _reveal(self) -> None:
        e = self.current_excerpt()
        if e is None:
            return
        # Put the caret at the excerpt's end first, then its start, so the whole excerpt
        # is scrolled into view with the start centred.
        self._body.setTextCursor(self._cursor(e.end, e.end))
        self._body.ensureCursorVisible()
        self._body.setTextCursor(self._cursor(e.start, e.start))
        self._body.centerCursor()

    def _update_nav(self) -> None:
        n = len(self._excerpts)
        if n == 0:
            self._position.setText("No excerpt of this initiative in this source")
        else:
            self._position.setText(f"excerpt {self._index + 1} of {n}")
        self._prev.setEnabled(self._index > 0)
        self._next.setEnabled(0 <= self._index < n - 1)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self._body.document())
        cursor.setPosition(qt_offset(self._text, start))
        if end != start:
            cursor.setPosition(qt_offset(self._text, start) + utf16_len(self._text[start:end]),
                               QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _selection(self, start: int, end: int, bg: QColor, bold: bool = False):
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(start, end)
        fmt = QTextCharFormat()
        fmt.setBackground(bg)
        fmt.setForeground(INK)
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        sel.format = fmt
        return sel

    def _paint(self) -> None:
        sels = [self._selection(e.start, e.end, OTHER_BG)
                for i, e in enumerate(self._excerpts) if i != self._index]
        cur = self.current_excerpt()
        if cur is not None:
            sels.append(self._selection(cur.start, cur.end, CURRENT_BG))
        for i, (a, b) in enumerate(self._find_hits):
            sels.append(self._selection(a, b, FIND_CURRENT_BG if i == self._find_index else FIND_BG))
        self._body.setExtraSelections(sels)
