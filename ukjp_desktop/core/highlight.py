"""Where search terms occur in a text, for highlighting (case- and accent-insensitive,
non-overlapping)."""
from __future__ import annotations

import re

from .fts_tables import FOLD as _FOLD
from .search_syntax import SearchSyntaxError, parse_query


def terms_of(query: str) -> list[str]:
    """The plain terms of a search query; none when there is nothing searchable."""
    if not (query or "").strip():
        return []
    try:
        return list(parse_query(query).terms)
    except SearchSyntaxError:
        return []


def find_spans(text: str, terms: list[str], word_start: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each match, longest term first so "quantum computing" beats "quantum".

    Case and accents are ignored as full-text search ignores them (its own folding table), so
    "Kyōwa" marks "Kyowa" and "tokyo" marks "Tōkyō": a row the search found shows why. With
    ``word_start`` terms match at the start of a word, as full-text search does (so a prefix
    search for quant* highlights "quantum" but "ant" does not light up inside "quantum")."""
    terms = sorted({_fold(t.strip())[0] for t in terms if t.strip()} - {""}, key=len, reverse=True)
    if not terms or not text:
        return []
    folded, origin = _fold(text)
    pattern = re.compile(("(?<!\\w)" if word_start else "") + "(?:" + "|".join(re.escape(t) for t in terms) + ")",
                         re.IGNORECASE)
    spans = []
    for m in pattern.finditer(folded):
        if m.end() == m.start():
            continue
        end = origin[m.end() - 1] + 1
        while end < len(text) and not _FOLD.get(ord(text[end]), "x"):
            end += 1    # a combining accent after the last letter belongs to the match
        spans.append((origin[m.start()], end))
    return spans


def _fold(text: str) -> tuple[str, list[int] | range]:
    """``text`` folded (one character or none for each), and each folded character's index in
    ``text``: the matches found in the folded text are marked in the original. This runs for
    every highlighted cell the list paints: when no character folds away (nearly always) it is
    one ``str.translate`` in C, the indices the text's own."""
    folded = text.translate(_FOLD)
    if len(folded) == len(text):
        return folded, range(len(text))
    out, origin = [], []
    for i, ch in enumerate(text):
        f = _FOLD.get(ord(ch), ch)
        if f:
            out.append(f)
            origin.append(i)
    return "".join(out), origin
