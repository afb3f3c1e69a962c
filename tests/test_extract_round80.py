"""Round 80 onwards (session 40) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


def _amounts(text: str) -> list[tuple[str, Decimal]]:
    return [(p.text, p.amount) for p in propose(text, word_model=False).money]


# round 80 (test90 read)

@pytest.mark.parametrize("text, figure, amount", [
    ("Hitachi Rail has completed a £8·5m investment in its welding shop.", "£8·5m", Decimal("8500000")),
    ("The consortium won a contract worth £1·97bn.", "£1·97bn", Decimal("1970000000")),
    ("トヨタ自動車は英国工場に2・4億ポンドを新規投資すると発表した。", "2・4億ポンド", Decimal("240000000")),
])
def test_a_raised_dot_and_a_japanese_middle_dot_before_a_unit_are_decimal_points(text, figure, amount):
    assert (figure, amount) in _amounts(text)


@pytest.mark.parametrize("text, figure, amount", [
    # the middle dot joining two years or two items is no decimal point: the figure is read from its own digits
    ("2010・11年度の売上高は300億円だった。", "300億円", Decimal("30000000000")),
    ("Prices rose 5 · 3 times; the grant is £3m.", "£3m", Decimal("3000000")),
])
def test_a_middle_dot_between_other_things_is_no_decimal_point(text, figure, amount):
    assert (figure, amount) in _amounts(text)


def test_the_plans_of_the_sentence_before_keep_its_stated_payer():
    text = ("The new operator has promised to invest £1 billion in the network, including new carriages. "
            "The plans include pumping £700 million into new and improved trains.")
    first, plans = _figure(text, "£1 billion"), _figure(text, "£700 million")
    assert first.side == "private" and first.side_basis == "clause"
    assert plans.side == first.side and plans.is_funding


def test_a_pronoun_sentence_does_not_take_the_payer_of_the_figure_before():
    # "This" may speak of a statistic ("This broke the previous record of $2.6bn"): only a sentence naming the plans
    # or the money itself carries the payer over
    text = ("The new operator will invest £1 billion in the network. "
            "This includes pumping £700 million into new trains.")
    assert _figure(text, "£1 billion").side_basis == "clause"
    assert _figure(text, "£700 million").side_basis == "currency"


@pytest.mark.parametrize("text, figure", [
    ("Since opening for business in the city, Unipres (UK) Limited has invested in over £180 million at its plant.",
     "over £180 million"),
    ("Since it opened, the company has invested more than £50m in the site.", "more than £50m"),
    ("トヨタの英国の生産拠点への累積投資額は今回の投資を含めると21億ポンドに達する。", "21億ポンド"),
])
def test_money_put_in_since_opening_and_a_cumulative_sum_are_totals_to_date(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("Unipres (UK) Limited has invested a further £20 million in new press machinery.", "£20 million"),
    ("Since 2019 the plant has been preparing for a new model, and Nissan will invest £400m in it.", "£400m"),
])
def test_new_money_put_in_stays_funding_beside_the_since_words(text, figure):
    assert _figure(text, figure).is_funding


def test_private_loans_beside_new_equity_are_an_investment():
    text = "残りの3億2,000万ポンドは、民間融資とAESCの新規株式によって賄われる。"
    p = _figure(text, "3億2,000万ポンド")
    assert p.money_kind == "investment" and p.is_funding


def test_private_loans_alone_stay_no_money_put_in():
    # control: a private loan is neither funding nor investment, as before; a company's name ending in 株式会社 is no
    # equity
    for text, figure in [("残りの3億2,000万ポンドは、民間融資によって賄われる。", "3億2,000万ポンド"),
                         ("三井住友銀行株式会社は同社に5億円を融資する。", "5億円")]:
        assert _figure(text, figure).money_kind == "other", text


def test_a_cost_put_into_a_factory_in_japanese_is_an_investment():
    text = "株式会社日立製作所は、総額約8,200万ポンド(約150億円)の費用を投じた鉄道車両工場を開所しました。"
    p = _figure(text, "約8,200万ポンド")
    assert p.money_kind == "investment" and p.is_funding and p.side == "private"


def test_a_cost_alone_in_japanese_stays_other():
    text = "総事業費は約8,200万ポンドの費用となる見込みだ。"
    assert not _figure(text, "約8,200万ポンド").is_funding
