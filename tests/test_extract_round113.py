"""Round 113 onwards (session 50) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 113 (test126 read)

@pytest.mark.parametrize("text, figure", [
    ("Based in Kobe, the TIDEWAY team earned the $500,000 runner-up prize by pairing two survey drones.", "$500,000"),
    ("The foundation announced the winners of the $3 million Harbour Robotics XPRIZE, a contest for ocean sensors.",
     "$3 million"),
])
def test_a_prize_named_by_its_size_is_money_given(text, figure):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == "funding"


def test_a_sports_prize_is_no_funding():
    assert not _figure("The golfer earned the $500,000 winner's prize at the Open in July.", "$500,000").is_funding


def test_a_sponsor_in_a_prizes_name_does_not_pay_it():
    # (a page whose title names the prize by its sponsor: before round 113 the sponsor, a company, paid the purse)
    text = ("Shell Ocean Sensor XPRIZE Winners Announced\n\n"
            "The XPRIZE Foundation has announced the winners of the $3 million Shell Ocean Sensor XPRIZE, a global "
            "competition to advance technologies for ocean exploration.")
    p = _figure(text, "$3 million")
    assert p.side == "other" and p.contributor != "shell" and p.money_kind == "funding"


def test_a_company_named_before_its_own_figure_still_pays_it():
    p = _figure("Shell will invest $3 million in an ocean sensor plant.", "$3 million")
    assert p.side == "private" and p.contributor == "shell"


@pytest.mark.parametrize("text, figure", [
    ("第2期工事の建設経費は約320億円と見積もられている。", "約320億円"),
    ("これには、10年間の運転経費120億円が含まれる。", "120億円"),
])
def test_the_running_or_building_costs_of_a_facility_are_costs(text, figure):
    p = _figure(text, figure)
    assert not p.is_funding and p.money_kind == "other"


def test_a_research_grants_expenses_keep_their_reading():
    p = _figure("文部科学省は研究経費として3000万円を助成する。", "3000万円")
    assert p.is_funding and p.money_kind == "funding"


@pytest.mark.parametrize("text, figure", [
    ("総事業費は、900億円で、このうち日本負担分は約700億円となる。", "約700億円"),
    ("第1期の建設経費は約400億円と見積もられており、日本はこのうちの約300億円負担することを計画している。", "約300億円"),
])
def test_a_states_share_of_a_cost_is_its_funding(text, figure):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == "funding" and p.side == "Japan"


def test_the_share_a_user_bears_and_the_whole_cost_stay_costs():
    text = "総事業費は、900億円で、このうち利用者負担分は約50億円となる。"
    assert not _figure(text, "約50億円").is_funding
    assert _figure(text, "900億円").money_kind == "other"


def test_the_unit_of_a_japanese_return_ratio_is_no_money():
    p = _figure("試算によれば、宇宙機関への投資1ポンドあたり英国経済に5.2ポンドが還元される。", "1ポンド")
    assert not p.is_funding and p.money_kind == "other"


def test_a_japanese_grant_per_person_keeps_its_reading():
    p = _figure("文部科学省は1人あたり200万円を助成する。", "200万円")
    assert p.is_funding


def test_a_country_that_decides_a_budget_in_another_currency_pays_it():
    p = _figure("英国が0.3兆円の予算化を決定した。", "0.3兆円")
    assert p.is_funding and p.side == "UK"


def test_a_japanese_support_level_that_rises_stays_that_countrys_funding():
    text = "英国の宇宙機関プログラムへの支援額は今後5年間(2026~30年度)で12億ポンドに増加し、次回の会合で見直される。"
    p = _figure(text, "12億ポンド")
    assert p.is_funding and p.money_kind == "funding" and p.side == "UK"


def test_an_investment_total_that_rises_is_still_a_statistic():
    p = _figure("日本の対英直接投資額は前年の80億ポンドから120億ポンドに増加した。", "120億ポンド")
    assert not p.is_funding


def test_a_country_that_cut_its_funding_to_a_level_pays_it():
    p = _figure("Physicists saw the US cut its funding for the collider last year by 60% to $20m, and Japan said "
                "it would look again.", "$20m")
    assert p.side == "other"


@pytest.mark.parametrize("text, figure", [
    ("The telescope is estimated to cost $4bn with the host country expected to pay $900m – around a quarter of the "
     "total – to build the site.", "$900m"),
    ("Under the deal, the Japanese government will pay £3 million to build the beam line.", "£3 million"),
])
def test_what_a_state_pays_towards_a_shared_facility_is_funding(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "funding"


def test_a_company_of_a_country_that_is_to_pay_for_brands_pays_a_price():
    p = _figure("Suntory of Japan is to pay £1.3 billion to buy the drinks brands.", "£1.3 billion")
    assert not p.is_funding and p.money_kind == "price"


# round 114 (test127 read)

def test_a_japanese_class_word_with_a_name_after_it_is_one_firms_round():
    p = _figure("最近では、英スタートアップ企業ソラリスが1500万ドル(約20億円)の資金調達ラウンドを完了した。", "1500万ドル")
    assert p.is_funding and p.money_kind == "investment"


def test_what_a_class_of_start_ups_raised_stays_a_market_total():
    p = _figure("英国のスタートアップ企業が調達した資金は2023年に120億ポンドに達した。", "120億ポンド")
    assert not p.is_funding and p.money_kind == "market"


def test_money_also_from_a_government_is_that_governments():
    p = _figure("ソラリス、20億円の資金調達に成功。英政府からも8億円支援獲得", "8億円")
    assert p.is_funding and p.side == "UK"


def test_a_total_accumulated_to_date_is_no_new_money():
    p = _figure("In 2020, Skyways raised $5 million through a Series A round. It has now accumulated a total of over "
                "$20 million.", "over $20 million")
    assert not p.is_funding and p.money_kind == "other"


def test_investors_named_by_their_size_are_no_money_put_in():
    p = _figure("Chairman of £40million investors Toshiba warns jobs at risk", "£40million")
    assert not p.is_funding and p.money_kind == "other"


def test_a_grant_of_a_sum_to_a_company_keeps_its_reading():
    p = _figure("The council approved a grant of £5m to the company.", "£5m")
    assert p.is_funding and p.money_kind == "funding"


@pytest.mark.parametrize("text, figure, side", [
    ("JAL filed for bankruptcy in 2010, but the state-backed Regional Revival Corporation later invested Y200bn in a "
     "revival plan for the airline.", "Y200bn", "Japan"),
    ("The government-owned Northern Growth Holdings Ltd invested £40m in the port.", "£40m", "UK"),
])
def test_a_state_backed_body_is_no_company(text, figure, side):
    p = _figure(text, figure)
    assert p.is_funding and p.side == side


def test_a_company_named_the_same_way_without_the_state_stays_a_company():
    p = _figure("Regional Revival Corporation later invested Y200bn in a revival plan for the airline.", "Y200bn")
    assert p.side == "private"


def test_what_one_company_has_already_put_into_its_own_site_is_its_investment():
    p = _figure("Kanto Logistics, which has already invested £12million into its Teesside warehouse, plans to expand "
                "its set-up.", "£12million")
    assert p.is_funding and p.money_kind == "investment" and p.side == "private"


def test_what_a_country_has_already_invested_stays_a_stock():
    p = _figure("日本はすでに英国に900億ポンドを投資している。", "900億ポンド")
    assert not p.is_funding


def test_money_one_firm_raised_from_named_investors_is_investment_whatever_they_are():
    p = _figure("ユニバーサル・エナジーも、ジェットブルーやトヨタ自動車傘下のベンチャーキャピタル部門など大手から、1800万ドルを"
                "調達した。", "1800万ドル")
    assert p.is_funding and p.money_kind == "investment"


# round 115 (test128 read)

def test_a_two_row_revenue_comparison_under_its_heading_is_no_money_put_in():
    text = ("今回は両社の規模を振り返りましょう。\n\n【山城化学とノースフィールドの売上高の比較(2010年3月期)】\n"
            "・山城化学:1800億円\n・ノースフィールド:3400億円\n※ノースフィールドは1ポンド=150円換算\n")
    for figure in ("1800億円", "3400億円"):
        p = _figure(text, figure)
        assert not p.is_funding and p.money_kind == "other"


def test_a_two_row_list_of_grants_under_a_heading_keeps_its_reading():
    text = "【助成の比較】\n・英国側:1億円\n・日本側:1億円\n"
    assert _figure(text, "1億円").is_funding


def test_a_scheme_named_by_its_total_is_what_it_comes_to():
    p = _figure("欧州で過去最大規模となる総額3000億円のインフラ事業には、英政府の柔軟な戦略が見える。", "3000億円")
    assert not p.is_funding and p.money_kind == "other"


@pytest.mark.parametrize("text, figure", [
    ("政府は総額100億円の研究開発事業を始める。", "100億円"),
    ("総額50億円の補助事業を公募する。", "50億円"),
])
def test_a_research_or_aid_scheme_named_by_its_total_keeps_its_funding(text, figure):
    assert _figure(text, figure).is_funding


# review 50: a helper probed rounds 113-114 with 385 invented sentences; each narrowing below failed before its mend

@pytest.mark.parametrize("text, figure, kind", [
    ("Hitachi paid £40 million for the prize-winning design studio.", "£40 million", "price"),
    ("The £5 million price tag of the prize bull surprised farmers.", "£5 million", "price"),
    ("Mitsubishi bought the £90 million prize asset in the City.", "£90 million", "price"),
])
def test_review50_prize_must_be_the_head_noun_with_nothing_but_names_between(text, figure, kind):
    assert _figure(text, figure).money_kind == kind


def test_review50_an_open_university_team_is_no_sport():
    p = _figure("An Open University team earned the £1 million runner-up prize for its battery design.", "£1 million")
    assert p.is_funding and p.money_kind == "funding"


def test_review50_a_companys_own_named_prize_stays_its_money():
    p = _figure("The £500,000 Rolls-Royce Science Prize is open to UK schools.", "£500,000")
    assert p.contributor == "rolls-royce"


def test_review50_a_prizes_winner_does_not_pay_it():
    p = _figure("The $1 million Google Lunar XPRIZE milestone award went to Japan's ispace.", "$1 million")
    assert p.side == "other" and p.contributor is None


@pytest.mark.parametrize("text, figure", [
    ("英国政府は加速器の建設経費として1億ポンドを拠出した。", "1億ポンド"),
    ("英国研究・イノベーション機構(UKRI)は施設の運転経費に2000万ポンドを支出する。", "2000万ポンド"),
    ("英国のSTFCは建設経費の10%にあたる約2500万ポンドを負担する。", "約2500万ポンド"),
])
def test_review50_money_given_towards_a_facilitys_costs_stays_funding(text, figure):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == "funding"


def test_review50_a_loss_another_subject_bears_is_no_state_funding():
    p = _figure("政府は、日立が英国原発の損失約3000億円を負担したと説明した。", "約3000億円")
    assert not p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("追加の1億ポンドにつき、英財務省は支出を承認した。", "1億ポンド"),
    ("1億円につきましては、来年度に交付いたします。", "1億円"),
])
def test_review50_nitsuki_as_concerning_keeps_the_figure(text, figure):
    assert _figure(text, figure).is_funding


def test_review50_a_budget_asked_of_the_government_is_not_the_askers():
    p = _figure("日本が出資した英国の新興企業は、3000万ポンドの予算措置を政府に求めた。", "3000万ポンド")
    assert p.side != "private"


def test_review50_a_countrys_stakes_in_start_ups_are_no_state_funding():
    p = _figure("日本の英国スタートアップへの出資額は2023年で約10億ポンドに達した。", "約10億ポンド")
    assert p.side != "Japan"


@pytest.mark.parametrize("text, figure", [
    ("Under the deal the government is expected to pay up to £9 billion to EDF for the power from Hinkley Point C.",
     "up to £9 billion"),
    ("The government will pay £100 million in compensation to Fujitsu's Post Office victims.", "£100 million"),
])
def test_review50_a_government_paying_a_price_or_compensation_does_not_fund(text, figure):
    assert _figure(text, figure).money_kind != "funding"


@pytest.mark.parametrize("text, figure", [
    ("スタートアップ企業ランキングによると、上位10社は約2000億円を調達した。", "約2000億円"),
    ("スタートアップ企業イベントで、参加企業は計約10億円を調達した。", "約10億円"),
    ("英国の大学発ベンチャー各社は昨年、VCから、計2億ポンドを調達した。", "2億ポンド"),
])
def test_review50_a_common_noun_or_kakusha_after_a_class_word_keeps_the_class(text, figure):
    assert _figure(text, figure).money_kind == "market"


@pytest.mark.parametrize("text, figure", [
    ("日本からも約3億ポンドの投資が見込まれている。", "約3億ポンド"),
    ("英国からも約5000万ポンドの出資を受けた。", "約5000万ポンド"),
])
def test_review50_also_from_a_bare_country_is_its_firms_money(text, figure):
    assert _figure(text, figure).side == "private"


@pytest.mark.parametrize("text, figure", [
    ("The project has accumulated £15 million of fresh funding from UKRI this year.", "£15 million"),
    ("The charity has accumulated £3 million to fund new Japanese-language scholarships.", "£3 million"),
])
def test_review50_fresh_money_or_money_kept_to_fund_is_no_total_to_date(text, figure):
    assert _figure(text, figure).is_funding


def test_review50_of_after_a_money_noun_names_no_sized_body():
    p = _figure("Backed by a commitment of £25 million lenders, the project will go ahead.", "£25 million")
    assert p.money_kind != "other"


def test_review50_a_state_backed_body_investing_keeps_investment():
    p = _figure("The state-backed Enterprise Turnaround Initiative Corporation subsequently invested Y350bn in the "
                "airline.", "Y350bn")
    assert p.money_kind == "investment" and p.side == "Japan"


@pytest.mark.parametrize("text, figure", [
    ("Japan has already invested £92 billion in its closest European partner.", "£92 billion"),
    ("Japanese firms have already invested £18 billion in its northern regions, the UK minister said.", "£18 billion"),
    ("Japan has already invested ¥500 billion in its own economy since the pandemic.", "¥500 billion"),
])
def test_review50_what_a_country_or_a_class_has_already_invested_stays_a_stock(text, figure):
    assert not _figure(text, figure).is_funding


# round 116 (test129 read)

@pytest.mark.parametrize("text, figure", [
    ("〇2025年から10年間、量子研究開発に20億ポンドを投資。", "20億ポンド"),
    ("Under the new plan, some £150 million of investment will be available in 2024-26.", "some £150 million"),
])
def test_unowned_money_for_a_fields_research_or_made_available_is_no_business_money(text, figure):
    assert _figure(text, figure).side == "UK"


@pytest.mark.parametrize("text, figure", [
    ("新工場には約50億円を投資する。", "約50億円"),
    ("The new plant will see an investment of £25m.", "£25m"),
    ("同社は研究開発に強みを持ち、30百万ドルを投資した。", "30百万ドル"),
])
def test_an_unowned_investment_in_a_plant_stays_business_money(text, figure):
    assert _figure(text, figure).side == "private"


def test_money_from_the_government_unnamed_is_the_currencys_government():
    p = _figure("昨年、研究開発に投資する英国企業は政府から25億ポンドの支援を受けた。", "25億ポンド")
    assert p.is_funding and p.side == "UK"


def test_an_endowments_worth_is_a_holding():
    p = _figure("Oxford University's endowment fund is worth around £6 billion.", "around £6 billion")
    assert not p.is_funding and p.money_kind == "other"


def test_a_fund_launched_with_its_size_keeps_its_funding():
    p = _figure("The government will launch a £2 billion fund for university research.", "£2 billion")
    assert p.is_funding and p.money_kind == "funding"


def test_a_record_level_is_no_share_price():
    text = "科学技術予算は2018年に過去最高値となった。中国は2016年では20兆円となった。"
    p = _figure(text, "20兆円")
    assert p.money_kind != "price"


def test_a_shares_high_is_still_a_price():
    assert _figure("同社の株価は一時、高値1500円をつけた。", "1500円").money_kind == "price"
