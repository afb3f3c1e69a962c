"""Dates in running text, at the precision the text states, resolved against the document date.

Absolute forms: ISO (2024-05-24), British (24 May 2024, Friday 24th May 2024), American (May 24,
2024), numeric (24/05/2024, read the British way unless only the American reading is valid),
month-year, year, fiscal/financial year (FY2023, fiscal year 2023, 2024-25 financial year: the
year it starts), half-year (second half of 2026, H2 2026). Relative forms need the document's own
date: today / yesterday, "today (Monday 15 May)", a bare "15 May" or "in December", last / this /
next year, "March last year", last / next month, a weekday ("on Saturday").
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..dates import PartialDate

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAYNAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19[5-9]\d|20\d\d|21[0-4]\d)"
_ORD = r"(?:st|nd|rd|th)?"

# Order matters: longer, more precise forms first; a span is claimed once.
_PATTERNS: list[tuple[str, re.Pattern]] = [(name, re.compile(rx, re.IGNORECASE if flags else 0)) for name, rx, flags in [
    ("today_paren", rf"\btoday\s*\(\s*(?:(?P<wd>{_DAYNAME}),?\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?P<mon>{_MON})(?:\s+(?P<y>{_YEAR}))?\s*\)", 1),
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b", 0),
    ("dmy", rf"\b(?:(?P<wd>{_DAYNAME}),?\s+)?(?:the\s+)?(?P<d>[0-3]?\d){_ORD}(?:\s+of)?\s+(?P<mon>{_MON}),?\s+(?P<y>{_YEAR})\b", 1),
    ("mdy", rf"\b(?:(?P<wd>{_DAYNAME}),?\s+)?(?P<mon>{_MON})\s+(?P<d>[0-3]?\d){_ORD},?\s+(?P<y>{_YEAR})\b", 1),
    ("ymd_slash", rf"\b(?P<y>{_YEAR})/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])\b", 0),
    ("numeric", rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>{_YEAR})\b", 0),
    # Japanese text copied from PDFs may hold spaces between the numbers and 年/月/日
    ("ja_ymd", rf"(?<!\d)(?P<y>{_YEAR}) ?年 ?(?P<m>1[0-2]|0?[1-9]) ?月 ?(?P<d>3[01]|[12]\d|0?[1-9]) ?日", 0),
    # era years: 平成30年1月19日 (Heisei 30 = 2018), 令和元年, 平成29年度 (a fiscal year)
    ("ja_era", r"(?P<era>平成|令和|昭和) ?(?P<ey>元|\d{1,2}) ?年(?P<fy>度)?(?: ?(?P<m>1[0-2]|0?[1-9]) ?月"
               r"(?: ?(?P<d>3[01]|[12]\d|0?[1-9]) ?日)?)?", 0),
    ("ja_md", r"(?<![\d年 ])(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日", 0),
    ("ja_today", r"本日|今日", 0),
    ("ymd_dot", rf"\b(?P<y>{_YEAR})\.(?P<m>0[1-9]|1[0-2])\.(?P<d>0[1-9]|[12]\d|3[01])\b", 0),
    ("quarter", rf"\b(?:the\s+)?(?:(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:calendar\s+|fiscal\s+|financial\s+)?quarter\s+(?:of\s+)?(?P<y>{_YEAR})"
                rf"|(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q)(?:\s+of)?[\s/'-]+(?P<y2>{_YEAR})|(?P<y3>{_YEAR})[\s-]Q(?P<q3>[1-4]))\b", 1),
    ("half", rf"\b(?:the\s+)?(?P<h>first|second|1st|2nd|latter|later|early|earlier)\s+half\s+(?:of\s+)?(?:the\s+year\s+)?(?P<y>{_YEAR})\b", 1),
    ("half_code", rf"\b(?:(?P<h1>H[12]|[12]H)\s+(?P<y>{_YEAR})|(?P<y2>{_YEAR})[\s-](?P<h2>H[12]))\b", 0),
    # (round 130) a quarter or a half named without its year, of the year a possessive names, of this year, or of the
    # document's ("2024's first quarter", "this year's first quarter", "its first quarter", "the first three months of
    # the year", "the first half of the year", "last quarter"); not one a year follows, read above
    ("quarter_rel", rf"\b(?:(?P<yy>{_YEAR})['’]s\s+|(?P<this>this\s+year['’]s)\s+|(?:the|its|their)\s+)"
                    r"(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:calendar\s+|fiscal\s+|financial\s+)?quarter\b"
                    rf"(?!\s+(?:of\s+)?(?:the\s+)?(?:{_YEAR}|year\b|fiscal|financial))(?![\s-]+(?:of\s+a\s+)?(?:centur|mile|final))"
                    r"|\b(?:the\s+)?first\s+(?P<n>three|six)\s+months\s+of\s+(?:the|this)\s+year\b"
                    r"|\b(?P<last>last|previous)\s+quarter\b(?!\s+of)", 1),
    # (a bare "the second half" may be a match's: "of the year" or an owner must say it is a year's)
    ("half_rel", rf"\b(?:(?P<yy>{_YEAR})['’]s\s+|(?P<this>this\s+year['’]s)\s+|(?:its|their)\s+)(?P<h>first|second)\s+half\b"
                 r"(?!\s+(?:of\s+)?(?:19|20|21)\d\d)(?!\s+of\b)"
                 r"|\b(?:the\s+)?(?P<h2>first|second)\s+half\s+of\s+(?:the|this)\s+year\b", 1),
    ("fiscal", rf"\b(?:(?:fiscal|financial)\s+year\s+(?:of\s+)?|FY\s?|fiscal\s+)(?P<y>{_YEAR})(?:[/-](?:\d{{2}}|\d{{4}}))?\b"
               rf"|\b(?P<y2>{_YEAR})[/-](?:\d{{2}}|{_YEAR})\s+(?:fiscal|financial)\s+year\b", 1),
    # (round 130) a Japanese company's business year by the month it ends in, "2017年6月期" (July 2016 to June 2017),
    # "23年3月期" (its two-digit year is this century's): a fiscal year, named by the year it starts in
    ("ja_period", rf"(?<![\d.,])(?P<y>{_YEAR}|\d\d) ?年 ?(?P<m>1[0-2]|0?[1-9]) ?月期", 0),
    # (round 125: with a PDF's spaces too, "2016 年 9 月")
    ("ja_fiscal", rf"(?<!\d)(?P<y>{_YEAR}) ?年度", 0),
    ("ja_ym", rf"(?<!\d)(?P<y>{_YEAR}) ?年 ?(?P<m>1[0-2]|0?[1-9]) ?月(?! ?\d)", 0),
    ("month_year", rf"\b(?P<mon>{_MON})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b", 1),
    ("dm_noyear", rf"\b(?:(?P<wd>{_DAYNAME}),?\s+)?(?P<d>[0-3]?\d){_ORD}(?:\s+of)?\s+(?P<mon>{_MON})\b(?!\s*,?\s*\d)", 1),
    ("md_noyear", rf"\b(?:(?P<wd>{_DAYNAME}),?\s+)?(?P<mon>{_MON})\s+(?P<d>[0-3]?\d){_ORD}\b(?!\s*,?\s*\d)(?!\s*(?:per|%|million|billion))", 1),
    ("season", rf"\b(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>{_YEAR})\b", 1),
    ("part_year", rf"\b(?P<w>mid|early|late|end\s+of|the\s+end\s+of|beginning\s+of|the\s+beginning\s+of|start\s+of|the\s+start\s+of)[\s-]+(?P<y>{_YEAR})\b", 1),
    ("ja_year", rf"(?<!\d)(?P<y>{_YEAR}) ?年(?![度\d])", 0),
    # (round 125) a month alone, of the document's year or the nearest one ("9月に英国ブリストルに…開設", "9 月", "9月末",
    # "6月中旬"); not a count of months (3カ月, 6ヶ月), a business period's end (3月期: round 130) nor a month after a
    # year or before a day (read above)
    ("ja_month", r"(?<![\d年月.,])(?<!\d )(?P<m>1[0-2]|[1-9]) ?月(?:末|上旬|中旬|下旬|初旬|初め|半ば)?(?! ?\d)(?![間額謝曜期])", 0),
    ("ja_day", r"(?<![\d月年])(?P<d>3[01]|[12]\d|[1-9])日", 0),
    # (round 84) a month of a year named relative to the document's: "in March last year", "From April next year"
    ("month_rel_year", r"\b(?:(?P<prep>in|since|from|until|by|early|late|mid|end\s+of)(?:\s+|(?<=mid)-\s*)(?:the\s+)?)?"
                       r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
                       r"(?:\s+of)?\s+(?P<w>last|this|next)\s+year\b", 1),
    # "in the last year alone", "over the next year": a stretch of time, not a calendar year
    ("rel_year", r"(?<!\bthe )\b(?P<w>last|this|next|previous|past|coming)\s+(?P<u>year|month)\b(?!['’]s)", 1),
    ("today", r"(?<!of )(?<!for )\b(?P<w>today|yesterday|tomorrow)\b(?!['’]s)", 1),
    # (round 151: "mid-February" written with its hyphen, as well as "mid February")
    ("month_only", rf"\b(?P<prep>in|since|from|until|by|last|this|next|early|late|mid|end\s+of)(?:\s+|(?<=mid)-\s*)(?:the\s+)?(?P<mon>January|February|March|April|June|July|August|September|October|November|December|May)\b", 1),
    ("weekday", rf"\b(?P<prep>on|last|this|next)\s+(?P<wd>{_DAYNAME})\b", 1),
    # "said Wednesday", "launched plans Thursday": a bare weekday in news copy is the latest one
    ("bare_weekday", rf"\b(?P<wd>{_DAYNAME})\b(?!\s*,?\s*\d)", 0),
    ("year", rf"(?<![\w£$€¥.,/])(?P<y>{_YEAR})(?![\w%/]|[.,]\d|\s*(?:per\s*cent|percent|million|billion|pounds|yen|euros|dollars))", 0),
]]

# a capitalised word before a year (or a capitalised "Today"), in the middle of a sentence, makes it part of a name
_NAME_BEFORE = re.compile(r"[a-z,]\s+(?:[A-Z][\w&’'-]*\s+)*[A-Z][\w&’'-]*\s$")
_LABEL_REACH = 200
_AFTER_PENALTY = 2
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_FUTURE = re.compile(r"\b(?:will|shall|due|set\s+to|expected|plans?|planned|next|upcoming|opens?|closes?|deadlines?|going\s+to|"
                     r"prepar(?:e|es|ing)\s+to)\b|まで|締切|予定|期限", re.I)
# "Monday 5th September to Monday 3rd October 2022": the year written at the end of a range
_RANGE_END_YEAR = re.compile(rf"\s*(?:to|until|till|-|–|—)\s*(?:{_DAYNAME},?\s+)?(?:the\s+)?[0-3]?\d{_ORD}(?:\s+of)?\s+"
                             rf"(?P<mon>{_MON}),?\s+(?P<y>{_YEAR})\b", re.I)
_LABELS = [  # guessed role of a date from the nearest of these words in its sentence
    ("ended", re.compile(r"\b(?:end(?:s|ed)?|clos(?:e|es|ed|ing)|deadlines?|until|expir\w+|concluded|succeeded|finish\w*|"
                         r"wound\s+up|complet(?:e|ed|es|ion))\b|締切|終了|期限|(?P<post>まで)", re.I)),
    ("started", re.compile(r"\b(?:launch\w*|start\w*|begin\w*|began|open(?:s|ed|ing)?|commenc\w*|establish\w*|set\s+to\s+begin|"
                           r"kick\w*|from|since|operat\w*|entr(?:y|ies)\s+into|entered|"
                           # (round 18) when a body came into being: "Founded in June 2015", "set up in 1998"
                           r"found(?:ed|ing)|set\s+up|incorporated)\b|開始|開設|開所|設立|創業|(?P<post>から|より)", re.I)),
    ("announced", re.compile(r"\b(?:announc\w*|signed|sign\w*|agreed|unveil\w*|confirm\w*|publish\w*|released|revealed|"
                             r"detailed|declared|committed|pledged|launch\w*\s+(?:plans?|proposals?)|"
                             # (round 18) when a text was put out: "In a statement Friday", "Release date: ... 26 April
                             # 2017", "the press release issued ... on 7 March 2025"
                             r"statement|issued|release\s+date|press\s+release)\b|発表|締結|合意|署名", re.I)),
]


@dataclass
class DateProposal:
    id: str
    text: str
    start: int
    end: int
    value: str          # PartialDate value: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-H1/H2
    precision: str      # day, month, year, half_year
    relative: bool = False     # resolved against the document date
    fiscal: bool = False       # a fiscal/financial year: value is the year it starts in
    note: str | None = None
    label: str | None = None   # guessed: announced, started, ended (None: not said)
    sentence_start: int = 0
    sentence_end: int = 0
    sentence: str = ""
    kind: str = field(default="date", init=False)


def _pd(y: int, m: int | None = None, d: int | None = None) -> PartialDate | None:
    try:
        if d is not None:
            return PartialDate.parse(f"{y:04d}-{m:02d}-{d:02d}")
        if m is not None:
            return PartialDate.parse(f"{y:04d}-{m:02d}")
        return PartialDate.parse(f"{y:04d}")
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


# a verb of saying in the past right before "in <month>"
_REPORTED_BEFORE = re.compile(r"\b(?:said|announced|reported|disclosed|revealed|confirmed|stated)\s+$", re.I)


# (review 57) a day that is what was said, not when: "Nissan said June 30 would be the deadline"
_SAID_DATE_OBJECT_AFTER = re.compile(r"\s+(?:would|will|is|was\s+to|as)\b")
# (round 151) "until" right before a bare month, or before its "mid-"/"early"/"late"
_UNTIL_NOW_BEFORE = re.compile(r"\buntil\s+(?:(?:mid|early|late)[\s-]*)?[A-Z]")
# (review 57) a clause that speaks of now or later: only there is a month after "until" read forward
_STILL_VERB = re.compile(r"\b(?:has|have|is|are|will|shall|remains?|stays?|continues)\b", re.I)


def _past_or_future(sentence: str, doc: date, month: int) -> int:
    """The year of a bare month: the last such month before the document, unless the sentence
    speaks of the future, then the next one."""
    if _FUTURE.search(sentence):
        return doc.year if month >= doc.month else doc.year + 1
    return doc.year if month <= doc.month else doc.year - 1


def _year_of_part(sentence: str, doc: date, first_month: int, last_month: int) -> int:
    """(round 130) The year of a quarter or a half named without one: the latest that has begun by the document's date,
    unless the sentence speaks of the future, then the next that has not ended ("its first quarter" in April 2022 is
    2022's; "the fourth quarter" in February 2020 is 2019's)."""
    if _FUTURE.search(sentence) and not _PERFECT_AFTER_FUTURE.search(sentence):
        return doc.year if last_month >= doc.month else doc.year + 1
    return doc.year if first_month <= doc.month else doc.year - 1


# "is expected to have slowed to a crawl in the first quarter": a guess about the past
_PERFECT_AFTER_FUTURE = re.compile(r"\b(?:expected|likely|thought|estimated|forecast)\s+to\s+have\s+\w+", re.I)


# "from 1 March 2026 to 31 May", "2026年3月1日から5月31日まで": the end of a span written without
# its year takes the year of the dated start right before it (the next year if its month is earlier)
_RANGE_START_BEFORE = re.compile(
    rf"(?:[0-3]?\d{_ORD}(?:\s+of)?\s+(?P<mon1>{_MON}),?\s+(?P<y1>{_YEAR})|(?P<mon2>{_MON})\s+[0-3]?\d{_ORD},?\s+"
    rf"(?P<y2>{_YEAR})|(?P<y3>{_YEAR}) ?年 ?(?P<m3>1[0-2]|0?[1-9]) ?月(?: ?(?:3[01]|[12]\d|0?[1-9]) ?日)?)"
    rf"\s*(?:to|until|till|through|-|–|—|から|より|〜|～|~)\s*(?:the\s+)?$")


def _range_start_year(m: re.Match, month: int) -> int | None:
    start = _RANGE_START_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if start is None:
        return None
    year = int(start["y1"] or start["y2"] or start["y3"])
    first = _month(start["mon1"] or start["mon2"]) if start["y3"] is None else int(start["m3"])
    return year + (1 if month < first else 0)


def _resolve(name: str, m: re.Match, doc: date | None, sentence: str) -> tuple[PartialDate, dict] | None:
    g = m.groupdict()
    if g.get("mon") and not g["mon"][0].isupper():
        return None   # "may" the verb, not May the month
    if name in ("iso", "ja_ymd", "ymd_dot", "ymd_slash"):
        return _opt(_pd(int(g["y"]), int(g["m"]), int(g["d"])))
    if name == "ja_ym":
        return _opt(_pd(int(g["y"]), int(g["m"])))
    if name == "ja_era":
        y = _ERA_START[g["era"]] + (1 if g["ey"] == "元" else int(g["ey"])) - 1
        if g["fy"]:
            return _opt(_pd(y), fiscal=True, note=f"fiscal year starting in {y}")
        return _opt(_pd(y, int(g["m"]) if g["m"] else None, int(g["d"]) if g["d"] else None))
    if name == "ja_period":
        end_year = int(g["y"]) if len(g["y"]) == 4 else 2000 + int(g["y"])
        y = end_year if int(g["m"]) == 12 else end_year - 1
        return _opt(_pd(y), fiscal=True, note=f"fiscal year ending in {end_year}-{int(g['m']):02d}")
    if name == "ja_fiscal":
        y = int(g["y"])
        return _opt(_pd(y), fiscal=True, note=f"fiscal year starting in {y}")
    if name == "ja_year":
        return _opt(_pd(int(g["y"])))
    if name == "quarter":
        q = g["q1"] or g["q2"] or g["q3"] or str(_QUARTER_WORDS[g["qw"].lower()])
        y = g["y"] or g["y2"] or g["y3"]
        return _opt(PartialDate.parse(f"{y}-Q{q}"))
    if name == "part_year":
        part = " ".join(g["w"].lower().split()).removeprefix("the ")
        return _opt(_pd(int(g["y"])), note=f"{part} {g['y']}")
    if name in ("dmy", "mdy"):
        return _opt(_pd(int(g["y"]), _month(g["mon"]), int(g["d"])))
    if name == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if a <= 12 < b:      # only the American reading works
            return _opt(_pd(y, a, b), note="read as month/day/year")
        return _opt(_pd(y, b, a), note="read as day/month/year" if a <= 12 and b <= 12 and a != b else None)
    if name == "half":
        second = g["h"].lower() in ("second", "2nd", "latter", "later")
        return _opt(PartialDate.parse(f"{g['y']}-H{2 if second else 1}"))
    if name in ("quarter_rel", "half_rel") and (g["yy"] or g["this"] and doc is not None):
        y = int(g["yy"]) if g["yy"] else doc.year
        if name == "half_rel":
            return _opt(PartialDate.parse(f"{y}-H{2 if (g['h'] or g['h2']).lower() == 'second' else 1}"))
        return _opt(PartialDate.parse(f"{y}-Q{_QUARTER_WORDS[g['qw'].lower()]}"))
    if name == "half_code":
        code, y = (g["h1"], g["y"]) if g["h1"] else (g["h2"], g["y2"])
        return _opt(PartialDate.parse(f"{y}-H{2 if '2' in code else 1}"))
    if name == "fiscal":
        y = int(g["y"] or g["y2"])
        return _opt(_pd(y), fiscal=True, note=f"fiscal year starting in {y}")
    if name == "month_year":
        return _opt(_pd(int(g["y"]), _month(g["mon"])))
    if name == "season":
        return _opt(_pd(int(g["y"])), note=f"{g['s'].lower()} {g['y']}")
    if name == "year":
        if _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            return None   # "SusHi Tech Tokyo 2025", "FDI Japan 2025": a name, not a date
        return _opt(_pd(int(g["y"])))
    # everything below needs the document's date
    if name in ("today_paren", "dm_noyear", "md_noyear"):
        month, day = _month(g["mon"]), int(g["d"])
        if g.get("y"):
            return _opt(_pd(int(g["y"]), month, day))
        end = _RANGE_END_YEAR.match(m.string, m.end())
        if end and end["mon"][0].isupper():
            year = int(end["y"]) - (1 if month > _month(end["mon"]) else 0)
            return _opt(_pd(year, month, day))
        year = _range_start_year(m, month)
        if year is not None:
            return _opt(_pd(year, month, day))
        year = _year_for_day(doc, month, day, g.get("wd"), sentence)
        if year is None:
            return None
        if (not g.get("wd") and _REPORTED_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
                and not _SAID_DATE_OBJECT_AFTER.match(m.string, m.end())):
            # (round 153) when something was said is past, whatever the words said look ahead to: "lenders will provide
            # 182 million pounds in senior debt, Ashurst LLP ... said March 21" in an April report
            year = doc.year if (month, day) <= (doc.month, doc.day) else doc.year - 1
        return _opt(_pd(year, month, day), relative=True)
    if name == "ja_md" and (year := _range_start_year(m, int(g["m"]))) is not None:
        return _opt(_pd(year, int(g["m"]), int(g["d"])))
    if doc is None:
        return None
    if name == "today":
        if g["w"][0].isupper() and _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            return None   # "told Management Today": a capitalised "Today" after a name is part of it
        delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[g["w"].lower()]
        d = doc + timedelta(days=delta)
        return _opt(_pd(d.year, d.month, d.day), relative=True)
    if name == "rel_year":
        step = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[g["w"].lower()]
        if g["u"].lower() == "year":
            return _opt(_pd(doc.year + step), relative=True)
        mi = doc.year * 12 + doc.month - 1 + step
        return _opt(_pd(mi // 12, mi % 12 + 1), relative=True)
    if name == "month_rel_year":
        step = {"last": -1, "this": 0, "next": 1}[g["w"].lower()]
        return _opt(_pd(doc.year + step, _month(g["mon"])), relative=True)
    if name == "quarter_rel" and g["last"]:
        q = (doc.month - 1) // 3   # the quarter before the document's own (0: the last of the year before)
        return _opt(PartialDate.parse(f"{doc.year if q else doc.year - 1}-Q{q or 4}"), relative=True)
    if name in ("quarter_rel", "half_rel"):
        if name == "half_rel":
            part, months = (2 if (g["h"] or g["h2"]).lower() == "second" else 1), 6
        elif g["n"]:
            part, months = (1, 3) if g["n"].lower() == "three" else (1, 6)
        else:
            part, months = _QUARTER_WORDS[g["qw"].lower()], 3
        year = _year_of_part(sentence, doc, (part - 1) * months + 1, part * months)
        code = "H" if months == 6 else "Q"
        return _opt(PartialDate.parse(f"{year}-{code}{part}"), relative=True)
    if name == "month_only":
        month = _month(g["mon"])
        prep = g["prep"].lower()
        if prep == "last":
            year = doc.year if month < doc.month else doc.year - 1
        elif prep == "next":
            year = doc.year if month > doc.month else doc.year + 1
        elif prep == "this":
            year = doc.year
        elif _UNTIL_NOW_BEFORE.search(m.string, max(0, m.start() - 6), m.end()) and _STILL_VERB.search(
                _clause_around(m.string, m.start(), m.end())):
            # (round 151) a state that lasts until the month: "has effectively shut until mid-April" in a March report is
            # this April (review 57: only in a clause that speaks of now or later; "losses were recorded until February",
            # "The plant closed until March" and "The pilot line ran until June" stay past months)
            year = doc.year if month >= doc.month else doc.year + 1
        elif prep == "in" and _REPORTED_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            # "Nissan said in March it would spend ...": when it was said is past, whatever is planned after
            year = doc.year if month <= doc.month else doc.year - 1
        else:
            year = _past_or_future(sentence, doc, month)
        return _opt(_pd(year, month), relative=True)
    if name == "ja_month":
        month = int(g["m"])
        return _opt(_pd(_past_or_future(sentence, doc, month), month), relative=True)
    if name == "ja_md":
        month, day = int(g["m"]), int(g["d"])
        year = _year_for_day(doc, month, day, None, sentence)
        return None if year is None else _opt(_pd(year, month, day), relative=True)
    if name == "ja_today":
        return _opt(_pd(doc.year, doc.month, doc.day), relative=True)
    if name == "ja_day":
        day = int(g["d"])
        month = doc.month if day <= doc.day else doc.month - 1 or 12
        year = doc.year if day <= doc.day or doc.month > 1 else doc.year - 1
        return _opt(_pd(year, month, day), relative=True)
    if name == "bare_weekday":
        if not g["wd"][0].isupper():
            return None
        d = doc - timedelta(days=(doc.weekday() - WEEKDAYS[g["wd"].lower()]) % 7)
        return _opt(_pd(d.year, d.month, d.day), relative=True)
    if name == "weekday":
        # "on Thursday" in a report dated a Thursday is that day; "last"/"next" never are.
        # The future is read from the date's own clause, not the whole sentence.
        wd = WEEKDAYS[g["wd"].lower()]
        prep = g["prep"].lower()
        clause = _clause_around(m.string, m.start(), m.end())
        if prep == "next":
            d = doc + timedelta(days=(wd - doc.weekday() - 1) % 7 + 1)
        elif prep == "last":
            d = doc - timedelta(days=(doc.weekday() - wd - 1) % 7 + 1)
        elif _FUTURE.search(clause):
            d = doc + timedelta(days=(wd - doc.weekday()) % 7)
        else:
            d = doc - timedelta(days=(doc.weekday() - wd) % 7)
        return _opt(_pd(d.year, d.month, d.day), relative=True)
    return None


_ERA_START = {"平成": 1989, "令和": 2019, "昭和": 1926}


def _clause_around(text: str, start: int, end: int) -> str:
    """The words just around a date, not past a sentence's end: "said it will ... on Friday"."""
    before = text[max(0, start - 50):start]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1:]
    after = text[end:end + 30]
    stop = min((i for i in (after.find(". "), after.find("\n")) if i >= 0), default=len(after))
    return before + after[:stop]


