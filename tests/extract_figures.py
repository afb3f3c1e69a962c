"""One proposal out of an invented sentence, for the round-by-round extraction tests: every money proposal's text is
checked against its offsets on the way."""
from __future__ import annotations

from ukjp_desktop.core.extract import propose


def money_figure(text: str, figure: str, word_model: bool = True):
    """The money proposal whose text is ``figure`` (``word_model=False``: the rules' reading alone)."""
    money = propose(text, word_model=word_model).money
    for m in money:
        assert text[m.start:m.end] == m.text, m.text
    return next(m for m in money if m.text == figure)


def date_figure(text: str, date_text: str):
    """The date proposal whose text is ``date_text``."""
    return next(d for d in propose(text).dates if d.text == date_text)
