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
from .tables import table_figures

CURRENCY_SYMBOLS = {"£": "GBP", "$": "USD", "US$": "USD", "U.S.$": "USD", "€": "EUR", "¥": "JPY",
                    "JP¥": "JPY", "￥": "JPY", "円": "JPY", "C$": "CAD", "CA$": "CAD", "A$": "AUD",
                    "AU$": "AUD", "CN¥": "CNY", "₩": "KRW", "Y": "JPY",
                    # the country after the sign, as Australian and Asian copy writes it: "$US150 million"
                    "$US": "USD", "$CA": "CAD", "$AU": "AUD", "$A": "AUD",
                    # old trade-press archives write the pound as "UKP" ("UKP400m"), only straight before a digit
                    # (a sign lost to U+FFFD stays unread: which sign it was the text does not show)
                    "UKP": "GBP",
                    # (round 22) a sign a page kept as its HTML entity ("&pound;15,000", "&#163;", "&yen;", "&euro;")
                    "&POUND;": "GBP", "&#163;": "GBP", "&YEN;": "JPY", "&#165;": "JPY", "&EURO;": "EUR",
                    "&#8364;": "EUR",
                    # (round 161) a UTF-8 sign a page was read back from as a single-byte code page, as some stored
                    # copies are: "Â£" and "ÂŁ" (£ through Windows-1252 and Windows-1250), "Â¥" (¥), "â‚¬" (€)
                    "Â£": "GBP", "ÂŁ": "GBP", "Â¥": "JPY", "â‚¬": "EUR",
                    # (round 163) the pound as old British newspaper archives keep it, a "#" (see _SYM)
                    "#": "GBP",
                    # (session 38) the other dollars a sign's country letters name ("NZ $7 million", "S$260.6
                    # million", "HK$5bn", "NT$3 billion") and the rupee ("Rs 2,800 crore", "₹500 crore"); a "$" right
                    # after letters no entry names ("R$", "MX$") is not read at all: which dollar it is the reader
                    # cannot tell, and a US dollar it is not
                    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "SG$": "SGD", "NT$": "TWD", "₹": "INR", "RS": "INR",
                    "RS.": "INR"}
ISO_CODES = ("GBP", "JPY", "USD", "EUR", "CAD", "AUD", "CHF", "CNY", "KRW", "NZD", "HKD", "SGD", "INR", "TWD", "SEK",
             "NOK", "DKK")
CURRENCY_WORDS = {"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yen": "JPY",
                  "british pound": "GBP", "british pounds": "GBP",
                  "japanese yen": "JPY", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
                  "canadian dollars": "CAD", "canadian dollar": "CAD", "australian dollars": "AUD",
                  "australian dollar": "AUD", "euro": "EUR", "euros": "EUR", "swiss francs": "CHF",
                  "swiss franc": "CHF", "francs": "CHF", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
                  "won": "KRW", "korean won": "KRW", "us dollar": "USD", "franc": "CHF",
                  "new zealand dollars": "NZD", "new zealand dollar": "NZD", "hong kong dollars": "HKD",
                  "hong kong dollar": "HKD", "singapore dollars": "SGD", "singapore dollar": "SGD", "rupees": "INR",
                  "rupee": "INR", "indian rupees": "INR", "indian rupee": "INR",
                  **{code.lower(): code for code in ISO_CODES}}
# Japanese text: 円 ドル ポンド ユーロ after a number, with 万 (10^4), 億 (10^8), 兆 (10^12) from SCALES; the
# country may stand before the currency's name, in kanji or in Latin letters ("2億UKポンド", "5億豪ドル")
JAPANESE_CURRENCIES = {"円": "JPY", "ドル": "USD", "ポンド": "GBP", "ユーロ": "EUR", "元": "CNY", "ウォン": "KRW",
                       "英ポンド": "GBP", "米ドル": "USD", "英国ポンド": "GBP", "UKポンド": "GBP", "米国ドル": "USD",
                       # (round 51) the country's name in katakana: "100万イギリスポンド", "アメリカドル"
                       "イギリスポンド": "GBP", "アメリカドル": "USD", "オーストラリアドル": "AUD",
                       "USドル": "USD", "豪ドル": "AUD", "豪州ドル": "AUD", "カナダドル": "CAD", "加ドル": "CAD",
                       "人民元": "CNY", "スイスフラン": "CHF", "韓国ウォン": "KRW",
                       "NZドル": "NZD", "ニュージーランドドル": "NZD", "香港ドル": "HKD", "シンガポールドル": "SGD",
                       "台湾ドル": "TWD", "ルピー": "INR", "インドルピー": "INR"}
_JA_CURRENCY = "|".join(sorted(map(re.escape, JAPANESE_CURRENCIES), key=len, reverse=True))
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "hundred": 100, "half a": Decimal("0.5")}

# Digits (ASCII or fullwidth: "１２億円"): grouped by a comma (or the fullwidth "，"), thin/no-break space
# or a plain space (only in groups of exactly three, so "£5 2023" is never read as 52023), or ungrouped,
# with an optional decimal part.
# (round 80) The decimal point may be a raised dot, as British trade press writes it ("£1·97bn", "£8·5m"), or,
# before a Japanese unit, the katakana middle dot Japanese newspapers use ("2・4億ポンド"); elsewhere "・" joins
# two items ("2010・11年度") and is no decimal point.
_DECIMAL = r"(?:[.\u00b7]|\u30fb(?=\d+[ \u3000]?[兆億万]))\d+"
_NUM = rf"\d{{1,3}}(?:(?:[,，]|[ \u00a0\u202f](?=\d{{3}}(?!\d)))\d{{3}})+(?:{_DECIMAL})?(?!\d)|\d+(?:{_DECIMAL})?"
_WORDNUM = r"half\ a|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
# "mm" (finance: thousand thousand) and "mil." are millions too: "$250mm", "$10 mil."
# (round 29: wire copy's "bln" and "trln", "$12.3 bln"; round 50: trade press's "trn", "The JPY 156.4trn GPIF")
# (session 38: Indian copy's "crore", ten million, and "lakh", a hundred thousand: "Rs 2,800 crore (£339 million)")
SCALE_WORDS = r"thousand|million|billion|trillion|lakh\ crore|crores?|lakhs?|mln|bln|trln|trn|mm|mn|mil|bn|tn|m|k|b"
_EXTRA_SCALES = {"mm": 10 ** 6, "mil": 10 ** 6, "bln": 10 ** 9, "trln": 10 ** 12, "trn": 10 ** 12, "crore": 10 ** 7,
                 "crores": 10 ** 7, "lakh": 10 ** 5, "lakhs": 10 ** 5, "lakh crore": 10 ** 12}
# (session 28) a dollar's code written before its sign, as some copy doubles them: "USD $754 million", "CAD $2m"
_SYM = (r"(?-i:USD|CAD|AUD|NZD|HKD|SGD)\s?\$|US\$|U\.S\.\$|JP¥|CN¥|CA\$|AU\$|C\$|A\$|(?-i:\$(?:US|CA|AU|A))(?=\s?\d)"
        r"|(?-i:(?<![A-Za-z'’.])(?:(?:NZ|HK|SG|NT)[ \u00a0]?|S)\$)|(?-i:(?<![A-Za-z])Rs\.?)(?=[ \u00a0]?\d)|[£$€¥￥₩₹]"
        r"|&(?:pound|yen|euro|#163|#165|#8364);(?=\s?\d)"
        r"|(?:Â£|ÂŁ|Â¥|â‚¬)(?=\s?\d)"
        # (round 163) "#7.2m", "#400,000": only before a scaled number or one grouped in thousands from 10,000, so that
        # "Cask #5627", "coupon #22", "issue #1,234" and "#1 in the charts" stay numbers
        r"|(?<![\w#&])#(?=\d[\d,]*(?:\.\d+)?\s?(?:million|billion|bn|m|k)\b|\d{2,3},\d{3}(?![\d,])|\d{1,3}(?:,\d{3}){2,}(?![\d,]))"
        r"|(?-i:(?<![A-Za-z])UKP)(?=\d)"
        # (round 112) a capital Y for yen, as City copy writes it, only before a scaled number ("Y10 billion (£56
        # million)", "Y1.8 trillion", "Y350bn"; "Y2K", "Y10 pupils" and a share's "Y440" are no such figure)
        r"|(?-i:(?<![\w'’.$£€¥])Y)(?=\d[\d,]*(?:\.\d+)?\s?(?:billion|million|trillion|bn|tn|mn|m)\b)")
# (session 38: the codes added then only in capitals, "sek" and "nok" being words and surnames' ends)
_ISO = "|".join(ISO_CODES[:9]) + "|RMB|(?-i:" + "|".join(ISO_CODES[9:]) + ")"
# a currency named after the number; "Japanese Yen" before "yen", "Canadian dollars" before "dollars"
_CURWORD = (r"(?:british\ )?pounds?(?:\ sterling)?|(?:japanese\ )?yen|"
            r"(?:(?:us|canadian|australian|new\ zealand|hong\ kong|singapore)\ )?dollars?|euros?|"
            r"(?:swiss\ )?francs?|yuan|renminbi|(?:korean\ )?won(?=\W|$)|(?:indian\ )?rupees?|" + _ISO + "|円")
