"""Round 76 onwards (session 38) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.money import find_money


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


def _read(text: str) -> list[tuple[str, str, Decimal]]:
    return [(p.text, p.currency, p.amount) for p in find_money(text)]


# round 76 (test82, test83 and test84 read)

@pytest.mark.parametrize("text, currency, amount", [
    ("The plant cost NZ $7 million to build.", "NZD", Decimal("7000000")),
    ("It bought the stake for NZ$12.5m last year.", "NZD", Decimal("12500000")),
    ("The insurer paid S$260.6 million for the fund manager.", "SGD", Decimal("260600000")),
    ("A HK$5bn loan was arranged.", "HKD", Decimal("5000000000")),
    ("The chip maker will spend NT$3 billion.", "TWD", Decimal("3000000000")),
    ("The round raised Rs 2,800 crore from SoftBank.", "INR", Decimal("28000000000")),
    ("It committed Rs. 650 crore to the venture.", "INR", Decimal("6500000000")),
    ("The fund holds ₹500 crore.", "INR", Decimal("5000000000")),
    ("A grant of 3 million rupees was made.", "INR", Decimal("3000000")),
    ("Sales reached INR 30 billion.", "INR", Decimal("30000000000")),
    ("The state fund put in SEK 40 million.", "SEK", Decimal("40000000")),
    ("同社はニュージーランドに500万NZドルを投じる。", "NZD", Decimal("5000000")),
])
def test_the_other_dollars_and_the_rupee_are_read_as_themselves(text, currency, amount):
    [(_text, got_currency, got_amount)] = _read(text)
    assert (got_currency, got_amount) == (currency, amount)


@pytest.mark.parametrize("text", ["The Brazilian unit raised R$ 10 million.", "Sales in Mexico were MX$3m."])
def test_a_dollar_sign_after_letters_nobody_listed_is_not_a_us_dollar(text):
    assert _read(text) == []


@pytest.mark.parametrize("text, currency", [
    ("The company raised $7 million.", "USD"),
    ("The company raised US$7 million.", "USD"),
    ("Canada gave C$4m.", "CAD"),
    ("(costs $5m)", "USD"),
])
def test_the_plain_and_listed_dollars_are_unchanged(text, currency):
    [(_text, got, _amount)] = _read(text)
    assert got == currency


def test_a_rupee_figure_and_its_sterling_in_brackets_are_one_figure():
    money = find_money("The deal was worth Rs 2,800 crore (£339 million).")
    assert [p.currency for p in money] == ["INR", "GBP"]
    assert money[1].converted_from == money[0].id


def test_a_third_countrys_dollar_guesses_no_uk_or_us_payer():
    p = _figure("A new NZ $7 million grant scheme opened this year.", "NZ $7 million")
    assert p.side in (None, "other")


def test_a_bare_sum_whose_bracket_restates_it_takes_the_currency_before_it():
    text = ("The government plans to earmark 85.8 billion yen ($751 million) for the fighter's R&D, up almost 28 "
            "billion ($245 million) from this year.")
    money = find_money(text)
    assert [(p.text, p.currency) for p in money] == [
        ("85.8 billion yen", "JPY"), ("$751 million", "USD"), ("almost 28 billion", "JPY"), ("$245 million", "USD")]
    assert money[2].amount == Decimal("28000000000") and money[2].qualifier == "approximately"
    assert money[3].converted_from == money[2].id


def test_the_rise_against_last_year_is_no_money_of_its_own():
    text = ("The government plans to earmark 85.8 billion yen ($751 million) for the fighter's R&D, up almost 28 "
            "billion ($245 million) from this year.")
    rise = _figure(text, "almost 28 billion")
    assert rise.money_kind == "other" and not rise.is_funding
    assert not _figure(text, "$245 million").is_funding
    assert _figure(text, "85.8 billion yen").is_funding


@pytest.mark.parametrize("text", [
    "It will sell 300 million ($2bn) shares after paying £5m for the site.",
    "The firm paid £5m. Its 3 million ($4m) customers were told.",
    "The firm has 5 million ($3m) in the bank.",   # no figure before it to take a currency from
])
def test_a_bare_number_is_no_sum_without_a_currency_before_it_in_its_sentence_or_a_sum_after_its_bracket(text):
    assert all(p.text[0] in "£$" for p in find_money(text))


def test_a_rise_on_last_year_of_a_figure_with_its_currency_is_no_money_put_in():
    p = _figure("Its R&D budget is £40 million, up £3 million on last year.", "£3 million")
    assert p.money_kind == "other" and not p.is_funding


def test_a_figure_before_its_own_funders_name_does_not_lend_it_to_another():
    text = "The £125mn investment and £9.3mn UK government grant would create 2,000 jobs at the Nissan plant."
    investment = _figure(text, "£125mn")
    assert investment.side != "UK"
    grant = _figure(text, "£9.3mn")
    assert grant.side == "UK"


def test_the_funder_named_before_its_figure_still_pays_it():
    # the control: the government's grant, named before its figure, is still the government's
    p = _figure("The UK government will provide £9.3mn to the project.", "£9.3mn")
    assert (p.side, p.contributor) == ("UK", "uk-government")


@pytest.mark.parametrize("alias, side", [("GOJ", "Japan"), ("Her Majesty's Government", "UK")])
def test_the_governments_short_forms_are_known(alias, side):
    p = _figure(f"The {alias} plans to earmark £40 million for the new research centre.", "£40 million")
    assert (p.side, p.side_basis) == (side, "clause")


def test_the_two_sides_of_a_company_venture_are_companies():
    text = ("JERA and BP agreed to merge their offshore wind businesses. The two sides will invest up to 5.8 billion "
            "dollars in the joint venture by the end of 2030.")
    assert _figure(text, "up to 5.8 billion dollars").side == "private"


def test_the_two_sides_of_a_government_pact_are_joint():
    # the control: two governments' "two sides" are still both countries
    text = ("The UK government and the Japanese government signed the agreement. The two sides will invest £40m in "
            "the research programme.")
    assert _figure(text, "£40m").side == "joint"


def test_what_a_company_has_already_raised_is_its_total_to_date():
    p = _figure("Launched in 2021, Quantinuum has already raised $625 million, and with this latest round it is "
                "worth $5 billion.", "$625 million")
    assert p.money_kind == "other" and not p.is_funding


def test_what_a_company_has_raised_in_a_new_round_is_still_money_put_in():
    p = _figure("Quantinuum has raised $300 million in a round led by Mitsui.", "$300 million")
    assert p.is_funding


def test_a_savings_challenger_is_a_bank_not_a_saving():
    p = _figure("SoftBank led a $440m round into savings challenger Oaknorth this month.", "$440m")
    assert p.is_funding


def test_savings_made_are_still_no_money_put_in():
    p = _figure("The merger will make savings of £40m a year.", "£40m")
    assert not p.is_funding


def test_a_debt_financing_of_a_sum_is_money_put_in():
    p = _figure("Between the rounds there was a debt financing of $30 million from its banks.", "$30 million")
    assert p.is_funding


def test_a_companys_debts_stay_no_money_put_in():
    for text, figure in [("The firm has debts of £30m.", "£30m"),
                         ("The bank provided £1 billion of the £2.5 billion debt financing for the trains.",
                          "£2.5 billion")]:
        assert not _figure(text, figure).is_funding, text


def test_the_word_model_still_leaves_these_readings_their_offsets():
    text = "The round raised Rs 2,800 crore (£339 million) from SoftBank."
    for p in propose(text).money:
        assert text[p.start:p.end] == p.text


def test_softbank_as_news_copy_spells_it_is_softbank():
    p = _figure("Softbank plugs $200m into a European tech fund.", "$200m")
    assert (p.side, p.contributor) == ("private", "softbank")


# round 77 (test85 read)

@pytest.mark.parametrize("text, figure", [
    ("Sellafield waste plant closure could cost taxpayer £100m", "£100m"),
    ("The delay may cost the company $40 million.", "$40 million"),
])
def test_what_something_could_cost_is_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


def test_money_a_body_can_put_in_is_still_money_put_in():
    # the control: "can invest" is no cost
    assert _figure("The fund can invest £100m in new plants.", "£100m").is_funding


# the review of rounds 76 and 77 (session 38): readings the new rules must not make

@pytest.mark.parametrize("text, currency", [
    ("約$500 million を投資", "USD"),                  # a dollar after kana or kanji is still the US's
    ("SOFTBANK'S $100BN PLEDGE", "USD"),              # an "S" before the sign is no Singapore dollar
    ("JAPAN’S $5 BILLION CHIP FUND", "USD"),
    ("The Tesla Model S $79,990 price", "USD"),
    ("U.S $5 million", "USD"),
])
def test_the_new_signs_take_no_ordinary_words(text, currency):
    assert [c for _t, c, _a in _read(text)] == [currency]


@pytest.mark.parametrize("text", ["Tomasek 2021 showed that the sample grew.", "It took 10 sek.", "He had 3 nok left.",
                                  "The Schwarzschild radius Rs 3 km away."])
def test_surnames_words_and_symbols_are_no_new_currency(text):
    assert _read(text) == []


@pytest.mark.parametrize("text", [
    "Japan will provide ¥5bn, and Malaysia's RM 1.2 billion ($270 million) for the plant.",
    "The UK committed £20m while Sweden gave 200 million ($19m) to the fund.",
    "The fund of £5m, about 300 million (¥55 million) of which is for Japan.",
])
def test_a_bare_number_takes_no_currency_its_bracket_does_not_bear_out(text):
    assert len(find_money(text)) == 2


def test_a_partner_that_can_cost_share_is_no_cost():
    p = _figure("UK partners can receive up to £50,000 from UKRI, and Japanese partners can cost-share.",
                "up to £50,000")
    assert p.is_funding and p.side == "UK"


def test_money_already_raised_from_a_named_funder_is_that_funders():
    p = _figure("The consortium, which has already raised £3m from Innovate UK, will receive a further £2m.", "£3m")
    assert p.is_funding and p.contributor == "innovate-uk"


def test_both_sides_after_two_leaders_and_one_company_stay_joint():
    text = ("Prime Minister Kishida and Prime Minister Sunak met in Hiroshima, where Mitsubishi Heavy Industries "
            "announced a new plant. Both sides will invest £100m in the programme.")
    assert _figure(text, "£100m").side == "joint"


def test_a_protein_named_hmg_is_no_government():
    assert "uk-government" not in {o.slug for o in propose("The HMG box protein study received £3m.").organisations}
