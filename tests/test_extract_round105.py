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


# round 107 (test120 read)

_JA_TABLE = ("日本の病院の基金は英国と比べると規模が小さい。以下の比較データを見てみよう。\n\n"
             "ロンドン病院(英国):5,200億円\nエディンバラ病院(英国):3,100億円\n大阪病院:90億円\n")
_EN_TABLE = ("How the largest museum endowments compare.\n\n"
             "Tate (UK): £1.2 billion\nV&A (UK): £900 million\nTokyo National Museum: ¥40 billion\n")


@pytest.mark.parametrize("text, figure", [
    (_JA_TABLE, "5,200億円"), (_JA_TABLE, "90億円"), (_EN_TABLE, "£900 million"), (_EN_TABLE, "¥40 billion"),
])
def test_a_line_of_a_table_that_compares_sizes_is_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


_PLEDGE_TABLE = ("The largest pledges made at the Tokyo conference.\n\n"
                 "Japan: US$1.1 billion\nUK: £500 million\nGermany: €300 million\n")
_SHORT_TABLE = "How the two largest endowments compare.\n\nTate: £1.2 billion\nV&A: £900 million\n"


@pytest.mark.parametrize("text, figure", [(_PLEDGE_TABLE, "£500 million"), (_SHORT_TABLE, "£900 million")])
def test_a_table_of_pledges_or_of_two_lines_keeps_its_reading(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("The new fund will be larger than Yale University's $40 billion (£31 billion) endowment.", "$40 billion"),
    ("The plan would barely dent the council's £2bn reserves.", "£2bn"),
])
def test_a_holding_named_by_its_size_after_its_owner_is_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "other" and not p.is_funding


def test_an_endowment_given_by_a_donor_stays_funding():
    assert _figure("The Sasakawa foundation gave a £10m endowment to the university.", "£10m").is_funding


@pytest.mark.parametrize("text, figure", [
    ("Ministers hope to raise the economic impact of visitors from Japan, including their hotel spending, to £3 billion"
     " a year.", "£3 billion"),
    ("The economic benefit of the Expo has broken through the £2bn mark, officials said.", "£2bn"),
])
def test_the_level_an_economic_impact_comes_to_is_a_market_figure(text, figure):
    p = _figure(text, figure)
    assert p.money_kind == "market" and not p.is_funding


def test_a_fund_for_economic_impact_stays_funding():
    assert _figure("The economic impact fund will give £5m to firms in Wales.", "£5m").is_funding


# round 108 (test121 read)

def test_what_a_country_s_firms_have_invested_in_japanese_is_a_stock():
    p = _figure("首相によれば、日本企業は英国に300億ポンド以上を投資しているという。", "300億ポンド以上")
    assert not p.is_funding


def test_a_sum_a_country_s_firms_invested_once_in_japanese_stays_money_put_in():
    assert _figure("日本企業は英国の新工場に5億ポンドを投資した。", "5億ポンド").is_funding


def _funding_texts(text):
    return [m.text for m in propose(text, word_model=False).money if m.is_funding]


def test_a_headline_figure_rounding_the_body_s_conversion_is_that_fact_again():
    text = ("英バッテリー新興、34億円調達へ\n\n"
            "英国の電池開発会社は、年末までに2000万ポンド(約34億3000万円)を株主から調達する予定だ。")
    assert "34億円" not in _funding_texts(text)


def test_a_headline_figure_rounding_the_body_s_figure_is_that_fact_again():
    text = ("Mitsui backs Oxford start-up with $12bn plan\n\n"
            "Mitsui will invest $12.3bn in British offshore wind over ten years, the company said.")
    assert _funding_texts(text) == ["$12.3bn"]


@pytest.mark.parametrize("text, figures", [
    ("Toyota to invest £100million in UK plants\n\nToyota will invest £100million in tooling. A further £85million will "
     "go on training.", ["£100million", "£85million"]),
    ("Donors pledge over $1.5 billion for vaccines\n\nDonors pledged $1.535 billion to the coalition today.",
     ["over $1.5 billion", "$1.535 billion"]),
])
def test_a_headline_figure_that_is_a_bound_or_of_another_order_stays_its_own(text, figures):
    assert all(f in _funding_texts(text) for f in figures)


