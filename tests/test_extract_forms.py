"""Each form of issue 6 §2, one by one, and random text (hypothesis) never breaking offsets."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from ukjp_desktop.core.extract import propose
from ukjp_desktop.core.extract.money import find_money
from ukjp_desktop.core.extract.sentences import split_sentences

D = Decimal


@pytest.mark.parametrize("text, amount, currency, extra", [
    ("It costs £720 000 in all.", D(720000), "GBP", {}),
    ("It costs £3,990,000.", D(3990000), "GBP", {}),
    ("A grant of ¥150mn.", D(150_000_000), "JPY", {}),
    ("A fund of €2bn.", D(2_000_000_000), "EUR", {}),
    ("A pot of $500k.", D(500_000), "USD", {}),
    ("Some 476 billion yen.", D(476_000_000_000), "JPY", {"qualifier": "approximately"}),
    ("It gave 2 million euros.", D(2_000_000), "EUR", {}),
    ("It gave 40 thousand dollars.", D(40_000), "USD", {}),
    ("They made a-million-pound contribution.", D(1_000_000), "GBP", {}),
    ("They gave one million pounds.", D(1_000_000), "GBP", {}),
    ("The 55-billion-yen fund.", D(55_000_000_000), "JPY", {}),
    ("GBP 5 million was set aside.", D(5_000_000), "GBP", {}),
    ("It is £1.1 billion.", D(1_100_000_000), "GBP", {}),
    ("approximately £6m", D(6_000_000), "GBP", {"qualifier": "approximately"}),
    ("about £6m", D(6_000_000), "GBP", {"qualifier": "approximately"}),
    ("up to £6m", D(6_000_000), "GBP", {"qualifier": "up_to"}),
    ("just over £5.2 million", D(5_200_000), "GBP", {"qualifier": "just_over"}),
    ("more than £10m", D(10_000_000), "GBP", {"qualifier": "more_than"}),
    ("at least £2m", D(2_000_000), "GBP", {"qualifier": "at_least"}),
    ("£250,000-£400,000", D(400_000), "GBP", {"amount_min": D(250_000), "qualifier": "range"}),
    ("between £1m and £2m", D(2_000_000), "GBP", {"amount_min": D(1_000_000), "qualifier": "range"}),
    ("£80,000 to £95,000", D(95_000), "GBP", {"amount_min": D(80_000)}),
    ("£80,000 to 95,000", D(95_000), "GBP", {"amount_min": D(80_000)}),
    ("£1-2 million", D(2_000_000), "GBP", {"amount_min": D(1_000_000)}),
    ("10-20 billion yen", D(20_000_000_000), "JPY", {"amount_min": D(10_000_000_000)}),
    ("£3m per year", D(3_000_000), "GBP", {"basis": "per_year"}),
    ("£3m a year for three years", D(3_000_000), "GBP", {"basis": "per_year", "period_years": 3}),
    ("£1 billion over 5 years", D(10 ** 9), "GBP", {"basis": "over_years", "period_years": 5}),
    ("£5,000 each", D(5_000), "GBP", {"basis": "each"}),
    ("£50k per award", D(50_000), "GBP", {"basis": "each"}),
    ("an annual budget of £2m", D(2_000_000), "GBP", {"basis": "per_year"}),
])
def test_money_forms(text, amount, currency, extra):
    found = find_money(text)
    assert len(found) == 1, [p.text for p in found]
    p = found[0]
    assert (p.amount, p.currency) == (amount, currency)
    for key, value in extra.items():
        assert getattr(p, key) == value, key
    assert text[p.start:p.end] == p.text


def test_change_is_not_a_range_and_two_contributors_are_two_figures():
    found = find_money("The award was raised from £1m to £4m. EPSRC gave £2m and JST gave £3m.")
    assert [p.amount for p in found] == [D(1_000_000), D(4_000_000), D(2_000_000), D(3_000_000)]
    assert all(p.amount_min is None for p in found)


def test_conversion_linked_and_non_funding_flagged():
    r = propose("Japan offered up to 476 billion yen (approximately $3.6 billion). "
                "Trade between the two countries was worth £33 billion. The market for sensors is worth $2bn.")
    a, b, trade, market = r.money
    assert b.converted_from == a.id and a.conversion == b.id
    assert trade.is_funding is False and market.is_funding is False and a.is_funding is True


def test_side_from_the_clause_then_the_currency_and_the_basis_says_which():
    r = propose("The project gets £4.5 million from EPSRC. METI will provide ¥2bn. "
                "Toshiba is investing £3m. A £6 million programme was announced.")
    assert [(p.side, p.side_basis) for p in r.money] == [
        ("UK", "clause"), ("Japan", "clause"), ("private", "clause"), ("UK", "currency")]
    assert [p.contributor for p in r.money] == ["epsrc", "meti", "toshiba", None]


@pytest.mark.parametrize("text, value, anchor", [
    ("signed on 24 May 2024.", "2024-05-24", None),
    ("signed on May 24, 2024.", "2024-05-24", None),
    ("signed on 2024-05-24.", "2024-05-24", None),
    ("signed on 24/05/2024.", "2024-05-24", None),
    ("signed on 05/24/2024.", "2024-05-24", None),
    ("signed in May 2023.", "2023-05", None),
    ("founded in 2014.", "2014", None),
    ("spent in fiscal year 2023.", "2023", None),
    ("spent in FY2023.", "2023", None),
    ("set to begin in the second half of 2026.", "2026-H2", None),
    ("set to begin in H2 2026.", "2026-H2", None),
    ("signed today (Monday 15 May).", "2023-05-15", date(2023, 5, 15)),
    ("Last year, it committed funds.", "2022", date(2023, 5, 15)),
    ("projects announced in December.", "2022-12", date(2023, 5, 15)),
    ("the call will open in December.", "2023-12", date(2023, 5, 15)),
    ("the visit on Saturday.", "2023-05-13", date(2023, 5, 15)),
])
def test_date_forms(text, value, anchor):
    r = propose(text, document_date=anchor)
    assert [d.value for d in r.dates] == [value], [(d.text, d.value) for d in r.dates]
    assert text[r.dates[0].start:r.dates[0].end] == r.dates[0].text


def test_today_weekday_fixes_the_year_without_a_given_date():
    r = propose("Signed today (Monday 15 May) in Tokyo, a priority for 2023.")
    assert r.document_date.value == "2023-05-15"
    assert r.dates[0].value == "2023-05-15"


def test_may_the_verb_is_not_a_month():
    assert propose("Funding may 2 teams join later").dates == []


def test_organisations_gazetteer_and_user_extension():
    from ukjp_desktop.core.extract.organisations import GazetteerEntry, default_gazetteer
    text = ("The Engineering and Physical Sciences Research Council (EPSRC), JST, METI, NEDO, DSIT, UKRI, "
            "JSPS, AMED, MEXT and Innovate UK met Hoshino Robotics.")
    r = propose(text)
    assert {o.slug for o in r.organisations if o.known} == {
        "epsrc", "jst", "meti", "nedo", "dsit", "ukri", "jsps", "amed", "mext", "innovate-uk"}
    gaz = default_gazetteer(extra=[GazetteerEntry("hoshino", "Hoshino Robotics", "JP", "company")])
    assert "hoshino" in {o.slug for o in propose(text, gazetteer=gaz).organisations}
    assert "JST" not in {o.text for o in propose("just a test").organisations}


def test_sectors_and_names():
    r = propose("The UK-Japan Semiconductors Partnership supports chip research. Semiconductor "
                "supply and quantum computing feature in the International Science Partnerships Fund.")
    assert r.suggested_sectors[0] == "semiconductors"
    names = {(n.text, n.suggested_kind) for n in r.names}
    assert ("UK-Japan Semiconductors Partnership", "partnership") in names
    assert ("International Science Partnerships Fund", "fund") in names


def test_sentences_keep_abbreviations_and_lines():
    text = "Dr. Ueno wrote it.\nA.D.A.M Innovations joined. It cost £3.6 billion. Next one"
    spans = [text[s.start:s.end] for s in split_sentences(text)]
    assert spans == ["Dr. Ueno wrote it.", "A.D.A.M Innovations joined.", "It cost £3.6 billion.", "Next one"]


_texty = st.lists(st.sampled_from(list("£$€¥0123456789,. -–()kmbnKMB\n") + [
    "million", " billion", " yen", " pounds", "May ", "2023", "today", " (Monday 15 May)",
    "between ", " and ", " to ", "up to ", "EPSRC", "JST", " per year", "approximately ",
    "Partnership", " Fund", "H2 ", "fiscal year ", "/", "last year", "in December"]), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200), _texty), anchor=st.one_of(st.none(), st.dates()))
def test_random_text_never_raises_and_offsets_map_back(text, anchor):
    r = propose(text, document_date=anchor)
    for p in r.all():
        assert text[p.start:p.end] == p.text
        assert p.sentence_start <= p.start and p.end <= p.sentence_end
        assert text[p.sentence_start:p.sentence_end] == p.sentence
    for p in r.money:
        assert isinstance(p.amount, Decimal)
        assert p.amount_min is None or p.amount_min < p.amount
