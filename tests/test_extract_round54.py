"""Rounds 54 onwards (session 34) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure


@pytest.mark.parametrize("figure", ["$250mm", "$10 mil"])
def test_a_finance_scale_word_is_no_unit_price(figure):
    # the kind reader and the money reader share one list of scale words: "$250mm" is read like "$250m", not as a
    # share's price after "rose 4 per cent to"
    text = f"The value of its shares rose 4 per cent to {figure} on Monday."
    assert _figure(text, figure).money_kind == _figure(text.replace(figure, "$250m"), "$250m").money_kind != "price"


def test_a_bare_figure_after_a_move_is_still_a_price():
    # the control: no scale word at all is what a share costs
    assert _figure("Shares in Acme rose 4 per cent to $250 on Monday.", "$250").money_kind == "price"
