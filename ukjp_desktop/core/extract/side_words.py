"""A second opinion on the paying side, from the words and bodies around a funding figure (issue 15, session 37).

The rules (sides.py) read the payer from the clause, the bodies named and the currency. On pages nobody had read they
get about one side in four wrong, and the rounds that fix them on read pages do not carry over to unread ones. This
module holds a multinomial logistic model of the words around a figure, the organisation-shaped names before and
after it (known or not, their country and type), the countries of the page, and the rules' own reading, and lets it
replace the rules' weakest guesses where it is at least THRESHOLD sure of another side. The rules' side is kept in
``rules_side`` for the reviewer, and the side's basis says "word model".

Why the model learns from the rules' *old* readings (tools/train_side_words.py): trained on today's rules' readings of
the pages they were written from, it learns that the rules are always right there and never overrules them (measured:
no gain). Trained on each batch as the rules read it before that batch was read, it learns how far they can be
trusted on a page they were not written from, which is what a user's page is. Measured that way on sixty batches
(tools/side_simulation.py --train asclean, each batch left out of its own model), where it may overrule
(may_overrule) at THRESHOLD: 566 -> 571 of 756 sides right, five batches better, none worse. Session 59 chose the
scope and threshold again on 152 read batches, each batch's model trained only on the batches read before it
(side_simulation.py --forward): the old scope at 0.8 gained nothing there (1,117 of 1,529 sides right from test60
on, as the rules alone); with the figures the rules found no payer for added, at 0.5, and a class of its own for
"the text does not say" (UNTOLD), 1,136 (test110 on: 617 -> 627 of 855). Letting it overrule public bodies read from
the gazetteer as well gained 4 more and worsened one more batch; docs/import.md "Session 59".

Plain Python: the weights are a generated module, read the first time a document is extracted.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from .clauses import clause_span, head_phrase
from .funding_words import _CJK, call_words, tokens, verb_before

# the model's side replaces the rules' from this probability (session 59's forward simulation, test60 on, over
# may_overrule's scope: 0.5 gives 1,136 of 1,529, 22 batches better and 5 worse; 0.6: 1,128; 0.8: 1,119)
THRESHOLD = 0.5
# the model's class for "the text does not say who pays" (the key leaves such a figure's side empty): learnt so that a
# figure the rules deliberately leave without a payer (a bond issue with no taker named) stays without one
UNTOLD = "none"
# words that say a payer is the state's: where the rules found no payer, the model may not call such money private
_STATE_WORDS = re.compile(r"\b(?:government|state|public|pension\s+fund|sovereign|ministry|taxpayers?)\b|"
                          r"政府|国営|公的|官民|国有", re.I)
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
    for f in sorted(feats):   # (a fixed order: a figure at the threshold must not flip with the hash seed)
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


def may_overrule(p) -> bool:
    """Only the rules' weakest readings: a side from the currency alone, a company's own money read from the bodies
    named (a public grant to a company named beside it is the rules' usual miss there), or no payer found at all. Not
    a payer the sentence states; not a public body read from the gazetteer (the review of session 37: GPIF or the
    Japan Investment Corporation "investing" read as private money). (Session 37 also left out the figures with no
    payer, after "the state-backed fund will invest $300m" was read as private; on the 114 batches read since test60
    the model's side is right more often than an empty one there, and the reviewer sees it as the word model's, with
    how sure it is and that the rules found no payer.)"""
    return p.side_basis in (None, "currency") or (p.side_basis == "gazetteer" and p.side == "private")


def refuses(best: str, p, text: str, start: int, end: int) -> bool:
    """Whether the model's side ``best`` may not replace the rules' reading of ``p`` (its sentence text[start:end])
    however sure it is: UNTOLD, where the rules' reading stands, and private money for a figure with no payer found in
    a sentence that speaks of the state (review 59: "Japan's public pension fund will invest $2bn" is better left
    without a payer). Shared with tools/side_simulation.py, so that its "shipped" setting is what ships."""
    return best == UNTOLD or (best == "private" and p.side_basis is None
                              and _STATE_WORDS.search(text, start, end) is not None)


def second_side(text: str, money: list, organisations: list, model=None) -> None:
    """Give a funding figure the model's side where the rules only guessed it (may_overrule) and the model is at least
    THRESHOLD sure of another one (not UNTOLD; and not "private" for a figure with no payer in a sentence that speaks of
    the state): the rules' side kept in ``rules_side`` and ``rules_side_basis``, the model's certainty in
    ``side_score``; a payer the rules named for their side is no longer claimed. A conversion follows the figure it
    restates."""
    classes, weights = model or _model()
    calls, countries = call_words(text), page_countries(organisations)
    by_id = {p.id: p for p in money}
    for p in money:
        if p.converted_from or not p.is_funding or not may_overrule(p):
            continue
        probs = probabilities(features(text, p, organisations, countries, calls), classes, weights)
        best = max(probs, key=probs.get)
        if best != p.side and probs[best] >= THRESHOLD and not refuses(best, p, text, p.sentence_start, p.sentence_end):
            p.rules_side, p.rules_side_basis, p.side_score = p.side, p.side_basis, round(probs[best], 3)
            p.side, p.side_basis = best, "word model"
            p.contributor = p.contributor_text = None
    for p in money:
        src = by_id.get(p.converted_from) if p.converted_from else None
        if src is not None and src.side_basis == "word model":
            p.side, p.side_basis, p.contributor, p.contributor_text = src.side, src.side_basis, None, None
            p.rules_side, p.rules_side_basis, p.side_score = src.rules_side, src.rules_side_basis, src.side_score
