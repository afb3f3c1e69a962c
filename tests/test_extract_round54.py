"""Rounds 54 onwards (session 34) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure


@pytest.mark.parametrize("figure", ["$250mm", "$10 mil"])
def test_a_finance_scale_word_is_no_unit_price(figure):
    # the kind reader and the money reader share one list of scale words: "$250mm" is read like "$250m", not as a
    # share's price after "rose 4 per cent to"
    text = f"The value of its shares rose 4 per cent to {figure} on Monday."
    assert _figure(text, figure).money_kind == _figure(text.replace(figure, "$250m"), "$250m").money_kind != "price"


def test_a_bare_figure_after_a_move_is_still_a_price():
    # the control: no scale word at all is what a share costs
    assert _figure("Shares in Acme rose 4 per cent to $250 on Monday.", "$250").money_kind == "price"


# round 54 (test60 read)

@pytest.mark.parametrize("text", [
    "Prime Minister Rishi Sunak and Prime Minister Fumio Kishida announced a new £30 million partnership.",
    # a person who pays nothing stands between the two in the list
    "Prime Minister Theresa May, Business Secretary Greg Clark and Prime Minister Shinzo Abe announced a new £30 million "
    "partnership.",
])
def test_both_heads_of_government_as_the_subject_pay_jointly(text):
    assert _figure(text, "£30 million").side == "joint"


def test_a_head_of_government_and_a_minister_of_one_country_are_not_joint():
    text = "Prime Minister Rishi Sunak and Chancellor Jeremy Hunt announced a new £30 million fund."
    assert _figure(text, "£30 million").side == "UK"


def test_a_japanese_relative_clause_naming_the_leading_bodies_gives_their_side():
    text = ("このパートナーシップには、英国の医療研究会議(MRC)と日本医療研究開発機構(AMED)が主導する再生医療を推進する"
            "1,000万ポンドのプログラムが含まれている。")
    m = _figure(text, "1,000万ポンド")
    assert m.side == "joint" and m.side_basis == "clause"


def test_universities_that_lead_the_work_do_not_pay_for_it():
    # the control: as in English ("a £1.5m project led by the University of Warwick"), a university leading the work
    # is no payer
    m = _figure("東京大学とケンブリッジ大学が主導する1,000万ポンドのプログラムが始まる。", "1,000万ポンド")
    assert m.side_basis != "clause"


@pytest.mark.parametrize("text", [
    "英国の医療研究会議は1,000万ポンドを拠出する。",   # a kanji name the gazetteer lacks, after "the UK's"
    "医療研究会議(MRC)は1,000万ポンドを拠出する。",   # its bracketed abbreviation is known
])
def test_a_kanji_name_of_a_british_body_is_on_the_uk_side(text):
    m = _figure(text, "1,000万ポンド")
    assert m.side == "UK" and m.side_basis == "clause"


def test_a_kanji_name_with_no_country_word_stays_japanese():
    m = _figure("量子科学技術研究開発機構は10億円を拠出する。", "10億円")
    assert m.side == "Japan" and m.side_basis == "clause"


def test_a_british_head_of_government_in_japanese_who_only_announces_others_money_does_not_pay():
    text = "スナク英首相は18日、総額180億ポンド(約3兆円)の新たな対英投資を日本企業が行うと発表した。"
    assert _figure(text, "180億ポンド").side == "private"


def test_a_british_head_of_government_in_japanese_pairs_with_a_japanese_one():
    m = _figure("岸田首相とスナク首相は共同で3,000万ポンドを拠出する。", "3,000万ポンド")
    assert m.side == "joint"


@pytest.mark.parametrize("figure", ["£100bn", "£250bn"])
def test_a_national_plan_and_its_parts_are_no_money_put_in(figure):
    text = ("The money will go mainly to offshore wind farms, which make up £100bn of the government's overall £250bn "
            "national infrastructure plan.")
    m = _figure(text, figure)
    assert m.money_kind == "other" and not m.is_funding


def test_a_companys_plan_to_invest_is_still_investment():
    m = _figure("This includes trading house Marubeni Corporation's £10bn plan to invest in clean energy projects.",
                "£10bn")
    assert m.money_kind == "investment" and m.is_funding


def test_the_size_a_fund_is_to_reach_is_no_money_put_in():
    text = ("東京ガスはコーナーストーン投資家として2.2億ユーロ(約350億円)の出資をすると公約。2030年までに同ファンドの規模を"
            "総額35億ユーロ(約5500億円)に拡大させることを目指す。")
    assert _figure(text, "35億ユーロ").money_kind == "other"
    assert _figure(text, "2.2億ユーロ").is_funding   # the control: the commitment itself


# round 55 (test61 read)

@pytest.mark.parametrize("text, figure", [
    ("Toyota will build the Auris at Burnaston. The decision was helped in part by government investment of more than "
     "£20 million announced last year to support the upgrade of the facility.", "more than £20 million"),
    ("Toyota's significant strategic investment will be backed by up to £21.3 million of government investment, "
     "subject to due diligence.", "up to £21.3 million"),
])
def test_the_governments_money_named_by_its_noun_is_public_funding(text, figure):
    # the company the clause names only receives it
    m = _figure(text, figure)
    assert (m.side, m.side_basis, m.money_kind) == ("UK", "clause", "funding")


def test_a_companys_own_money_beside_government_support_stays_the_companys():
    m = _figure("Hitachi will invest £80m of its own money, alongside government support.", "£80m")
    assert (m.side, m.money_kind) == ("private", "investment")


# round 56 (test62 read)

def test_a_sum_just_short_of_an_amount_and_one_beyond_it_are_two_facts():
    text = ("More than 50 businesses have contributed to a deal featuring almost £300 million of new private sector "
            "investment. The deal also includes more than £300 million of newly allocated government funding for AI "
            "research.")
    from ukjp_desktop.core.extract import propose
    found = {m.text: m for m in propose(text).money}
    assert {"almost £300 million", "more than £300 million"} <= set(found)
    assert (found["more than £300 million"].side, found["more than £300 million"].side_basis) == ("UK", "clause")


def test_the_same_sum_restated_with_the_same_qualifier_is_still_one_fact():
    # the control: a headline and its body stating "more than £300 million" twice
    from ukjp_desktop.core.extract import propose
    text = ("Government commits more than £300 million to AI.\n\nThe government will provide more than £300 million "
            "for AI research.")
    assert len([m for m in propose(text).money if m.amount == 300_000_000]) == 1


@pytest.mark.parametrize("text, figure", [
    ("Wayve prepares to compete with Waymo, the self-driving pioneer that raised $16bn at a $126bn valuation earlier "
     "this month.", "$16bn"),
    ("The company has raised more than $1 billion in all, including a notable funding round in 2021 that brought in "
     "$600 million, establishing a valuation of $3 billion.", "$600 million"),
    ("Riken Innovation Capital has already made a first close of $25m on a total fundraising target of $50m.", "$25m"),
])
def test_money_raised_from_investors_is_investment(text, figure):
    # the verb of raising decides, whatever valuation or price word stands nearer the figure
    assert _figure(text, figure).money_kind == "investment"


def test_what_a_sale_raises_is_no_investment():
    text = ("The disposal means debt-laden Premier will have raised £370 million from the sale of a number of non-core "
            "brands.")
    assert _figure(text, "£370 million").money_kind != "investment"


# round 57 (test63 read)

def test_two_countries_then_their_figures_respectively_at_a_sentences_start():
    text = ("Two foundations pledged first. The United Kingdom and Japan followed with pledges of £160 million "
            "($211 million) and $300 million, respectively.")
    assert _figure(text, "£160 million").side == "UK"
    assert _figure(text, "$300 million").side == "Japan"


def test_a_country_after_and_with_a_verb_of_its_own_pays_its_own_figure():
    text = "At the weekend, the United States pledged $3 billion and Japan promised $1.5 billion."
    m = _figure(text, "$1.5 billion")
    assert (m.side, m.side_basis) == ("Japan", "clause")


def test_a_country_joined_to_another_still_pays_as_a_pair():
    # the control: "Britain and Japan are launching" names one subject of two countries
    assert _figure("Britain and Japan are launching a £2m fund.", "£2m").side == "joint"


def test_a_reporter_who_reports_its_own_giving_pays():
    # "announced that it": the report's subject is the reporter again (and a quotation mark opens the sentence)
    text = ("“Britain has announced that it is giving one billion pounds, or $1.6 billion, to the Global Fund to Fight "
            "AIDS, Tuberculosis and Malaria over the next three years.")
    m = _figure(text, "one billion pounds")
    assert (m.side, m.side_basis) == ("UK", "clause")


def test_a_reporter_of_others_giving_still_does_not_pay():
    text = "The UK government announced that Japanese companies will invest £2 billion."
    assert _figure(text, "£2 billion").side == "private"


def test_the_body_money_passes_through_does_not_pay_when_the_clause_names_who_gives():
    text = "In Egypt, the UK has recently committed £1m through the World Health Organization (WHO), to support the response."
    m = _figure(text, "£1m")
    assert (m.side, m.side_basis) == ("UK", "clause")


def test_a_programme_run_through_a_funder_is_still_that_funders():
    # the control: no subject gives it, so the body it comes through is the payer
    m = _figure("Projects will receive £2m through Innovate UK.", "£2m")
    assert (m.side, m.contributor_text) == ("UK", "Innovate UK")


# round 58 (test64 read)

@pytest.mark.parametrize("verb", ["is kicking in", "chipped in"])
def test_money_kicked_in_by_a_backer_is_put_in(verb):
    text = (f"Tokyo Gas is paying $200m for a 9.7% stake in the clean energy utility while existing backer Origin Energy "
            f"{verb} another $50m.")
    m = _figure(text, "$50m")
    assert m.money_kind == "investment" and m.is_funding


def test_kicking_off_a_programme_is_no_cue():
    # the control: "kick off" is not "kick in"
    m = _figure("Shares rose 4 per cent to $250 as the firm kicked off its results season.", "$250")
    assert m.money_kind == "price"


def test_a_yen_equivalent_after_nihonen_kansan_is_a_conversion():
    # "日本円換算" (converted into yen) with no で before the figure opens a conversion too
    from ukjp_desktop.core.extract import propose
    money = propose("現地法人の資本金は700,000ポンド(日本円換算約1億850万円)。").money
    (yen,) = [m for m in money if m.currency == "JPY"]
    (pounds,) = [m for m in money if m.currency == "GBP"]
    assert yen.converted_from == pounds.id


# round 59 (test66 read)

@pytest.mark.parametrize("text, figure", [
    ("Quantum Motion has raised more than $77 million in equity and grant funding to date.", "more than $77 million"),
    ("It already raised a total of £20m via seed investment in 2017 and a series A investment in 2020.", "£20m"),
])
def test_what_a_company_has_raised_to_date_is_its_total_not_new_money(text, figure):
    m = _figure(text, figure)
    assert m.money_kind == "other" and not m.is_funding


def test_a_round_called_the_largest_to_date_is_still_new_money():
    # the control: "to date" after a comma describes the round, not a total
    m = _figure("Quantum Motion has raised $52 million in a round led by Sony, its largest to date.", "$52 million")
    assert m.money_kind == "investment" and m.is_funding


def test_the_government_channelling_money_pays_it():
    text = ("Nissan will build the new LEAF in Sunderland. The investment comes as the government channels £4 billion "
            "into the automotive sector through its Industrial Strategy.")
    m = _figure(text, "£4 billion")
    assert (m.side, m.side_basis, m.money_kind) == ("UK", "clause", "funding")


def test_what_each_pound_of_public_money_returns_is_no_money_put_in():
    m = _figure("Astroscale's report showed that for every £1 of public investment, they deliver £23.", "£23")
    assert m.money_kind == "other" and not m.is_funding


def test_a_products_price_from_is_a_price():
    text = "Offering a range of up to 386 miles and a cost starting at 32,249 pounds, the new Leaf goes on sale."
    assert _figure(text, "32,249 pounds").money_kind == "price"


# review 34 (misfires of the rounds above on invented sentences)

@pytest.mark.parametrize("text, figure", [
    ("Canada and Japan pledged $300 million.", "$300 million"),
    ("Germany and Japan are investing ¥10 billion in the fund.", "¥10 billion"),
])
def test_a_third_country_and_japan_with_one_verb_are_one_subject(text, figure):
    # "and" after a name joins two subjects of one verb: Japan alone does not pay the sum the two pledge together
    assert _figure(text, figure).side != "Japan"


def test_a_country_after_a_clause_of_its_own_still_pays_its_own_figure():
    # the control (round 57's rule still holds): "pledged $3 billion and Japan promised" opens Japan's own clause
    m = _figure("Britain pledged £3m and Japan promised ¥500m.", "¥500m")
    assert (m.side, m.side_basis) == ("Japan", "clause")


@pytest.mark.parametrize("text, figure", [
    ("The UK will provide £2.5bn of funding under the National Quantum Strategy.", "£2.5bn"),
    ("UKRI will invest £100m of funding to deliver the national AI strategy.", "£100m"),
    ("Japan will spend ¥10 trillion of public money on its national semiconductor strategy.", "¥10 trillion"),
])
def test_money_put_in_under_a_national_strategy_is_still_money_put_in(text, figure):
    m = _figure(text, figure)
    assert m.money_kind != "other" and m.is_funding


@pytest.mark.parametrize("text, figure", [
    ("The Indian government investment of £1bn will go to rail.", "£1bn"),
    ("Hitachi will invest £50m, matched by £10m of foreign government funding.", "£10m"),
])
def test_another_countrys_government_money_is_not_the_currencys_country(text, figure):
    assert _figure(text, figure).side != "UK"


def test_japans_government_money_named_by_its_noun_is_japans():
    m = _figure("Japan's government funding of £5m will support the exchange.", "£5m")
    assert (m.side, m.side_basis) == ("Japan", "clause")


def test_a_japanese_leader_who_announces_the_countrys_own_support_pays_it():
    # "と表明した" with no other subject (が) in the report: the leader's own pledge, as before round 54
    m = _figure("岸田首相は、ウクライナに対し50億ドルの追加支援を行うと表明した。", "50億ドル")
    assert (m.side, m.side_basis) == ("Japan", "clause")


def test_a_japanese_leader_before_a_page_with_no_full_stop_stays_fast():
    # the reach after a leader is bounded: each of thousands of leaders used to scan to the page's end
    import time
    from ukjp_desktop.core.extract import propose
    text = "スナク首相と企業、" * 4000 + "1億ポンドの投資"
    propose(text[:200])   # warm-up
    t0 = time.perf_counter()
    propose(text)
    assert time.perf_counter() - t0 < 1.0


def _only_money(text):
    from ukjp_desktop.core.extract import propose
    (m,) = propose(text).money
    assert text[m.start:m.end] == m.text
    return m


@pytest.mark.parametrize("text", ["The tax rate kicks in at £50,270.",   # (the second: a control, other before too)
                                  "The higher rate of tax kicks in for earnings above £50,270."])
def test_a_threshold_that_kicks_in_is_no_money_put_in(text):
    m = _only_money(text)
    assert m.money_kind not in ("funding", "investment")


def test_a_country_in_brackets_is_no_subject():
    # (the rules' reading: they find no payer here, where the side word model may guess one, tests/test_side_words.py)
    m = _figure("Several partners (Japan among them) pledged $5bn in total.", "$5bn", word_model=False)
    assert m.side != "Japan"


# after the review of session 34: the gaps it found in the tests above

def test_two_heads_of_government_joined_by_oyobi_pay_jointly():
    m = _figure("テリーザ・メイ首相、および安倍晋三首相は共同で3,000万ポンドを拠出する。", "3,000万ポンド")
    assert m.side == "joint"


def test_a_kanji_name_takes_its_known_abbreviations_side_when_the_sentence_decides():
    # with no clause payer the sentence's bodies decide: the long name and its bracketed abbreviation are one UK body,
    # not a Japanese one (its kanji) beside a British one, so the yen figure is still the UK's
    m = _figure("医療研究会議(MRC)の研究者が参加する1億円のプログラムが始まる。", "1億円")
    assert (m.side, m.side_basis) == ("UK", "gazetteer")


def test_one_payers_sums_just_short_of_and_beyond_an_amount_stay_two_facts():
    # the same payer, only the qualifier's direction differs: "almost £300m" and "more than £300m" cannot be one sum
    from ukjp_desktop.core.extract import propose
    text = "Hitachi pledges almost £300m to UK research.\n\nHitachi will invest more than £300m in the programme."
    assert len([m for m in propose(text).money if m.amount == 300_000_000]) == 2


def test_a_final_close_at_a_price_is_no_money_raised():
    assert _figure("Shares in the company ended the week with a final close at $25.", "$25").money_kind == "price"


def test_a_reporter_kept_as_the_subject_still_needs_a_giving_verb_after_its_report():
    # "announced" itself gives nothing: the verb after "that it" decides
    m = _figure("“Britain has announced that it is giving one billion pounds to the Global Fund.", "one billion pounds")
    assert (m.side, m.side_basis) == ("UK", "clause")


# round 61 (test67 read)

def test_money_from_a_list_of_companies_and_a_government_body_is_no_one_sides():
    text = ("It started out with $100 million in committed capital from Biogen, Eli Lilly, GlaxoSmithKline, Pfizer and "
            "Takeda, as well as the U.K. government's Department of Health.")
    m = _figure(text, "$100 million")
    assert m.side is None and m.side_basis == "clause"


def test_money_from_a_uk_and_a_japanese_body_listed_together_is_joint():
    assert _figure("The programme receives £5m from UKRI, the British Council and JST.", "£5m").side == "joint"


@pytest.mark.parametrize("text, figure, side", [
    # controls: an apposition and a channel are no list of payers
    ("A major element is around £11 million from Orchard Therapeutics, the UK subsidiary of Japanese pharmaceutical "
     "company Kyowa Kirin.", "around £11 million", "private"),
    ("The award totals more than £32 million, granted from the UK Space Agency, via the European Space Agency's "
     "Sunrise Programme.", "more than £32 million", "UK"),
    ("The project receives £5m from Toyota and Honda.", "£5m", "private"),
])
def test_one_payer_or_one_sides_payers_keep_their_side(text, figure, side):
    assert _figure(text, figure).side == side


# round 62 (test68 read)

def test_a_companys_uk_arm_owning_the_money_is_the_company_not_the_country():
    # the gazetteer knows "Calbee"; "UK's" ends the arm's name, it is no country owning the figure
    m = _figure("Calbee UK's £12m expansion in West Yorkshire gets the green light.", "£12m")
    assert (m.side, m.money_kind) == ("private", "investment")


def test_a_country_owning_the_money_still_owns_it():
    # the control: no company's name before "The UK's"
    m = _figure("The UK's £12m fund will back hydrogen projects.", "£12m")
    assert (m.side, m.side_basis) == ("UK", "clause")


def test_those_who_take_a_share_of_a_pot_receive_it():
    text = "The companies will take a share of a £506 million pot of funding to attract private sector investment."
    m = _figure(text, "£506 million")
    assert m.side == "UK" and m.money_kind == "funding"


def test_a_backed_fund_after_from_pays():
    text = ("Fujitsu's recruitment plans form part of its £12m investment in Northern Ireland, nearly £1m of which came "
            "from the European Union-backed Invest Northern Ireland fund.")
    m = _figure(text, "nearly £1m")
    assert (m.side, m.side_basis, m.contributor_text) == ("UK", "clause", "Invest Northern Ireland")