_OKU = r"oku[\s-]yen"
# Japanese units after a number: "1億1,900万", "6千億", "1 兆 3,084 億" (falling)
# (a wrapped line may part a number from its unit, or a unit from the next part: "800\n万ポンド", "1億\n2,000万円";
# a blank line may not)
# ("19百万ポンド", "百万円": 百 before 万 is a hundred of them, a million, as companies' accounts write it)
# ("1.95 百万英ポンド": a space may part the number from 百万, as a company's release writes it)
_JA_UNITS = rf"(?:(?:{_NUM})(?:[ \u3000]?千|[ \u3000]?百(?=万))?(?:[ \u3000]|\n(?=[兆億万]))?[兆億万](?:[ \u3000]|\n(?=\d))?){{1,3}}(?:(?:{_NUM})千?)?"
# one figure; named groups: sym/iso (before), num or wnum, scale, word (after), or Japanese
_ONE = (
    # a symbol before Japanese units: "£1億8,300万", "£13億" (Japanese press writing sterling)
    rf"(?P<jsym>{_SYM}|(?-i:GBP|USD|EUR|JPY)[ \u00a0]?)(?P<jnum2>{_JA_UNITS})"
    # a currency word before the number, as old newspaper copy writes it: "pounds 150m", "pounds 3.7bn", and as an
    # archive writes the pound sign it lost: "Pounds sterling 50 million", "Pounds sterling 40-million" (round 20)
    # (a scale or grouped digits: "pounds 2" after a weight is no sum)
    rf"|\b(?P<wb>pounds(?:[\s\u00a0]+sterling)?|yen|euros?|dollars)[\s\u00a0](?P<num5>{_NUM})(?:[\s\u00a0-]?(?P<scale5>{SCALE_WORDS})\b)?"
    # "L10 million": the pound sign as ASCII wire copy writes it (only with a scale word)
    rf"|(?<![A-Za-z0-9])L(?P<num6>{_NUM})[\s\u00a0]?(?P<scale6>million|billion|bn|m)\b"
    # pence: "20 pence", "3.78p", "45p a share" ("Step 1p" is no sum: a bare "p" needs decimals or "a"/"per" after)
    rf"|(?<![\w.,£$€¥])(?P<pnum>\d{{1,4}}(?:\.\d+)?)(?:(?<=\.\d)p\b(?!\.\w)|(?<=\.\d\d)p\b(?!\.\w)|"
    rf"p(?=\s+(?:a|per)\s)|[\s\u00a0]pence\b)"
    # (round 81: a hyphen may join the scale, as some wire copy writes it: "$1.05-billion"; round 92: or its letter alone,
    # "US$300-M")
    # (round 105: a stored page may glue the next capitalised word to the scale: "$50 millionSeries D round",
    # "£31 billionLink is external")
    # (round 124: Japanese goes on right after the scale's letter: "£600m規模を調達", "£125mの大学発ベンチャーへの投資")
    rf"|(?:(?P<sym>{_SYM})\s?|(?<![A-Za-z])(?P<iso>{_ISO})[\s\u00a0]?)(?P<num>{_NUM})(?:(?:[\s\u00a0]|-(?=[a-z]{{2}}|[MBmb]\b))?(?P<scale>{SCALE_WORDS})(?:\b|(?<=illion)(?=(?-i:[A-Z][a-z]))|(?=[\u3040-\u30ff\u3400-\u9fff])))?"
    rf"(?:[\s-](?P<word_after_sym>pounds?|yen|dollars?|euros?)\b|[\s\u00a0](?P<code_after>{_ISO})\b)?"
    # (none starts inside a run of digits: trying each of its positions would rescan the run)
    # Japanese: "1億1,900万ポンド", "約2兆6,355億8,200万円", "6千億円", "1 兆 3,084 億円" (units in falling order)
    rf"|(?<!\d)(?P<jnum>{_JA_UNITS}|(?:{_NUM})千?)"
    rf"[ \u3000]?(?P<jcur>{_JA_CURRENCY})"
    rf"|(?<!\d)(?P<num3>{_NUM})(?:[\s\u00a0-]*(?P<scale3>{SCALE_WORDS})\b)?[\s\u00a0-]*(?P<oku>{_OKU})\b"
    rf"|(?<!\d)(?P<num2>{_NUM})(?:[\s\u00a0-]*(?P<scale2>{SCALE_WORDS})\b)?[\s\u00a0-]*(?P<word>{_CURWORD})(?![A-Za-z])"
    rf"|\b(?P<wnum>{_WORDNUM})[\s-]+(?P<wscale>thousand|million|billion|trillion)[\s-]+(?P<wword>{_CURWORD})(?![A-Za-z])"
)
_FIGURE = re.compile(_ONE, re.IGNORECASE)
_JA_CURRENCY_AFTER = re.compile(_JA_CURRENCY)
# the second half of a compact range: "-£400,000", "to 95,000", "–2 million", "and £2m"
_RANGE_TAIL = re.compile(   # (session 31: "between £10,000 and up to £40,000")
    rf"\s*(?P<conn>-|–|—|〜|～|to|and|から)\s*(?:up\s+to\s+)?(?:(?P<sym>{_SYM})\s?|(?P<iso>{_ISO})\s?)?(?P<num>{_NUM})"
    rf"(?:[\s\u00a0]?(?P<scale>{SCALE_WORDS})\b)?(?:[\s-]*(?P<word>{_CURWORD})(?![A-Za-z]))?", re.IGNORECASE)
_BARE_RANGE_HEAD = re.compile(rf"(?P<num>{_NUM})(?:[\s\u00a0]?(?P<scale>{SCALE_WORDS})\b)?$", re.IGNORECASE)

