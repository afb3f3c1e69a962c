"""Sentence spans over a document's stored text.

Every proposal carries the sentence it sits in, and the importer turns that sentence into the
excerpt that supports an accepted fact, so spans must be exact offsets into the text, never a
cleaned-up copy. A line break ends a sentence: press releases put headings, bullets and
bylines on their own lines without a full stop. Not in a hard-wrapped text (a wire story or an old
magazine page broken every 60-80 characters, where many lines go on in lower case): there a line
break inside a paragraph after no closing punctuation is a space ("It had gross written premiums\nof
£692m in 2012" is one sentence), and only a blank line or punctuation ends a sentence.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Abbreviations whose full stop does not end a sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset("""
    e.g i.e etc cf vs no nos vol dr mr mrs ms prof st co ltd inc corp dept govt approx est
    jan feb mar apr jun jul aug sep sept oct nov dec fig al ph.d m.d u.s u.k p pp c ca
""".split())
# (round 157: a copied encyclopaedia's footnote marks after the stop end the sentence with it, "spending £882,000
# total.[9] The organisation creating the school spent ...")
_CANDIDATE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?:\[\d{1,3}\])*(?=\s)|\n")
_CANDIDATE_END_JA = re.compile(r"[.!?…]+[\"”’')\]]*(?:\[\d{1,3}\])*(?=\s)|。[」』）)]*(?:\[\d{1,3}\])*|\n")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


class SentenceIndex:
    """The sentences of one text, with a fast offset → sentence look-up."""

    def __init__(self, text: str):
        self.text = text
        self.sentences = split_sentences(text)
        self._starts = [s.start for s in self.sentences]

    def containing(self, start: int, end: int | None = None) -> Sentence:
        """The sentence holding ``start`` (widened to ``end`` if a match crosses a boundary)."""
        end = start if end is None else end
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0 or not self.sentences:
            return Sentence(start, max(start, end))
        first = self.sentences[i]
        if start >= first.end and i + 1 < len(self.sentences):
            # start sits in the gap between two sentences (whitespace): use the next one
            first = self.sentences[i + 1]
        last_end = first.end
        j = i + 1
        while last_end < end and j < len(self.sentences):
            last_end = self.sentences[j].end
            j += 1
        return Sentence(min(first.start, start), max(last_end, end))


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial (A.D.A.M, J.)."""
    k = dot
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    return len(word.replace(".", "")) == 1 and text[k].isupper()


# a company's legal suffix with a comma or bracket after it starts no sentence
_SUFFIX_GOES_ON = re.compile(r"(?:Ltd|Limited|Inc|plc|Plc|PLC|LLP|LLC|GmbH|Corp|Co)\.?[,)]")
# (round 123) a dotted legal form with its listing in brackets after it goes on too: "Fuller, Smith & Turner P.L.C.
# (LSE:FSTA) for £250 million" (not "its Japanese unit AstraZeneca K.K.  The British group said")
# (review 52: the bracket goes on with the sentence, not with a new one: "K.K. (Tokyo) The group said" ends after it)
_BRACKET_GOES_ON = re.compile(r"\([^()\n]{1,40}\)(?!\s*[A-Z])")
_DOTTED_SUFFIX_END = re.compile(r"(?<![\w.])(?:P\.L\.C|K\.K|N\.V|S\.A|A\.G|B\.V|S\.p\.A|L\.P|L\.L\.C)$")

# a single line break (not a blank line) and what follows it
_LINE_BREAK = re.compile(r"(?<!\n)\n(?![\n\r])")
_WRAPPED_MIN = 3          # lines going on in lower case, at least
_WRAPPED_SHARE = 0.3      # of the text's single line breaks
_CLOSING = ".!?:;。！？」』）)]\"”’"
# a line ending in a Japanese letter (kana or kanji) or a comma and going on with a letter or a digit: a sentence broken
_JA_GOES_ON_BEFORE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff、]")
_JA_GOES_ON_AFTER = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff0-9０-９]")
# (round 140) a line that opens with a case particle goes on the line before, in any text: no Japanese sentence or
# heading starts with one ("…本件事業買収に係る取得価額総額\nは 26.5 百万ポンド…", a PDF's line broken by a disclosure)
_JA_PARTICLE_OPENS = re.compile(r"[はがをにへで](?![\u3041-\u3096])")
_JA_WRAPPED_MIN = 3       # such breaks, at least
_JA_WRAPPED_LINE = 25     # characters in the line before such a break, at least
_JA_WRAPPED_SHARE = 0.4   # of the text's single line breaks