def _year_for_day(doc: date | None, month: int, day: int, weekday: str | None, sentence: str) -> int | None:
    if doc is not None:
        if weekday:   # prefer the year, near the document's, in which the weekday fits
            for y in (doc.year, doc.year - 1, doc.year + 1):
                if _weekday_is(y, month, day, weekday):
                    return y
        return _past_or_future(sentence, doc, month) if (month, day) != (doc.month, doc.day) else doc.year
    return None


def _weekday_is(y: int, month: int, day: int, weekday: str) -> bool:
    try:
        return date(y, month, day).weekday() == WEEKDAYS[weekday.lower()]
    except ValueError:
        return False


def _opt(pd: PartialDate | None, **extra) -> tuple[PartialDate, dict] | None:
    return None if pd is None else (pd, extra)


# The words right before a date that say its role outright, whatever else the sentence says: a
# deadline ("submit by 5 May", "no later than noon on 5 May", "by 2040") ends something; "on or
# after 1 June", "with effect from" start it; something that "runs to March 2026" ends then.
_CLOCK = r"(?:(?:\d{1,2}[:.]\d{2}|\d{1,2})\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*\([^)]{1,20}\))?|noon|midday|midnight)"
_RIGHT_BEFORE = [
    # "must start by 1 March": when it starts, at the latest
    ("started", re.compile(rf"\b(?:start|begin|commence|open|launch)(?:s|ed)?\s+(?:by|no\s+later\s+than)\s+"
                           rf"(?:{_CLOCK}\s+(?:on\s+)?)?(?:the\s+)?$", re.I)),
    ("ended", re.compile(rf"\b(?:by|no\s+later\s+than|not\s+later\s+than|(?:runs?|running|ran|extends?|extended|lasts?|"
                         rf"lasting|continues?|continuing)\s+(?:to|through|into))\s+(?:{_CLOCK}\s+(?:on\s+)?)?(?:the\s+)?$|"
                         # (round 21) "by the monumental year of 2030": a target year
                         r"\bby\s+the\s+(?:[a-z]+\s+){0,2}year\s+(?:of\s+)?$|"
                         # (round 123) the day a company's accounting period ends: "in the year to March 31", "for the
                         # 52 weeks ending March 31, 2018", "the financial year ended 31 March"
                         r"\b(?:year|period|months|weeks|quarter|half(?:-year)?)\s+(?:to|ending|ended)\s+(?:the\s+)?$", re.I)),
    # (round 21) "Co said on Friday", "announced on 5 June": the day something was said
    ("announced", re.compile(r"\b(?:said|announced|confirmed|disclosed|revealed|stated)\s+(?:on\s+)?$", re.I)),
    ("started", re.compile(r"\b(?:on\s+or\s+after|with\s+effect\s+from|as\s+of|effective)\s+(?:the\s+)?$", re.I)),
]
# a date whose own words say its role: "the end of 2014", "the start of next year"
_OWN_WORDS = [("ended", re.compile(r"(?:the\s+)?(?:end|close)\b", re.I)),
              ("started", re.compile(r"(?:the\s+)?(?:start|beginning)\b", re.I))]


