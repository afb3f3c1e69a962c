"""Learn the paying side (UK / Japan / joint / private / other) of a money figure, and separately its money kind,
from the keyed figures of the seen held-out documents, and test whether the model beats the rules on splits it was
not trained on (issue 15, session 25 round 10).

    python tools/side_model.py [side|kind] [--words-only] [--l2 X] [--curve]   # leave-one-split-out tables

--words-only leaves the rules' own side, basis, kind and contributor out of the features; --l2 sets the weight decay
(default 1e-3); --curve prints, instead of the tables, the model alone trained on 2, 4, 6, 8 and 11 splits.

Every money proposal that matches a keyed figure (conversions aside) of every seen document is one example: for
the side, its label is the key's side (figures the key gives no side are left out of training); for the kind, the
key's money kind. The features are general by construction (words and shapes, not documents): the words of the
figure's clause and of its noun phrase (core/extract/clauses.py), the nearest verb before it, the words just
before and after it, the nearest organisation-shaped names before and after it in its sentence (known to the
gazetteer or not, its country, its type, its head word), the countries of the organisations in the sentence and in
the document, the currency, the order of magnitude, the language, the rules' own side, basis and kind, and the
document's call words. The model is a multinomial logistic regression trained by full-batch gradient descent
(numpy, fixed order and start): the same data give the same weights.

For each of the twelve seen splits it trains on the other eleven and scores the twelfth with the evaluation's own
side and kind measures (tests/heldout_eval.py), for the rules alone, the model alone, and rules+model: the model
overrides the rules only where its probability reaches a threshold, and (side only) optionally only where the
rules' basis is weak (currency, gazetteer or none). Scope and threshold are chosen on the eleven training splits
alone, by an inner leave-one-split-out. The adoption rule is in docs/import.md ("Session 25, round 10").
"""
from __future__ import annotations

import sys
import tomllib
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from heldout_eval import HELDOUT, SEEN, _money_key, _money_match, split  # noqa: E402
from ukjp_desktop.core.extract import propose  # noqa: E402
from ukjp_desktop.core.extract.funding_words import call_words  # noqa: E402
from ukjp_desktop.core.extract.side_words import UNTOLD, features, page_countries  # noqa: E402
from ukjp_desktop.core.extract.organisations import default_gazetteer  # noqa: E402

SIDES = ("UK", "Japan", "joint", "private", "other")
# the classes of the shipped model (tools/train_side_words.py, session 59): the sides and "the text does not say"
SIDE_CLASSES = SIDES + (UNTOLD,)
KINDS = ("funding", "investment", "trade", "market", "price", "other")
WEAK_BASES = (None, "currency", "gazetteer")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
STEPS, RATE = 300, 0.5
L2 = 1e-3
_RULE_FEATURES = ("rside:", "basis:", "rkind:", "contrib:")


# --- data -------------------------------------------------------------------------------------------------------

def load_split(name: str, gaz) -> list[dict]:
    """One entry per document: every matched figure's features with its key's side and kind, and the items the
    evaluation scores (side: funding facts found; kind: figures found, conversions aside)."""
    docs = []
    for stem in split(name):
        text = (HELDOUT / f"{stem}.txt").read_text(encoding="utf-8")
        with (HELDOUT / f"{stem}.toml").open("rb") as fh:
            key = tomllib.load(fh)
        anchor = key.get("document_date")
        anchor = date.fromisoformat(anchor) if anchor and len(anchor) == 10 else None
        r = propose(text, document_date=anchor, gazetteer=gaz)
        facts = _money_key(text, key)
        calls, countries = call_words(text), page_countries(r.organisations)
        rows: dict[int, dict] = {}

        def row(p) -> dict:
            if id(p) not in rows:
                rows[id(p)] = {"p": p, "x": features(text, p, r.organisations, countries, calls)}
            return rows[id(p)]

        side_items, kind_items, train_side, train_kind = [], [], [], []
        funding_facts = [e for e in facts if e.get("is_funding") and not e.get("converted_from")]
        found: set[int] = set()
        for p in r.money:   # the side measure of heldout_eval.score_document
            if not p.is_funding or p.converted_from:
                continue
            e = _money_match(p, facts)
            if e is not None and e in funding_facts and id(e) not in found:
                found.add(id(e))
                side_items.append((row(p), e.get("side")))
        seen: set[int] = set()
        for p in r.money:   # the kind measure
            e = _money_match(p, facts)
            if e is None or id(e) in seen:
                continue
            seen.add(id(e))
            if e.get("converted_from"):
                continue
            kind_items.append((row(p), e.get("money_kind")))
            if e.get("side") in SIDES:
                train_side.append((row(p), e["side"]))
            if e.get("money_kind") in KINDS:
                train_kind.append((row(p), e["money_kind"]))
        docs.append({"stem": stem, "side_items": side_items, "kind_items": kind_items,
                     "train_side": train_side, "train_kind": train_kind})
    return docs


