"""A second opinion on the paying side, from the words and bodies around a funding figure (issue 15, session 37).

The rules (sides.py) read the payer from the clause, the bodies named and the currency. On pages nobody had read they
get about one side in four wrong, and the rounds that fix them on read pages do not carry over to unread ones. This
module holds a multinomial logistic model of the words around a figure, the organisation-shaped names before and
after it (known or not, their country and type), the countries of the page, and the rules' own reading, and lets it
replace the rules' side where it is at least THRESHOLD sure of another one. The rules' side is kept in ``rules_side``
for the reviewer, and the side's basis says "word model".

Why the model learns from the rules' *old* readings (tools/train_side_words.py): trained on today's rules' readings of
the pages they were written from, it learns that the rules are always right there and never overrules them (measured:
no gain). Trained on each batch as the rules read it before that batch was read, it learns how far they can be
trusted on a page they were not written from, which is what a user's page is. Measured that way on sixty batches
(tools/side_simulation.py --train asclean, each batch left out of its own model): 566 -> 592 of 756 sides right;
better on twenty batches, worse on four, by two at most. docs/import.md "Session 37".

Plain Python: the weights are a generated module, read the first time a document is extracted.
"""
from __future__ import annotations

import math
from collections import Counter

from .clauses import clause_span, head_phrase
from .funding_words import _CJK, call_words, tokens, verb_before

# the model's side replaces the rules' from this probability where the rules only guessed (from the bodies named, the
# currency, or nothing found); a payer the sentence names is never overruled. Chosen on the simulation (0.5 gains most
# there, 583 of 756, but overrules short plain sentences the rules read right: "Grants of £410,000 were awarded to the
# University of Leeds and JSPS will match them" became the UK's; at 0.8, 574, none of those)
THRESHOLDS = {"gazetteer": 0.8, "currency": 0.8, None: 0.8}
_WINDOW = 5       # words either side of the figure
_REACH = 200      # characters either side, within the clause, that the window reads


def word_features(text: str, p, calls: int) -> set[str]:
    """The words around a money proposal, its size, language and the page's call words (the shared word features of
    the models the tools try: tools/funding_flag_model.py and tools/side_model.py)."""
    cs, ce = clause_span(text, p.start, p.end, p.sentence_start, p.sentence_end)
    f = {f"hp:{w}" for w in tokens(head_phrase(text, p.start, p.end, cs, ce))}
    f |= {f"cl:{w}" for w in tokens(text[cs:p.start] + " " + text[p.end:ce])}
    before, after = tokens(text[max(cs, p.start - _REACH):p.start]), tokens(text[p.end:min(ce, p.end + _REACH)])
    f |= {f"b:{w}" for w in before[-_WINDOW:]} | {f"a:{w}" for w in after[:_WINDOW]}
    verb = verb_before(before)
    if verb:
        f.add(f"verb:{verb}")
    f.add(f"mag:{p.currency}:{int(math.log10(float(p.amount))) if p.amount > 0 else 0}")
    f.add(f"lang:{'ja' if _CJK.search(text[p.sentence_start:p.sentence_end]) else 'en'}")
    f.add(f"call:{calls}")
    return f


def _org_features(tag: str, o) -> set[str]:
    if o is None:
        return {f"{tag}:none"}
    head = tokens(o.text)[-1:] or ["?"]
    return {f"{tag}:known:{o.known}", f"{tag}:country:{o.country or '?'}", f"{tag}:type:{o.type or '?'}",
            f"{tag}:head:{head[0]}"}


def page_countries(organisations: list) -> Counter:
    """How many known bodies of each country the page names (its lean: British, Japanese or both)."""
    return Counter(o.country for o in organisations if o.known)


def features(text: str, p, orgs: list, countries: Counter, calls: int) -> set[str]:
    """The features of one money proposal after the rules have read it: their side, basis and kind, the figure's
    words, the names before it in its sentence and clause and after it, the countries in its sentence and page."""
    cs, _ce = clause_span(text, p.start, p.end, p.sentence_start, p.sentence_end)
    f = {"bias", f"rside:{p.side}", f"basis:{p.side_basis}", f"rkind:{p.money_kind}", f"cur:{p.currency}",
         f"range:{p.amount_min is not None}", f"contrib:{p.contributor is not None}:{p.contributor_text is not None}"}
    f |= word_features(text, p, calls)
    in_sentence = [o for o in orgs if p.sentence_start <= o.start and o.end <= p.sentence_end]
    f |= _org_features("ob", next((o for o in reversed(in_sentence) if o.end <= p.start), None))
    f |= _org_features("oa", next((o for o in in_sentence if o.start >= p.end), None))
    f |= _org_features("oc", next((o for o in reversed(in_sentence) if cs <= o.start and o.end <= p.start), None))
    f |= {f"sc:{o.country or ('co' if o.type == 'company' else '?')}" for o in in_sentence}
    gb, jp = countries["GB"], countries["JP"]
    f.add("doc:" + ("none" if gb == jp == 0 else "GB" if gb > 2 * jp else "JP" if jp > 2 * gb else "both"))
    return f


def probabilities(feats: set[str], classes: tuple[str, ...], weights: dict[str, tuple[float, ...]]) -> dict[str, float]:
    z = [0.0] * len(classes)
    for f in feats:
        w = weights.get(f)
        if w is not None:
            z = [a + b for a, b in zip(z, w)]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    s = sum(e)
    return {c: v / s for c, v in zip(classes, e)}


def _model() -> tuple[tuple[str, ...], dict[str, tuple[float, ...]]]:
    from . import side_words_weights as w   # (generated; imported on first use: start-up does not pay for it)
    return w.CLASSES, w.WEIGHTS


def second_side(text: str, money: list, organisations: list, model=None) -> None:
    """Give a funding figure the model's side where it is at least THRESHOLD sure of another one than the rules'
    (the rules' side kept in ``rules_side``; a payer the rules named for their side is no longer claimed); a
    conversion follows the figure it restates."""
    classes, weights = model or _model()
    calls, countries = call_words(text), page_countries(organisations)
    by_id = {p.id: p for p in money}
    for p in money:
        if p.converted_from or not p.is_funding:
            continue
        probs = probabilities(features(text, p, organisations, countries, calls), classes, weights)
        best = max(probs, key=probs.get)
        p.side_score = round(probs[best], 3)
        if best != p.side and probs[best] >= THRESHOLDS.get(p.side_basis, 2.0):
            p.rules_side, p.rules_side_basis = p.side, p.side_basis
            p.side, p.side_basis = best, "word model"
            p.contributor = p.contributor_text = None
    for p in money:
        src = by_id.get(p.converted_from) if p.converted_from else None
        if src is not None and src.side_basis == "word model":
            p.side, p.side_basis, p.rules_side = src.side, src.side_basis, src.rules_side
            p.contributor = p.contributor_text = None
