"""Words as SQLite's FTS5 sees them, for the search index on PostgreSQL.

Both engines must find the same initiatives for the same search, accents and prefixes
included. Rather than approximate FTS5 with PostgreSQL's own parser (which keeps "5.2" and
"covid-19" whole, and folds accents only through an extension), the PostgreSQL index is
given its words from here: split and folded exactly as FTS5's ``unicode61 remove_diacritics 2``
does, from tables generated out of SQLite itself (``core.fts_tables``). The query side
(``tsquery``) is built from the same words, so matching is the same on both engines.

Also the snippet for PostgreSQL: the matched words in brackets within a short window of the
best-matching field, as FTS5's ``snippet()`` gives them on SQLite.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .fts_tables import FOLD, SEPARATORS

_WORD = re.compile("[^" + "".join(
    re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
    for a, b in SEPARATORS) + "]+")
_FOLD = str.maketrans(FOLD)
# PostgreSQL: a word position is at most 16383 and a lexeme at most 2046 bytes.
MAX_POSITION = 16383
_MAX_LEXEME_BYTES = 2046
# A word no text can contain ("." separates words): what an empty phrase matches (nothing).
_NOTHING = "'.'"


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of ``text``, in order."""
    out = []
    for m in _WORD.finditer(text or ""):
        folded = m.group().translate(_FOLD)
        if folded and len(folded.encode("utf-8")) <= _MAX_LEXEME_BYTES:
            out.append((m.start(), m.end(), folded))
    return out


def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector(fields: Sequence[tuple[str, str]]) -> str:
    """A tsvector literal for (text, weight letter) fields. Positions run on across fields
    with a gap, so a phrase never spans two fields (as FTS5 columns)."""
    positions: dict[str, list[str]] = {}
    pos = 0
    for text, weight in fields:
        for _start, _end, word in words(text):
            pos += 1
            positions.setdefault(word, []).append(f"{min(pos, MAX_POSITION)}{weight}")
        pos += 1
    return " ".join(f"{_quote(w)}:{','.join(dict.fromkeys(p))}" for w, p in positions.items())


def term_tsquery(value: str, prefix: bool = False) -> str:
    """One term typed by the user (a word, a phrase, or a prefix) as a tsquery: its words in
    sequence; a prefix applies to the last word, as in FTS5."""
    lexemes = [_quote(w) for _s, _e, w in words(value)]
    if not lexemes:
        return _NOTHING
    if prefix:
        lexemes[-1] += ":*"
    return "(" + " <-> ".join(lexemes) + ")" if len(lexemes) > 1 else lexemes[0]


def snippet(fields: Sequence[str], terms: Iterable[tuple[str, bool]], tokens: int = 14,
            opener: str = "[", closer: str = "]", ellipsis: str = "…") -> str | None:
    """Up to ``tokens`` words around the matches in the field with most matches, matched
    words in ``opener``/``closer``. ``terms``: (typed term, is prefix)."""
    wanted: list[tuple[str, bool]] = []
    for term, prefix in terms:
        ws = [w for _s, _e, w in words(term)]
        wanted += [(w, prefix and i == len(ws) - 1) for i, w in enumerate(ws)]
    if not wanted:
        return None

    def hit(word: str) -> bool:
        return any(word.startswith(w) if p else word == w for w, p in wanted)

    best = None
    for text in fields:
        ws = words(text)
        hits = [i for i, (_s, _e, w) in enumerate(ws) if hit(w)]
        if hits and (best is None or len(hits) > len(best[2])):
            best = (text, ws, hits)
    if best is None:
        return None
    text, ws, hit_list = best
    hits = set(hit_list)
    first = max(0, min(hit_list[0], len(ws) - tokens))
    window = ws[first:first + tokens]
    out, cursor = [], window[0][0]
    for i, (s, e, _w) in enumerate(window, start=first):
        out.append(text[cursor:s])
        out.append(f"{opener}{text[s:e]}{closer}" if i in hits else text[s:e])
        cursor = e
    lead = ellipsis if first > 0 else ""
    tail = ellipsis if first + tokens < len(ws) else ""
    return lead + "".join(out) + tail
