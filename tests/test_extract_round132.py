"""Round 132 onwards (session 54) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.organisations import default_gazetteer, find_organisations


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


def _by_text(text: str) -> dict:
    return {m.text: m for m in propose(text, word_model=False).money}


# round 132 (test145 read): plants, grants and festivals in parliamentary answers, digests and comment pages

@pytest.mark.parametrize("text, figure, who", [
    ("Chip plants matter to every economy – the EU is offering £38bn in subsidies to its makers.", "£38bn", "the EU"),
    ("Ports need dredging — China has pledged $2bn to its own harbours.", "$2bn", "China"),
])
def test_a_country_after_a_dash_with_its_own_verb_pays(text, figure, who):
    p = _figure(text, figure)
    assert (p.side, p.side_basis, p.contributor_text) == ("other", "clause", who)


def test_a_country_after_a_dash_without_a_verb_is_only_named():
    # a list after the dash: the countries do not give the money
    p = _figure("Three partners – the EU, Japan and Canada – joined the £5m study that Innovate UK funds.", "£5m")
    assert p.side != "other"


@pytest.mark.parametrize("text, first, second", [
    ("Forty firms gave some 8 million pounds or 12 million dollars to stage the exhibition.", "some 8 million pounds",
     "12 million dollars"),
    ("The hall cost ¥900 million or £5 million at the time.", "¥900 million", "£5 million"),
])
def test_a_sum_restated_after_or_in_another_currency_is_a_conversion(text, first, second):
    by_text = _by_text(text)
    assert by_text[second].converted_from == by_text[first].id


@pytest.mark.parametrize("text", [
    # the rate is far from any real one: two different sums offered as alternatives
    "Applicants may ask for £5,000 or $60,000 depending on the scheme.",
    # the same currency: two choices, not a restatement
    "Each team may claim £2 million or £3 million.",
])
def test_two_sums_after_or_that_are_no_restatement_stay_apart(text):
    assert all(m.converted_from is None for m in propose(text, word_model=False).money)


def test_a_section_label_is_not_part_of_the_name_after_it():
    text = "Summary The Daiwa Anglo-Japanese Foundation awarded grants worth £1.2 million in 2019."
    names = [o.text for o in find_organisations(text, default_gazetteer())]
    assert not any(n.startswith("Summary") for n in names)
    p = _figure("Abstract The Japan Foundation’s spending in Europe totaled 1,200 million yen, mostly on language teaching.",
                "1,200 million yen")
    assert (p.side, p.contributor) == ("Japan", "japan-foundation")


@pytest.mark.parametrize("text, figure", [
    ("In 1985, the last year with published figures, inward investment in the toy industry was £60 million.", "£60 million"),
    ("In 2003, spending by overseas carmakers on British plants was over £900 million.", "over £900 million"),
])
def test_what_a_figure_was_in_the_year_a_sentence_opens_on_is_a_statistic(text, figure):
    assert _figure(text, figure).money_kind not in ("funding", "investment")


@pytest.mark.parametrize("text, figure", [
    # the year opens the sentence but a body gives the money
    ("In 2019, the Nippon Foundation gave £3 million to the museum.", "£3 million"),
    # a year inside the clause, no "was": the plan's own money
    ("The council said its grant to the plant was approved in 2019 and Fujitsu will invest £30 million.", "£30 million"),
])
def test_money_given_in_a_year_is_still_money_put_in(text, figure):
    assert _figure(text, figure).money_kind in ("funding", "investment")


def test_a_known_name_set_in_capitals_is_the_known_body():
    found = find_organisations("THE GREAT BRITAIN Sasakawa Foundation was set up in 1985 with an endowment.",
                               default_gazetteer())
    assert [(o.text, o.slug) for o in found] == [("THE GREAT BRITAIN Sasakawa Foundation", "gb-sasakawa-foundation")]
    # an unknown name in capitals stays unknown
    other = find_organisations("THE NORTH HARBOUR Heritage Foundation was set up in 1985.", default_gazetteer())
    assert [o.slug for o in other] == [None]


# round 133 (test146 read): UK research funding with Japanese firms and foundations, start-up money, drug deals

@pytest.mark.parametrize("text, figure", [
    ("With £20 million of grants on offer, the round is expected to exceed £45 million in total project value.",
     "£45 million"),
    ("The founders now share a paper fortune of more than $300 million.", "more than $300 million"),
])
def test_projects_total_value_and_a_fortune_are_not_money_given(text, figure):
    assert _figure(text, figure).money_kind == "other"


@pytest.mark.parametrize("text, figure", [
    ("The three-year projects, worth £1.8m and ¥150m, started this month.", "£1.8m"),
    ("With £20 million of grants on offer, the round is expected to exceed £45 million in total project value.",
     "£20 million"),
])
def test_money_put_into_a_project_keeps_its_reading(text, figure):
    assert _figure(text, figure).money_kind in ("funding", "investment")


@pytest.mark.parametrize("text, figure", [
    ("In 2001, approximately 30 billion yen (£170 million) were made available for grants to overseas projects.",
     "approximately 30 billion yen"),
    ("In 2010, £4 million was awarded to the twelve partner universities.", "£4 million"),
])
def test_a_sum_given_in_the_year_a_sentence_opens_on_is_money_given(text, figure):
    assert _figure(text, figure).money_kind == "funding"


def test_a_share_of_gdp_in_brackets_does_not_make_a_budget_a_market():
    p = _figure("Under the new plan, a further £90 billion (approximately 1% of GDP) has been earmarked for research.",
                "£90 billion")
    assert p.money_kind == "funding"
    # the economy's own size stays a market figure
    assert _figure("The economy was worth £2 trillion (about 3% of world GDP) last year.", "£2 trillion").money_kind == "market"


@pytest.mark.parametrize("text, figure", [
    ("The consortium was awarded £6.2 million government-industry funding in March.", "£6.2 million"),
    ("Some £20 million has gone to the projects, part of a £60 million match funding programme between Government "
     "and industry.", "£60 million"),
])
def test_money_the_state_and_industry_put_up_together_is_joint(text, figure):
    assert _figure(text, figure).side == "joint"


def test_a_grant_the_state_alone_gives_stays_on_its_side():
    assert _figure("The government awarded £6.2 million in funding to the consortium.", "£6.2 million").side == "UK"


# round 134 (test147 read): Japanese pages on UK grants to Japanese firms' hydrogen, wind and electric-vehicle work

def test_a_maker_marked_as_the_one_paid_to_is_no_payer():
    p = _figure("• 電池メーカー、ノースボルト・テックに対し410万ポンドを拠出。新しい電極の開発を支援。", "410万ポンド")
    assert p.side != "private"


def test_a_maker_that_puts_money_in_still_pays():
    p = _figure("電池メーカーのノースボルト・テックが410万ポンドを拠出する。", "410万ポンド")
    assert p.side == "private"


@pytest.mark.parametrize("text, figure", [
    ("英国政府は12月2日、総額6,000万ポンドを拠出することを発表した。資金は、共同研究開発プログラムを通じて拠出する。"
     "6,000万ポンドのうち、2,500万ポンドは政府が拠出し、残りの3,500万ポンドを自動車産業界から拠出する。", "3,500万ポンド"),
    ("今回の900万ポンドのうち、600万ポンドが政府によるもので、300万ポンドは産業界によるものである。", "300万ポンド"),
])
def test_industrys_share_in_japanese_is_private(text, figure):
    by_text = _by_text(text)
    assert by_text[figure].side == "private"


def test_the_governments_share_beside_industrys_stays_public():
    by_text = _by_text("今回の900万ポンドのうち、600万ポンドが政府によるもので、300万ポンドは産業界によるものである。")
    assert by_text["600万ポンド"].side == "UK"


def test_a_joint_investment_with_industry_in_japanese_is_joint():
    p = _figure("英国政府は、電池分野の技術開発を加速するため、総額2,000万ポンド超の産業界との共同出資を実現した。", "2,000万ポンド超")
    assert p.side == "joint"


def test_a_figures_own_funding_noun_outweighs_a_market_word_later():
    p = _figure("・地方自治体の燃料電池バス向けの150万ポンドのファンディングこれは英国を最初の市場の1つとして選んだとのニュースに対応したものである。",
                "150万ポンド")
    assert p.money_kind == "funding"
    # a market figure keeps its reading
    assert _figure("英国の燃料電池市場は150万ポンドの規模である。", "150万ポンド").money_kind == "market"


def test_a_country_bearing_its_share_after_toshite_pays_it():
    p = _figure("大学は建設費を600億円、運営費も含む総額は約1300億円と想定。国際的事業として日本側が約1200億円を負担すると見込む。", "約1200億円")
    assert (p.money_kind, p.side) == ("funding", "Japan")


def test_a_pair_putting_up_a_total_together_in_japanese_is_joint():
    p = _figure("2018年に、日本財団とスコットランド開発公社で合計10億円の助成金を用意して、技術開発助成事業を行う事となった。", "10億円")
    assert (p.side, p.side_basis) == ("joint", "clause")
    # one body putting up its own total keeps its side
    q = _figure("2018年に、日本財団は単独で合計10億円の助成金を用意した。", "10億円")
    assert q.side != "joint"


# round 135 (test148 read): regional grants to Japanese firms' plants in Scotland, Wales, Northern Ireland and England

@pytest.mark.parametrize("text, figure", [
    ("The plant, which has been promised £2.1 million in financial assistance packages from the Local Enterprise Board, "
     "will make parts for Fujitsu.", "£2.1 million"),
    ("The minister saw how Nissan used £4.2m RGF cash to start its new model.", "£4.2m"),
    ("The expansion which the agency is supporting with grant aid of £1.75 million will see Fujitsu move to a new plant.",
     "£1.75 million"),
    ("With £3.4 million of support from Invest Northern\n| Ireland, Fujitsu Services will open a new centre in Derry.",
     "£3.4 million"),
])
def test_regional_aid_to_a_company_is_public_money(text, figure):
    assert _figure(text, figure).side == "UK"


def test_aid_from_a_named_foreign_body_is_that_bodys():
    p = _figure("The carmaker got £20m in state aid from the Italian government.", "£20m")
    assert p.side == "other"


def test_a_companys_own_investment_beside_aid_stays_private():
    p = _figure("Fujitsu will invest £12 million in the new centre in Derry.", "£12 million")
    assert p.side == "private"


def test_firms_bidding_for_a_pot_do_not_pay_it():
    p = _figure("Firms in the region are being urged to bid for a £150m pot to create jobs.", "£150m")
    assert p.side == "UK"


def test_a_floor_one_may_apply_for_and_a_sum_received_are_two_facts():
    found = propose("Ministers say companies can apply for at least £1m to help expansion plans. Darchem received £1m in "
                    "an earlier round to help fund a new factory.", word_model=False).money
    assert [m.qualifier for m in found if m.amount == 1000000] == ["at_least", "exact"]


def test_a_sum_repeated_with_the_same_qualifier_is_one_fact():
    found = propose("Firms can apply for at least £1m. The scheme offers at least £1m to each firm.", word_model=False).money
    assert len([m for m in found if m.amount == 1000000]) == 1


def test_an_exceptional_cost_in_the_accounts_is_no_money_given():
    assert _figure("There will be a £12m exceptional cost in this year's accounts to cover the closure.",
                   "£12m").money_kind == "other"


def test_a_sum_in_sterling_restated_in_brackets_is_a_conversion():
    by_text = _by_text("Fujitsu may revise plans for a proposed £31.2 million sterling (€49.5 million) engineering centre.")
    assert by_text["€49.5 million"].converted_from == by_text["£31.2 million"].id


def test_a_page_that_opens_on_firms_bidding_for_a_pot_has_no_private_lead():
    text = ("NORTH-EAST firms are being urged to bid for a £150m pot to create jobs.\n\n"
            "Earlier this year, the minister allocated £40m to support 9 projects.")
    assert _figure(text, "£40m").side == "UK"


# round 136 (test149 read): space, fusion, quantum, AI-safety, chip and ocean-science money

def test_the_worlds_total_in_japanese_is_a_market_figure():
    assert _figure("量子技術への投資、世界で80億ドル突破。", "80億ドル").money_kind == "market"
    # one company's money is not
    assert _figure("住友商事は核融合に2億ドルを投資する。", "2億ドル").money_kind in ("funding", "investment")


def test_what_a_programme_costs_a_named_agency_is_its_money():
    p = _figure("The probe is part of a wider mission expected to cost ESA 120 million euro (£105 million).",
                "120 million euro")
    assert (p.money_kind, p.side, p.contributor) == ("funding", "other", "esa")


def test_what_something_costs_without_a_body_stays_a_cost():
    assert _figure("The new laboratory is expected to cost 120 million euro.", "120 million euro").money_kind != "funding"


def test_a_company_asking_its_shareholders_for_money_raises_capital():
    p = _figure("Astra is asking its shareholders for $2.8bn (£2.2bn) to help fund the new drug.", "$2.8bn")
    assert p.money_kind == "investment"


@pytest.mark.parametrize("text, first, second", [
    ("政府は1億2000万ポンド(約170億円)を投資すると発表した。これは約1億5000万ドルに相当する。", "1億2000万ポンド", "約1億5000万ドル"),
    ("The government will invest £120 million in the programme. This is equivalent to about $150 million.",
     "£120 million", "about $150 million"),
])
def test_a_sentence_that_only_restates_the_figure_before_is_a_conversion(text, first, second):
    by_text = _by_text(text)
    assert by_text[second].converted_from == by_text[first].id


def test_a_sentence_restating_at_no_plausible_rate_is_no_conversion():
    by_text = _by_text("政府は1億2000万ポンドを投資する。これは約5億ドルに相当する規模だ。")
    assert by_text["約5億ドル"].converted_from is None


def test_a_second_equivalent_after_a_japanese_comma_is_a_conversion():
    by_text = _by_text("計画は10億ポンド(約12.7億ドル、約1374億円)以上の規模となる。")
    assert by_text["約1374億円"].converted_from == by_text["10億ポンド"].id


def test_money_received_since_a_year_in_japanese_is_past_money():
    p = _figure("これにより、同プログラムは2014年の開始時以来、8億ポンド(約1100億円)以上の投資を受けることになる。", "8億ポンド")
    assert p.money_kind not in ("funding", "investment")


def test_a_president_named_in_katakana_is_a_third_countrys_payer():
    p = _figure("米国では、昨年バイデン大統領が、半導体への20億ドル(約2200億円)の投資を行う法案にサインした。", "20億ドル")
    assert p.side == "other"


# review 54: the helper's probes of rounds 132-135, mended

def test_a_country_after_a_dash_with_only_a_copula_is_no_payer():
    p = _figure("Investment – the UK is the top European destination for Japanese firms, attracting £60bn of Japanese "
                "capital.", "£60bn")
    assert p.side != "UK"


def test_two_caps_in_two_currencies_depending_on_the_partner_are_no_conversion():
    by_text = _by_text("Applicants may request £40,000 or ¥7 million depending on where the lead partner is based.")
    assert by_text["¥7 million"].converted_from is None


@pytest.mark.parametrize("text, name", [
    ("Summary Statistics Ltd was bought by a Japanese firm.", "Summary Statistics Ltd"),
    ("The Introduction Agency worked with the British Council.", "Introduction Agency"),
])
def test_a_name_that_begins_with_a_label_word_keeps_it(text, name):
    assert name in [o.text for o in find_organisations(text, default_gazetteer())]


@pytest.mark.parametrize("text, figure", [
    ("In 2011, Japan's contribution to the reactor project was ¥40 billion.", "¥40 billion"),
    ("In 2018, the grant to the Sasakawa Foundation was £1m.", "£1m"),
    ("In 1999, Nissan's investment in its Sunderland plant was £180m, the largest that year.", "£180m"),
])
def test_a_grant_or_a_bodys_money_in_the_year_a_sentence_opens_on_stays_money_given(text, figure):
    assert _figure(text, figure).money_kind in ("funding", "investment")


@pytest.mark.parametrize("text, figure, kind", [
    ("He gave away a fortune of £80m to charities in Japan and the UK.", "£80m", "funding"),
    ("The two firms will contribute £12 million in project value to the joint research centre.", "£12 million",
     "investment"),
    ("UKRI will pay £2m exceptional costs for researchers affected by the closure.", "£2m", "funding"),
])
def test_money_given_away_contributed_or_paid_keeps_its_reading(text, figure, kind):
    assert _figure(text, figure).money_kind == kind


@pytest.mark.parametrize("text, figure, side", [
    ("Japan's NEDO will provide ¥3 billion of public-private funding for the UK trials.", "¥3 billion", "Japan"),
    ("UKRI added £4m to a partnership between the government and industry bodies in Japan.", "£4m", "UK"),
])
def test_a_payer_named_with_its_verb_outweighs_a_state_and_industry_phrase(text, figure, side):
    assert _figure(text, figure).side == side


@pytest.mark.parametrize("text, figure", [
    ("この800万ポンドは業界からの批判を受けた。", "800万ポンド"),
    ("補助金の40万ポンドが産業界から高く評価された。", "40万ポンド"),
])
def test_industry_named_with_no_verb_of_paying_is_no_payer(text, figure):
    assert _figure(text, figure).side != "private"


@pytest.mark.parametrize("text, figure, side", [
    ("Toyota gave the college grant aid of £400,000 for its engineering labs.", "£400,000", "private"),
    ("The Nippon Foundation gave £3m in grant aid to the Scottish university.", "£3m", "other"),
    ("JETRO provided £2m of support from its own budget to British start-ups.", "£2m", "Japan"),
    ("Scottish Enterprise is supporting Mitsubishi with grant aid of £2.4 million.", "£2.4 million", "UK"),
])
def test_aid_a_named_body_gives_is_that_bodys(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_funder_opening_bids_for_a_competition_still_pays():
    p = _figure("Innovate UK opened bids for a £8m competition with Japan's NEDO.", "£8m")
    assert p.side == "UK"


def test_a_pledge_of_at_least_a_sum_restated_is_one_fact():
    found = propose("Hitachi will invest at least £40m in the plant. The £40m investment will create 300 jobs.",
                    word_model=False).money
    assert len([m for m in found if m.amount == 40000000]) == 1


# round 137 (test150 read): Japanese money in UK energy and infrastructure

def test_what_a_country_will_need_to_invest_is_an_estimate():
    assert _figure("Analysts say Japan will need around $120bn investment in grids to meet its goals.",
                   "around $120bn").money_kind == "other"
    # a body that will invest keeps its reading
    assert _figure("Octopus will invest around $120m in Japanese solar farms.", "around $120m").money_kind == "investment"


def test_what_something_costs_a_council_is_the_councils_money():
    p = _figure("Hitachi will fit the homes with smart meters. The cost to the Council is in the region of £150,000, money it "
                "would have spent anyway.", "£150,000")
    assert (p.money_kind, p.side) == ("funding", "UK")


def test_a_companys_investment_since_it_came_is_past_money():
    p = _figure("Since coming to Britain in 1981, Sharp has invested pounds 60m in three factories.", "pounds 60m")
    assert p.money_kind not in ("funding", "investment")
    # a plan from now on is not
    q = _figure("Sharp will invest pounds 60m in a new factory in Wrexham.", "pounds 60m")
    assert q.money_kind in ("funding", "investment")


def test_a_company_told_to_reapply_for_promised_money_does_not_pay_it():
    p = _figure("The Government has now told Nissan it needs to reapply for most of the promised £45 million.", "£45 million")
    assert p.side == "UK"


# round 138 (test151 read): Japanese pages on Japanese money in British firms, sites and projects

def test_money_from_the_private_sector_by_its_short_name_is_private():
    by_text = _by_text("同基金は25のプロジェクトに投資する。政府から約15億円、民間から約9億円の資金を投じる。")
    assert by_text["約9億円"].side == "private"


def test_capital_a_company_raised_beside_its_valuation_is_investment():
    p = _figure("これに対し同社は、5億2000万ドルを調達し、直近の時価総額は25億ドル。", "5億2000万ドル")
    assert p.money_kind == "investment"
    # the valuation stays a price
    assert _figure("これに対し同社は、5億2000万ドルを調達し、直近の時価総額は25億ドル。", "25億ドル").money_kind == "price"


def test_what_assets_are_worth_in_japanese_is_other():
    p = _figure("3つの投資先の合計設備容量は18MW。価値にして980万ポンド。", "980万ポンド")
    assert p.money_kind == "other"
