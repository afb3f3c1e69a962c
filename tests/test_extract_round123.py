"""Round 123 onwards (session 52) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import date_figure, money_figure
from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.organisations import default_gazetteer, find_organisations
from ukjp_desktop.core.extract.sentences import split_sentences


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


# round 123 (test136 read)

def test_a_dotted_legal_form_before_its_listing_ends_no_sentence():
    text = ("Harbour Brewing agreed to buy the beer arm of Kestrel Ales P.L.C. (LSE:KAL) for £80 million on 5 May 2019. "
            "The deal includes the brewery.")
    assert _sentences(text) == [text[:text.index(" The deal")], "The deal includes the brewery."]


def test_a_dotted_legal_form_at_the_end_of_a_sentence_still_ends_it():
    text = "Sumitomo sold its stake in its Japanese unit Kestrel K.K.  The British group said the price was fair."
    assert _sentences(text) == ["Sumitomo sold its stake in its Japanese unit Kestrel K.K.",
                                "The British group said the price was fair."]


def test_an_exchanges_letters_before_a_ticker_name_no_body():
    orgs = find_organisations("Kestrel Ales P.L.C. (LSE:KAL) sold its beer arm.", default_gazetteer())
    assert "lse" not in {o.slug for o in orgs}


def test_the_same_letters_alone_still_name_the_school():
    orgs = find_organisations("A study by the LSE found that trade grew.", default_gazetteer())
    assert "lse" in {o.slug for o in orgs}


def test_the_fund_stands_for_the_fund_the_sentence_before_names():
    text = ("The first venue will be set up in London by a joint venture between Cool Japan Fund and British firm "
            "Harbour Foods Group, the sources said. The fund will invest up to £3 million (¥450 million) in the project.")
    p = _figure(text, "up to £3 million")
    assert p.side == "Japan" and p.contributor == "cool-japan-fund" and p.money_kind == "investment"


def test_the_fund_with_no_fund_named_before_keeps_its_reading():
    text = ("The venue will be set up in London by Harbour Foods Group, the sources said. "
            "The fund will invest up to £3 million in the project.")
    p = _figure(text, "up to £3 million")
    assert p.contributor != "cool-japan-fund"


@pytest.mark.parametrize("text, figure, side", [
    ("INCJ will invest ¥10 billion in the company.", "¥10 billion", "Japan"),
    ("British Patient Capital invested £5 million in the fund.", "£5 million", "UK"),
    ("The National Wealth Fund will invest £100 million in the port.", "£100 million", "UK"),
])
def test_a_states_investment_fund_invests(text, figure, side):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == "investment" and p.side == side


def test_a_public_funder_still_funds():
    p = _figure("Innovate UK will invest £5 million in the programme.", "£5 million")
    assert p.is_funding and p.money_kind == "funding"


@pytest.mark.parametrize("text, figure", [
    ("The biggest individual sale was £100,100 ($128,109), set for a rare bottle of 1960 whisky.", "£100,100"),
    ("Results from the two sales defied the mood, fetching a combined total of £3.7m (US$4.4m).", "£3.7m"),
])
def test_a_sale_named_by_its_rank_and_what_sales_fetched_are_prices(text, figure):
    p = _figure(text, figure)
    assert not p.is_funding and p.money_kind == "price"


def test_a_charity_sale_that_raised_money_keeps_its_reading():
    p = _figure("The biggest individual sale was £100,000, raised for the children's hospital fund.", "£100,000")
    assert p.money_kind != "price"


@pytest.mark.parametrize("text, figure", [
    ("In case of termination, Asahi Europe will pay a termination fees of £2.5 million to Fuller, Smith & Turner.",
     "£2.5 million"),
    ("Kestrel agreed to pay a $50m (£40m) break fee if the deal collapsed.", "$50m"),
])
def test_a_fee_for_a_deal_called_off_is_no_money_put_in(text, figure):
    p = _figure(text, figure)
    assert not p.is_funding and p.money_kind == "other"


def test_a_company_paying_a_fee_for_a_service_is_untouched_by_the_break_fee_rule():
    p = _figure("Kestrel will pay a £2 million fee to the university for the licence.", "£2 million")
    assert p.money_kind != "other"


def test_a_company_named_between_commas_by_its_trade_pays_for_itself():
    text = "Harbour Foods, the UK food group, has completed the first phase of an £80m investment plan at its plant."
    p = _figure(text, "£80m")
    assert p.side == "private" and p.money_kind == "investment"
    orgs = find_organisations(text, default_gazetteer())
    assert "Harbour Foods" in {o.text for o in orgs}


def test_a_place_named_between_commas_is_no_company():
    orgs = find_organisations("Leeds, the UK city, has won £80m for its trams.", default_gazetteer())
    assert "Leeds" not in {o.text for o in orgs}


@pytest.mark.parametrize("text, date_text", [
    ("The company's revenue grew to £290.6 million in the year to March 31, 2017.", "March 31, 2017"),
    ("The beer company had EBITDA of £10.6 million for the 52 weeks ending March 31, 2018.", "March 31, 2018"),
    ("It reported sales of £1.74bn in the financial year ended 31 March 2013.", "31 March 2013"),
])
def test_the_end_of_an_accounting_period_is_an_end(text, date_text):
    assert date_figure(text, date_text).label == "ended"


def test_a_date_a_year_runs_from_is_no_end():
    assert date_figure("The programme starts on 1 April 2017 and runs for a year.", "1 April 2017").label == "started"


def test_propose_reads_a_whole_listing_sentence():
    text = "Kestrel agreed to acquire the beer arm of Harbour Ales P.L.C. (LSE:HAL) for £80 million on 5 May 2019."
    p = next(m for m in propose(text, word_model=False).money if m.text == "£80 million")
    assert p.sentence.startswith("Kestrel agreed") and not p.is_funding


def test_a_company_named_between_commas_takes_no_word_from_the_line_above():
    text = "Harbour gets hold of ICL\nKestrel Data, the Japanese information technology group, took control of ICL."
    orgs = find_organisations(text, default_gazetteer())
    assert not any("\n" in o.text for o in orgs)
    assert "Kestrel Data" in {o.text for o in orgs}


# round 124 (test137 read)

def test_japanese_right_after_a_scale_letter_keeps_the_scale():
    text = "- グーグル等から£600m規模を調達\n- 年間 £125mの大学発ベンチャーへの投資"
    assert {(m.text, m.amount) for m in propose(text, word_model=False).money} >= {("£600m", 600_000_000),
                                                                                   ("£125m", 125_000_000)}


def test_a_scale_letter_before_a_latin_word_is_no_scale():
    assert [m.text for m in propose("The £600 mobile phone sold well.", word_model=False).money] == ["£600"]


@pytest.mark.parametrize("text, figure", [
    ("2019年4月にはGBP3m(約5.6億円)規模のファンドをクローズし、2024年2月には新ファンドをGBP33m(約62億円)でファーストクローズ"
     "(目標GBP50m、約93億円)しました。", "GBP3m"),
    ("2019年4月にはGBP3m(約5.6億円)規模のファンドをクローズし、2024年2月には新ファンドをGBP33m(約62億円)でファーストクローズ"
     "(目標GBP50m、約93億円)しました。", "GBP33m"),
])
def test_a_venture_funds_close_is_its_investors_money(text, figure):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == "investment"


def test_a_funds_target_beside_its_close_stays_a_target():
    text = "新ファンドをGBP33m(約62億円)でファーストクローズ(目標GBP50m、約93億円)しました。"
    assert not _figure(text, "GBP50m").is_funding


def test_what_a_licensing_office_hands_back_is_no_money_put_in():
    p = _figure("- 大学及び関連研究者への還元額£16.6m(2020年)", "£16.6m")
    assert not p.is_funding and p.money_kind == "other"


def test_a_nations_year_of_vc_investment_is_a_market_figure():
    text = "Tech Nationによると、2019年のVC投資は£101億(約1.4兆円)となっており、日本の2019年VC投資額は2162億円です。"
    for figure in ("£101億", "2162億円"):
        p = _figure(text, figure)
        assert not p.is_funding and p.money_kind == "market"


def test_a_vc_firms_own_investment_keeps_its_reading():
    p = _figure("ベンチャーキャピタルのXは同社に10億円を出資した。", "10億円")
    assert p.is_funding and p.money_kind == "investment"


def test_a_funds_past_plan_to_raise_is_its_target_size():
    text = ("The investment will likely come from SoftBank’s second Vision Fund, which was initially planned to raise "
            "$108 billion but to date the only confirmed investor in the fund is SoftBank itself with a $38 billion pledge.")
    assert not _figure(text, "$108 billion").is_funding
    pledge = _figure(text, "$38 billion")
    assert pledge.is_funding and pledge.money_kind == "investment"


def test_money_given_to_date_stays_a_past_total():
    p = _figure("To date the foundation has given £38 million to the hospital.", "£38 million")
    assert not p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("The London-based bank raised £113m in June from the Y Combinator Continuity fund.", "£113m"),
    ("The digital bank intends to raise approximately £100m (nearly $130.6m) of new funds.", "approximately £100m"),
])
def test_capital_a_company_raises_from_investors_is_their_investment(text, figure):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind == "investment" and p.side == "private"


def test_money_a_council_raises_from_a_fund_is_no_capital():
    p = _figure("The council raised £2m from the lottery fund for the park.", "£2m")
    assert p.money_kind == "funding"


def test_each_backers_sum_in_a_bracketed_list_is_its_own_fact():
    text = ("SVFの主な出資者には、PIF(450億ドル)、Apple(10億ドル)、クアルコム(10億ドル)、ラリー・エリソン個人事務所(10億ドル)など"
            "が名を連ねています。")
    assert [m.text for m in propose(text, word_model=False).money].count("10億ドル") == 3
    text = "Backers include Apple ($1bn), Qualcomm ($1bn) and Oracle's founder ($1bn)."
    assert [m.text for m in propose(text, word_model=False).money].count("$1bn") == 3


def test_a_sum_restated_in_brackets_in_one_sentence_is_one_fact():
    text = "The fund ($1bn) was launched, and its size ($1bn) was confirmed."
    assert [m.text for m in propose(text, word_model=False).money].count("$1bn") == 1


def test_what_a_fund_manages_is_its_size():
    p = _figure("これらの出資により、運用規模は10兆円を超える見込みです。", "10兆円を超える")
    assert not p.is_funding and p.money_kind == "other"


def test_a_funding_deal_is_funding_not_a_price():
    p = _figure("The UK government has confirmed a £1 billion funding deal to construct a battery plant in Sunderland.",
                "£1 billion")
    assert p.is_funding and p.money_kind == "funding"


def test_a_deal_to_buy_stays_a_price():
    p = _figure("Kestrel has agreed a £1 billion deal to buy the battery maker.", "£1 billion")
    assert not p.is_funding and p.money_kind == "price"


# review 52 (rounds 123-124 probed with 281 invented sentences, 122 readings changed, 22 wrongly)

def test_review52_a_bracket_before_a_new_sentence_still_ends_the_one_before():
    # (no full stop after the bracket to end it at: the break stays after the legal form, as before round 123)
    text = "Its Japanese unit is Kestrel Japan K.K. (Tokyo) The group said profits rose to £9bn."
    assert _sentences(text)[0] == "Its Japanese unit is Kestrel Japan K.K."


@pytest.mark.parametrize("text, slug", [
    ("The partners (UKRI: 3 projects; JSPS: 2 projects) were named.", "ukri"),
    ("The agency (JETRO: 2019 figures) said exports rose.", "jetro"),
])
def test_review52_a_body_before_a_colon_in_brackets_is_no_exchange(text, slug):
    assert slug in {o.slug for o in find_organisations(text, default_gazetteer())}


@pytest.mark.parametrize("text", [
    "However, the Japanese carmaker, Nissan, said it would invest.",
    "Meanwhile, the British engineering group, Renold, reported sales.",
    "In March, the Japanese trading company, Sojitz, bought a stake.",
    "Separately, the UK chip company, which is based in Bristol, raised money.",
    "Yesterday, the British company, announced a new plant.",
])
def test_review52_an_opening_word_before_an_apposition_is_no_company(text):
    first = text.split(",")[0]
    assert first not in {o.text for o in find_organisations(text, default_gazetteer())}


@pytest.mark.parametrize("text, figure", [
    ("The record sale of £300m in exports to Japan came in 2019.", "£300m"),
    ("UK whisky exports to Japan fetched £150m last year.", "£150m"),
    ("Britain's best sale is £12bn of cars to Japan a year.", "£12bn"),
])
def test_review52_a_countrys_sales_abroad_are_no_auction_price(text, figure):
    assert _figure(text, figure).money_kind != "price"


def test_review52_a_cancellation_fee_per_ticket_stays_a_price():
    p = _figure("The airline's cancellation fee of £50 per ticket to Tokyo was criticised.", "£50")
    assert p.money_kind == "price"


def test_review52_a_college_raising_money_for_scholarships_is_no_capital():
    p = _figure("The college raised £3m of new funds for Japanese-language scholarships.", "£3m")
    assert p.money_kind == "funding"


def test_review52_a_state_fund_money_is_raised_for_is_no_investor():
    p = _figure("The government raised £3bn of new capital for the National Wealth Fund.", "£3bn")
    assert p.money_kind == "funding"


def test_review52_a_state_funds_abbreviation_invests():
    p = _figure("海外通信・放送・郵便事業支援機構（JICT）は英国の光ファイバー会社に80億円を投じる。", "80億円")
    assert p.money_kind == "investment"


def test_review52_one_body_named_twice_in_brackets_is_one_fact():
    text = "Sony's investment (¥10bn), and Sony's new plant (¥10bn), are the same project."
    assert [m.text for m in propose(text, word_model=False).money].count("¥10bn") == 1


def test_review52_a_financing_deal_with_a_bank_is_no_funding():
    p = _figure("SoftBank closed a $4bn financing deal with Mizuho to fund the Arm purchase.", "$4bn")
    assert p.money_kind != "investment" or not p.is_funding


def test_review52_a_final_close_in_japanese_is_investment():
    p = _figure("同社はファンドを5000万ポンドで最終クローズした。", "5000万ポンド")
    assert p.money_kind == "investment"


# round 125 (test138 read)

@pytest.mark.parametrize("text, date_text, value", [
    ("9月に英国ブリストルにソフトウェアの新しい開発拠点を開設した。", "9月", "2016-09"),
    ("同社は9 月に新工場を開いた。", "9 月", "2016-09"),
    ("9月末時点で残高は増えた。", "9月末", "2016-09"),
    ("ダイソンは 2016 年 9 月、新たなキャンパスを開設しました。", "2016 年 9 月", "2016-09"),
    ("2014 年度の売上高は増えた。", "2014 年度", "2014"),
])
def test_a_japanese_month_alone_and_a_pdfs_spaced_dates_are_read(text, date_text, value):
    from datetime import date
    d = next(d for d in propose(text, document_date=date(2016, 12, 1)).dates if d.text == date_text)
    assert d.value == value


@pytest.mark.parametrize("text", ["研修は3カ月続いた。", "6ヶ月の研修を受けた。", "月額36万円を支給する。", "毎月1回会合を開く。"])
def test_a_count_of_months_or_a_monthly_sum_is_no_month(text):
    assert not [d for d in propose(text).dates if "月" in d.text]


@pytest.mark.parametrize("text, slug", [("ダイソンは研究開発に投資する。", "dyson"), ("ソニーは英国に投資した。", "sony")])
def test_the_japanese_press_short_company_names_are_known(text, slug):
    assert slug in {o.slug for o in find_organisations(text, default_gazetteer())}



# round 126 (test139 read)

def test_a_headlines_loss_in_red_is_no_money_put_in():
    p = _figure("Komatsu UK Hit Hard by Economic Downturn: Slump puts Digger Maker £13m in Red", "£13m")
    assert not p.is_funding and p.money_kind == "other"


def test_buying_all_of_a_companys_shares_is_a_price_and_later_investment_stays():
    text = ("英政府は同社の全株式資本と負債を含め260万ポンド(約4億円)を負担し、さらに次の10年で4億ポンド(約611億円)の投資をすることを"
            "明らかにした。")
    p = _figure(text, "260万ポンド")
    assert not p.is_funding and p.money_kind == "price"
    assert _figure(text, "4億ポンド").is_funding


def test_a_directors_emoluments_are_pay():
    p = _figure("The emoluments of the highest paid director were £393,000, compared with £329,000 the previous year.",
                "£393,000")
    assert not p.is_funding and p.money_kind == "other"
