"""Where search terms occur in a text, for highlighting (case-insensitive, non-overlapping)."""
from __future__ import annotations

import re

from .search_syntax import SearchSyntaxError, parse_query


def terms_of(query: str) -> list[str]:
    """The plain terms of a search query; none when there is nothing searchable."""
    if not (query or "").strip():
        return []
    try:
        return list(parse_query(query).terms)
    except SearchSyntaxError:
        return []


def find_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each match, longest term first so "quantum computing" beats "quantum".

    Terms match at the start of a word, as full-text search does (so a prefix search for quant*
    highlights "quantum" but "ant" does not light up inside "quantum")."""
    terms = sorted({t for t in terms if t.strip()}, key=len, reverse=True)
    if not terms or not text:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + ")", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]
