"""Sectors from a keyword lexicon, mapped to the slugs of ``db/sectors.toml``.

Each keyword hit is a proposal with offsets (so the review view can highlight why a sector was
suggested); ``rank_sectors`` turns the hits into a short list for the initiative form.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# slug → keywords (regular-expression fragments, matched case-insensitively on word boundaries
# unless written with capitals, which are matched as written: "AI" must not match "said")
LEXICON: dict[str, tuple[str, ...]] = {
    "semiconductors": (r"semiconductors?", r"microchips?", r"chips?", r"microelectronics", r"integrated circuits?", r"wafers?", r"foundr(?:y|ies)", r"lithography"),
    "ai": (r"artificial intelligence", r"=AI", r"machine learning", r"large language models?", r"neural networks?", r"=LLMs?"),
    "digital": (r"digital(?: technolog(?:y|ies)| infrastructure| services| economy)?", r"software", r"cloud (?:services|computing)", r"data (?:science|sharing|infrastructure)", r"supercomput\w+"),
    "telecoms": (r"telecoms?", r"telecommunications?", r"=5G", r"=6G", r"mobile (?:coverage|networks?)", r"connectivity", r"non-terrestrial networks?", r"optical networks?", r"satellite internet", r"open RAN", r"wireless"),
    "quantum": (r"quantum(?: technolog(?:y|ies)| computing| computers?| sensors?| sensing| internet)?", r"qubits?"),
    "life-sciences": (r"life sciences?", r"biotech(?:nology)?", r"pharmaceuticals?", r"drug discovery", r"medicines?", r"therapeutics", r"clinical trials?", r"health ?care", r"engineering biology"),
    "genomics": (r"genomics?", r"genomes?", r"sequencing", r"genetic testing"),
    "cell-gene-therapy": (r"gene therap(?:y|ies)", r"cell therap(?:y|ies)", r"cell and gene", r"CAR-T"),
    "space": (r"space(?: sector| agency| sustainability| industry| debris| exploration)?", r"satellites?", r"spacecraft", r"lunar", r"launch vehicles?", r"earth observation"),
    "defence": (r"defen[cs]e", r"dual-use", r"military", r"fighter (?:jet|aircraft)", r"national security"),
    "cyber": (r"cyber ?security", r"cyber(?:threats?|attacks?)?", r"cyber-security"),
    "clean-tech": (r"clean (?:tech|technolog(?:y|ies)|energy)", r"net zero", r"hydrogen", r"renewables?", r"offshore wind", r"fusion(?: energy)?", r"batter(?:y|ies)", r"decarboni[sz]\w+", r"low-carbon"),
    "physics": (r"neutrinos?", r"particle physics", r"physics", r"synchrotron", r"telescopes?", r"accelerators?", r"astronomy"),
    "disaster-science": (r"disaster(?: science| risk| resilience)?s?", r"earthquakes?", r"tsunamis?", r"natural hazards?"),
    "food": (r"food(?: systems| security| supply)?", r"agri(?:culture|-?tech|food)", r"crops?"),
    "research-policy": (r"research (?:funding|policy|security|collaboration)", r"science policy", r"intellectual property", r"=IP rights", r"research and innovation"),
    "trade": (r"bilateral trade", r"trade (?:mission|deal|agreement)", r"exports?", r"inward investment", r"foreign direct investment"),
}


# Japanese keywords, matched without word boundaries (Japanese writes none): slug → fragments (session 29: a Japanese
# page on quantum research suggested no sector). "通信社", 共同通信 and 時事通信 are news agencies, not telecoms; "AI"
# beside Japanese letters
_JA = r"[\u3040-\u30ff\u4e00-\u9fff]"
JA_LEXICON: dict[str, tuple[str, ...]] = {
    "semiconductors": ("半導体",),
    "ai": ("人工知能", "機械学習", "生成AI", rf"(?<={_JA})AI", rf"AI(?={_JA})"),
    "telecoms": (r"(?<!共同)(?<!時事)通信(?!社)", "5G", "6G", "光ネットワーク"),
    "quantum": ("量子",),
    "life-sciences": ("ライフサイエンス", "創薬", "医薬品", "製薬", "バイオ", "臨床試験"),
    "genomics": ("ゲノム",),
    "cell-gene-therapy": ("遺伝子治療", "細胞治療", "再生医療"),
    "space": ("宇宙", "人工衛星", "衛星", "スペースデブリ", "デブリ除去"),
    "defence": ("防衛", "安全保障"),
    "cyber": ("サイバー",),
    "clean-tech": ("水素", "洋上風力", "再生可能エネルギー", "核融合", "脱炭素", "蓄電池", "カーボンニュートラル"),
    "physics": ("物理学", "加速器", "ニュートリノ", "素粒子"),
    "disaster-science": ("防災", "地震", "津波"),
    "food": ("食品", "農業"),
    "trade": ("貿易", "輸出", "対内投資", "対日投資"),
}
_JA_RX = re.compile("|".join(f"(?P<{slug.replace('-', '_')}>{'|'.join(words)})" for slug, words in JA_LEXICON.items()))


@dataclass
class SectorProposal:
    id: str
    text: str
    start: int
    end: int
    slug: str
    sentence_start: int = 0
    sentence_end: int = 0
    sentence: str = ""
    kind: str = field(default="sector", init=False)


def _compile() -> tuple[re.Pattern, list[tuple[re.Pattern, str]]]:
    """One pattern that finds any keyword, and per keyword a pattern that says which it was.

    The finder groups the keywords by first letter (``s(?:emiconductors?|atellites?|...)``), so
    a word start tries the few keywords of its letter rather than all of them; order within a
    letter is kept, and keywords of different letters never match at the same place."""
    by_first: dict[str, list[str]] = {}
    exact: list[str] = []
    which: list[tuple[re.Pattern, str]] = []
    for slug, words in LEXICON.items():
        for w in words:
            if w.startswith("="):   # case-sensitive keyword
                exact.append(w[1:])
                which.append((re.compile(w[1:]), slug))
            else:
                by_first.setdefault(w[0].lower(), []).append(w[1:])
                which.append((re.compile(w, re.IGNORECASE), slug))
    branches = [f"(?-i:{'|'.join(exact)})"] + [
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()]
    # "(?=\w)" first: every keyword starts with a letter or digit, and without it each position
    # after a space (a run of spaces, a blank line) would try every keyword in turn
    finder = re.compile(r"(?<![\w-])(?=\w)(?:" + "|".join(branches) + r")(?![\w-])", re.IGNORECASE)
    return finder, which


_RX, _WHICH = _compile()


def find_sectors(text: str) -> list[SectorProposal]:
    hits = []
    for m in _RX.finditer(text):
        found = m.group()
        hits.append((m.start(), m.end(), found, next(slug for rx, slug in _WHICH if rx.fullmatch(found))))
    for m in _JA_RX.finditer(text):
        hits.append((m.start(), m.end(), m.group(), m.lastgroup.replace("_", "-")))
    hits.sort()
    return [SectorProposal(f"s{i}", found, start, end, slug) for i, (start, end, found, slug) in enumerate(hits, 1)]


def rank_sectors(proposals: list[SectorProposal], minimum: int = 2) -> list[str]:
    """Sector slugs mentioned at least ``minimum`` times, most mentioned first."""
    counts = Counter(p.slug for p in proposals)
    return [slug for slug, n in counts.most_common() if n >= minimum]
