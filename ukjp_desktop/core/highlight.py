"""Where search terms occur in a text, for highlighting (case- and accent-insensitive,
non-overlapping)."""
from __future__ import annotations

import re
from functools import lru_cache

from .fts_tables import FOLD as _FOLD
from .fts_tables import SEPARATORS
from .search_syntax import SearchSyntaxError, parse_query
from .search_tokens import words

# One or more characters that full-text search takes for the space between two words.
_SEPARATOR_RUN = "[" + "".join(
    re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
    for a, b in SEPARATORS) + "]+"


def terms_of(query: str) -> list[str]:
    """The plain terms of a search query; none when there is nothing searchable."""
    if not (query or "").strip():
        return []
    try:
        return list(parse_query(query).terms)
    except SearchSyntaxError:
        return []


def find_spans(text: str, terms: list[str], word_start: bool = True,
               as_search: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each match, longest term first so "quantum computing" beats "quantum".

    Case and accents are ignored as full-text search ignores them (its own folding table), so
    "Kyōwa" marks "Kyowa" and "tokyo" marks "Tōkyō": a row the search found shows why. With
    ``word_start`` terms match at the start of a word, as full-text search does (so a prefix
    search for quant* highlights "quantum" but "ant" does not light up inside "quantum").
    ``as_search``: the terms are a search's (``terms_of``), read as full-text search reads
    them, by their words; otherwise each is found as typed (a stated phrase, the viewer's find)."""
    folded_terms = sorted({_fold(t.strip())[0] for t in terms} - {""}, key=len, reverse=True)
    pieces = [_term_pattern(t) if as_search else re.escape(t) for t in folded_terms]
    pieces = [p for p in pieces if p]
    if not pieces or not text:
        return []
    folded, origin = _fold(text)
    pattern = re.compile(("(?<!\\w)" if word_start else "") + "(?:" + "|".join(f"(?:{p})" for p in pieces) + ")",
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


@lru_cache(maxsize=256)   # called for every row the list paints, with the same few terms
def _term_pattern(folded: str) -> str:
    """A search's term as typed when it is there ("£3,990,000"), otherwise as full-text search
    reads it: its words (punctuation around them dropped, as in "(quantum" or "research,"),
    with any separators between them ("uk-japan" marks "UK–Japan"). "" when it holds no word."""
    by_words = _SEPARATOR_RUN.join(re.escape(w) for _s, _e, w in words(folded))
    return f"{re.escape(folded)}|{by_words}" if by_words else ""


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
