"""Scoring extraction against hand-written expectations (shared by the quality tests)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from ukjp_desktop.core.extract import propose

CORPUS = Path(__file__).resolve().parent / "extract_corpus"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _overlaps(p, text: str, doc: str) -> bool:
    """The expected phrase sits inside the proposal's span, or the proposal inside it."""
    return text in p.text or (p.text in text and text in doc[max(0, p.start - len(text)):p.end + len(text)])


def money_matches(p, e: dict, doc: str) -> bool:
    if not _overlaps(p, e["text"], doc):
        return False
    if p.amount != Decimal(e["amount"]) or p.currency != e["currency"]:
        return False
    if "amount_min" in e and p.amount_min != Decimal(e["amount_min"]):
        return False
    if bool(e.get("converted_from", False)) != bool(p.converted_from):
        return False
    for key in ("qualifier", "basis", "side", "is_funding"):
        if key in e and getattr(p, key) != e[key]:
            return False
    return True


def date_matches(p, e: dict, doc: str) -> bool:
    return _overlaps(p, e["text"], doc) and p.value == e["value"]


def _score(proposals, expected, matches, doc) -> tuple[Score, list, list]:
    s, left = Score(), list(expected)
    misses, extras = [], []
    for p in proposals:
        hit = next((e for e in left if matches(p, e, doc)), None)
        if hit is None:
            s.fp += 1
            extras.append(p.text)
        else:
            s.tp += 1
            left.remove(hit)
    s.fn = len(left)
    misses = [e["text"] for e in left]
    return s, misses, extras


def score_document(txt: Path) -> dict[str, tuple[Score, list, list]]:
    doc = txt.read_text(encoding="utf-8")
    with txt.with_suffix(".toml").open("rb") as fh:
        exp = tomllib.load(fh)
    anchor = date.fromisoformat(exp["document_date"]) if "document_date" in exp else None
    r = propose(doc, document_date=anchor)
    orgs_found = {o.slug or o.text for o in r.organisations}
    orgs_exp = set(exp.get("organisations", []))
    org_score = Score(len(orgs_found & orgs_exp), len(orgs_found - orgs_exp), len(orgs_exp - orgs_found))
    return {"money": _score(r.money, exp.get("money", []), money_matches, doc),
            "dates": _score(r.dates, exp.get("dates", []), date_matches, doc),
            "organisations": (org_score, sorted(orgs_exp - orgs_found), sorted(orgs_found - orgs_exp))}


def corpus_scores() -> tuple[dict[str, Score], dict[str, dict]]:
    totals = {k: Score() for k in ("money", "dates", "organisations")}
    per_doc = {}
    for txt in sorted(CORPUS.glob("*.txt")):
        result = score_document(txt)
        per_doc[txt.stem] = result
        for k, (s, _m, _x) in result.items():
            totals[k].add(s)
    return totals, per_doc


def table(title: str, totals: dict[str, Score]) -> str:
    lines = [title, f"  {'fact type':<14}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}"]
    for k, s in totals.items():
        lines.append(f"  {k:<14}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>11.1%}{s.recall:>8.1%}")
    return "\n".join(lines)


def curated_truth(dataset):
    """Per source: money (stated, amount, excerpt span), dates (value, span), org slugs."""
    truth = {slug: {"money": {}, "dates": {}, "orgs": set()} for slug in dataset.sources}
    for ini in dataset.initiatives.values():
        ex = {e.key: e for e in ini.excerpts}
        for f in ini.funding:
            e = ex[f.excerpt]
            at = e.start + e.text.index(f.stated)
            truth[e.source]["money"][(at, f.stated)] = f.amount_max or f.amount
            if f.conversion:
                c = f.conversion
                at_c = e.start + e.text.index(c["stated"])
                truth[e.source]["money"][(at_c, c["stated"])] = c["amount"]
        for d in ini.dates:
            if d.excerpt:
                e = ex[d.excerpt]
                truth[e.source]["dates"][(e.start, e.end, d.date.value)] = d.label
        for org, _role, key in ini.organisations:
            if key:
                truth[ex[key].source]["orgs"].add(org)
    return truth


def source_scores(dataset):
    """The five curated sources, scored against what the curated dataset records."""
    truth = curated_truth(dataset)
    totals = {k: Score() for k in ("money", "dates", "organisations")}
    missed_money = []
    for slug, src in dataset.sources.items():
        r = propose(src.text, document_date=None)
        t = truth[slug]
        found = set()
        for p in r.money:
            # a figure stated twice is one proposal with several evidence spans: each curated
            # figure it covers is found, and it counts once
            keys = {k for k, amount in t["money"].items() for s, e in (p.evidence or [(p.start, p.end)])
                    if s <= k[0] and k[0] + len(k[1]) <= e + 1 and amount == p.amount}
            if not keys:
                totals["money"].fp += 1
            else:
                found |= keys
                totals["money"].tp += 1
        missed_money += [(slug, k[1]) for k in set(t["money"]) - found]
        totals["money"].fn += len(set(t["money"]) - found)
        hit_dates = {k for k in t["dates"] for p in r.dates
                     if k[0] <= p.start and p.end <= k[1] and p.value == k[2]}
        totals["dates"].tp += len(hit_dates)
        totals["dates"].fn += len(t["dates"]) - len(hit_dates)
        totals["dates"].fp += sum(1 for p in r.dates if not any(
            k[0] <= p.start and p.end <= k[1] and p.value == k[2] for k in t["dates"]))
        orgs = {o.slug for o in r.organisations if o.known}
        totals["organisations"].tp += len(orgs & t["orgs"])
        totals["organisations"].fp += len(orgs - t["orgs"])
        totals["organisations"].fn += len(t["orgs"] - orgs)
    return totals, missed_money