_QUALIFIERS = [  # (regex on the words just before the figure, qualifier)
    (r"just\s+(?:over|above)|slightly\s+more\s+than|a\s+little\s+over", "just_over"),
    (r"up\s+to|as\s+much\s+as|a\s+maximum\s+of|capped\s+at|no\s+more\s+than|a\s+ceiling\s+of|less\s+than|under", "up_to"),
    (r"at\s+least|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than", "at_least"),
    # (round 66: not the "over" of a verb, "turning over £13.5bn" is its turnover, "handed over £5m" money given)
    (r"more\s+than|(?<!\bturn\s)(?<!\bturns\s)(?<!\bturned\s)(?<!\bturning\s)(?<!\bhand\s)(?<!\bhands\s)(?<!\bhanded\s)"
     r"(?<!\bhanding\s)over|in\s+excess\s+of|upwards\s+of|above", "more_than"),
    # (a tilde or "≈" before the figure is "about": "~EUR 1.28 billion (~USD 1.34bn)")
    (r"approximately|approx\.?|about|around|roughly|some|circa|c\.|ca\.|nearly|almost|an\s+estimated|estimated|just\s+under|close\s+to|or\s+about|or\s+around|or\s+approximately|or\s+roughly|~|≈", "approximately"),
]
_QUALIFIER_RE = [(re.compile(rf"(?:^|(?<=[\s(]))(?:{pat})\s*$", re.IGNORECASE), q) for pat, q in _QUALIFIERS]
_CHANGE_WORDS = re.compile(r"\b(?:from|rose|risen|rising|increased?|increasing|raised|grew|grown|"
                           r"fell|fallen|cut|reduced|revised|up|down|doubled)\s+(?:\w+\s+){0,2}$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# (round 69) "from X to Y" after a word of range or a dash is a range, not a change: "They will range from £250k to
# £2.5m", "Funding – from £250,000 to £2.5 million will be given"
# (review 35: a change verb before the dash keeps it a change: "trade has grown - from £10bn to £14bn")
_CHANGE_VERB_BEFORE = re.compile(r"\b(?:rose|risen|rising|increased?|increasing|grew|grown|growing|fell|fallen|falling|cut|"
                                 r"reduced|doubled|jumped|climbed|dropped|went)\b[^.;]{0,20}(?:[–—:]|\s-)\s+from\s", re.I)
_RANGE_FROM = re.compile(r"(?:\brang(?:e|es|ed|ing)|\bvar(?:y|ies|ied|ying)|\banywhere|[–—:]|\s-)\s+from\s+(?:\w+\s+){0,2}$", re.I)
# how far back "between" or a change word ("rose from") is looked for: a bounded window keeps a long
# line of many ranges linear
_LOOK_BACK = 100

_YEARS_WORD = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
_BASES = [
    (re.compile(rf"^[\s,]*(?:a|per|each)\s+year\s+for\s+(?:the\s+next\s+)?{_YEARS_WORD}\s+years\b", re.I), "per_year"),
    (re.compile(r"^[\s,]*(?:per\s+(?:year|annum)|a\s+year|each\s+year|annually|yearly|every\s+year|p\.a\.|pa\b)", re.I), "per_year"),
    (re.compile(rf"^[\s,]*(?:over|across|spread\s+over|during)\s+(?:the\s+next\s+|a\s+)?{_YEARS_WORD}[\s-]+years?\b", re.I), "over_years"),
    (re.compile(r"^[\s,]*(?:(?:contribution|grant|award)s?\s+)?(?:each|apiece|per\s+(?:award|project|grant|team|consortium|partner|institution|fellowship|fellow|studentship|university|company|proposal))\b", re.I), "each"),
]
_ANNUAL_BEFORE = re.compile(r"\b(?:annual|yearly)\s+(?:budget|funding|spend|investment|contribution|allocation)s?\s+(?:of\s+)?$", re.I)
# Japanese writes the basis before the figure (session 29, a helper's import walk): "3年間で最大3億円" (over three years),
# "年間2000万円" / "年額" / "毎年" (a year), "1件あたり" / "1課題当たり" / "各" (each); the nearest cue wins
_JA_BASES_BEFORE = [
    (re.compile(r"(?P<n>\d+|[一二三四五六七八九十])\s*(?:年間|か年|カ年|ヵ年|ケ年)(?:で|に|にわたり|にわたって)?\s*(?:総額|合計)?\s*"
                r"(?:最大|最高|上限|約)?\s*$"), "over_years"),
    (re.compile(r"(?:(?<!\d)年間|年額|毎年|年当たり|年あたり|1年当たり|1年あたり)\s*(?:最大|最高|上限|約)?\s*$"), "per_year"),
    (re.compile(r"(?:1|一)\s*(?:件|課題|人|者|名|チーム|プロジェクト|機関)\s*(?:あたり|当たり|につき)\s*(?:年間\s*)?(?:最大|最高|上限|約)?\s*$"), "each"),
]
_JA_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

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
    contributor: str | None = None        # gazetteer slug of the organisation that pays
    converted_from: str | None = None     # id of the figure this one converts
    conversion: str | None = None         # id of this figure's in-text conversion
    amount_text: str = ""                 # the figure alone, without qualifier words
    money_kind: str = "funding"           # funding, investment, trade, market, price, other
    # how the kind was read: "words" (a telling word in its sentence), "sentence before" (none there: the figure of
    # the sentence before, on the same line), "heading" (a bare list item: the heading line above it, ending in a
    # colon), "default" (nothing tells: DEFAULT_KIND; a restatement of the figure with telling words outranks it,
    # merge_repeats), "word model" (the words read another kind, the word model a funding fact: funding_words.promote)
    kind_basis: str = "words"
    side_basis: str | None = None         # clause, gazetteer, currency or word model: how the side was read
    contributor_text: str | None = None   # the words naming the payer, known or not
    # every mention of this figure, (start, end), the first being (start, end) itself: a
    # headline figure repeated in the body is one fact with several pieces of evidence
    evidence: list[tuple[int, int]] = field(default_factory=list)
    # the word model's second opinion (core/extract/funding_words.py): its probability of being a funding fact; when
    # it unticked a figure the rules flagged, the words that weighed against it; when it ticked one the rules read as
    # another kind (kind_basis "word model"), that kind and the words that weighed for it
    funding_score: float | None = None
    funding_doubt: tuple[str, ...] | None = None
    rules_kind: str | None = None
    funding_support: tuple[str, ...] | None = None
    # the side's second opinion (core/extract/side_words.py), set only where it replaced the rules' side (side_basis
    # "word model"): its probability for its side, and the rules' side and basis
    side_score: float | None = None
    rules_side: str | None = None
    rules_side_basis: str | None = None
    kind: str = field(default="money", init=False)

    @property
    def ticked_by_model(self) -> bool:
        """Read as funding by the word model's tick, and still funding (a lender's loan it ticked is not)."""
        return self.kind_basis == "word model" and self.is_funding


def _number(raw: str) -> Decimal:
    return Decimal(re.sub(r"[,，\s\u00a0\u202f]", "", raw).replace("\u00b7", ".").replace("\u30fb", "."))


def _scale(word: str | None) -> int:
    if not word:
        return 1
    return _EXTRA_SCALES.get(word.lower()) or SCALES[word.lower()]


_JA_PART = re.compile(rf"(?P<n>{_NUM})(?:[ \u3000]?(?P<k>千|百(?=万)))?(?:[ \u3000]|\n(?=[兆億万]))?(?P<u>[兆億万])?")


def _japanese_amount(raw: str) -> tuple[Decimal, int] | None:
    """'1億1,900万' → (119000000, 10**8): each part times its unit, the units falling; the
    scale is the first part's unit."""
    amount, last_unit, first_unit = Decimal(0), None, None
    for part in _JA_PART.finditer(raw):
        unit = SCALES[part["u"]] if part["u"] else 1
        if last_unit is not None and unit >= last_unit:
            return None   # "5万3億円" is no number
        times = {"千": 1000, "百": 100}.get(part["k"] or "", 1)
        amount += _number(part["n"]) * times * unit
        last_unit, first_unit = unit, first_unit or unit * (100 if part["k"] == "百" else 1)
    return amount, first_unit or 1


def _symbol(sym: str) -> str | None:
    """The currency of a sign ("$US" and "$us" alike: figures are matched ignoring case; "USD $" as "US$")."""
    sym = re.sub(r"\s+", "", sym)
    if sym.endswith("$") and sym[:-1].upper() in _DOLLAR_CODES:
        return sym[:-1].upper()   # "USD $754 million", "AUD $2m": the code before the sign says which dollar
    return CURRENCY_SYMBOLS.get(sym) or CURRENCY_SYMBOLS.get(sym.upper())


def _word_currency(word: str) -> str:
    w = re.sub(r"\s+", " ", word.lower()).replace(" sterling", "")
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
    japanese: bool = False   # written with 万/億/兆 or a Japanese currency word


_DOLLAR_CODES = {"USD", "CAD", "AUD", "NZD", "HKD", "SGD"}
# A figure of a quadrillion or more, or written with more than 30 digits, is a string of digits,
# not money: no budget comes near it, and its minor units would not fit a database integer.
_MAX_AMOUNT = Decimal(10) ** 15
_MAX_DIGITS = 30


def _read_figure(m: re.Match) -> _Figure | None:
    if len(m.group("num") or m.group("num2") or m.group("jnum") or m.group("num3") or m.group("jnum2")
           or m.group("num5") or m.group("num6") or "") > _MAX_DIGITS:
        return None   # before Decimal arithmetic: a million digits times a scale overflows
    fig = _figure(m)
    if fig is None or fig.amount >= _MAX_AMOUNT:
        return None
    return fig


def _figure(m: re.Match) -> _Figure | None:
    g = m.groupdict()
    if g["jnum2"] is not None:
        raw = g["jnum2"].rstrip(" \u3000")
        read = _japanese_amount(raw)
        if read is None:
            return None
        # (round 23) an ISO code before Japanese units, and the unit's name after them: "GBP1億6842万1ポンド"
        currency = _symbol(g["jsym"]) or g["jsym"].strip().upper()
        end = m.start("jnum2") + len(raw)
        named = _JA_CURRENCY_AFTER.match(m.string, end)
        if named and JAPANESE_CURRENCIES.get(named.group()) == currency:
            end = named.end()
        return _Figure(m.start(), end, read[0], currency, True, raw, read[1], japanese=True)
    if g["num5"] is not None:
        if not g["scale5"] and "," not in g["num5"]:
            return None
        return _Figure(m.start(), m.end(), *_scaled(g["num5"], g["scale5"], _word_currency(g["wb"])))
    if g["num6"] is not None:
        return _Figure(m.start(), m.end(), *_scaled(g["num6"], g["scale6"], "GBP"))
    if g["pnum"] is not None:
        return _Figure(m.start(), m.end(), _number(g["pnum"]) / 100, "GBP", False, g["pnum"])
    if g["num"] is not None:
        if g["sym"] == "$" and m.start() and ("A" <= m.string[m.start() - 1].upper() <= "Z"):
            return None   # "R$ 10", "MX$3m": a dollar of a country the (Latin) letters name, and not the US's
        if (g["sym"] or "").rstrip(".") == "Rs" and not g["scale"] and not re.search(r"[,，]", g["num"]):
            return None   # "the radius Rs 3 km": rupees only with a scale word or grouped digits ("Rs 27,270")
        currency = _symbol(g["sym"]) if g["sym"] else CURRENCY_WORDS[g["iso"].lower()]
        code_after = (g["code_after"] or "").upper().replace("RMB", "CNY")
        if code_after:
            # "$500,000 CAD": the code says which dollar; a code that contradicts the symbol
            # ("£5 USD") is not part of this figure
            if g["sym"] == "$" and code_after in _DOLLAR_CODES:
                currency = code_after
            elif code_after != currency:
                return _Figure(m.start(), m.start("code_after") - 1, *_scaled(g["num"], g["scale"], currency))
        scale = g["scale"]
        if scale and scale.lower() == "b" and not g["sym"]:
            return None
        return _Figure(m.start(), m.end(), *_scaled(g["num"], scale, currency))
    if g["jnum"] is not None:
        read = _japanese_amount(g["jnum"])
        if read is None:
            return None
        amount, unit = read
        return _Figure(m.start(), m.end(), amount, JAPANESE_CURRENCIES[g["jcur"].upper()],
                       unit > 1 or "千" in g["jnum"], g["jnum"], unit, japanese=True)
    if g["num3"] is not None:   # "5 oku-yen": 億 written in Latin letters
        amount, _c, _h, raw, scale = _scaled(g["num3"], g["scale3"], "JPY")
        return _Figure(m.start(), m.end(), amount * 10 ** 8, "JPY", True, raw, scale * 10 ** 8)
    if g["num2"] is not None:
        return _Figure(m.start(), m.end(), *_scaled(g["num2"], g["scale2"], _word_currency(g["word"])))
    value = NUMBER_WORDS[re.sub(r"\s+", " ", g["wnum"].lower())]
    return _Figure(m.start(), m.end(), Decimal(value) * _scale(g["wscale"]),
                   _word_currency(g["wword"]), True, g["wnum"], _scale(g["wscale"]))


def _scaled(raw: str, scale: str | None, currency: str) -> tuple[Decimal, str, bool, str, int]:
    """(amount, currency, has_scale, raw number, scale) for a number and its scale word."""
    return _number(raw) * _scale(scale), currency, bool(scale), raw, _scale(scale)


def _try_range(text: str, fig: _Figure, line_start: int) -> tuple[_Figure, Decimal] | None:
    """A figure followed by "-£400,000", "to 95,000", "and £2m" (after "between") → range."""
    tail = _RANGE_TAIL.match(text, fig.end)
    if not tail:
        return None
    before = text[max(line_start, fig.start - _LOOK_BACK):fig.start]
    conn = tail.group("conn").lower()
    between = bool(_BETWEEN.search(before))
    if conn == "and" and not between:
        return None  # "£4.5m from EPSRC and £5.2m from JST" is two figures
    if conn == "to" and _CHANGE_WORDS.search(before) and not between and not (
            _RANGE_FROM.search(before) and not _CHANGE_VERB_BEFORE.search(before)):
        return None  # "raised from £1m to £4m" is a change, not a range
    if conn == "から" and (not (tail.group("sym") or tail.group("iso")) or _JA_CHANGE_AFTER.match(text, tail.end())
                          or _JA_YEAR_OF_BEFORE.search(before)):
        return None  # (round 67) "助成額は£7,000 から£15,000 で" is a range; "£5m から£7m へ増加" a change
    other_currency = tail.group("sym") or tail.group("iso") or tail.group("word")
    if other_currency:
        cur = _symbol(other_currency) or _word_currency(other_currency.replace("RMB", "CNY"))
        if cur != fig.currency:
            return None
    high_scale = tail.group("scale")
    if len(tail.group("num")) > _MAX_DIGITS:
        return None
    high = _number(tail.group("num")) * _scale(high_scale)
    if high >= _MAX_AMOUNT:
        return None
    low = fig.amount
    if (not fig.has_scale and high_scale and not tail.group("word") and fig.raw_num.replace(".", "").isdigit()
            and fig.amount * _scale(high_scale) < high):
        # "£1-2 million", "$6.1–$6.14 billion": the scale written once applies to both ends
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


_RANGE_HEAD = re.compile(rf"(?P<num>{_NUM})(?:[\s\u00a0]?(?P<scale>{SCALE_WORDS})\b)?\s*(?P<conn>-|–|—|to|and)\s*$",
                         re.IGNORECASE)


def _try_range_back(text: str, fig: _Figure, line_start: int) -> tuple[int, Decimal] | None:
    """'10-20 billion yen', 'between 5 and 10 million euros': the low end has no currency."""
    window_start = max(line_start, fig.start - 40)
    head = _RANGE_HEAD.search(text, window_start, fig.start)
    if not head or head.end() != fig.start:
        return None
    if head.start() > 0 and (text[head.start() - 1].isalnum() or text[head.start() - 1] in "£$€¥.,"):
        return None
    before = text[max(line_start, head.start() - _LOOK_BACK):head.start()]
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


# the low end of a Japanese range, written before the figure: "300万～500万ポンド", "100~1000億円", "3億から5億円"
_JA_RANGE_HEAD = re.compile(rf"(?P<low>{_JA_UNITS}|(?:{_NUM})千?)[ \u3000]*(?:～|〜|~|－|-|–|から)[ \u3000]*$")
# a range whose low end carries its own equivalent in brackets: "300万ポンド(6億9,000万円)から500万ポンド",
# "£3m ($4m) to £5m"; the bracket's figure is left inside the range (the high end's own bracket,
# after it, is still linked as the range's conversion)
_BRACKET_RANGE_GAP = re.compile(r"[ \u3000]*[(（][^()（）\n]{1,40}[)）][ \u3000]*(?:から|～|〜|~|to|-|–|—)[ \u3000]*", re.I)


def _try_range_japanese(text: str, fig: _Figure, line_start: int) -> tuple[int, Decimal] | None:
    """'300万～500万ポンド': the low end has no currency, and takes the high end's unit when it has none."""
    head = _JA_RANGE_HEAD.search(text, max(line_start, fig.start - 40), fig.start)
    if not head or head.end() != fig.start:
        return None
    if head.start() > 0 and (text[head.start() - 1].isdigit() or text[head.start() - 1] in ",."):
        return None
    read = _japanese_amount(head.group("low"))
    if read is None:
        return None
    low, unit = read
    if unit == 1 and "千" not in head.group("low"):
        low *= fig.scale
    if low >= fig.amount:
        return None
    return head.start(), low


# (round 13) a Japanese range whose two ends both carry the currency: "2,000ポンドから9,000ポンド", "約32万円〜150万円"
_JA_FULL_RANGE_GAP = re.compile(r"[ \u3000]*(?:から|～|〜|~)[ \u3000]*(?:約|およそ)?[ \u3000]*")
# "…から…へ増加", "…から…に減少": one end of a change, not a range; (round 67) and after a compact "from X to Y" range
# the change goes on to where it went, "£5m から£7m へ増加", "に拡大" (_RANGE_TAIL's reading uses this one pattern too)
# (round 154: or "became" it, "17億8,900万ポンドから19億7,400万ポンドとなる", "…から、1億5,920万ポンドとなり", or rose by
# a share, "…から2億6,000万ポンドと13%増加した")
_JA_CHANGE_AFTER = re.compile(r"[ \u3000]*(?:(?:へ|に|まで)[^。、]{0,6}?(?:増|減|拡|縮|上|下|伸|落|倍|半)|[とに]な(?:る|り|った|って)|"
                              r"と[^。、]{0,10}?(?:増|減|拡|縮|伸))")
# (round 154) the low end dated by its own year is last year's level, not a range's: "2021/22年度の1億2,670万ポンドから
# 1億4,150万ポンドであった"
_JA_YEAR_OF_BEFORE = re.compile(r"年度?の[ \u3000]*(?:約|およそ)?[ \u3000]*$")


def _try_range_japanese_full(text: str, fig: _Figure) -> tuple[_Figure, Decimal] | None:
    if not fig.japanese:
        return None
    gap = _JA_FULL_RANGE_GAP.match(text, fig.end)
    if not gap or "\n" in gap.group():
        return None
    m = _FIGURE.match(text, gap.end())
    high = _read_figure(m) if m else None
    if (high is None or not high.japanese or high.currency != fig.currency or high.amount <= fig.amount
            or _JA_CHANGE_AFTER.match(text, high.end)
            or _JA_YEAR_OF_BEFORE.search(text, max(0, fig.start - 12), fig.start)):
        return None
    return _Figure(fig.start, high.end, high.amount, fig.currency, True, fig.raw_num, high.scale,
                   fig.japanese), fig.amount


def _try_range_over_bracket(text: str, fig: _Figure, line_start: int) -> tuple[_Figure, Decimal] | None:
    gap = _BRACKET_RANGE_GAP.match(text, fig.end)
    if not gap or not any(ch.isdigit() for ch in gap.group()):
        return None
    if "to" in gap.group().lower() and _CHANGE_WORDS.search(text[max(line_start, fig.start - _LOOK_BACK):fig.start]):
        return None   # "rose from £1m ($1.3m) to £2m" is a change
    m = _FIGURE.match(text, gap.end())
    high = _read_figure(m) if m else None
    if high is None or high.currency != fig.currency or high.amount <= fig.amount:
        return None
    return _Figure(fig.start, high.end, high.amount, fig.currency, True, fig.raw_num, high.scale,
                   fig.japanese), fig.amount


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
    before = text[max(line_start, start - 20):start]
    for rx, basis in _JA_BASES_BEFORE:
        m = rx.search(before)
        if m:
            n = m.groupdict().get("n")
            return basis, (int(n) if n.isdigit() else _JA_NUMERALS[n]) if n else None
    return "total", None


# what opens an equivalent: a bracket, ", or", a dash, or ", equivalent to"; then a hedge, which may be English ("(just
# under £10 million)": what is left of it once the figure took "under"), or Japanese ("(およそ1000億円)")
# (round 27: a Japanese comma before the yen, "約45億ポンド、日本円で約5,400億円", "（日本円換算で約…）"; round 29: a square
# bracket, "£2.5 million [$3.5 million]"; round 58: "700,000ポンド(日本円換算約1億850万円)")
# (round 135: after the currency's own word, "£29.4 million sterling (€46.6 million)")
# (round 152: a stray closing bracket right before the opening one, a typo: "3億3000万ポンド)(約47億円)")
_CONVERSION_OPEN = re.compile(r"(?:\s+sterling)?\s*(?:[)）](?=[(（]))?(?:[(（\[]|,\s*(?=or\s|(?:equivalent|equal)\s+to\b)|—\s*|–\s*|[、,]\s*(?=日本円|円換算))\s*(?:or\s+)?"
                              r"(?:(?:just|slightly|a\s+little)\s+)?"
                              r"(?:(?:approximately|approx\.?|about|around|roughly|some|c\.|ca\.|circa|nearly|almost|"
                              r"(?:equivalent|equal)\s+to(?:\s+(?:about|around|approximately|roughly|some|nearly|almost))?|worth|"
                              r"(?:which\s+)?equates\s+to)\s+|"
                              # (round 118) a Japanese hedge set off by a space, "(約 747億円)"; (round 162) or before a
                              # range, which does not take it into its text, "15億~20億ポンド(約2,475億~3,300億円)"
                              r"[~≈]\s*|(?:おおよそ|およそ|ほぼ)\s*|約[ \t\u3000]*)?(?:(?:(?:日本円|円換算)(?:で|にして|換算で|換算)?|"
                              # (round 143) a country or currency label before the yen: "£600(JPN 67,020円 8月8日のレート)"
                              r"(?:JPN|JPY)[ \t]+|"
                              # (round 90) the moment of the rate: "(設立時の換算で約200億円)"
                              r"(?:[^\s\d()（）、。,]{1,6}の)?換算で|"
                              # (round 127) the day's rate or the moment the sum was counted: "(本日のレートで21万4554円)",
                              # "(着金時点で3,723,886 円)" (review 53: the moment of a payment or a rating, not a past period's
                              # value, "(昨年時点で3億円)")
                              r"(?:[^\s\d()（）、。,]{1,6}の)?レートで|(?:[^\s\d()（）、。,]{1,4}は)?"
                              r"(?:この|その|着金|送金|入金|受領|支払い?|決済|換算|発表|契約|開始|当時|本日|現在)時点で)"
                              r"\s*(?:約|およそ)?\s*)?$", re.I)


# (round 46) a scale word written once after a bracketed equivalent serves both figures: "£1.5 ($1.9) million",
# "up to £3.6 ($4.7) million" (a release's house style; the figure is read over the bracket to its scale word)
_SPLIT_SCALE_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<sym>US\$|[£$€¥])[ \t]?(?P<num>\d[\d,]*(?:\.\d+)?)[ \t]*\)[ \t]*"
                                r"(?P<scale>thousand|million|billion|trillion|mn|bn|m)\b", re.I)


