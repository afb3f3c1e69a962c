"""How the funding flag's word model (core/extract/funding_words.py) would have done on pages nobody had read: each of
forty-four batches (test22-test64, test66) is scored with the rules as they stood before it was read (with the word
model those rules shipped switched off), and with a model trained only on the pages before it (issue 15, sessions 30,
32, 33 and 34; docs/import.md "Session 30", "Session 32", "Session 33", "Session 34").

    python tools/veto_simulation.py [--threshold 0.05] [--promote 0.9] [--work DIR]
    python tools/veto_simulation.py --batches test139:test168 --grid

(session 58) ``--batches FIRST:LAST`` scores the batches from FIRST to LAST of tools/side_simulation.py's ROUNDS (every
batch read since, with its round's commit) instead of the forty-four above, and ``--grid`` prints the summed scores of
the veto for thresholds 0 to 0.4 and promotions at 0.85 to 0.95 (or none) instead of one line per batch: how
THRESHOLD was chosen again in session 58 (docs/import.md "Session 58").

For each batch the commit before its round is checked out into a git worktree under DIR (kept between runs), the rules
of that commit propose on every page up to the batch (with today's keys and matching, from this checkout's tests/),
and the figures are scored with the evaluation's funding measure: the rules alone, the model alone, the rules with the
model's veto, and the veto with the model also ticking the figures of other kinds it scores at --promote or above
(funding_words.promote, session 35). Slow the first time (one worktree per round, one dump per batch kept under DIR),
then a few minutes (the fitting).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

from train_funding_words import fit  # noqa: E402

from ukjp_desktop.core.extract.funding_words import probability  # noqa: E402

# each batch and the commit of the round that read it: its parent holds the rules the batch was clean for
ROUNDS = {"test22": "b23f9f2", "test23": "65cd235", "test24": "4fe7624", "test25": "5952d22", "test26": "6c536f9",
          "test27": "506aba4", "test28": "1cb3220", "test29": "fe810e2", "test30": "ab93ada", "test31": "c1fe9e1",
          "test32": "674f4da", "test33": "5b2b828", "test34": "445b1c8", "test35": "9a1b778",
          "test36": "c5dd3e2", "test37": "6af075b", "test38": "ab35bb4", "test39": "ab35bb4", "test40": "ab35bb4",
          "test41": "be625a1", "test42": "be625a1", "test43": "fb3253e", "test44": "fb3253e", "test45": "1a6df60",
          "test46": "ae88a7d", "test47": "a6253d7", "test48": "912cd69", "test49": "912cd69", "test50": "8cd3689",
          "test51": "1976cc4", "test52": "2c99ccc", "test53": "fe997ee", "test54": "e41085b", "test55": "a7954b0",
          "test56": "fee2a45", "test57": "dde2f3b", "test58": "000bd29",
          "test59": "1c359d1", "test60": "14bacec",
          "test61": "14bacec", "test62": "367225a", "test63": "79a517d", "test64": "406d0a6",
          "test66": "a63e56d"}

# run inside an old worktree: its rules, today's keys and features; one JSON line per page
_DUMP = r"""
import inspect, json, re, sys, tomllib
from datetime import date
from pathlib import Path
old, today, batch = sys.argv[1:4]
sys.path[:0] = [old, today + "/tests"]
from heldout_eval import HELDOUT, SPLITS, _money_key, _money_match
from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.organisations import default_gazetteer
sys.path.insert(0, today)
# the features of today's module, on the old rules' proposals (its clause finder is the old one: what it had)
src = Path(today + "/ukjp_desktop/core/extract/funding_words.py").read_text(encoding="utf-8")
# (its relative imports read from the old tree: the clause finder and kinds it had)
src = re.sub(r"^from \.(\w+) import", r"from ukjp_desktop.core.extract.\1 import", src, flags=re.M)
fw = {"__name__": "funding_words"}
exec(compile(src, "funding_words", "exec"), fw)
with (HELDOUT / "SPLIT.toml").open("rb") as fh:
    splits = tomllib.load(fh)
gaz = default_gazetteer()
for name in SPLITS[:SPLITS.index(batch) + 1]:
    for stem in splits[name]:
        text = (HELDOUT / f"{stem}.txt").read_text(encoding="utf-8")
        with (HELDOUT / f"{stem}.toml").open("rb") as fh:
            key = tomllib.load(fh)
        a = key.get("document_date")
        a = date.fromisoformat(a) if a and len(a) == 10 else None
        facts = _money_key(text, key)
        calls = fw["call_words"](text)
        props = []
        # (rules from session 30 on carry a word model of their own: off, so that "rules" means the rules alone)
        kw = {"word_model": False} if "word_model" in inspect.signature(propose).parameters else {}
        for p in propose(text, document_date=a, gazetteer=gaz, **kw).money:
            e = _money_match(p, facts)
            props.append({"flag": bool(p.is_funding and not p.converted_from), "conv": bool(p.converted_from),
                          "fact": None if e is None else next(i for i, x in enumerate(facts) if x is e),
                          "x": [] if p.converted_from else sorted(fw["features"](text, p, calls))})
        fund = [i for i, e in enumerate(facts) if e.get("is_funding") and not e.get("converted_from")]
        print(json.dumps({"split": name, "fund": fund, "props": props}))
