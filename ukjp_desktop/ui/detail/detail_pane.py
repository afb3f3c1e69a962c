"""The read-only detail pane: one initiative, its funding, and the sentences that support it.

Everything is drawn into one ``QTextDocument`` shown by a ``QTextBrowser``: text wraps at any
width, links are reachable with Tab/Enter, and the whole pane can be selected and copied.
The document is built only with ``QTextCursor.insertText`` (see ``text_blocks``): data text is
never parsed as HTML, so a summary containing ``<img src=x onerror=…>`` shows those characters.

Links carry hrefs we make ourselves, never data: ``initiative:<slug>`` (a related initiative),
``show-source:<excerpt id>`` (open the source viewer) and ``ref:<excerpt id>`` (scroll this
pane to an excerpt, used by the small ``[n]`` markers beside each fact).
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (QColor, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextFormat, QTextFrameFormat, QTextLength,
                           QTextTableFormat)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from ...core.money import format_amount
from ...core.records import ExcerptRecord, FundingRecord, InitiativeDetail
from ...core.tables import TABLE_SOURCE_PREFIX
from ..widgets import focus_ring
from .text_table_fit import fit_tables
from .text_blocks import (amount_as_stated, bilateral_total, char_format, country_name,
                          excerpt_context, find_terms, format_date_value, gbp_figure,
                          has_no_rate, insert_plain, line_mark, qt_offset, rate_text, relations_for_display,
                          utf16_len, words)

EMPTY_TEXT = "Select an initiative…"
EMPTY_HINT = "Its dates, organisations, funding and the source sentences behind them appear here."

# Colours chosen to read on light and dark palettes: highlighted text is always drawn black.
EXCERPT_BG = QColor("#fff3b0")
PHRASE_BG = QColor("#ffd166")
SEARCH_BG = QColor("#8fd3ff")
INK = QColor("#000000")

# The stated currency is in the "As stated" figure's symbol and spelled out as a code in the
# line's explanation row: a fifth column broke words in two in a 260 px pane (1024x700 window).
FUNDING_HEADERS = ("Side", "Contributor", "As stated", "GBP")
# When even four columns cannot keep their words whole, each line folds into two: who pays
# (side over contributor) and how much (as stated over the GBP figure).
COMPACT_FUNDING_HEADERS = ("Who pays", "Amount")
_FUNDING_WIDTHS = (12, 33, 28, 27)  # percent of the table width (refitted to the words)
_MAX_SEARCH_HITS = 2000                 # a one-letter term must not freeze the pane
_SOURCE_CACHE_SIZE = 8

SourceTextFn = Callable[[str], tuple[str, str]]


class _FocusRingBrowser(focus_ring.FocusRing, QTextBrowser):
    """A text browser that draws a ring inside its edges while it has the focus, and whose Tab
    goes on from the text cursor (``focusNextPrevChild``). The style draws no focus for a text
    view, and Tab entering the pane makes no link current: nothing on screen showed where the
    focus had gone until the next Tab lit the first link."""

    def paintEvent(self, e) -> None:  # noqa: N802 - Qt API
        super().paintEvent(e)
        focus_ring.paint(self)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt API
        # Qt's Tab goes on from the current link, and with none from the document's start:
        # after Enter on a [n] marker moved the cursor to its excerpt, Tab went back up to
        # the link after the marker. With the cursor placed (a jump, a click) and no link
        # current, a one-character selection beside it tells Qt where to go on from.
        at = self.textCursor().position()
        if self.textCursor().hasSelection() or at == 0 or at >= self.document().characterCount() - 1:
            return super().focusNextPrevChild(next)
        placed = self.textCursor()
        probe = QTextCursor(self.document())
        probe.setPosition(at - 1 if next else at + 1)
        probe.setPosition(at, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(probe)
        moved = super().focusNextPrevChild(next)
        if self.textCursor() == probe:   # no link that way: the focus left, the cursor stays
            self.setTextCursor(placed)
        return moved


class DetailPane(QWidget):
    """Shows one :class:`InitiativeDetail` as text; emits navigation requests.

    ``source_text(slug) -> (title, text)`` (e.g. ``Catalog.source_text``) is optional: with it,
    each excerpt is shown inside a little of its surrounding source text.
    """

    relationActivated = Signal(str)       # slug of a related initiative
    showInSource = Signal(str, int)       # source slug, excerpt id
    showTableRow = Signal(int)            # excerpt id of a cell a table import cited

    def __init__(self, source_text: SourceTextFn | None = None, parent: QWidget | None = None,
                 sector_names: Mapping[str, str] | None = None):
        super().__init__(parent)
        self._source_text = source_text
        self._sector_names = dict(sector_names or {})
        self._source_cache: OrderedDict[str, str | None] = OrderedDict()
        self._detail: InitiativeDetail | None = None
        self._terms: list[str] = []
        self._searchable: list[tuple[int, str]] = []   # (document position, text inserted there)
        self._excerpt_pos: dict[int, int] = {}          # excerpt id → document position
        self._excerpt_number: dict[int, int] = {}       # excerpt id → [n] shown to the user
        self._funding_rows: list[int] = []              # table row of each funding line
        self._highlights: list[tuple[int, int]] = []
        self._doc: QTextDocument | None = None

        self._view = _FocusRingBrowser(self)
        self._view.setOpenLinks(False)          # we route every link ourselves
        self._view.setOpenExternalLinks(False)
        self._view.setReadOnly(True)
        # Mouse selection and keyboard link navigation (Tab / Shift+Tab, Enter); no caret,
        # which would otherwise blink at the start of a read-only page.
        self._view.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        # Text wraps anywhere if it must, so nothing needs horizontal scrolling; a table's
        # collapsed border overhangs the page by a pixel and would otherwise show a scrollbar.
        self._view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view.setAccessibleName("Initiative details")
        self._view.anchorClicked.connect(self._on_anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        self.setFocusProxy(self._view)
        self._fitted_width = -1
        self._compact = False          # the funding table's two-column form
        self._wide_needs = 0.0         # page width the four-column form needs for whole words
        self._view.viewport().installEventFilter(self)
        self.show_detail(None)

    # ---- public API -----------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(450, 700)

    def show_detail(self, detail: InitiativeDetail | None) -> None:
        self._detail = detail
        self._compact = False
        self._render()
        self._view.verticalScrollBar().setValue(0)
        self._fit_tables()
        self._apply_highlights()

    def _render(self) -> None:
        detail = self._detail
        doc = QTextDocument(self._view)
        doc.setDefaultFont(self._view.font())
        doc.setDocumentMargin(12)
        self._reset_index()
        cursor = QTextCursor(doc)
        if detail is None:
            self._build_empty(cursor)
        else:
            _Builder(self, cursor, detail, compact=self._compact).build()
        old, self._doc = self._doc, doc
        self._view.setDocument(doc)
        self._fitted_width = -1
        if old is not None:
            old.deleteLater()

    def detail(self) -> InitiativeDetail | None:
        return self._detail

    def add_sources(self, texts: Mapping[str, str | None]) -> None:
        """Source texts read elsewhere (the window's detail worker) for the next detail shown,
        so that showing it reads none itself; each is kept like one the pane read."""
        for slug, text in texts.items():
            self._source_cache[slug] = text
            self._source_cache.move_to_end(slug)
        while len(self._source_cache) > max(_SOURCE_CACHE_SIZE, len(texts)):
            self._source_cache.popitem(last=False)

    def set_source_text(self, source_text: SourceTextFn | None) -> None:
        self._source_text = source_text
        self._source_cache.clear()

    def set_highlight_terms(self, terms: list[str]) -> None:
        """Highlight search terms (case-insensitive) in the name, summary and excerpts."""
        self._terms = [t for t in (terms or []) if t and t.strip()]
        self._apply_highlights()

    # Introspection used by tests and by the main window's self-test.
    def text_browser(self) -> QTextBrowser:
        return self._view

    def document(self) -> QTextDocument:
        return self._view.document()

    def plain_text(self) -> str:
        return self._view.document().toPlainText()

    def is_empty(self) -> bool:
        return self._detail is None

    def highlighted_ranges(self) -> list[tuple[int, int]]:
        """Document ranges currently highlighted for the search terms."""
        return list(self._highlights)

    def highlighted_texts(self) -> list[str]:
        return [self._text_at(a, b) for a, b in self._highlights]

    def funding_table_text(self) -> list[list[str]]:
        """The funding table's main rows as cell texts (header row first), as displayed."""
        table = self._funding_table()
        if table is None:
            return []
        rows = [0, *self._funding_rows]
        return [[self._cell_text(table, r, c) for c in range(table.columns())] for r in rows]

    def funding_row_details(self) -> list[str]:
        """The explanatory row under each funding line (marks, stated phrase, rate, note)."""
        table = self._funding_table()
        if table is None:
            return []
        return [self._cell_text(table, r + 1, 0) for r in self._funding_rows]

    def funding_total_text(self) -> str | None:
        table = self._funding_table()
        if table is None or not self._total_row:
            return None
        return " | ".join(self._cell_text(table, self._total_row, c)
                          for c in (0, table.columns() - 1))

    def links(self) -> list[tuple[str, str, int]]:
        """(link text, href, document position) for every link, in document order."""
        out: list[tuple[str, str, int]] = []
        block = self._view.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isAnchor() and fmt.anchorHref():
                    href = fmt.anchorHref()
                    if out and out[-1][1] == href and out[-1][2] + utf16_len(out[-1][0]) == frag.position():
                        out[-1] = (out[-1][0] + frag.text(), href, out[-1][2])
                    else:
                        out.append((frag.text(), href, frag.position()))
                it += 1
            block = block.next()
        return out

    def excerpt_position(self, excerpt_id: int) -> int | None:
        """Where the excerpt's own text starts in the document."""
        return self._excerpt_pos.get(excerpt_id)

    def scroll_to_excerpt(self, excerpt_id: int) -> bool:
        pos = self._excerpt_pos.get(excerpt_id)
        if pos is None:
            return False
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(pos)
        # Tab and Shift+Tab go on from the text cursor: left on the [n] marker, the next Tab
        # went back up the page to the link after it, not to this excerpt's "Show in source".
        # Set before scrolling: setting it scrolls only as far as needed to show it.
        self._view.setTextCursor(cursor)
        bar = self._view.verticalScrollBar()
        rect = self._view.cursorRect(cursor)
        bar.setValue(bar.value() + rect.top() - 3 * rect.height())
        return True

    # ---- internals ------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self._view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_tables()
        return False

    def _fit_tables(self) -> None:
        """Column widths follow the pane's width (see text_table_fit.py); the funding
        table switches between its four- and two-column forms where words stop fitting."""
        width = self._view.viewport().width()
        # A hidden pane has no laid-out width yet; its first resize on showing fits it.
        if width == self._fitted_width or self._doc is None or not self._view.isVisible():
            return
        self._fitted_width = width
        needs = fit_tables(self._doc, width).get(self._funding_table_pos, 0.0)
        if not self._compact and needs > width:
            self._wide_needs, self._compact = needs, True
        elif self._compact and width >= self._wide_needs:
            self._compact = False
        else:
            return
        bar = self._view.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._render()
        self._fitted_width = width
        fit_tables(self._doc, width)
        self._apply_highlights()
        bar.setValue(round(share * bar.maximum()))

    def funding_is_compact(self) -> bool:
        """True when the funding table shows its two-column form (narrow pane)."""
        return self._compact

    def _reset_index(self) -> None:
        self._searchable = []
        self._excerpt_pos = {}
        self._excerpt_number = {}
        self._funding_rows = []
        self._funding_table_pos: int | None = None
        self._total_row = 0
        self._highlights = []

    def _funding_table(self):
        if self._funding_table_pos is None:
            return None
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._funding_table_pos)
        return cursor.currentTable()

    @staticmethod
    def _cell_text(table, row: int, col: int) -> str:
        cell = table.cellAt(row, col)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def _text_at(self, start: int, end: int) -> str:
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def _source(self, slug: str) -> str | None:
        if self._source_text is None:
            return None
        if slug in self._source_cache:
            self._source_cache.move_to_end(slug)
            return self._source_cache[slug]
        try:
            text = self._source_text(slug)[1]
        except Exception:  # a missing source must not break the pane; the excerpt still shows
            text = None
        self._source_cache[slug] = text
        while len(self._source_cache) > _SOURCE_CACHE_SIZE:
            self._source_cache.popitem(last=False)
        return text

    def _build_empty(self, cursor: QTextCursor) -> None:
        centred = QTextBlockFormat()
        centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        centred.setTopMargin(40)
        cursor.setBlockFormat(centred)
        insert_plain(cursor, EMPTY_TEXT, char_format(size=self._base_size() * 1.2,
                                                     colour=self._muted()))
        hint = QTextBlockFormat(centred)
        hint.setTopMargin(6)
        cursor.insertBlock(hint)
        insert_plain(cursor, EMPTY_HINT, char_format(colour=self._muted()))

    def _base_size(self) -> float:
        size = self._view.font().pointSizeF()
        return size if size > 0 else 10.0

    def _muted(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.PlaceholderText)

    def _link_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Link)

    def _apply_highlights(self) -> None:
        selections = []
        self._highlights = []
        if self._terms and self._detail is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(SEARCH_BG)
            fmt.setForeground(INK)
            doc = self._view.document()
            for base, text in self._searchable:
                for a, b in find_terms(text, self._terms, as_search=True):
                    start = base + qt_offset(text, a)
                    end = start + utf16_len(text[a:b])
                    self._highlights.append((start, end))
                    if len(self._highlights) >= _MAX_SEARCH_HITS:
                        break
                if len(self._highlights) >= _MAX_SEARCH_HITS:
                    break
            for start, end in self._highlights:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(doc)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
        self._view.setExtraSelections(selections)

    def _on_anchor(self, url: QUrl) -> None:
        scheme, value = url.scheme(), url.path()
        if scheme == "initiative" and value:
            self.relationActivated.emit(value)
        elif scheme == "show-row" and value.isdigit():
            self.showTableRow.emit(int(value))
        elif scheme in ("show-source", "ref") and value.isdigit():
            excerpt = self._find_excerpt(int(value))
            if excerpt is None:
                return
            if scheme == "show-source":
                self.showInSource.emit(excerpt.source_slug, excerpt.id)
            else:
                self.scroll_to_excerpt(excerpt.id)

    def _find_excerpt(self, excerpt_id: int) -> ExcerptRecord | None:
        if self._detail is None:
            return None
        return next((e for e in self._detail.excerpts if e.id == excerpt_id), None)


