"""What a money figure is, read from the words around it: funding, investment, trade, market,
price or other.

Only funding and investment become funding lines; the others stay visible in the review but
unticked. The words nearest the figure decide ("£4 billion trade deficit", "£17 a share",
"whose stake is valued at £21m", "investing £22m"); a tie goes to the kind listed first in
``_CUES``, so "£92 billion invested in the UK" after "our largest investor" is a stock of past
investment (other), not new money.
"""
from __future__ import annotations

import bisect
import re

KINDS = ("funding", "investment", "trade", "market", "price", "other")
FUNDING_KINDS = ("funding", "investment")

_CUES: list[tuple[str, re.Pattern]] = [(kind, re.compile(rx, re.I)) for kind, rx in [
    ("other", r"\bstakes?\s+(?:is\s+|was\s+)?valued\s+at|\bstakes?\b|\bshares?\s+(?:are\s+|is\s+)?worth|"
              r"worth\s+more\s+than|write-?\s?downs?|written\s+down|impairment|\bloss(?:es)?\b|"
              r"asset\s+values?|\brevenues?\b|\bturnover\b|\bsales\b|\bprofits?\b|\btax(?:es)?\b|\bsalar(?:y|ies)\b|"
              r"\btargets?\b|\bgoal\b|invested\s+in\s+the\s+UK|\binvestor,?\s+with\b|"
              # a stock of past investment: "£80 billion of investment stock"
              r"\binvestment\s+stock\b|\bstock\s+of\s+(?:\w+\s+)?investment\b|"
              r"\bconstruction\s+of\b|(?<!economic )\bcost\s+of\b|\bdirect\s+investment\b|"
              # a nation's investment flows are statistics, like its direct investment
              r"\b(?:investment|capital|FDI)\s+(?:in|out)?flows?\b|\b(?:in|out)flows?\b|"
              # Japanese: a balance, foreign direct investment (national statistics), a flow, a deficit, a loss, sales, a target
              r"残高|直接投資|フロー|赤字|損失|売上|年商|利益|収益|目標"),
    ("trade", r"bilateral\s+(?:trade|business)|\btrade\b|(?<!early )(?<!late )\btrading\b|\bexports?\b|\bexported\b|"
              r"\bimports?\b|\bimported\b|\bdeficit\b|\bsurplus\b|goods\s+and\s+services|貿易|輸出|輸入"),
    ("market", r"\bmarkets?\s+(?:was\s+|is\s+)?valued\s+at|\bmarkets?\b|venture\s+capital|capital\s+invest\w*|"
               r"\bGDP\b|\beconomy\b|generates?\s+(?:an\s+)?income|\bincome\b|(?:industry|sector)\s+(?:is\s+)?worth|"
               # a sector's growth ("boost the manufacturing sector by £455bn"); totals of many deals
               r"(?:industry|sector)\s+by\b|\bM&A\b|\bdeals\b|\bacquisitions\b|市場"),
    ("price", r"\bacqui(?:re|red|res|ring|sition)\b|takeover|\bbought\b|\bbuy(?:s|ing)?\b|\bsold\b|"
              r"\bsale\s+of|\ba\s+share\b(?!\s+of\b)|per\s+share|買収|share\s+price|dividends?\b|\bpence\b|\bvaluations?\b|"
              r"\bvalued\s+at|\bvaluing\b|\bprice\b|\bpremium\b|\bdeal\b|(?<!\bin\s)\border\b|\bcontract\b|"
              # Japanese: an order won or placed, a contract, a winning bid
              r"受注|発注|契約|落札|"
              # a share price moving ("Shares rose to £4.20"); what a company is worth
              r"\bshares\s+(?:rose|fell|closed|jumped|dropped|slipped|climbed|gained|traded|opened)\b|"
              r"\b(?:company|firm|business|group)\s+(?:now\s+)?worth\b"),
    ("investment", r"\binvest\w*|capital\s+injection|\binject\w*|\bspend(?:s|ing)?\b|\bspent\b|投資|出資"),
    ("funding", r"\bfund\w*|\bgrants?\b|\baward\w*|\bcall\b|programme|\bprogram\b|fellowship|"
                r"allowance|scholarship|stipend|budget|allocat\w*|commit\w*|pledg\w*|\bboost\b|"
                r"support\w*|subsid\w*|financ(?:e|ed|es|ing)\b|\brequest\b|\bmatched\b|economic\s+cost|"
                # "a share of up to £2 million": a part of a competition's pot
                r"\bshare\s+of\b|助成|支援|資金|研究費|補助|拠出|予算|基金"),
]]
_PRIORITY = {kind: i for i, (kind, _rx) in enumerate(_CUES)}
# one pass over the words around a figure: at one position the kind listed first wins
# (every cue starts with a letter: the look-ahead skips the other positions at once)
_ANY_CUE = re.compile(r"(?=[A-Za-z\u3040-\u30ff\u4e00-\u9fff])(?:" + "|".join(f"(?P<{kind}>{rx.pattern})" for kind, rx in _CUES) + ")", re.I)
_REACHES = (60, 250)   # look near the figure first; further only when nothing is near
_LONGEST_NAME = 300   # no organisation's name is longer


