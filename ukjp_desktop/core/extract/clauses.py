"""The clause that holds a money figure and the noun phrase the figure belongs to.

A sentence often carries several facts ("Exports rose to £5bn, while Hitachi will invest £2m in a
plant"): the words that say what a figure is stand in its own clause, and most tellingly in the
noun phrase it heads or is the amount of: "a £6m research *grant*", "an initial *payment* of $7m",
"*exports* worth £5bn", "30億ドルの*資金*", "ベンチャーキャピタル*投資*は46億ドル". The clause ends at
";", a dash, ", which/while/but ...", ", and" followed by a new subject, and 。.

Plain string work: no Qt, no database; every search is bounded around the figure.
"""
from __future__ import annotations

import re

_REACH = 300   # no clause is read further than this from its figure
# where a clause ends: a semicolon, a colon, a spaced dash, a comma before a new clause, a Japanese full stop
_BOUNDARY = re.compile(
    r";|:\s|\s[-–—]\s|。|；|"
    r",\s+(?:which|while|whereas|but|although|though|as|when)\b|"
    r"\b(?:while|whereas)\b|"
    # ", and the firm said", ", and Japan will": "and" + a new subject opens a clause
    r",\s+and\s+(?=(?:the|a|an|it|they|he|she|we|its|their|this|these|[A-Z]\w*)\s)", re.I)
# the words after a figure that describe it: "£6.3 million cash windfall", "£30 million joint programme"
# (not a participle: "£92 billion invested in the UK" says what was done, not what the money is)
_PHRASE_AFTER = re.compile(
    r"(?:\s*\([^()\n]{0,60}\))?(?:\s+(?!(?:of|in|to|for|from|with|by|on|at|and|or|was|is|are|were|will|would|has|"
    r"have|had|be|been|that|which|who|per|a|an|the|more|less|over|each|this|next|last|as|into)\b)"
    r"(?P<word>[A-Za-z][\w-]*(?<!ed)\b)(?![\w-])){1,3}")
# what the money is, after "in": "£12 million in grants", "£510m in public sector contracts", "£2bn in exports"
# (a plural or a mass noun ends the phrase: "£5m in Scotland", "£3m in 2021" name no kind of money; a list of
# adjectives may come first: "up to $2.6 billion in potential development, regulatory and commercial milestone payments")
_IN_PHRASE_AFTER = re.compile(
    r"(?:\s*\([^()\n]{0,60}\))?\s+in\s+(?P<word>(?:(?:[a-z][\w-]*\s+)?(?:[a-z][\w-]*,\s+){1,3}[a-z][\w-]*\s+(?:and|or)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}|(?:[A-Za-z][\w-]*\s+){0,3})"
    r"(?:[A-Za-z][\w-]*[a-z]s|funding|investment|support|financing|trade|turnover|revenue|income))\b")
# the noun a figure is the amount of: "an initial payment of $7m", "exports worth £5bn", "a fund totalling"
# (not the subject of "was" or "reached": "investment in Japan reached ¥640bn in 2011" is a statistic of it)
_PHRASE_BEFORE = re.compile(
    r"\b(?P<word>(?:[A-Za-z&][\w&-]*\s+){0,2}[A-Za-z][\w-]*)\s+(?P<link>of|worth|totall?ing|valued\s+at|amounting\s+to|at)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|approximately|roughly|an?\s+estimated|"
    r"up\s+to|at\s+least|just\s+over|just\s+under|a\s+record|an?\s+(?:additional|extra|further))\s+)?$", re.I)
# Japanese: "30億ドルの資金", "46億ドルの投資" (after), "ベンチャーキャピタル投資は46億ドル", "純投資額は550億ドル" (before)
_JA_AFTER = re.compile(r"(?:[(（][^()（）。]{0,40}[)）])?(?:超|以上|程度|規模|相当)?の(?P<word>[\u30A0-\u30FF\u4E00-\u9FFF]{1,12})")
_JA_GIVING_NOUN = re.compile(r"投資|出資|助成|支援|拠出|補助|融資|寄付|寄附|投入")
_JA_BEFORE = re.compile(r"(?P<word>[\u30A0-\u30FF\u4E00-\u9FFFA-Za-z]{1,16})(?P<ja_link>は|が|も|として|で)(?:約|およそ|総額|合計|計)?$")


def clause_span(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> tuple[int, int]:
    """The bounds of the clause that holds text[start:end], inside its sentence."""
    lo, hi = max(sentence_start, start - _REACH), min(sentence_end, end + _REACH)
    left = lo
    for m in _BOUNDARY.finditer(text, lo, start):
        left = m.end()
    m = _BOUNDARY.search(text, end, hi)
    return left, (m.start() if m else hi)


def head_phrase(text: str, start: int, end: int, clause_start: int, clause_end: int) -> str:
    """The words of the noun phrase the figure belongs to (after it, or the noun it is the amount of
    before it), or "" when the clause gives none."""
    words = []
    after = _PHRASE_AFTER.match(text, end, clause_end) or _JA_AFTER.match(text, end, clause_end)
    if after:
        words.append(after.group(0))
    in_phrase = _IN_PHRASE_AFTER.match(text, end, clause_end)
    if in_phrase:
        words.append(in_phrase["word"])
    before = _PHRASE_BEFORE.search(text, max(clause_start, start - 60), start)
    if before is None:
        before = _JA_BEFORE.search(text, max(clause_start, start - 20), start)
        if (before is not None and before["ja_link"] == "として" and after is not None and after.re is _JA_AFTER
                and _JA_GIVING_NOUN.search(after["word"])):
            # (round 91) an investing or giving noun after the figure says what it is; the role before it says what it
            # serves: "再構築の費用として4000万ポンド(50億円)の追加投資を行う" is an investment made to meet a cost (review 43:
            # not another noun, "買収資金として約2000億円の借入" stays a sum for a purchase)
            before = None
    if before:   # "a share of up to £2m" is a part of a pot, not a share price: keep "of"
        words.append(before["word"] + (" of" if before.groupdict().get("link") == "of" else ""))
    return " ".join(w.strip() for w in words)
