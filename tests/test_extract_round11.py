"""Round 11 (session 26) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose


def _money(text: str) -> dict[str, object]:
    return {m.text: m for m in propose(text).money}


@pytest.mark.parametrize("text, figure, kind", [
    # a sale or a transfer of a holding is a price, as "sold" is in English
    ("北星商事は英国子会社の全株式を売却し、売却額は3億ポンドとなる。", "3億ポンド", "price"),
    ("同社は事業を譲渡し、4500万ポンドを受け取る。", "4500万ポンド", "price"),
    # a company's income (保険料収入, 収入) is revenue, as "revenue" is in English
    ("両社の年間の保険料収入の合計は2兆1000億円。", "2兆1000億円", "other"),
])
def test_japanese_price_and_revenue_words(text, figure, kind):
    m = _money(text)[figure]
    assert m.money_kind == kind and not m.is_funding


def test_without_those_words_the_same_japanese_figure_stays_funding():
    m = _money("同財団は研究者に3億ポンドを助成する。")["3億ポンド"]
    assert m.money_kind == "funding" and m.is_funding


@pytest.mark.parametrize("text, original, equivalent", [
    ("The partners put their investment at around £300m, equivalent to about €350m.", "around £300m", "about €350m"),
    ("The trust received an endowment of 2 billion yen (just under £7 million) from its founder.",
     "2 billion yen", "under £7 million"),
    ("北星商事は英国に5億ポンド(およそ900億円)を投資する。", "5億ポンド", "900億円"),
])
def test_equivalents_opened_by_equivalent_to_or_a_hedge_are_conversions(text, original, equivalent):
    money = propose(text).money
    first = next(m for m in money if m.text == original)
    second = next(m for m in money if equivalent in m.text)
    assert second.converted_from == first.id and first.conversion == second.id
    # one fact: the equivalent is not a funding line of its own
    assert second.is_funding == first.is_funding and second.side == first.side


def test_a_second_figure_after_a_comma_is_no_equivalent():
    money = propose("The council gave £3m, and the firm spent €5m on the plant.").money
    assert all(m.converted_from is None for m in money)