# (round 18) a date alone on a line at the head of a page, perhaps with a time: the page's dateline ("September 1,
# 2017", "26 Apr 2017 07:30"), when the text was put out
_DATELINE_REACH = 400
_DATELINE_REST = re.compile(r"[ \t]*(?:,?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm|GMT|BST|JST))?)?[ \t]*(?:\n|$)", re.I)


# (round 21) a wire story's dateline: a place in capitals, a comma, then the date ("TOKYO, June 5", "LONDON, 3 March")
_PLACE_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'-]{2,30}(?:\([A-Za-z ]{2,20}\))?,[ \t]*$")
# (round 21) a form's field name on the line above its date ("Deadline\n25/10/2021 12:00 pm", "Opening date\n1 May 2024")
_FIELD_ABOVE = [("ended", re.compile(r"(?:deadline|closing\s+date|closes|close\s+date|end\s+date|submission\s+deadline)"
                                     r"[ \t]*:?[ \t]*\n[ \t]*$", re.I)),
                ("started", re.compile(r"(?:opening\s+date|opens|open\s+date|start\s+date|launch\s+date)[ \t]*:?[ \t]*\n[ \t]*$",
                                       re.I))]


def _is_dateline(text: str, start: int, end: int) -> bool:
    if start > _DATELINE_REACH:
        return False
    if _PLACE_DATELINE_BEFORE.search(text, max(0, start - 40), start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(_DATELINE_REST.match(text, end))


def _field_label(text: str, start: int) -> str | None:
    """The role a form's field name on the line right above the date gives it."""
    for label, rx in _FIELD_ABOVE:
        if rx.search(text, max(0, start - 40), start):
            return label
    return None


# (round 81) Japanese news: a date the verb of telling follows ("英メディアが10日報じた", "ことが19日分かった"), a date
# after the topic whose sentence ends in that verb ("富士通は2015年8月5日、…を受注したと発表した"), and a wire
# dateline ("[英国ロンドン発6月20日]")
_JA_TOLD_AFTER = re.compile(r"\s*(?:に|、)?\s*(?:報じ|分かっ|わかっ|明らかにし|発表し|公表し|伝え)")
_JA_TOPIC_BEFORE = re.compile(r"[はが]\s*$")
_JA_TOLD_AT_END = re.compile(r"(?:と|を)\s*(?:発表|明らかに|公表)し(?:た|ました|ている|ています)[。」]?\s*$")
_JA_DATELINE_BEFORE = re.compile(r"[\[［【(（][^\]］】)）\n]{1,20}発\s*$")


_DAY_OR_MONTH = re.compile(r"[月日]$")   # (review 40: "2025年度" is a period, never the day something was told)


def _japanese_told(text: str, start: int, end: int, sentence_end: int) -> bool:
    if _JA_TOLD_AFTER.match(text, end) or _JA_DATELINE_BEFORE.search(text, max(0, start - 24), start):
        return True
    if not (_JA_TOPIC_BEFORE.search(text, max(0, start - 2), start) and text.startswith("、", end)):
        return False
    stop = text.find("。", end, sentence_end)   # (the sentence's first full stop: the sentence may run on)
    stop = sentence_end if stop < 0 else stop + 1
    return bool(_JA_TOLD_AT_END.search(text, max(end, stop - 30), stop))


def guess_label(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str | None:
    """The role of the date at text[start:end]: from its own words ("the end of 2014") or the
    words right before it ("by 5 May"), else from the nearest telling word in its sentence:
    "opens on 1 May and closes on 30 June" gives started, then ended."""
    field = _field_label(text, start)
    if field is not None:
        return field
    if _is_dateline(text, start, end):
        return "announced"
    for label, rx in _OWN_WORDS:
        if rx.match(text, start, end):
            return label
    if _DAY_OR_MONTH.search(text, start, end) and _japanese_told(text, start, end, sentence_end):
        return "announced"
    lo = max(sentence_start, start - _LABEL_REACH)
    for label, rx in _RIGHT_BEFORE:
        if rx.search(text[lo:start]):
            return label
    best: tuple[int, int, str] | None = None
    # only the words near the date: a sentence holding thousands of dates stays linear
    lo, hi = max(sentence_start, start - _LABEL_REACH), min(sentence_end, end + _LABEL_REACH)
    for rank, (label, rx) in enumerate(_LABELS):
        for m in rx.finditer(text, lo, hi):
            if start <= m.start() < end:
                continue   # "from" inside "from 2024 to 2026" is the date's own word
            if m.re.groupindex.get("post") and m.group("post") and m.end() <= start:
                continue   # Japanese から/より/まで follow their date: "1月19日より2月23日まで"
            # a word after the date counts as a little further than one before it at the same
            # distance: "runs from 1 March until 31 May" starts on 1 March (Japanese particles
            # after their date are the date's own: not moved)
            distance = start - m.end() if m.end() <= start else m.start() - end + (
                0 if m.re.groupindex.get("post") and m.group("post") else _AFTER_PENALTY)
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, label)
    return best[2] if best else None


def find_dates(text: str, document_date: date | None, sentence_of) -> list[DateProposal]:
    """Every date in ``text``; ``sentence_of(start, end)`` gives the (start, end) of the sentence."""
    claimed = bytearray(len(text))
    out: list[DateProposal] = []
    # a sentence full of dates is copied once, not once per date in it (each date's label is
    # read from the words near it, within a bounded reach)
    sentences: dict[tuple[int, int], str] = {}
    for name, rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(claimed[m.start():m.end()]):
                continue
            s_start, s_end = sentence_of(m.start(), m.end())
            if (s_start, s_end) not in sentences:
                sentences[s_start, s_end] = text[s_start:s_end]
            sentence = sentences[s_start, s_end]
            resolved = _resolve(name, m, document_date, sentence)
            if resolved is None:
                continue
            pd, extra = resolved
            claimed[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append(DateProposal(
                id="", text=m.group(), start=m.start(), end=m.end(), value=pd.value,
                precision=pd.precision, sentence_start=s_start, sentence_end=s_end,
                sentence=sentence, label=guess_label(text, m.start(), m.end(), s_start, s_end), **extra))
    out.sort(key=lambda p: p.start)
    for a, b in zip(out, out[1:]):   # "Monday 5th September to Monday 3rd October 2022"
        if _RANGE_JOIN.fullmatch(text, a.end, b.start) or (
                _BETWEEN_AND.fullmatch(text, a.end, b.start) and _BETWEEN.search(text, max(0, a.start - 20), a.start)):
            a.label, b.label = "started", "ended"
    for i, p in enumerate(out, 1):
        p.id = f"d{i}"
    return out


_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|-|–|—|−|－|から|より|〜|～|~)\s*", re.I)   # (round 130: − and －)
_BETWEEN_AND = re.compile(r"\s+and\s+", re.I)   # "between 2023 and the first half of 2025"
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)