def hard_wrapped(text: str) -> bool:
    """Whether the text was broken into lines of a fixed width: many single line breaks are followed by a
    lower-case word, which no heading, bullet or byline is; or, in Japanese, which has no case, many break a
    sentence between two Japanese letters (round 82: a PDF's lines, "…1100 万張の薬剤処理済の\n蚊帳の配布にあてる。")."""
    breaks = _single_breaks(text)
    return _lower_case_wrapped(text, breaks) or _japanese_wrapped(text, breaks)


def _single_breaks(text: str) -> list[int]:
    return [m.start() for m in _LINE_BREAK.finditer(text)]


def _lower_case_wrapped(text: str, breaks: list[int]) -> bool:
    lower = sum(1 for i in breaks if i + 1 < len(text) and text[i + 1].islower())
    return lower >= _WRAPPED_MIN and lower >= _WRAPPED_SHARE * len(breaks)


def _japanese_wrapped(text: str, breaks: list[int]) -> bool:
    """Whether a Japanese text was broken into lines of a fixed width (many breaks between two letters)."""
    # (review 40: only long lines, as a fixed width makes them; a list's or a heading's short lines are no wrapping)
    mid = sum(1 for i in breaks if 0 < i and i + 1 < len(text) and _JA_GOES_ON_BEFORE.match(text, i - 1)
              and _JA_GOES_ON_AFTER.match(text, i + 1) and i - (text.rfind("\n", 0, i) + 1) >= _JA_WRAPPED_LINE)
    return mid >= _JA_WRAPPED_MIN and mid >= _JA_WRAPPED_SHARE * len(breaks)


def _wrapped_line_goes_on(text: str, i: int) -> bool:
    """In a hard-wrapped text, whether the line break at ``i`` is inside a paragraph and after no closing mark."""
    before = text[:i].rstrip(" \t")
    return (bool(before) and before[-1] not in _CLOSING and i + 1 < len(text) and text[i + 1] not in "\n\r"
            and not text[i + 1:i + 2].isspace())


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as trimmed (start, end) spans; whitespace between them belongs to none."""
    spans: list[Sentence] = []
    begin = 0
    breaks = _single_breaks(text)   # (each test reads the text's line breaks once)
    japanese = _japanese_wrapped(text, breaks)
    wrapped = japanese or _lower_case_wrapped(text, breaks)
    # (round 82) a wrapped Japanese text's lines are joined, so its sentences end at its full stops instead
    ends = _CANDIDATE_END_JA if japanese else _CANDIDATE_END
    for m in ends.finditer(text):
        if m.group() == "\n" and wrapped and _wrapped_line_goes_on(text, m.start()):
            continue
        if (m.group() == "\n" and m.start() > 0 and _JA_GOES_ON_BEFORE.match(text, m.start() - 1)
                and _JA_PARTICLE_OPENS.match(text, m.end())):
            continue
        if m.group() != "\n":
            if m.group()[0] == "。":
                _add(text, begin, m.end(), spans)
                begin = m.end()
                continue
            if m.group()[0] == "." and _ends_with_abbreviation(text, m.start()):
                continue
            nxt = m.end()
            while nxt < len(text) and text[nxt] in " \t":
                nxt += 1
            # "3.6 billion" never gets here (no space); a lower-case continuation is not a new sentence
            if nxt < len(text) and text[nxt].islower():
                continue
            # (round 78) a company's suffix after a full stop goes on its name: "Mitsui Fudosan UK. Ltd, have confirmed"
            if _SUFFIX_GOES_ON.match(text, nxt):
                continue
            if (_BRACKET_GOES_ON.match(text, nxt)
                    and _DOTTED_SUFFIX_END.search(text, max(0, m.start() - 8), m.start())):
                continue
        _add(text, begin, m.end() if m.group() != "\n" else m.start(), spans)
        begin = m.end()
    _add(text, begin, len(text), spans)
    return spans


# A "sentence" longer than this (a file with no full stops or line breaks) is cut at a space:
# every proposal carries its sentence, and an excerpt is meant to be read.
MAX_SENTENCE = 2000


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add_trimmed(text, start, cut, out)
        start = cut
    _add_trimmed(text, start, end, out)


def _add_trimmed(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))