# --- model ------------------------------------------------------------------------------------------------------

class Model:
    """Multinomial logistic regression over binary features, trained by full-batch gradient descent from zero."""

    def __init__(self, examples: list[tuple[dict, str]], classes: tuple[str, ...]):
        self.classes = classes
        l2 = L2
        vocab = sorted({k for r, _ in examples for k in r["x"]})
        self.index = {k: i for i, k in enumerate(vocab)}
        # the examples as a sparse matrix: the feature indices of every row, flat, and where each row starts
        idx = [sorted(self.index[k] for k in r["x"]) for r, _ in examples]
        cols = np.array([i for row in idx for i in row])
        row_of = np.repeat(np.arange(len(idx)), [len(row) for row in idx])
        starts = np.cumsum([0] + [len(row) for row in idx[:-1]])
        y = np.zeros((len(examples), len(classes)))
        y[np.arange(len(examples)), [classes.index(c) for _, c in examples]] = 1.0
        w = np.zeros((len(vocab), len(classes)))
        for _ in range(STEPS):
            d = (_softmax(np.add.reduceat(w[cols], starts, axis=0)) - y) / len(examples)
            g = np.stack([np.bincount(cols, weights=d[row_of, c], minlength=len(vocab))
                          for c in range(len(classes))], axis=1)
            w -= RATE * (g + l2 * w)
        self.w = w

    def probs(self, r: dict) -> dict[str, float]:
        idx = [self.index[k] for k in r["x"] if k in self.index]
        z = self.w[idx].sum(axis=0) if idx else np.zeros(len(self.classes))
        return dict(zip(self.classes, _softmax(z[None, :])[0].tolist()))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


# --- rules+model ------------------------------------------------------------------------------------------------

def rule_value(r: dict, what: str) -> str | None:
    return r["p"].side if what == "side" else r["p"].money_kind


def combined(r: dict, probs: dict[str, float], what: str, scope: str, t: float) -> str | None:
    """The rules' value unless the model is at least t sure of another one (and, for scope "weak", the rules read
    the side from the currency, the gazetteer or nothing)."""
    best = max(probs, key=probs.get)
    if probs[best] < t or (scope == "weak" and r["p"].side_basis not in WEAK_BASES):
        return rule_value(r, what)
    return best


def right(items, value) -> int:
    return sum(value(r) == key for r, key in items)


def choose(splits: dict[str, list[dict]], what: str, classes) -> tuple[str, float]:
    """Scope and threshold, chosen on the training splits alone: leave each out in turn, train on the rest, and
    take the choice with the most right over them (the more cautious one on a tie: weak scope, higher threshold)."""
    scored: list[tuple[list, dict]] = []
    for held, docs in splits.items():
        m = Model([ex for n, ds in splits.items() if n != held for d in ds for ex in d[f"train_{what}"]], classes)
        items = [it for d in docs for it in d[f"{what}_items"]]
        scored.append((items, {id(r): m.probs(r) for r, _ in items}))
    scopes = ("weak", "all") if what == "side" else ("all",)
    best, best_n = ("none", 2.0), sum(right(items, lambda r: rule_value(r, what)) for items, _ in scored)
    for t in sorted(THRESHOLDS, reverse=True):
        for scope in scopes:
            n = sum(right(items, lambda r: combined(r, ps[id(r)], what, scope, t)) for items, ps in scored)
            if n > best_n:
                best, best_n = (scope, t), n
    return best


def evaluate(by_split: dict[str, list[dict]], what: str, classes) -> list[tuple]:
    out = []
    for held in SEEN:
        rest = {n: by_split[n] for n in SEEN if n != held}
        m = Model([ex for ds in rest.values() for d in ds for ex in d[f"train_{what}"]], classes)
        scope, t = choose(rest, what, classes)
        items = [it for d in by_split[held] for it in d[f"{what}_items"]]
        ps = {id(r): m.probs(r) for r, _ in items}
        out.append((held, len(by_split[held]), len(items),
                    right(items, lambda r: rule_value(r, what)),
                    right(items, lambda r: max(ps[id(r)], key=ps[id(r)].get)),
                    right(items, lambda r: combined(r, ps[id(r)], what, scope, t)),
                    f"{scope} {t:.2f}" if scope != "none" else "rules"))
        for r, key in items:   # where the model alone disagrees with the rules, and who is right
            mine = max(ps[id(r)], key=ps[id(r)].get)
            if mine != rule_value(r, what):
                group = r["p"].side_basis if what == "side" else r["p"].money_kind
                DISAGREE.setdefault((what, group), Counter())[
                    "model" if mine == key else "rules" if rule_value(r, what) == key else "neither"] += 1
        print(f"  {what} fold {held} done", file=sys.stderr, flush=True)
    return out


