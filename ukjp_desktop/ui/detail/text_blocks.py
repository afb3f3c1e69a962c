"""Plain-text rendering helpers shared by the detail pane and the source viewer.

Two kinds of helper live here:

* wording: how a record's fields read in the window (kinds, relations, dates). Funding lines
  read as ``core.funding_text`` words them, shared with the command line.
* document building: inserting text into a ``QTextDocument`` *only* through
  ``QTextCursor.insertText``, which never interprets markup. Data and user text can contain
  ``<b>`` or ``<img onerror=…>`` and must show those characters literally, so nothing in the
  ui layer should pass data through ``insertHtml``/``setHtml``/rich-text labels.

Positions: Python indexes strings by code point, Qt by UTF-16 code unit. Excerpt offsets are
Python indexes into the source text, so every conversion to a Qt position goes through
:func:`qt_offset`; otherwise a single emoji before an excerpt would shift the highlight.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor

from ...core.dates import DateError, PartialDate
# The funding wording lives in core so the command line prints the same words; re-exported here
# for the detail pane.
from ...core.funding_text import (amount_as_stated, bilateral_total, gbp_figure,  # noqa: F401
                                  has_no_rate, line_mark, rate_text, sum_qualifier)
from ...core.highlight import find_spans
from ...core.records import RelationRecord
from ...core.vocab import country_name, words  # noqa: F401 - re-exported

# ---- positions ------------------------------------------------------------------------------

def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (what Qt counts positions in)."""
    return len(text.encode("utf-16-le")) // 2


def qt_offset(text: str, index: int) -> int:
    """Qt position of the Python index ``index`` in ``text``."""
    return utf16_len(text[:index])


def find_terms(text: str, terms: list[str] | tuple[str, ...], as_search: bool = False) -> list[tuple[int, int]]:
    """Case- and accent-insensitive, non-overlapping occurrences of any term (anywhere, not
    only at a word's start), as sorted Python ranges of ``text``: as the list marks them.
    ``as_search``: a search's terms, found by their words (``find_spans``)."""
    return find_spans(text, [t for t in terms if t], word_start=False, as_search=as_search)


# ---- excerpt context ------------------------------------------------------------------------

@dataclass(frozen=True)
class ExcerptContext:
    """An excerpt with a little of the source text around it, cut at word boundaries."""
    before: str
    excerpt: str
    after: str
    clipped_before: bool  # True when ``before`` does not reach the start of its paragraph
    clipped_after: bool


def excerpt_context(text: str | None, start: int, end: int, excerpt: str,
                    chars: int = 160) -> ExcerptContext:
    """Context around ``text[start:end]``, staying inside the excerpt's paragraph.

    If ``text`` is missing or does not contain the excerpt at the recorded offsets (a source
    re-imported with different text), only the excerpt is returned: showing the wrong
    surroundings would be worse than showing none.
    """
    if not text or start < 0 or end > len(text) or text[start:end] != excerpt:
        return ExcerptContext("", excerpt, "", False, False)
    lo = max(0, start - chars)
    before = text[lo:start]
    clipped_before = lo > 0
    if "\n" in before:  # keep to the excerpt's own paragraph
        before = before[before.rfind("\n") + 1:]
        clipped_before = False
    elif clipped_before:  # drop the partial first word
        cut = re.search(r"\s", before)
        before = before[cut.end():] if cut else ""
    hi = min(len(text), end + chars)
    after = text[end:hi]
    clipped_after = hi < len(text)
    if "\n" in after:
        after = after[:after.find("\n")]
        clipped_after = False
    elif clipped_after:
        cut = max(after.rfind(" "), after.rfind("\t"))
        after = after[:cut] if cut > 0 else ""
    # Only the outer ends are trimmed: the spacing next to the excerpt is the source's own
    # ("Technology, matched" must not become "Technology , matched").
    return ExcerptContext(before.lstrip(), excerpt, after.rstrip(), clipped_before, clipped_after)


# ---- wording --------------------------------------------------------------------------------

# (type, direction) → words placed before the other initiative's name.
_RELATION_WORDS = {
    ("part_of", "out"): "Part of",
    ("part_of", "in"): "Includes",
    ("successor_of", "out"): "Successor of",
    ("successor_of", "in"): "Succeeded by",
    ("announced_with", "out"): "Announced with",
    ("announced_with", "in"): "Announced with",
    ("related_to", "out"): "Related to",
    ("related_to", "in"): "Related to",
}
_RELATION_ORDER = ("Part of", "Includes", "Successor of", "Succeeded by", "Announced with",
                   "Related to")

def relation_words(rel: RelationRecord) -> str:
    return _RELATION_WORDS.get((rel.type, rel.direction), words(rel.type))


def relations_for_display(relations) -> list[tuple[str, RelationRecord]]:
    """(words, relation) sorted by kind then name; symmetric relations stored in both
    directions ("related to", "announced with") appear once."""
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, RelationRecord]] = []
    for rel in relations:
        w = relation_words(rel)
        if (w, rel.slug) in seen:
            continue
        seen.add((w, rel.slug))
        out.append((w, rel))
    order = {w: i for i, w in enumerate(_RELATION_ORDER)}
    out.sort(key=lambda p: (order.get(p[0], len(order)), p[1].name.lower()))
    return out


def format_date_value(value: str | None) -> str:
    """A stored source date ('2024-12-16', '2025', '2026-H2') in words; 'undated' if absent."""
    if not value:
        return "undated"
    try:
        return PartialDate.parse(value).display()
    except DateError:
        return value


# ---- inserting text -------------------------------------------------------------------------

def char_format(*, bold: bool = False, italic: bool = False, size: float | None = None,
                colour: QColor | None = None, background: QColor | None = None,
                strike: bool = False, base: QTextCharFormat | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if size:
        fmt.setFontPointSize(size)
    if colour is not None:
        fmt.setForeground(colour)
    if background is not None:
        fmt.setBackground(background)
    if strike:
        fmt.setFontStrikeOut(True)
    return fmt


def insert_plain(cursor: QTextCursor, text: str, fmt: QTextCharFormat | None = None) -> tuple[int, int]:
    """Insert ``text`` literally (``insertText`` never parses markup); return its Qt range."""
    start = cursor.position()
    if fmt is None:
        cursor.insertText(text)
    else:
        cursor.insertText(text, fmt)
    return start, cursor.position()
