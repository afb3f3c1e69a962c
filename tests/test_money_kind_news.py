"""The funding decision on news (issue 15, session 21's third round): a figure is proposed as funding
only when its clause gives, grants, invests, awards, commits or raises money; prices, fines, debts,
costs, market totals and stocks of past money stay visible, unticked, with their kind.

One invented sentence per rule (none is taken from the held-out corpus)."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.money_kind import DEFAULT_KIND


@pytest.mark.parametrize("sentence, kind", [
    # fines, penalties, damages and debts are money a body must pay or owes
    ("The regulator fined the lender £4.2mn for late reporting.", "other"),
    ("The watchdog imposed a penalty of £900,000 on the broker.", "other"),
    ("The court ordered damages of £3m to the supplier.", "other"),
    ("The fund took on £2 billion of debt to close the purchase.", "other"),
    ("銀行は罰金3億円を支払った。", "other"),
    ("The construction cost of the reactor is put at 2 trillion yen.", "other"),
    # a sector's income, a nation's spending, an average
    ("Robotics firms in the region generate £8 billion a year.", "market"),
    ("The creative sector is contributing £9 billion to the economy each year.", "market"),
    ("Annual national research spending of about £20bn was reported.", "market"),
    ("The average round in the survey raised £12 million.", "market"),
    ("小企業の調達額は平均で約500万ポンドだった。", "market"),
    # bids, offers and options are prices
    ("The buyer raised its cash offer to £9.10 after two rejections.", "price"),
    ("A rival bid of £2.4bn is expected.", "price"),
    ("The order includes an option for an additional £300 million of carriages.", "price"),
    # a unit price after shares or a per-cent move, money paid for a stake
    ("Shares in the maker closed up 2.5 per cent at 4,100 yen.", "price"),
    ("Kestrel shares were little changed at £6.215 by noon.", "price"),
    ("Two trading houses have invested £600 million for a 30% stake in a solar park.", "price"),
    # (money that bought a number of companies is what many deals came to, a market figure since round 9, as the keys
    # of dev2, test4 and test10 read it; one company's price stays a price)
    ("Overseas buyers spent $3bn (£2.4bn) to buy 12 UK-based firms last year.", "market"),
    ("Overseas buyers spent $3bn (£2.4bn) to buy a UK-based firm last year.", "price"),
    ("The contract carries an option for a further £200 million investment in depots.", "price"),
    ("The country reports annual domestic R&D investments of around £9bn.", "market"),
    # a stock of money put in over a past period is no new money
    ("Over the past eight years the group has invested £500 million in the region.", "other"),
    ("Carmakers have now invested £2bn in the north-east.", "other"),
    ("The deal brings its total investment in the country to £800m.", "other"),
    # (a stock that a whole class of investors put in is a market statistic since round 9: the keys of dev, test3 and
    # test8 read it so; one body's stock stays other)
    ("Venture firms put $30 billion invested in 2021 into the sector.", "market"),
    ("Foreign groups invest £3bn in Scotland between 2015 and 2019.", "market"),
    # money raised by a whole class of companies is a market figure
    ("UK start-ups raised £1.3bn in the first quarter.", "market"),
    ("英国の新興企業は3億ポンドを調達した。", "market"),
    # giving verbs and loans are money put in
    ("The foundation will provide £250,000 to the new chair.", "funding"),
    ("The charity donated £40,000 to the hospice lab.", "funding"),
    # (a loan is money put in; who lends then settles funding or investment, as for any figure: since the probes of
    # session 26 a private lender's loan is neither, as the keys of 233 read Japanese banks' lending)
    ("A consortium of banks made loans of £500 million to the wind farm.", "other"),
    # (round 117: a state's loan is money put in and paid back, as the keys read JBIC's and the British government's)
    ("The state lender's loan of £500 million goes to the wind farm.", "investment"),
    # the same words in a plan stay funding: a future period is no stock, project costs in a call are funded
    ("Up to £100 million of the fund will be spent between 2026 and 2028.", "funding"),
    ("Eligible project costs are expected to be between £50,000 and £500,000.", "funding"),
])
def test_money_kind_on_news(sentence, kind):
    (p,) = [m for m in propose(sentence).money if not m.converted_from]
    assert p.money_kind == kind, (p.text, p.money_kind)
    assert p.is_funding == (kind in ("funding", "investment"))


def test_a_sentence_with_no_telling_word_defaults_to_funding():
    # chosen by leave-one-split-out over the seen splits (docs/import.md): a default of "other" lost
    # recall on six of seven (session 21) and on seven of eight (session 22), and gained precision on one
    assert DEFAULT_KIND == "funding"
    (p,) = propose("The laboratory receives £2 million.").money
    assert (p.money_kind, p.is_funding) == ("funding", True)


def test_an_exchange_rate_written_as_a_conversion_note_is_no_funding():
    r = propose("*1ポンドを140円にて換算")
    assert [(m.text, m.money_kind, m.is_funding) for m in r.money] == [
        ("1ポンド", "other", False), ("140円", "other", False)]
