"""Rounds 74 onwards (session 36) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    money = propose(text, word_model=False).money
    for m in money:
        assert text[m.start:m.end] == m.text, m.text
    return next(m for m in money if m.text == figure)


# round 74 (test80 read)

def test_the_mitsubishi_group_named_alone_is_a_japanese_company():
    p = _figure("Britain welcomed the plan on Monday, with Japan's Mitsubishi agreeing to invest up to £80 million "
                "in a turbine blade factory.", "up to £80 million")
    assert (p.side, p.contributor) == ("private", "mitsubishi-group")


def test_a_mitsubishi_companys_longer_name_still_wins():
    p = _figure("Mitsubishi Corporation will invest £50 million in the wind farm.", "£50 million")
    assert p.contributor == "mitsubishi-corporation"


def test_industry_as_a_japanese_subject_pays_private_money():
    p = _figure("英国政府は研究開発に10億ポンドを投じる。産業界は3億ポンド(540億円)を既に拠出している。", "3億ポンド")
    assert (p.side, p.side_basis) == ("private", "clause")


@pytest.mark.parametrize("text, figure", [
    ("Sony also announced a 500 billion yen ($3.4 billion) share buyback to be completed within a year.",
     "500 billion yen"),
    ("The board approved a £200m buy-back of its own shares.", "£200m"),
    ("同社は1000億円の自社株買いを発表した。", "1000億円"),
])
def test_a_share_buyback_is_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


def test_a_buyback_word_elsewhere_leaves_an_investment_alone():
    # the control: the buyback is another figure's; the plant's money is still put in
    p = _figure("The company will invest £300 million in a new plant in Sunderland, and its share buyback is over.",
                "£300 million")
    assert p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("防衛費の大幅増額が打ち出され、5年間で総額43兆円の予算が認められた。", "43兆円"),
    ("The country's defence budget will rise to £60 billion by the end of the decade.", "£60 billion"),
])
def test_a_nations_whole_defence_budget_is_no_programme_money(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


def test_defence_research_money_stays_funding():
    # the control: a defence budget's research line is a programme's money
    p = _figure("From the defence budget, the ministry will spend £2 billion on research for the new fighter jet.",
                "£2 billion")
    assert p.is_funding


def test_the_eu_with_its_abbreviation_as_a_japanese_subject_pays_other_money():
    p = _figure("米国は520億ドルの支援策を打ち出しているほか、欧州連合(EU)も「欧州半導体法」で430億ユーロの投資を確保するとしている。",
                "430億ユーロ")
    assert (p.side, p.side_basis) == ("other", "clause")


def test_japanese_companies_investment_into_the_uk_that_a_prime_minister_secured_is_private():
    p = _figure("首相は東京で日本企業幹部との会合を主催し、総額180億ポンドの対英投資の約束を確保した。", "180億ポンド")
    assert (p.side, p.side_basis) == ("private", "clause")


def test_inward_investment_without_a_business_word_keeps_its_reading():
    # the control: nothing says companies pay, so the rule does not decide
    p = _figure("英国政府は総額2億ポンドの対英投資促進策を発表した。", "2億ポンド")
    assert p.side_basis != "clause" or p.side != "private"


def test_each_of_a_list_from_both_sides_paying_the_same_sum_is_joint():
    p = _figure("日立、日立以外の日本勢、英国勢が3千億円ずつを出資し、英政府が融資を保証する。", "3千億円")
    assert (p.side, p.side_basis) == ("joint", "clause")


def test_each_of_a_list_from_one_side_is_not_joint():
    # the control: three Japanese companies, each with the same sum
    p = _figure("三菱商事、丸紅、住友商事が100億円ずつを出資する。", "100億円")
    assert p.side == "private"


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(o.text, o.slug) for o in propose(text, word_model=False).organisations]


def test_the_groups_bare_name_on_a_page_naming_one_of_its_companies_is_that_company():
    orgs = _orgs("Mitsubishi buys wind stake\n\nMitsubishi Corporation has acquired a 50% share of the assets.")
    assert ("Mitsubishi", "mitsubishi-corporation") in orgs and all(s != "mitsubishi-group" for _t, s in orgs)


@pytest.mark.parametrize("text", [
    "The plant belongs to Mitsubishi Chemicals, which confirmed the plan.",   # a company the gazetteer does not know
    "The jet replaces the Mitsubishi F-2 in service.",                        # a product
])
def test_the_groups_bare_name_heading_a_longer_name_is_not_the_group(text):
    assert all(s != "mitsubishi-group" for _t, s in _orgs(text))


def test_the_group_named_alone_on_a_page_of_another_company_of_its_name_is_left_out():
    orgs = _orgs("More jobs as Mitsubishi confirms expansion.\n\nThe mayor met Mitsubishi Chemicals in Tokyo.")
    assert all(s != "mitsubishi-group" for _t, s in orgs)


# round 75 (test81 read)

@pytest.mark.parametrize("text, figure", [
    ("The council confirmed that £4,210 was spent on hotels during the visit.", "£4,210"),
    ("A further £180 was spent on other travel costs, £95 on an interpreter, and £60 on food.", "£180"),
    ("A further £180 was spent on other travel costs, £95 on an interpreter, and £60 on food.", "£95"),
    ("A further £180 was spent on other travel costs, £95 on an interpreter, and £60 on food.", "£60"),
])
def test_a_trips_expenses_item_by_item_are_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


def test_money_spent_on_research_stays_money_put_in():
    # the control: what a programme spends on research is not an expense of a trip
    p = _figure("Innovate UK will invest £3 million in new projects on hydrogen research with Japanese partners.",
                "£3 million")
    assert p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("UK Signs £30 Million Research Partnership with Japan on Healthcare Tech", "£30 Million"),
    ("Japan signs a £12 million science agreement with the UK", "£12 million"),
])
def test_a_country_signing_a_sums_partnership_with_the_other_is_joint(text, figure):
    p = _figure(text, figure)
    assert (p.side, p.side_basis) == ("joint", "clause")


def test_a_country_signing_with_a_third_country_is_not_joint():
    p = _figure("UK signs £12 million science agreement with Canada", "£12 million")
    assert p.side != "joint"


def test_programmes_led_by_a_uk_and_a_japanese_public_body_are_joint():
    p = _figure("The partnership includes £10 million programmes to advance regenerative medicine, led by the Japan "
                "Agency for Medical Research and Development (AMED) in Japan and the Medical Research Council (MRC) "
                "in the UK.", "£10 million")
    assert (p.side, p.side_basis) == ("joint", "clause")


def test_programmes_led_by_one_side_alone_are_not_joint():
    p = _figure("The partnership includes £10 million programmes to advance regenerative medicine, led by the "
                "Medical Research Council (MRC) in the UK.", "£10 million")
    assert p.side != "joint"
