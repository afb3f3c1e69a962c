"""Learn the funding flag (is_funding) of a money mention from the keyed held-out documents, and test
whether it beats the rules on splits it was not trained on (issue 15, session 22 round 5).

    python tools/funding_flag_model.py [--words-only]   # leave-one-split-out table over the seen splits

--words-only leaves the rules' decision, kind and side out of the features (the model learns from words alone).

Every money proposal (conversions aside) of every seen document is one example: its label is whether the key
says it is a funding fact (a proposal that matches no keyed figure is not). The features are general by
construction (words, not documents): the words of the figure's clause and of its noun phrase
(core/extract/clauses.py), the nearest verb before it, the words just before and after it, the rules' own
decision and money kind, the proposed side, and document-level cues (call words, currency, magnitude,
language). The model is a logistic regression trained by plain gradient descent in a fixed order: the same
data give the same weights.

For each of the nine seen splits it trains on the other eight and scores the ninth with the evaluation's own
funding measure, for the rules alone, the model alone, and the rules with the model as a veto. The model would
be adopted only if it beats the rules on the splits it was not trained on, on average, with recall >= 90% in
every fold. Pure Python, no new dependency.
"""
from __future__ import annotations

import math
import sys
import tomllib
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from extract_eval import Score  # noqa: E402
from heldout_eval import HELDOUT, SEEN, _money_key, _money_match, split  # noqa: E402
from ukjp_desktop.core.extract import propose  # noqa: E402
from ukjp_desktop.core.extract.funding_words import _CALL  # noqa: E402
from ukjp_desktop.core.extract.organisations import default_gazetteer  # noqa: E402
from ukjp_desktop.core.extract.side_words import word_features as side_word_features  # noqa: E402

_RULE_FEATURES = ("rule:", "kind:", "side:", "basis:")
EPOCHS, RATE, L2 = 60, 0.1, 1e-3
# rules+model: a figure the rules call funding stays funding unless the model's probability is below a threshold,
# chosen from this grid on the training splits only (choose_veto)
VETO_GRID = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
MIN_RECALL = 0.90


def features(text: str, p, doc_cues: dict) -> set[str]:
    """The features of one money proposal (after the rules have run on it)."""
    f = {"bias", f"rule:{p.is_funding}", f"kind:{p.money_kind}", f"side:{p.side}", f"basis:{p.side_basis}",
         f"cur:{p.currency}", f"range:{p.amount_min is not None}"}
    return f | word_features(text, p, doc_cues)


def word_features(text: str, p, doc_cues: dict) -> set[str]:
    """The words around a money proposal (core/extract/side_words.word_features, shared with the side model)."""
    return side_word_features(text, p, doc_cues["call"])


def doc_cues(text: str) -> dict:
    return {"call": min(3, len(_CALL.findall(text)))}


# --- data -------------------------------------------------------------------------------------------------------

def load_split(name: str, gaz) -> list[dict]:
    """One entry per document: its proposals, their features and labels, and its key's funding facts."""
    docs = []
    for stem in split(name):
        text = (HELDOUT / f"{stem}.txt").read_text(encoding="utf-8")
        with (HELDOUT / f"{stem}.toml").open("rb") as fh:
            key = tomllib.load(fh)
        anchor = key.get("document_date")
        anchor = date.fromisoformat(anchor) if anchor and len(anchor) == 10 else None
        r = propose(text, document_date=anchor, gazetteer=gaz)
        facts = _money_key(text, key)
        cues = doc_cues(text)
        rows = []
        for p in r.money:
            if p.converted_from:
                continue
            e = _money_match(p, facts)
            label = bool(e is not None and e.get("is_funding") and not e.get("converted_from"))
            rows.append({"p": p, "x": features(text, p, cues), "y": label})
        docs.append({"stem": stem, "rows": rows, "facts": facts})
    return docs


# --- model ------------------------------------------------------------------------------------------------------

def train(rows: list[dict]) -> dict[str, float]:
    w: dict[str, float] = {}
    data = sorted(((sorted(r["x"]), r["y"]) for r in rows), key=lambda t: (t[0], t[1]))
    for _ in range(EPOCHS):
        for x, y in data:
            z = sum(w.get(k, 0.0) for k in x)
            g = (1 / (1 + math.exp(-max(-30.0, min(30.0, z))))) - y
            for k in x:
                w[k] = w.get(k, 0.0) - RATE * (g + L2 * w.get(k, 0.0))
    return {k: round(v, 4) for k, v in sorted(w.items()) if abs(v) >= 1e-4}


