"""Extraction speed on a 10,000-word document (issue 6 §5: under one second).

    python benchmarks/bench_extract.py [--words 10000] [--repeat 7] [--hostile]

The document is the five curated source texts plus our own test corpus, repeated until it has
the requested number of words, so it holds realistic densities of figures, dates and names.
Prints one JSON object with the median and the slowest run; no assertion (timings are noisy).
``--hostile`` also times two pages written to be slow (session 29's review): Japanese contract words with no
full stop, and one 10,000-word English sentence of bodies and sums; each must stay well under a second.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ukjp_desktop.core.extract import propose  # noqa: E402
from ukjp_desktop.core.extract.organisations import default_gazetteer  # noqa: E402


def make_document(words: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "db" / "sources").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "extract_corpus").glob("*.txt"))]
    out, n, i = [], 0, 0
    while n < words:
        t = texts[i % len(texts)]
        out.append(t)
        n += len(t.split())
        i += 1
    return " ".join("\n\n".join(out).split(" ")[:words])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--words", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--hostile", action="store_true")
    args = ap.parse_args()
    text = make_document(args.words)
    gazetteer = default_gazetteer()          # built once per session by the application too
    propose(text, gazetteer=gazetteer)       # warm-up (regex compilation, imports)
    times, result = [], None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = propose(text, gazetteer=gazetteer)
        times.append(time.perf_counter() - t0)
    print(json.dumps({
        "words": len(text.split()), "characters": len(text), "repeat": args.repeat,
        "median_s": round(statistics.median(times), 4), "max_s": round(max(times), 4),
        "proposals": {"money": len(result.money), "dates": len(result.dates),
                      "organisations": len(result.organisations), "sectors": len(result.sectors),
                      "names": len(result.names)},
        "target_met": statistics.median(times) < 1.0,
        **({"hostile": hostile(gazetteer, args.repeat)} if args.hostile else {})}, indent=2))
    return 0


HOSTILE = {
    "japanese_contract_words_no_full_stop": ("開発契約" * 12 + "契約額は1億円") * 300,
    "one_english_sentence_of_bodies_and_sums": "The company Foo Ltd was awarded funding of £5m by the government and " * 800,
}


def hostile(gazetteer, repeat: int) -> dict:
    """The median seconds of each page written to be slow."""
    out = {}
    for name, text in HOSTILE.items():
        times = []
        for _ in range(max(3, repeat // 2)):
            t0 = time.perf_counter()
            propose(text, gazetteer=gazetteer)
            times.append(time.perf_counter() - t0)
        out[name] = {"characters": len(text), "median_s": round(statistics.median(times), 4)}
    return out


if __name__ == "__main__":
    raise SystemExit(main())
