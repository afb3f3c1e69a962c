"""Does a funding-flag model that also reads the rules' own decision beat the words-only veto, when both learn from the
rules' readings of pages they had not been written from (issue 15, session 37)? tools/side_simulation.py showed that
for the side: trained on today's readings a model learns to agree with the rules, trained on old readings it learns
where they fail. This asks the same of the funding flag.

    python tools/flag_simulation.py [--work DIR]

Each simulated batch (side_simulation.ROUNDS) is proposed by the rules of the commit before its round, word models off
(the rules alone); every other batch's readings train two logistic models (train_funding_words.fit): "words" (today's
veto features, funding_words.features) and "words+rules" (those and the rules' kind, kind basis, flag and side). Each
batch is scored with the evaluation's funding measure for: the rules alone; the rules with the words model's veto at
0.2 and its ticks at 0.9 (today's design); the words+rules model alone at thresholds 0.3-0.6.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from side_simulation import DUMP_HEAD, ROUNDS, dump, old_rules  # noqa: E402
import numpy as np  # noqa: E402
from train_funding_words import ITERATIONS, L2, MIN_COUNT, RATE  # noqa: E402
from veto_simulation import score  # noqa: E402

from heldout_eval import HELDOUT  # noqa: E402
from ukjp_desktop.core.extract.funding_words import call_words, features, probability  # noqa: E402

# every proposal of a batch's pages (conversions aside), the rules alone: plain fields and which fact it matches
_DUMP = DUMP_HEAD + r"""
for name, stem, r, facts in readings(rules_alone=True):
    props = []
    for p in r.money:
        if p.converted_from:
            continue
        e = _money_match(p, facts)
        row = {k: getattr(p, k) for k in P}
        row.update(amount=str(p.amount), ranged=p.amount_min is not None,
                   kind_basis=getattr(p, "kind_basis", "words"),
                   fact=None if e is None else next(i for i, x in enumerate(facts) if x is e))
        props.append(row)
    fund = [i for i, e in enumerate(facts) if e.get("is_funding") and not e.get("converted_from")]
    print(json.dumps({"split": name, "stem": stem, "fund": fund, "props": props}))
"""


def pages(batch: str, work: Path) -> list[dict]:
    docs = dump(lambda: old_rules(batch, work), [batch], work / f"flag-{batch}.jsonl", _DUMP)
    for d in docs:
        text = (HELDOUT / f"{d['stem']}.txt").read_text(encoding="utf-8")
        calls = call_words(text)
        for it in d["props"]:
            p = SimpleNamespace(**it)
            p.amount, p.amount_min = Decimal(it["amount"]), (0 if it["ranged"] else None)
            words = features(text, p, calls)
            it["words"] = sorted(words)
            it["both"] = sorted(words | {f"rkind:{p.money_kind}", f"kb:{p.kind_basis}", f"rflag:{p.is_funding}",
                                         f"rside:{p.side}", f"rbasis:{p.side_basis}"})
            it["label"] = int(it["fact"] is not None and it["fact"] in d["fund"])
            it["conv"] = False   # (conversions are left out of the dump: veto_simulation.score skips them)
    return docs


def fit(data: list[tuple[list[str], int]]) -> tuple[float, dict[str, float]]:
    """train_funding_words.fit's model and settings, with the examples held sparse: sixty batches' proposals as a dense
    matrix made each fit take half a minute; the same sums, in another order."""
    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    index = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    rows = [[index[f] for f in feats if f in index] for feats, _ in data]
    cols = np.array([i for r in rows for i in r], dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    y = np.array([float(label) for _, label in data])
    w, bias, n = np.zeros(len(index)), 0.0, len(y)
    for _ in range(ITERATIONS):
        z = np.bincount(row_of, weights=w[cols], minlength=n) + bias
        err = 1 / (1 + np.exp(-np.clip(z, -30, 30))) - y
        w -= RATE * (np.bincount(cols, weights=err[row_of], minlength=len(index)) / n + L2 / n * w)
        bias -= RATE * err.sum() / n
    return round(bias, 4), {f: round(float(w[i]), 4) for f, i in index.items() if round(float(w[i]), 4) != 0.0}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ukjp-side-simulation")
    args = ap.parse_args()
    by_batch = {b: pages(b, args.work) for b in ROUNDS}
    total: dict[str, list[int]] = {}
    def cell(s: list[int]) -> str:
        tp, fp, fn = s
        return (f"{tp}/{fp}/{fn} P {tp / max(1, tp + fp):.1%} R {tp / max(1, tp + fn):.1%} "
                f"F1 {2 * tp / max(1, 2 * tp + fp + fn):.1%}")
    for batch, test in by_batch.items():
        rest = [p for b, ds in by_batch.items() if b != batch for d in ds for p in d["props"]]
        wb, ww = fit([(p["words"], p["label"]) for p in rest])
        bb, bw = fit([(p["both"], p["label"]) for p in rest])
        pw = {id(p): probability(p["words"], wb, ww) for d in test for p in d["props"]}
        pb = {id(p): probability(p["both"], bb, bw) for d in test for p in d["props"]}
        row = {"rules": score(test, lambda p: p["is_funding"]),
               "veto+ticks": score(test, lambda p: pw[id(p)] >= (0.2 if p["is_funding"] else 0.9))}
        for v, t in ((0.1, 0.9), (0.3, 0.9), (0.4, 0.9), (0.2, 0.8), (0.2, 0.95), (0.3, 0.8)):   # today's design's grid
            row[f"veto {v} ticks {t}"] = score(test, lambda p, v=v, t=t: pw[id(p)] >= (v if p["is_funding"] else t))
        for t in (0.3, 0.4, 0.5, 0.6):
            row[f"both {t}"] = score(test, lambda p, t=t: pb[id(p)] >= t)
        for t in (0.2, 0.3):
            row[f"veto(both) {t}"] = score(test, lambda p, t=t: p["is_funding"] and pb[id(p)] >= t)
        for k, s in row.items():
            total[k] = [a + b for a, b in zip(total.get(k, [0, 0, 0]), s)]
        print(f"{batch:<7} " + " | ".join(f"{k} {s[0]}/{s[1]}/{s[2]}" for k, s in row.items()), flush=True)
    for k, s in total.items():
        print(f"summed {k:<14} {cell(s)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
