"""Round 105 onwards (session 48) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose
from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 105 (test118 read)

@pytest.mark.parametrize("text, figure, amount", [
    ("The Kyoto start-up said it had closed a $40 millionSeries C round led by a Tokyo fund.", "$40 million", "40000000"),
    ("Two-way trade now stands at £28 billionRead more about the agreement.", "£28 billion", "28000000000"),
])
def test_a_scale_word_glued_to_the_next_capitalised_word_still_scales_the_figure(text, figure, amount):
    p = _figure(text, figure)
    assert str(p.amount) == amount


def test_a_scale_word_written_in_capitals_is_not_cut_off():
    p = _figure("The museum paid $5 Million for the screens.", "$5 Million")
    assert str(p.amount) == "5000000"


def test_a_scale_word_before_a_lower_case_word_is_no_scale():
    # "millionaires" is no glued word: nothing scaled "£3 millionaires" before, nothing does now
    texts = [m.text for m in propose("The fund has made £3 millionaires of its founders.", word_model=False).money]
    assert "£3 millionaires" not in texts


@pytest.mark.parametrize("text, figure", [
    ("Tokyo wants to triple the size of the country's drone industry to 2 trillion yen by 2030.", "2 trillion yen"),
    ("Analysts put the size of the UK market at about £4bn this year.", "about £4bn"),
])
def test_the_size_a_sentence_gives_an_industry_is_a_market_figure(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "market" and not p.is_funding


def test_money_put_in_to_grow_an_industry_stays_funding():
    p = _figure("The ministry will invest £5m to increase the size of the robotics industry.", "£5m")
    assert p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("The Osaka start-up has raised more than $120 million through a series of private rounds.", "more than $120 million"),
    ("Acme Robotics has raised £20m across three funding rounds since 2019.", "£20m"),
])
def test_what_a_company_has_raised_over_several_rounds_is_its_total_to_date(text, figure):
    p = _figure(text, figure)
    assert not p.is_funding


def test_a_round_raised_now_in_two_tranches_stays_money_put_in():
    p = _figure("Acme Robotics raised £5m in two rounds this spring from Japanese investors.", "£5m")
    assert p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("Most recently it closed a $60 million Series G round in March.", "$60 million"),
    ("The company completed a £30m Series H round, led by a Japanese bank's fund.", "£30m"),
])
def test_a_late_lettered_series_round_is_an_investment(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "investment" and p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("Chefs in Tokyo will pay £180 a kilo for the Scottish beef.", "£180"),
    ("The whisky sells at ¥30,000 per bottle in Osaka.", "¥30,000"),
    ("The contract guarantees a price of £61.50 per megawatt-hour for the wind farm.", "£61.50"),
])
def test_what_one_unit_of_a_good_sells_for_is_a_price(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "price" and not p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("The foundation offers a grant of £1,500 per person towards travel to Japan.", "£1,500"),
    ("JSPS pays fellows ¥362,000 a month.", "¥362,000"),
])
def test_a_grant_per_person_or_per_month_stays_funding(text, figure):
    assert _figure(text, figure).is_funding


# round 106 (test119 read)

@pytest.mark.parametrize("text, figure", [
    ("Rakuten had invested $300 million in Lyft's ride-hailing business before the listing.", "$300 million"),
    ("By then Mitsui had invested £25m in the Oxford start-up.", "£25m"),
])
def test_what_a_company_had_invested_in_another_company_is_that_investment(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "investment" and p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("Toyota said it had invested £3 billion in the Derbyshire area since 1992.", "£3 billion"),
    ("The group had invested £60m in Britain in 2015, mostly in its plants.", "£60m"),
])
def test_what_a_company_had_invested_in_a_place_stays_its_spending_over_the_years(text, figure):
    assert not _figure(text, figure).is_funding
