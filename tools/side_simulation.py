"""How a learned paying side would have done on pages nobody had read (issue 15, session 37): each read batch is scored
with the rules as they stood before it was read (tools/veto_simulation.py's rounds, and the later ones), and with a
side model (tools/side_model.py's features and multinomial logistic regression) trained on every other seen batch
as today's rules read them. That is the model's real situation: trained where the rules are in-sample and right,
used where they are not.

    python tools/side_simulation.py [--work DIR] [--words-only] [--batches test60,test61,...] [--train asclean [--forward]]

The measure is the evaluation's side measure: of the funding facts found (a funding figure that matches a keyed
funding fact, the first per fact), the share whose side is the key's. Printed per batch and summed: the rules; the
model alone; and the rules with the model taking over where it is at least T sure of another side, either
everywhere ("all") or only where the rules' basis is weak (currency, gazetteer or none: "weak"); and "shipped", the
scope and threshold core/extract/side_words.py uses (may_overrule, THRESHOLD).

Old rules run in a git worktree of the commit before each round (kept under DIR with one JSON dump per batch, as
veto_simulation does); they only propose and report plain fields, and today's feature code reads those fields, so
every batch gets the same features whatever the age of its rules. Slow the first time (a worktree and a dump per
round, and one dump of today's rules on every seen page), then about a minute. The dumps are cached by batch name:
delete DIR after changing _DUMP or a batch's pages. --clean scores the clean batches with every setting at once: it
is the honest figure only the first time it is run for a given model.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from heldout_eval import CLEAN, HELDOUT, SEEN  # noqa: E402
import side_model  # noqa: E402
from side_model import _RULE_FEATURES, SIDE_CLASSES, SIDES, WEAK_BASES, Model  # noqa: E402
from veto_simulation import ROUNDS as _VETO_ROUNDS  # noqa: E402

from ukjp_desktop.core.extract.funding_words import call_words  # noqa: E402
from ukjp_desktop.core.extract.side_words import (  # noqa: E402
    THRESHOLD, UNTOLD, features, may_overrule, page_countries, refuses)

# the rounds after the veto simulation's: each batch and the commit of the round that read it
ROUNDS = {**_VETO_ROUNDS, "test65": "551aab0", "test67": "cf5a3f4", "test68": "f0ce7cc", "test69": "d2ca61d",
          "test70": "35b031b", "test71": "9924a5c", "test72": "8ecc107", "test73": "ba46b40", "test74": "ca57470",
          "test75": "a9bb3d5", "test76": "0106fb6", "test77": "b040e39", "test78": "e467ed1", "test79": "5277d5e",
          "test80": "a4fdc86", "test81": "6fc42a7", "test82": "ab561c3", "test83": "ab561c3", "test84": "ab561c3",
          "test85": "0ad0008", "test86": "0858a23", "test87": "0858a23", "test88": "0858a23",
          "test89": "d62940f", "test90": "dee3f48", "test91": "b8d9e4d", "test92": "b8d9e4d",
          "test93": "c7523bd", "test94": "ba87f83", "test95": "ba87f83", "test96": "ba87f83",
          "test97": "83cd3aa", "test98": "aeb38bd", "test99": "85fc340",
          "test100": "aa47aa3", "test101": "e7e6f91",
          "test102": "5163529", "test103": "e07e0e7", "test104": "63d4884", "test105": "b53b781", "test106": "bd36d8c", "test107": "f156168", "test108": "abe96ee", "test109": "e22af50", "test110": "fc48126", "test111": "b2d355e", "test112": "99f91a0", "test113": "33ded4c", "test114": "1695c4a", "test115": "0d58f71", "test116": "eba6efc", "test117": "c8dd2ae", "test118": "7912814", "test119": "88e8705", "test120": "71c49b4", "test121": "c85ca00", "test122": "fe594d4", "test123": "7d185e2", "test124": "797987c", "test125": "8f201b3", "test126": "b13bda0", "test127": "6894755", "test128": "b905279", "test129": "c29b5e4", "test130": "8416392", "test131": "d3248a1", "test132": "0ac8f31", "test133": "48a8175", "test134": "78f79b1", "test135": "9c6f3c7", "test136": "b7d21b0", "test137": "d982792", "test138": "a09f129", "test139": "b432341", "test140": "2d923fb", "test141": "5a7b028", "test142": "6e8f449", "test143": "3f3fa8e", "test144": "05cfce5", "test145": "e40001a", "test146": "1dabe8b", "test147": "f48be70", "test148": "7f05c3a", "test149": "32ff786", "test150": "d04d647", "test151": "25c0556", "test152": "24a71bb", "test153": "fb80c5d", "test154": "1ff4cdd", "test155": "06a6874", "test156": "7fde0a5", "test157": "d75df9b", "test158": "bc0a703", "test159": "1ad74cf", "test160": "f4eca1b", "test161": "409a966", "test162": "c265a6e", "test163": "d9e5059", "test164": "d41d2ad", "test165": "d3bcab8", "test166": "6794da7", "test167": "16613cb", "test168": "067cc09", "test169": "0405f91", "test170": "ec71bba", "test171": "7e84fe3", "test172": "692df6e", "test173": "cfc63bb", "test174": "de418ad", "test175": "447dc9f", "test176": "b850fb8", "test177": "4731d89"}
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)

# run with some rules (an old worktree's or today's) on some splits, in a child process: the head every dump script
# starts with (its readings() yields each page as those rules read it), then the script's own loop printing plain
# fields, one JSON line per page
DUMP_HEAD = r"""
import inspect, json, sys, tomllib
from datetime import date
rules, today, names = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
sys.path[:0] = [rules, today + "/tests"]
from heldout_eval import HELDOUT, _money_key, _money_match, split
from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.organisations import default_gazetteer
gaz = default_gazetteer()
P = ("start", "end", "sentence_start", "sentence_end", "side", "side_basis", "money_kind", "currency", "is_funding")
def readings(rules_alone=False):
    # (rules from session 30 on carry word models of their own: off, when the rules alone are asked for)
    kw = {"word_model": False} if rules_alone and "word_model" in inspect.signature(propose).parameters else {}
    for name in names:
        for stem in split(name):
            text = (HELDOUT / f"{stem}.txt").read_text(encoding="utf-8")
            with (HELDOUT / f"{stem}.toml").open("rb") as fh:
                key = tomllib.load(fh)
            a = key.get("document_date")
            a = date.fromisoformat(a) if a and len(a) == 10 else None
            yield name, stem, propose(text, document_date=a, gazetteer=gaz, **kw), _money_key(text, key)
