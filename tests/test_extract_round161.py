"""Round 161 onwards (session 59) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word models are tested in
tests/test_funding_words.py and tests/test_side_words.py."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 161 (test174 read): Japanese firms' money in smaller British firms and UK grants touching Japanese firms

@pytest.mark.parametrize("text, figure, currency", [
    # a UTF-8 sign read back through a single-byte code page, as some stored copies of pages are
    ("A Welsh-funded ÂŁ150,000 Wales Japan Culture Fund will develop new collaborations.", "ÂŁ150,000", "GBP"),
    ("The council has provided Â£2m for the project.", "Â£2m", "GBP"),
    ("The agency will provide Â¥300 million for the study.", "Â¥300 million", "JPY"),
    ("The commission will provide â‚¬5 million for the study.", "â‚¬5 million", "EUR"),
])
def test_a_sign_garbled_by_a_code_page_is_still_its_currency(text, figure, currency):
    p = _figure(text, figure)
    assert (p.currency, p.is_funding) == (currency, True) and text[p.start:p.end] == figure


def test_a_garbled_sign_with_no_number_is_no_money():
    # control: the sign alone, or before a word, is no figure
    assert propose("The page shows Â£ and ÂŁ signs, then Â£ per head.", word_model=False).money == []


def test_the_amount_after_a_garbled_sign_is_read_in_full():
    assert _figure("A ÂŁ1.5m grant was awarded.", "ÂŁ1.5m").amount == Decimal("1500000")


def test_a_competition_named_by_its_money_is_funding_not_the_page_companys():
    # the page is about a company's technology; "a £0.5m competition" is money a competition gives out
    text = ("Hitachi Rail has extended its track monitoring work. The next stage is the result of a £0.5m "
            "competition, with the trial now being expanded in Scotland.")
    p = _figure(text, "£0.5m")
    assert (p.money_kind, p.is_funding, p.side) == ("funding", True, "UK")
    assert p.contributor is None


def test_a_company_investing_in_its_own_site_still_pays():
    # control: the page's company is still the payer of a figure that is its own investment
    text = ("Hitachi Rail has extended its track monitoring work. It will invest £5m in a new depot in Scotland.")
    p = _figure(text, "£5m")
    assert (p.money_kind, p.side) == ("investment", "private")


def test_competition_from_rivals_is_no_competition_money():
    # control: "a £5m market" and competition as rivalry do not make a figure a competition's money
    p = _figure("The firm expects to win a share of the £2bn market despite stiff competition.", "£2bn")
    assert p.money_kind != "funding"


# round 162 (test175 read): Japanese money in UK-linked ventures, Japanese reports of British research and investment

def test_a_range_restated_in_brackets_after_yaku_is_its_conversion():
    text = "向こう5年で年間15億~20億ポンド(約2,475億~3,300億円、1ポンド=約165円)を投資するとした。"
    money = propose(text, word_model=False).money
    pounds = next(p for p in money if p.text == "15億~20億ポンド")
    yen = next(p for p in money if p.text == "2,475億~3,300億円")
    assert yen.converted_from == pounds.id and (yen.amount_min, yen.amount) == (Decimal("247500000000"),
                                                                            Decimal("330000000000"))


def test_two_ranges_of_one_currency_are_not_a_conversion():
    # control: the same currency after a bracket is another sum, not a restatement
    money = propose("年間15億~20億ポンド(約5億~6億ポンドは民間)を投資する。", word_model=False).money
    assert all(p.converted_from is None for p in money)


@pytest.mark.parametrize("text, figure", [
    ("BIIは、年間最大80億ポンド(約1兆2,080億円)の投資を行う政府の計画の一部となる。", "最大80億ポンド"),
    ("British International Investment will invest £1.5bn a year in the region.", "£1.5bn"),
])
def test_britains_development_finance_institution_invests_public_money(text, figure):
    p = _figure(text, figure)
    assert (p.side, p.money_kind, p.contributor) == ("UK", "investment", "bii")


def test_investment_from_abroad_a_government_attracted_is_investors_money():
    text = "英政府は、合計97億ポンド(約1.5兆円)の海外投資を招致することに成功したと発表した。"
    p = _figure(text, "97億ポンド")
    assert (p.side, p.money_kind, p.contributor) == ("private", "investment", None)


def test_a_government_funding_the_promotion_of_investment_still_pays():
    # control: the government's own money for promoting investment from abroad is its own
    p = _figure("英政府は海外投資の促進に100億ポンドを拠出する。", "100億ポンド")
    assert (p.side, p.money_kind) == ("UK", "funding")


@pytest.mark.parametrize("text, figure, side", [
    # controls: investment from abroad that a body makes itself, or a scheme for it, is that body's
    ("日本政策投資銀行が1000億円の海外投資を行う。", "1000億円", "Japan"),
    ("英国政府は5億ポンドの海外投資促進基金を設けた。", "5億ポンド", "UK"),
])
def test_investment_from_abroad_made_by_a_body_or_a_scheme_for_it_stays_the_bodys(text, figure, side):
    assert _figure(text, figure).side == side


# round 163 (test176 read): smaller Japanese-owned firms' money in British towns, Scottish grants to them

@pytest.mark.parametrize("text, figure, amount", [
    # the pound as old British newspaper archives keep it
    ("The firm won a #7.2m funding package from Highlands and Islands Enterprise.", "#7.2m", "7200000"),
    ("The agency will provide a #400,000 grant to the company.", "#400,000", "400000"),
])
def test_a_hash_before_a_scaled_or_grouped_number_is_the_pound(text, figure, amount):
    p = _figure(text, figure)
    assert (p.currency, p.amount) == ("GBP", Decimal(amount))


def test_a_hash_before_a_plain_number_is_no_money():
    # controls: cask and coupon numbers, an issue number, a chart position
    text = "Cask #5627 sold well; coupon #22 was paid; issue #1,234 is out; it reached #1 in the charts."
    assert propose(text, word_model=False).money == []


def test_a_body_that_only_welcomes_others_money_pays_none_of_it():
    text = ("Fanuc UK, a leading factory automation supplier, has welcomed the recent Government announcement of a "
            "£4.5 billion windfall for the UK manufacturing industry.")
    p = _figure(text, "£4.5 billion")
    assert (p.side, p.side_basis, p.money_kind) == ("UK", "clause", "funding")


def test_a_body_that_welcomes_and_gives_still_pays():
    # control: the body that welcomes a decision and invests in the same sentence pays
    p = _figure("Toyota welcomed the decision and will invest £240m in its Burnaston plant.", "£240m")
    assert (p.side, p.contributor) == ("private", "toyota")


@pytest.mark.parametrize("text, figure", [
    ("Investment in new research and development projects fell slightly to £74m last year, the agency said.", "£74m"),
    ("The total was £8m down on the previous year.", "£8m"),
])
def test_a_level_after_a_change_is_no_money_put_in(text, figure):
    assert not _figure(text, figure).is_funding


def test_money_given_beside_a_change_keeps_its_reading():
    # control: "down on the previous year" after the figure's own clause does not make a grant a level
    p = _figure("The agency will provide £8m to the project, down on the previous year.", "£8m")
    assert (p.is_funding, p.side) == (True, "UK")


# review 59: the gaps a review of rounds 161-162 found

def test_a_competition_for_a_contract_is_no_competition_money():
    p = _figure("Hitachi took part in the £4bn competition for the high-speed rail rolling stock contract.", "£4bn")
    assert not p.is_funding


def test_a_bracketed_figure_that_opens_a_statement_is_no_conversion():
    money = propose("投資額は5億~6億円(約200万~300万ポンドは政府負担)となる。", word_model=False).money
    assert all(p.converted_from is None for p in money)
