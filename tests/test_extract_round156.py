"""Round 156 onwards (session 58) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure
from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.money_kind import kind_from_words


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 156 (test169 read): British government research budgets as Japanese sources present them

@pytest.mark.parametrize("text, figure", [
    ("ロボット開発のためには、大学や研究機関などに2,000万ポンド(28億円)が投じられる。", "2,000万ポンド"),
    ("宇宙開発には1,000万ポンドが投じられる。新しい電池の研究には3,000万ポンド(42億円)が使われる。", "3,000万ポンド"),
    ("ドローン開発のためには、大学やイノヴェーションセンターなどに1,500万ポンドが投じられる。", "1,500万ポンド"),
])
def test_money_put_into_research_or_universities_in_the_passive_is_funding(text, figure):
    assert _figure(text, figure).money_kind == "funding"


def test_money_a_company_puts_into_its_own_research_centre_stays_investment():
    # control: a company named before the figure is its own investment
    p = _figure("同社の新しい研究所には50億円が投じられる。", "50億円")
    assert p.money_kind == "investment"


@pytest.mark.parametrize("text, figure", [
    ("この支援は英国経済におよそ40億ポンドの効果をもたらした。", "40億ポンド"),
    ("これにより今後10年間で8億ポンドの付加価値をもたらすと見込まれる。", "8億ポンド"),
])
def test_an_effect_or_added_value_brought_about_in_japanese_is_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_a_sum_made_by_adding_two_figures_is_a_total_and_the_added_one_is_a_second_sum():
    text = ("2010年以降、英国の研究機関は10億ポンドを研究に投資してきた。企業や大学が分担した10億ポンドを加えると、"
            "研究への投資総額は20億ポンドになる。")
    money = propose(text, word_model=False).money
    tens = [m for m in money if m.text == "10億ポンド"]
    assert len(tens) == 2   # the businesses' share is not the same sum again
    assert (tens[1].money_kind, tens[1].side) == ("investment", "private")
    total = next(m for m in money if m.text == "20億ポンド")
    assert (total.money_kind, total.is_funding) == ("other", False)


def test_the_same_figure_restated_without_adding_stays_one_fact():
    # control: a headline figure repeated in the body joins it
    text = "英政府、量子研究に5億ポンド\n英国政府は量子研究に5億ポンドを拠出すると発表した。"
    assert len([m for m in propose(text, word_model=False).money if m.text == "5億ポンド"]) == 1


@pytest.mark.parametrize("text, figure", [
    ("2019年の英国の研究開発投資は、350億ポンドだった。", "350億ポンド"),
    ("2020年の日本の研究開発費は約19兆円(前年から減少)である。", "約19兆円"),
])
def test_a_countrys_research_spending_in_a_year_is_a_statistic(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_a_governments_research_budget_for_a_year_ahead_keeps_its_reading():
    # control: a government's plan, not a year's statistic
    p = _figure("英国政府は2027年までに研究開発に200億ポンドを投資すると約束した。", "200億ポンド")
    assert p.is_funding


def test_a_programmes_total_since_its_start_is_a_running_total():
    text = "国家宇宙プログラムによる総投資額は、2015年の開始以来、5億ポンドという節目を超えることになる。"
    p = _figure(text, "5億ポンド")
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_money_spent_through_a_public_body_is_that_bodys():
    text = "新興企業への20億ポンドの投資がUKRIを通じて実施される。"
    p = _figure(text, "20億ポンド")
    assert (p.money_kind, p.side, p.side_basis) == ("funding", "UK", "clause")


def test_money_a_company_spends_through_its_own_arm_is_not_a_public_bodys():
    # control: a company named as the channel is no public payer
    p = _figure("新工場への3億ポンドの投資が子会社を通じて実施される。", "3億ポンド")
    assert p.side != "UK"


@pytest.mark.parametrize("text, figure", [
    ("政府は基金を通じて1億ポンドを拠出する。産業界からは2億ポンド以上の投資が見込まれている。", "2億ポンド以上"),
    ("民間部門からは5,000万ポンドの投資が見込まれる。", "5,000万ポンド"),
])
def test_money_from_industry_in_japanese_is_private_investment(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.side) == ("investment", "private")


def test_a_facility_described_by_its_size_is_no_money_put_in():
    text = "●新研究所の建設を開始。これは£6,000万規模の海洋と気候に関する最先端研究所でPlymouthにある。"
    p = _figure(text, "£6,000万")
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_a_fund_of_a_scale_keeps_its_reading():
    # control: a fund sized by 規模 stays money put in (round 41)
    p = _figure("同社は300億円規模の投資ファンドを設立した。", "300億円")
    assert p.is_funding


# round 157 (test170 read): UK–Japan money in education, culture and society

def test_an_answer_line_reads_the_question_above_it():
    text = ("1. How much was the total cost of the stadium from start to finish?\n\nAbout £90 million\n\n"
            "2. How much council money was used to fund the stadium?\n\n£40 million\n")
    assert _figure(text, "About £90 million").money_kind == "other"
    assert _figure(text, "£40 million").money_kind == "funding"


def test_a_heading_under_a_question_headline_is_no_answer():
    # control: a Japanese heading after a headline that asks a question keeps its own reading
    text = "核融合への投資、世界で60億ドル突破。日本は追いつけるのか?\n3億ドル調達の核融合ベンチャー\n同社の累計調達金額は3億ドルに達した。"
    assert not any(m.is_funding for m in propose(text, word_model=False).money if m.text == "3億ドル")


@pytest.mark.parametrize("text, figure", [
    ("The legal costs for this service were just under one million pounds.", "under one million pounds"),
    ("The final legal bill came to approx. £200,000.", "approx. £200,000"),
])
def test_what_lawyers_cost_is_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_what_a_sponsor_pays_each_season_is_a_price():
    p = _figure("The current sponsors spent £20 million per season for sponsorship.", "£20 million")
    assert (p.money_kind, p.is_funding) == ("price", False)


@pytest.mark.parametrize("text, figure", [
    ("Council defends £6,000 Japan trip for officers", "£6,000"),
    ("The council spent between £3,000 and £4,000 sending three officers on a week-long trip to Nagoya.",
     "between £3,000 and £4,000"),
    ("The visit, which took place in May, cost a total of around £15,000.", "around £15,000"),
])
def test_what_a_trip_costs_is_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_a_grant_for_a_trip_keeps_its_reading():
    # control: a grant that pays for a visit is still funding
    p = _figure("The foundation awarded a grant of £6,000 to fund a research visit to Japan.", "£6,000")
    assert p.money_kind == "funding"


def test_what_visitors_spend_in_an_economy_is_a_market_figure():
    p = _figure("Tourism plays a key role in the county economy, bringing in £2.1billion of spend.", "£2.1billion")
    assert (p.money_kind, p.is_funding) == ("market", False)


def test_what_a_builder_spent_doing_the_works_is_their_cost():
    text = ("Smith Construction Group did the renovations, with two buildings becoming classrooms, spending £700,000 "
            "total.[4] The trust that founded the school spent about £3,000,000 on the site.[5]")
    p = _figure(text, "£700,000")
    assert (p.money_kind, p.is_funding) == ("other", False)
    # control: the founder's spending in the next sentence (after the footnote mark) is its own investment
    q = _figure(text, "about £3,000,000")
    assert q.is_funding and q.side == "private"


# round 158 (test171 read): British firms and funds putting money into Japan

@pytest.mark.parametrize("text, figure", [
    ("同ファンドは2001年の設立以来、約120億ユーロを運用している。", "約120億ユーロ"),
    ("同社は世界約40都市で9000億円の不動産を運用している。", "9000億円"),
])
def test_what_a_fund_or_a_landlord_manages_in_japanese_is_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_a_fund_putting_money_into_a_company_keeps_its_reading():
    # control: money a fund invests is still investment
    p = _figure("同ファンドは日本の新興企業に50億円を投資する。", "50億円")
    assert p.money_kind == "investment"


# round 159 (test172 read): British biotech and deep-tech deals with Japanese companies, UK grants with Japanese firms

def test_a_body_named_receiving_is_no_payer_when_named_again_later():
    text = ("A consortium led by Ford and Nissan UK has been awarded £2.3m, and is testing lighter steel parts for cars "
            "such as the Nissan Leaf.")
    p = _figure(text, "£2.3m")
    assert (p.money_kind, p.side) == ("funding", "UK")


def test_a_grant_received_earlier_in_the_clause_is_the_figure_it_is_worth():
    # (the page's lead is the company receiving: before, its name at the end made it the payer)
    text = ("Nissan Motor Manufacturing UK announces that it has joined two projects of the Faraday Battery Challenge.\n"
            "The Company has now received offers of grant funding to support its part in three projects chosen by the "
            "competition worth up to £2.2m in aggregate to Nissan.")
    p = _figure(text, "up to £2.2m")
    assert (p.money_kind, p.side) == ("funding", "UK")


def test_a_company_that_pays_for_a_project_keeps_its_side():
    # control: a company investing in its own project is still its payer
    p = _figure("Nissan UK will invest £2.3m in a new paint line at its plant.", "£2.3m")
    assert (p.money_kind, p.side) == ("investment", "private")


def test_a_named_rounds_fund_raise_is_investors_money():
    text = "Last month, Cellcraft crossed another milestone through a Series B fund-raise of >USD$30M with a group of investors."
    start = text.index("USD$30M")
    assert kind_from_words(text, start, start + len("USD$30M"), 0, len(text)) == "investment"
    p = _figure(text, "USD$30M")
    assert (p.money_kind, p.side) == ("investment", "private")


def test_a_public_fund_keeps_its_reading():
    # control: a public fund's money is still funding
    p = _figure("The government's Faraday fund will provide £30m for battery research.", "£30m")
    assert p.money_kind == "funding"


# round 160 (test173 read): UK research money as Japanese agencies and media report it

def test_the_parts_of_a_grant_broken_down_in_japanese_are_its_payers():
    text = ("英国研究・イノベーション機構(UKRI)は、5月2日、英国の研究施設に約5,000万ポンドを助成すると発表した。\n"
            "本助成金は、研究の基盤を整えるためのもの。\n本助成金の内訳は、望遠鏡の改修に1,200万ポンド、"
            "ESO(European Southern Observatory)が建設している巨大望遠鏡の装置支援に300万ポンドだという。")
    for figure in ("1,200万ポンド", "300万ポンド"):
        p = _figure(text, figure)
        # (the grant's payer, named two sentences back, not the currency's country nor the body building the telescope)
        assert (p.money_kind, p.side, p.side_basis, p.contributor_text) == ("funding", "UK", "clause", "UKRI"), figure


def test_a_sentence_not_opening_on_a_breakdown_keeps_its_own_payer():
    # control: a later sentence that names its own payer is read by it
    text = ("英国研究・イノベーション機構(UKRI)は、約5,000万ポンドを助成すると発表した。"
            "また、トヨタは英国の工場に1,200万ポンドを投資する。")
    assert _figure(text, "1,200万ポンド").side == "private"


@pytest.mark.parametrize("text, figure", [
    ("AI各成長ゾーンには400万ポンドの政府資金が投入され、企業の導入を促進する。", "400万ポンド"),
    ("・政府は、最大2億ポンドの政府支援により、有望な新興企業の最初の顧客となる。", "最大2億ポンド"),
])
def test_money_the_words_call_a_governments_is_the_currencys_government(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.side) == ("funding", "UK")


def test_a_bare_government_with_yen_is_still_japans():
    # control: 政府 with a yen figure stays Japan's
    assert _figure("政府は、最大100億円の政府支援を行う。", "最大100億円").side == "Japan"


# review58: a helper probed rounds 156-160 with about 145 invented sentences; each narrowing below failed before its mend

@pytest.mark.parametrize("text, figure", [
    ("同ファンドから大学発ベンチャーに50億円が投じられる。", "50億円"),
    ("アクメ製薬の新研究所には30億円が投じられる。", "30億円"),
])
def test_review58_money_a_fund_or_a_named_owner_puts_in_is_not_research_funding(text, figure):
    assert _figure(text, figure).money_kind == "investment"


@pytest.mark.parametrize("text, figure", [
    ("The foundation offers £3,000 trip grants to early-career researchers.", "£3,000"),
    ("The Daiwa Foundation spent £200,000 sending UK researchers on exchange visits to Japan.", "£200,000"),
    ("The Wellcome Trust gives £2m a year in sponsorship of fellowships.", "£2m"),
])
def test_review58_a_grant_for_trips_or_sponsored_fellowships_stays_funding(text, figure):
    assert _figure(text, figure).money_kind == "funding"


def test_review58_spending_a_grant_brings_in_is_no_visitors_spend():
    assert _figure("The grant will bring in £2m of spending on new lab equipment.", "£2m").money_kind != "market"


def test_review58_only_a_question_asking_for_a_sum_reads_the_answer_line():
    assert _figure("How big is the market?\n\nThe ministry gave £3m\n", "£3m").money_kind == "funding"


def test_review58_another_subjects_spending_after_a_builders_works_keeps_its_reading():
    text = "Smith Construction completed the works; the university, spending over £5m of its own money, opened the hall."
    assert _figure(text, "over £5m").is_funding


def test_review58_money_managed_for_a_purpose_keeps_its_reading():
    p = _figure("政府は新設する基金で500億円を運用し、その運用益で大学の研究を支援する。", "500億円")
    assert p.is_funding


def test_review58_a_figure_added_to_a_budget_is_the_headlines_figure_again():
    text = "英政府、量子技術に3億ポンド\n英国政府は既存の予算に3億ポンドを加えて量子研究を支援する。"
    assert len([m for m in propose(text, word_model=False).money if m.text == "3億ポンド"]) == 1