def _split_scale(text: str, fig: _Figure) -> tuple[_Figure, MoneyProposal] | None:
    """The figure read over a bracketed equivalent to the scale word after it, and the equivalent as a figure of its
    own (linked as the conversion when the figures are linked)."""
    m = None if fig.has_scale or fig.japanese else _SPLIT_SCALE_AFTER.match(text, fig.end)
    currency = m and _symbol(m["sym"])
    if not currency or currency == fig.currency:
        return None
    scale = _scale(m["scale"])
    whole = _Figure(fig.start, m.end(), fig.amount * scale, fig.currency, True, fig.raw_num, scale)
    start, end = m.start("sym"), m.end("num")
    equivalent = MoneyProposal(
        id="", text=text[start:end], start=start, end=end, amount=_clean(_number(m["num"]) * scale), amount_min=None,
        currency=currency, qualifier="exact", basis="total", period_years=None, is_funding=True,
        amount_text=text[start:end], evidence=[(start, end)])
    return whole, equivalent


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
        ranged = (_try_range(text, fig, line_start) or _try_range_over_bracket(text, fig, line_start)
                  or _try_range_japanese_full(text, fig))
        qualifier, qstart = _qualifier(text, fig.start, line_start)
        if ranged:
            fig, amount_min = ranged
        else:
            back = (_try_range_japanese if fig.japanese else _try_range_back)(text, fig, line_start)
            if back:
                fig = _Figure(back[0], fig.end, fig.amount, fig.currency, True, fig.raw_num, fig.scale)
                amount_min = back[1]
        if amount_min is not None:
            qualifier = "range"
            look = max(line_start, fig.start - _LOOK_BACK)
            between = _BETWEEN.search(text[look:fig.start])
            qstart = look + between.start() if between else fig.start
        if "\n" in text[fig.start:fig.end] and not _wrapped(text[fig.start:fig.end], fig):
            continue
        split = _split_scale(text, fig) if amount_min is None else None
        if split:
            fig = split[0]
            found.append(split[1])
        if qualifier == "exact":
            qualifier, qstart, fig.end = _japanese_qualifier(text, fig, qualifier, qstart)
        basis, years = _basis(text, fig.start, fig.end, line_start)
        pos = fig.end
        found.append(MoneyProposal(
            id="", text=text[qstart:fig.end], start=qstart, end=fig.end, amount=_clean(fig.amount),
            amount_min=_clean(amount_min) if amount_min is not None else None, currency=fig.currency, qualifier=qualifier, basis=basis,
            period_years=years, is_funding=True, amount_text=text[fig.start:fig.end],
            evidence=[(qstart, fig.end)]))
    taken = [(p.start, p.end) for p in found]
    for start, end, amount, currency in table_figures(text):
        # (round 14) a bare number under a header that names its unit ("金額 (百万ポンド)", "(£m)")
        if not any(a < end and start < b for a, b in taken):
            found.append(MoneyProposal(
                id="", text=text[start:end], start=start, end=end, amount=_clean(amount), amount_min=None,
                currency=currency, qualifier="exact", basis="total", period_years=None, is_funding=True,
                amount_text=text[start:end], evidence=[(start, end)]))
    found.sort(key=lambda p: p.start)
    found = _bare_figures_before_equivalents(text, found)
    for i, p in enumerate(found, 1):
        p.id = f"m{i}"
    _link_conversions(text, found)
    _link_restated_next(text, found)
    return found