"""

# the side's examples: every figure the evaluation's side measure scores, and every figure matching a keyed side
_DUMP = DUMP_HEAD + r"""
for name, stem, r, facts in readings():
    funding = [e for e in facts if e.get("is_funding") and not e.get("converted_from")]
    found, seen, items = set(), set(), []
    for p in r.money:
        if p.converted_from:
            continue
        e = _money_match(p, facts)
        if e is None:
            continue
        # scored: the evaluation's side measure (a funding figure, the first to match a funding fact);
        # train: every figure matching a keyed figure with a side, once per figure (side_model's examples)
        scored = bool(p.is_funding) and any(e is f for f in funding) and id(e) not in found
        if scored:
            found.add(id(e))
        train = id(e) not in seen and e.get("side") is not None
        seen.add(id(e))
        if scored or train:
            row = {k: getattr(p, k) for k in P}
            row.update(amount=str(p.amount), ranged=p.amount_min is not None,
                       contributor=p.contributor is not None,
                       contributor_text=getattr(p, "contributor_text", None) is not None,
                       key=e.get("side"), scored=scored, train=train)
            items.append(row)
    orgs = [{k: getattr(o, k) for k in ("start", "end", "text", "known", "country", "type")}
            for o in r.organisations]
    print(json.dumps({"split": name, "stem": stem, "items": items, "orgs": orgs}))
