"""Candidate initiative names: capitalised phrases around "Partnership", "Programme", "Call",
"Fund", "Agreement", "Memorandum" (and a few relatives), with the kind each head word suggests.

"UK-Japan Semiconductors Partnership", "International Science Partnerships Fund",
"Science and Technology Agreement for the 21st Century", "UK-Japan Health Memorandum of
Cooperation" are all found by growing left and right from the head word over capitalised words
and the small words that join them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

HEADS = {"Partnership": "partnership", "Partnerships": "partnership", "Programme": "programme",
         "Program": "programme", "Programmes": "programme", "Call": "funding_call",
         "Fund": "fund", "Agreement": "agreement", "Memorandum": "agreement",
         "Accord": "agreement", "Arrangement": "agreement", "Initiative": "other",
         "Project": "programme", "Strategy": "policy", "Plan": "policy", "Framework": "policy",
         "Mission": "event", "Challenge": "programme", "Fellowships": "programme"}
# One way only to read each word ("UKRI" is not also [A-Z]{2,}, "R&D" not also R&D): with two,
# a run of capitalised words that ends without a head word backtracks through 2^n readings.
_WORD = r"(?:[A-Z][\w’'&.]*+(?:-[A-Za-z][\w’']*+)*+|\d++(?:st|nd|rd|th))"
_JOIN = r"(?:and|of|for|on|in|the|&|to|with)"
_HEAD = "|".join(sorted(HEADS, key=len, reverse=True))
_TAIL_JOIN = r"(?:of|for|on|the)"
# A name starts at the start of a word and has at most 12 words before its head and 12 after
# each joining word, so each start is tried over a bounded stretch: linear in the text.
_NAME = re.compile(
    rf"(?<![\w’'&.-])(?:{_WORD}\s+(?:{_JOIN}\s+)?){{0,12}}(?P<head>{_HEAD})\b"
    rf"(?:\s+(?:{_TAIL_JOIN}\s+)+{_WORD}(?:\s+{_WORD}){{0,12}})*")
_LEADING = re.compile(r"^(?:(?:The|A|An|This|That|Our|Its|Their|New|When|While|As|After|Before|Following|Under|Through|Since|During|Both|Since|Last|Today|and|of|for|on|in|the|&|to|with)\s+)+")
_TRAILING = re.compile(r"(?:\s+(?:and|of|for|on|in|the|&|to|with))+$")


@dataclass
class NameProposal:
    id: str
    text: str
    start: int
    end: int
    suggested_kind: str
    sentence_start: int = 0
    sentence_end: int = 0
    sentence: str = ""
    kind: str = field(default="name", init=False)


def find_names(text: str) -> list[NameProposal]:
    out: list[NameProposal] = []
    for m in _NAME.finditer(text):
        start, end = m.start(), m.end()
        lead = _LEADING.match(text, start, end)
        if lead:
            start = lead.end()
        trail = _TRAILING.search(text, start, end)
        if trail:
            end = trail.start()
        phrase = text[start:end]
        if "\n" in phrase or len(phrase.split()) < 2:
            continue   # a lone "Fund" or "Call" is a word, not a name
        head = m.group("head")
        out.append(NameProposal(f"n{len(out) + 1}", phrase, start, end, HEADS[head]))
    return out


# People named with a title: "Professor Jane Smith", "Dr Keith Dear", "Sir Patrick Vallance".
_TITLE = r"Professor|Prof\.|Dr\.?|Sir|Dame|Lord|Lady|Baroness|Baron|Mr\.?|Mrs\.?|Ms\.?"
_PERSON = re.compile(rf"\b(?P<title>{_TITLE})(?<=\.|\w)\s+(?P<name>(?:[A-Z][a-z’'-]++|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'-]++|[A-Z]\.|de|van|von)){{0,3}})")


@dataclass
class PersonProposal:
    id: str
    text: str           # the title and the name, as printed
    start: int
    end: int
    name: str           # the name without its title
    title: str
    sentence_start: int = 0
    sentence_end: int = 0
    sentence: str = ""
    kind: str = field(default="person", init=False)


def find_people(text: str) -> list[PersonProposal]:
    out: list[PersonProposal] = []
    for m in _PERSON.finditer(text):
        name = m.group("name")
        while name.split()[-1] in ("de", "van", "von"):
            name = name.rsplit(None, 1)[0]
        end = m.start("name") + len(name)
        if "\n" in text[m.start():end] or len(name.split()) < 2 and "." in name:
            continue
        out.append(PersonProposal(f"p{len(out) + 1}", text[m.start():end], m.start(), end, name,
                                  m.group("title")))
    return out
