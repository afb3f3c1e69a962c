"""A second opinion on the funding flag, from the words around a figure (issue 15, session 30).

The rules decide a figure's kind from cue words and sentence structure; on pages nobody had read they flag too many
figures as funding (about 7 in 10 proposed funding facts were real on fourteen batches measured before their rules
were written). This module holds a logistic model of the words around a figure, trained on the keyed held-out pages
(`tools/train_funding_words.py`), that may *untick* a figure the rules flagged when its words look very unlike a
funding fact. As a veto it never changes a figure's kind, side or amount: the reviewer still sees the figure, unticked,
with the words that weighed against it. Since session 35 it also ticks (`promote`): a figure the rules read as another
kind whose words it is very sure of (PROMOTE) is read as funding, keeping the rules' kind beside it for the reviewer.

Why a veto and not a replacement: measured the honest way (each batch scored with the rules as they stood before it
was read, the model trained only on pages read before it; docs/import.md "Session 30"), the model alone finds too few
of the real figures, while as a veto on the rules' flag it removed 33 wrong figures for 7 right ones.

The threshold, chosen again in session 58 the same way (tools/veto_simulation.py --batches test139:test168 --grid): on
the thirty batches read in sessions 51-57, each scored with the rules of its own round and a model trained on the pages
before it, the veto at 0.2 removed 50 wrong figures for 35 right ones (precision 76.6% -> 83.5%, recall 86.4% -> 78.8%)
and at 0.05 11 wrong ones for none (78.2%, 86.4%): the best F1 (82.1% against 81.1%) and the smallest sum of shortfalls
from the goals (92% and 97%). On the twenty-nine batches before them (test110-test138), read when the rules were less
precise, 0.2-0.25 did best by F1 (75.7-76.2% against 74.4%); over all fifty-nine the F1 is flat from 0.1 to 0.25
(78.2%), 77.9% at 0.05, whose shortfall sum is still the smallest. The rules have grown more precise, so the veto is
kept for the figures it is nearly sure of.

Plain Python: the weights are a generated module, read the first time a document is extracted.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable

from .clauses import clause_span, head_phrase
from .money_kind import FUNDING_KINDS

NO_WORD = "the words around it"   # what weighs against when no single word worth showing does
THRESHOLD = 0.05  # untick a flagged figure whose funding probability is below this (session 58: chosen again, see below)
PROMOTE = 0.9     # tick a figure of another kind whose funding probability is at least this (44 simulated batches)

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|[\u3040-\u30ff\u4e00-\u9fff]+")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_CALL = re.compile(r"\b(?:deadline|apply|applications?|applicants?|eligib\w*|proposals?|call)\b|公募|応募|締切", re.I)
_AUX = ("will", "to", "has", "have", "had", "would", "could", "may")
_WINDOW = 5          # words either side of the figure
_REACH = 200         # characters either side, within the clause, that the window reads
# feature prefixes whose word is worth showing a reviewer (magnitude, currency and language are not), and words
# that carry weight in the model but tell a reviewer nothing (function words, the figure's own units)
_SHOWN = ("hp:", "b1:", "a1:", "verb:", "b:", "a:", "cl:", "s:")
_UNTOLD = frozenset("""a an the of to in on at by for from with and or but as is was were be been are its it this
that which who their his her our than then into over per million billion bn m pounds pound yen dollars euros
has have had will would could may""".split())
_UNIT = re.compile(r"[億万円兆ドポン]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def tokens(s: str) -> list[str]:
    """Lower-case words; a run of Japanese script becomes its character pairs (it has no spaces to split on)."""
    out: list[str] = []
    for w in _WORD.findall(s):
        if _CJK.match(w):
            out += [w[i:i + 2] for i in range(max(1, len(w) - 1))]
        else:
            out.append(w.lower())
    return out


def verb_before(words: list[str]) -> str | None:
    """The nearest verb-like word before the figure: after will/to/has..., or ending in -ed/-es."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if i > 0 and words[i - 1] in _AUX:
            return w
        if w.endswith(("ed", "es")) and len(w) > 3:
            return w
    return None


def call_words(text: str) -> int:
    """How strongly the page reads as a call for applications (0-3): a document-level cue."""
    return min(3, len(_CALL.findall(text)))