"""


def dump(rules, names: list[str], cache: Path, script: str = _DUMP) -> list[dict]:
    """The dumped readings of ``names`` by ``rules`` (a checkout's folder, or a callable making one: called only when
    the cache is missing, so that kept dumps need no worktree), by ``script`` (DUMP_HEAD and its own loop)."""
    if not cache.exists():
        rules = rules() if callable(rules) else rules
        out = subprocess.run([sys.executable, "-c", script, str(rules), str(ROOT), ",".join(names)], check=True,
                             capture_output=True, text=True).stdout
        cache.write_text(out, encoding="utf-8")
    return [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]


def old_rules(batch: str, work: Path) -> Path:
    wt = work / f"wt-{ROUNDS[batch]}"
    if not wt.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(wt), ROUNDS[batch] + "^"],
                       check=True)
    return wt


def examples(pages: list[dict], words_only: bool) -> list[dict]:
    """Every dumped figure with today's side features (computed from the dumped fields and the page's text)."""
    out = []
    for d in pages:
        text = (HELDOUT / f"{d['stem']}.txt").read_text(encoding="utf-8")
        orgs = [SimpleNamespace(**o) for o in d["orgs"]]
        calls, countries = call_words(text), page_countries(orgs)
        for it in d["items"]:
            p = SimpleNamespace(**it)
            p.amount = Decimal(it["amount"])
            p.amount_min = 0 if it["ranged"] else None
            p.contributor = True if it["contributor"] else None
            p.contributor_text = True if it["contributor_text"] else None
            x = features(text, p, orgs, countries, calls)
            if words_only:
                x = {k for k in x if not k.startswith(_RULE_FEATURES)}
            # (the label: the key's side, or UNTOLD for a funding fact found whose key leaves the side empty; the
            # dumps keep a figure with no keyed side only when it is scored, so those are the UNTOLD examples)
            out.append({"split": d["split"], "p": p, "x": x, "sentence": text[p.sentence_start:p.sentence_end],
                        "key": it["key"], "scored": it["scored"], "label": it["key"] or UNTOLD,
                        "train": (it["train"] and it["key"] in SIDES) or (it["scored"] and it["key"] is None)})
    return out


def with_model(r: dict, probs: dict[str, float], scope: str, t: float) -> str | None:
    best = max(probs, key=probs.get)
    if best == UNTOLD:   # (the model thinks the text does not say: the rules' reading stands)
        return r["p"].side
    if scope == "shipped":   # core/extract/side_words.py's own scope, refusals and threshold
        if not may_overrule(r["p"]) or refuses(best, r["p"], r["sentence"], 0, len(r["sentence"])):
            return r["p"].side
        t, scope = THRESHOLD, "all"
    if probs[best] < t or (scope == "weak" and r["p"].side_basis not in WEAK_BASES):
        return r["p"].side
    return best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ukjp-side-simulation")
    ap.add_argument("--words-only", action="store_true")
    ap.add_argument("--batches", default=",".join(ROUNDS))
    ap.add_argument("--train", choices=("today", "asclean"), default="today",
                    help="train on today's rules' readings of every seen page (in-sample: the rules are right "
                         "there), or on the old rules' readings of every other simulated batch (as unseen)")
    ap.add_argument("--clean", action="store_true",
                    help="also score the clean batches (today's rules, a model trained on every seen batch): "
                         "the honest figure, to be measured once")
    ap.add_argument("--forward", action="store_true",
                    help="with --train asclean: each batch's model learns only from the batches read before it "
                         "(ROUNDS order), as a user's page meets a model trained on the pages read so far")
    ap.add_argument("--show", action="store_true", help="print each change the model makes, with its sentence")
    ap.add_argument("--l2", type=float, default=side_model.L2)
    args = ap.parse_args()
    side_model.L2 = args.l2
    args.work.mkdir(parents=True, exist_ok=True)
    train_pages = dump(ROOT, list(SEEN), args.work / "train-today.jsonl")
    train = [e for e in examples(train_pages, args.words_only) if e["train"]]
    print(f"training figures (today's rules, every seen batch): {len(train)} {dict(Counter(e['key'] for e in train))}")
    if args.train == "asclean":
        train = [e for b in ROUNDS
                 for e in examples(dump(lambda b=b: old_rules(b, args.work), [b], args.work / f"dump-{b}.jsonl"),
                                   args.words_only) if e["train"]]
        print(f"training figures (old rules, as unseen): {len(train)} {dict(Counter(e['key'] for e in train))}")
    settings = [("shipped", 0.0), ("model", 0.0)] + [(s, t) for s in ("all", "weak") for t in THRESHOLDS]
    total, changed = Counter(), Counter()
    batches = args.batches.split(",")
    order = {b: i for i, b in enumerate(ROUNDS)}
    for batch in batches:
        rules = lambda: old_rules(batch, args.work)  # noqa: E731,B023 (called at once, inside this iteration)
        test = [e for e in examples(dump(rules, [batch], args.work / f"dump-{batch}.jsonl"),
                                    args.words_only) if e["scored"]]
        if args.forward:
            model = Model([(e, e["label"]) for e in train if order.get(e["split"], -1) < order[batch]], SIDE_CLASSES)
        else:
            model = Model([(e, e["label"]) for e in train if e["split"] != batch], SIDE_CLASSES)
        row = {"rules": sum(e["p"].side == e["key"] for e in test), "n": len(test)}
        for scope, t in settings:
            right = 0
            for e in test:
                probs = model.probs(e)
                side = max(probs, key=probs.get) if scope == "model" else with_model(e, probs, scope, t)
                right += side == e["key"]
            row[f"{scope} {t}"] = right
        for e in test:   # where the model (all, 0.5) changes the rules' side, by the rules' basis: who was right
            new = with_model(e, model.probs(e), "all", 0.5)
            if new != e["p"].side and args.show:
                pr = model.probs(e)
                print(f"    {e['p'].side}/{e['p'].side_basis} -> {new} {max(pr.values()):.2f} key {e['key']}: "
                      f"{e['sentence'][:240]!r}")
            if new != e["p"].side:
                changed[(e["p"].side_basis, "model" if new == e["key"] else
                         "rules" if e["p"].side == e["key"] else "neither")] += 1
        total.update(row)
        print(f"{batch:<7} n {row['n']:>3} rules {row['rules']:>3} | " +
              " ".join(f"{k}:{v}" for k, v in row.items() if k not in ("n", "rules")), flush=True)
    n = total["n"]
    print(f"summed over {len(batches)} batches, {n} facts found: rules {total['rules']} ({total['rules'] / n:.1%})")
    for k in [k for k in total if k not in ("n", "rules")]:
        print(f"  {k:<10} {total[k]} ({total[k] / n:.1%})")
    print("changed at all 0.5, by the rules' basis: " + ", ".join(f"{b} {w} {n}" for (b, w), n in sorted(
        changed.items(), key=str)))
    if args.clean:
        test = [e for e in examples(dump(ROOT, list(CLEAN), args.work / "clean-today.jsonl"), args.words_only)
                if e["scored"]]
        model = Model([(e, e["label"]) for e in train], SIDE_CLASSES)
        print(f"clean {','.join(CLEAN)}: n {len(test)} rules {sum(e['p'].side == e['key'] for e in test)}")
        for scope, t in settings:
            right = sum((max(pr, key=pr.get) if scope == "model" else with_model(e, pr, scope, t)) == e["key"]
                        for e in test for pr in [model.probs(e)])
            print(f"  {scope} {t}: {right}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
