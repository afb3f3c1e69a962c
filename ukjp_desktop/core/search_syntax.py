"""Turn what a user types into a safe SQLite FTS5 query (and the same query for PostgreSQL).

Users type words, "quoted phrases", prefixes (quant*), and AND / OR / NOT. Everything else is
taken literally: each term is quoted for FTS5, so punctuation can never become FTS5 syntax and a
malformed query (unbalanced quote, a lone AND, ``*`` alone) becomes a sensible literal search or
a clear message, never an exception from SQLite.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .search_tokens import term_tsquery

OPERATORS = {"AND", "OR", "NOT"}
# SQLite's FTS5 cost grows with every term (200 one-letter prefixes OR'ed took 2.1 s on the
# 45-initiative database, 400 took 10 s, nearly all in snippet()); 32 terms cost ~80 ms there
# and cover any search a person types.
MAX_TERMS = 32
_WORDISH = re.compile(r"\w", re.UNICODE)


class SearchSyntaxError(ValueError):
    """Nothing searchable in the query; the message is for the user."""


@dataclass(frozen=True)
class ParsedQuery:
    fts: str                       # the FTS5 MATCH expression
    terms: tuple[str, ...]         # plain terms, for highlighting
    notes: tuple[str, ...] = field(default_factory=tuple)  # what was repaired, in words
    tsquery: str = ""              # the same query for PostgreSQL (a tsquery literal)
    prefixes: tuple[bool, ...] = ()  # for each of ``terms``: typed as a prefix


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _tokens(text: str, notes: list[str]) -> list[tuple[str, str]]:
    """Split into (kind, value): kind is 'phrase', 'word', 'prefix' or 'op'."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch == '"':
            close = text.find('"', i + 1)
            if close == -1:
                notes.append("unbalanced quote: searched the rest as a phrase")
                close = n
            phrase = text[i + 1:close].strip()
            if _WORDISH.search(phrase):
                out.append(("phrase", phrase))
            elif phrase:
                notes.append(f"ignored \"{phrase}\": nothing to search for in it")
            i = close + 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != '"':
            j += 1
        word = text[i:j]
        i = j
        if word in OPERATORS:
            out.append(("op", word))
        elif word.endswith("*") and _WORDISH.search(word[:-1].rstrip("*")):
            out.append(("prefix", word.rstrip("*")))
        elif _WORDISH.search(word):
            out.append(("word", word.strip("*")))
        else:
            notes.append(f"ignored {word!r}: nothing to search for in it")
    return out


def _clean(text: str) -> str:
    """Control characters (a NUL ended FTS5's string early) count as spaces; text that is not
    text at all (lone surrogates, from bytes that were not UTF-8) is refused in words."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise SearchSyntaxError("The search contains characters that are not valid text "
                                "(bytes that are not UTF-8); type it again.") from None
    return "".join(" " if ch < " " or ch == "\x7f" else ch for ch in text)


def parse_query(text: str) -> ParsedQuery:
    notes: list[str] = []
    tokens = _tokens(_clean(text or ""), notes)
    parts: list[str] = []
    terms: list[str] = []
    ts: list[str] = []
    prefixes: list[bool] = []
    pending_op: str | None = None
    for kind, value in tokens:
        if kind == "op":
            if not parts:
                notes.append(f"ignored {value} with nothing before it")
                continue
            pending_op = value
            continue
        term = _quote(value) + ("*" if kind == "prefix" else "")
        if parts:
            parts.append(pending_op or "AND")
            ts.append({"AND": "&", "OR": "|", "NOT": "& !"}[pending_op or "AND"])
        parts.append(term)
        ts.append(term_tsquery(value, kind == "prefix"))
        terms.append(value)
        prefixes.append(kind == "prefix")
        pending_op = None
    if pending_op:
        notes.append(f"ignored {pending_op} with nothing after it")
    if len(terms) > MAX_TERMS:
        raise SearchSyntaxError(
            f"This search has {len(terms)} terms; at most {MAX_TERMS} can be searched at once. "
            "Remove some, or search in two steps.")
    if not parts:
        raise SearchSyntaxError(
            f"Nothing to search for in {text!r}: type a word, a \"quoted phrase\" or a prefix such as quant*")
    return ParsedQuery(" ".join(parts), tuple(terms), tuple(notes), " ".join(ts), tuple(prefixes))
