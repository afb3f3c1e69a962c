"""Print a ready ``[[excerpt]]`` TOML block for a quote from a curated source.

Usage: python tools/excerpt.py SOURCE_SLUG "exact quote" [--id e3] [--nth N]

Offsets are Python ``str`` indices into the UTF-8 decoded text, which is what the build checks.
A quote that is missing, or that occurs more than once without ``--nth``, is refused so that a
curator never records an ambiguous excerpt by accident.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SOURCES = Path(__file__).resolve().parent.parent / "db" / "sources"


def find_all(text: str, quote: str) -> list[int]:
    hits, i = [], text.find(quote)
    while i != -1:
        hits.append(i)
        i = text.find(quote, i + 1)
    return hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source")
    ap.add_argument("quote")
    ap.add_argument("--id", default="eN")
    ap.add_argument("--nth", type=int, default=None, help="1-based occurrence to use")
    args = ap.parse_args(argv)
    path = SOURCES / f"{args.source}.txt"
    if not path.exists():
        print(f"no source {args.source!r} in {SOURCES}", file=sys.stderr)
        return 2
    text = path.read_text(encoding="utf-8")
    hits = find_all(text, args.quote)
    if not hits:
        print("quote not found verbatim in the source", file=sys.stderr)
        return 1
    if len(hits) > 1 and args.nth is None:
        print(f"quote occurs {len(hits)} times at {hits}; pass --nth", file=sys.stderr)
        return 1
    start = hits[(args.nth or 1) - 1]
    end = start + len(args.quote)
    print("[[excerpt]]")
    print(f'id = "{args.id}"')
    print(f'source = "{args.source}"')
    print(f"start = {start}")
    print(f"end = {end}")
    # json.dumps gives a valid TOML basic string (same escapes for quotes, backslashes, control chars)
    print(f"text = {json.dumps(args.quote, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
