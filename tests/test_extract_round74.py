"""Rounds 74 onwards (session 36) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


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

_TRIP = ("Flights to Tokyo for the mayor cost £2,100. A further £180 was spent on other travel costs, £95 on an "
         "interpreter, and £60 on food.")

@pytest.mark.parametrize("text, figure", [
    ("The council confirmed that £4,210 was spent on hotels during the visit.", "£4,210"),
    (_TRIP, "£180"),
    (_TRIP, "£95"),
    (_TRIP, "£60"),
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


# review 36: ordinary sentences the rounds' first versions misread (each right on the code before them)

def test_the_groups_bare_name_goes_to_no_uk_arm_foundation_or_one_of_two_companies():
    orgs = _orgs("Mitsubishi HC Capital UK financed the vans. Separately, Mitsubishi will invest £50m in a plant.")
    assert ("Mitsubishi", "mitsubishi-hc-capital-uk") not in orgs
    orgs = _orgs("Mitsubishi Heavy Industries and Mitsubishi Corporation signed the deal. Mitsubishi will invest £100m.")
    assert ("Mitsubishi", "mitsubishi-heavy-industries") not in orgs and ("Mitsubishi", "mitsubishi-corporation") not in orgs


@pytest.mark.parametrize("text, figure, side", [
    ("産業界は、政府が10億ポンドの支援策を打ち出したことを歓迎した。", "10億ポンド", "UK"),
    ("産業界からは、政府が5000億円を投じるべきだとの声が上がる。", "5000億円", "Japan"),
])
def test_industry_named_elsewhere_in_the_sentence_does_not_pay(text, figure, side):
    assert _figure(text, figure).side == side


@pytest.mark.parametrize("text, figure", [
    ("Hitachi agreed a £700m repurchase of the nuclear site from the developer.", "£700m"),
    ("The firm completed a £60m buy-back of the land from the council.", "£60m"),
])
def test_buying_back_an_asset_is_not_a_share_buyback(text, figure):
    assert _figure(text, figure).money_kind != "other"


@pytest.mark.parametrize("text, figure", [
    ("Amid higher defence spending, Mitsubishi Heavy Industries will invest ¥50bn in a new plant.", "¥50bn"),
    ("The government has cut the defence budget, but BAE Systems will still invest £100m in the site.", "£100m"),
    ("The defence budget includes £2 billion for the GCAP fighter programme with Japan.", "£2 billion"),
    ("防衛費の増額を受け、三菱重工は500億円を投じて工場を新設する。", "500億円"),
    ("防衛予算のうち、英国との次期戦闘機事業に1000億円が充てられる。", "1000億円"),
])
def test_money_near_defence_spending_that_is_not_the_whole_budget_keeps_its_reading(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("日本も参加する国際熱核融合実験炉(ITER)には、総額200億ユーロが投じられる。", "200億ユーロ"),
    ("英国も出資する国際機関が、日本の研究に300万ドルを拠出する。", "300万ドル"),
])
def test_a_country_that_also_takes_part_does_not_pay_the_figure(text, figure):
    assert _figure(text, figure).side not in ("Japan", "UK")


@pytest.mark.parametrize("text, figure, side", [
    ("英国政府は日本企業誘致のため、5億ポンドの対英投資促進基金を設けた。", "5億ポンド", "UK"),
    ("日本企業の進出を支えるため、日本政策投資銀行が1000億円の対英投資を行う。", "1000億円", "Japan"),
])
def test_a_public_scheme_for_inward_investment_is_the_public_bodys(text, figure, side):
    assert _figure(text, figure).side == side


@pytest.mark.parametrize("text, figure", [
    ("日本企業、英国企業が50億円ずつを出資し、新会社を設立する。", "50億円"),
    ("日本、英国、米国が1億ドルずつを拠出する。", "1億ドル"),
])
def test_each_of_a_list_of_companies_or_with_a_third_country_is_not_joint(text, figure):
    assert _figure(text, figure).side != "joint"


@pytest.mark.parametrize("text, figure", [
    ("£50m has been spent on the transport network around the new Nissan plant.", "£50m"),
    ("£300m has been spent on research costs at the joint centre.", "£300m"),
    ("Of the grant, £20m was spent on new laboratories, £10m on equipment and £5m on scholarships.", "£10m"),
])
def test_money_spent_on_a_network_research_or_equipment_is_not_a_trips_expense(text, figure):
    assert _figure(text, figure).money_kind != "other"


def test_a_country_signing_with_the_others_company_is_not_joint():
    p = _figure("UK signs £200 million investment deal with Japan's Hitachi", "£200 million")
    assert p.side != "joint"


@pytest.mark.parametrize("text, figure", [
    ("UKRI has awarded £5 million to projects led by researchers at Kyoto University and Imperial College London.",
     "£5 million"),
    ("The Medical Research Council will invest £6 million in projects led by Kyoto University and the University "
     "of Edinburgh.", "£6 million"),
])
def test_projects_led_by_universities_or_after_a_named_funder_are_the_funders(text, figure):
    assert _figure(text, figure).side == "UK"
