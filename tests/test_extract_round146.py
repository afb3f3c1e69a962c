"""Round 146 onwards (session 56) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 146 (test159 read): UK research funding as Japanese agencies report it, Japanese funds and firms in the UK

def test_a_body_that_only_qualifies_where_japanese_money_goes_pays_none_of_it():
    # "AのBに": A only says which B the money goes to; a bare 政府 is the government of the currency's country
    p = _figure("政府、Euratom R&Dの代替策に最大5億ポンドを拠出。", "最大5億ポンド")
    assert (p.side, p.contributor) == ("UK", None)
    # control: the body as the subject still pays
    assert _figure("JSTは、共同研究に3億円を拠出する。", "3億円").contributor == "jst"


def test_a_body_a_programme_stands_in_for_pays_none_of_it():
    p = _figure("Government announces up to £400 million for UK alternatives to Euratom research.", "up to £400 million")
    assert (p.side, p.contributor) == ("UK", None)
    # control: a body named as the source still pays
    p = _figure("The scheme receives up to £400 million from Euratom.", "up to £400 million")
    assert p.contributor == "euratom"


def test_a_city_as_the_subject_of_a_japanese_clause_about_investment_is_no_company():
    text = ("ロンドン、投資先で首位\n\nロンドンが依然として欧州最大のIT投資先となっている。"
            "最も多くの資金を調達したのは、英インプロバブルで2億8,800万ポンドを確保。")
    p = _figure(text, "2億8,800万ポンド")
    assert p.contributor_text != "ロンドン" and p.side != "private"
    # control: a company named the same way still invests
    text = "丸紅が英国の洋上風力に投資する。\n\n丸紅は約100億ポンドの投資を行う。"
    assert _figure(text, "約100億ポンド").side == "private"


def test_a_japanese_sentence_opening_on_its_figure_goes_on_listing_the_money_before_it():
    text = ("英国政府及びウェールズ政府は、企業と協力して研究開発に1億ポンド強の投資を行う旨発表した。"
            "1億ポンド強の投資額のうち約5,400万ポンドは、研究所の研究開発支援に充てられる。\n\n"
            "3,800万ポンドは、北部の工場でのプロジェクトに投資され、新技術の開発に充てられる。")
    p = _figure(text, "3,800万ポンド")
    assert (p.side, p.money_kind) == ("UK", "funding")
    # control: a figure-topic sentence that names its own payer keeps it
    text = ("英国政府は研究開発に1億ポンドを拠出する。\n\n"
            "3,800万ポンドは、トヨタが北部の工場に投資する。")
    assert _figure(text, "3,800万ポンド").side == "private"


def test_money_a_japanese_clause_says_was_received_from_a_body_is_that_bodys():
    p = _figure("日本に本社を置くアストロスケールは、イギリス宇宙庁から衛星を除去する技術の開発資金として、"
                "今回追加で150万ポンド(約2億4000万円)を受け取りました。", "150万ポンド")
    assert (p.side, p.contributor, p.money_kind) == ("UK", "uk-space-agency", "funding")
    # control: a body named with から only as a starting point of the clause's topic is not read when nothing was received
    p = _figure("アストロスケールは、イギリス宇宙庁から選ばれ、150万ポンドを投資する。", "150万ポンド")
    assert p.side == "private"


def test_money_a_state_puts_into_a_fund_it_sets_up_is_funding():
    p = _figure("英国政府は7月26日、「リサーチ・カタリスト基金」を設立し、募集を開始することを発表した。"
                "科学の各分野での発見を支援するため、全体で最大4,000万ポンドを出資する。", "最大4,000万ポンド")
    assert p.money_kind == "funding"
    # control: a state's equity in a company stays investment
    p = _figure("英国政府は、原発計画に参加する会社に6億ポンドを出資する。", "6億ポンド")
    assert p.money_kind == "investment"


def test_the_instalments_an_award_is_paid_in_are_funding():
    text = ("One bursary is offered to the value of £8,000, and will be paid in three instalments: £3,500 at the "
            "beginning of Term 1, £3,500 at the beginning of Term 2, and £1,000 once the thesis is complete (this "
            "final payment will be withheld otherwise).")
    assert _figure(text, "£1,000").money_kind == "funding"
    # control: a payment that is no award's stays a price
    text = "The tickets cost £8,000 in all and are paid in three instalments: £3,500 now, £3,500 next month and £1,000 on delivery."
    assert _figure(text, "£1,000").money_kind != "funding"


# round 147 (test160 read): aerospace, defence, shipbuilding, insurance and banking money between the UK and Japan

def test_money_from_industry_right_after_the_figure_is_business_money():
    text = ("In recent years the Ministry of Defence alone has invested £1 billion in combat air technology, with a "
            "further £400 million from industry to develop the skills pipeline.")
    p = _figure(text, "£400 million")
    assert (p.side, p.money_kind) == ("private", "investment")
    # control: the ministry's own figure stays the ministry's
    assert _figure(text, "£1 billion").side == "UK"


def test_a_years_result_is_other_whatever_word_stands_nearer():
    p = _figure("The loss after dividends transferred from reserves for the year amounted to £120,500,000.",
                "£120,500,000")
    assert p.money_kind == "other"
    # control: dividends themselves are still read as before
    p = _figure("The board declared dividends of £12,000,000 for the year.", "£12,000,000")
    assert p.money_kind != "other"


def test_an_underwriters_capacity_is_other():
    p = _figure("For the 2019 year of account, the syndicate's capacity was maintained at GBP 1.2 billion.",
                "GBP 1.2 billion")
    assert p.money_kind == "other" and not p.is_funding
    # control: what a plant invests at full capacity is still investment
    p = _figure("At full capacity the company will have invested £200 million in the facility.", "£200 million")
    assert p.money_kind == "investment"


def test_a_whole_periods_total_is_no_money_put_in():
    text = ("We are coming off the two biggest years in UK comics history: £51.2m and £46.3m for the full 12-month "
            "periods in 2022 and 2023, respectively.")
    assert [_figure(text, f).is_funding for f in ("£51.2m", "£46.3m")] == [False, False]
    # control: a grant paid over a period is still funding
    assert _figure("The council awarded a grant of £46,000 for the library.", "£46,000").is_funding