# (round 136) a sentence that only restates the figure before it in another currency: "…1億5300万ポンド(約210億円)を投資
# することを発表した。これは約1億9300万ドルに相当する", "This is equivalent to about $193 million."
_JA_THIS_IS_BEFORE = re.compile(r"(?:これは|それは)\s*$")
_JA_EQUIVALENT_TO_AFTER = re.compile(r"\s*に相当")
_THIS_IS_EQUIVALENT_BEFORE = re.compile(r"(?<![\w])(?:This|That|It)\s+is\s+(?:equivalent|equal)\s+to\s+$")


def _link_restated_next(text: str, found: list[MoneyProposal]) -> None:
    """A figure that a sentence of its own only restates ("これは約X に相当する", "This is equivalent to X") is a
    conversion of the last figure before it in another currency, at a plausible rate."""
    for i, b in enumerate(found):
        lo = max(0, b.start - 40)
        if b.converted_from or not (
                _JA_THIS_IS_BEFORE.search(text, lo, b.start) and _JA_EQUIVALENT_TO_AFTER.match(text, b.end)
                or _THIS_IS_EQUIVALENT_BEFORE.search(text, lo, b.start)):
            continue
        origin = next((a for a in reversed(found[:i]) if not a.converted_from and a.currency != b.currency), None)
        if origin is not None and _slash_equivalent(text, origin, b):
            b.converted_from = origin.id
            origin.conversion = origin.conversion or b.id


# (session 38) a number with a scale word but no currency, and a bracketed figure in another currency right after it:
# "85.8 billion yen ($751 million) for R&D ..., up almost 28 billion ($245 million) from this year". The bracket
# restates the number, so the number is money, in the currency of the figure before it in the sentence (the one its
# writer left out); the bracketed figure is its conversion, not a sum of its own.
_BARE_BEFORE_BRACKET = re.compile(rf"(?<![\w.,$£€¥])(?P<num>{_NUM})[\s\u00a0]?(?P<scale>million|billion|trillion|bn|mn)"
                                  r"[ \u00a0]*\([ \u00a0]*(?:(?:approximately|approx\.?|about|around|roughly|some|"
                                  r"nearly|almost)\s+)?$", re.I)
_SENTENCE_GAP = re.compile(r"[.!?。;]\s|\n")
# what may follow the bracket when the number was a sum ("... ($245 million) from this year"), and not a count of
# something ("300 million ($2bn) people" is no sum, whatever the bracket says)
_AFTER_SUM_BRACKET = re.compile(r"[ \u00a0]*\)(?:\s*(?:[,.;:!?)]|$)|\s+(?:from|to|in|for|of|on|over|this|that|and|or|last|"
                                r"a|an|the|which|since|per|a\s+year|compared|more|less|than|as|by|with|at|into|towards?|"
                                r"is|was|will|would|has|had)\b)", re.I)


# a currency's letters nobody listed, right before the number ("Malaysia's RM 1.2 billion", "Rp 5 trillion")
_CODE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]{0,2}\.?[ \u00a0]?$")


def _same_rate(earlier: MoneyProposal, out: list[MoneyProposal], bare: Decimal, bracket: MoneyProposal,
               text: str) -> bool:
    """Whether the earlier figure has its own bracketed equivalent in the bracket's currency, at the rate (within a
    tenth) the bare number and its bracket imply: then the writer left the same currency out ("85.8 billion yen ($751
    million) ... 28 billion ($245 million)": 114 yen a dollar both times). A bare number in a currency the reader does
    not know ("Sweden gave 200 million ($19m)") does not keep that rate."""
    i = next((k for k, q in enumerate(out) if q is earlier), None)
    conv = out[i + 1] if i is not None and i + 1 < len(out) else None
    if (conv is None or conv.currency != bracket.currency or not _inside_brackets(text, conv.start)
            or conv.start - earlier.end > 20 or not conv.amount or not bracket.amount):
        return False
    theirs, ours = earlier.amount / conv.amount, bare / bracket.amount
    return abs(ours - theirs) <= theirs / 10


# (round 101) yen a page about Japan prints without its sign, restated in brackets: "buying 30 per cent of Japan Telecom
# for 180bn ($1.5bn)" (a number that many times its bracket is yen at any rate since 1971; the pound between 120 and 1000)
_YEN_PER_UNIT = {"USD": (Decimal(75), Decimal(360)), "GBP": (Decimal(120), Decimal(1000)), "EUR": (Decimal(90), Decimal(400))}
_JAPAN_WORDS = re.compile(r"\bJapan|\byen\b|円")
_SAME_BAND_COUNTRIES = re.compile(r"\b(?:India|Russia|Kenya|Pakistan|Sri\s+Lanka|Bangladesh|Nepal|Mauritius|Ukrain|Kazakh|"
                                  r"Afghan|Tanzania|Uganda)\w*|\brupees?\b|\broubles?\b|\brubles?\b|\bshillings?\b")


