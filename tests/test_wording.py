"""core.wording: counts in words for messages."""
from __future__ import annotations

from ukjp_desktop.core.wording import count


def test_counts_in_messages_are_words_not_parenthesised_plurals():
    assert (count(1, "figure"), count(3, "figure"), count(0, "excerpt")) == ("1 figure", "3 figures", "0 excerpts")
    assert count(2, "organisation link") == "2 organisation links"
