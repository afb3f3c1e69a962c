"""Every money form issue 15 lists, one invented sentence each: the figure is found once, with its
amount, currency (and lower bound for a range), and its offsets are exact.

The sentences are made up for the test; none is taken from a document of the held-out corpus."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ukjp_desktop.core.extract.money import find_money

D = Decimal
M, B = 10 ** 6, 10 ** 9

# (sentence, the figure's words, amount, currency, amount_min)
FORMS = [
    # symbols before the number, with and without scales
    ("The council gives £4.5m to the lab.", "£4.5m", D("4.5") * M, "GBP", None),
    ("The agency gives ¥300 million to the lab.", "¥300 million", 300 * M, "JPY", None),
    ("The agency gives ￥300 million to the lab.", "￥300 million", 300 * M, "JPY", None),
    ("The fund gives $2bn to the lab.", "$2bn", 2 * B, "USD", None),
    ("The fund gives US$200m to the lab.", "US$200m", 200 * M, "USD", None),
    ("The fund gives U.S.$5 million to the lab.", "U.S.$5 million", 5 * M, "USD", None),
    ("The fund gives €15mn to the lab.", "€15mn", 15 * M, "EUR", None),
    ("The fund gives C$3 million to the lab.", "C$3 million", 3 * M, "CAD", None),
    ("The fund gives CA$3 million to the lab.", "CA$3 million", 3 * M, "CAD", None),
    ("The fund gives A$7m to the lab.", "A$7m", 7 * M, "AUD", None),
    ("The fund gives AU$7m to the lab.", "AU$7m", 7 * M, "AUD", None),
    ("The fund gives CN¥80 million to the lab.", "CN¥80 million", 80 * M, "CNY", None),
    ("The fund gives ₩12 billion to the lab.", "₩12 billion", 12 * B, "KRW", None),
    ("The fund gives $250mm to the lab.", "$250mm", 250 * M, "USD", None),
    ("The fund gives $10 mil. to the lab.", "$10 mil", 10 * M, "USD", None),
    ("The fund gives £1.2tn to the economy.", "£1.2tn", D("1.2") * 10 ** 12, "GBP", None),
    ("The fund gives £500k to the lab.", "£500k", 500_000, "GBP", None),
    # codes before and after the number
    ("It gives GBP 5 million to the lab.", "GBP 5 million", 5 * M, "GBP", None),
    ("It gives JPY 300 million to the lab.", "JPY 300 million", 300 * M, "JPY", None),
    ("It gives 300 million JPY to the lab.", "300 million JPY", 300 * M, "JPY", None),
    ("It gives USD 40m to the lab.", "USD 40m", 40 * M, "USD", None),
    ("It gives EUR 2 billion to the lab.", "EUR 2 billion", 2 * B, "EUR", None),
    ("It gives 2 billion EUR to the lab.", "2 billion EUR", 2 * B, "EUR", None),
    ("It gives CAD 500,000 to the lab.", "CAD 500,000", 500_000, "CAD", None),
    ("It gives $500,000 CAD to the lab.", "$500,000 CAD", 500_000, "CAD", None),
    ("It gives $9 million AUD to the lab.", "$9 million AUD", 9 * M, "AUD", None),
    ("It gives CHF 20 million to the lab.", "CHF 20 million", 20 * M, "CHF", None),
    ("It gives 20 million CHF to the lab.", "20 million CHF", 20 * M, "CHF", None),
    ("It gives CNY 1 billion to the lab.", "CNY 1 billion", 1 * B, "CNY", None),
    ("It gives RMB 1 billion to the lab.", "RMB 1 billion", 1 * B, "CNY", None),
    ("It gives KRW 3 billion to the lab.", "KRW 3 billion", 3 * B, "KRW", None),
    ("It gives 3 billion KRW to the lab.", "3 billion KRW", 3 * B, "KRW", None),
    # written names after the number
    ("It gives 3 million pounds to the lab.", "3 million pounds", 3 * M, "GBP", None),
    ("It gives 3 million pounds sterling to the lab.", "3 million pounds sterling", 3 * M, "GBP", None),
    ("It gives 3 million British pounds to the lab.", "3 million British pounds", 3 * M, "GBP", None),
    ("It gives 18 million Japanese Yen to the lab.", "18 million Japanese Yen", 18 * M, "JPY", None),
    ("It gives 500 million yen to the lab.", "500 million yen", 500 * M, "JPY", None),
    ("It gives 15 million euro to the lab.", "15 million euro", 15 * M, "EUR", None),
    ("It gives 15 million euros to the lab.", "15 million euros", 15 * M, "EUR", None),
    ("It gives 6 million dollars to the lab.", "6 million dollars", 6 * M, "USD", None),
    ("It gives 6 million US dollars to the lab.", "6 million US dollars", 6 * M, "USD", None),
    ("It gives 6 million Canadian dollars to the lab.", "6 million Canadian dollars", 6 * M, "CAD", None),
    ("It gives 6 million Australian dollars to the lab.", "6 million Australian dollars", 6 * M, "AUD", None),
    ("It gives 8 million Swiss francs to the lab.", "8 million Swiss francs", 8 * M, "CHF", None),
    ("It gives 90 million yuan to the lab.", "90 million yuan", 90 * M, "CNY", None),
    ("It gives 90 million renminbi to the lab.", "90 million renminbi", 90 * M, "CNY", None),
    ("It gives 5 billion won to the lab.", "5 billion won", 5 * B, "KRW", None),
    ("It gives 5 billion Korean won to the lab.", "5 billion Korean won", 5 * B, "KRW", None),
    ("It gives 5 oku-yen to the lab.", "5 oku-yen", 5 * 10 ** 8, "JPY", None),
    # the currency word before the number, as old newspaper copy writes it
    ("The carmaker will spend pounds 150m on the plant.", "pounds 150m", 150 * M, "GBP", None),
    ("The carmaker will spend pounds 3.7bn on the plant.", "pounds 3.7bn", D("3.7") * B, "GBP", None),
    ("The carmaker will spend pounds 250,000 on the plant.", "pounds 250,000", 250_000, "GBP", None),
    ("The maker will spend yen 40bn on the line.", "yen 40bn", 40 * B, "JPY", None),
    ("The wire said the firm gives L10 million to the lab.", "L10 million", 10 * M, "GBP", None),
    # pence
    ("The board paid a dividend of 3.78p a share.", "3.78p", D("0.0378"), "GBP", None),
    ("The offer is 45p a share.", "45p", D("0.45"), "GBP", None),
    ("The fee is 20 pence.", "20 pence", D("0.2"), "GBP", None),
    # Japanese units and compounds
    ("研究所に37億円を助成する。", "37億円", 37 * 10 ** 8, "JPY", None),
    ("研究所に500円を払う。", "500円", 500, "JPY", None),
    ("研究所に2,000万円を助成する。", "2,000万円", 2 * 10 ** 7, "JPY", None),
    ("研究所に3兆円を投じる。", "3兆円", 3 * 10 ** 12, "JPY", None),
    ("研究所に2000万ポンドを助成する。", "2000万ポンド", 2 * 10 ** 7, "GBP", None),
    ("研究所に5億ポンドを投資する。", "5億ポンド", 5 * 10 ** 8, "GBP", None),
    ("研究所に10億英ポンドを投資する。", "10億英ポンド", 10 ** 9, "GBP", None),
    ("研究所に3億ドルを投資する。", "3億ドル", 3 * 10 ** 8, "USD", None),
    ("研究所に3億米ドルを投資する。", "3億米ドル", 3 * 10 ** 8, "USD", None),
    ("研究所に2億ユーロを投資する。", "2億ユーロ", 2 * 10 ** 8, "EUR", None),
    ("研究所に5億元を投資する。", "5億元", 5 * 10 ** 8, "CNY", None),
    ("研究所に1億1,900万ポンドを投資する。", "1億1,900万ポンド", 119 * M, "GBP", None),
    ("研究所に約2兆6,355億8,200万円を投じる。", "約2兆6,355億8,200万円", 2_635_582_000_000, "JPY", None),
    ("研究所に6千億円を投じる。", "6千億円", 6 * 10 ** 11, "JPY", None),
    ("研究所に242億6,200 万ポンドを投じる。", "242億6,200 万ポンド", 24_262_000_000, "GBP", None),
    # a symbol before Japanese units, as Japanese press writes sterling
    ("新施設に£1億8,300万が投入される。", "£1億8,300万", 183 * M, "GBP", None),
    ("新施設に£13億が投入される。", "£13億", 13 * 10 ** 8, "GBP", None),
    ("新施設に£5,000万が投入される。", "£5,000万", 50 * M, "GBP", None),
    ("新施設に$2億が投入される。", "$2億", 2 * 10 ** 8, "USD", None),
    # ranges
    ("Awards are £250,000-£400,000 each.", "£250,000-£400,000", 400_000, "GBP", 250_000),
    ("Awards are between £1m and £2m.", "between £1m and £2m", 2 * M, "GBP", 1 * M),
    ("Awards are £1-2 million.", "£1-2 million", 2 * M, "GBP", 1 * M),
    ("The contract is worth $6.1–$6.14 billion.", "$6.1–$6.14 billion", D("6.14") * B, "USD", D("6.1") * B),
    ("The plan costs $5-$10 million.", "$5-$10 million", 10 * M, "USD", 5 * M),
    ("The plan costs 10-20 billion yen.", "10-20 billion yen", 20 * B, "JPY", 10 * B),
    ("1件あたり300万～500万ポンドを助成する。", "300万～500万ポンド", 5 * M, "GBP", 3 * M),
    ("1件あたり300万〜500万ポンドを助成する。", "300万〜500万ポンド", 5 * M, "GBP", 3 * M),
    ("1件あたり3億から5億円を助成する。", "3億から5億円", 5 * 10 ** 8, "JPY", 3 * 10 ** 8),
    ("売上高は100~1000億円未満の企業が多い。", "100~1000億円", 10 ** 11, "JPY", 10 ** 10),
    ("1件あたり300万ポンド(5億円)から500万ポンドを助成する。", "300万ポンド(5億円)から500万ポンド", 5 * M, "GBP", 3 * M),
    ("Each award is £3m ($4m) to £5m.", "£3m ($4m) to £5m", 5 * M, "GBP", 3 * M),
    # session 24 (round 8): the country after the dollar sign; a country before a Japanese currency's name; a
    # number wrapped onto the next line before its Japanese unit; a tilde for "about"
    ("The fund gives $US40 million to the lab.", "$US40 million", 40 * M, "USD", None),
    ("The fund gives $A 12m to the lab.", "$A 12m", 12 * M, "AUD", None),
    ("The fund gives $AU12m to the lab.", "$AU12m", 12 * M, "AUD", None),
    ("The fund gives $CA5 million to the lab.", "$CA5 million", 5 * M, "CAD", None),
    ("研究所に約3億UKポンドを投資する。", "3億UKポンド", 3 * 10 ** 8, "GBP", None),
    ("研究所に2億英国ポンドを投資する。", "2億英国ポンド", 2 * 10 ** 8, "GBP", None),
    ("研究所に5億USドルを投資する。", "5億USドル", 5 * 10 ** 8, "USD", None),
    ("研究所に5億米国ドルを投資する。", "5億米国ドル", 5 * 10 ** 8, "USD", None),
    ("研究所に4億豪ドルを投資する。", "4億豪ドル", 4 * 10 ** 8, "AUD", None),
    ("研究所に6億カナダドルを投資する。", "6億カナダドル", 6 * 10 ** 8, "CAD", None),
    ("研究所に6億加ドルを投資する。", "6億加ドル", 6 * 10 ** 8, "CAD", None),
    ("研究所に10億人民元を投資する。", "10億人民元", 10 ** 9, "CNY", None),
    ("研究所に2億スイスフランを投資する。", "2億スイスフラン", 2 * 10 ** 8, "CHF", None),
    ("研究所に50億韓国ウォンを投資する。", "50億韓国ウォン", 5 * 10 ** 9, "KRW", None),
    ("協会が研究所へ寄付した600\n万ポンドは記録です。", "600\n万ポンド", 6 * M, "GBP", None),
    ("協会が研究所へ寄付した1億\n2,000万円は記録です。", "1億\n2,000万円", 12 * 10 ** 7, "JPY", None),
    ("The firm is valued at ~£40 million.", "~£40 million", 40 * M, "GBP", None),
]


@pytest.mark.parametrize("sentence, words, amount, currency, amount_min", FORMS,
                         ids=[f[1] for f in FORMS])
def test_every_money_form_is_read_with_exact_offsets(sentence, words, amount, currency, amount_min):
    found = [p for p in find_money(sentence) if not p.converted_from]
    assert len(found) == 1, [p.text for p in found]
    p = found[0]
    assert (p.amount, p.currency, p.amount_min) == (D(amount), currency, amount_min and D(amount_min))
    assert sentence[p.start:p.end] == p.text
    assert words in p.text


@pytest.mark.parametrize("sentence", [
    "The parcel weighs 5 pounds 20 ounces.",    # a weight, then no sum
    "Step 1p was skipped.",                     # a label, not pence
    "The ML10 million-cell model ran.",         # "L" inside a word is no pound sign
    "The L2 road is closed.",                   # "L" with no scale word
    "表3\n\n万ポンドの内訳",                         # a blank line parts a number from a unit
])
def test_look_alikes_are_not_money(sentence):
    assert [p.text for p in find_money(sentence) if p.currency == "GBP" and "pounds" not in p.text] == []


def test_a_bracketed_equivalent_of_the_high_end_is_linked_to_the_range():
    text = "1件あたり300万ポンド(5億円)から500万ポンド(8億円)を助成する。"
    range_, conv = find_money(text)
    assert (range_.amount_min, range_.amount) == (3 * M, 5 * M)
    assert (conv.amount, conv.currency, conv.converted_from) == (8 * 10 ** 8, "JPY", range_.id)


def test_a_change_with_an_equivalent_in_brackets_is_not_a_range():
    found = find_money("The budget rose from £1m ($1.3m) to £2m.")
    assert [(p.amount, p.amount_min) for p in found] == [(1 * M, None), (D("1.3") * M, None), (2 * M, None)]
