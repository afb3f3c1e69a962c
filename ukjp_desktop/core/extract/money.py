"""Money figures in running text, read exactly (``Decimal``), with their qualifier and basis.

Covers what releases and calls actually write: symbols and words (£ ¥ $ €, pounds, yen, dollars,
euros, GBP/JPY/USD/EUR), thousands separators including a space ("£720 000"), scale words and
abbreviations ("£4.5m", "¥3tn", "30 billion yen"), written-out forms ("a-million-pound"),
qualifiers ("just over"), ranges ("£250,000-£400,000", "between £1m and £2m"), bases ("per
year", "a year for three years", "over 5 years", "each"), in-text conversions ("476 billion yen
(approximately $3.6 billion)") which are linked to the figure they convert, and amounts that
are not funding (trade, market size) which are flagged rather than dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..money import SCALES

CURRENCY_SYMBOLS = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR", "¥": "JPY", "JP¥": "JPY",
                    "￥": "JPY", "円": "JPY"}
CURRENCY_WORDS = {"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yen": "JPY",
                  "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                  "gbp": "GBP", "jpy": "JPY", "usd": "USD", "eur": "EUR"}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "hundred": 100, "half a": Decimal("0.5")}

# Digits: grouped by comma, thin/no-break space or a plain space (only in groups of exactly
# three, so "£5 2023" is never read as 52023), or ungrouped, with an optional decimal part.
_NUM = r"\d{1,3}(?:(?:,|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
_WORDNUM = r"half\ a|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
_SCALE = r"thousand|million|billion|trillion|mln|mn|bn|tn|m|k|b"
_SYM = r"US\$|JP¥|[£$€¥￥]"
_ISO = r"GBP|JPY|USD|EUR"
_CURWORD = r"pounds?(?:\ sterling)?|yen|dollars?|euros?|GBP|JPY|USD|EUR|円"

# one figure; named groups: sym/iso (before), num or wnum, scale, word (after)
_ONE = (
    rf"(?:(?P<sym>{_SYM})\s?|(?P<iso>{_ISO})[\s\u00a0]?)(?P<num>{_NUM})(?:[\s\u00a0]?(?P<scale>{_SCALE})\b)?"
    rf"(?:[\s-](?P<word_after_sym>pounds?|yen|dollars?|euros?)\b)?"
    # (not inside a run of digits: trying each of its positions would rescan the run each time)
    rf"|(?<!\d)(?P<num2>{_NUM})(?:[\s\u00a0-]*(?P<scale2>{_SCALE})\b)?[\s\u00a0-]*(?P<word>{_CURWORD})(?![A-Za-z])"
    rf"|\b(?P<wnum>{_WORDNUM})[\s-]+(?P<wscale>thousand|million|billion|trillion)[\s-]+(?P<wword>pounds?|yen|dollars?|euros?)\b"
)
_FIGURE = re.compile(_ONE, re.IGNORECASE)
# the second half of a compact range: "-£400,000", "to 95,000", "–2 million", "and £2m"
_RANGE_TAIL = re.compile(
    rf"\s*(?P<conn>-|–|—|to|and)\s*(?:(?P<sym>{_SYM})\s?|(?P<iso>{_ISO})\s?)?(?P<num>{_NUM})"
    rf"(?:[\s\u00a0]?(?P<scale>{_SCALE})\b)?(?:[\s-]*(?P<word>{_CURWORD})(?![A-Za-z]))?", re.IGNORECASE)
_BARE_RANGE_HEAD = re.compile(rf"(?P<num>{_NUM})(?:[\s\u00a0]?(?P<scale>{_SCALE})\b)?$", re.IGNORECASE)

_QUALIFIERS = [  # (regex on the words just before the figure, qualifier)
    (r"just\s+(?:over|above)|slightly\s+more\s+than|a\s+little\s+over", "just_over"),
    (r"up\s+to|as\s+much\s+as|a\s+maximum\s+of|capped\s+at|no\s+more\s+than|a\s+ceiling\s+of|less\s+than|under", "up_to"),
    (r"at\s+least|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than", "at_least"),
    (r"more\s+than|over|in\s+excess\s+of|upwards\s+of|above", "more_than"),
    (r"approximately|approx\.?|about|around|roughly|some|circa|c\.|ca\.|nearly|almost|an\s+estimated|estimated|just\s+under|close\s+to|or\s+about|or\s+around|or\s+approximately|or\s+roughly", "approximately"),
]
_QUALIFIER_RE = [(re.compile(rf"(?:^|(?<=[\s(]))(?:{pat})\s*$", re.IGNORECASE), q) for pat, q in _QUALIFIERS]
_CHANGE_WORDS = re.compile(r"\b(?:from|rose|risen|rising|increased?|increasing|raised|grew|grown|"
                           r"fell|fallen|cut|reduced|revised|up|down|doubled)\s+(?:\w+\s+){0,2}$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)

_YEARS_WORD = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
_BASES = [
    (re.compile(rf"^[\s,]*(?:a|per|each)\s+year\s+for\s+(?:the\s+next\s+)?{_YEARS_WORD}\s+years\b", re.I), "per_year"),
    (re.compile(r"^[\s,]*(?:per\s+(?:year|annum)|a\s+year|each\s+year|annually|yearly|every\s+year|p\.a\.|pa\b)", re.I), "per_year"),
    (re.compile(rf"^[\s,]*(?:over|across|spread\s+over|during)\s+(?:the\s+next\s+|a\s+)?{_YEARS_WORD}[\s-]+years?\b", re.I), "over_years"),
    (re.compile(r"^[\s,]*(?:(?:contribution|grant|award)s?\s+)?(?:each|apiece|per\s+(?:award|project|grant|team|consortium|partner|institution|fellowship|fellow|studentship|university|company|proposal))\b", re.I), "each"),
]
_ANNUAL_BEFORE = re.compile(r"\b(?:annual|yearly)\s+(?:budget|funding|spend|investment|contribution|allocation)s?\s+(?:of\s+)?$", re.I)

# Sentences that say the figure is not money spent on S&T (trade, market size, turnover...)
_NON_FUNDING = re.compile(
    r"\b(?:bilateral\s+trade|trade\s+(?:between|worth|volume|flows?|in\s+goods|relationship|was|is|with)|"
    r"in\s+(?:bilateral\s+)?trade|exports?|imports?|market\s+(?:size|worth|value|valued|is|was|could|will|expected)|"
    r"global\s+market|the\s+market|market\s+for|turnover|revenues?|sales|GDP|economy\s+worth|valuation|"
    r"valued\s+at|(?:research\s+)?income|salary|salaries|ticket|fee\s+of|prize\s+money|per\s+capita)\b", re.IGNORECASE)


@dataclass
class MoneyProposal:
    id: str
    text: str
    start: int
    end: int
    amount: Decimal               # whole currency units; the upper bound for a range
    amount_min: Decimal | None    # the lower bound of a range
    currency: str
    qualifier: str                # core.vocab QUALIFIERS
    basis: str                    # core.vocab BASES
    period_years: int | None
    is_funding: bool
    sentence_start: int = 0
    sentence_end: int = 0
    sentence: str = ""
    side: str | None = None
    contributor: str | None = None        # organisation slug the side was read from
    converted_from: str | None = None     # id of the figure this one converts
    conversion: str | None = None         # id of this figure's in-text conversion
    amount_text: str = ""                 # the figure alone, without qualifier words
    kind: str = field(default="money", init=False)


def _number(raw: str) -> Decimal:
    return Decimal(re.sub(r"[,\s\u00a0\u202f]", "", raw))


def _scale(word: str | None) -> int:
    if not word:
        return 1
    return SCALES[word.lower()]


def _word_currency(word: str) -> str:
    w = word.lower().replace(" sterling", "")
    return "JPY" if w == "円" else CURRENCY_WORDS[w]


@dataclass
class _Figure:
    start: int
    end: int
    amount: Decimal
    currency: str
    has_scale: bool
    raw_num: str
    scale: int = 1


# A figure of a quadrillion or more, or written with more than 30 digits, is a string of digits,
# not money: no budget comes near it, and its minor units would not fit a database integer.
_MAX_AMOUNT = Decimal(10) ** 15
_MAX_DIGITS = 30


def _read_figure(m: re.Match) -> _Figure | None:
    if len(m.group("num") or m.group("num2") or "") > _MAX_DIGITS:
        return None   # before Decimal arithmetic: a million digits times a scale overflows
    fig = _figure(m)
    if fig is None or fig.amount >= _MAX_AMOUNT:
        return None
    return fig


def _figure(m: re.Match) -> _Figure | None:
    g = m.groupdict()
    if g["num"] is not None:
        currency = CURRENCY_SYMBOLS[g["sym"]] if g["sym"] else CURRENCY_WORDS[g["iso"].lower()]
        scale = g["scale"]
        if scale and scale.lower() == "b" and not g["sym"]:
            return None
        return _Figure(m.start(), m.end(), _number(g["num"]) * _scale(scale), currency,
                       bool(scale), g["num"], _scale(scale))
    if g["num2"] is not None:
        scale = g["scale2"]
        return _Figure(m.start(), m.end(), _number(g["num2"]) * _scale(scale),
                       _word_currency(g["word"]), bool(scale), g["num2"], _scale(scale))
    value = NUMBER_WORDS[re.sub(r"\s+", " ", g["wnum"].lower())]
    return _Figure(m.start(), m.end(), Decimal(value) * _scale(g["wscale"]),
                   _word_currency(g["wword"]), True, g["wnum"], _scale(g["wscale"]))


def _try_range(text: str, fig: _Figure, line_start: int) -> tuple[_Figure, Decimal] | None:
    """A figure followed by "-£400,000", "to 95,000", "and £2m" (after "between") → range."""
    tail = _RANGE_TAIL.match(text, fig.end)
    if not tail:
        return None
    before = text[line_start:fig.start]
    conn = tail.group("conn").lower()
    between = bool(_BETWEEN.search(before))
    if conn == "and" and not between:
        return None  # "£4.5m from EPSRC and £5.2m from JST" is two figures
    if conn == "to" and _CHANGE_WORDS.search(before) and not between:
        return None  # "raised from £1m to £4m" is a change, not a range
    other_currency = tail.group("sym") or tail.group("iso") or tail.group("word")
    if other_currency:
        cur = CURRENCY_SYMBOLS.get(other_currency) or _word_currency(other_currency)
        if cur != fig.currency:
            return None
    high_scale = tail.group("scale")
    if len(tail.group("num")) > _MAX_DIGITS:
        return None
    high = _number(tail.group("num")) * _scale(high_scale)
    if high >= _MAX_AMOUNT:
        return None
    low = fig.amount
    if not fig.has_scale and high_scale and not other_currency and fig.raw_num.replace(".", "").isdigit():
        # "£1-2 million": the scale written once applies to both ends
        low = fig.amount * _scale(high_scale)
    if not other_currency and not high_scale:
        # "£80,000 to 95,000" yes; "£5 million to 10 universities" no
        if fig.has_scale or (("," in fig.raw_num) != ("," in tail.group("num"))):
            return None
    if not other_currency and high_scale is None and fig.has_scale:
        return None
    if high <= low:
        return None
    return _Figure(fig.start, tail.end(), high, fig.currency, True, fig.raw_num), low


_RANGE_HEAD = re.compile(rf"(?P<num>{_NUM})(?:[\s\u00a0]?(?P<scale>{_SCALE})\b)?\s*(?P<conn>-|–|—|to|and)\s*$",
                         re.IGNORECASE)


def _try_range_back(text: str, fig: _Figure, line_start: int) -> tuple[int, Decimal] | None:
    """'10-20 billion yen', 'between 5 and 10 million euros': the low end has no currency."""
    window_start = max(line_start, fig.start - 40)
    head = _RANGE_HEAD.search(text, window_start, fig.start)
    if not head or head.end() != fig.start:
        return None
    if head.start() > 0 and (text[head.start() - 1].isalnum() or text[head.start() - 1] in "£$€¥.,"):
        return None
    before = text[line_start:head.start()]
    conn = head.group("conn").lower()
    if conn == "and" and not _BETWEEN.search(before):
        return None
    if conn == "to" and _CHANGE_WORDS.search(before) and not _BETWEEN.search(before):
        return None
    if len(head.group("num")) > _MAX_DIGITS:
        return None
    low = _number(head.group("num")) * (_scale(head.group("scale")) if head.group("scale") else fig.scale)
    if low >= fig.amount:
        return None
    return head.start(), low


def _clean(d: Decimal) -> Decimal:
    """1.1 × 10⁹ as 1100000000, not 1100000000.0 or 1.1E+9."""
    return Decimal(int(d)) if d == d.to_integral_value() else d.normalize()


def _qualifier(text: str, start: int, line_start: int) -> tuple[str, int]:
    before = text[max(line_start, start - 40):start]
    for rx, q in _QUALIFIER_RE:
        m = rx.search(before)
        if m:
            return q, start - (len(before) - m.start())
    return "exact", start


def _basis(text: str, start: int, end: int, line_start: int) -> tuple[str, int | None]:
    after = text[end:end + 60]
    for rx, basis in _BASES:
        m = rx.match(after)
        if m:
            n = m.groupdict().get("n")
            years = None
            if n:
                years = int(n) if n.isdigit() else int(NUMBER_WORDS.get(n.lower(), 0)) or None
            return basis, years
    if _ANNUAL_BEFORE.search(text[max(line_start, start - 50):start]):
        return "per_year", None
    return "total", None


_CONVERSION_OPEN = re.compile(r"\s*(?:\(|,\s*(?=or\s)|—\s*|–\s*)\s*(?:or\s+)?(?:(?:approximately|approx\.?|about|around|roughly|some|c\.|ca\.|circa|nearly|equivalent\s+to|equal\s+to|worth)\s+)?$", re.I)


def find_money(text: str, line_starts: list[int] | None = None) -> list[MoneyProposal]:
    """Every money figure in ``text``, in order, with ids m1, m2, ..."""
    found: list[MoneyProposal] = []
    pos = 0
    for m in _FIGURE.finditer(text):
        if m.start() < pos:
            continue
        fig = _read_figure(m)
        if fig is None:
            continue
        # figures never run across a line break; "today" context also stops there
        line_start = text.rfind("\n", 0, fig.start) + 1
        amount_min = None
        ranged = _try_range(text, fig, line_start)
        qualifier, qstart = _qualifier(text, fig.start, line_start)
        if ranged:
            fig, amount_min = ranged
        else:
            back = _try_range_back(text, fig, line_start)
            if back:
                fig = _Figure(back[0], fig.end, fig.amount, fig.currency, True, fig.raw_num, fig.scale)
                amount_min = back[1]
        if amount_min is not None:
            qualifier = "range"
            between = _BETWEEN.search(text[line_start:fig.start])
            qstart = line_start + between.start() if between else fig.start
        if "\n" in text[fig.start:fig.end]:
            continue
        basis, years = _basis(text, fig.start, fig.end, line_start)
        pos = fig.end
        found.append(MoneyProposal(
            id="", text=text[qstart:fig.end], start=qstart, end=fig.end, amount=_clean(fig.amount),
            amount_min=_clean(amount_min) if amount_min is not None else None, currency=fig.currency, qualifier=qualifier, basis=basis,
            period_years=years, is_funding=True, amount_text=text[fig.start:fig.end]))
    for i, p in enumerate(found, 1):
        p.id = f"m{i}"
    _link_conversions(text, found)
    return found


def _link_conversions(text: str, found: list[MoneyProposal]) -> None:
    """'476 billion yen (approximately $3.6 billion)': the second is the first, restated."""
    for a, b in zip(found, found[1:]):
        if a.currency == b.currency or a.converted_from or "\n" in text[a.end:b.start]:
            continue
        gap = text[a.end:b.start]
        if len(gap) <= 40 and _CONVERSION_OPEN.fullmatch(gap + text[b.start:b.start]):
            b.converted_from, a.conversion = a.id, b.id
            continue
        # the qualifier may have been absorbed into b's span: "(approximately $3.6 billion)"
        if len(gap) <= 3 and gap.strip() in ("(", "", "—", "–", ","):
            b.converted_from, a.conversion = a.id, b.id


def mark_non_funding(text: str, p: MoneyProposal) -> None:
    """Flag trade volumes, market sizes and the like from the words around the figure."""
    s = text[p.sentence_start:p.sentence_end]
    rel_start, rel_end = p.start - p.sentence_start, p.end - p.sentence_start
    window = s[max(0, rel_start - 80):rel_end + 60]
    if _NON_FUNDING.search(window):
        p.is_funding = False
