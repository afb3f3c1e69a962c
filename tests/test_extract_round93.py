"""Round 93 onwards (session 44) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 93 (test106 read)

@pytest.mark.parametrize("text, figure", [
    ("The carmaker has put more than £2bn into the Derbyshire plant since opening it in 1992.", "more than £2bn"),
    ("The factory has received £95m in regional grants since Toyota came to Britain in 1989.", "£95m"),
    ("Hitachi has invested £600m in its County Durham works since it opened.", "£600m"),
    ("The site has drawn almost £1bn of investment in recent years £840m, most of it for new models.", "£840m"),
])
def test_what_a_site_has_drawn_since_it_opened_is_a_stock_not_new_money(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


@pytest.mark.parametrize("text, figure, kind", [
    # money to come, and a plan named after a past period, keep their readings
    ("The carmaker will invest £250m in the Derbyshire plant, which opened in 1992.", "£250m", "investment"),
    ("In recent years, with the government committing £400m in funding for the agency, the sector grew.", "£400m",
     "funding"),
])
def test_new_money_beside_a_site_s_past_keeps_its_reading(text, figure, kind):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == (kind, True)


@pytest.mark.parametrize("text, figure", [
    ("The carmaker warned it could lose £800m if the border closed.", "£800m"),
    ("Analysts said the group stood to lose about £400m on the contract.", "about £400m"),
    ("A no-deal exit may cost up to £8m a day in lost output.", "up to £8m"),
])
def test_what_a_body_loses_is_other(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_an_order_lost_to_a_rival_is_its_price():
    p = _figure("Rolls-Royce loses £300m Japanese order to a US rival.", "£300m")
    assert (p.money_kind, p.is_funding) == ("price", False)


@pytest.mark.parametrize("text, figure", [
    ("The first model was built in Burnaston in 1992. It cost £11,950.", "£11,950"),
    ("Two years ago a digital television was a luxury; it cost £600.", "£600"),
])
def test_what_one_thing_cost_its_buyer_is_a_price(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("price", False)


def test_what_a_project_cost_keeps_its_reading():
    # a scaled sum is no unit price: the project's own words decide
    p = _figure("The new research centre opened last year. It cost £12m, paid by the university.", "£12m")
    assert p.money_kind != "price"


def test_a_bail_out_is_public_money_put_in():
    p = _figure("The carmakers asked the US Congress to sign off a $25bn bail-out as sales collapsed.", "$25bn")
    assert p.money_kind in ("funding", "investment") and p.is_funding


# round 94 (test107 read)

@pytest.mark.parametrize("text, figure", [
    ("The new reactor is backed by both governments, in what is expected to cost up to £12 billion to build.",
     "up to £12 billion"),
    ("The university's new clinical programme is expected to cost up to £14.2m to deliver.", "up to £14.2m"),
])
def test_what_a_project_is_expected_to_cost_is_other(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_the_whole_a_pledge_goes_towards_is_other_and_the_pledge_stays_funding():
    text = "The council made a pledge of £4m towards a £9m engineering centre at the college."
    whole, pledge = _figure(text, "£9m"), _figure(text, "£4m")
    assert (whole.money_kind, whole.is_funding) == ("other", False)
    assert pledge.is_funding


@pytest.mark.parametrize("text, figure", [
    ("They included a distillery in Speyside, which secured £98,450 to cut its rising energy costs.", "£98,450"),
    ("A bakery in Elgin won £61,300 to offset its rising fuel costs.", "£61,300"),
])
def test_money_secured_to_do_something_is_funding(text, figure):
    p = _figure(text, figure)
    assert p.money_kind in ("funding", "investment") and p.is_funding


def test_money_received_to_date_keeps_its_reading():
    p = _figure("The company has received £3m to date from its founders.", "£3m")
    assert p.money_kind != "funding" or not p.is_funding


def test_an_end_value_is_what_the_scheme_is_worth():
    p = _figure("The developer will build 400 homes, which have an end value of circa £180m.", "circa £180m")
    assert (p.money_kind, p.is_funding) == ("other", False)


@pytest.mark.parametrize("text, figure", [
    ("Against the dollar, the pound slid from $1.48 on polling day to $1.31 yesterday.", "$1.31"),
    ("Sterling fell against the euro, to €1.14 in late trading.", "€1.14"),
])
def test_a_currency_s_level_against_another_is_other(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


@pytest.mark.parametrize("text, figure", [
    ("Elgin Timber Ltd was also awarded £120,000 to buy new saws.", "£120,000"),
    ("Moray Lasers Ltd was recently granted £80,000 to hire two engineers.", "£80,000"),
])
def test_a_company_awarded_money_is_its_recipient_not_its_payer(text, figure):
    p = _figure(text, figure)
    assert p.side != "private"


def test_a_company_that_invests_stays_the_payer():
    p = _figure("Elgin Timber Ltd will also invest £120,000 in new saws.", "£120,000")
    assert p.side == "private"


# round 95 (test108 read)

def test_a_nation_s_science_research_investment_is_no_company_s_money():
    p = _figure("英国の基礎的な科学研究に10年間で180億ポンドの投資", "180億ポンド")
    assert p.side != "private"


def test_investment_with_no_payer_and_nothing_public_stays_business_money():
    p = _figure("新工場には約50億円を投資する。", "約50億円")
    assert p.side == "private"


@pytest.mark.parametrize("text, figure", [
    ("英政府、成長戦略で1,200億ポンド超の投資確保", "1,200億ポンド超"),
    ("重点6分野に対し、総額900億ポンド(約18兆円)超の投資をこれまでに確保したと公表した。", "900億ポンド"),
])
def test_investment_a_government_has_secured_names_no_payer(text, figure):
    p = _figure(text, figure)
    assert p.is_funding and p.side is None


@pytest.mark.parametrize("text, figure, side", [
    # a source named, or a plan of the subject's own to secure, keeps its reading
    ("同社は日本企業から500億円の投資を確保した。", "500億円", "private"),
    ("欧州連合(EU)も「欧州半導体法」で430億ユーロの投資を確保するとしている。", "430億ユーロ", "other"),
])
def test_investment_secured_from_a_named_source_or_planned_keeps_its_payer(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_union_as_subject_after_a_full_stop_and_a_space_pays():
    p = _figure("英国の支援策は小さい。 EUはまた、300億ユーロの国家支援で独自の法律を開始した。", "300億ユーロ")
    assert p.side == "other"


# review 44: the helper's probes of rounds 93-95 that read worse than before the session

@pytest.mark.parametrize("text, figure", [
    ("Toyota announced a £240m investment in Burnaston, the largest since production began in 1992.", "£240m"),
    ("The company raised £45m in a Series B round, its biggest since launching in 2018.", "£45m"),
    ("Hitachi invested £30m in a new paint shop and has hired 200 staff since it opened.", "£30m"),
    ("Japan gave £5m to the London gallery, which has drawn a million visitors since it opened.", "£5m"),
])
def test_since_in_a_comparison_or_another_clause_leaves_new_money_alone(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("The UK and Japan will each contribute towards a £30m research programme.", "£30m"),
    ("UKRI and JST will jointly contribute towards a £12m call for proposals.", "£12m"),
])
def test_towards_a_sum_with_no_part_before_it_is_the_money_itself(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("英国政府は、日本企業による総額100億ポンドの投資を確保したと発表した。", "100億ポンド"),
    ("日本の投資家からは、総額100億ポンドの投資を確保した。", "100億ポンド"),
    ("日産はサンダーランド工場に4億ポンドの投資を確保したと発表した。", "4億ポンド"),
])
def test_investment_secured_from_named_investors_or_by_a_company_keeps_its_payer(text, figure):
    assert _figure(text, figure).side == "private"


@pytest.mark.parametrize("text, figure", [
    ("The centre opened in 2019. It cost £45,000,000 to build.", "£45,000,000"),
    ("The grant scheme is a success. It costs £500,000 a year to run.", "£500,000"),
    ("The programme was launched in 2021. It cost £350,000 and trained 200 engineers.", "£350,000"),
])
def test_a_project_s_cost_written_in_full_is_no_price(text, figure):
    assert _figure(text, figure).money_kind != "price"


@pytest.mark.parametrize("text, figure", [
    ("The dollar fell against the yen; SoftBank sold Arm shares at $51.50 each.", "$51.50"),
    ("The pound strengthened against the euro; Hitachi shares rose to £3.45.", "£3.45"),
])
def test_a_share_s_price_beside_a_currency_s_move_stays_a_price(text, figure):
    assert _figure(text, figure).money_kind == "price"


def test_the_commonest_wording_of_a_rate_is_other():
    p = _figure("The pound fell to $1.21 against the dollar.", "$1.21")
    assert (p.money_kind, p.is_funding) == ("other", False)


@pytest.mark.parametrize("text, figure", [
    ("東京の投資ファンドは、英国の科学研究スピンアウトに3000万ポンドを投資すると発表した。", "3000万ポンド"),
    ("学術研究から生まれた英スタートアップに、日本のVCが1000万ポンドを投資した。", "1000万ポンド"),
])
def test_science_words_that_name_a_company_s_kind_leave_its_money_private(text, figure):
    assert _figure(text, figure).side == "private"


@pytest.mark.parametrize("text, figure", [
    ("Japanese investors secured £500m to acquire the Hornsea stake.", "£500m"),
    ("The company received £50m to cover its losses after the Japanese partner pulled out.", "£50m"),
])
def test_money_secured_for_a_purchase_or_a_loss_is_no_grant(text, figure):
    assert _figure(text, figure).money_kind != "funding"


@pytest.mark.parametrize("text, figure", [
    ("The airline rejected a bail-out and instead raised £1bn from shareholders in a rights issue.", "£1bn"),
    ("The carmaker repaid its £300m bail-out early.", "£300m"),
    ("The bank has paid back its £45bn bail-out.", "£45bn"),
])
def test_a_bail_out_elsewhere_or_repaid_is_no_bail_out_paid(text, figure):
    assert not _figure(text, figure).is_funding


def test_a_cost_its_payer_bears_stays_money_put_in():
    p = _figure("The new Toyota line is expected to cost up to £240m and will be funded by the carmaker.", "up to £240m")
    assert p.is_funding


def test_lost_income_a_plan_replaces_is_no_loss():
    p = _figure("Honda's £200m plan aims to replace lost income from the Swindon closure.", "£200m")
    assert p.money_kind != "other"
