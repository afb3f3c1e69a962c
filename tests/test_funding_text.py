"""core.funding_text: the one wording of a funding line (detail pane, `show`, chart hover)."""
from dataclasses import replace
from decimal import Decimal

from ukjp_desktop.core.chart_series import LineBrief
from ukjp_desktop.core.funding_text import (amount_as_stated, bilateral_total, gbp_figure,
                                            line_mark, rate_text, sum_qualifier)
from ukjp_desktop.core.records import FundingRecord

LINE = FundingRecord(
    amount=Decimal(1_000_000), amount_max=Decimal(2_000_000), currency="GBP", qualifier="range",
    basis="total", period_years=None, side="UK", scope="bilateral", status="current",
    stated="between £1m and £2m", contributor="UKRI", contributor_slug="ukri",
    amount_gbp=Decimal(1_000_000), rate=None, rate_year=None, rate_source=None, rate_note=None,
    counted=True, note=None, source_conversion=None, excerpt=None)
YEN = replace(LINE, amount=Decimal(476_000_000_000), amount_max=None, currency="JPY",
              qualifier="up_to", basis="over_years", period_years=5, side="Japan",
              stated="up to 476 billion yen over five years",
              amount_gbp=Decimal("2406471183.01"), rate=Decimal("197.80"), rate_year=2023,
              rate_source="Bank of England", rate_note="provisional")


def test_a_range_keeps_both_ends():
    assert amount_as_stated(LINE) == "£1m–£2m"
    assert gbp_figure(LINE) == "£1m–£2m"


def test_qualifier_basis_and_the_gbp_figure_in_the_same_words():
    assert amount_as_stated(YEN) == "up to ¥476bn over 5 years"
    assert gbp_figure(YEN) == "up to £2.41bn over 5 years"
    assert amount_as_stated(replace(YEN, qualifier="just_over", basis="per_year")) == "just over ¥476bn per year"
    assert amount_as_stated(replace(YEN, basis="over_years", period_years=None)).endswith("over several years")


def test_a_yen_range_converts_both_ends():
    line = replace(YEN, qualifier="range", amount=Decimal(10 ** 10), amount_max=Decimal(2 * 10 ** 10),
                   basis="total", amount_gbp=Decimal("50556117.29"))
    assert amount_as_stated(line) == "¥10bn–¥20bn"
    assert gbp_figure(line) == "£50.56m–£101.11m"


def test_rate_text_names_the_rate_year_and_source():
    assert rate_text(LINE) == "Stated in pounds: no conversion."
    assert rate_text(YEN) == ("= £2,406,471,183.01 at 197.8 JPY per £1 (2023 rate; Bank of England). "
                              "Provisional.")
    assert rate_text(replace(YEN, rate=None)).startswith("No exchange rate available for JPY")


def test_marks_and_totals():
    assert line_mark(LINE) is None
    assert line_mark(replace(LINE, status="superseded")).badge == "superseded"
    assert line_mark(replace(LINE, scope="context")).badge == "context"
    just_over = replace(LINE, qualifier="just_over", amount_max=None, amount_gbp=Decimal(5_200_000),
                        side="Japan")
    exact = replace(LINE, qualifier="exact", amount_max=None, amount_gbp=Decimal(4_500_000))
    qualifier, total, sides = bilateral_total([exact, just_over, replace(exact, scope="context")])
    assert (qualifier, total) == ("just over", Decimal(9_700_000))
    assert sides == [("UK", "", Decimal(4_500_000)), ("Japan", "just over", Decimal(5_200_000))]
    assert bilateral_total([replace(exact, status="superseded")]) is None
    assert sum_qualifier(["up_to", "up_to"]) == "up to"


def test_chart_hover_words_a_line_like_the_detail_pane():
    brief = LineBrief("Quantum call", "UKRI", "between £1m and £2m", Decimal(1_000_000),
                      Decimal(2_000_000), "GBP", "range", "total", None, "UK", "bilateral",
                      Decimal(1_000_000), None, None)
    assert brief.text().startswith(amount_as_stated(LINE) + " — “between £1m and £2m”")
