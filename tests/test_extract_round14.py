"""Round 14 (session 27) of the extraction rules: one test per mechanism, on invented sentences and tables."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.money import find_money
from ukjp_desktop.core.extract.tables import table_figures


def _exact(text: str) -> None:
    for m in propose(text).money:
        assert text[m.start:m.end] == m.text, m.text


# --- the pound as old archives print it -----------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, amount", [
    ("Kestrel Semiconductors will spend UKP250m on a wafer plant near Durham.", "UKP250m", 250_000_000),
    ("The council is adding UKP4.5m in regional aid.", "UKP4.5m", 4_500_000),
])
def test_ukp_is_the_pound(text, figure, amount):
    m = {p.text: p for p in propose(text).money}[figure]
    assert (m.amount, m.currency) == (Decimal(amount), "GBP")
    _exact(text)


def test_ukp_inside_a_word_or_apart_from_its_number_is_no_pound():
    assert find_money("The UKPX250 index rose; its code is UKP 5 in the old list.") == []


def test_ukp_and_its_dollar_conversion_are_linked():
    money = propose("Kestrel said it was investing UKP27m ($43m) in a new line.").money
    pound, dollar = (next(m for m in money if m.text == t) for t in ("UKP27m", "$43m"))
    assert dollar.converted_from == pound.id


def test_a_sign_lost_to_a_replacement_character_stays_unread():
    # which sign a U+FFFD stood for the text does not show (the forms table's look-alike says the same)
    assert find_money("Orchid Electronics is to invest a further \ufffd45m at its plant in Fife.") == []


# --- 百 before 万: millions as Japanese company accounts write them ---------------------------------------------

@pytest.mark.parametrize("text, figure, amount, currency", [
    ("特別損失として約12百万ポンドを計上する。", "約12百万ポンド", 12_000_000, "GBP"),
    ("同社の売上高は3,250百万円だった。", "3,250百万円", 3_250_000_000, "JPY"),
    ("契約一時金は最大8百万ドル。", "最大8百万ドル", 8_000_000, "USD"),
])
def test_hundred_before_ten_thousand_is_a_million(text, figure, amount, currency):
    m = {p.text: p for p in propose(text).money}[figure]
    assert (m.amount, m.currency) == (Decimal(amount), currency)


def test_a_japanese_equivalent_of_hundred_million_pounds_is_linked():
    money = propose("費用合計:約7百万ポンド(約12億円)").money
    assert [m.text for m in money] == ["約7百万ポンド", "約12億円"]
    assert money[1].converted_from == money[0].id


def test_the_old_japanese_units_keep_their_reading():
    assert [(m.text, m.amount) for m in find_money("6千億円と1億1,900万ポンド")] == [
        ("6千億円", Decimal(600_000_000_000)), ("1億1,900万ポンド", Decimal(119_000_000))]


# --- a table whose amounts print only the header's unit -----------------------------------------------------------

_JA_TABLE = """助成額の内訳は次のとおり。
| 分野 |
予算 (百万ポンド) |
割合 |
物理 |
45.5 |
60.0% |
化学 |
30.2 |
40.0% |
(出典) 年次報告書"""


def test_a_header_unit_gives_the_column_its_currency_and_scale():
    figures = table_figures(_JA_TABLE)
    assert [(_JA_TABLE[s:e], a, c) for s, e, a, c in figures] == [
        ("45.5", Decimal("45500000.0"), "GBP"), ("30.2", Decimal("30200000.0"), "GBP")]
    money = propose(_JA_TABLE).money
    assert [(m.text, m.amount, m.currency) for m in money] == [("45.5", 45_500_000, "GBP"), ("30.2", 30_200_000, "GBP")]
    _exact(_JA_TABLE)


def test_an_english_header_unit_in_thousands():
    table = "| Region |\nAward (£000) |\nNorth |\n1,250 |\nSouth |\n980 |\n"
    assert [(table[s:e], a, c) for s, e, a, c in table_figures(table)] == [
        ("1,250", Decimal(1_250_000), "GBP"), ("980", Decimal(980_000), "GBP")]


def test_a_table_whose_bare_numbers_fill_two_columns_is_left_alone():
    # amounts beside counts of projects: which column is money cannot be told from the numbers
    table = "| Region |\nAmount (£m) |\nProjects |\nNorth |\n12.5 |\n14 |\nSouth |\n8.1 |\n9 |\n"
    assert table_figures(table) == []


def test_percentages_years_and_tables_without_a_unit_give_no_money():
    assert table_figures("| 年 |\n件数 |\n2019 |\n12 |\n2020 |\n15 |\n") == []
    assert table_figures("| 地域 |\n割合 (%) |\nEU |\n48.4% |\n米国 |\n27.0% |\n") == []


def test_a_unit_in_prose_is_no_header():
    text = "The programme (£m figures are estimates) runs from 2020.\n2021\n2022\n"
    assert table_figures(text) == []


# --- investment no clause gives a payer, on a government's page -----------------------------------------------------

def test_unowned_investment_on_a_page_naming_only_one_governments_bodies_is_not_business_money():
    text = ("英国政府は3月2日、新たな量子技術戦略を発表した。\n"
            "今後5年間で最大6億ポンドを投じる。")
    m = next(m for m in propose(text).money if m.text == "最大6億ポンド")
    assert m.side == "UK"


def test_a_sentence_with_its_own_subject_still_invests_as_that_subject():
    # the projects the government chose invest their own money: the round-9 reading (private) holds
    text = ("英国政府は3月2日、支援対象の8つのプロジェクトを発表した。\n"
            "8つのプロジェクトは今後3年間で合計約2億ポンドを投資する。")
    m = next(m for m in propose(text).money if m.text == "約2億ポンド")
    assert m.side == "private"


def test_a_company_named_before_keeps_unowned_investment_private():
    text = ("北星電機は3月2日、英国での新工場計画を発表した。英国政府も歓迎した。\n"
            "新工場には約3億ポンドを投資する。")
    m = next(m for m in propose(text).money if m.text == "約3億ポンド")
    assert m.side == "private"


# --- knowledge: the Department of Trade and Industry as the press printed it ---------------------------------------

def test_the_department_of_trade_ampersand_industry_is_the_uk_ministry():
    text = ("Kestrel Semiconductors will build a plant in Durham. "
            "The Department of Trade & Industry is putting up UKP12m in regional grants.")
    m = next(m for m in propose(text).money if m.text == "UKP12m")
    assert m.side == "UK"


def test_a_table_with_two_unit_headers_is_left_alone():
    # two money columns in two units: which column each bare number sits in is not told by the flattened text
    table = "| Region |\nBudget (£m) |\nSpend (¥bn) |\nNorth |\n12.5 |\n2.1 |\nSouth |\n8.1 |\n1.4 |\n"
    assert table_figures(table) == []