def _rough_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] before the sentences are split: from the last full stop or line break before
    start to the next one after end."""
    lo = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), text.rfind("。", 0, start)) + 1
    ends = [i for i in (text.find("\n", end), text.find(". ", end), text.find("。", end)) if i >= 0]
    return lo, min(ends, default=len(text))


def _bare_currency(text: str, m: re.Match, p: MoneyProposal, earlier: MoneyProposal | None,
                   out: list[MoneyProposal]) -> str | None:
    """The currency of the bare number m, which p in brackets restates: the earlier figure's, when p restates at that
    figure's own rate; else yen, on a page about Japan, when the number is that many times p; else None."""
    if not _AFTER_SUM_BRACKET.match(text, p.end) or _CODE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None
    bare = _number(m["num"]) * _scale(m["scale"])
    if (earlier is not None and earlier.end <= m.start() and earlier.currency != p.currency
            and m.start() - earlier.end <= 200 and not _SENTENCE_GAP.search(text, earlier.end, m.start())
            and _same_rate(earlier, out, bare, p, text)):
        return earlier.currency
    band = _YEN_PER_UNIT.get(p.currency)
    if not (band and p.amount and band[0] <= bare / p.amount <= band[1]):
        return None
    # (review 46: Japan named in the figure's own sentence, and no country whose currency falls in the same band, "India's
    # Tata will invest 130bn ($1.6bn) ..., with help from Japan's Tokyo Electron")
    lo, hi = _rough_sentence(text, m.start(), p.end)
    if _JAPAN_WORDS.search(text, lo, hi) and not _SAME_BAND_COUNTRIES.search(text, lo, hi):
        return "JPY"
    return None


def _bare_figures_before_equivalents(text: str, found: list[MoneyProposal]) -> list[MoneyProposal]:
    out: list[MoneyProposal] = []
    for p in found:
        line_start = text.rfind("\n", 0, p.start) + 1
        m = _BARE_BEFORE_BRACKET.search(text, max(line_start, p.start - 60), p.start)
        # the figure whose currency the number leaves out: the last one before it that is not itself in brackets
        # (looked for only after a bare number: this runs for every figure of every page)
        earlier = m and next((q for q in reversed(out) if not _inside_brackets(text, q.start)), None)
        currency = _bare_currency(text, m, p, earlier, out) if m else None
        if currency is not None:
            qualifier, qstart = _qualifier(text, m.start(), line_start)
            basis, years = _basis(text, m.start(), m.end("scale"), line_start)
            out.append(MoneyProposal(
                id="", text=text[qstart:m.end("scale")], start=qstart, end=m.end("scale"),
                amount=_clean(_number(m["num"]) * _scale(m["scale"])), amount_min=None, currency=currency,
                qualifier=qualifier, basis=basis, period_years=years, is_funding=True,
                amount_text=text[m.start():m.end("scale")], evidence=[(qstart, m.end("scale"))]))
        out.append(p)
    return out


# a line break inside a figure is a wrapped line ("£5\nmillion", "GBP\n5 million"), but not a blank line,
# and not a break right before a currency word after a bare number ("Table 5\nYen rates" starts a line)
_BREAK_BEFORE_WORD = re.compile(r"\d\s*\n\s*[^\W\d]+(?:\s[^\W\d]+)?$")


def _wrapped(span: str, fig: _Figure) -> bool:
    if re.search(r"\n\s*\n", span):
        return False
    return fig.has_scale or not _BREAK_BEFORE_WORD.search(span)


_JA_BEFORE = {"約": "approximately", "最大": "up_to"}
_JA_AFTER = (("を超える", "more_than"), ("超", "more_than"), ("以上", "at_least"))


def _japanese_qualifier(text: str, fig: _Figure, qualifier: str, qstart: int) -> tuple[str, int, int]:
    """約2000万ポンド (about), 最大 (up to), 1,300万ポンドを超える (more than)."""
    for word, q in _JA_BEFORE.items():
        if text.startswith(word, fig.start - len(word)):
            return q, fig.start - len(word), fig.end
    for word, q in _JA_AFTER:
        if text.startswith(word, fig.end):
            return q, qstart, fig.end + len(word)
    return qualifier, qstart, fig.end


# "(¥10 billion, €60 million)", "(approximately USD 31.0 billion or JPY 3.3 trillion)": a further
# equivalent in the same brackets restates the same original (round 110: after a dash too, "100 million Yen
# (approximately £800,000 - €946,000)")
_NEXT_EQUIVALENT = re.compile(r"\s*(?:,|;|/|[-–—]|\bor\b|\band\b|、|，)\s*(?:(?:approximately|approx\.?|about|around|roughly|some|c\.|ca\.|circa|nearly)\s+)?$", re.I)


# an exchange rate restates one unit: "1ポンド=約166円", "$1 = 0.619 British Pounds"
_RATE_GAP = re.compile(r"\s*[=＝≒]\s*")   # (round 127: "年間£65,000≒1099万円", nearly equal)


# (round 83) the figure after a rate in the bracket: "4570万ポンド(1ポンド=185円換算で日本円約85億円)", "9万5000ドル(1ドル=
# 130円換算、約1235万円)", "£5m (at £1 = ¥185, ¥925m)" restate the figure before the bracket at that rate
_BRACKET_FOR_RATE = re.compile(r"\s*[(（]\s*(?:(?:at|using)\s+)?", re.I)
_AFTER_RATE_IN_BRACKET = re.compile(r"\s*(?:換算)?\s*(?:で|、|,|，)?\s*(?:日本円で?|円換算で)?\s*")


def _restated_after_rate(text: str, found: list[MoneyProposal], i: int, by_id: dict[str, MoneyProposal]) -> str | None:
    """The id of the figure a bracket restates when the bracket opens with a rate ("1ポンド=185円", whose second
    side is found[i]) and found[i + 1] follows it, else None."""
    a, b = found[i], found[i + 1]
    unit = by_id[a.converted_from]
    if (b.currency != a.currency or not _RATE_GAP.fullmatch(text, unit.end, a.start)
            or not _AFTER_RATE_IN_BRACKET.fullmatch(text, a.end, b.start)):
        return None
    k = found.index(unit)   # (only for a rate: most conversions stop above)
    if k == 0:
        return None
    origin = found[k - 1]
    if (origin.currency == unit.currency and _BRACKET_FOR_RATE.fullmatch(text, origin.end, unit.start)
            and origin.amount and unit.amount and a.amount and b.amount):
        # (review 41) only the figure the rate gives: "10億円は日本側が負担" after "5000万ポンド(1ポンド=185円、" is a sum
        # of its own (92.5億円 would restate it)
        expected = origin.amount / unit.amount * a.amount
        if abs(b.amount - expected) <= expected / 10:
            return origin.id
    return None


def _link_conversions(text: str, found: list[MoneyProposal]) -> None:
    """'476 billion yen (approximately $3.6 billion)': the second is the first, restated."""
    by_id = {p.id: p for p in found}
    for i, (a, b) in enumerate(zip(found, found[1:])):
        if a.converted_from:
            origin = by_id[a.converted_from]
            restated = _restated_after_rate(text, found, i, by_id)
            if restated:
                b.converted_from = restated
                by_id[restated].conversion = by_id[restated].conversion or b.id
                continue
            gap = text[a.end:b.start]
            if (b.currency not in (origin.currency, a.currency) and len(gap) <= 12
                    and ")" not in gap and "）" not in gap and _NEXT_EQUIVALENT.fullmatch(gap) and _inside_brackets(text, b.start)):
                b.converted_from = origin.id
            continue
        gap = text[a.end:b.start]
        # (a line break between two figures parts them, unless a bracket opened before it: round 31, a release's hard-
        # wrapped "100 million\nYen (approximately\n£800,000)")
        if a.currency == b.currency or "\n" in gap and not _WRAPPED_BRACKET.fullmatch(gap):
            continue
        if (_RATE_GAP.fullmatch(gap) or len(gap) <= 40 and _CONVERSION_OPEN.fullmatch(gap)) and not (
                _JA_STATEMENT_AFTER.match(text, b.end)):
            b.converted_from, a.conversion = a.id, b.id
            continue
        # the qualifier may have been absorbed into b's span: "(approximately $3.6 billion)"
        if len(gap) <= 3 and gap.strip() in ("(", "（", "", "—", "–", ","):
            b.converted_from, a.conversion = a.id, b.id
            continue
        # (round 99: a hyphen between spaces also, "worth 50 million yen - approximately £260,000 -"; review 46: only an
        # approximation or a closing hyphen says so, not two sides' budgets on one line, "£200,000 - ¥40m goes to ...")
        # (round 132: "or" between two currencies at a plausible rate, "donated some 10 million pounds or 16 million
        # dollars")
        if ((gap.strip() in ("/", "／") and len(gap) <= 3
             or gap == " or " and not _ALTERNATIVES.search(text, a.start, a.end + 160)
             or gap == " - " and (b.qualifier == "approximately" or text.startswith(" -", b.end)))
                and _slash_equivalent(text, a, b)):
            b.converted_from, a.conversion = a.id, b.id


# (review 59) a bracketed figure that opens a statement of its own is a share, not the sum restated: "投資額は5億~6億円
# (約200万~300万ポンドは政府負担)"
_JA_STATEMENT_AFTER = re.compile(r"\s*(?:は|が|を)(?![)）])")
# (review 54) two sums offered as alternatives, not one restated: "may request £50,000 or ¥8 million depending on where the
# lead partner is based"
_ALTERNATIVES = re.compile(r"\b(?:depending\s+on|either|whichever|respectively)\b", re.I)
# (round 135; review 54) a floor offered to applicants, and a sum a recipient got: "companies can apply for at least
# £1m", "Darchem received £1m in an earlier round" (see _same_fact)
_FLOOR_OFFERED = re.compile(r"\b(?:apply|applies|applying|available|eligible|can|may|offers?|per\s+project|each)\b", re.I)
_SUM_RECEIVED = re.compile(r"\b(?:received|won|was\s+awarded|were\s+awarded|got|earlier\s+round|last\s+year|winner)\b", re.I)


