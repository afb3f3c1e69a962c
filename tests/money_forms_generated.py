"""The money forms issue 15 names, generated from the specification rather than from documents.

Each form is the cross product of a number's spelling (5, 5.5, 1,200, 1.2, "five", fullwidth １２),
a scale (none, thousand, k, m, mn, million, bn, billion, trillion, 万, 億, 兆; with and without a
space, and broken over a line), a currency mark in every position the issue lists (symbol or code
before, code or written name after, Japanese unit after) and a qualifier. Each row carries what the
reader must return: the figure's exact words, its amount and currency, the lower bound of a range,
the qualifier, and for a bracketed equivalent the figure it converts.

Used by tests/test_money_forms_generated.py and benchmarks/forms_table_counts.py (which prints the
pass count, the figure reported in docs/import.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

D = Decimal


@dataclass(frozen=True)
class Form:
    sentence: str
    text: str                   # the proposal's words (qualifier included), exactly as in the sentence
    amount: Decimal
    currency: str
    qualifier: str = "exact"
    amount_min: Decimal | None = None
    equivalent: tuple[Decimal, str] | None = None   # a bracketed conversion after the figure

    @property
    def id(self) -> str:
        return self.sentence.replace("\n", "⏎")


# spellings of a number: (as written, value)
NUMBERS = [("5", D(5)), ("5.5", D("5.5")), ("1,200", D(1200)), ("1.2", D("1.2"))]
# English scales: (as written after the number, multiplier); spaced, joined, and broken over a line
_WORD_SCALES = [("thousand", 10 ** 3), ("million", 10 ** 6), ("billion", 10 ** 9), ("trillion", 10 ** 12)]
SCALES = [("", 1)]
for _w, _v in _WORD_SCALES:
    SCALES += [(" " + _w, _v), (_w, _v), ("\n" + _w, _v)]
SCALES += [("k", 10 ** 3), ("m", 10 ** 6), ("mn", 10 ** 6), (" mn", 10 ** 6), ("bn", 10 ** 9), (" bn", 10 ** 9)]

SYMBOLS = [("£", "GBP"), ("£ ", "GBP"), ("$", "USD"), ("US$", "USD"), ("€", "EUR"), ("¥", "JPY"), ("￥", "JPY"),
           ("C$", "CAD"), ("A$", "AUD"), ("₩", "KRW"), ("CN¥", "CNY")]
CODES = ["GBP", "JPY", "USD", "EUR", "CAD", "AUD", "CHF", "CNY", "KRW"]
WORDS_AFTER = [("pounds", "GBP"), ("pounds sterling", "GBP"), ("yen", "JPY"), ("Japanese Yen", "JPY"),
               ("euro", "EUR"), ("euros", "EUR"), ("dollars", "USD"), ("US dollars", "USD"),
               ("Canadian dollars", "CAD")]
QUALIFIERS = [("up to ", "up_to"), ("approximately ", "approximately"), ("about ", "approximately"),
              ("around ", "approximately"), ("more than ", "more_than"), ("at least ", "at_least")]

# Japanese: number spellings, units and currencies after them
JA_NUMBERS = [("5", D(5)), ("5.5", D("5.5")), ("1,200", D(1200)), ("１２", D(12)), ("１，２００", D(1200))]
JA_SCALES = [("", 1), ("万", 10 ** 4), ("億", 10 ** 8), ("兆", 10 ** 12), (" 億", 10 ** 8), ("千万", 10 ** 7)]
JA_CURRENCIES = [("円", "JPY"), ("ポンド", "GBP"), ("英ポンド", "GBP"), ("ドル", "USD"), ("米ドル", "USD"),
                 ("ユーロ", "EUR"), ("元", "CNY"), ("ウォン", "KRW")]
JA_QUALIFIERS = [("約{}", "approximately"), ("最大{}", "up_to"), ("{}以上", "at_least"), ("{}超", "more_than")]

EN = "The agency will provide {} for the new centre."
JA = "機構は{}を助成する。"


def _forms() -> list[Form]:
    out: list[Form] = []
    # 1. symbol or code before, code or written name after, for every number and scale
    for num, value in NUMBERS:
        for scale, mult in SCALES:
            amount = value * mult
            core = num + scale
            for sym, cur in SYMBOLS:
                out.append(Form(EN.format(sym + core), sym + core, amount, cur))
            for code in CODES:
                out.append(Form(EN.format(f"{code} {core}"), f"{code} {core}", amount, code))
                out.append(Form(EN.format(f"{core} {code}"), f"{core} {code}", amount, code))
            out.append(Form(EN.format(f"GBP{core}"), f"GBP{core}", amount, "GBP"))
            for word, cur in WORDS_AFTER:
                out.append(Form(EN.format(f"{core} {word}"), f"{core} {word}", amount, cur))
    # 2. a number written as a word, with a scale word and a currency after
    for scale, mult in _WORD_SCALES:
        for sep in (" ", "\n"):
            core = f"five{sep}{scale}"
            for word, cur in WORDS_AFTER:
                out.append(Form(EN.format(f"{core} {word}"), f"{core} {word}", 5 * D(mult), cur))
            for code in CODES:
                out.append(Form(EN.format(f"{core} {code}"), f"{core} {code}", 5 * D(mult), code))
    # 3. the mark and the number broken over a line
    for fig, amount, cur in [("GBP\n5 million", 5 * 10 ** 6, "GBP"), ("£\n5 million", 5 * 10 ** 6, "GBP"),
                             ("5 million\npounds", 5 * 10 ** 6, "GBP"), ("300 million\nJPY", 3 * 10 ** 8, "JPY"),
                             ("18 million\nJapanese Yen", 18 * 10 ** 6, "JPY"), ("JPY\n300 million", 3 * 10 ** 8, "JPY")]:
        out.append(Form(EN.format(fig), fig, D(amount), cur))
    # 4. qualifiers before each kind of mark
    for q, qual in QUALIFIERS:
        for fig, amount, cur in [("£5m", 5 * 10 ** 6, "GBP"), ("US$1.2 billion", D("1.2") * 10 ** 9, "USD"),
                                 ("JPY 300 million", 3 * 10 ** 8, "JPY"), ("300 million JPY", 3 * 10 ** 8, "JPY"),
                                 ("18 million Japanese Yen", 18 * 10 ** 6, "JPY"), ("five million pounds", 5 * 10 ** 6, "GBP"),
                                 ("€1,200", 1200, "EUR"), ("5 oku-yen", 5 * 10 ** 8, "JPY")]:
            out.append(Form(EN.format(q + fig), q + fig, D(amount), cur, qual))
    # 5. Japanese units after the number, and a symbol before Japanese units
    for num, value in JA_NUMBERS:
        for scale, mult in JA_SCALES:
            core = num + scale
            for unit, cur in JA_CURRENCIES:
                out.append(Form(JA.format(core + unit), core + unit, value * mult, cur))
            if mult > 1:
                for sym, cur in [("£", "GBP"), ("$", "USD"), ("€", "EUR")]:
                    out.append(Form(JA.format(sym + core), sym + core, value * mult, cur))
        for pattern, qual in JA_QUALIFIERS:
            fig = pattern.format(num + "億円")
            out.append(Form(JA.format(fig), fig, value * 10 ** 8, "JPY", qual))
    for num, value in NUMBERS:
        for sep in (" ", "-", ""):
            fig = f"{num}{sep}oku-yen"
            out.append(Form(EN.format(fig), fig, value * 10 ** 8, "JPY"))
        fig = f"{num} oku yen"
        out.append(Form(EN.format(fig), fig, value * 10 ** 8, "JPY"))
    # 6. ranges in each position of the mark
    M = 10 ** 6
    for fig, low, high, cur in [
            ("£5m-£10m", 5 * M, 10 * M, "GBP"), ("£5m–£10m", 5 * M, 10 * M, "GBP"), ("£5m to £10m", 5 * M, 10 * M, "GBP"),
            ("£5-10m", 5 * M, 10 * M, "GBP"), ("£5 to 10 million", 5 * M, 10 * M, "GBP"),
            ("£5 million to £10 million", 5 * M, 10 * M, "GBP"), ("US$5-10 million", 5 * M, 10 * M, "USD"),
            ("5-10 million pounds", 5 * M, 10 * M, "GBP"), ("5 to 10 million yen", 5 * M, 10 * M, "JPY"),
            ("5-10 million euros", 5 * M, 10 * M, "EUR"), ("GBP 5-10 million", 5 * M, 10 * M, "GBP"),
            ("USD 5 million to USD 10 million", 5 * M, 10 * M, "USD"), ("5-10 million JPY", 5 * M, 10 * M, "JPY"),
            ("JPY 5-10 million", 5 * M, 10 * M, "JPY"), ("€1,200-€5,500", 1200, 5500, "EUR")]:
        out.append(Form(EN.format(fig), fig, D(high), cur, "range", D(low)))
        between = re.sub(r"-|–| to ", " and ", fig, count=1)
        out.append(Form(EN.format("between " + between), "between " + between, D(high), cur, "range", D(low)))
    for fig, low, high, cur in [("5億～10億円", 5 * 10 ** 8, 10 ** 9, "JPY"), ("5億から10億円", 5 * 10 ** 8, 10 ** 9, "JPY"),
                                ("5～10億円", 5 * 10 ** 8, 10 ** 9, "JPY"), ("300万～500万ポンド", 3 * M, 5 * M, "GBP"),
                                ("３００万～５００万ポンド", 3 * M, 5 * M, "GBP")]:
        out.append(Form(JA.format(fig), fig, D(high), cur, "range", D(low)))
    # 7. bracketed and "approximately" equivalents: the second figure converts the first
    for fig, amount, cur, conv, conv_cur in [
            ("£5m (¥900m)", 5 * M, "GBP", 900 * M, "JPY"), ("£5m (approximately ¥900 million)", 5 * M, "GBP", 900 * M, "JPY"),
            ("15 million euro ($16 million)", 15 * M, "EUR", 16 * M, "USD"),
            ("JPY 300 million (approximately GBP 1.6 million)", 300 * M, "JPY", D("1.6") * M, "GBP"),
            ("300 million JPY (about 1.6 million GBP)", 300 * M, "JPY", D("1.6") * M, "GBP"),
            ("18 million Japanese Yen (around £95,000)", 18 * M, "JPY", 95_000, "GBP"),
            ("£5m, or about ¥900m,", 5 * M, "GBP", 900 * M, "JPY")]:
        out.append(Form(EN.format(fig), fig.split(" (")[0].split(",")[0], D(amount), cur,
                        equivalent=(D(conv), conv_cur)))
    for fig, amount, cur, conv, conv_cur in [("5億円（約300万ポンド）", 5 * 10 ** 8, "JPY", 3 * M, "GBP"),
                                             ("300万ポンド(約5億円)", 3 * M, "GBP", 5 * 10 ** 8, "JPY")]:
        out.append(Form(JA.format(fig), fig.split("（")[0].split("(")[0], D(amount), cur,
                        equivalent=(D(conv), conv_cur)))
    # no budget reaches a quadrillion: the reader refuses such figures as strings of digits
    return [f for f in out if f.amount < 10 ** 15]


FORMS = _forms()

# Look-alikes the reader must not take for money: no currency shown, or a number that is no sum
NOT_MONEY = [
    "The partnership began in 2019 and runs to 2025.",
    "Funding rose by 5% in 2024, and by 12.5 per cent in 2025.",
    "Call +44 20 7946 0958 or +81 3-1234-5678 for details.",
    "Section 5 of the call sets out the rules; see Annex 2.",
    "COVID-19 slowed the work on 5 projects.",
    "See page 12, pages 14-16 and p. 20.",
    "The budget is �350 million over five years.",
    "The 5 million people in the region were counted.",
    "Chapter 3 covers 1,200 sites in 45 countries.",
    "第5条に基づき、2025年4月1日から5年間実施する。",
    "The ship is 300 m long and carries 1,200 tonnes.",
    "See Table 5\nYen rates are listed below.",          # a line that starts with a currency word
    "The call closes on 5\n\nMillion-dollar ideas wanted.",   # a blank line is no wrapped figure
]


def failures(find_money) -> list[tuple[Form, str]]:
    """Each form the reader gets wrong, with what it returned."""
    bad = []
    for f in FORMS:
        problem = check(find_money, f)
        if problem:
            bad.append((f, problem))
    return bad


def check(find_money, f: Form) -> str | None:
    """None when the reader returns the form exactly, else what went wrong."""
    found = find_money(f.sentence)
    own = [p for p in found if not p.converted_from]
    if len(own) != 1:
        return f"{len(own)} figures: {[p.text for p in own]}"
    p = own[0]
    if p.text != f.sentence[p.start:p.end]:
        return f"offsets {p.start}:{p.end} do not give {p.text!r}"
    got = (p.amount, p.currency, p.amount_min, p.qualifier)
    want = (f.amount, f.currency, f.amount_min, f.qualifier)
    if got != want:
        return f"read {got}, want {want}"
    start = f.sentence.find(f.text)
    if (p.start, p.end, p.text) != (start, start + len(f.text), f.text):
        return f"span {p.text!r} at {p.start}, want {f.text!r} at {start}"
    if f.equivalent:
        conv = [q for q in found if q.converted_from == p.id]
        if [(q.amount, q.currency) for q in conv] != [f.equivalent]:
            return f"equivalent {[(q.text, q.amount, q.currency) for q in conv]}, want {f.equivalent}"
    elif len(found) != 1:
        return f"extra figures {[q.text for q in found]}"
    return None