# review 48: the session's rules narrowed where invented sentences read worse than at the session's start

@pytest.mark.parametrize("text, figure", [
    ("Daiwa Foundation Small Grants can cover subsistence of up to £150 per night in Japan.", "up to £150"),
    ("The government will subsidise petrol by ¥35 per litre to keep prices down.", "¥35"),
    ("The Japanese government pays households ¥7 per kWh in electricity subsidies.", "¥7"),
    ("The festival will donate £1 per ticket sold to the Japanese Red Cross.", "£1"),
    ("The Japanese government will pay up to ¥10,000 per tonne of CO2 captured.", "up to ¥10,000"),
])
def test_a_sum_given_per_unit_is_no_price(text, figure):
    assert _figure(text, figure).money_kind != "price"


@pytest.mark.parametrize("text, figure", [
    ("Economic benefits of the partnership include a grant of £3m to the University of Sheffield.", "£3m"),
    ("The economic benefits of the £2bn investment by Hitachi are expected to reach £5bn.", "£2bn"),
    ("The economic value of bilateral trade was £27bn.", "£27bn"),
    ("Japan's economic contribution to Ukraine reached $7.6bn, the foreign ministry said.", "$7.6bn"),
])
def test_a_figure_named_after_an_economic_impact_noun_keeps_its_own_reading(text, figure):
    assert _figure(text, figure).money_kind != "market"


def test_an_economic_impact_reached_after_a_year_in_the_sentence_is_still_a_market_figure():
    p = _figure("The economic benefit the UK received from the 2012 Games broke through the £13 billion mark.",
                "£13 billion")
    assert p.money_kind == "market"


@pytest.mark.parametrize("text, figure", [
    ("Honda said it had invested £1.3bn in Britain's motor industry since 1985.", "£1.3bn"),
    ("Nissan had invested £1bn in Sunderland's plant since 2010.", "£1bn"),
    ("Nissan said it had invested more than £4bn in its Sunderland business over 35 years.", "more than £4bn"),
    ("JT said it had invested £80m in the company's Ballymena site.", "£80m"),
])
def test_what_a_company_had_invested_in_a_place_or_its_own_business_stays_its_spending(text, figure):
    assert not _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("Innovate UK has invested £25m across three rounds of the Smart grants competition.", "£25m"),
    ("SoftBank has invested $200m across three rounds in the London-based start-up.", "$200m"),
    ("The UK start-up has raised £12m across two funding rounds led by Japan's Mitsubishi Estate.", "£12m"),
])
def test_money_over_several_rounds_of_a_competition_or_from_a_named_backer_stays_money_put_in(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("lead, lines", [
    ("ウクライナへの各国の支援規模は以下の通り。", ["米国:750億ドル", "ドイツ:220億ドル", "日本:70億ドル"]),
    ("The largest allocations went to:", ["University of Tokyo: ¥2.1 billion", "Kyoto University: ¥1.4 billion",
                                          "Osaka University: ¥900 million"]),
])
def test_a_table_of_aid_or_allocations_keeps_its_reading(lead, lines):
    text = lead + "\n\n" + "\n".join(lines) + "\n"
    figure = lines[1].split(":", 1)[1].strip()
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("The Nippon Foundation's £5m endowment will fund a new chair in Japanese studies at SOAS.", "£5m"),
    ("The Daiwa Foundation's £3m endowment to Cambridge will support Japanese studies.", "£3m"),
])
def test_an_endowment_its_owner_gives_stays_funding(text, figure):
    assert _figure(text, figure).is_funding


def test_series_trains_are_no_funding_round():
    p = _figure("The contract for 10 Series J trains is worth £300m.", "£300m")
    assert p.money_kind != "investment"


def test_the_size_of_an_industry_estimated_at_a_sum_is_a_market_figure():
    p = _figure("The size of the Japanese games industry is estimated at ¥2 trillion.", "¥2 trillion")
    assert p.money_kind == "market"


# last read 48: a table's lead-in that opens the page is read from its first character

def test_a_comparison_table_whose_lead_in_opens_the_page_is_read_whole():
    text = "基金の規模の比較\nロンドン大学:1,000億円\nエディンバラ大学:500億円\n大阪大学:100億円\n"
    p = _figure(text, "500億円")
    assert p.money_kind == "other" and not p.is_funding
