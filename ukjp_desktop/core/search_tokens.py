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
from functools import lru_cache
from itertools import islice

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
# Every separator to a space, one character for one (offsets stay), and with the folding:
# ``str.translate`` and ``str.split`` in C split text many times faster than ``_WORD``'s
# class of 400 ranges (every character Python's ``split`` takes for a space is a separator).
_SPACED = {c: " " for a, b in SEPARATORS for c in range(a, b + 1)}
_FOLD_SPACED = {**_SPACED, **_FOLD}
_NOT_SPACE = re.compile("[^ ]+")


def _ascii_table(table: dict[int, str]) -> bytes:
    """``table``'s ASCII part as a bytes table (bytes 128-255 unchanged, so UTF-8 passes
    through): ``bytes.translate`` is an array lookup in C, a dict's ``str.translate`` a dict
    lookup per character (~20 µs per field). Built from the table itself, so the two cannot
    disagree."""
    if not all(len(table.get(b, chr(b))) == 1 and ord(table.get(b, chr(b))) < 128 for b in range(128)):
        raise ValueError("an ASCII character folds to something else than one ASCII character")
    return bytes(ord(table.get(b, chr(b))) for b in range(128)) + bytes(range(128, 256))


_ASCII_SPACED, _ASCII_FOLD_SPACED = _ascii_table(_SPACED), _ascii_table(_FOLD_SPACED)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_keeps_separators(fold: dict[int, str]) -> None:
    """What ``_translated`` and ``snippet`` rely on: folding gives one character or none, never
    a separator, and leaves separators alone. So a separator is a space in both tables, and
    a folded text as long as its text lines up with it character for character. Checked on
    the generated tables, so a regenerated table that breaks it fails at import."""
    if any(len(v) > 1 or (v and ord(v) in _SPACED) or k in _SPACED for k, v in fold.items()):
        raise ValueError("folding changes a separator, gives one, or gives several characters")


_fold_keeps_separators(_FOLD)
# The non-ASCII separators common in excerpts ("…" and "–": ~10 a row), each replaced by a
# space in one C call a text, not one Python call an occurrence (half of a page's folding);
# only characters that are separators (a regular expression of all 7,594 is 50x slower).
_COMMON_SEPARATORS = tuple(c for c in "…–—‘’“”\u00a0•·" if ord(c) in _SPACED)


def _translated(text: str, table: dict[int, str], ascii_table: bytes) -> str:
    """``text.translate(table)`` for ``_SPACED`` or ``_FOLD_SPACED``, faster: the ASCII
    characters through ``ascii_table``, the common other separators to spaces, then the few
    remaining others one by one (each character is mapped once: ASCII ones map to ASCII ones,
    separators to a space in both tables)."""
    out = text.encode("utf-8").translate(ascii_table).decode("utf-8")
    if text.isascii():
        return out
    for c in _COMMON_SEPARATORS:
        out = out.replace(c, " ")
        if out.isascii():       # no other to look for (a check in C, ~1 µs for 100 kB)
            return out
    return _NON_ASCII.sub(lambda m: table.get(ord(m[0]), m[0]), out)


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


# PostgreSQL's index of adjacent words (migration 0011, ``search_pairs``) cuts each word of a
# pair to this many characters, so that any pair fits in a lexeme (2 * 255 * 4 bytes + a space).
PAIR_WORD_CHARS = 255


def phrase_pairs(terms: Sequence[str], prefixes: Sequence[bool], tsquery: str) -> tuple[str, str] | None:
    """A search whose terms are all required (typed with no OR and no NOT: ``tsquery`` is
    theirs joined by ``&``) and that holds a phrase, split for PostgreSQL's index of adjacent
    words: (a tsquery of what still needs the words' positions, "" when nothing does; a
    tsquery of the phrases' pairs). None for any other search.

    A phrase of two words is its pair, ``'quantum sensing'`` (``'quantum sens':*`` when typed as
    a prefix), which the index answers exactly: the pairs are cut to ``PAIR_WORD_CHARS``, so
    that holds while each word is shorter. A longer phrase, or one with a longer word, stays
    in the first tsquery, to be checked against the positions; its pairs that can be looked up
    narrow the initiatives checked to those that hold them all. Words and prefixes stay in
    the first tsquery too (the GIN index of words answers them without positions)."""
    if " & ".join(term_tsquery(t, p) for t, p in zip(terms, prefixes)) != tsquery:
        return None
    rest, pairs = [], []
    for term, prefix in zip(terms, prefixes):
        ws = [w for _s, _e, w in words(term)]
        if len(ws) < 2:
            rest.append(term_tsquery(term, prefix))
            continue
        exact = all(len(w) < PAIR_WORD_CHARS for w in ws)
        for i, (a, b) in enumerate(zip(ws, ws[1:])):
            if len(a) < PAIR_WORD_CHARS and len(b) < PAIR_WORD_CHARS:
                last = prefix and i == len(ws) - 2
                pairs.append(_quote(f"{a} {b}") + (":*" if last else ""))
        if len(ws) > 2 or not exact:
            rest.append(term_tsquery(term, prefix))
    if not pairs:
        return None
    return " & ".join(rest), " & ".join(pairs)


