"""The funding decision and the payer read from the clause that holds a figure (issue 15, session 22,
round 4): the clause's bounds, the noun phrase the figure belongs to, a year that dates a statistic, a
change over time, a clause that only imagines, and who receives rather than pays.

One invented sentence per rule, with look-alikes that must not change (none is taken from the held-out
corpus)."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.clauses import clause_span, head_phrase


def _figure(text: str, figure: str):
    (p,) = [m for m in propose(text).money if m.text == figure]
    return p


def test_a_clause_ends_at_a_semicolon_and_at_while():
    text = "Exports rose to £5bn; the maker will invest £2m in a plant, while sales fell to £1bn."
    start = text.index("£2m")
    lo, hi = clause_span(text, start, start + 3, 0, len(text))
    assert text[lo:hi].strip() == "the maker will invest £2m in a plant"


def test_the_noun_phrase_after_and_before_a_figure():
    text = "The firm landed a £6 million cash windfall and an initial payment of $3m."
    a, b = text.index("£6 million"), text.index("$3m")
    assert head_phrase(text, a, a + len("£6 million"), 0, len(text)) == "cash windfall"
    assert head_phrase(text, b, b + 3, 0, len(text)) == "an initial payment of"
    # a participle after the figure says what was done with it, not what it is
    text = "The group has £40 billion invested across the country."
    a = text.index("£40 billion")
    assert head_phrase(text, a, a + len("£40 billion"), 0, len(text)) == ""


@pytest.mark.parametrize("sentence, figure, kind", [
    # the figure's own noun phrase decides before the rest of the sentence
    ("Under the licence the partner will fund trials and make an initial payment of $9m.", "$9m", "price"),
    ("The partner also pays licence fees of £3m a year.", "£3m", "price"),
    ("Royalties of £2m were due to the university.", "£2m", "price"),
    ("UK businesses can apply for a share of up to £3 million.", "up to £3 million", "funding"),
    ("The insurer spent £80million on Harbour shares.", "£80million", "price"),
    # a year that dates a figure in a clause that neither gives nor looks ahead: a statistic
    ("The region's investment in Japan reached ¥640bn in 2011.", "¥640bn", "other"),
    ("対英投資は2019年の30億ドルが最高だった。", "30億ドル", "other"),
    ("The council will award £2m in 2027.", "£2m", "funding"),
    ("The agency awarded £3m in 2019 to the new centre.", "£3m", "funding"),
    # one end of a change over time is a market figure
    ("Venture investment in the region fell from $6bn to $5bn.", "$6bn", "market"),
    ("Venture investment in the region fell from $6bn to $5bn.", "$5bn", "market"),
    ("対英ベンチャー投資は前年の52億ドルから48億ドルへと減少した。", "52億ドル", "market"),
    ("対英ベンチャー投資は前年の52億ドルから48億ドルへと減少した。", "48億ドル", "market"),
    ("Teams can apply for up to £2 million.", "up to £2 million", "funding"),
    # a clause that only imagines the money
    ("For instance, three firms might each put in £4m to seed the pool.", "£4m", "other"),
    # Japanese heads: venture capital (a market), net investment and stocks (statistics)
    ("英国のベンチャーキャピタル投資は52億ドルだった。", "52億ドル", "market"),
    ("通信分野への純投資額は300億ドルにのぼる。", "300億ドル", "other"),
    # a decimal point inside an amount does not hide the class of companies that raised it
    ("英国の新興企業は第2四半期に12.5億ドルを調達した。", "12.5億ドル", "market"),
])
def test_kind_from_the_clause(sentence, figure, kind):
    p = _figure(sentence, figure)
    # (the rules' kind: the word model may tick a figure of another kind as funding, keeping the rules' in rules_kind)
    assert (p.rules_kind or p.money_kind) == kind, (p.text, p.money_kind)
    assert p.is_funding == (kind in ("funding", "investment") or p.kind_basis == "word model")


@pytest.mark.parametrize("sentence, side, basis", [
    ("Kestrel Ltd will refit its plant with the help of £14m from the government.", "UK", "currency"),
    ("Kestrel Ltd will refit its plant with the help of ¥900 million from the government.", "Japan", "currency"),
    ("Kestrel Ltd will refit its plant with £14m from the Japanese government.", "Japan", "clause"),
])
def test_money_from_the_government_is_public_whoever_spends_it(sentence, side, basis):
    (p,) = [m for m in propose(sentence).money if not m.converted_from]
    assert (p.side, p.side_basis, p.money_kind) == (side, basis, "funding")


def test_a_company_that_lands_money_does_not_pay_it():
    text = ("Kestrel Motors Ltd has landed a £4 million grant to build batteries.\n\n"
            "The minister said Kestrel Motors Ltd is among 40 firms to have won a grant from a pot "
            "totalling £90 million.")
    sides = {m.text: (m.side, m.side_basis) for m in propose(text).money}
    assert sides == {"£4 million": ("UK", "currency"), "£90 million": ("UK", "currency")}


def test_a_foundation_pays_on_the_other_side_whatever_country_its_name_says():
    (p,) = propose("Grants of £4,000 come from the Great Britain Heron Foundation.").money
    assert (p.side, p.side_basis, p.contributor_text) == ("other", "clause", "Great Britain Heron Foundation")


def test_a_foundation_named_by_its_noun_leads_a_page_about_its_awards():
    text = ("What we fund\nThe Foundation's aim is to link schools in both countries.\n\n"
            "Travel awards are £1,500 for a week.")
    (p,) = propose(text).money
    assert (p.side, p.side_basis) == ("other", "gazetteer")


@pytest.mark.parametrize("sentence, figure, side, basis", [
    ("Kestrel Ltd opened a plant. The town council will also invest £8 million in a new road.",
     "£8 million", "UK", "clause"),
    ("The Government has been in talks with motor makers for a year and has provided backing of £90 million.",
     "£90 million", "UK", "clause"),
    ("The scheme gets £5m from the city council.", "£5m", "UK", "clause"),
    ("The county council will provide €2m.", "€2m", None, None),   # (no country for another currency)
])
def test_a_government_or_council_named_by_its_noun_pays_public_money(sentence, figure, side, basis):
    # (the rules' reading: where they find no payer the side word model may guess one, tests/test_side_words.py)
    (p,) = [m for m in propose(sentence, word_model=False).money if m.text == figure]
    assert (p.side, p.side_basis) == (side, basis)


def test_a_sentence_naming_the_lead_company_as_recipient_does_not_take_its_side():
    text = ("Kestrel Ltd to expand its engine plant\n\nKestrel Ltd will invest £50 million in the plant.\n\n"
            "Talks go on over the aid Kestrel Ltd will receive, expected to be less than £3m.")
    sides = {m.text: m.side for m in propose(text).money}
    assert sides == {"£50 million": "private", "less than £3m": "UK"}


@pytest.mark.parametrize("sentence, side, basis", [
    ("Japanese research body Heron Institute will provide £2m for the study.", "Japan", "clause"),
    ("The Heron Institute, a Tokyo-based laboratory, will provide £2m.", "Japan", "clause"),
    ("British charity-backed lab Heron Institute will provide ¥200 million.", "UK", "clause"),
    # the text does not say where it is: the currency decides, and says so
    ("The Heron Institute will provide £2m for the study.", "UK", "currency"),
])
def test_a_body_outside_the_gazetteer_takes_the_country_the_text_gives_it(sentence, side, basis):
    (p,) = [m for m in propose(sentence).money if not m.converted_from]
    assert (p.side, p.side_basis) == (side, basis)


def test_a_body_paying_a_later_clause_does_not_pay_an_earlier_figure():
    sides = {m.text: (m.side, m.side_basis) for m in propose(
        "The two governments announced £8m for the scheme; NEDO will provide ¥700 million.").money}
    assert sides == {"£8m": ("UK", "currency"), "¥700 million": ("Japan", "clause")}


def test_the_council_named_by_its_noun_pays_public_money():
    (p,) = propose("In 2023, the council awarded £2m to local firms.").money
    assert (p.money_kind, p.side, p.side_basis) == ("funding", "UK", "clause")


@pytest.mark.parametrize("sentence, figure, kind", [
    # the figure's own noun keeps a dated figure what it says it is
    ("The fund made its first investment of £3m in 2021.", "£3m", "funding"),
    # fees a scholarship covers are funded, not a price
    ("The scholarship covers tuition fees of up to £20,000 a year.", "up to £20,000", "funding"),
    # a modal alone is no illustration: a call says what a partner might receive
    ("Each partner might receive up to £50,000.", "up to £50,000", "funding"),
    ("For example, five firms might each contribute £5m to a shared pool.", "£5m", "other"),
])
def test_look_alikes_the_clause_rules_leave_alone_or_catch(sentence, figure, kind):
    assert _figure(sentence, figure).money_kind == kind


def test_a_public_body_called_a_foundation_keeps_its_countrys_side():
    (p,) = propose("The Japan Foundation awarded £40,000 to the museum.").money
    assert (p.side, p.side_basis, p.contributor) == ("Japan", "clause", "japan-foundation")
