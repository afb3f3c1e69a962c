"""How a funding line reads in words: the one wording for the detail pane and ``show``.

"just over £5.2m", "£1m–£2m", "up to ¥476bn over 5 years", the comparison figure in pounds
with the same qualifier, the rate used and its source, and why a line is not counted. Plain
functions over ``core.records.FundingRecord``, so the window and the command line print the
same words for the same fact.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from .money import MoneyError, convert_to_gbp, format_amount, format_exact
from .records import FundingRecord, StatedFigure
from .vocab import BASIS_WORDS, QUALIFIER_WORDS, SIDES, words

def _basis(fl: StatedFigure) -> str:
    return BASIS_WORDS.get(fl.basis, words(fl.basis)).format(n=fl.period_years or "several")


def _qualified(fl: StatedFigure, low: Decimal, high: Decimal | None, currency: str) -> str:
    if fl.qualifier == "range" and high is not None:
        core = f"{format_amount(low, currency)}–{format_amount(high, currency)}"
        qualifier = ""
    else:
        core = format_amount(low, currency)
        qualifier = QUALIFIER_WORDS.get(fl.qualifier, words(fl.qualifier).lower())
    return " ".join(p for p in (qualifier, core, _basis(fl)) if p)


def amount_as_stated(fl: StatedFigure) -> str:
    """'just over £5.2m', '£1m–£2m', 'up to ¥476bn', '£1bn over 5 years' — in the stated
    currency. Reads only the figure's fields, so a chart's ``LineBrief`` is worded the same."""
    return _qualified(fl, fl.amount, fl.amount_max, fl.currency)


def has_no_rate(fl: FundingRecord) -> bool:
    """A line in a currency the rate table does not hold: it has no pounds (its stored 0 is no value)."""
    return fl.currency != "GBP" and fl.rate is None


def gbp_figure(fl: FundingRecord) -> str:
    """The comparison figure in pounds, keeping the stated qualifier ('up to £2.41bn'); "no rate" for a line in a
    currency the rate table does not hold (its pounds would be a made-up zero)."""
    if has_no_rate(fl):
        return "no rate"
    high = None
    if fl.amount_max is not None:
        try:
            high = convert_to_gbp(fl.amount_max, fl.currency, fl.rate)
        except MoneyError:
            high = None
    return _qualified(fl, fl.amount_gbp, high, "GBP")


def rate_text(fl: FundingRecord) -> str:
    """How the GBP figure was obtained, in words, with year, source and notes."""
    if fl.currency == "GBP":
        return "Stated in pounds: no conversion."
    if fl.rate is None:
        return f"No exchange rate available for {fl.currency}; the GBP figure is not comparable."
    year = f"{fl.rate_year} rate" if fl.rate_year else "rate"
    text = (f"= {format_exact(fl.amount_gbp, 'GBP')} at {fl.rate.normalize():f} {fl.currency} "
            f"per £1 ({year}")
    text += f"; {fl.rate_source})" if fl.rate_source else ")"
    if fl.rate_note:
        text += f". {fl.rate_note[:1].upper()}{fl.rate_note[1:]}."
    return text


@dataclass(frozen=True)
class LineMark:
    badge: str        # a word or two for the amount cell
    explanation: str  # a sentence for the detail row


def line_mark(fl: FundingRecord) -> LineMark | None:
    """Why a line is shown differently: superseded, context, not funding, not counted."""
    if fl.status == "superseded":
        return LineMark("superseded", "Superseded — kept as history, not counted in any total.")
    if fl.scope == "context":
        return LineMark("context", "Context figure — not UK–Japan money; "
                                   "left out of the bilateral total.")
    if fl.scope == "non_funding":
        return LineMark("not funding", "Not a funding figure — not counted.")
    if has_no_rate(fl):
        return LineMark("no rate", "Kept as stated — not counted in the GBP totals.")
    if not fl.counted:
        return LineMark("not counted", "Not counted in the totals.")
    return None


def counts_in_totals(status: str, scope: str, currency: str, has_rate: bool) -> bool:
    """Whether a funding line counts in the GBP totals: a current funding figure, in pounds or with a rate to
    convert it (a figure in a currency the rate table does not hold is kept as stated, outside every total)."""
    return status == "current" and scope != "non_funding" and (has_rate or currency == "GBP")


def counts_bilateral(fl: FundingRecord) -> bool:
    return fl.counted and fl.scope == "bilateral" and fl.status != "superseded"


def sum_qualifier(qualifiers: Iterable[str]) -> str:
    """Words for a sum of figures with these qualifiers.

    A sum inherits the vaguest qualifier of its parts: £4.5m + "just over £5.2m" is
    "just over £9.7m", never a bare £9.7m."""
    quals = set(qualifiers) - {"exact"}
    if not quals:
        return ""
    if quals == {"just_over"}:
        return "just over"
    if quals <= {"just_over", "more_than"}:
        return "more than"
    if quals <= {"just_over", "more_than", "at_least"}:
        return "at least"
    if quals == {"up_to"}:
        return "up to"
    return "approximately"


def bilateral_total(funding: Iterable[FundingRecord]) -> tuple[str, Decimal, list[tuple[str, str, Decimal]]] | None:
    """(qualifier words, total GBP, [(side, qualifier words, GBP)]) over the counted bilateral
    lines, or None when no line counts: then a total would be meaningless (context or
    superseded figures only)."""
    lines = [fl for fl in funding if counts_bilateral(fl)]
    if not lines:
        return None
    order = {s: i for i, s in enumerate(SIDES)}
    sides = []
    for side in sorted({fl.side for fl in lines}, key=lambda s: (order.get(s, len(order)), s)):
        own = [fl for fl in lines if fl.side == side]
        sides.append((side, sum_qualifier(fl.qualifier for fl in own),
                      sum((fl.amount_gbp for fl in own), Decimal(0))))
    return (sum_qualifier(fl.qualifier for fl in lines),
            sum((fl.amount_gbp for fl in lines), Decimal(0)), sides)

