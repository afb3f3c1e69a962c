"""Round 13 (session 27) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose


class _ByFigure(dict):
    """The proposals by text; a figure also finds the proposal that holds it with its qualifier ("up to £9,000")."""

    def __getitem__(self, figure):
        return next(m for text, m in self.items() if figure in text)


def _money(text: str) -> dict[str, object]:
    return _ByFigure((m.text, m) for m in propose(text).money)


@pytest.mark.parametrize("text, figure", [
    # the figure's own noun is a buyer's bid, offer or auction
    ("Kestrel Holdings has tabled a £62 million bid for the games studio.", "£62 million"),
    ("Marlow Power won the $2.1bn auction for the turbine maker's European arm.", "$2.1bn"),
    # a buyer's verbs: a headline's "bids £X for", "pays £X to win/buy"
    ("Kestrel bids £62 million for Brightwater", "£62 million"),
    ("Okada Electric pays £1.2bn to win the contest for Thameside", "£1.2bn"),
])
def test_a_buyers_bid_or_payment_is_a_price(text, figure):
    m = _money(text)[figure]
    assert m.money_kind == "price" and not m.is_funding and m.side is None


@pytest.mark.parametrize("text, figure", [
    # a call that offers grants, or pays for travel, still funds: no bid follows the figure itself
    ("The Royal Society offers grants of up to £9,000 a year for visiting researchers.", "£9,000"),
    ("The scheme pays £400 for travel to partner laboratories.", "£400"),
    # a bid for funding is no price
    ("The consortium submitted a £3m bid for funding to Innovate UK.", "£3m"),
])
def test_funding_that_is_offered_or_paid_for_travel_stays_funding(text, figure):
    m = _money(text)[figure]
    assert m.money_kind == "funding" and m.is_funding


@pytest.mark.parametrize("text, figure, kind", [
    # a price (カタログ価格) and what a company's shares are worth (株式価値) are prices
    ("新型エンジン50台を導入する(カタログ価格:約8億USドル)。", "約8億USドル", "price"),
    ("英子会社の株式価値は2,400億円とされる。", "2,400億円", "price"),
    # sales written with okurigana (売り上げ) are a company's revenue, as 売上 is
    ("同社は昨年、4200万ドルを売り上げた。", "4200万ドル", "other"),
])
def test_japanese_price_and_sales_words(text, figure, kind):
    m = _money(text)[figure]
    assert m.money_kind == kind and not m.is_funding


@pytest.mark.parametrize("text, figure", [
    ("The lender has a portfolio of ships and assets totaling $3.4 billion.", "$3.4 billion"),
    ("同行の総資産は約12兆円に上る。", "約12兆円"),
])
def test_a_companys_assets_are_an_asset_value(text, figure):
    m = _money(text)[figure]
    assert m.money_kind == "other" and not m.is_funding


def test_a_foundations_page_gives_its_unassigned_money_to_the_foundation():
    text = ("Japan research links win £12,000 prizes\n\nTwo scientists at the University of Glasgow have been awarded "
            "£12,000 prizes for their work with colleagues in Japan.\n\n"
            "The prizes were set up in 1995 in memory of a trustee of the Harcourt Anglo-Japanese Foundation.")
    assert [(m.side, m.is_funding) for m in propose(text).money] == [("other", True)]


def test_a_page_naming_a_public_funder_beside_a_foundation_still_reads_the_currency():
    # (a government body on the page may be the payer: the foundation is not the page's only funder)
    # (awards, not prizes: since session 32 a prize's money whose clause names no payer is other, as the keys of ten
    # prizes record it)
    text = ("Japan research links win £12,000 awards\n\nTwo scientists at the University of Glasgow have been given "
            "£12,000 awards for their work with colleagues in Japan.\n\n"
            "The Harcourt Foundation and the Department for Science, Innovation and Technology held a reception.")
    m = _money(text)["£12,000"]
    assert m.is_funding and m.side == "UK"


@pytest.mark.parametrize("text, figure, low, high", [
    ("助成額は3,000ポンドから8,000ポンドで、個人や団体が対象です。", "3,000ポンドから8,000ポンド", 3000, 8000),
    ("一件あたり約50万円〜120万円を支給する。", "50万円〜120万円", 500000, 1200000),
])
def test_a_japanese_range_with_both_ends_in_the_currency_is_one_figure(text, figure, low, high):
    money = [m for m in propose(text).money]
    assert len(money) == 1
    m = money[0]
    assert figure in m.text and m.text == text[m.start:m.end]
    assert m.amount_min == low and m.amount == high and m.qualifier == "range"


def test_a_japanese_change_from_one_figure_to_another_is_no_range():
    money = propose("輸出額は3,000億円から4,500億円へ増加した。").money
    assert [m.text for m in money] == ["3,000億円", "4,500億円"]