_JA_DATELINE = re.compile(r"[ \t\u3000]*(?:発表日|公開日|更新日|掲載日|日付)?[：:]?[ \t\u3000]*(?P<y>(?:19|20)\d\d)年(?P<m>1[0-2]|0?[1-9])月"
                          r"(?P<d>3[01]|[12]\d|0?[1-9])日[ \t\u3000]*(?:[(（][月火水木金土日][)）])?[ \t\u3000]*")


# (session 30) a release's dateline opening a paragraph: a place in capitals or title case, perhaps its country, then
# the date and a dash, colon, bracket or slash ("LONDON, 12 March 2025 —", "DIDCOT, UK, May 24, 2021 (Astroscale UK
# PR) –", "TOKYO, Japan, March 3, 2020 /PRNewswire/")
_PLACE_DATELINE = re.compile(
    rf"(?m)^[ \t]*[A-Z][A-Za-z.'-]+(?:[ -][A-Z][A-Za-z.'-]+){{0,3}}(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+){{0,2}})?,"
    rf"[ \t]*(?:(?P<d>[0-3]?\d){_ORD}[ \t]+(?P<mon>{_MON})[ \t]+(?P<y>{_YEAR})|"
    rf"(?P<mon2>{_MON})[ \t]+(?P<d2>[0-3]?\d){_ORD},?[ \t]+(?P<y2>{_YEAR}))[ \t]*(?:[—–:(/]|-{{1,2}}[ \t])")