"""


def pages(batch: str, work: Path) -> list[dict]:
    cache = work / f"dump-{batch}.jsonl"   # (the old rules' proposals do not change: computed once)
    if cache.exists():
        return [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    wt = work / f"wt-{ROUNDS[batch]}"   # (one worktree per commit: batches read in one round share it)
    if not wt.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(wt), ROUNDS[batch] + "^"],
                       check=True)
    out = subprocess.run([sys.executable, "-c", _DUMP, str(wt), str(ROOT), batch], check=True,
                         capture_output=True, text=True).stdout
    cache.write_text(out, encoding="utf-8")
    return [json.loads(line) for line in out.splitlines()]


def score(docs: list[dict], flagged) -> list[int]:
    """The evaluation's funding measure: a figure flagged and matching a funding fact not yet found is right."""
    tp = fp = fn = 0
    for d in docs:
        found: set[int] = set()
        for p in d["props"]:
            if p["conv"] or not flagged(p):
                continue
            if p["fact"] is not None and p["fact"] in d["fund"] and p["fact"] not in found:
                found.add(p["fact"])
                tp += 1
            else:
                fp += 1
        fn += len(d["fund"]) - len(found)
    return [tp, fp, fn]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=0.05)
    ap.add_argument("--promote", type=float, default=0.9)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ukjp-veto-simulation")
    ap.add_argument("--batches", help="FIRST:LAST of side_simulation's ROUNDS (the batches read since session 30)")
    ap.add_argument("--grid", action="store_true", help="summed scores over a grid of thresholds and promotions")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rounds = ROUNDS
    if args.batches:
        from side_simulation import ROUNDS as every   # (imported here: side_simulation imports this module)
        first, last = args.batches.split(":")
        names = list(every)
        rounds = {b: every[b] for b in names[names.index(first):names.index(last) + 1]}
        ROUNDS.update(rounds)   # (pages() finds each batch's commit here)
    if args.grid:
        return _grid(rounds, args.work)
    total = {"rules": [0, 0, 0], "model": [0, 0, 0], "rules+veto": [0, 0, 0], "+promote": [0, 0, 0]}
    cell = lambda s: f"{s[0]}/{s[1]}/{s[2]} P {s[0] / max(1, s[0] + s[1]):.1%} R {s[0] / max(1, s[0] + s[2]):.1%}"  # noqa: E731
    for batch in rounds:
        test = _scored(batch, args.work)
        row = {"rules": score(test, lambda p: p["flag"]),
               "model": score(test, lambda p: p["prob"] >= 0.5),
               "rules+veto": score(test, lambda p: p["flag"] and p["prob"] >= args.threshold),
               "+promote": score(test, lambda p: p["prob"] >= (args.threshold if p["flag"] else args.promote))}
        for k, s in row.items():
            total[k] = [a + b for a, b in zip(total[k], s)]
        print(f"{batch:<7} " + " | ".join(f"{k} {cell(s)}" for k, s in row.items()), flush=True)
    print("summed  " + " | ".join(f"{k} {cell(s)}" for k, s in total.items()))
    return 0


def _scored(batch: str, work: Path) -> list[dict]:
    """The batch's pages, each figure with the probability a model trained on the pages before the batch gives it."""
    docs = pages(batch, work)
    train = [(p["x"], int(p["fact"] is not None and p["fact"] in d["fund"]))
             for d in docs if d["split"] != batch for p in d["props"] if not p["conv"]]
    bias, weights = fit(train)
    test = [d for d in docs if d["split"] == batch]
    for d in test:
        for p in d["props"]:
            if not p["conv"]:
                p["prob"] = probability(p["x"], bias, weights)
    return test


def _grid(rounds: dict[str, str], work: Path) -> int:
    scored = []
    for batch in rounds:
        scored += _scored(batch, work)
        print(f"fitted {batch}", flush=True)
    cell = lambda s: (f"{s[0]}/{s[1]}/{s[2]} P {s[0] / max(1, s[0] + s[1]):.1%} R {s[0] / max(1, s[0] + s[2]):.1%} "  # noqa: E731
                      f"F1 {2 * s[0] / max(1, 2 * s[0] + s[1] + s[2]):.1%}")
    print("rules alone  " + cell(score(scored, lambda p: p["flag"])))
    for threshold in (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
        for promote in (0.85, 0.9, 0.95, 1.01):
            flagged = (lambda t, q: lambda p: p["prob"] >= (t if p["flag"] else q))(threshold, promote)
            print(f"veto {threshold:<4} promote {promote if promote <= 1 else 'off':<4} " + cell(score(scored, flagged)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
