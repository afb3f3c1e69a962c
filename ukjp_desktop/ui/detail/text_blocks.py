"""Plain-text rendering helpers shared by the detail pane and the source viewer.

Two kinds of helper live here:

* wording: how a record's fields read in the window (kinds, sides, relations, funding lines).
  These are pure functions over ``core`` records so they can be tested without a widget.
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
from decimal import Decimal

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor

from ...core.dates import DateError, PartialDate
from ...core.money import MoneyError, convert_to_gbp, format_amount
from ...core.records import FundingRecord, RelationRecord
from ..widgets.plain_text import words
from ...core.vocab import BASIS_WORDS, QUALIFIER_WORDS, SIDES, country_name  # noqa: F401 - re-exported

# ---- positions ------------------------------------------------------------------------------

def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (what Qt counts positions in)."""
    return len(text.encode("utf-16-le")) // 2


def qt_offset(text: str, index: int) -> int:
    """Qt position of the Python index ``index`` in ``text``."""
    return utf16_len(text[:index])


def find_terms(text: str, terms: list[str] | tuple[str, ...]) -> list[tuple[int, int]]:
    """Case-insensitive, non-overlapping occurrences of any term, as sorted Python ranges.

    ``re.IGNORECASE`` is used rather than ``casefold()``: case folding can change a string's
    length ("ß" → "ss"), which would break the offsets.
    """
    cleaned = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    if not cleaned or not text:
        return []
    pattern = re.compile("|".join(re.escape(t) for t in cleaned), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]


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

SIDE_WORDS = {"UK": "UK", "Japan": "Japan", "joint": "Joint", "private": "Private",
              "other": "Other"}

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


def _basis(fl: FundingRecord) -> str:
    return BASIS_WORDS.get(fl.basis, words(fl.basis)).format(n=fl.period_years or "several")


def _qualified(fl: FundingRecord, low: Decimal, high: Decimal | None, currency: str) -> str:
    if fl.qualifier == "range" and high is not None:
        core = f"{format_amount(low, currency)}–{format_amount(high, currency)}"
        qualifier = ""
    else:
        core = format_amount(low, currency)
        qualifier = QUALIFIER_WORDS.get(fl.qualifier, words(fl.qualifier).lower())
    return " ".join(p for p in (qualifier, core, _basis(fl)) if p)


def amount_as_stated(fl: FundingRecord) -> str:
    """'just over £5.2m', 'up to ¥476bn', '£1bn over 5 years' — in the stated currency."""
    return _qualified(fl, fl.amount, fl.amount_max, fl.currency)


def gbp_figure(fl: FundingRecord) -> str:
    """The comparison figure in pounds, keeping the stated qualifier ('up to £2.41bn')."""
    high = None
    if fl.amount_max is not None:
        try:
            high = convert_to_gbp(fl.amount_max, fl.currency, fl.rate)
        except MoneyError:
            high = None
    return _qualified(fl, fl.amount_gbp, high, "GBP")


def _plain_decimal(d: Decimal) -> str:
    s = f"{d.normalize():f}"
    return s


def rate_text(fl: FundingRecord) -> str:
    """How the GBP figure was obtained, in words, with year, source and notes."""
    if fl.currency == "GBP":
        return "Stated in pounds: no conversion."
    if fl.rate is None:
        return f"No exchange rate available for {fl.currency}; the GBP figure is not comparable."
    exact = f"£{fl.amount_gbp:,.2f}"
    year = f"{fl.rate_year} rate" if fl.rate_year else "rate"
    text = f"= {exact} at {_plain_decimal(fl.rate)} {fl.currency} per £1 ({year}"
    text += f"; {fl.rate_source})" if fl.rate_source else ")"
    if fl.rate_note:
        text += f". {fl.rate_note[:1].upper()}{fl.rate_note[1:]}."
    return text


@dataclass(frozen=True)
class LineMark:
    badge: str        # a word or two for the amount cell
    explanation: str  # a sentence for the detail row


def line_mark(fl: FundingRecord) -> LineMark | None:
    """Why a line is shown differently: superseded, context, not funding, not counted."""
    if fl.status == "superseded":
        return LineMark("superseded", "Superseded — kept as history, not counted in any total.")
    if fl.scope == "context":
        return LineMark("context", "Context figure — not UK–Japan money; "
                                   "left out of the bilateral total.")
    if fl.scope == "non_funding":
        return LineMark("not funding", "Not a funding figure — not counted.")
    if not fl.counted:
        return LineMark("not counted", "Not counted in the totals.")
    return None


def counts_bilateral(fl: FundingRecord) -> bool:
    return fl.counted and fl.scope == "bilateral" and fl.status != "superseded"


def sum_qualifier(qualifiers) -> str:
    """Words for a sum of figures with these qualifiers.

    A sum inherits the vaguest qualifier of its parts: £4.5m + "just over £5.2m" is
    "just over £9.7m", never a bare £9.7m."""
    quals = set(qualifiers) - {"exact"}
    if not quals:
        return ""
    if quals == {"just_over"}:
        return "just over"
    if quals <= {"just_over", "more_than"}:
        return "more than"
    if quals <= {"just_over", "more_than", "at_least"}:
        return "at least"
    if quals == {"up_to"}:
        return "up to"
    return "approximately"


def bilateral_total(funding) -> tuple[str, Decimal, list[tuple[str, str, Decimal]]] | None:
    """(qualifier words, total GBP, [(side, qualifier words, GBP)]) over the counted bilateral
    lines, or None when no line counts: then a total would be meaningless (context or
    superseded figures only)."""
    lines = [fl for fl in funding if counts_bilateral(fl)]
    if not lines:
        return None
    order = {s: i for i, s in enumerate(SIDES)}
    sides = []
    for side in sorted({fl.side for fl in lines}, key=lambda s: (order.get(s, len(order)), s)):
        own = [fl for fl in lines if fl.side == side]
        sides.append((side, sum_qualifier(fl.qualifier for fl in own),
                      sum((fl.amount_gbp for fl in own), Decimal(0))))
    return (sum_qualifier(fl.qualifier for fl in lines),
            sum((fl.amount_gbp for fl in lines), Decimal(0)), sides)


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
