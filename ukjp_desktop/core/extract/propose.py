"""One call from a document's stored text to every proposal the review view shows.

Each proposal keeps exact offsets into the text (``text[start:end] == proposal.text``) and the
sentence around it; money proposals also get the funding side read from the contributor the
sentence names (left empty when it names none), and a flag for figures that are not funding.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal

from ..dates import PartialDate
from .dates import DateProposal, find_dates, infer_document_date
from .money import MoneyProposal, find_money, mark_non_funding
from .names import NameProposal, find_names
from .organisations import Gazetteer, OrgProposal, default_gazetteer, find_organisations
from .sectors import SectorProposal, find_sectors, rank_sectors
from .sentences import SentenceIndex


@dataclass
class Proposals:
    text: str
    document_date: PartialDate | None
    money: list[MoneyProposal] = field(default_factory=list)
    dates: list[DateProposal] = field(default_factory=list)
    organisations: list[OrgProposal] = field(default_factory=list)
    sectors: list[SectorProposal] = field(default_factory=list)
    names: list[NameProposal] = field(default_factory=list)

    def all(self) -> list:
        """Every proposal in document order (the review view's highlight list)."""
        items = [*self.money, *self.dates, *self.organisations, *self.sectors, *self.names]
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


def propose(text: str, document_date: date | PartialDate | None = None,
            gazetteer: Gazetteer | None = None) -> Proposals:
    """Extract everything. ``document_date`` anchors relative dates ("last year"); when not
    given, a date the text prints about itself ("Published 16 December 2024") is used."""
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
    result.sectors = find_sectors(text)
    result.names = find_names(text)
    sentences: dict[tuple[int, int], str] = {}   # one copy of each sentence, shared by its proposals
    for group in (result.money, result.dates, result.organisations, result.sectors, result.names):
        for p in group:
            if group is not result.dates:
                p.sentence_start, p.sentence_end = sentence_of(p.start, p.end)
            key = (p.sentence_start, p.sentence_end)
            if key not in sentences:
                sentences[key] = text[key[0]:key[1]]
            p.sentence = sentences[key]
    sides = _SideFinder(text, result.organisations, result.money, gaz)
    for p in result.money:
        mark_non_funding(text, p)
        sides.assign(p)
    by_id = {q.id: q for q in result.money}
    for p in result.money:   # a conversion restates its figure: same side, same funding flag
        if p.converted_from:
            src = by_id[p.converted_from]
            p.side, p.contributor, p.is_funding = src.side, src.contributor, src.is_funding
    return result


_FROM_BEFORE_ORG = re.compile(r"^[^.;£$€¥\d]{0,40}?\b(?:from|by|of)\b(?:\s+(?:the|its|their|Japan['’]s|the\s+UK['’]s|UK['’]s))*\s*$", re.I)
_AGENT_VERBS = re.compile(r"\b(?:invest\w*|commit\w*|provid\w*|award\w*|fund\w*|contribut\w*|pledg\w*|"
                          r"announc\w*|allocat\w*|spend\w*|spent|give\w*|gave|grant\w*|put|offer\w*|"
                          r"back\w*|earmark\w*|match\w*|unveil\w*|make|made|inject\w*|set\s+aside|support\w*|add|adds|adding|"
                          r"launch\w*)\b", re.I)
_AFTER_REACH, _BEFORE_REACH = 60, 120   # how far from the figure a contributor may stand


class _SideFinder:
    """Side from the contributor: "£4.5m from EPSRC" (after the figure) or "EPSRC will invest
    £4.5m" (before it, with a funding verb between). Nothing else guesses a side.

    Look-ups go through sorted offsets (bisect), never over every organisation or figure of
    the sentence: a sentence can be a whole file that has no full stops or line breaks."""

    def __init__(self, text: str, orgs: list[OrgProposal], money: list[MoneyProposal], gaz: Gazetteer):
        self.text, self.gaz = text, gaz
        # known names come from one regular expression, so they never overlap: sorted by start,
        # they are sorted by end too
        self.orgs = sorted((o for o in orgs if o.known), key=lambda o: o.start)
        self.org_starts = [o.start for o in self.orgs]
        self.org_ends = [o.end for o in self.orgs]
        self.money = sorted(money, key=lambda q: q.start)
        self.money_starts = [q.start for q in self.money]
        self.conversion_end: dict[str, int] = {}
        for q in money:
            if q.converted_from:
                self.conversion_end[q.converted_from] = max(q.end, self.conversion_end.get(q.converted_from, 0))

    def _figures_between(self, p: MoneyProposal, lo: int, hi: int) -> bool:
        """Whether another figure (not ``p``'s own conversion) starts in [lo, hi)."""
        i = bisect.bisect_left(self.money_starts, lo)
        j = bisect.bisect_left(self.money_starts, hi)
        return any(q is not p and q.converted_from != p.id for q in self.money[i:j])

    def assign(self, p: MoneyProposal) -> None:
        end = max(p.end, self.conversion_end.get(p.id, p.end))
        # the first known organisation starting within reach after the figure (and its conversion)
        i = bisect.bisect_left(self.org_starts, max(end, p.sentence_start))
        if i < len(self.orgs):
            o = self.orgs[i]
            if o.start < p.sentence_end and o.start - end <= _AFTER_REACH:
                if not self._figures_between(p, end, o.start) and _FROM_BEFORE_ORG.match(self.text[end:o.start]):
                    return self._set(p, o)
        # else the nearest one ending before it
        i = bisect.bisect_right(self.org_ends, p.start) - 1
        if i >= 0 and self.orgs[i].start >= p.sentence_start:
            o = self.orgs[i]
            if p.start - o.end <= _BEFORE_REACH and _AGENT_VERBS.search(self.text, o.end, p.start) \
                    and not self._figures_between(p, o.end, p.start):
                # "Orchard Therapeutics, the UK subsidiary of Japanese company Kyowa Kirin, is set to
                # invest": both are companies, so the nearest still gives the right side
                return self._set(p, o)

    def _set(self, p: MoneyProposal, o: OrgProposal) -> None:
        entry = self.gaz.entries.get(o.slug)
        if entry is not None and entry.side is not None:
            p.side, p.contributor = entry.side, entry.slug


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
        named = [o for o in proposals.organisations if o.known and _line_at(text, o.start) in short]
        publisher = named[0].name if named else "Not stated in the text"
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
