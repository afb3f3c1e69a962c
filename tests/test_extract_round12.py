"""Round 12 (session 26) of the extraction rules: one test per mechanism, on invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.sentences import hard_wrapped, split_sentences


def _money(text: str, **kw) -> dict[str, object]:
    return {m.text: m for m in propose(text, **kw).money}


# a wire story broken every 60 or so characters: most lines go on in lower case
_WRAPPED = ("Northfield Carbon said on Monday it had agreed to buy the\n"
            "battery maker Tarn Cells for about £40 million in cash, its\n"
            "first purchase abroad, as it seeks growth beyond a home\n"
            "market where demand has slowed.\n"
            "The company had annual sales of\n"
            "£310 million last year, according to its\n"
            "website, and employs 900 people.\n")


def test_a_hard_wrapped_text_reads_a_line_break_inside_a_paragraph_as_a_space():
    assert hard_wrapped(_WRAPPED)
    sentences = [_WRAPPED[s.start:s.end] for s in split_sentences(_WRAPPED)]
    assert len(sentences) == 2 and sentences[1].startswith("The company had annual sales of\n£310 million")
    money = _money(_WRAPPED)
    assert money["about £40 million"].money_kind == "price"   # "buy ... for", two lines up
    assert money["£310 million"].money_kind == "other"        # "sales of", the line before
    assert not any(m.is_funding for m in money.values())


def test_headings_and_bullets_still_end_at_their_line_break():
    text = ("Funding news\n"
            "New grants for quantum sensing\n"
            "EPSRC will provide £3 million for twelve projects.\n"
            "- Deadline 5 May\n"
            "- Contact the programme team\n")
    assert not hard_wrapped(text)
    assert [text[s.start:s.end] for s in split_sentences(text)][:2] == ["Funding news", "New grants for quantum sensing"]


def test_in_a_wrapped_text_a_blank_line_and_a_full_stop_still_end_a_sentence():
    text = _WRAPPED + "\nHeadline without a stop\n\nThe buyer will\nfund the plant.\n"
    sentences = [text[s.start:s.end] for s in split_sentences(text)]
    assert "Headline without a stop" in sentences and sentences[-1] == "The buyer will\nfund the plant."


def test_a_month_said_in_the_past_stays_past_when_the_sentence_plans_ahead():
    # "said in March" is when it was said; "will take" later in the sentence plans another thing
    text = "The maker said in March it would spend $90 million on a line and will add 300 jobs next year."
    r = propose(text, document_date=date(2019, 4, 20))
    march = next(d for d in r.dates if "March" in d.text)
    assert march.value == "2019-03"
    later = propose("The maker will open the line in March.", document_date=date(2019, 4, 20))
    assert next(d for d in later.dates if "March" in d.text).value == "2020-03"


@pytest.mark.parametrize("text, figure", [
    # a company's own accounts are no money given, like its revenue: premiums, premium income, cash flow, net income
    ("The Bristol underwriter wrote premiums of £480 million in 2021.", "£480 million"),
    ("Halden Mutual, with premium income of more than £2bn, is being sold.", "more than £2bn"),
    ("The group wants to put its cash flow of ¥60bn a year to use abroad.", "¥60bn"),
    ("The board expects operating income of £75m this year.", "£75m"),
])
def test_a_companys_accounts_are_other(text, figure):
    m = _money(text)[figure]
    assert m.money_kind == "other" and not m.is_funding


def test_a_sectors_income_stays_a_market_figure():
    m = _money("The county's tourism income is about £900 million a year.")["about £900 million"]
    assert m.money_kind == "market"


@pytest.mark.parametrize("text, figure", [
    # the other verbs and nouns of buying a company name a price as "bought ... for" does
    ("A Kyoto food group is taking over the Devon bakery chain Crumbwell for £64 million.", "£64 million"),
    ("The Osaka retailer snapped up the online bookseller for £18m last week.", "£18m"),
    ("Deals this quarter included the sale of Harbour Print to a Dutch group for £30m and a £12m investment in a plant.",
     "£30m"),
])
def test_taking_over_snapping_up_and_the_sale_of_a_company_for_a_figure_is_a_price(text, figure):
    m = _money(text)[figure]
    assert m.money_kind == "price" and not m.is_funding


def test_applying_for_a_figure_stays_funding():
    m = _money("Schools can apply to the Japan Foundation for up to £3,000 for language projects.")["up to £3,000"]
    assert m.money_kind == "funding" and m.is_funding


@pytest.mark.parametrize("text, figure, kind", [
    # after "is worth" / "were valued at", the subject says what the money is, not the word "valued"
    ("Welsh exports of lamb to Asia last year were valued at £61 million.", "£61 million", "trade"),
    ("The studentships this year are worth £18,000 each.", "£18,000", "funding"),
    ("The founder's stake is valued at £40m.", "£40m", "other"),
])
def test_the_subject_of_is_worth_or_were_valued_at_names_the_kind(text, figure, kind):
    assert _money(text)[figure].money_kind == kind


def test_a_deal_valued_at_a_figure_is_still_a_price():
    m = _money("Shirohato agreed a deal that valued the Leeds software house at £120m.")["£120m"]
    assert m.money_kind == "price" and not m.is_funding
