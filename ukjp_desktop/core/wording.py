"""Counts in words for messages: "1 figure", "3 figures" (never "figure(s)")."""
from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
