"""Round 117 onwards (session 51) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


def _proposals(text: str):
    return propose(text, word_model=False).money


# round 117 (test130 read)

@pytest.mark.parametrize("text, figure", [
    ("The owner's troubles are set to delay the £6bn scheme which would supply the new reactors.", "£6bn"),
    ("Fresh money from a Korean utility could save the £9bn project from collapse.", "£9bn"),
    ("The company said it would freeze a ¥2 trillion ($18 billion) British power station project.", "¥2 trillion"),
])
def test_a_project_something_delays_saves_or_freezes_is_its_size(text, figure):
    p = _figure(text, figure)
    assert not p.is_funding and p.money_kind == "other"


def test_a_project_a_company_commits_money_to_keeps_its_reading():
    p = _figure("The utility will invest £6bn in the scheme, which would supply the new reactors.", "£6bn")
    assert p.is_funding and p.money_kind == "investment"


@pytest.mark.parametrize("text, figure", [
    ("The fuel maker faces a bill exceeding £40m – and years of work – after the faulty consignment.", "£40m"),
    ("One adviser said it had taken months – and about £2m – to arrange the transport of the fuel.", "about £2m"),
])
def test_a_bill_faced_and_what_something_took_are_costs(text, figure):
    p = _figure(text, figure)
    assert not p.is_funding and p.money_kind == "other"


def test_money_a_funder_took_the_decision_to_give_keeps_its_reading():
    p = _figure("The council took the decision to award £2m to the robotics centre.", "£2m")
    assert p.is_funding


def test_a_spending_review_decides_public_money():
    text = "英国では2025年度歳出見直し(Spending Review)で核融合への20億ポンドの投資が決定された。"
    p = _figure(text, "20億ポンド")
    assert p.is_funding and p.money_kind == "funding" and p.side == "UK"


def test_an_unowned_investment_in_a_plant_stays_business_money():
    p = _figure("新工場には約20億ポンドの投資が決定された。", "約20億ポンド")
    assert p.money_kind == "investment" and p.side == "private"


@pytest.mark.parametrize("text, figure, side", [
    ("原発新設事業を巡り、英政府が総事業費のうち1兆円を直接融資などで負担する案を示した。", "1兆円", "UK"),
    ("The British government has already pledged to arrange ¥1.5tn in loans for the plant.", "¥1.5tn", "UK"),
])
def test_a_states_loan_is_money_put_in(text, figure, side):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == "investment" and p.side == side


def test_a_states_share_of_a_cost_without_a_loan_stays_its_funding():
    p = _figure("英政府が総事業費のうち1兆円を負担する案を示した。", "1兆円")
    assert p.is_funding and p.money_kind == "funding" and p.side == "UK"


def test_a_states_international_aid_lending_stays_funding():
    p = _figure("英政府は、環境向けの国際融資を8億ポンド増額すると発表した。", "8億ポンド")
    assert p.is_funding and p.money_kind == "funding" and p.side == "UK"


def test_a_companys_contribution_to_a_public_research_body_is_money_given():
    p = _figure("関西電力は英国原子力公社(UKAEA)に3万ポンドを拠出する契約を締結した。", "3万ポンド")
    assert p.is_funding and p.money_kind == "funding" and p.side == "private"


def test_industrys_contribution_to_a_programme_stays_investment():
    p = _figure("それに加えて、産業界は5億ポンドを既に拠出している。", "5億ポンド")
    assert p.is_funding and p.money_kind == "investment"


# round 118 (test131 read)

def test_private_investment_after_a_conversion_and_its_rate_is_business_money():
    text = "政府は、これらの事業が2030年までに5億ポンド(約950億円、1ポンド=約190円)以上の民間投資を呼び込むとしている。"
    p = _figure(text, "5億ポンド")
    assert p.is_funding and p.money_kind == "investment" and p.side == "private"


def test_public_money_before_a_conversion_and_its_rate_stays_public():
    text = "政府は、これらの事業に5億ポンド(約950億円、1ポンド=約190円)を拠出する。"
    p = _figure(text, "5億ポンド")
    assert p.is_funding and p.side == "UK"


def test_a_japanese_hedge_set_off_by_a_space_opens_a_conversion():
    text = "英国政府は水素製造の12事業に今後3年間で3億ポンド(約 560億円)を拠出すると発表した。"
    p = _figure(text, "560億円")
    assert p.converted_from == _figure(text, "3億ポンド").id


def test_a_total_of_bond_issues_is_a_market():
    text = ("The programme has already driven ¥1.2trn (US$8bn) of transition bond issuance by 20 Japanese companies in "
            "70 deals.")
    p = _figure(text, "¥1.2trn")
    assert not p.is_funding and p.money_kind == "market"


@pytest.mark.parametrize("text, side", [
    ("同社は工場の資金を調達したと発表。英政府からも助成金を獲得した。金額は明らかにしていないが、約2億ポンドと見られている。", "UK"),
    ("同社は工場の資金を調達したと発表。日本政府からも補助金を受けた。金額は非公表だが、約2億ポンドとみられる。", "Japan"),
])
def test_the_amount_of_a_grant_the_sentence_before_names_is_that_governments(text, side):
    p = _figure(text, "約2億ポンド")
    assert p.is_funding and p.money_kind == "funding" and p.side == side


def test_an_amount_after_other_help_from_a_government_is_not_that_governments_grant():
    text = "同社は工場の資金を調達したと発表。日本政府から技術指導を受けた。金額は非公表だが、約2億ポンドとみられる。"
    assert _figure(text, "約2億ポンド").side != "Japan"


# round 119 (test132 read)

def test_a_body_a_japanese_figure_goes_to_does_not_pay_it():
    text = "英国の2大慈善団体が新規投資を発表し、英国初の神経科学研究所(Neuroscience Institute)に合計3億ポンドが投入される。"
    assert _figure(text, "3億ポンド").side != "Japan"


def test_a_japanese_body_that_pays_before_its_figure_still_pays_it():
    p = _figure("科学技術振興機構は英国の大学に対し、2億円を助成する。", "2億円")
    assert p.side == "Japan"


def test_further_money_from_a_government_is_not_an_earlier_conversion_again():
    text = ("クラウド大手からは、1,000万ドル(約800万ポンド)相当のクレジットが提供される。これに、政府からさらに800万ポンドの"
            "マッチング資金が加わる。")
    figures = [p for p in _proposals(text) if p.amount == 8000000 and not p.converted_from]
    assert len(figures) == 1 and figures[0].side == "UK" and figures[0].money_kind == "funding"


def test_damages_sued_for_are_no_money_put_in():
    p = _figure("The company announced its intention to sue the Department for Health for £500m over the contract.", "£500m")
    assert not p.is_funding and p.money_kind == "other"


@pytest.mark.parametrize("text, figure", [
    ("The department paid BT £400m to take over support for hospitals in the south.", "£400m"),
    ("It was the majority of the £800m it would have received for completing the whole project.", "£800m"),
])
def test_a_supplier_paid_for_a_service_and_a_contractors_due_are_prices(text, figure):
    p = _figure(text, figure)
    assert not p.is_funding and p.money_kind == "price"


def test_a_grant_paid_to_a_firm_to_expand_keeps_its_reading():
    p = _figure("The Welsh Government paid Sony £2m to expand its Bridgend plant.", "£2m")
    assert p.is_funding and p.side == "UK"


# review 51 (rounds 117 and 118 probed with invented sentences)

@pytest.mark.parametrize("text, figure, kind", [
    ("Japan's ministry said it would halt a ¥50 billion subsidy to the plant.", "¥50 billion", "funding"),
    ("The new government could delay the £40m grant for the plant.", "£40m", "funding"),
    ("Tokyo threatened to cancel its ¥20 billion investment in the factory.", "¥20 billion", "investment"),
])
def test_money_for_a_project_something_acts_on_keeps_its_reading(text, figure, kind):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == kind


@pytest.mark.parametrize("text, figure", [
    ("A bill worth £2bn in new R&D grants was tabled by ministers.", "£2bn"),
    ("A funding bill of ¥300 billion to support chip research was approved by the Diet.", "¥300 billion"),
    ("Congress passed a bill worth $52bn in subsidies for chipmakers.", "$52bn"),
])
def test_a_bill_before_a_legislature_is_no_cost(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("Oxford Nanopore took in £100m to scale up manufacturing.", "£100m"),
    ("UKRI takes £20m to fund new UK–Japan research partnerships.", "£20m"),
    ("SoftBank took £1bn to invest in Arm's expansion.", "£1bn"),
])
def test_money_a_body_takes_in_or_takes_to_fund_is_no_cost(text, figure):
    assert _figure(text, figure).is_funding


def test_a_spending_review_as_a_time_is_no_public_money():
    p = _figure("Since the spending review, investment in British fusion start-ups has hit £400m.", "£400m")
    assert p.side != "UK"


@pytest.mark.parametrize("text, figure", [
    ("The £20m Japan–UK research fund offers grants rather than loans to universities.", "£20m"),
    ("UKRI announced £30m in funding for fusion research, alongside loans from the British Business Bank.", "£30m"),
    ("英政府は研究開発に1億ポンドの補助金を支給し、融資は行わない。", "1億ポンド"),
    ("The UK will lend £200m to developing countries for clean energy.", "£200m"),
    ("Japan's JICA will lend ¥50 billion to India for a metro line.", "¥50 billion"),
])
def test_a_public_grant_beside_a_loan_word_and_aid_lending_stay_funding(text, figure):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == "funding"


@pytest.mark.parametrize("text, figure", [
    ("The UK National Wealth Fund will lend £600m to the gigafactory.", "£600m"),
    ("Also, the Japanese government will guarantee Japan's share of the 2.2 trillion yen loan.", "2.2 trillion yen"),
])
def test_a_states_loan_named_by_its_figure_is_money_put_in(text, figure):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == "investment"


def test_a_companys_contribution_to_an_investment_fund_stays_investment():
    p = _figure("ソフトバンクは英国のAI投資基金に1億ポンドを拠出する。", "1億ポンド")
    assert p.is_funding and p.money_kind == "investment"


def test_private_investment_after_a_plain_conversion_is_business_money():
    p = _figure("英国は5億ポンド(約950億円)以上の民間投資を見込む。", "5億ポンド")
    assert p.side == "private" and p.money_kind == "investment"


@pytest.mark.parametrize("text, figure", [
    ("SoftBank plans $4bn of new bond issues to fund its investment in Arm.", "$4bn"),
    ("The programme will provide £20m of funding for bond issuance advice to start-ups.", "£20m"),
])
def test_one_bodys_bond_issue_or_money_for_it_is_no_market(text, figure):
    assert _figure(text, figure).money_kind != "market"


@pytest.mark.parametrize("text, figure", [
    ("同社は英政府から助成金を獲得した。金額は非公表だが、同社の時価総額は約10億ポンドだ。", "約10億ポンド"),
    ("同社は英政府からも助成金を獲得した。金額は、親会社の日立が拠出する500億円とは別だ。", "500億円"),
])
def test_another_sum_after_the_amount_topic_is_not_the_grant(text, figure):
    p = _figure(text, figure)
    assert not (p.money_kind == "funding" and p.side == "UK")


def test_the_amount_of_a_grant_keeps_the_government_as_its_payer():
    p = _figure("同社は英国政府より補助金を得た。その額は200万ポンドに上る。", "200万ポンド")
    assert p.side == "UK" and p.contributor == "uk-government"


def test_a_foreign_government_by_its_short_name_is_not_japans():
    p = _figure("独政府が200億ユーロを拠出する。", "200億ユーロ")
    assert p.side == "other"


# round 120 (test133 read)

def test_a_sentence_opening_on_a_time_takes_the_subject_before_it():
    text = ("日立は英国で原発の新設を計画している。\n英国政府は2022年11月、5億ポンドを同計画に出資すると発表。\n"
            "2023年の夏には、さらに3億ポンドを投資している。")
    p = _figure(text, "3億ポンド")
    assert p.is_funding and p.side == "UK" and p.contributor == "uk-government"


def test_a_states_equity_in_a_project_is_investment():
    p = _figure("英国政府は2022年11月、5億ポンドを同計画に出資し、50%のパートナーになると発表した。", "5億ポンド")
    assert p.money_kind == "investment" and p.side == "UK"


@pytest.mark.parametrize("text, figure", [
    ("英国政府が投資機関のミッドランド・エンジンに2億ポンドを出資する。", "2億ポンド"),
    ("助成金の中心部分となる400万ポンドを出資するのは、工学・物理科学研究会議だ。", "400万ポンド"),
])
def test_a_states_money_into_a_fund_or_a_grant_stays_funding(text, figure):
    assert _figure(text, figure).money_kind == "funding"


def test_a_nations_research_spending_named_by_its_total_is_public():
    p = _figure("追加投資として£20億の投資を開始し、研究開発費の全投資額は同年度だけで£100億になる。", "£100億")
    assert p.is_funding and p.money_kind == "funding" and p.side == "UK"


def test_a_ministry_japan_names_only_abroad_is_not_japans():
    p = _figure("2001年度から2012年度までの12年間で、国防省による研究支出は10億ポンド減少した。", "10億ポンド")
    assert p.side != "Japan"


@pytest.mark.parametrize("text, figure, kind", [
    ("2019年 郵便会社が元局長ら500人に対し5000万ポンド(約100億円)を支払うことで和解が成立", "5000万ポンド", "other"),
    ("同社は海外事業を柱と位置づけ、2026年度までに基礎利益相当額で1千億円以上を目指しており、今後も新規投資を続ける。",
     "1千億円以上", "other"),
    ("補助の対象は3万5,000ポンド以下のEVで、補助額は2段階で設定される。", "3万5,000ポンド", "price"),
])
def test_a_settlement_a_profit_target_and_a_price_cap_are_no_money_put_in(text, figure, kind):
    p = _figure(text, figure)
    assert not p.is_funding and p.money_kind == kind


# round 121 (test134 read)

@pytest.mark.parametrize("text, figure", [
    ("The school offers full board and ski slopes, at an annual tuition starting at 7.5 million yen.", "7.5 million yen"),
    ("Tuition costs between 7.5 and 8.2 million yen (approximately $55,000 to $60,000) per year.",
     "between 7.5 and 8.2 million yen"),
    ("Regular Tuition Fees for Primary School ¥2,400,000 ¥820,000 ¥800,000 ¥780,000", "¥2,400,000"),
])
def test_what_a_school_charges_is_a_price(text, figure):
    p = _figure(text, figure)
    assert not p.is_funding and p.money_kind == "price"


def test_a_fee_tables_cells_under_a_tuition_heading_are_prices():
    text = ("Annual Tuition Fees for the Academic Year 2025-26:\n\nAnnual Tuition Fee (JPY)\n\nYear Groups\n\n"
            "2.4 million JPY\n\nPrep 1 to 6\n")
    p = _figure(text, "2.4 million JPY")
    assert not p.is_funding and p.money_kind == "price"


@pytest.mark.parametrize("text, figure", [
    ("The scholarship covers tuition fees of up to £9,000 for one year of study.", "up to £9,000"),
    ("The programme offers up to 40 rewards, each valued at £7,000, for the costs of tuition for one year.", "£7,000"),
])
def test_tuition_someone_else_pays_keeps_its_reading(text, figure):
    assert _figure(text, figure).is_funding


def test_a_debt_owed_to_creditors_is_no_money_put_in():
    text = ("The language-school chain filed for court protection from creditors who are owed at least ¥40bn "
            "(£170m).")
    p = _figure(text, "at least ¥40bn")
    assert not p.is_funding and p.money_kind == "other"


# review 51b (rounds 119 and 120 probed with invented sentences)

def test_a_body_asked_for_money_is_its_payer():
    p = _figure("ソフトバンクは経済産業省へ、500億円の補助金を申請した。", "500億円")
    assert p.contributor == "meti"


def test_a_further_sum_in_a_headline_and_its_body_is_one_fact():
    text = "英政府、量子技術に追加で1億ポンド\n英国政府は量子技術に追加で1億ポンドを投資すると発表した。"
    assert len([p for p in _proposals(text) if p.amount == 100000000]) == 1


def test_further_money_from_a_named_government_keeps_it_as_payer():
    p = _figure("日本政府からさらに5億円の補助金が交付される。", "5億円")
    assert p.side == "Japan" and p.contributor == "government-of-japan"


@pytest.mark.parametrize("text, figure", [
    ("After being sued last year, the company applied for £5m in Innovate UK funding.", "£5m"),
    ("Hitachi, which was sued, applied for £40m from the Advanced Propulsion Centre.", "£40m"),
])
def test_a_grant_after_a_suit_is_still_a_grant(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("UKRI paid Oxford University £10m to run a new quantum hub.", "£10m"),
    ("The grant of £2m they received for their quantum sensor research came from EPSRC.", "£2m"),
    ("The £10m it received for research from Innovate UK helped the start-up grow.", "£10m"),
])
def test_a_funder_paying_a_research_body_and_a_grant_received_stay_funding(text, figure):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == "funding"


def test_a_time_then_the_clauses_own_subject_keeps_that_subject():
    text = ("日立は英国で原発の新設を計画している。\n英国政府は2022年11月、5億ポンドを同計画に出資すると発表。\n"
            "2023年の夏には、日本の投資家が3億ポンドを投資した。")
    assert _figure(text, "3億ポンド").contributor != "uk-government"


@pytest.mark.parametrize("text, figure", [
    ("英国研究・イノベーション機構(UKRI)は、共同研究に300万ポンドを出資する。", "300万ポンド"),
    ("日本政府は、国際熱核融合実験炉(ITER)計画に約250億円を出資している。", "約250億円"),
    ("英国政府は、2億ポンドの出資金を大学発スタートアップ向けのファンドに振り向ける。", "2億ポンド"),
])
def test_a_states_money_for_research_programmes_or_a_fund_stays_funding(text, figure):
    assert _figure(text, figure).money_kind == "funding"


def test_an_industrys_research_total_is_not_public():
    p = _figure("英国の製薬業界の研究開発費の総投資額は、約50億ポンドだ。", "約50億ポンド")
    assert p.side != "UK" or p.side_basis != "currency" or p.money_kind != "funding"


def test_a_grant_cap_per_project_is_no_price_cap():
    p = _figure("NEDOは、1件あたり1億円以下の製品開発を支援する。", "1億円")
    assert p.is_funding and p.side == "Japan"


def test_profits_reinvested_are_investment():
    p = _figure("三菱商事は、洋上風力事業の収益で1億ポンドを英国の新規事業に再投資する。", "1億ポンド")
    assert p.is_funding and p.money_kind == "investment"


# round 122 (test135 read)

def test_a_companys_name_is_not_read_in_a_decimal_figure():
    p = _figure("The film currently stands at $4.3M after being released in the first week of January.", "$4.3M")
    assert p.contributor != "3m"


def test_a_films_takings_since_release_are_a_market():
    p = _figure("The film currently stands at $4.3M after being released in the first week of January.", "$4.3M")
    assert not p.is_funding and p.money_kind == "market"


@pytest.mark.parametrize("text, figure", [
    ("The painting carried the auction's second-highest estimate of £4 - 6 million.", "£4 - 6 million"),
    ("One of the night's most anticipated lots fetched £3.2 million (US$4.1 million) at Sotheby's.", "£3.2 million"),
])
def test_an_auctions_estimate_and_sale_are_prices(text, figure):
    p = _figure(text, figure)
    assert not p.is_funding and p.money_kind == "price"


def test_money_put_up_in_a_sentence_naming_an_online_auction_unit_keeps_its_reading():
    text = "The group will put up JPY 150bn of its own money, with its online auction unit adding another JPY 90bn."
    assert _figure(text, "JPY 150bn").is_funding


@pytest.mark.parametrize("text, figure, kind", [
    ("The agency is the 30th-largest in the UK, with billings of £25.4m.", "£25.4m", "other"),
    ("The agency will try to win Honda’s £22m UK business from its rival.", "£22m", "other"),
    ("Graphic novels are the second-biggest sub-genre (£5.9m or a 21% share).", "£5.9m", "market"),
    ("Manga drives the category, with over 55% (£15.1m) of that £27m coming from it.", "£15.1m", "market"),
    ("Back in 2006, a mere £4m was spent across 498,120 books.", "£4m", "market"),
])
def test_billings_an_account_a_share_of_a_market_and_spending_across_units_are_no_money_put_in(text, figure, kind):
    p = _figure(text, figure)
    assert not p.is_funding and p.money_kind == kind


def test_a_business_shut_is_named_by_its_size():
    p = _figure("The designer has already shut a pounds 8m operation there over its licensing.", "pounds 8m")
    assert not p.is_funding
