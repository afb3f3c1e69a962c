"""Round 90 onwards (session 43) of the extraction rules: one test per mechanism, on invented sentences, with
controls that pass before and after. The rules are tested alone (``word_model=False``): the word model's veto and
ticks are tested in tests/test_funding_words.py."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure


def _figure(text: str, figure: str):
    return money_figure(text, figure, word_model=False)


# round 90 (test103 read)

@pytest.mark.parametrize("text, figure", [
    ("2005年以降、約120億円を投じて英国で店舗網を広げてきた同社だが、今年撤退を決めた。", "約120億円"),
    ("1998年以来、総額8000万ポンドを投資してきた工場を閉鎖する。", "8000万ポンド"),
])
def test_what_a_body_has_put_in_since_a_year_is_a_stock_not_new_money(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


@pytest.mark.parametrize("text, figure, kind", [
    # a pledge made since a year, money received since one, and a plan keep their readings
    ("政府は2015年以降、世界基金に対する5億ドルの拠出を公約している。", "5億ドル", "funding"),
    ("2026年以降、約120億円を投じて新工場を建設する計画だ。", "約120億円", "investment"),
    ("同社は約120億円を投じて英国に新工場を建設する。", "約120億円", "investment"),
])
def test_a_pledge_a_plan_or_new_money_after_a_year_keeps_its_reading(text, figure, kind):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == (kind, True)


def test_an_industry_sized_by_its_scale_is_a_market_figure():
    p = _figure("水素産業は2040年には5000億ドル規模の巨大な産業になると見込まれている。", "5000億ドル")
    assert (p.money_kind, p.is_funding) == ("market", False)


def test_a_fund_sized_by_its_scale_stays_money_put_in():
    p = _figure("両社は300億円規模の投資ファンドを英国に設立する。", "300億円")
    assert p.is_funding


@pytest.mark.parametrize("text, figure", [
    ("同社は英国の部品メーカーの全株式を約45億円で取得すると発表した。", "約45億円"),
    ("日本法人の残りの株式を現金12億ポンド(約2400億円)で取得することを提案した。", "12億ポンド"),
])
def test_what_shares_are_acquired_for_is_a_price(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("price", False)


@pytest.mark.parametrize("text, figure", [
    ("英子会社の最終損益は850万ポンドの赤字だった。", "850万ポンド"),
    ("同社の営業損益は120万ポンド(約2億円)の赤字となった。", "120万ポンド"),
    ("前期は300万ポンドの営業赤字だった。", "300万ポンド"),
])
def test_a_companys_loss_is_other_not_a_trade_deficit(text, figure):
    assert _figure(text, figure).money_kind == "other"


def test_a_nations_trade_deficit_stays_trade():
    p = _figure("英国の対日貿易は、12億ポンドの赤字となった。", "12億ポンド")
    assert p.money_kind == "trade"


def test_the_capital_of_a_company_set_up_in_a_past_year_is_no_money_put_in():
    text = "同社は2021年4月にロンドンで販売子会社を設立し、資本金が3000万ポンドとなっている。"
    p = _figure(text, "3000万ポンド")
    assert (p.money_kind, p.is_funding) == ("other", False)


@pytest.mark.parametrize("text, figure", [
    # the capital of a new subsidiary, told in a sentence of its own, is money put in
    ("同社はロンドンに全額出資の現地法人を設立した。現地法人の資本金は50万ポンド(約9000万円)。", "50万ポンド"),
    ("新研究所を英国に設立します。新研究所の資本金は20万ポンドです。", "20万ポンド"),
])
def test_the_capital_of_a_new_company_stays_money_put_in(text, figure):
    p = _figure(text, figure)
    assert p.is_funding and p.money_kind in ("investment", "funding")


@pytest.mark.parametrize("text, figure, converted", [
    ("子会社の資本金は1億ポンド(設立時の換算で約180億円)。", "約180億円", "1億ポンド"),
    ("買収額は2億ポンド(発表時の換算で約360億円)だった。", "約360億円", "2億ポンド"),
])
def test_a_bracketed_restatement_at_a_named_moments_rate_is_a_conversion(text, figure, converted):
    p = money_figure(text, figure, word_model=False)
    source = money_figure(text, converted, word_model=False)
    assert p.converted_from == source.id


# round 91 (test104 read)

@pytest.mark.parametrize("text, figure", [
    ("Hoshi Pharma will pay $12 cash for each American depositary share of Blyth Bio, amounting to $210 million.",
     "$12"),
    ("Hoshi Pharma will pay $12 cash for each American depositary share of Blyth Bio, amounting to $210 million.",
     "$210 million"),
    ("Shareholders will receive 315 pence per each ordinary share of Tamar Systems.", "315 pence"),
])
def test_what_a_buyer_pays_for_each_share_is_a_price(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("price", False)


@pytest.mark.parametrize("text, figure", [
    ("Founded in 1972, Kazeya is listed in Tokyo with a current market capitalisation of approximately £2.1bn.",
     "approximately £2.1bn"),
    ("The insurer completed the sale of its US unit to Hoshi Life for equity value of USD1.4 billion, with net "
     "proceeds of GBP900 million.", "USD1.4 billion"),
    ("The insurer completed the sale of its US unit to Hoshi Life for equity value of USD1.4 billion, with net "
     "proceeds of GBP900 million.", "GBP900 million"),
    ("Its overseas arm includes assets from its 2014 acquisition of Britain's Tamar Media for approximately "
     "250 billion yen.", "approximately 250 billion yen"),
])
def test_what_a_company_or_a_sold_business_is_worth_is_a_price(text, figure):
    assert _figure(text, figure).money_kind == "price"


def test_a_balance_sheets_total_equity_value_stays_a_line_of_accounts():
    p = _figure("The balance sheet showed total equity value of £210,400 as at 31 March 2025.", "£210,400")
    assert p.money_kind == "other"


@pytest.mark.parametrize("text, figure", [
    ("The planned spending reduction at the Cambridge site for 2026 is projected at £9m.", "£9m"),
    ("Analysts said the ¥2 billion savings target looked modest.", "¥2 billion"),
    ("Tamar Re reported gross written premium of $US3.2 billion last year.", "$US3.2 billion"),
])
def test_savings_and_an_insurers_premium_income_are_other(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


def test_an_investment_made_to_meet_a_cost_is_an_investment():
    text = "撤退にあたり、同社は事業の立て直しの費用として3000万ポンド(約55億円)の追加投資を行う。"
    p = _figure(text, "3000万ポンド")
    assert (p.money_kind, p.is_funding) == ("investment", True)


def test_a_cost_named_by_its_role_alone_stays_a_cost():
    p = _figure("同社は工場の閉鎖費用として3000万ポンドを計上した。", "3000万ポンド")
    assert not p.is_funding


# round 92 (test105 read)

@pytest.mark.parametrize("text, figure, side", [
    ("During the virtual summit hosted by the British government, Japanese Prime Minister Fumio Kishida pledged "
     "200 million dollars.", "200 million dollars", "Japan"),
    ("At the conference organised by the Japanese government, Britain pledged £40 million.", "£40 million", "UK"),
])
def test_a_countrys_noun_giving_right_before_the_figure_outweighs_a_host_in_an_opening_phrase(text, figure, side):
    assert _figure(text, figure).side == side


def test_the_last_member_of_a_list_is_no_subject_of_its_own():
    text = "Hitachi, a Japanese consortium excluding Hitachi, and the U.K. side will invest 150 billion yen, respectively."
    assert _figure(text, "150 billion yen").side != "UK"


@pytest.mark.parametrize("text, figure, side", [
    ("The total includes an additional US$50 million, on top of US$80 million that Japan pledged at a summit last "
     "month.", "US$80 million", "Japan"),
    ("The fund now holds £12m which the UK government committed in 2022.", "£12m", "UK"),
])
def test_a_relative_clause_after_the_figure_names_its_giver(text, figure, side):
    assert _figure(text, figure).side == side


def test_a_scale_letter_joined_by_a_hyphen_is_read():
    p = _figure("Japan Pledges US$250-M to Fund Vaccines for Poorer Countries", "US$250-M")
    assert (p.amount, p.currency) == (250_000_000, "USD")


def test_a_signature_fee_is_a_price():
    p = _figure("Hoshi will pay an initial signature fee of $12 million and bear the costs of development.",
                "$12 million")
    assert (p.money_kind, p.is_funding) == ("price", False)


def test_payments_that_take_up_the_subsidies_before_them_are_funding():
    text = ("The government said it will provide subsidies to four companies for production lines. The payments will "
            "total up to 40 billion yen.")
    assert _figure(text, "up to 40 billion yen").is_funding


def test_payments_with_no_subsidy_before_them_stay_a_price():
    text = "Hoshi agreed to buy the rights from Tamar. The payments will total up to 40 billion yen."
    assert not _figure(text, "up to 40 billion yen").is_funding


# the review of session 43: the rounds' rules narrowed where invented sentences showed them misfire

@pytest.mark.parametrize("text, figure", [
    ("同社は2026年以降、約500億円を投じて英国に新たな研究拠点を整備する。", "約500億円"),
    ("英国政府は2025年以降、約10億ポンドを投資し、半導体産業を育成する。", "約10億ポンド"),
])
def test_a_plan_from_a_year_onwards_in_the_plain_present_is_new_money(text, figure):
    assert _figure(text, figure).is_funding


@pytest.mark.parametrize("text, figure", [
    ("日立は2003年以来、英国に約300億円を投じてきた。", "約300億円"),
    ("トヨタは1992年の進出以降、約40億ポンドを投じてきた。", "約40億ポンド"),
])
def test_what_has_gone_in_since_a_year_or_an_event_is_a_stock(text, figure):
    p = _figure(text, figure)
    assert (p.money_kind, p.is_funding) == ("other", False)


@pytest.mark.parametrize("text, figure", [
    ("政府は100億円規模の産業支援策を打ち出した。", "100億円"),
    ("経済産業省は500億円規模の産業育成基金を創設し、英国企業との共同研究を支援する。", "500億円"),
])
def test_a_programme_for_an_industry_is_no_industrys_size(text, figure):
    assert _figure(text, figure).is_funding


def test_the_capital_a_writer_pays_into_its_new_company_stays_money_put_in():
    text = "当社は2025年1月に英国に新会社を設立し、資本金は1000万ポンドで当社が100%出資した。"
    p = _figure(text, "1000万ポンド")
    assert (p.money_kind, p.is_funding) == ("investment", True)


def test_the_net_proceeds_of_a_listing_are_money_raised_not_a_price():
    p = _figure("The company intends to use the net proceeds of £80m from its IPO to fund clinical trials in Japan.",
                "£80m")
    assert p.money_kind != "price"


@pytest.mark.parametrize("text, figure, kind", [
    ("The UK space market value is forecast to reach £22 billion by 2030.", "£22 billion", "market"),
    ("The deal lifted Hoshi's market value to £3bn.", "£3bn", "price"),
    ("The investor sold the shares, and the market value of its stake was £40m.", "£40m", "price"),
])
def test_a_sectors_market_value_is_a_market_figure_and_a_companys_a_price(text, figure, kind):
    assert _figure(text, figure).money_kind == kind


def test_firms_from_a_country_are_no_government_giving():
    text = ("Speaking at the Hitachi plant in County Durham, the minister said firms from Japan will invest £1bn over "
            "five years.")
    assert _figure(text, "£1bn").side == "private"


def test_payments_under_a_licensing_deal_stay_a_price_after_a_grant_in_passing():
    text = ("Takeda received research grants from the Wellcome Trust last year. The payments will total up to $1bn, "
            "including milestone payments, under its licensing deal with Oxford's spin-out.")
    assert not _figure(text, "up to $1bn").is_funding


def test_payments_expected_to_total_after_subsidies_given_are_funding():
    text = ("The ministry said it will provide subsidies to three makers of vaccines. The payments are expected to "
            "total up to 20 billion yen.")
    assert _figure(text, "up to 20 billion yen").is_funding


def test_a_companys_borrowing_for_a_purchase_is_no_funding():
    assert not _figure("同社は買収資金として約2000億円の借入を行う。", "約2000億円").is_funding


def test_shares_named_between_the_sum_and_the_acquiring_are_bought_for_a_price():
    p = _figure("三井物産は現金26億ポンドで同社の全株式を取得する。", "26億ポンド")
    assert (p.money_kind, p.is_funding) == ("price", False)