def prob(w: dict[str, float], x: set[str]) -> float:
    z = sum(w.get(k, 0.0) for k in x)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


# --- scoring (the evaluation's funding measure, with a chosen flag) --------------------------------------------

def score(docs: list[dict], flag) -> Score:
    s = Score()
    for d in docs:
        funding_facts = [e for e in d["facts"] if e.get("is_funding") and not e.get("converted_from")]
        found: set[int] = set()
        for r in d["rows"]:
            if not flag(r):
                continue
            e = _money_match(r["p"], d["facts"])
            if e is not None and e in funding_facts and id(e) not in found:
                found.add(id(e))
                s.tp += 1
            else:
                s.fp += 1
        s.fn += len(funding_facts) - len(found)
    return s


def choose_veto(splits: dict[str, list[dict]]) -> float:
    """The veto threshold for rules+model, chosen on the training splits alone: leave one of them out at a time,
    and take the highest threshold that keeps the rules+model recall >= MIN_RECALL on every one of them
    (precision breaks ties the same way: a higher threshold vetoes more)."""
    probs: list[tuple[list[dict], dict[int, float]]] = []
    for held, docs in splits.items():
        w = train([r for n, ds in splits.items() if n != held for d in ds for r in d["rows"]])
        probs.append((docs, {id(r): prob(w, r["x"]) for d in docs for r in d["rows"]}))
    best = 0.0
    for t in VETO_GRID:
        if all(score(docs, lambda r: r["p"].is_funding and ps[id(r)] >= t).recall >= MIN_RECALL
               for docs, ps in probs):
            best = t
    return best


def main() -> int:
    gaz = default_gazetteer()
    by_split = {n: load_split(n, gaz) for n in SEEN}
    rows = [r for docs in by_split.values() for d in docs for r in d["rows"]]
    print(f"{len(rows)} money mentions (conversions aside) in {sum(len(v) for v in by_split.values())} documents, "
          f"{sum(r['y'] for r in rows)} of them keyed funding facts; the rules flag {sum(r['p'].is_funding for r in rows)}")
    print(f"{'fold':<7}{'docs':>5}  {'rules P/R':>15}  {'model P/R':>15}  {'rules+model P/R':>17}")
    sums = {"rules": [0.0, 0.0], "model": [0.0, 0.0], "both": [0.0, 0.0]}
    ok = {"model": True, "both": True}
    words_only = "--words-only" in sys.argv
    if words_only:   # the model without the rules' own decision, kind and side among its features
        for docs in by_split.values():
            for d in docs:
                for r in d["rows"]:
                    r["x"] = {k for k in r["x"] if not k.startswith(_RULE_FEATURES)}
    vetoes: list[float] = []
    for held in SEEN:
        rest = [n for n in SEEN if n != held]
        w = train([r for n in rest for d in by_split[n] for r in d["rows"]])
        veto = choose_veto({n: by_split[n] for n in rest})
        docs = by_split[held]
        res = {"rules": score(docs, lambda r: r["p"].is_funding),
               "model": score(docs, lambda r: prob(w, r["x"]) >= 0.5),
               "both": score(docs, lambda r: r["p"].is_funding and prob(w, r["x"]) >= veto)}
        vetoes.append(veto)
        for k, sc in res.items():
            sums[k][0] += sc.precision
            sums[k][1] += sc.recall
            if k in ok and sc.recall < 0.9:
                ok[k] = False
        cell = lambda sc: f"{sc.precision:>6.1%} {sc.recall:>6.1%}"  # noqa: E731
        print(f"{held:<7}{len(docs):>5}  {cell(res['rules']):>15}  {cell(res['model']):>15}  {cell(res['both']):>17}")
    n = len(SEEN)
    print(f"{'mean':<7}{'':>5}  " + "  ".join(f"{sums[k][0] / n:>6.1%} {sums[k][1] / n:>6.1%}".rjust(15 if k != 'both' else 17)
                                             for k in ("rules", "model", "both")))
    print("veto thresholds chosen on the training splits: " + ", ".join(f"{v:.2f}" for v in vetoes))
    print(f"recall >= 90% in every fold: model {ok['model']}, rules+model {ok['both']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