@lru_cache(maxsize=64)   # the same terms for every row of a page
def _wanted(terms: tuple[tuple[str, bool], ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The folded words to mark: whole words, and prefixes (the last word of a prefix term)."""
    wanted: list[tuple[str, bool]] = []
    for term, prefix in terms:
        ws = [w for _s, _e, w in words(term)]
        wanted += [(w, prefix and i == len(ws) - 1) for i, w in enumerate(ws)]
    return frozenset(w for w, p in wanted if not p), tuple(w for w, p in wanted if p)


def _index(items: list[str], item: str) -> int:
    """``items.index(item)``, or past the end when absent."""
    try:
        return items.index(item)
    except ValueError:
        return len(items)


def _word_start(folded: str, word: str) -> int:
    """Where ``word`` first stands as a whole word in ``folded`` (words between spaces); -1: nowhere."""
    at, end = folded.find(word), len(folded) - len(word)
    while at >= 0 and ((at > 0 and folded[at - 1] != " ") or (at < end and folded[at + len(word)] != " ")):
        at = folded.find(word, at + 1)
    return at


def _folded_each(texts: list[str]) -> list[str]:
    """Each text folded, separators as spaces: a page's texts folded in one call (a few C
    calls over ~130 kB, instead of a few for each of ~370 fields), then cut apart, which is
    exact when nothing was folded away (each character then folds to one)."""
    joined = "\n".join(texts)
    folded = _translated(joined, _FOLD_SPACED, _ASCII_FOLD_SPACED)
    if len(folded) != len(joined):
        return [_translated(t, _FOLD_SPACED, _ASCII_FOLD_SPACED) for t in texts]
    out, at = [], 0
    for t in texts:
        out.append(folded[at:at + len(t)])
        at += len(t) + 1
    return out


def snippet(fields: Sequence[str | None], terms: Iterable[tuple[str, bool]], tokens: int = 14,
            opener: str = "[", closer: str = "]", ellipsis: str = "…") -> str | None:
    """Up to ``tokens`` words around the matches in the field with most matches, matched
    words in ``opener``/``closer``. ``terms``: (typed term, is prefix)."""
    return snippets([fields], terms, tokens, opener, closer, ellipsis)[0]


def snippets(rows: Sequence[Sequence[str | None]], terms: Iterable[tuple[str, bool]],
             tokens: int = 14, opener: str = "[", closer: str = "]",
             ellipsis: str = "…") -> list[str | None]:
    """``snippet`` for each row of a page (its fields), with what is the same for every row
    (the words wanted, the folding's calls) done once for the page."""
    exact, prefixes = _wanted(tuple(terms))
    if not exact and not prefixes:
        return [None] * len(rows)

    def hit(word: str) -> bool:
        return (word in exact or bool(prefixes) and word.startswith(prefixes)) \
            and len(word.encode("utf-8")) <= _MAX_LEXEME_BYTES

    texts = [t or "" for fields in rows for t in fields]
    folded = _folded_each(texts)
    out, at = [], 0
    for fields in rows:
        out.append(_snippet(texts[at:at + len(fields)], folded[at:at + len(fields)], exact,
                            prefixes, hit, tokens, opener, closer, ellipsis))
        at += len(fields)
    return out


def _snippet(texts: list[str], folded_texts: list[str], exact: frozenset[str],
             prefixes: tuple[str, ...], hit, tokens: int, opener: str, closer: str,
             ellipsis: str) -> str | None:
    # Only the words of the field chosen, and only those shown, need offsets: splitting every
    # word of every field with its offsets, as ``words`` does, cost ~70 ms for a page of 100.
    best, best_folded, most, found = None, "", 0, []
    for text, folded in zip(texts, folded_texts):
        if not any(map(folded.__contains__, exact)) and not any(map(folded.__contains__, prefixes)):
            continue      # no word can match where the text does not even contain it
        split = folded.split()
        n = sum(map(hit, split)) if prefixes else sum(map(split.count, exact))
        if n > most:
            best, best_folded, most, found = text, folded, n, split
    if best is None:
        return None
    text = best
    # Folded as long as the text: no character folded away, so its words are at the text's
    # offsets (``_fold_keeps_separators``); else the text's words are found again, unfolded.
    aligned = len(best_folded) == len(text)
    spaced = best_folded if aligned else _translated(text, _SPACED, _ASCII_SPACED)
    if (aligned or len(spaced.split()) == len(found)) \
            and max(map(len, found)) * 4 <= _MAX_LEXEME_BYTES:
        # the folded words are the text's words one for one (none folded away, none too long)
        n_words = len(found)
        if prefixes:
            at = next(i for i, w in enumerate(found) if hit(w))
        else:       # the first of the exact words, found in C
            at = min(_index(found, w) for w in exact)
        first = max(0, min(at, n_words - tokens))
        # Where the window's first word starts, without a match object for every word before
        # it (a rare word is ~100 words into an excerpt): the text's start, its last words,
        # or the first hit itself; else counted from the start.
        start, skip = 0, first
        if first and aligned:
            if first == n_words - tokens:
                start, skip = len(spaced.rsplit(None, tokens)[0]), 0
            elif not prefixes:          # first == at: no word before it is wanted
                start, skip = _word_start(spaced, found[first]), 0
        spans = islice(_NOT_SPACE.finditer(spaced, start), skip, skip + tokens)
        window = list(zip(map(re.Match.span, spans), found[first:first + tokens]))
    else:
        ws = words(text)
        n_words = len(ws)
        first = max(0, min(next(i for i, (_s, _e, w) in enumerate(ws) if hit(w)), n_words - tokens))
        window = [((s, e), w) for s, e, w in ws[first:first + tokens]]
    if not prefixes:
        hit = exact.__contains__       # the same: ``exact`` holds no word too long to index
    # The window's text as it stands, cut only around the words marked.
    out, cursor = [], window[0][0][0]
    for (s, e), w in window:
        if hit(w):
            out += (text[cursor:s], opener, text[s:e], closer)
            cursor = e
    out.append(text[cursor:window[-1][0][1]])
    lead = ellipsis if first > 0 else ""
    tail = ellipsis if first + tokens < n_words else ""
    return lead + "".join(out) + tail
