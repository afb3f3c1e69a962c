"""Extraction quality: recall on the curated sources, precision/recall on our own corpus.

The tables are printed (see them with ``pytest -s`` or ``-rA``); the assertions hold the
targets of issue 6 §5.
"""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_eval import CORPUS, corpus_scores, source_scores, table  # noqa: E402
from ukjp_desktop.core.extract import propose  # noqa: E402


def test_every_curated_money_figure_is_proposed(dataset):
    totals, missed = source_scores(dataset)
    print()
    print(table("The five curated sources (truth = what the curated dataset records; a figure, "
                "date or organisation it does not record counts as a false positive)", totals))
    assert missed == [], f"curated figures not proposed: {missed}"
    assert totals["money"].recall == 1.0
    # the levels reached (issue 15): the one money "false positive" is the £6 million total the
    # dataset splits into two lines; the dates the curators did not record count against
    # precision, so 54.8% is a floor against regressions, not a measure of wrong dates
    assert totals["money"].precision >= 0.94
    assert totals["dates"].precision >= 0.54
    assert totals["organisations"].precision >= 0.94


def test_own_corpus_meets_targets():
    docs = sorted(CORPUS.glob("*.txt"))
    assert len(docs) >= 10 and all(d.with_suffix(".toml").exists() for d in docs)
    totals, per_doc = corpus_scores()
    print()
    print(table(f"Own test corpus ({len(docs)} documents in tests/extract_corpus)", totals))
    for name, result in per_doc.items():
        for kind, (_s, misses, extras) in result.items():
            if misses or extras:
                print(f"  {name} {kind}: missed {misses}, extra {extras}")
    assert totals["money"].recall >= 0.95 and totals["money"].precision >= 0.90
    for kind in ("dates", "organisations"):
        assert totals[kind].recall >= 0.90 and totals[kind].precision >= 0.90, kind


def test_curated_conversions_are_linked_not_counted_twice(dataset):
    text = dataset.sources["ist-japan-collaborative-rd-2025"].text
    r = propose(text)
    tsmc = next(p for p in r.money if p.amount == Decimal("476000000000"))
    conv = r.by_id(tsmc.conversion)
    assert (conv.amount, conv.currency, conv.converted_from) == (Decimal("3600000000"), "USD", tsmc.id)
    assert tsmc.qualifier == "up_to" and conv.qualifier == "approximately"
    sip = next(p for p in r.money if p.amount == Decimal("30000000000"))
    assert sip.qualifier == "approximately" and r.by_id(sip.conversion).amount == Decimal("200000000")


def test_curated_non_funding_and_sides(dataset):
    r = propose(dataset.sources["uk-japan-st-package-2026"].text)
    by_text = {p.text: p for p in r.money}
    assert by_text["£33 billion"].is_funding is False          # bilateral trade
    assert by_text["£4.5 million"].side == "UK" and by_text["£4.5 million"].contributor == "epsrc"
    assert by_text["just over £5.2 million"].side == "Japan"
    assert by_text["just over £5.2 million"].qualifier == "just_over"
    assert by_text["around £11 million"].side == "private"
    # "The Prime Minister also announced a £6 million UK-Japan research programme": no payer is
    # named, so the currency decides; the bullet repeating it is the same fact, more evidence
    six = [p for p in r.money if p.amount == Decimal("6000000")]
    assert len(six) == 1 and (six[0].side, six[0].side_basis) == ("UK", "currency")
    assert len(six[0].evidence) == 2
    d = {p.text: p.value for p in r.dates}
    assert d["today (Tuesday 3 February)"] == "2026-02-03"
    assert d["the second half 2026"] == "2026-H2"
