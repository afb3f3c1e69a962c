"""Round 6 (issue 15, session 23): mechanisms read from test7's misses, then test8's, written as general
rules. One invented sentence per rule (none is taken from the held-out corpus)."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.genre import is_call_page


def _kinds(text: str) -> dict[str, str]:
    return {m.text: m.money_kind for m in propose(text).money if not m.converted_from}


@pytest.mark.parametrize("sentence, figure, kind", [
    # what something was bought or sold for, the thing named between the verb and "for"
    ("Last month the group acquired the payments arm of a rival lender for £40m.", "£40m", "price"),
    ("The brewer are paying £90 million for the bottling business of a regional firm.", "£90 million", "price"),
    # a kind of business is no cue: "an investment bank" does not make the price an investment
    ("The bank bought the advisory unit of a US investment bank for £30m.", "£30m", "price"),
    # what the money is, after "in"
    ("The supplier has won around £300 million in public sector contracts since 2020.", "around £300 million", "price"),
    ("The trust has given £4 million in grants to rural schools.", "£4 million", "funding"),
    # "non-profit" is no profit; "turns over" is turnover
    ("Schools can apply for up to £2500 for non-profit-making activities.", "up to £2500", "funding"),
    ("The robotics firm turns over about £8 million each year.", "about £8 million", "other"),
    ("The robotics sector turns over about £8 billion each year.", "about £8 billion", "market"),
    # one end of a change, a per-cent move, a share of a whole: statistics
    ("Wool and cheese were down £12.5m compared with the year before.", "£12.5m", "market"),
    ("Biscuits grew fastest, up 21.4% to £88.1m.", "£88.1m", "market"),
    ("Cargo was worth almost £3.2 million, up 40 percent.", "almost £3.2 million", "market"),
    ("清酒5.2億円 構成比12%", "5.2億円", "market"),
    ("The plan would lift lab budgets from about 6 billion yen (£31m) to about 70 billion yen by 2040.",
     "about 6 billion yen", "market"),
    ("The plan would lift lab budgets from about 6 billion yen (£31m) to about 70 billion yen by 2040.",
     "about 70 billion yen", "market"),
    # a past period before the figure does not make a plan of its own a stock
    ("政府は過去1年で50億ポンドを超えたと報告し、来年度中に60億ポンドを支出する予定だ。", "60億ポンド", "funding"),
    ("政府は過去1年で50億ポンドを超えたと報告し、来年度中に60億ポンドを支出する予定だ。", "50億ポンド", "other"),
    # a total given since a body began is a stock; an aim is a target; a turnover of many is a market
    ("Founded in 1990, the trust has given over £8 million in grants to museums.", "over £8 million", "other"),
    ("The aim is to provide a total of 50 billion yen per year.", "50 billion yen", "other"),
    ("Some 40 Welsh firms owned from abroad have a combined turnover of £900 million.", "£900 million", "market"),
    # "options for applicants" is no option on an order
    ("Grants for a term abroad are now worth 1,200 GBP, making the country one of the better options for pupils.",
     "1,200 GBP", "funding"),
])
def test_round6_kind(sentence, figure, kind):
    assert _kinds(sentence)[figure] == kind


def test_a_figure_listed_after_another_shares_its_reading():
    kinds = _kinds("Tea and jam were down £3.1m, and £2.2m respectively on the year.")
    assert kinds == {"£3.1m": "market", "£2.2m": "market"}
    # its own noun phrase still decides: "a £2m grant" listed after a price is money given
    kinds = _kinds("The firm paid £9m for the plant, and a £2m grant came later.")
    assert kinds["£9m"] == "price" and kinds["£2m"] in ("funding", "investment")


def test_call_page_genre_from_general_words():
    assert is_call_page("Apply now. Applicants must be eligible. The deadline is 3 May.")
    assert not is_call_page("Shares rose 3% as revenue for the quarter beat forecasts; exports grew.")


def test_on_a_call_page_the_known_public_body_that_leads_the_page_pays_in_any_currency():
    text = ("The Japan Foundation invites applications for its language grants.\n\n"
            "Up to £1,500 for projects that start Japanese clubs. Applicants must be schools; "
            "the deadline for applications is 1 June.")
    (m,) = propose(text).money
    assert (m.side, m.side_basis) == ("Japan", "gazetteer")
    # the same figure in news keeps the currency's side
    news = "The Japan Foundation opened a new office.\n\nUp to £1,500 went to projects that start Japanese clubs."
    (m,) = propose(news).money
    assert (m.side, m.side_basis) == ("UK", "currency")


def test_a_passive_agent_with_a_nationality_adjective_pays():
    (m,) = propose("A further £4.2 million is being contributed by the Welsh companies into three projects.").money
    assert (m.side, m.side_basis) == ("private", "clause")


@pytest.mark.parametrize("sentence", [
    "Wales and a Japanese agency will put up funds totalling £6million for joint work on batteries.",
    "The two parties will provide equal funding of a total of $8million to support joint projects.",
])
def test_a_uk_and_a_japanese_party_as_the_subject_pay_jointly(sentence):
    m = next(m for m in propose(sentence).money if not m.converted_from)
    assert (m.side, m.side_basis, m.is_funding) == ("joint", "clause", True)