def features(text: str, p, calls: int) -> set[str]:
    """The words around one money proposal, its size, currency and language: nothing of the rules' own decision, so
    that their fit to the pages the model learnt from does not leak into it."""
    cs, ce = clause_span(text, p.start, p.end, p.sentence_start, p.sentence_end)
    f = {f"hp:{w}" for w in tokens(head_phrase(text, p.start, p.end, cs, ce))}
    f |= {f"cl:{w}" for w in tokens(text[cs:p.start] + " " + text[p.end:ce])}
    f |= {f"s:{w}" for w in tokens(text[p.sentence_start:p.start] + " " + text[p.end:p.sentence_end])}
    before = tokens(text[max(cs, p.start - _REACH):p.start])
    after = tokens(text[p.end:min(ce, p.end + _REACH)])
    f |= {f"b:{w}" for w in before[-_WINDOW:]} | {f"a:{w}" for w in after[:_WINDOW]}
    f |= {f"b1:{w}" for w in before[-1:]} | {f"a1:{w}" for w in after[:1]}
    verb = verb_before(before)
    if verb:
        f.add(f"verb:{verb}")
    f.add(f"mag:{int(math.log10(float(p.amount))) if p.amount > 0 else 0}")
    f.add(f"cur:{p.currency}")
    f.add(f"lang:{'ja' if _CJK.search(text[p.sentence_start:p.sentence_end]) else 'en'}")
    f.add(f"call:{calls}")
    f.add(f"range:{p.amount_min is not None}")
    return f


def _weights() -> tuple[float, dict[str, float]]:
    from . import funding_words_weights as w   # (generated; imported on first use: start-up does not pay for it)
    return w.BIAS, w.WEIGHTS


def probability(feats: Iterable[str], bias: float, weights: dict[str, float]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def names_in(text: str) -> frozenset[str]:
    """The words a page writes only with a capital (names: "Hitachi", "Aycliffe"), lower-cased."""
    capital, lower = set(), set()
    for w in _LATIN_WORD.findall(text):
        (capital if w[0].isupper() else lower).add(w.lower())
    return frozenset(capital - lower)


def against(feats: Iterable[str], weights: dict[str, float], n: int = 3,
            names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words that weigh most against funding, for the reviewer (each word once, strongest first). A name is not
    shown (session 31): "“hitachi” weighs against" reads as arbitrary to a reviewer, though the model learnt it
    from the pages it was trained on."""
    return _telling(feats, weights, -1, n, names)


def support(feats: Iterable[str], weights: dict[str, float], n: int = 3,
            names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words that weigh most for funding, for the reviewer of a figure the model ticked (as `against`)."""
    return _telling(feats, weights, 1, n, names)


def _telling(feats: Iterable[str], weights: dict[str, float], sign: int, n: int,
             names: frozenset[str]) -> tuple[str, ...]:
    ranked = sorted((-sign * weights.get(f, 0.0), f) for f in feats if f.startswith(_SHOWN))
    out: list[str] = []
    for w, f in ranked:
        word = f.split(":", 1)[1]
        if w >= 0 or len(out) == n:
            break
        if word not in out and word not in _UNTOLD and word not in names and not _UNIT.search(word):
            out.append(word)
    return tuple(out)


def promote(text: str, money: list, model: tuple[float, dict[str, float]] | None = None) -> None:
    """Read as funding a figure the rules gave another kind when its words look very like a funding fact (the
    rules' kind is kept in ``rules_kind``, the words for it in ``funding_support``). Run before the sides are read,
    so that a ticked figure gets its payer like any other; conversions follow their figure afterwards.

    Why (session 35): measured the honest way on forty-four batches, each scored with the rules before it was read
    and a model trained on the pages before it, ticking figures scored at PROMOTE (0.9) or above found 9 more funding
    facts for 1 wrong one (at 0.8: 13 for 4, and it overruled more of the rules' deliberate "not funding" readings:
    past totals, options, hypotheticals); tools/veto_simulation.py --promote."""
    bias, weights = model or _weights()
    calls = call_words(text)
    names: frozenset[str] | None = None
    for p in money:
        if p.converted_from or p.money_kind in FUNDING_KINDS or p.kind_basis == "size":
            continue   # (round 141: nor a figure the size of an economy)
        feats = features(text, p, calls)
        score = probability(feats, bias, weights)
        if score >= PROMOTE:
            names = names_in(text) if names is None else names
            p.rules_kind, p.money_kind, p.kind_basis = p.money_kind, "funding", "word model"
            p.funding_score = round(score, 3)
            p.funding_support = support(feats, weights, names=names) or (NO_WORD,)


def second_opinion(text: str, money: list, model: tuple[float, dict[str, float]] | None = None) -> None:
    """Score every figure the rules flagged as funding, and untick those the words make unlikely; a conversion
    follows the figure it restates."""
    bias, weights = model or _weights()
    calls = call_words(text)
    names: frozenset[str] | None = None   # (read only when a figure is unticked)
    by_id = {p.id: p for p in money}
    for p in money:
        if p.converted_from or not p.is_funding:
            continue
        feats = features(text, p, calls)
        score = probability(feats, bias, weights)
        p.funding_score = round(score, 3)
        if score < THRESHOLD:
            p.is_funding = False
            names = names_in(text) if names is None else names
            p.funding_doubt = against(feats, weights, names=names) or (NO_WORD,)
    for p in money:
        src = by_id.get(p.converted_from) if p.converted_from else None
        if src is not None:
            p.is_funding, p.funding_score, p.funding_doubt = src.is_funding, src.funding_score, src.funding_doubt
