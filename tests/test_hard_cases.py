"""The hard cases the curated data must get right, checked in the built database."""
from decimal import Decimal

import pytest

from ukjp_desktop.core.filters import Filter

pytestmark = pytest.mark.both_engines


def lines(catalog, slug):
    return catalog.detail(slug).funding


def test_semiconductor_call_history_is_not_double_counted(catalog):
    d = catalog.detail("epsrc-jst-semiconductor-call")
    superseded = [f for f in d.funding if f.status == "superseded"]
    current = [f for f in d.funding if f.status == "current"]
    assert {(f.amount, f.side) for f in superseded} == {(Decimal(1_000_000), "UK"), (Decimal(1_000_000), "Japan")}
    assert all(not f.counted and f.stated == "a-million-pound" for f in superseded)
    assert [(f.amount, f.currency, f.side, f.contributor_slug) for f in current] == \
        [(Decimal(3_990_000), "GBP", "UK", "ukri")]
    assert d.total_gbp == Decimal(3_990_000)          # the £1m pledges are history only
    assert any("match amount from JST" in x.stated for x in d.excluded)
    started = next(x for x in d.dates if x.label == "started")
    assert (started.value, started.precision, started.display) == ("2024-05-24", "day", "24 May 2024")


def test_quantum_projects_japan_side_pays_in_pounds_just_over(catalog):
    d = catalog.detail("uk-japan-quantum-joint-projects")
    by_side = {f.side: f for f in d.funding}
    assert (by_side["UK"].amount, by_side["UK"].currency, by_side["UK"].contributor_slug) == \
        (Decimal(4_500_000), "GBP", "epsrc")
    jst = by_side["Japan"]
    assert (jst.amount, jst.currency, jst.qualifier, jst.contributor_slug) == \
        (Decimal(5_200_000), "GBP", "just_over", "jst")
    assert jst.rate is None and jst.amount_gbp == Decimal(5_200_000)   # GBP as stated: no conversion
    assert (d.uk_gbp, d.japan_gbp, d.total_gbp) == (Decimal(4_500_000), Decimal(5_200_000), Decimal(9_700_000))


def test_connectivity_total_is_the_sum_of_two_lines_not_a_third(catalog):
    d = catalog.detail("uk-japan-connectivity-programme")
    assert sorted((f.side, f.amount) for f in d.funding) == [("Japan", Decimal(3_000_000)), ("UK", Decimal(3_000_000))]
    assert {f.contributor_slug for f in d.funding} == {"dsit", "government-of-japan"}
    assert d.total_gbp == Decimal(6_000_000)
    assert [x.stated for x in d.excluded].count("£6 million") >= 1
    assert all("sum" in x.reason for x in d.excluded if x.stated == "£6 million")


def test_tsmc_subsidy_is_yen_as_stated_with_the_sources_dollar_conversion(catalog):
    (f,) = lines(catalog, "tsmc-japan-subsidy")
    assert (f.amount, f.currency, f.qualifier, f.scope) == (Decimal(476_000_000_000), "JPY", "up_to", "context")
    assert f.source_conversion == {"amount": Decimal(3_600_000_000), "currency": "USD",
                                   "qualifier": "approximately", "stated": "$3.6 billion"}
    assert f.rate is not None and f.rate_source and "Bank of England" in f.rate_source
    assert f.amount_gbp == (f.amount / f.rate).quantize(Decimal("0.01"))
    # a context figure: out of the bilateral totals
    assert f.counted and catalog.detail("tsmc-japan-subsidy").bilateral is False


def test_sip_is_approximately_thirty_billion_yen_per_year(catalog):
    (f,) = lines(catalog, "sip")
    assert (f.amount, f.currency, f.qualifier, f.basis) == (Decimal(30_000_000_000), "JPY", "approximately", "per_year")
    assert f.source_conversion["amount"] == Decimal(200_000_000)


def test_semiconductor_strategy_is_a_billion_over_five_years_in_context(catalog):
    (f,) = lines(catalog, "uk-national-semiconductor-strategy")
    assert (f.amount, f.currency, f.basis, f.period_years, f.scope) == \
        (Decimal(1_000_000_000), "GBP", "over_years", 5, "context")


def test_second_half_of_2026_is_kept_as_a_half_year(catalog):
    d = catalog.detail("oxford-nanopore-genesis-rare-disease-pilot")
    started = next(x for x in d.dates if x.label == "started")
    assert (started.value, started.precision, started.display) == ("2026-H2", "half_year", "second half of 2026")
    assert "second half 2026" in started.excerpt.text


def test_today_monday_15_may_resolves_to_2023(catalog):
    d = catalog.detail("uk-japan-st-implementing-arrangement-2023")
    a = d.announced
    assert (a.value, a.precision) == ("2023-05-15", "day")
    assert "today (Monday 15 May)" in a.excerpt.text
    assert a.note and "2023" in a.note


def test_trade_volume_is_not_funding(catalog):
    (f,) = lines(catalog, "uk-japan-bilateral-trade")
    assert (f.amount, f.scope, f.counted) == (Decimal(33_000_000_000), "non_funding", False)
    assert catalog.detail("uk-japan-bilateral-trade").total_gbp == 0


def test_currencies_are_never_added_silently(catalog):
    """Every converted line names its rate; every GBP line has none."""
    for row in catalog.list(limit=None):
        for f in catalog.detail(row.slug).funding:
            if f.currency == "GBP":
                assert f.rate is None and f.amount_gbp == f.amount
            else:
                assert f.rate and f.rate_year and f.rate_source, (row.slug, f.stated)


@pytest.mark.parametrize("year_from, expected", [(2026, "uk-japan-quantum-joint-projects"),
                                                 (2014, "sip")])
def test_year_filter_uses_the_start_when_no_announcement(catalog, year_from, expected):
    slugs = {r.slug for r in catalog.list(Filter(year_from=year_from), limit=None)}
    assert expected in slugs


def test_quantum_since_2023_answers_who_pays(catalog):
    rows = catalog.list(Filter(sectors={"quantum"}, year_from=2023), limit=None)
    assert "uk-japan-quantum-joint-projects" in {r.slug for r in rows}
    totals = catalog.funding_totals(Filter(sectors={"quantum"}, year_from=2023, bilateral_only=True))
    assert totals["UK"] >= Decimal(4_500_000) and totals["Japan"] >= Decimal(5_200_000)
