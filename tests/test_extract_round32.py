"""Rounds 32 to 38 (session 31) of the extraction rules, read from test38 to test44: one test per mechanism, on
invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure
from ukjp_desktop.core.extract import propose


def test_a_figure_nothing_tells_the_kind_of_carries_on_the_sentence_before():
    # a breakdown after a sentence about exports is more exports, not money paid; both figures of it follow
    text = ("Over the decade the region's firms exported £2.1bn of goods to Japan. "
            "Next came chemicals (£900m) and machinery (£450m) as well.")
    assert _figure(text, "£900m").money_kind == "trade" and _figure(text, "£900m").kind_basis == "sentence before"
    assert _figure(text, "£450m").money_kind == "trade" and not _figure(text, "£450m").is_funding
    # a new line may open a new paragraph: the reading stops there, and the default holds
    apart = "Over the decade the region's firms exported £2.1bn of goods to Japan.\nChemicals (£900m) came next."
    assert _figure(apart, "£900m").kind_basis == "default"


def test_a_repeated_figure_takes_the_kind_its_words_give_over_the_default():
    # a headline that says nothing of what the sum is, and the body that says it is what a plant cost
    text = ("Inside the region's £2 billion battery hope\n\n"
            "The carmaker's partner has finished a huge cell plant in the north east at a cost of £2 billion.")
    money = propose(text).money
    assert len([m for m in money if m.amount == 2_000_000_000]) == 1
    one = next(m for m in money if m.amount == 2_000_000_000)
    assert one.money_kind == "other" and not one.is_funding and len(one.evidence) == 2
    assert one.kind_basis == "words" and one.text == "£2 billion" and one.start > text.index("\n")


def test_a_figure_with_no_telling_word_anywhere_keeps_the_default_and_says_so():
    m = _figure("Kestrel Partners and the city agreed £3m for the Heron Hall site.", "£3m")
    assert m.money_kind in ("funding", "investment") and m.kind_basis == "default"


@pytest.mark.parametrize("text, figure", [
    ("(1ポンドは約150円)", "1ポンド"),
    ("(1ポンドは約150円)", "約150円"),
    ("なお、1ドルは140円で計算した。", "1ドル"),
])
def test_a_rate_written_with_wa_is_no_money_paid(text, figure):
    assert _figure(text, figure).money_kind == "other"


def test_between_one_sum_and_up_to_another_is_one_range():
    m = _figure("Awards of between £5,000 and up to £25,000 are offered each year.", "between £5,000 and up to £25,000")
    assert (m.amount_min, m.amount, m.qualifier) == (5000, 25000, "range")


@pytest.mark.parametrize("text, figure, kind", [
    ("The Society's grants average £1,200 and rarely exceed £4,000 for bigger projects.", "£1,200", "funding"),
    ("The Society's grants average £1,200 and rarely exceed £4,000 for bigger projects.", "£4,000", "funding"),
    ("The average award is £2,500.", "£2,500", "funding"),
    ("Salaries in the sector average £38,000.", "£38,000", "market"),
])
def test_what_a_funders_grants_average_is_funding_but_an_average_salary_is_not(text, figure, kind):
    assert _figure(text, figure).money_kind == kind


@pytest.mark.parametrize("text, figure, funding", [
    ("Officials expect the agreement to deliver a £2.1bn boost to the British economy.", "£2.1bn", False),
    ("The treaty would mean a £900m boost for the economies of both countries.", "£900m", False),
    ("The lab will receive a £15m boost from the research council.", "£15m", True),
])
def test_a_boost_to_the_economy_is_output_not_funding(text, figure, funding):
    assert (_figure(text, figure).money_kind in ("funding", "investment")) is funding


def test_a_government_scheme_named_by_its_size_is_public_funding():
    m = _figure("Trials of robot tractors on three farms run under a £12m government scheme.", "£12m")
    assert m.money_kind == "funding" and m.side == "UK"


def test_a_companys_arm_named_after_a_place_pays_the_companys_money():
    # "Europe" ends the arm's name: it is not Europe's money
    m = _figure("When Toshiba Europe’s £40m investment in the Bristol lab was agreed, the city welcomed it.", "£40m")
    assert m.side == "private" and m.contributor_text == "Toshiba Europe"
    assert _figure("Europe’s £40m plan for chips was agreed.", "£40m").side == "other"


def test_private_money_said_in_japanese_is_on_the_private_side():
    m = _figure("同計画には30億ポンド程度の民間資金も呼び込む。", "30億ポンド")
    assert m.side == "private"


def test_a_japanese_topic_opening_the_sentence_pays_the_sum_its_money_word_names():
    text = ("国際協力銀行(JBIC)は5日、三菱商事などが出資する英国法人との間で、融資金額約300百万ポンドを限度とする"
            "貸付契約を締結した。")
    m = _figure(text, "約300百万ポンド")
    assert m.side == "Japan" and m.contributor == "jbic"
    # a second sentence run on without a break is not the topic's: the topic governs up to its full stop
    later = text + "協調融資総額は約600百万ポンド"
    assert _figure(later, "約600百万ポンド").contributor != "jbic"


# ---- rounds 35 and 36 (test41, test42) ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, kind", [
    ("The new lab represents a foreign direct investment of more than £6 million.", "more than £6 million", "investment"),
    ("Japan's foreign direct investment in the UK reached £80 billion.", "£80 billion", "other"),
    ("Foreign direct investment of £3bn came from Japan last year.", "£3bn", "other"),
])
def test_one_sites_direct_investment_is_money_put_in_but_a_nations_is_a_statistic(text, figure, kind):
    assert _figure(text, figure).money_kind == kind


def test_a_prize_that_helps_a_product_to_market_is_no_market_figure():
    assert _figure("The winner will receive $2 million to help bring the device to market.", "$2 million").money_kind \
        == "funding"
    assert _figure("The UK market for robots is worth £2bn.", "£2bn").money_kind == "market"


def test_what_a_fund_manages_is_its_size_not_money_put_in():
    m = _figure("The two Kestrel funds had $800m of assets under management by June.", "$800m")
    assert m.money_kind == "other" and not m.is_funding


def test_a_conversion_takes_the_reading_its_figure_gets_from_a_joined_mention():
    # the heading's figure (nothing tells its kind) and its conversion join the body's cost: both read as the cost
    text = ("Inside the £1 billion (¥190 billion) battery hope\n\n"
            "The plant in the north east was built at a cost of £1 billion.")
    money = propose(text).money
    figure = next(m for m in money if m.amount == 1_000_000_000)
    conversion = next(m for m in money if m.converted_from == figure.id)
    assert (figure.money_kind, figure.is_funding, figure.side) == ("other", False, None)
    assert (conversion.money_kind, conversion.is_funding, conversion.side) == ("other", False, None)
    assert (propose(text, word_model=False).money[1].money_kind) == "other"


# ---- rounds 37 and 38 (test43, test44) ------------------------------------------------------------------------------

def test_a_project_named_by_its_size_after_this_is_what_it_costs():
    assert _figure("This €90 million project will see the firm build a waste plant.", "€90 million").money_kind == "other"


@pytest.mark.parametrize("text, figure", [
    ("Compared with the European Chips Act, which has set aside €40bn of funding, the UK plan is small.", "€40bn"),
    ("It is tiny beside Washington’s “Chips Act”, which involves $50bn of subsidies.", "$50bn"),
    ("Brussels has its own “European Chips Act” with €40bn of state aid.", "€40bn"),
])
def test_a_third_countrys_act_pays_its_own_money(text, figure):
    assert _figure(text, figure).side == "other"


def test_money_its_phrase_calls_joint_between_a_uk_and_a_japanese_body_is_joint():
    text = ("The Engineering and Physical Sciences Research Council will work with the Japan Science and Technology "
            "Agency on a joint investment of up to £3m in quantum sensing.")
    assert _figure(text, "up to £3m").side == "joint"
    # two companies of one country investing jointly stay that side
    assert _figure("Toyota and Nissan announced a joint investment of £5m.", "£5m").side == "private"


def test_a_body_that_only_hails_the_money_does_not_pay_it():
    m = _figure("Japanese firms agreed to raise investment in Britain by £10billion, in a move hailed by Rishi "
                "Sunak as a vote of confidence.", "£10billion")
    assert m.side == "private"


def test_a_bare_list_item_is_read_from_its_heading():
    text = "Relations in figures:\n- Exports to the UK: 1.2 trillion yen\n- Direct investment from Japan:\n- 2.5 trillion yen (2010).\n"
    m = _figure(text, "2.5 trillion yen")
    assert m.money_kind == "other" and m.kind_basis == "heading" and not m.is_funding
    # a line that is no list item under a colon keeps the default
    assert _figure("Direct investment from Japan\n2.5 trillion yen was agreed.\n", "2.5 trillion yen").kind_basis \
        == "default"


# ---- session 31's review of its own rules: where they must not fire ------------------------------------------------

def test_a_default_headline_joins_the_mention_read_its_own_way_not_another_fact_of_the_same_amount():
    text = ("Heron wins £10m\n\nJapan's exports of cars to the region were £10m last year.\n\n"
            "UKRI will award £10m to Heron Ltd.\n")
    money = propose(text, word_model=False).money
    award = next(m for m in money if m.is_funding)
    trade = next(m for m in money if m.money_kind == "trade")
    assert len(award.evidence) == 2 and award.evidence[0][0] == text.index("£10m")   # the headline is the award's
    assert len(trade.evidence) == 1


@pytest.mark.parametrize("text, figure", [
    ("Japan's exports to the UK were £12bn in 2023. Heron, a Tokyo firm, put £3m into a Sunderland site.", "£3m"),
    ("The market for electric vans was worth £5bn. Heron Robotics received £2m.", "£2m"),
])
def test_a_sentence_with_an_actor_of_its_own_does_not_carry_on_the_statistic_before(text, figure):
    assert _figure(text, figure).kind_basis != "sentence before"


def test_a_second_cueless_figure_of_a_sentence_carries_on_like_the_first():
    text = ("The region exported £2.1bn of goods to Japan. Next came chemicals (£900m), while machinery also drew "
            "interest at £450m.")
    assert (_figure(text, "£450m").money_kind, _figure(text, "£450m").kind_basis) == ("trade", "sentence before")


@pytest.mark.parametrize("text, figure, kind", [
    ("The council will provide a £10m boost for the local economy through regeneration grants.", "£10m", "funding"),
    ("Innovate UK will give a £5m boost to the region's economy-focused start-ups.", "£5m", "funding"),
])
def test_a_boost_a_funder_gives_stays_its_funding(text, figure, kind):
    assert _figure(text, figure).money_kind == kind


def test_assets_under_management_mark_only_the_figure_they_name():
    text = "Kestrel Capital, with assets under management of $5bn, led the $30m round in Heron."
    assert _figure(text, "$5bn").money_kind == "other"
    assert _figure(text, "$30m").money_kind == "investment"


def test_markets_worth_a_sum_stay_a_market_figure():
    text = "The CPTPP gives British exporters access to markets worth £9 trillion."
    assert _figure(text, "£9 trillion").money_kind == "market"


@pytest.mark.parametrize("text, figure", [
    ("Grants under this scheme average £5,000.", "£5,000"),
    ("Awards from the trust average around £3,000.", "around £3,000"),
])
def test_grants_averaging_a_sum_with_words_between_are_funding(text, figure):
    assert _figure(text, figure).money_kind == "funding"


def test_a_nations_direct_investment_received_stays_a_statistic():
    text = "The UK received a foreign direct investment of £3bn from Japan in 2022."
    assert _figure(text, "£3bn").money_kind == "other"


def test_the_owner_of_the_money_word_pays_not_the_japanese_topic():
    m = _figure("英国政府は10日、日立製作所による出資額約5億ポンドの新工場計画を承認した。", "約5億ポンド")
    assert m.contributor_text != "英国政府"


def test_a_government_scheme_is_public_money_even_where_a_company_is_named():
    m = _figure("Kestrel Ltd's robot trials were backed by a £12m government scheme.", "£12m")
    assert (m.money_kind, m.side) == ("funding", "UK")


def test_a_company_arm_named_after_a_place_pays_after_by():
    m = _figure("The plant follows the £40m investment by Hitachi Rail Europe in the town.", "£40m")
    assert m.side == "private"