def _href(scheme: str, value: str) -> str:
    url = QUrl()
    url.setScheme(scheme)
    url.setPath(value)
    return url.toString()


class _Builder:
    """Writes one initiative into a document through a cursor (insertText only)."""

    def __init__(self, pane: DetailPane, cursor: QTextCursor, d: InitiativeDetail,
                 compact: bool = False):
        self.p = pane
        self.compact = compact
        self.c = cursor
        self.d = d
        self.base = pane._base_size()
        self.muted = pane._muted()
        self.plain = QTextCharFormat()
        self.small = char_format(size=self.base * 0.9, colour=self.muted)
        self.bold = char_format(bold=True)
        self.first_block = True
        # Number excerpts in the order the Sources section shows them (grouped by source).
        self.groups: OrderedDict[str, list[ExcerptRecord]] = OrderedDict()
        for e in d.excerpts:
            self.groups.setdefault(e.source_slug, []).append(e)
        n = 0
        for items in self.groups.values():
            items.sort(key=lambda e: (e.start, e.end, e.id))
            for e in items:
                n += 1
                pane._excerpt_number[e.id] = n
        self.supports: dict[int, list[str]] = {}
        self.phrases: dict[int, list[str]] = {}

    # ---- blocks -----------------------------------------------------------------------------
    def block(self, top: float = 0, bottom: float = 0, left: float = 0,
              align=Qt.AlignmentFlag.AlignLeft) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLeftMargin(left)
        fmt.setAlignment(align)
        if self.first_block:
            self.c.setBlockFormat(fmt)
            self.first_block = False
        else:
            self.c.insertBlock(fmt, QTextCharFormat())

    def heading(self, text: str) -> None:
        self.block(top=16, bottom=4)
        fmt = QTextBlockFormat(self.c.blockFormat())
        # A thin rule under each heading separates sections at any width.
        fmt.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                        QTextLength(QTextLength.Type.PercentageLength, 100))
        self.c.setBlockFormat(fmt)
        insert_plain(self.c, text, char_format(bold=True, size=self.base * 1.1))

    def text(self, text: str, fmt: QTextCharFormat | None = None, searchable: bool = False) -> None:
        start, _ = insert_plain(self.c, text, fmt or self.plain)
        if searchable:
            self.p._searchable.append((start, text))

    def link(self, text: str, href: str, fmt: QTextCharFormat | None = None) -> None:
        f = QTextCharFormat(fmt or self.plain)
        f.setAnchor(True)
        f.setAnchorHref(href)
        f.setForeground(self.p._link_colour())
        f.setFontUnderline(True)
        insert_plain(self.c, text, f)

    def ref(self, excerpt: ExcerptRecord | None, label: str) -> None:
        """A small ``[n]`` link from a fact to the excerpt that supports it."""
        if excerpt is None or excerpt.id not in self.p._excerpt_number:
            return
        self.supports.setdefault(excerpt.id, []).append(label)
        n = self.p._excerpt_number[excerpt.id]
        self.text("\u00a0", self.plain)
        self.link(f"[{n}]", _href("ref", str(excerpt.id)), char_format(size=self.base * 0.85))

    def table(self, rows: int, widths: tuple[int, ...], border: float = 0,
              header: bool = False):
        fmt = QTextTableFormat()
        fmt.setBorder(border)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid if border
                           else QTextFrameFormat.BorderStyle.BorderStyle_None)
        fmt.setBorderCollapse(True)
        fmt.setBorderBrush(self.muted)
        fmt.setCellPadding(3)
        fmt.setCellSpacing(0)
        fmt.setTopMargin(4)
        fmt.setBottomMargin(4)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        # Columns size to their content (a narrow pane shrinks the widest first) rather than
        # to fixed shares, which broke short words such as "Japan" or "Sectors" in two.
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.VariableLength, 0) for _w in widths])
        if header:
            fmt.setHeaderRowCount(1)
        self.first_block = False
        return self.c.insertTable(rows, len(widths), fmt)

    def cell(self, table, row: int, col: int, right: bool = False) -> None:
        self.c = table.cellAt(row, col).firstCursorPosition()
        if right:
            fmt = self.c.blockFormat()
            fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.c.setBlockFormat(fmt)

    def leave(self, table) -> None:
        self.c = table.lastCursorPosition()
        self.c.movePosition(QTextCursor.MoveOperation.NextBlock)
        self.first_block = True  # reuse the empty block Qt keeps after a table

    # ---- sections ---------------------------------------------------------------------------
    def build(self) -> None:
        d = self.d
        self.block(bottom=2)
        self.text(d.name, char_format(bold=True, size=self.base * 1.45), searchable=True)
        self.block(bottom=4)
        meta = [words(d.kind), words(d.status)]
        if d.bilateral:
            meta.append("UK–Japan")
        if d.origin and d.origin != "curated":
            meta.append(f"{words(d.origin)} record")
        self.text(" · ".join(m for m in meta if m), self.small)
        self.facts()
        if d.summary:
            self.heading("Summary")
            self.block(bottom=2)
            self.text(d.summary, searchable=True)
        self.organisations()
        self.relations()
        self.funding()
        self.excluded()
        self.sources()

    def facts(self) -> None:
        d = self.d
        rows: list[tuple[str, Callable[[], None]]] = []
        for fact in d.dates:
            def write(fact=fact):
                self.text(fact.display, self.bold)
                self.ref(fact.excerpt, f"{words(fact.label)} date")
                if fact.note:
                    self.c.insertBlock()
                    self.text(fact.note, self.small)
            rows.append((words(fact.label), write))
        if d.countries:
            rows.append(("Countries", lambda: self.text(
                ", ".join(country_name(c) for c in d.countries))))
        if d.sectors:
            rows.append(("Sectors", lambda: self.text(
                ", ".join(self.p._sector_names.get(s) or words(s) for s in d.sectors))))
        if not d.dates:
            rows.insert(0, ("Dates", lambda: self.text("No date stated in the sources.",
                                                        self.small)))
        table = self.table(len(rows), (24, 76))
        for i, (label, write) in enumerate(rows):
            self.cell(table, i, 0)
            self.text(label, self.small)
            self.cell(table, i, 1)
            write()
        self.leave(table)

    def organisations(self) -> None:
        orgs = self.d.organisations
        if not orgs:
            return
        self.heading("Organisations")
        table = self.table(len(orgs), (24, 76))
        for i, o in enumerate(orgs):
            self.cell(table, i, 0)
            self.text(words(o.role), self.small)
            self.cell(table, i, 1)
            self.text(o.name)
            extra = ", ".join(p for p in (country_name(o.country) if o.country else "",
                                          words(o.type).lower()) if p)
            if extra:
                self.text(f" ({extra})", self.small)
            self.ref(o.excerpt, f"{words(o.role)}: {o.name}")
        self.leave(table)

    def relations(self) -> None:
        rels = relations_for_display(self.d.relations)
        if not rels:
            return
        self.heading("Related initiatives")
        table = self.table(len(rels), (24, 76))
        for i, (w, rel) in enumerate(rels):
            self.cell(table, i, 0)
            self.text(w, self.small)
            self.cell(table, i, 1)
            self.link(rel.name or rel.slug, _href("initiative", rel.slug))
        self.leave(table)

    def funding(self) -> None:
        lines = self.d.funding
        if not lines:
            return
        self.heading("Funding")
        self.block(bottom=2)
        self.text("Amounts as the sources state them; GBP for comparison, with the rate used.",
                  self.small)
        total = bilateral_total(lines)
        n_rows = 1 + 2 * len(lines) + (1 if total else 0)
        headers = COMPACT_FUNDING_HEADERS if self.compact else FUNDING_HEADERS
        table = self.table(n_rows, _FUNDING_WIDTHS[:len(headers)], border=0.5, header=True)
        last = len(headers) - 1
        for col, label in enumerate(headers):
            self.cell(table, 0, col, right=col >= len(headers) - 2 and col > 0)
            self.text(label, char_format(bold=True, size=self.base * 0.9))
        self.p._funding_table_pos = table.firstPosition()
        row = 1
        for fl in lines:
            self.p._funding_rows.append(row)
            self.funding_line(table, row, fl)
            row += 2
        if total:
            self.p._total_row = row
            qualifier, amount, sides = total
            if last > 1:
                table.mergeCells(row, 0, 1, last)
            self.cell(table, row, 0)
            self.text("Counted bilateral total", self.bold)
            parts = [" ".join(p for p in (words(side), q, format_amount(v, "GBP")) if p)
                     for side, q, v in sides]
            self.text(f"  ({' + '.join(parts)})", self.small)
            self.cell(table, row, last, right=True)
            self.text(" ".join(p for p in (qualifier, format_amount(amount, "GBP")) if p),
                      self.bold)
        self.leave(table)
        if not total:
            self.block(top=4)
            self.text("No total: none of these lines is counted UK–Japan money.", self.small)

    def funding_line(self, table, row: int, fl: FundingRecord) -> None:
        mark = line_mark(fl)
        dim = mark is not None
        base = char_format(colour=self.muted) if dim else self.plain
        strike = fl.status == "superseded"
        columns = table.columns()
        self.cell(table, row, 0)
        if self.compact:
            self.text(words(fl.side), char_format(bold=True, base=base))
            self.c.insertBlock()
        else:
            self.text(words(fl.side), base)
            self.cell(table, row, 1)
        self.text(fl.contributor or "Not stated", base)
        self.cell(table, row, columns - (1 if self.compact else 2), right=True)
        self.text(amount_as_stated(fl), char_format(strike=strike, base=base))
        if mark:
            self.c.insertBlock()
            self.text(mark.badge, char_format(italic=True, bold=True, size=self.base * 0.85,
                                              colour=self.muted))
        if self.compact:
            if fl.currency != "GBP" and not has_no_rate(fl):   # (with no rate, the "no rate" mark says it)
                self.c.insertBlock()
                self.text(f"= {gbp_figure(fl)}", char_format(strike=strike, base=base))
        else:
            self.cell(table, row, columns - 1, right=True)
            self.text(gbp_figure(fl), char_format(strike=strike, base=base))
        # The explanatory row spans the table: at 450 px there is no room for more columns.
        table.mergeCells(row + 1, 0, 1, columns)
        self.cell(table, row + 1, 0)
        first = True

        def line(text: str, fmt: QTextCharFormat) -> None:
            nonlocal first
            if not first:
                self.c.insertBlock()
            first = False
            self.text(text, fmt)

        if mark:
            line(mark.explanation, char_format(bold=True, size=self.base * 0.9))
        line(f"Stated in {fl.currency}: “{fl.stated}”", self.small)
        self.ref(fl.excerpt, f"Funding: {fl.side} {amount_as_stated(fl)}")
        if fl.source_conversion:
            conv = fl.source_conversion
            line(f"The source's own conversion: “{conv.get('stated') or ''}”", self.small)
        line(rate_text(fl), self.small)
        if fl.note:
            line(fl.note, char_format(italic=True, size=self.base * 0.9, colour=self.muted))
        if fl.excerpt is not None and fl.stated:
            self.phrases.setdefault(fl.excerpt.id, []).append(fl.stated)

    def excluded(self) -> None:
        figures = self.d.excluded
        if not figures:
            return
        self.heading("Figures not counted")
        for x in figures:
            self.block(bottom=3, left=4)
            self.text(f"“{x.stated}”", self.bold)
            self.text(" — ")
            self.text(x.reason)
            self.ref(x.excerpt, f"Not counted: “{x.stated}”")
            if x.excerpt is not None and x.stated:
                self.phrases.setdefault(x.excerpt.id, []).append(x.stated)

    def sources(self) -> None:
        self.heading("Sources")
        if not self.groups:
            self.block()
            self.text("No source excerpts recorded.", self.small)
            return
        for items in self.groups.values():
            first = items[0]
            self.block(top=10, bottom=1)
            self.text(first.source_title, self.bold)
            self.block(bottom=2)
            meta = " · ".join(p for p in (first.source_publisher,
                                          format_date_value(first.source_date)) if p)
            self.text(meta, self.small)
            # a table's excerpt is its cell, whole: no context to fetch from a large text
            table = first.source_slug.startswith(TABLE_SOURCE_PREFIX)
            source = None if table else self.p._source(first.source_slug)
            for e in items:
                self.excerpt(e, source)

    def excerpt(self, e: ExcerptRecord, source: str | None) -> None:
        n = self.p._excerpt_number[e.id]
        self.block(top=8, left=14)
        self.text(f"[{n}] ", char_format(bold=True, size=self.base * 0.9, colour=self.muted))
        supports = self.supports.get(e.id)
        self.text("Supports: " + "; ".join(supports) if supports else "Supports the summary",
                  char_format(size=self.base * 0.85, colour=self.muted))
        self.block(left=14, top=2)
        ctx = excerpt_context(source, e.start, e.end, e.text)
        if ctx.before:
            self.text(("…" if ctx.clipped_before else "") + ctx.before, self.small)
        self.p._excerpt_pos[e.id] = self.c.position()
        self.highlighted_excerpt(e)
        if ctx.after:
            self.text(ctx.after + ("…" if ctx.clipped_after else ""), self.small)
        self.block(left=14, top=2)
        if e.source_slug.startswith(TABLE_SOURCE_PREFIX):    # provenance to the cell (issue 16)
            self.link("Show in source (the row) ›", _href("show-row", str(e.id)),
                      char_format(size=self.base * 0.9))
            return
        self.link("Show in source ›", _href("show-source", str(e.id)),
                  char_format(size=self.base * 0.9))
        self.text(f"   characters {e.start}–{e.end}", char_format(size=self.base * 0.8,
                                                                   colour=self.muted))

    def highlighted_excerpt(self, e: ExcerptRecord) -> None:
        """The excerpt on a pale background, the phrases it supports on a stronger one."""
        text = e.text
        marks = find_terms(text, self.phrases.get(e.id, []))
        excerpt_fmt = char_format(background=EXCERPT_BG, colour=INK)
        phrase_fmt = char_format(background=PHRASE_BG, colour=INK, bold=True)
        self.p._searchable.append((self.c.position(), text))
        pos = 0
        for a, b in marks:
            if a > pos:
                insert_plain(self.c, text[pos:a], excerpt_fmt)
            insert_plain(self.c, text[a:b], phrase_fmt)
            pos = b
        if pos < len(text):
            insert_plain(self.c, text[pos:], excerpt_fmt)


__all__ = ["COMPACT_FUNDING_HEADERS", "DetailPane", "EMPTY_TEXT", "FUNDING_HEADERS"]
