"""Round 102 onwards (session 47) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 102 (test115 read)

@pytest.mark.parametrize("text, figure", [
    ("Each laureate, chosen by the Japan Art Association, receives 15 million yen and a medal.", "15 million yen"),
    ("The Japan Art Association gives a yearly grant of 5 million yen to a London youth orchestra.", "5 million yen"),
])
def test_a_foundation_whose_name_does_not_say_so_pays_as_a_foundation(text, figure):
    p = _figure(text, figure)
    assert p.side == "other" and p.is_funding


def test_a_japanese_association_that_is_no_foundation_keeps_its_side():
    p = _figure("The Japan Automobile Manufacturers Association will give 5 million yen to the study.", "5 million yen")
    assert p.side == "Japan"


@pytest.mark.parametrize("text, figure, side", [
    ("Sport England will invest a further £2.6m over five years in grassroots clubs in Leeds.", "£2.6m", "UK"),
    ("UK Sport will give £3m to the judo and karate teams before the Games.", "£3m", "UK"),
])
def test_the_public_sport_bodies_pay_the_uk_s_money(text, figure, side):
    assert _figure(text, figure).side == side


@pytest.mark.parametrize("text, figure", [
    ("Osaka confirmed the deal with Leeds, with the fee believed to be around £4.6m.", "around £4.6m"),
    ("The club agreed the move, and the fee was reported to be £12m.", "£12m"),
])
def test_a_fee_reported_to_be_a_sum_is_a_price(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "price" and not p.is_funding


def test_a_scholarship_covering_a_fee_stays_funding():
    p = _figure("The Daiwa scholarship will pay a grant of £9,000 towards each student's fees.", "£9,000")
    assert p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("Reporters say the singer will rake in as much as $17 million during her tour of Japan.", "as much as $17 million"),
    ("The band raked in £5m from its concerts in Tokyo.", "£5m"),
])
def test_what_someone_rakes_in_is_no_money_put_in(text, figure):
    assert not _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("The auction house expected about $16.1 million would be bid for the painting.", "about $16.1 million"),
    ("A Tokyo collector paid a record 8.1 million pounds, then $10.5 million, for the drawing.", "8.1 million pounds"),
    ("A Kyoto museum paid a reported £2m for the tea bowl.", "£2m"),
])
def test_what_a_buyer_pays_or_is_expected_to_bid_is_a_price(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "price" and not p.is_funding


def test_money_that_will_be_paid_for_research_by_a_funder_stays_funding():
    p = _figure("JSPS will provide £2m, which will be spent on research in Kyoto.", "£2m")
    assert p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("The 32 billion yen (£185 million) park will open in Nagoya in 2017.", "32 billion yen"),
    ("Nobody will say who is financing the £300 million development beside the station.", "£300 million"),
])
def test_a_park_or_a_development_named_by_its_size_is_what_it_costs(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


def test_a_company_putting_money_into_a_park_still_invests():
    p = _figure("Merlin Entertainments will pump £53 million into the new park in Nagoya.", "£53 million")
    assert p.is_funding and p.side == "private"


@pytest.mark.parametrize("text, figure", [
    ("UK Sport's funding only increased from £345 million at the start of the Tokyo cycle to £352 million.",
     "£345 million"),
    ("UK Anti-Doping's budget will rise by £400,000, which should keep its testing at current levels.", "£400,000"),
    ("Athletics funding was cut from £26.8m after the Rio Games to £22m.", "£26.8m"),
])
def test_a_body_s_funding_moving_is_still_funding(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("Exports of whisky to Japan rose from £100m to £120m last year.", "£100m"),
    ("The budget was cut by £400,000 last year.", "£400,000"),
])
def test_a_trade_figure_moving_or_a_cut_by_a_sum_keeps_its_reading(text, figure):
    assert not _figure(text, figure).is_funding


# round 103 (test116 read)

def test_a_japanese_foundation_and_a_british_agency_each_giving_are_joint():
    p = _figure("本覚書に基づき、日本財団とスコットランド開発公社は双方10億円ずつを拠出して技術開発を促進する。", "10億円")
    assert p.side == "joint"


def test_two_foundations_of_the_two_countries_stay_the_foundations():
    p = _figure("The Great Britain Sasakawa Foundation and The Nippon Foundation have announced a £2.5m cash injection "
                "for UK universities.", "£2.5m")
    assert p.side == "other"


def test_a_british_and_a_japanese_public_body_stay_joint():
    assert _figure("UKRI and JST will each provide £2m for the call.", "£2m").side == "joint"


@pytest.mark.parametrize("text, figure", [
    ("ゼノベは、スコットランドで総額7億5,000万ポンド(約1,237億円)の蓄電池プロジェクトの建設開始を発表した。", "7億5,000万ポンド"),
    ("北海で開発が進む約2,000億円のプロジェクトに、住友商事が参画する。", "約2,000億円"),
])
def test_a_japanese_project_named_by_its_total_is_what_it_costs(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


def test_a_research_project_s_money_keeps_its_reading():
    assert _figure("JSTは、日英の研究者による3億円の共同研究プロジェクトを支援する。", "3億円").is_funding


@pytest.mark.parametrize("text, figure", [
    ("リブアイとサーロインがキロあたり125ポンドで売られている。", "125ポンド"),
    ("和牛のステーキは100g当たり3,000円だった。", "3,000円"),
])
def test_a_japanese_price_by_weight_or_by_the_piece_is_a_price(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "price" and not p.is_funding


def test_money_per_person_keeps_its_reading():
    p = _figure("政府は被害者1人当たり60万ポンドの補償金を支払う。", "60万ポンド")
    assert p.money_kind != "price"


# round 104 (test117 read)

@pytest.mark.parametrize("text, figure, side", [
    ("The presidency pledged $100 million to the fund, the UK £40 million, Japan, $10 million, and the EU, €225 million.",
     "$10 million", "Japan"),
    ("The presidency pledged $100 million to the fund, the UK £40 million, Japan, $10 million, and the EU, €225 million.",
     "£40 million", "UK"),
    ("Key donors made the following commitments:\n\nCanada: CA$1.2 billion\n\nJapan: US$1.1 billion\n\nSweden: SEK3 billion",
     "US$1.1 billion", "Japan"),
])
def test_a_country_named_before_its_figure_in_a_list_of_pledges_pays_it(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_place_the_money_goes_in_a_list_is_no_payer():
    p = _figure("JICA pledged $5m to Kenya, $3m to the UK, and $2m to Peru.", "$3m")
    assert p.side != "UK"


def test_a_country_before_a_figure_with_no_pledge_is_no_payer():
    p = _figure("Exports rose sharply, Japan, $10 million, by the count of the trade ministry.", "$10 million")
    assert p.side != "Japan"


@pytest.mark.parametrize("text, figure", [
    ("The UAE pledged $100 million to the fund and £25 million for other funding arrangements for loss and damage, "
     "the US $17.5 million.", "$17.5 million"),
    ("Britain will give £40m to the new fund for loss and damage.", "£40m"),
])
def test_money_for_loss_and_damage_is_funding(text, figure):
    assert _figure(text, figure).is_funding


def test_a_company_s_losses_stay_other():
    p = _figure("The company reported losses of £40m last year.", "£40m")
    assert not p.is_funding


def test_the_government_of_the_united_kingdom_pays_the_uk_s_money():
    p = _figure("AIDS Healthcare Foundation thanked the government of the United Kingdom for pledging 1 billion pounds "
                "to the fund.", "1 billion pounds")
    assert p.side == "UK"


def test_the_international_partners_group_pays_as_an_international_body():
    p = _figure("The International Partners Group will put in $10 billion of public money for the transition.",
                "$10 billion")
    assert p.side == "other"


# review 47: the rounds' rules narrowed where invented sentences read worse than at the session's start

@pytest.mark.parametrize("text, figure", [
    ("Up to £2 million will be offered for projects that pair UK and Japanese laboratories.", "Up to £2 million"),
    ("A research allowance of ¥1,000,000 will be paid for the fellowship year.", "¥1,000,000"),
    ("JSPS paid a total of ¥800 million for fellowships in the UK last year.", "¥800 million"),
    ("The £10 million development fund will open for bids from Japanese firms in May.", "£10 million"),
    ("1件あたり最大300万円の交流プロジェクトを支援する。", "最大300万円"),
    ("JSTから3000万円の助成を受けるプロジェクトを募集する。", "3000万円"),
    ("論文1本当たり10万円の報奨金が支給される。", "10万円"),
])
def test_a_funder_s_money_keeps_its_reading_beside_the_new_price_and_size_rules(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("ソフトバンクは10億ドルの英国AIプロジェクトに投資する。", "10億ドル"),
    ("The venture fund raked in $500 million from investors including JBIC.", "$500 million"),
])
def test_money_put_into_a_project_or_raised_from_investors_stays_investment(text, figure):
    assert _figure(text, figure).money_kind == "investment"


@pytest.mark.parametrize("text, figure", [
    ("Venture funding in Japan fell from $7 billion in 2021 to $5 billion in 2023.", "$7 billion"),
    ("Typhoon Hagibis caused losses and damage of ¥1.8 trillion across eastern Japan.", "¥1.8 trillion"),
])
def test_a_sector_s_funding_and_a_disaster_s_losses_are_no_money_given(text, figure):
    assert not _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("UKRI committed £30 million to partnerships with three countries: Japan, £12 million, India, £10 million.",
     "£12 million"),
    ("UKRI committed £20 million to projects with India and Japan, £10 million each.", "£10 million"),
])
def test_the_places_a_funder_s_money_goes_are_no_payers(text, figure):
    assert _figure(text, figure).side == "UK"


def test_a_table_under_a_heading_that_names_no_pledge_names_no_payer():
    p = _figure("UK spending by destination, 2023 (the department is committed to publishing these annually):\n"
                "Japan: £8.1 billion", "£8.1 billion")
    assert p.side != "Japan"


def test_the_united_kingdom_without_the_article_heads_its_table_line():
    p = _figure("Key donors made the following commitments:\n\nUnited Kingdom: US$500 million\n\nJapan: US$1.1 billion",
                "US$500 million")
    assert p.side == "UK"