# (round 98) two figures joined by a slash are one sum and its conversion, "an extra GBP 7M/$14.1M", "The £2.4bn/€2.8bn
# NeuConnect project" (review 45: only when their ratio is a plausible rate for the pair, neither is a unit of a rate,
# "1ポンド/190円", and the sentence does not share them out, "committed ¥10bn/£20m to the programme respectively")
_UNITS_PER_POUND = {"GBP": Decimal(1), "USD": Decimal("1.5"), "EUR": Decimal("1.3"), "JPY": Decimal(180)}
_SHARED_OUT = re.compile(r"\b(?:respectively|each)\b|それぞれ", re.I)


def _slash_equivalent(text: str, a: MoneyProposal, b: MoneyProposal) -> bool:
    """Whether b, after a slash (or a spaced hyphen), restates a in another currency."""
    if a.currency not in _UNITS_PER_POUND or b.currency not in _UNITS_PER_POUND or a.amount <= 1 or b.amount <= 1:
        return False
    if _SHARED_OUT.search(text, *_rough_sentence(text, a.start, b.end)):
        return False
    pounds_a = a.amount / _UNITS_PER_POUND[a.currency]
    pounds_b = b.amount / _UNITS_PER_POUND[b.currency]
    return pounds_a / 2 <= pounds_b <= pounds_a * 2


_WRAPPED_BRACKET = re.compile(r"[ \t]*[(（][^\n()（）]*\n[^\n()（）]*")