# (measure, the rules' basis or kind) -> who was right where the model alone and the rules disagree, held out
DISAGREE: dict[tuple[str, str | None], Counter] = {}


def verdict(rows: list[tuple]) -> str:
    total_rules, total_both = sum(r[3] for r in rows), sum(r[5] for r in rows)
    nontrivial = [r for r in rows if r[3] < r[2]]
    wins = sum(r[5] > r[3] for r in nontrivial)
    worst = min(r[5] - r[3] for r in rows)
    ok = total_both > total_rules and wins >= 6 and worst >= -1
    return (f"summed: rules {total_rules}, rules+model {total_both}; wins on {wins} of {len(nontrivial)} non-trivial "
            f"folds; worst fold {worst:+d} -> {'ADOPT' if ok else 'do not adopt'}")


def print_table(what: str, rows: list[tuple]) -> None:
    pct = lambda n, d: f"{n / d:.1%} ({n}/{d})" if d else "n/a"  # noqa: E731
    print(f"\n{what}: | fold (docs) | rules | model | rules+model | chosen on training folds |")
    for held, docs, n, ru, mo, bo, ch in rows:
        print(f"| {held} ({docs}) | {pct(ru, n)} | {pct(mo, n)} | {pct(bo, n)} | {ch} |")
    n = sum(r[2] for r in rows)
    print(f"| **seen** | {pct(sum(r[3] for r in rows), n)} | {pct(sum(r[4] for r in rows), n)} | "
          f"{pct(sum(r[5] for r in rows), n)} | |")
    print(verdict(rows))
    by = "basis" if what == "side" else "kind"
    print(f"held out, where the model alone disagrees with the rules (by the rules' {by}): "
          + "; ".join(f"{g}: model right {c['model']}, rules right {c['rules']}, neither {c['neither']}"
                      for (w, g), c in sorted(DISAGREE.items(), key=lambda t: str(t[0])) if w == what))


def curve(by_split: dict[str, list[dict]], what: str, classes) -> str:
    """The model alone, held out, trained on the first k of the other splits (in SPLITS order): does it gain with
    data? Summed over the twelve folds."""
    out = []
    for k in (2, 4, 6, 8, 11):
        n = total = 0
        for held in SEEN:
            rest = [s for s in SEEN if s != held][:k]
            m = Model([ex for s in rest for d in by_split[s] for ex in d[f"train_{what}"]], classes)
            items = [it for d in by_split[held] for it in d[f"{what}_items"]]
            n += right(items, lambda r: max(m.probs(r).items(), key=lambda t: t[1])[0])
            total += len(items)
        out.append(f"{k} splits {n / total:.1%} ({n}/{total})")
    return f"{what}, the model alone by training splits: " + ", ".join(out)


def main() -> int:
    global L2
    args = sys.argv[1:]
    if "--l2" in args:
        L2 = float(args[args.index("--l2") + 1])
    gaz = default_gazetteer()
    by_split = {n: load_split(n, gaz) for n in SEEN}
    if "--words-only" in args:
        for docs in by_split.values():
            for d in docs:
                for r, _ in d["kind_items"] + d["side_items"] + d["train_side"] + d["train_kind"]:
                    r["x"] = {k for k in r["x"] if not k.startswith(_RULE_FEATURES)}
    ts = [ex for ds in by_split.values() for d in ds for ex in d["train_side"]]
    tk = [ex for ds in by_split.values() for d in ds for ex in d["train_kind"]]
    print(f"{sum(len(v) for v in by_split.values())} documents; {len(ts)} figures with a keyed side "
          f"({dict(Counter(c for _, c in ts))}), {len(tk)} with a keyed kind ({dict(Counter(c for _, c in tk))})")
    for what, classes in (("side", SIDES), ("kind", KINDS)):
        if what in args or not {"side", "kind"} & set(args):
            print(curve(by_split, what, classes)) if "--curve" in args else print_table(
                what, evaluate(by_split, what, classes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
