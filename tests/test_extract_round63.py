"""Rounds 63 onwards (session 35) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 63 (test69 read)

@pytest.mark.parametrize("text, figure", [
    ("UKRI will partner with JST next year to jointly invest up to £2 million in early-stage semiconductor research.",
     "up to £2 million"),
    ("UK Research and Innovation will co-fund £3m of projects with the Japan Science and Technology Agency.", "£3m"),
    ("英国研究イノベーション庁(UKRI)は科学技術振興機構(JST)と提携し、半導体研究に最大200万ポンドの共同投資を行う。",
     "最大200万ポンド"),
    ("英国研究イノベーション庁(UKRI)は科学技術振興機構(JST)と共同で最大200万ポンドを投資する。", "最大200万ポンド"),
])
def test_money_the_verb_or_its_noun_calls_joint_between_a_uk_and_a_japanese_body_is_joint(text, figure):
    p = _figure(text, figure)
    assert (p.side, p.side_basis) == ("joint", "clause")


@pytest.mark.parametrize("text, figure, side", [
    # two companies investing together: the joint side is the two governments' sides together, not two firms'
    ("Hitachi and its partner will jointly invest £20m in the plant.", "£20m", "private"),
    # one body pays, the other matches later: each sentence's payer, not a joint verb
    ("UKRI will provide £2 million, and JST will match it.", "£2 million", "UK"),
])
def test_without_a_joint_verb_between_the_two_countries_the_payer_stays(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_japanese_stock_quote_is_a_share_price():
    p = _figure("日立の株価\n6501:681円\n", "681円")
    assert p.money_kind == "price" and not p.is_funding


def test_a_year_before_a_colon_is_no_stock_code():
    # the control: a year's line is not a share's code (and the figure is not in yen)
    assert _figure("Results by year\n2024: £11.7 million of grants from Innovate UK\n",
                   "£11.7 million").money_kind != "price"


@pytest.mark.parametrize("text, figure", [
    ("Grant income from Innovate UK was £2m (FY23: £1.5m).", "£1.5m"),
    ("Research funding from the Japanese partner rose to £3.2 million (H1 2023: £2.1 million).", "£2.1 million"),
    ("The company received government grants of £730,000 (2014: £512,000) in the year.", "£512,000"),
])
def test_a_prior_periods_figure_in_brackets_is_a_comparative(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


def test_a_bracketed_equivalent_is_no_comparative():
    # the control: a conversion in brackets restates its figure
    p = _figure("Innovate UK will provide £2m (about ¥380 million) for the projects.", "about ¥380 million")
    assert p.converted_from is not None and p.is_funding


def test_a_contract_amount_for_a_research_contract_named_after_it_is_funding():
    text = "英国宇宙庁は入札を開始した。契約額は7,560万ポンド(約103億円)で、5年間の研究開発契約として一社を選定する。"
    assert _figure(text, "7,560万ポンド").money_kind == "funding"


def test_a_contract_amount_for_a_maintenance_contract_stays_a_price():
    text = "英国運輸省は入札を開始した。契約額は7,560万ポンド(約103億円)で、10年間の保守契約として一社を選定する。"
    assert _figure(text, "7,560万ポンド").money_kind == "price"


def test_a_feasibility_study_of_a_sum_is_funding():
    # (a Japanese paragraph is one sentence to the index: the launch "目標" (target) two sentences before is no cue)
    text = ("ミッションは2028年末までの打ち上げを目標とする。宇宙船は英国製の技術を搭載する。"
            "この計画は1,100万ポンド(約1,500万ドル)の実現可能性調査を基盤とする。")
    assert _figure(text, "1,100万ポンド").money_kind == "funding"


def test_jointly_funded_by_each_payers_own_sum_is_each_payers():
    # the control: a passive names each payer after its own figure
    text = ("The projects are jointly funded by £4.5 million from the UK's Engineering and Physical Sciences Research "
            "Council (EPSRC) and just over £5.2 million from the Japan Science and Technology Agency (JST).")
    assert (_figure(text, "£4.5 million").side, _figure(text, "just over £5.2 million").side) == ("UK", "Japan")


# round 64 (test70 read)

def test_a_box_office_take_is_a_market_figure():
    p = _figure("In 2017 the box office take for UK films shown in Japan was $424.3 million.", "$424.3 million")
    assert p.money_kind == "market" and not p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("The theatre's £10 tickets scheme lets anyone aged 14-25 book a seat.", "£10"),
    ("Later in the run, the cheaper seats at £15 upwards are selling fast.", "£15"),
])
def test_what_a_ticket_or_a_seat_costs_is_a_price(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "price" and not p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("Honda has handed over more than US$200 million in the deal that saw it sell its team to Ross Brawn.",
     "more than US$200 million"),
    ("Honda was persuaded to divert up to £100million to Brawn's team rather than pay a fine for leaving.",
     "up to £100million"),
])
def test_money_handed_over_or_diverted_to_someone_is_put_in(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "investment" and p.is_funding and p.side == "private"


def test_a_fine_handed_down_is_not_money_put_in():
    # the control: "handed down" is a sentence passed, not money given
    p = _figure("The regulator handed down a £2m fine to the operator last year.", "£2m")
    assert p.money_kind != "investment"


# round 65 (test71 read)

@pytest.mark.parametrize("text, figure", [
    ("Last year a record 150,000 visitors arrived in the UK from China, spending £240 million in the process.",
     "£240 million"),
    ("British tourists were high spenders, beaten only by Australian tourists, who spend ¥249,128 per person.",
     "¥249,128"),
    ("With British tourists bringing in ¥100 billion in 2019, the UK made the top 10.", "¥100 billion"),
    ("The survey finds that the average spending an international spectator was 385,000 JPY.", "385,000 JPY"),
])
def test_what_visitors_spectators_or_travellers_spend_is_a_market_figure(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "market" and not p.is_funding


def test_money_put_in_to_draw_visitors_who_spend_stays_funding():
    # the control: a body's money towards the visitors, not what they spend
    p = _figure("VisitBritain will invest £5m to draw visitors who spend more in the regions.", "£5m")
    assert p.is_funding


def test_a_campaign_the_figure_is_the_budget_of_is_funding():
    p = _figure("VisitBritain has launched a £25million advertising campaign in Tokyo to take advantage of the Japanese "
                "travel market's growth.", "£25million")
    assert p.money_kind == "funding" and p.is_funding


def test_a_firm_behind_campaigns_sold_for_a_sum_is_a_price():
    # the control: "campaigns" outside the figure's own noun phrase
    text = "Publicis bought Bartle Bogle Hegarty, which was behind classic campaigns for Levi's, for well over £200 million."
    assert _figure(text, "over £200 million").money_kind == "price"


# round 66 (test72 read)

def test_turning_over_a_sum_is_a_turnover_not_more_than_it():
    p = _figure("The firm is one of Japan's largest groups, turning over £13.5bn in the year to 31 March 2024.",
                "£13.5bn")
    assert p.qualifier == "exact" and p.money_kind == "other" and not p.is_funding


def test_over_before_a_figure_is_still_more_than_it():
    # the control: "over" after any other word is the qualifier
    p = _figure("Hitachi has invested over £50m in the plant.", "over £50m")
    assert p.qualifier == "more_than" and p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("The firm was embroiled in a £13m dispute over fire safety at a PFI project in Sheffield.", "£13m"),
    ("That leaves just £194,000 of further costs from the winding down, the accounts revealed.", "£194,000"),
])
def test_a_dispute_and_costs_are_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("Pilkington plc will build a coating line. An award of £5M towards the project has been made by the Regional "
     "Growth Fund; a Government scheme.", "£5M"),
    ("Toray Textiles Europe Ltd (TTEL) makes woven fabrics. The D2N2 Local Enterprise Partnership has offered a "
     "£123,000 grant to TTEL for its new technical textile business.", "£123,000"),
])
def test_englands_growth_funds_and_local_enterprise_partnerships_pay_uk_public_money(text, figure):
    p = _figure(text, figure)
    assert p.side == "UK" and p.money_kind == "funding"


# round 67 (test73 read)

def test_a_japanese_from_to_range_with_both_symbols_is_one_range():
    p = _figure("助成額は£7,000 から£15,000 で、日英の研究機関・団体間のプロジェクトが対象となります。",
                "£7,000 から£15,000")
    assert (p.amount_min, p.amount) == (7000, 15000)


def test_a_japanese_from_to_change_is_two_figures():
    # the control: where the sum went follows a change ("へ増加")
    money = propose("英国子会社の売上高は£5m から£7m へ増加した。", word_model=False).money
    assert [m.text for m in money] == ["£5m", "£7m"]


# round 68 (test74 read)

@pytest.mark.parametrize("text", [
    "British Prime Minister Theresa May and Japanese Prime Minister Shinzo Abe announced a £30 million partnership.",
    "The collaboration, announced by British Prime Minister Theresa May, Business Secretary Greg Clark and Japanese "
    "Prime Minister Shinzo Abe, will see £30 million invested into a new partnership.",
])
def test_both_heads_of_government_with_their_nations_adjective_pay_jointly(text):
    assert _figure(text, "£30 million").side == "joint"


def test_one_head_of_government_announcing_is_no_pair():
    # the control: one country's leader in the aside
    text = "The partnership, announced by Prime Minister Theresa May, will see £30 million invested in research."
    assert _figure(text, "£30 million").side == "UK"


def test_what_a_deal_values_a_company_at_is_a_price():
    p = _figure("The investment will value OakNorth around $2.8 billion, the Financial Times said.",
                "around $2.8 billion")
    assert p.money_kind == "price" and not p.is_funding


# round 69 (test75 read)

@pytest.mark.parametrize("text, figure", [
    ("They will range from £250k to £2.5m, although those hoping for free cash will be disappointed.", "£250k to £2.5m"),
    ("Funding – from £250,000 to £2.5 million will be given to the best projects.", "£250,000 to £2.5 million"),
])
def test_from_to_after_a_word_of_range_or_a_dash_is_a_range(text, figure):
    p = _figure(text, figure)
    assert p.amount_min is not None and p.amount_min < p.amount


def test_from_to_after_a_change_verb_is_still_a_change():
    # the control
    assert [m.text for m in propose("Its revenue rose from £1m to £4m.", word_model=False).money] == ["£1m", "£4m"]


def test_the_project_a_grant_is_for_is_what_the_project_costs():
    text = "In addition, the UK Government has awarded £15m of funding for a £30m collaborative project led by Nissan."
    assert _figure(text, "£15m").is_funding
    p = _figure(text, "£30m")
    assert p.money_kind == "other" and not p.is_funding


def test_a_uk_public_fund_named_as_the_payer_is_uk_money():
    p = _figure("The Automotive Transformation Fund is investing ¥2 billion in grant funding for the Bolton line.",
                "¥2 billion")
    assert p.side == "UK"


# round 70 (test76 read)

@pytest.mark.parametrize("text, figure", [
    ("The business plunged £544 million into the red last year.", "£544 million"),
    ("The Post Office has set aside £244m to compensate victims of the scandal.", "£244m"),
    ("Its three directors shared pay of £2.3m, the accounts show.", "£2.3m"),
    ("The impairment was more than half of the European business's £149.7mn goodwill.", "£149.7mn"),
    ("Nissan said it had invested £4 billion in the Sunderland area.", "£4 billion"),
])
def test_a_companys_loss_provisions_pay_goodwill_and_past_investment_are_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


def test_money_a_company_will_pay_to_fund_research_is_still_put_in():
    # the control: "pay" as a verb of giving, not a salary
    assert _figure("Hitachi will pay £5m to fund research at Oxford.", "£5m").is_funding


@pytest.mark.parametrize("text, figure", [
    ("Nissan has been awarded £22 million. This was on top of the £61 million state aid revealed last week.",
     "£61 million"),
    ("Toyota received £20.7 million in Business Department state aid grants last year.", "£20.7 million"),
])
def test_state_aid_is_the_states_money_not_the_companys(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "funding" and (p.side, p.side_basis) == ("UK", "clause")


# round 71 (test77 read)

def test_the_size_of_funds_a_manager_takes_over_is_no_money_put_in():
    money = propose("Masaki Taketsume will take over its £2.3bn Tokyo fund and £235.6m Japan Growth investment trust.",
                    word_model=False).money
    assert [(m.text, m.money_kind) for m in money] == [("£2.3bn", "other"), ("£235.6m", "other")]


def test_a_fund_a_government_launches_stays_funding():
    # the control: a fund set up, not one managed
    assert _figure("The government launches a £100m fund for start-ups.", "£100m").is_funding


@pytest.mark.parametrize("text, figure", [
    ("A starter kit will sell for ¥8,000 ($77), about 20 percent cheaper than its rival.", "¥8,000"),
    ("The British group said the purchase of the shares cost approximately 10 billion yen ($102 million).",
     "approximately 10 billion yen"),
])
def test_what_a_thing_sells_for_and_what_a_purchase_cost_are_prices(text, figure):
    assert _figure(text, figure).money_kind == "price"


def test_a_charity_named_as_the_giver_gives_its_own_money():
    p = _figure("The President of the Grand Charity has approved an emergency grant of £50,000 to the British Red Cross.",
                "£50,000")
    assert (p.side, p.contributor_text) == ("other", "Grand Charity")


# round 72 (test78 read)

def test_what_a_company_has_already_spent_on_a_project_is_no_money_put_in():
    p = _figure("The company says it has already spent more than €450mn on the project.", "more than €450mn")
    assert p.money_kind == "other" and not p.is_funding


def test_what_a_company_had_spent_preparing_a_plant_stays_money_put_in():
    # the control: a past perfect alone is a sum put in, not a total sunk
    p = _figure("Osborne was on Wearside where Nissan had spent £100m preparing its car plant for a new model.", "£100m")
    assert p.is_funding


def test_a_debt_facility_is_investment_not_a_debt():
    text = "The financing for the offshore wind farm covers a £2.1bn debt facility and £0.5bn of ancillary facilities."
    assert [(m.text, m.money_kind) for m in propose(text, word_model=False).money] == [("£2.1bn", "investment"),
                                                                                      ("£0.5bn", "investment")]


def test_investment_a_region_needs_is_a_need_not_money():
    p = _figure("The Commission calculates that €584 billion ($622 billion) of investments are needed in Europe alone.",
                "€584 billion")
    assert p.money_kind == "other" and not p.is_funding


# review 35: the rounds' rules where they must not fire

@pytest.mark.parametrize("text, figure", [
    ("The council will run a £10m fund for start-ups.", "£10m"),
    ("Innovate UK manages the £50m fund on behalf of the government.", "£50m"),
    ("Awards cover up to £5,000 of additional costs.", "up to £5,000"),
    ("JSPS will fund £3m of further costs.", "£3m"),
    ("Up to £10,000 is available for the purchase of equipment.", "Up to £10,000"),
    ("The fund, which had invested £2m in the start-up, will add £3m.", "£3m"),
    ("VisitBritain will spend £5m to attract visitors from Japan.", "£5m"),
    ("The programme (2025: £2m from JSPS) supports joint research.", "£2m"),
])
def test_the_rounds_rules_leave_money_put_in_alone(text, figure):
    p = _figure(text, figure)
    assert p.money_kind in ("funding", "investment"), (p.text, p.money_kind)


def test_a_change_before_a_dash_stays_a_change():
    money = propose("UK-Japan trade has grown - from £10bn to £14bn since 2015.", word_model=False).money
    assert [m.text for m in money] == ["£10bn", "£14bn"]


def test_a_payer_named_after_an_announcing_aside_pays():
    text = ("The partnership, announced by British Prime Minister Theresa May and Japanese Prime Minister Shinzo Abe, "
            "will see UKRI invest £30 million.")
    assert _figure(text, "£30 million").side == "UK"


def test_state_aid_from_a_named_government_is_read_from_the_clause():
    p = _figure("Hitachi Rail received £20m in state aid from the Italian government.", "£20m")
    assert p.side != "UK"


def test_a_joint_verb_does_not_reach_past_another_figure():
    text = ("UK Research and Innovation will co-fund £3m of projects, and the Japan Society for the Promotion of "
            "Science will provide ¥400m separately.")
    assert _figure(text, "¥400m").side == "Japan"


# round 73 (test79 read)

def test_a_cash_prize_is_funding():
    text = ("The Prize comprises a commemorative certificate and trophy, a cash prize of Yen 500,000 and the "
            "opportunity to give invited lectures at British universities.")
    assert _figure(text, "Yen 500,000").money_kind == "funding"

