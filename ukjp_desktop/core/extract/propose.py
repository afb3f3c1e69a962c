"""One call from a document's stored text to every proposal the review view shows.

Each proposal keeps exact offsets into the text (``text[start:end] == proposal.text``) and the
sentence around it; money proposals also get the funding side read from the contributor the
sentence names (left empty when it names none), and a flag for figures that are not funding.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from itertools import accumulate

from ..dates import PartialDate
from .dates import DateProposal, find_dates, infer_document_date
from .funding_words import promote, second_opinion
from .money import MoneyProposal, find_money, follow_origins, merge_repeats
from .money_kind import DEFAULT_KIND, FUNDING_KINDS, LIST_GAP, kind_from_words, payer_kind
from .names import NameProposal, PersonProposal, find_names, find_people
from .organisations import Gazetteer, OrgProposal, default_gazetteer, find_organisations, one_per_body
from .sectors import SectorProposal, find_sectors, rank_sectors
from .sentences import SentenceIndex
from .side_words import second_side
from .sides import SideFinder


@dataclass
class Proposals:
    text: str
    document_date: PartialDate | None
    money: list[MoneyProposal] = field(default_factory=list)
    dates: list[DateProposal] = field(default_factory=list)
    organisations: list[OrgProposal] = field(default_factory=list)
    sectors: list[SectorProposal] = field(default_factory=list)
    names: list[NameProposal] = field(default_factory=list)
    # people named with a title ("Professor Jane Smith")
    people: list[PersonProposal] = field(default_factory=list)

    def all(self) -> list:
        """Every proposal in document order (the review view's highlight list)."""
        items = [*self.money, *self.dates, *self.organisations, *self.sectors, *self.names, *self.people]
        return sorted(items, key=lambda p: (p.start, p.end))

    def by_id(self, pid: str):
        for p in self.all():
            if p.id == pid:
                return p
        raise KeyError(pid)

    @property
    def suggested_sectors(self) -> list[str]:
        return rank_sectors(self.sectors)


_gazetteer_cache: Gazetteer | None = None


def _default_gazetteer() -> Gazetteer:
    global _gazetteer_cache
    if _gazetteer_cache is None:
        _gazetteer_cache = default_gazetteer()
    return _gazetteer_cache


def _outside_names(sectors: list[SectorProposal], organisations) -> list[SectorProposal]:
    """The sector mentions that are not words of an organisation's name: "UK Research and
    Innovation" names a funder, not the field "research and innovation"."""
    spans = sorted((o.start, o.end) for o in organisations)
    starts = [a for a, _b in spans]
    reach = list(accumulate((b for _a, b in spans), max))   # the furthest end among names so far
    out = []
    for s in sectors:
        i = bisect_right(starts, s.start) - 1
        if i < 0 or reach[i] < s.end:
            out.append(s)
    return out


# (round 141) a trillion or more in pounds, dollars or euros is an economy's or a nation's total ("今後4年間で合計4兆ポンド
# の投入", a spending review's four years of public spending), not one sum a funder gives; in yen a
# trillion (兆円, about £5bn) can be one programme's money
_HARD_CURRENCIES = frozenset({"GBP", "USD", "EUR"})
_ECONOMY_SIZE = 10 ** 12
# (round 149) a small sum printed with its pence or cents, which no word of its sentence reads, is a price
_PENCE_PRICE_BELOW = 1000
_PENCE = re.compile(r"\d\.\d\d(?!\d)")
# (review 55) but a body's own stated plan to invest keeps its kind: "SoftBank plans to invest $1 trillion in AI"
_PLANS_TO_INVEST_BEFORE = re.compile(r"\b(?:will|plans?\s+to|planning\s+to|pledged\s+to|aims?\s+to|intends?\s+to)\s+invest\s+"
                                     r"(?:(?:up\s+to|about|around|some|more\s+than|over|nearly|almost)\s+)?$", re.I)


def propose(text: str, document_date: date | PartialDate | None = None,
            gazetteer: Gazetteer | None = None, word_model: bool = True) -> Proposals:
    """Extract everything. ``document_date`` anchors relative dates ("last year"); when not
    given, a date the text prints about itself ("Published 16 December 2024") is used.
    ``word_model=False`` leaves out the word model's second opinion on the funding flag, its ticks
    and its veto (its training tool reads the rules' own flag)."""
    doc_pd = document_date if isinstance(document_date, PartialDate) else (
        PartialDate.parse(document_date.isoformat()) if isinstance(document_date, date) else None)
    if doc_pd is None:
        doc_pd = infer_document_date(text)
    anchor = doc_pd.first_day() if doc_pd is not None and doc_pd.precision == "day" else None
    index = SentenceIndex(text)

    def sentence_of(start: int, end: int) -> tuple[int, int]:
        s = index.containing(start, end)
        return s.start, s.end

    gaz = gazetteer or _default_gazetteer()
    result = Proposals(text, doc_pd)
    result.money = find_money(text)
    result.dates = find_dates(text, anchor, sentence_of)
    result.organisations = find_organisations(text, gaz)
    result.sectors = _outside_names(find_sectors(text), result.organisations)
    result.names = find_names(text)
    result.people = find_people(text)
    sentences: dict[tuple[int, int], str] = {}   # one copy of each sentence, shared by its proposals
    for group in (result.money, result.dates, result.organisations, result.sectors, result.names, result.people):
        for p in group:
            if group is not result.dates:
                p.sentence_start, p.sentence_end = sentence_of(p.start, p.end)
            key = (p.sentence_start, p.sentence_end)
            if key not in sentences:
                sentences[key] = text[key[0]:key[1]]
            p.sentence = sentences[key]
    names = sorted((o.start, o.end) for o in result.organisations)
    by_id = {q.id: q for q in result.money}
    ends = {q.id: q.end for q in result.money}   # each figure's end, after its conversions
    for q in result.money:
        if q.converted_from:
            ends[q.converted_from] = max(ends[q.converted_from], q.end)
    listed: MoneyProposal | None = None   # the figure before: "were down £40m, and £16m respectively"
    for p in result.money:
        if p.converted_from:
            continue
        prev = None
        if listed is not None and listed.sentence_start == p.sentence_start:
            last = ends[listed.id]
            if last <= p.start and LIST_GAP.fullmatch(text, last, p.start):
                prev = listed.money_kind
        kind = kind_from_words(text, p.start, p.end, p.sentence_start, p.sentence_end, names, prev)
        if kind is None and (heading := _heading_above(text, p)) is not None:
            kind = kind_from_words(text, p.start, p.end, heading, p.sentence_end, names)
            p.kind_basis = "heading"
        if kind is None:
            kind = _kind_of_sentence_before(text, listed, p, names)
            p.kind_basis = "default" if kind is None else "sentence before"
        p.money_kind = kind or DEFAULT_KIND
        if (p.money_kind in FUNDING_KINDS and p.currency in _HARD_CURRENCIES and p.amount and p.amount >= _ECONOMY_SIZE
                and not _PLANS_TO_INVEST_BEFORE.search(text, max(p.sentence_start, p.start - 40), p.start)):
            p.money_kind, p.kind_basis = "other", "size"
        elif (p.kind_basis == "default" and p.currency in _HARD_CURRENCIES and p.amount is not None
              and p.amount < _PENCE_PRICE_BELOW and _PENCE.search(p.text)):
            # (round 149) "For the princely sum of £89.95": pounds and pence no word reads is what something costs
            p.money_kind, p.kind_basis = "price", "size"
        listed = p
    if word_model:
        promote(text, result.money)
    for p in result.money:   # a conversion restates its figure: same kind
        if p.converted_from:
            p.money_kind = by_id[p.converted_from].money_kind
    sides = SideFinder(text, result.organisations, result.money, gaz, index)
    for p in result.money:
        sides.assign(p)
        if p.money_kind in FUNDING_KINDS and p.side is not None:
            # who pays decides between the two: a company invests, a public body funds (a private lender's loan
            # is neither, a public bank invests)
            # (the payer by its full name: "JBIC" is the Japan Bank for International Cooperation)
            known = gaz.entries.get(p.contributor) if p.contributor else None
            p.money_kind = payer_kind(text, p.start, p.end, p.sentence_start, p.sentence_end, p.side,
                                      known.name if known else p.contributor_text, p.money_kind, p.side_basis)
            if p.money_kind not in FUNDING_KINDS:   # (only funding and investment have a payer's side)
                p.side = p.side_basis = p.contributor = p.contributor_text = None
        p.is_funding = p.money_kind in FUNDING_KINDS
    follow_origins(result.money)   # a conversion restates its figure: same kind, side and funding flag
    result.money = merge_repeats(result.money, text)
    if word_model:
        second_opinion(text, result.money)
    # (after the sides: a payer is found at each mention, the reviewer is asked once per body)
    result.organisations = one_per_body(result.organisations)
    if word_model:   # (after one_per_body: the model learnt the bodies as the review lists them)
        second_side(text, result.money, result.organisations)
    return result


# a figure that carries on the sentence before it ("... £3.4bn worth of exports ... Behind this, machinery (£1.3bn)
# and manufacturing (£765m) also saw significant interest"): the two sentences on one line (a line break may start a
# new paragraph in a page's stored text)
_SAME_PARAGRAPH_GAP = re.compile(r"[ \t\u3000]*")


# the readings a next sentence carries on: a statistic's series (a breakdown of exports, of a market); one deal's price
# or one body's total does not make the next figure another price or total ("... total Japanese investment to more
# than £1bn. ... NEC, which is building a £500m plant nearby")
_SERIES_KINDS = ("trade", "market")
_ACTOR_BEFORE = re.compile(r"\b(?:put|puts|putting|invest\w*|provid\w*|award\w*|gave|giv\w*|grant\w*|receiv\w*|"
                           r"rais\w*|commit\w*|pledg\w*|spen[dt]\w*|pa(?:y|id|ys|ying))\b", re.I)


def _kind_of_sentence_before(text: str, before, p, names: list[tuple[int, int]]) -> str | None:
    """(session 31) The kind of the last figure of the sentence right before ``p``'s, in the same paragraph, when
    ``p``'s own sentence has no telling word: a breakdown or a follow-on figure shares the reading of the figure it
    carries on from. None when there is no such figure (a headline, a paragraph's first sentence), or when ``p``'s
    sentence has an actor of its own: a body named in it, or someone putting or giving money ("Heron, a Tokyo firm,
    put £3m into a site" after a sentence of exports is Heron's money)."""
    if (before is not None and before.sentence_start == p.sentence_start and before.kind_basis == "words"
            and _LABEL_COLON_BEFORE.search(text, max(p.sentence_start, before.start - 4), before.start)
            and _NEXT_IN_LIST.fullmatch(text, before.end, p.start)):
        # (round 150) a labelled list, "授業料(年間):9500ポンド(通学)、1万7100ポンド(寮生)": the label reads them all
        return before.money_kind
    if before is None or before.kind_basis == "default" or before.money_kind not in _SERIES_KINDS:
        return None
    i = bisect_right(names, (p.sentence_start, -1))
    if i < len(names) and names[i][0] < p.sentence_end or _ACTOR_BEFORE.search(text, p.sentence_start, p.start):
        return None
    if before.sentence_start == p.sentence_start:   # a second figure of that sentence: the first one's reading
        return before.money_kind if before.kind_basis == "sentence before" else None
    if not _SAME_PARAGRAPH_GAP.fullmatch(text, before.sentence_end, p.sentence_start):
        return None
    return before.money_kind


# (round 150) a figure right after a label's colon, and the next figure of its list (a bracket, then a separator)
_LABEL_COLON_BEFORE = re.compile(r"[:：]\s*$")
_NEXT_IN_LIST = re.compile(r"(?:\s*[(（][^()（）\n]{0,16}[)）])?\s*[、,，/]\s*")
# a line that introduces the next one: "- Direct Investment from Japan:"
_HEADING_LINE = re.compile(r"[^\n]{3,120}:[ \t]*\n[ \t]*")


def _heading_above(text: str, p) -> int | None:
    """(session 31) Where the heading line above ``p``'s line starts, when ``p``'s sentence opens its own line and the
    line above ends with a colon ("Direct Investment from Japan:" over "- 2.04 trillion yen (2009)."): a list item of
    a bare figure is what its heading says. None otherwise."""
    line_start = text.rfind("\n", 0, p.sentence_start) + 1
    if text[line_start:p.sentence_start].strip(" \t-•*・") or line_start == 0:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    return above if _HEADING_LINE.fullmatch(text, above, line_start) else None


# --- JSON (the command line's --json, and a stable shape for tests) --------------------------

def _plain(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    return value


def proposal_json(p) -> dict:
    out = {"kind": p.kind, "id": p.id, "text": p.text, "start": p.start, "end": p.end}
    skip = {"kind", "id", "text", "start", "end", "sentence_start", "sentence_end", "sentence", "amount_text"}
    for f in fields(p):
        if f.name not in skip:
            out[f.name] = _plain(getattr(p, f.name))
    out["sentence"] = p.sentence
    out["sentence_start"], out["sentence_end"] = p.sentence_start, p.sentence_end
    return out


def proposals_json(result: Proposals) -> list[dict]:
    return [proposal_json(p) for p in result.all()]


# --- the Source record's metadata, proposed from the content --------------------------------

@dataclass
class SourceMeta:
    """What the import dialog pre-fills; every field is editable before saving."""
    title: str
    publisher: str
    date: str | None            # PartialDate value
    date_precision: str         # day, month, year, half_year, unknown
    url: str | None
    date_note: str | None = None


_URL = re.compile(r"https?://[^\s<>\"'“”)\]]+")


def propose_source_meta(text: str, proposals: Proposals, title: str | None = None,
                        publisher: str | None = None, date_hint: str | None = None,
                        url: str | None = None) -> SourceMeta:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not title:
        title = next((ln for ln in lines[:5] if 3 <= len(ln) <= 150 and not _URL.fullmatch(ln)),
                     lines[0][:200] if lines else "Untitled document")
    if not url:
        m = _URL.search(text)
        url = m.group().rstrip(".,;:") if m else None
    if not publisher:
        # an organisation standing alone on a short line at the top or the foot (a byline or a
        # sign-off such as "DSIT"), not one merely mentioned in the body
        short = {ln for ln in lines[:3] + lines[-8:] if len(ln) <= 60}
        # (at any of its mentions: a body is one proposal, at its first mention, often in the body text)
        named = sorted((start, o.name) for o in proposals.organisations if o.known
                       for start, _end in (o.evidence or [(o.start, o.end)]) if _line_at(text, start) in short)
        publisher = named[0][1] if named else "Not stated in the text"
    value, precision, note = None, "unknown", None
    if date_hint:
        try:
            pd = PartialDate.parse(date_hint[:10])
            value, precision, note = pd.value, pd.precision, "from the file's own metadata"
        except ValueError:
            pass
    if value is None and proposals.document_date is not None:
        pd = proposals.document_date
        value, precision, note = pd.value, pd.precision, "read from the text"
    return SourceMeta(title=title, publisher=publisher, date=value, date_precision=precision,
                      url=url, date_note=note)


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)].strip()
