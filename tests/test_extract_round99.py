"""Round 99 onwards (session 46) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose
from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


def _conversion(text: str, original: str, equivalent: str) -> tuple:
    found = propose(text, word_model=False).money
    a = next(p for p in found if p.text == original)
    b = next(p for p in found if p.text == equivalent)
    return a, b


# round 99 (test112 read)

@pytest.mark.parametrize("text, figure", [
    # a prize whose name runs into the word "prize"
    ("Who were the winners of the £1 million QEPrize this year?", "£1 million"),
    # the prize's own money: the winners' universities the sentence names receive it
    ("Professor Ito of Osaka University shares the 1 million pound prize with two American engineers.",
     "1 million pound"),
])
def test_a_prize_s_own_money_is_the_giver_s(text, figure):
    p = _figure(text, figure)
    assert p.side == "other" and p.is_funding


def test_a_body_paying_a_prize_still_pays_it():
    p = _figure("UK Research and Innovation will award a £50,000 prize to the winning team.", "£50,000")
    assert p.side == "UK"


@pytest.mark.parametrize("text, figure", [
    # a known foundation under a former name that does not end in "Foundation"
    ("She will receive 50 million yen from the Science and Technology Foundation of Japan next April.",
     "50 million yen"),
    # a known body whose own name is a trust, though the page calls it otherwise
    ("Wellcome will give £3m to the Tokyo fund over five years.", "£3m"),
])
def test_a_foundation_known_by_another_name_pays_as_a_foundation(text, figure):
    p = _figure(text, figure)
    assert p.side == "other"


def test_a_public_body_called_a_foundation_keeps_its_side():
    p = _figure("The Japan Foundation will give ¥3 million to the festival.", "¥3 million")
    assert p.side == "Japan"


def test_a_figure_and_its_equivalent_between_spaced_hyphens_are_one_sum():
    a, b = _conversion("The prize, worth 50 million yen - approximately £260,000 - was awarded to Professor Smith.",
                       "50 million yen", "approximately £260,000")
    assert b.converted_from == a.id and a.conversion == b.id


@pytest.mark.parametrize("text, first, second", [
    # two sums whose ratio is no rate between the currencies
    ("The UK gave £5 million - $40 million came from the United States.", "£5 million", "$40 million"),
    # one currency: a range, not a conversion
    ("Tickets cost between £20 - £25 each.", None, None),
])
def test_figures_between_spaced_hyphens_at_no_rate_stay_apart(text, first, second):
    found = propose(text, word_model=False).money
    assert all(p.converted_from is None for p in found)


# round 100 (test113 read)

@pytest.mark.parametrize("text, figure", [
    # what a player wins: prize money for a result, a season's or a career's winnings, a tournament's purse
    ("決勝を制した選手は優勝賞金200万ポンド(約3億8000万円)を手にした。", "200万ポンド"),
    ("準優勝の選手は100万ポンドを手にし、今季の獲得賞金額は500万ドルとなった。", "500万ドル"),
    ("今年の大会の賞金総額は3000万ポンドと過去最高になった。", "3000万ポンド"),
    ("また、キャリア通算では9000万ドルとなっている。", "9000万ドル"),
    ("She took home the winner's cheque of £2.4 million at Wimbledon.", "£2.4 million"),
    # a month's sales
    ("同社の月商はせいぜい20万ポンド程度だった。", "20万ポンド"),
])
def test_winnings_and_monthly_sales_are_other(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


@pytest.mark.parametrize("text, figure", [
    # a science prize's money keeps its reading: its 賞金 alone is no cue
    ("受賞者には副賞として賞金5000万円が贈られる。", "5000万円"),
    ("The foundation will award a prize of £500,000 to the winning research team.", "£500,000"),
])
def test_a_science_prize_s_money_stays_funding(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("funding", True)


@pytest.mark.parametrize("text, figure", [
    ("トットナムが移籍金500万ポンド(約9億円)で獲得に乗り出していると報じられた。", "500万ポンド"),
    ("Brighton paid a transfer fee of £3 million for the winger.", "£3 million"),
    ("国芳の作品は3万8900ポンド(約920万円)の値を付け、最高額を記録した。", "3万8900ポンド"),
])
def test_a_transfer_fee_and_an_auction_s_hammer_price_are_prices(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("price", False)


def test_a_fund_s_japanese_target_size_is_other():
    p = _figure("出資を募り、過去最大級の1000億ドル(日本円で10兆円)規模のファンドを目指すとしています。", "1000億ドル")
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_a_fund_of_a_scale_that_exists_stays_money_put_in():
    p = _figure("同社は300億円規模の投資ファンドを設立し、英国の新興企業に出資する。", "300億円")
    assert p.is_funding
