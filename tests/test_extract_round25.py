"""Round 25 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure

# --- forms: a space inside Japanese figures ---------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, amount, currency", [
    ("なお、契約額は1.95 百万英ポンド (税抜) です。", "1.95 百万英ポンド", "1950000", "GBP"),
    ("資本金の額\n179,850,000 英ポンド(32,903 百万円)\n", "179,850,000 英ポンド", "179850000", "GBP"),
    ("資本金の額\n179,850,000 英ポンド(32,903 百万円)\n", "32,903 百万円", "32903000000", "JPY"),
])
def test_a_space_before_the_japanese_unit_or_currency_keeps_the_figure_whole(text, figure, amount, currency):
    m = _figure(text, figure)
    assert (str(m.amount), m.currency) == (amount, currency)


def test_a_bracketed_yen_figure_with_a_space_is_the_pounds_conversion():
    text = "資本金の額\n179,850,000 英ポンド(32,903 百万円)\n"
    assert _figure(text, "32,903 百万円").converted_from == _figure(text, "179,850,000 英ポンド").id


# --- kinds: a development contract and money raised from a funder in Japanese; a swoop, "paid by ... for" -------------

def test_the_amount_of_a_contract_to_develop_is_funding_in_japanese():
    text = ("当社は英国宇宙庁との間で、衛星の開発を継続するための契約を締結しました。なお、契約額は1.95 百万英ポンド "
            "(税抜) です。")
    m = _figure(text, "1.95 百万英ポンド")
    assert (m.is_funding, m.money_kind, m.side) == (True, "funding", "UK")


def test_money_raised_from_an_agency_as_development_costs_is_its_funding():
    m = _figure("当社は英国宇宙庁より開発費用として170万ポンドを調達した。", "170万ポンド")
    assert (m.is_funding, m.money_kind, m.side) == (True, "funding", "UK")


@pytest.mark.parametrize("text, figure", [
    ("Kestrel Industries' $1bn-plus swoop for Cambridge ink jet maker Domino showed an appetite for industry.", "$1bn"),
    ("Compare those prices to the $31 billion paid by Japan's SoftBank for chip designer ARM Holdings.",
     "$31 billion"),
])
def test_a_swoop_and_a_sum_paid_by_a_buyer_for_a_company_are_prices(text, figure):
    m = _figure(text, figure)
    assert (m.is_funding, m.money_kind) == (False, "price")


# --- sides: a company's "Ltd." before "was awarded", a Japanese topic with the payer after it ------------------------

def test_a_company_ltd_that_was_awarded_money_receives_it():
    text = ("UKSA Awards £ 3.9 Million For Space Debris Removal Projects\n\n"
            "UK Space Agency awarded £ 4 million on 26th September for debris projects. Kestrel Orbital's UK "
            "subsidiary, Kestrel Orbital Ltd. was awarded £ 1.7 million and ClearSky received £ 2.2 million.")
    m = _figure(text, "£ 1.7 million")
    assert (m.money_kind, m.side) == ("funding", "UK")


def test_a_japanese_figure_as_topic_is_paid_by_the_subject_after_a_comma():
    text = "投資資金のうち最大2,130万ポンドは、英政府が人材育成や研究開発の補助として拠出する。"
    m = _figure(text, "最大2,130万ポンド")
    assert (m.is_funding, m.side) == (True, "UK")