def infer_document_date(text: str) -> PartialDate | None:
    """The document's own date when it prints one: "Published 16 December 2024", or
    "today (Monday 15 May)" with the year whose weekday fits among the years the text mentions."""
    m = re.search(rf"\b(?:Published|Updated|Issued|Released|Date)\s*:?\s*(?:on\s+)?(?:{_DAYNAME},?\s+)?"
                  rf"(?P<d>[0-3]?\d){_ORD}\s+(?P<mon>{_MON})\s+(?P<y>{_YEAR})", text, re.IGNORECASE)
    if m:
        return _pd(int(m["y"]), _month(m["mon"]), int(m["d"]))
    m = re.search(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b", text[:400])
    if m:
        return _pd(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _PLACE_DATELINE.search(text[:2000])
    if m:
        return _pd(int(m["y"] or m["y2"]), _month(m["mon"] or m["mon2"]), int(m["d"] or m["d2"]))
    for line in text.split("\n")[:6]:   # a dateline standing alone near the top
        m = re.fullmatch(rf"\s*(?:{_DAYNAME},?\s+)?(?P<d>[0-3]?\d){_ORD}\s+(?P<mon>{_MON})\s+(?P<y>{_YEAR})\s*", line)
        if m:
            return _pd(int(m["y"]), _month(m["mon"]), int(m["d"]))
        # (session 29) a Japanese page's dateline, "2025年4月1日" or "2025年4月1日(火)", alone on its line
        m = _JA_DATELINE.fullmatch(line)
        if m:
            return _pd(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _PATTERNS[0][1].search(text)
    if m and m["wd"]:
        month, day = _month(m["mon"]), int(m["d"])
        if m["y"]:
            return _pd(int(m["y"]), month, day)
        years = sorted({int(y) for y in re.findall(rf"(?<!\d){_YEAR}(?!\d)", text)}, reverse=True)
        for y in years + [y - 1 for y in years] + [y + 1 for y in years]:
            if _weekday_is(y, month, day, m["wd"]):
                return _pd(y, month, day)
    return None