def _inside_brackets(text: str, pos: int) -> bool:
    """An opening bracket earlier on the line that is not yet closed."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[max(line_start, pos - 80):pos]
    return max(before.rfind("("), before.rfind("（")) > max(before.rfind(")"), before.rfind("）"))


def mark_non_funding(text: str, p: MoneyProposal) -> None:
    """Flag trade volumes, market sizes and the like from the words around the figure."""
    s = text[p.sentence_start:p.sentence_end]
    rel_start, rel_end = p.start - p.sentence_start, p.end - p.sentence_start
    window = s[max(0, rel_start - 80):rel_end + 60]
    if _NON_FUNDING.search(window):
        p.is_funding = False


_BASIS_RANK = {"clause": 0, "gazetteer": 1, "currency": 2, None: 3}


def merge_repeats(found: list[MoneyProposal], text: str | None = None) -> list[MoneyProposal]:
    """One proposal per fact: a figure stated again (a headline repeated in the body, a total
    restated in a quote) joins the first as extra evidence. Two mentions stay apart when their
    clauses name different payers ("£3m from UKRI and £3m from JST"), when one is funding and
    the other is not, or when the later one is another part ("the remaining £600m"; "a further £20m" only next to
    the first: two paragraphs on, in a quote that restates the story, it is the same figure again). A figure equal
    to an in-text conversion is that conversion again. The mention whose payer is read best becomes the proposal's
    own span and sentence."""
    kept: list[MoneyProposal] = []
    groups: dict[tuple, list[MoneyProposal]] = {}
    renamed: dict[str, str] = {}
    # the funding flags each amount's mentions have from their own words: a mention whose kind is only the default
    # joins one read the other way only when no worded mention reads it its own way (a headline "£10m" beside a trade
    # figure and a funder's award of £10m is the award's, not the trade figure's: session 31's review)
    worded: dict[tuple, set[bool]] = {}
    for p in found:
        if not p.converted_from and p.kind_basis != "default":
            worded.setdefault((p.amount, p.currency, p.amount_min), set()).add(p.is_funding)
    # where each sentence's first figure starts ("another £4 million" after a figure of its own sentence)
    first_figure: dict[int, int] = {}
    for p in found:
        first_figure[p.sentence_start] = min(p.start, first_figure.get(p.sentence_start, p.start))
    for p in found:
        key = (p.amount, p.currency, p.amount_min)
        same = next((q for q in groups.get(key, [])
                     if _same_fact(p, q, text, worded.get(key, set()), first_figure)), None)
        if same is None:
            groups.setdefault(key, []).append(p)
            kept.append(p)
            continue
        keep, drop = (p, same) if p.converted_from and not same.converted_from else (same, p)
        if keep is p:   # (rare: a figure equal to a later conversion)
            kept[kept.index(same)] = p
            groups[key][groups[key].index(same)] = p
        _absorb(keep, drop)
        renamed[drop.id] = keep.id
    if text is not None:
        kept = _join_rounded_headline(kept, text, renamed)
    for p in kept:
        p.evidence = sorted(set(p.evidence))
        if p.converted_from in renamed:
            p.converted_from = renamed[p.converted_from]
        if p.conversion in renamed:
            p.conversion = renamed[p.conversion]
    follow_origins(kept)
    return kept


# a page's first line, when it is a headline: short, and not ended as a sentence
_HEADLINE_REACH = 150
_SENTENCE_END = re.compile(r"[.。!?！？]\s*$")


def _significant(amount: Decimal) -> int:
    """How many significant digits a whole amount is written to (5億 -> 1, 5億200万 -> 3)."""
    digits = str(int(amount)).rstrip("0") if amount == amount.to_integral_value() else str(amount).replace(".", "")
    return len(digits.lstrip("0")) or 1


def _rounds_to(exact: Decimal, rounded: Decimal) -> bool:
    """(round 108) Whether ``rounded`` is ``exact`` written to fewer digits, within half a unit of its last written
    digit and of the same order: "21億円" over "約21億4200万円" (a headline's yen for the body's £15m), not "£100million"
    over "£85million" (one written digit says too little to join on)."""
    digits = len(str(int(rounded)))
    unit = Decimal(10) ** max(0, digits - _significant(rounded))
    return abs(exact - rounded) * 2 <= unit and len(str(int(exact))) == digits and _significant(rounded) >= 2


def _join_rounded_headline(kept: list[MoneyProposal], text: str, renamed: dict[str, str]) -> list[MoneyProposal]:
    """(round 81) A headline's round figure that the body states more exactly is that figure again: "ソフトバンク 英VRの
    新興企業に5億ドル出資" over "…への5億200万ドル(約570億円)の出資を主導する" (within 1%, in the same currency, and
    written to fewer digits; both funding, and no two payers read: review 40). The body's mention stays the one shown;
    the headline's joins its evidence. (round 108) The body's mention may be a conversion, and an unqualified headline
    figure may round it further: "英エーカル、21億円調達へ" over "1500万ポンド(約21億4200万円)を調達する" ("over $1.5 billion"
    is a bound, not a rounding of the body's "$1.535 billion")."""
    end = _headline_end(text)
    if end is None:
        return kept
    dropped: set[str] = set()
    for h in kept:
        if h.start >= end or h.converted_from or h.amount_min is not None or not h.amount:
            continue
        body = next((q for q in kept if q.start > end and q.currency == h.currency
                     and q.amount_min is None and q.amount and q.amount != h.amount
                     and (abs(q.amount - h.amount) <= q.amount / 100
                          or h.qualifier in (None, "exact") and _rounds_to(q.amount, h.amount))
                     and _significant(h.amount) < _significant(q.amount)
                     and q.is_funding and h.is_funding
                     and (h.side is None or q.side is None or h.side == q.side)), None)
        if body is None:
            continue
        body.evidence += h.evidence
        renamed[h.id] = body.id
        dropped.add(h.id)
    return [p for p in kept if p.id not in dropped]


def follow_origins(money: list[MoneyProposal]) -> None:
    """A conversion restates its figure: it takes the figure's kind, funding flag, side and payer (after the sides are
    read, and again after merge_repeats, when a joined mention may have changed the figure's reading)."""
    by_id = {p.id: p for p in money}
    for p in money:
        origin = by_id.get(p.converted_from) if p.converted_from else None
        if origin is not None:
            for name in ("money_kind", "is_funding", "side", "side_basis", "contributor", "contributor_text"):
                setattr(p, name, getattr(origin, name))


# "The remaining £600m", "a further £20m": another part of the money, not the same figure again
# (round 119: and in Japanese, "政府からさらに800万ポンドのマッチング資金", after "約800万ポンド" as another sum's conversion)
_ANOTHER_PART = re.compile(r"(?:\b(?:remaining|(?P<more>further|additional|another)|second|other)\s+|(?P<more_ja>さらに|追加で|別途))$",
                           re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\n")


def _same_fact(p: MoneyProposal, q: MoneyProposal, text: str | None = None, worded: set[bool] = frozenset(),
               first_figure: dict[int, int] | None = None) -> bool:
    if p.converted_from and q.converted_from:
        return p.converted_from == q.converted_from
    later, earlier = (p, q) if p.start > q.start else (q, p)
    part = _part_word_before(later)
    if part and part["more_ja"] and (_part_word_before(earlier) or text is not None and _in_headline(text, earlier.start)):
        part = None   # (review 51b) the same "further" sum again, or a headline's: "英政府、量子技術に追加で1億ポンド"
    if part and not ((part["more"] or part["more_ja"]) and text is not None and (
            _paragraphs_apart(text, earlier, later) >= 2
            or _more_than_its_own_sentence_figure(earlier, later, (first_figure or {}).get(later.sentence_start)))):
        return False
    if text is not None and _ADDED_AFTER.match(text, later.end):
        return False   # (round 156) a sum added to another: "企業や提携機関が分担した15億ポンドを加えると" is a second sum
    if text is not None and _bracketed_list_items(text, earlier, later):
        return False   # (round 124) "Apple(10億ドル)、クアルコム(10億ドル)": each name's own sum in one list
    if p.is_funding != q.is_funding and not (p.converted_from or q.converted_from):
        # (a mention nothing tells the kind of is the restated one's, _absorb gives it that kind, unless another
        # mention of the amount is worded its own way)
        told = [x for x in (p, q) if x.kind_basis == "default"]
        if not told or told[0].is_funding in worded:
            return False
    if {p.qualifier, q.qualifier} == {"up_to", "approximately"} and not (p.converted_from or q.converted_from):
        # (round 20) a cap and a typical size are two facts: "awards of around £5,000 are offered annually.
        # Proposals for continuous funding of up to £5,000 per annum ..."
        return False
    if "at_least" in {p.qualifier, q.qualifier} and {p.qualifier, q.qualifier} <= {"at_least", "exact", None} and (
            p.qualifier != q.qualifier and p.sentence_start != q.sentence_start and not (p.converted_from or q.converted_from)):
        # (round 135) a floor one may apply for and a sum paid are two facts: "companies can apply for at least £1m" and
        # "Darchem ... received £1m in an earlier round" (review 54: not a pledge restated, "Hitachi will invest at least
        # £50m in the plant. The £50m investment will create 300 jobs")
        floor, paid = (p, q) if p.qualifier == "at_least" else (q, p)
        if (text is not None and _FLOOR_OFFERED.search(text, floor.sentence_start, floor.sentence_end)
                and _SUM_RECEIVED.search(text, paid.sentence_start, paid.sentence_end)):
            return False
    if {_direction(p), _direction(q)} == {"below", "above"}:
        # (round 56) "almost £300 million of private investment" and "more than £300 million of government funding":
        # a sum just short of an amount and one beyond it are two facts
        return False
    # (round 141: not a headline's business money only because its clause invests and names no payer, "Up to £200m to
    # be invested in", which the body's mention naming its payer restates; review 55: only in the headline, two such
    # sentences in the body may be two sums, "£50m will be invested in the plant. The government will also provide £50m")
    named = [x.side for x in (p, q) if x.side_basis == "clause" and not (
        x.side == "private" and x.contributor_text is None and text is not None and _in_headline(text, x.start))]
    if len(set(named)) > 1:
        return False
    # two clauses naming two different known payers ("EPSRC will provide £2m", later "Innovate UK will provide
    # £2m") state two facts, not one twice (a noun such as "firms" beside a name may be the same payer)
    # (a national government stands for all its bodies: "the UK government's £100m" may be its bank's £100m)
    payers = [x.contributor for x in (p, q) if x.side_basis == "clause" and x.contributor not in _GOVERNMENTS]
    return not (len(payers) == 2 and None not in payers and payers[0] != payers[1])


_GOVERNMENTS = frozenset({"uk-government", "government-of-japan"})
# (round 156) the Japanese of "adding": a mention the sentence adds to something is another sum, not the same again
# (review 58: not "を加えて", which restates a figure added to a budget, "既存の予算に100億円を加えて")
_ADDED_AFTER = re.compile(r"(?:\s*[(（][^()（）。]{0,40}[)）])?\s*を加え(?:ると|れば)")
_BELOW = re.compile(r"(?:almost|nearly|just\s+under|under|less\s+than|close\s+to)\b", re.I)
_ABOVE = re.compile(r"(?:more\s+than|over|just\s+over|in\s+excess\s+of|upwards\s+of|above|at\s+least)\b", re.I)


def _direction(p: MoneyProposal) -> str | None:
    """Which side of its amount a mention's own qualifier words put the sum: "below" ("almost £300m"), "above"
    ("more than £300m") or neither."""
    if p.converted_from:
        return None
    return "below" if _BELOW.match(p.text) else "above" if _ABOVE.match(p.text) else None


def _more_than_its_own_sentence_figure(earlier: MoneyProposal, later: MoneyProposal, first: int | None) -> bool:
    """(round 110) "has already given £3.5 million ..., and has now pledged another £4 million": "another" adds to the
    figure its own sentence gave before it (``first``, where the sentence's first figure starts), so the £4 million of
    the lead paragraph ("A £4 million agreement") is the same fact (not when the earlier mention is that figure, in the
    same sentence)."""
    if earlier.sentence_start == later.sentence_start or earlier.is_funding != later.is_funding:
        return False   # (review 49: not a council's £3m and "the firm expects another £3m" of sales)
    return first is not None and first < later.start


_OPENING_BRACKET, _CLOSING_BRACKET = "(（", ")）"
# (the next item a name: a capital or a Japanese letter after the list's comma or "and")
_LIST_GAP = re.compile(r"[)）](?:[^()（）]|[(（][^()（）]{0,30}[)）]){0,120}?(?:[、,，]\s*|\band\s+|と)(?:the\s+)?"
                       r"(?P<item>)[A-Z\u30A0-\u30FF\u4E00-\u9FFF][^()（）]{0,40}[(（]$")
_ITEM_HEAD = re.compile(r"(?:the\s+)?([^\s'’,、，(（]+)", re.I)
_ITEM_BREAK = re.compile(r"[、,，:：]\s*|\b(?:and|include|includes|including|by|from|of|for|with|to|were|are|was|is)\s+|と", re.I)


def _item_head(text: str, start: int) -> str:
    """The first word of a list item starting at ``start`` (an article skipped), in lower case."""
    m = _ITEM_HEAD.match(text, start)
    return m.group(1).lower() if m else ""


def _item_start(text: str, lo: int, bracket: int) -> int:
    """Where the list item whose bracket opens at ``bracket`` starts: after the last list break before it."""
    starts = [m.end() for m in _ITEM_BREAK.finditer(text, lo, bracket)]
    return starts[-1] if starts else lo


def _bracketed_list_items(text: str, earlier: MoneyProposal, later: MoneyProposal) -> bool:
    """(round 124) Whether two mentions of a sum in one sentence each stand in brackets after a name of a list (a list
    of backers and what each put in: "Apple(10億ドル)、クアルコム(10億ドル)", "Apple ($1bn), Qualcomm ($1bn)")."""
    if not (earlier.sentence_start == later.sentence_start and 0 < earlier.start and earlier.end < len(text)
            and text[earlier.start - 1] in _OPENING_BRACKET and text[earlier.end] in _CLOSING_BRACKET):
        return False
    gap = _LIST_GAP.match(text, earlier.end, later.start)
    if gap is None:
        return False
    # (review 52) two items of one list, not one body named twice ("Sony's investment (¥10bn), and Sony's new plant")
    earlier_item = _item_start(text, earlier.sentence_start, earlier.start - 1)
    return _item_head(text, gap.start("item")) != _item_head(text, earlier_item)


def _part_word_before(p: MoneyProposal) -> re.Match | None:
    """The word right before ``p`` that makes it another part of the money ("a further", "remaining", さらに), if any."""
    at = p.start - p.sentence_start
    return _ANOTHER_PART.search(p.sentence[max(0, at - 20):at])


def _headline_end(text: str) -> int | None:
    """Where a page's first line ends when that line is a headline (short, not ended as a sentence); else None."""
    end = text.find("\n")
    return end if 0 < end <= _HEADLINE_REACH and not _SENTENCE_END.search(text, 0, end) else None


def _in_headline(text: str, start: int) -> bool:
    """Whether text[start] sits in a page's headline line."""
    end = _headline_end(text)
    return end is not None and start < end


def _paragraphs_apart(text: str, earlier: MoneyProposal, later: MoneyProposal) -> int:
    """How many paragraph breaks stand between the nearest mention of ``earlier`` before ``later`` and it."""
    last = max((e for _s, e in earlier.evidence if e <= later.start), default=earlier.end)
    return len(_PARAGRAPH_BREAK.findall(text, last, later.start))


def _unnamed_business(keep: MoneyProposal, drop: MoneyProposal) -> bool:
    """(round 141) Whether ``keep`` is business money only because its clause invests and names no payer ("Up to £345m to
    be invested in journey to Tokyo 2020", a headline) while ``drop`` names its payer, in its clause or as the page's
    body ("UK Sport ... underpinned by a £345m investment of Government and National Lottery funds")."""
    return (keep.side_basis == "clause" and keep.side == "private" and keep.contributor_text is None
            and drop.side_basis in ("clause", "gazetteer") and drop.contributor_text is not None)


def _absorb(keep: MoneyProposal, drop: MoneyProposal) -> None:
    """Join ``drop``'s mention to ``keep``: the proposal shows the mention whose payer is read best. Two mentions read
    one as funding and one not are joined only when one's kind is the default (``_same_fact``): then the one whose
    words tell the kind is shown, with its reading (session 31: "Inside the UK's £1 billion battery production hope"
    is the plant's cost that the body states)."""
    keep.evidence += drop.evidence
    keep.conversion = keep.conversion or drop.conversion
    if keep.converted_from:
        return
    if keep.is_funding != drop.is_funding:
        shown = keep.kind_basis != "default" or drop.kind_basis == "default"
    else:
        # (a named payer outranks the business money of a clause that names none, whichever mention came first)
        shown = (False if _unnamed_business(keep, drop) else True if _unnamed_business(drop, keep)
                 else _BASIS_RANK[drop.side_basis] >= _BASIS_RANK[keep.side_basis])
    if not shown:
        # (review 35: the word model's tick travels with its kind basis, "word model", or the shown mention is called
        # ticked with no rules' kind or words for it, or keeps another mention's)
        for name in ("side", "side_basis", "contributor", "contributor_text", "money_kind", "kind_basis", "is_funding",
                     "rules_kind", "funding_support", "funding_score",
                     "text", "start", "end", "amount_text", "qualifier", "basis", "period_years",
                     "sentence", "sentence_start", "sentence_end"):
            setattr(keep, name, getattr(drop, name))
