"""Who pays a money figure: the funding side (UK, Japan, joint, private, other) and how it was
read (``side_basis``).

In order, the first that answers wins:

1. **clause**: the clause that holds the figure names the payer: "£4.5m from EPSRC", "£18bn of
   new investment by Japanese businesses" (after the figure); "METI will provide ¥2bn", "Fujitsu
   has announced it is investing £22m", "..., the UK released its strategy, pledging £1bn"
   (before it, with a funding verb between, and not a recipient: "Astroscale has been
   awarded"); the next sentence says "This will be funded by JSPS"; or, naming nobody, "a joint
   £2m investment".
2. **gazetteer**: the organisations the sentence names all sit on one side (or, when it names
   none and goes on about the sentence before, "This represents ...", those of that sentence).
3. **currency**: pounds are the UK's, yen Japan's; any other currency says nothing.

Companies, known or recognised by their form ("Yotsuya Capital", "Hitachi Rail Europe Ltd."),
and nouns such as "Japanese businesses" pay on the private side. Only funding and investment
figures get a side: a trade value or a share price has no payer.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .money import MoneyProposal
from .money_kind import FUNDING_KINDS
from .organisations import Gazetteer, OrgProposal
from .sentences import SentenceIndex

_FROM_BEFORE_ORG = re.compile(r"^[^.;£$€¥\d]{0,40}?\b(?:from|by|of)\b(?:\s+(?:the|its|their|Japan['’]s|the\s+UK['’]s|UK['’]s|"
                              r"Japanese|British|UK|foreign|private|leading|major|several|other))*\s*$", re.I)
_AGENT_VERBS = re.compile(r"\b(?:invest\w*|commit\w*|provid\w*|award\w*|fund\w*|contribut\w*|pledg\w*|"
                          r"announc\w*|allocat\w*|spend\w*|spent|give\w*|gave|grant\w*|put|offer\w*|"
                          r"back\w*|earmark\w*|match\w*|unveil\w*|make|made|inject\w*|set\s+aside|support\w*|add|adds|adding|"
                          r"launch\w*|plough\w*|pay|pays|paid|saw)\b", re.I)
# the organisation before the figure receives it: "Astroscale has been awarded £1.7m"
_RECIPIENT = re.compile(r"\b(?:been|was|were|is|are|be)\s+(?:awarded|granted|given|allocated|offered|promised)\b|"
                        r"\breceiv\w*|\bwon\b|\bsecured\b|\braised\b|\bgets?\b|\bgot\b", re.I)
_JOINT = re.compile(r"\bjoint(?:ly)?\b[^.;£$€¥\d]{0,25}$", re.I)
_NEXT_SAYS_PAYER = re.compile(r"^(?:This|It|These|They|That|The\s+\w+(?:\s+\w+)?)\s+(?:will\s+be|would\s+be|is|are|was|were|can\s+be)\s+"
                              r"(?:funded|paid\s+for|paid|provided|covered|supported|met)\s+by\s+(?:the\s+)?$", re.I)
# nouns that name a private payer without naming it: "Leading Japanese businesses", "its partners"
_COMPANY_NOUN = re.compile(r"\b(?:businesses|companies|company|firms?|trading\s+houses?|conglomerates?|"
                           r"carmakers?|automakers?|manufacturers?|investors?|corporations?|banks|lenders|utilities)\b", re.I)
# a country or its government as the subject of a funding verb ("the UK released its strategy,
# pledging £1 billion"), or after "from"/"by": another country's money is on the "other" side
_OTHER_COUNTRIES = (r"[Tt]he\s+(?:US|USA|U\.S\.|United\s+States|EU|European\s+Union|Netherlands)|America|China|"
                    r"Germany|France|Canada|India|(?:South\s+)?Korea|Taiwan|Australia|Singapore|Italy|"
                    r"Switzerland|Europe|Spain|Norway|Sweden|Denmark|Israel|Brazil")
_FOREIGN_GOVERNMENT = (r"(?:[Tt]he\s+)?(?:US|U\.S\.|American|Chinese|German|French|Canadian|Indian|Korean|Taiwanese|"
                       r"Australian|Singaporean|Swiss|Italian|Dutch|Spanish|Norwegian|Swedish|Danish|Israeli|"
                       r"Brazilian)\s+[Gg]overnment")
_COUNTRY_NOUN = re.compile(r"(?<![\w-])(?:(?P<uk>the\s+UK|the\s+United\s+Kingdom|Britain)|(?P<jp>Japan)|"
                           rf"(?P<other>{_FOREIGN_GOVERNMENT}|{_OTHER_COUNTRIES}))(?![\w-]|['’]s\b)")
_SOURCE_BEFORE = re.compile(r"\b(?:from|by)\s+$")
_DIRECT_SOURCE = re.compile(r"^\s+(?:(?:in\s+)?(?:funding|money|support|investment)\s+)?(?:from|by)\s+$", re.I)
# "at least £45 million in matched partner funding": the partners (abroad) pay
_PARTNER_FUNDING = re.compile(r"\s+(?:in|of)\s+(?:matched\s+|match\s+|additional\s+)?partner\s+"
                              r"(?:funding|contributions?|investment)\b", re.I)
# a sentence that goes on about what the one before named: "This represents ... the £82 million"
_ANAPHOR = re.compile(r"(?:This|These|It|They|The\s+(?:\w+\s+)?(?:investment|funding|fund|money|grant|award|deal|"
                      r"project|programme|development|contribution))\b")
_SUBJECT_BEFORE = re.compile(r"(?:^|[\n.;:]\s*|,\s+|\b(?:that|while|whereas)\s+)$")
_CURRENCY_SIDE = {"GBP": "UK", "JPY": "Japan"}
_AFTER_REACH, _BEFORE_REACH = 60, 120   # how far from the figure a payer may stand
# a "sentence" can be a whole file without full stops: the gazetteer step looks this far around
# the figure, and no organisation name is longer than _LONGEST_NAME
_SENTENCE_REACH, _LONGEST_NAME = 400, 300
_COMPANY_TYPES = {"company"}


@dataclass(frozen=True)
class Payer:
    start: int
    end: int
    side: str | None
    slug: str | None      # gazetteer slug (None for an organisation known only by its form)
    text: str
    noun: bool = False    # "businesses": names no organisation, so it is no gazetteer evidence


def payers(text: str, orgs: list[OrgProposal], gaz: Gazetteer) -> list[Payer]:
    """Every organisation mention with the side its money would be on, plus company nouns."""
    out = []
    for o in orgs:
        entry = gaz.entries.get(o.slug) if o.slug else None
        if entry is not None:
            out.append(Payer(o.start, o.end, entry.side, entry.slug, o.text))
        else:
            out.append(Payer(o.start, o.end, "private" if o.type in _COMPANY_TYPES else None, None, o.text))
    taken = bytearray(len(text))   # words inside an organisation's name are not nouns of their own
    for o in orgs:
        taken[o.start:o.end] = b"\x01" * (o.end - o.start)
    for m in _COMPANY_NOUN.finditer(text):
        if not any(taken[m.start():m.end()]):
            out.append(Payer(m.start(), m.end(), "private", None, m.group(), noun=True))
    for m in _COUNTRY_NOUN.finditer(text):
        # only as a subject ("..., the UK released") or a source ("£45m from the EU")
        lo = max(0, m.start() - 8)
        if ((_SUBJECT_BEFORE.search(text, lo, m.start()) or _SOURCE_BEFORE.search(text, lo, m.start()))
                and not any(taken[m.start():m.end()])):
            side = "UK" if m.group("uk") else "Japan" if m.group("jp") else "other"
            out.append(Payer(m.start(), m.end(), side, None, m.group(), noun=True))
    out.sort(key=lambda p: p.start)
    return out


class SideFinder:
    """Sides for the figures of one text; organisation and figure positions are indexed once so
    that each figure looks only at its own sentence."""

    def __init__(self, text: str, orgs: list[OrgProposal], money: list[MoneyProposal],
                 gaz: Gazetteer, index: SentenceIndex):
        self.text, self.index = text, index
        self.payers = payers(text, orgs, gaz)
        self._payer_starts = [p.start for p in self.payers]
        self.money = sorted(money, key=lambda q: q.start)
        self._money_starts = [q.start for q in self.money]
        self._conversion_end = {}
        for q in money:
            if q.converted_from:
                self._conversion_end[q.converted_from] = max(q.end, self._conversion_end.get(q.converted_from, 0))

    def _payers_in(self, start: int, end: int) -> list[Payer]:
        i = bisect.bisect_left(self._payer_starts, start)
        j = bisect.bisect_left(self._payer_starts, end)
        return self.payers[i:j]

    def _figure_between(self, start: int, end: int, p: MoneyProposal) -> bool:
        """Whether another figure (not ``p``'s own conversion) starts in [start, end)."""
        i = bisect.bisect_left(self._money_starts, start)
        while i < len(self.money) and self.money[i].start < end:
            q = self.money[i]
            if q is not p and q.converted_from != p.id:
                return True
            i += 1
        return False

    def assign(self, p: MoneyProposal) -> None:
        if p.converted_from or p.money_kind not in FUNDING_KINDS:
            p.side = p.contributor = p.side_basis = p.contributor_text = None
            return
        recipients: set[Payer] = set()
        found = self._clause(p, recipients)
        if found is not None:
            return _set(p, *found, "clause")
        lo, hi = max(p.sentence_start, p.start - _SENTENCE_REACH), min(p.sentence_end, p.end + _SENTENCE_REACH)
        side, payer = self._sentence_side(lo, hi, recipients)
        if (side is None and _ANAPHOR.match(self.text, p.sentence_start)
                and not any(not o.noun for o in self._payers_in(lo, hi))):
            before = self.index.containing(max(0, p.sentence_start - 2))
            if before.end <= p.sentence_start and "\n\n" not in self.text[before.end:p.sentence_start]:
                side, payer = self._sentence_side(max(before.start, before.end - _SENTENCE_REACH), before.end)
        if side is not None:
            return _set(p, side, payer, "gazetteer")
        side = _CURRENCY_SIDE.get(p.currency)
        p.side, p.side_basis = side, ("currency" if side else None)
        p.contributor = p.contributor_text = None

    def _clause(self, p: MoneyProposal, recipients: set[Payer]) -> tuple[str, Payer | None] | None:
        """The payer the clause names; organisations it names as receiving the money are added
        to ``recipients`` (they must not decide the side later either)."""
        text = self.text
        end = max(p.end, self._conversion_end.get(p.id, p.end))
        if _PARTNER_FUNDING.match(text, end):
            return "other", None
        for o in self._payers_in(end, min(p.sentence_end, end + _AFTER_REACH)):
            if self._figure_between(end, o.start, p):
                break
            gap = text[end:o.start]
            if o.noun and _COUNTRY_NOUN.fullmatch(o.text):
                # a country only right after its money ("£45m from the EU"), not "for researchers from Japan"
                if _DIRECT_SOURCE.match(gap):
                    return o.side, o
            elif _FROM_BEFORE_ORG.match(gap) and o.side is not None:
                return o.side, o
            break
        lo = max(p.sentence_start, p.start - _BEFORE_REACH - _LONGEST_NAME)
        before = [o for o in self._payers_in(lo, p.start) if o.end <= p.start]
        for noun in (False, True):   # the nearest organisation; failing that, "Japanese businesses"
            o = next((o for o in reversed(before) if o.noun == noun), None)
            if o is None:
                continue
            gap = text[o.end:p.start]
            if len(gap) <= _BEFORE_REACH and _RECIPIENT.search(gap):
                recipients.add(o)
                continue
            if (len(gap) <= _BEFORE_REACH and o.side is not None and _AGENT_VERBS.search(gap)
                    and not self._figure_between(o.end, p.start, p)):
                # "Orchard Therapeutics, the UK subsidiary of Japanese company Kyowa Kirin, is set
                # to invest": both are companies, so the nearest still gives the right side
                return o.side, o
        nxt = self.index.containing(min(len(text), p.sentence_end + 1))
        if nxt.start >= p.sentence_end and "\n\n" not in text[p.sentence_end:nxt.start]:
            for o in self._payers_in(nxt.start, min(nxt.end, nxt.start + _LONGEST_NAME)):
                if _NEXT_SAYS_PAYER.match(text[nxt.start:o.start]) and o.side is not None:
                    return o.side, o
                break
        if _JOINT.search(text[max(p.sentence_start, p.start - 40):p.start]):
            return "joint", None   # "a joint £2 million investment", with no payer named
        return None

    def _sentence_side(self, start: int, end: int, recipients: set[Payer] = frozenset()
                       ) -> tuple[str | None, Payer | None]:
        """The one side of the organisations named here, and the organisation if it is one."""
        named = [o for o in self._payers_in(start, end) if o.side is not None and not o.noun and o not in recipients]
        if len({o.side for o in named}) != 1:
            return None, None
        bodies = {o.slug or o.text for o in named}
        return named[0].side, named[0] if len(bodies) == 1 else None


def _set(p: MoneyProposal, side: str, payer: Payer | None, basis: str) -> None:
    p.side, p.side_basis = side, basis
    p.contributor = payer.slug if payer is not None else None
    p.contributor_text = payer.text if payer is not None else None