# an exchange rate: "1ポンド=約166円", "$1 = 0.619 British Pounds", "170円/英ポンド", "¥150 to the dollar"
_RATE_AFTER = re.compile(r"\s*[=＝]|\s*/\s*(?:英|米)?(?:ポンド|ドル|円|ユーロ)|\s+(?:per|to\s+the|to\s+one)\s+"
                         r"(?:British\s+|US\s+)?(?:pound|dollar|euro|yen)\b", re.I)
_RATE_BEFORE = re.compile(r"[=＝]\s*$")
# "paid £24bn for Arm": a price (past tense: a call that "pays £300 for travel" funds it)
_PAID_BEFORE = re.compile(r"\bpaid\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)
_FOR_AFTER = re.compile(r"\s+for\b")
# a stock of money put in before, not new money: "日本はすでに英国に920億ポンドを投資し", "has already invested"
_ALREADY = re.compile(r"(?:すでに|既に)[^。、,]{0,12}$|\balready\s+(?:invested|put)\s+(?:\w+\s+){0,2}$", re.I)


def money_kind(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
               names: list[tuple[int, int]] = ()) -> str:
    """The kind of the figure at text[start:end] in the sentence text[sentence_start:sentence_end].
    Words inside ``names`` (organisation mentions, sorted by start: "Ministry of Economy, Trade
    and Industry") are not cues."""
    before = text[max(sentence_start, start - 30):start]
    if _RATE_AFTER.match(text, end) or _RATE_BEFORE.search(before) or _ALREADY.search(before):
        return "other"
    if _PAID_BEFORE.search(before) and _FOR_AFTER.match(text, end):
        return "price"   # "SoftBank paid £24bn for Arm": what something was bought for
    for reach in _REACHES:
        best = _nearest_cue(text, start, end, max(sentence_start, start - reach),
                            min(sentence_end, end + reach), names)
        if best is not None:
            return best
    return "funding"


def _nearest_cue(text: str, start: int, end: int, lo: int, hi: int, names: list[tuple[int, int]]) -> str | None:
    best: tuple[int, int, str] | None = None
    first = bisect.bisect_left(names, (lo - _LONGEST_NAME,))
    last = bisect.bisect_left(names, (hi,))
    inside = [(a, b) for a, b in names[first:last] if lo < b]
    for m in _ANY_CUE.finditer(text, lo, hi):
        kind = m.lastgroup
        if any(a <= m.start() < b for a, b in inside):
            continue
        if m.end() <= start:
            distance = start - m.end()
        elif m.start() >= end:
            distance = m.start() - end
        else:
            continue   # a cue inside the figure's own words ("one-million-pound")
        key = (distance, _PRIORITY[kind], kind)
        if best is None or key < best:
            best = key
    return best[2] if best else None
