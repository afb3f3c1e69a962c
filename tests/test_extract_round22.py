"""Round 22 (session 29) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

import pytest

from tests.extract_figures import money_figure as _figure
from ukjp_desktop.core.extract import propose

# --- forms: a sign kept as its HTML entity, a Japanese range between two signed figures ----------------------------

@pytest.mark.parametrize("text, figure, amount", [
    ("Studentships of &pound;15,000 a year are offered.", "&pound;15,000", "15000"),
    ("The award is &#163;2m in all.", "&#163;2m", "2000000"),
])
def test_a_pound_sign_kept_as_its_html_entity_is_read(text, figure, amount):
    m = _figure(text, figure)
    assert (str(m.amount), m.currency) == (amount, "GBP")


def test_a_japanese_wave_dash_joins_two_signed_figures_into_a_range():
    m = _figure("助成額が£5,000〜£6,000を超える例はあまりございません。", "£5,000〜£6,000")
    assert (m.amount_min, m.amount) == (5000, 6000)


# --- kinds: a sale's price however it is said -------------------------------------------------------------------

def test_a_sale_reported_to_be_for_a_sum_is_a_price():
    m = _figure("Kestrel said the sale, reported to be for £85 million, will let it grow.", "£85 million")
    assert (m.is_funding, m.money_kind) == (False, "price")


# --- sides ------------------------------------------------------------------------------------------------------

def test_money_from_a_joint_fund_of_two_bodies_is_joint():
    m = _figure("The £9m from a joint fund run by Scottish Enterprise and the Nippon Foundation will be combined with "
                "the companies' money.", "£9m")
    assert m.side == "joint"


def test_a_government_funded_project_is_public_money():
    m = _figure("Hitachi is also part of the Autodrive consortium, a £19 million government-funded project.",
                "£19 million")
    assert (m.is_funding, m.money_kind, m.side) == (True, "funding", "UK")


def test_a_companys_possessive_outweighs_a_country_word_after_the_figure():
    m = _figure("NTT Ltd's £500 million UK investment programme reached another milestone.", "£500 million")
    assert (m.side, m.money_kind) == ("private", "investment")


@pytest.mark.parametrize("text, first, second", [
    ("In 2020, the UK and Japan spent US$ 18.6 billion and US$ 16.3 billion on ODA.", "UK", "Japan"),
    ("Japan and the UK will provide ¥300m and £2m respectively.", "Japan", "UK"),
])
def test_two_countries_and_two_figures_pair_up_in_order(text, first, second):
    money = [m for m in propose(text).money if not m.converted_from]
    assert [m.side for m in money] == [first, second]


def test_two_countries_paying_one_figure_still_pay_jointly():
    (m,) = propose("The UK and Japan will each provide £2m and share the costs.").money
    assert m.side == "joint"


def test_a_benefactor_named_by_the_page_pays_what_a_university_offers():
    text = ("The centre invites applications for the Kestrel Studentship, made possible through the generosity of "
            "The Nippon Foundation and the Great Britain Sasakawa Foundation.\n\n"
            "SOAS can nominate up to three students for studentships of £10,000.")
    assert _figure(text, "£10,000").side == "other"


def test_funded_by_names_one_figures_payer_not_the_pages():
    text = ("The UK part of the project can cost up to £425,000. UKRI will fund 80% of this.\n\n"
            "The Japanese part can cost up to ¥30 million. This will be funded by JSPS.")
    assert _figure(text, "up to £425,000").side == "UK"
