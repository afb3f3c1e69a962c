"""Organisation mentions from a gazetteer of names, aliases and abbreviations.

The gazetteer is the curated ``db/organisations.toml`` plus the built-in list below of UK and
Japanese ministries, agencies, research councils, universities and companies that S&T releases
name often, and the wider list in ``known_bodies.py``. Callers (the review view) extend it with
``extra``. Matching is case-sensitive on whole words: "JST" is an agency, "just" is not; "Arm" the
company is only recognised by a longer name because "arm" is a word.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .known_bodies import BODIES, MORE_NAMES


# a character that continues a Latin word: letters (accented ones too), digits, "_" and "-" (× and ÷ sit among the
# accented letters but are signs: "JST×UKRI" is two bodies)
_LATIN_WORD = r"[0-9A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\-]"


@dataclass(frozen=True)
class GazetteerEntry:
    slug: str
    name: str
    country: str          # ISO code: GB, JP, ... ("INT" for international bodies)
    type: str             # core.vocab ORG_TYPES
    aliases: tuple[str, ...] = ()

    @property
    def side(self) -> str | None:
        """The funding side money from this organisation is on."""
        if self.type == "company":
            return "private"
        if self.type == "intergovernmental":
            return "other"
        # (round 27) a public body of a third country (a sovereign fund, a foreign agency) pays that country's money
        return {"GB": "UK", "JP": "Japan"}.get(self.country, "other" if self.country else None)


def _e(slug, name, country, type_, *aliases) -> GazetteerEntry:
    return GazetteerEntry(slug, name, country, type_, tuple(aliases))


BUILT_IN: tuple[GazetteerEntry, ...] = (
    # UK government, funders and agencies
    _e("dsit", "Department for Science, Innovation and Technology", "GB", "ministry", "DSIT", "Department for Science, Innovation & Technology"),
    _e("ukri", "UK Research and Innovation", "GB", "research_council", "UKRI", "UK Research & Innovation"),
    _e("epsrc", "Engineering and Physical Sciences Research Council", "GB", "research_council", "EPSRC"),
    _e("bbsrc", "Biotechnology and Biological Sciences Research Council", "GB", "research_council", "BBSRC"),
    _e("mrc", "Medical Research Council", "GB", "research_council", "MRC"),
    _e("stfc", "Science and Technology Facilities Council", "GB", "research_council", "STFC"),
    _e("nerc", "Natural Environment Research Council", "GB", "research_council", "NERC"),
    _e("esrc", "Economic and Social Research Council", "GB", "research_council", "ESRC"),
    _e("ahrc", "Arts and Humanities Research Council", "GB", "research_council", "AHRC"),
    _e("innovate-uk", "Innovate UK", "GB", "agency"),
    _e("research-england", "Research England", "GB", "research_council"),
    _e("fcdo", "Foreign, Commonwealth and Development Office", "GB", "ministry", "FCDO", "Foreign, Commonwealth & Development Office"),
    _e("dbt", "Department for Business and Trade", "GB", "ministry", "DBT"),
    _e("dit", "Department for International Trade", "GB", "ministry", "DIT", "Department of International Trade"),
    _e("beis", "Department for Business, Energy and Industrial Strategy", "GB", "ministry", "BEIS"),
    _e("desnz", "Department for Energy Security and Net Zero", "GB", "ministry", "DESNZ"),
    _e("dhsc", "Department of Health and Social Care", "GB", "ministry", "DHSC"),
    _e("mod-uk", "Ministry of Defence", "GB", "ministry", "MOD", "MoD"),
    _e("dstl", "Defence Science and Technology Laboratory", "GB", "agency", "Dstl", "DSTL"),
    _e("uk-space-agency", "UK Space Agency", "GB", "agency", "UKSA"),
    _e("met-office", "Met Office", "GB", "agency"),
    _e("nihr", "National Institute for Health and Care Research", "GB", "agency", "NIHR"),
    _e("nhs", "National Health Service", "GB", "agency", "NHS"),
    _e("aria", "Advanced Research and Invention Agency", "GB", "agency", "ARIA"),
    _e("npl", "National Physical Laboratory", "GB", "agency", "NPL"),
    _e("ukaea", "UK Atomic Energy Authority", "GB", "agency", "UKAEA"),
    _e("alan-turing-institute", "The Alan Turing Institute", "GB", "other", "Alan Turing Institute", "Turing Institute"),
    _e("royal-society", "The Royal Society", "GB", "other", "Royal Society"),
    _e("british-academy", "The British Academy", "GB", "other", "British Academy"),
    _e("royal-academy-of-engineering", "Royal Academy of Engineering", "GB", "other", "RAEng"),
    _e("academy-of-medical-sciences", "Academy of Medical Sciences", "GB", "other"),
    _e("british-council", "British Council", "GB", "other"),
    _e("british-embassy-tokyo", "British Embassy Tokyo", "GB", "government", "British Embassy in Tokyo", "UK Embassy in Tokyo", "British Embassy"),
    _e("wellcome", "Wellcome Trust", "GB", "other", "Wellcome"),
    _e("uk-government", "UK Government (HM Government)", "GB", "government", "HM Government", "UK Government", "UK government", "British government", "British Government",
       # (round 104) the state's formal name, as donors' pages write it
       "Government of the United Kingdom", "government of the United Kingdom", "Government of the UK", "government of the UK",
       "U.K. government", "U.K. Government", "Her Majesty's Government", "His Majesty's Government",
       "Her Majesty’s Government", "His Majesty’s Government"),
    # UK universities
    _e("university-of-oxford", "University of Oxford", "GB", "university", "Oxford University"),
    _e("university-of-cambridge", "University of Cambridge", "GB", "university", "Cambridge University"),
    _e("imperial-college-london", "Imperial College London", "GB", "university", "Imperial College"),
    _e("ucl", "University College London", "GB", "university", "UCL"),
    _e("university-of-edinburgh", "University of Edinburgh", "GB", "university", "Edinburgh University"),
    _e("university-of-manchester", "University of Manchester", "GB", "university", "Manchester University"),
    _e("university-of-bristol", "University of Bristol", "GB", "university", "Bristol University"),
    _e("university-of-glasgow", "University of Glasgow", "GB", "university", "Glasgow University"),
    _e("university-of-sheffield", "University of Sheffield", "GB", "university"),
    _e("university-of-southampton", "University of Southampton", "GB", "university"),
    _e("university-of-strathclyde", "University of Strathclyde", "GB", "university"),
    _e("cardiff-university", "Cardiff University", "GB", "university"),
    _e("kings-college-london", "King's College London", "GB", "university", "King’s College London", "KCL"),
    # UK companies
    _e("arm", "Arm Holdings", "GB", "company", "Arm Ltd"),
    _e("rolls-royce", "Rolls-Royce", "GB", "company", "Rolls-Royce plc"),
    _e("bae-systems", "BAE Systems", "GB", "company"),
    _e("gsk", "GSK", "GB", "company", "GlaxoSmithKline"),
    _e("astrazeneca", "AstraZeneca", "GB", "company"),
    _e("oxford-ionics", "Oxford Ionics", "GB", "company"),
    _e("oxford-quantum-circuits", "Oxford Quantum Circuits", "GB", "company", "OQC"),
    _e("riverlane", "Riverlane", "GB", "company"),
    _e("iqe", "IQE", "GB", "company", "IQE plc"),
    _e("octopus-energy", "Octopus Energy", "GB", "company", "Octopus Energy Group", "Octopus Energy Group Ltd", "Octopus"),
    _e("octopus-energy-generation", "Octopus Energy Generation", "GB", "company"),
    # Japanese government, funders and agencies
    _e("government-of-japan", "Government of Japan", "JP", "government", "Japanese Government", "Japanese government", "Japanese Cabinet",
       "GOJ", "GoJ"),   # (session 38) the short form US embassy and diplomatic copy writes
    _e("mext", "Ministry of Education, Culture, Sports, Science and Technology", "JP", "ministry", "MEXT"),
    _e("meti", "Ministry of Economy, Trade and Industry", "JP", "ministry", "METI"),
    _e("mic-japan", "Ministry of Internal Affairs and Communications", "JP", "ministry", "MIC"),
    _e("mhlw", "Ministry of Health, Labour and Welfare", "JP", "ministry", "MHLW"),
    _e("mofa-japan", "Ministry of Foreign Affairs of Japan", "JP", "ministry", "MOFA", "MoFA"),
    _e("mod-japan", "Ministry of Defense", "JP", "ministry", "Japan Ministry of Defense"),
    _e("cabinet-office-japan", "Cabinet Office of Japan", "JP", "ministry", "Cabinet Office, Government of Japan"),
    _e("csti", "Council for Science, Technology and Innovation", "JP", "government", "CSTI"),
    _e("jst", "Japan Science and Technology Agency", "JP", "agency", "JST"),
    _e("jsps", "Japan Society for the Promotion of Science", "JP", "agency", "JSPS"),
    _e("amed", "Japan Agency for Medical Research and Development", "JP", "agency", "AMED"),
    _e("nedo", "New Energy and Industrial Technology Development Organization", "JP", "agency", "NEDO", "New Energy and Industrial Technology Development Organisation"),
    _e("riken", "RIKEN", "JP", "agency"),
    _e("aist", "National Institute of Advanced Industrial Science and Technology", "JP", "agency", "AIST"),
    _e("nict", "National Institute of Information and Communications Technology", "JP", "agency", "NICT"),
    _e("jaxa", "Japan Aerospace Exploration Agency", "JP", "agency", "JAXA"),
    _e("qst", "National Institutes for Quantum Science and Technology", "JP", "agency", "QST"),
    _e("nims", "National Institute for Materials Science", "JP", "agency", "NIMS"),
    _e("jetro", "Japan External Trade Organization", "JP", "agency", "JETRO"),
    _e("jica", "Japan International Cooperation Agency", "JP", "agency", "JICA"),
    _e("japan-foundation", "The Japan Foundation", "JP", "agency", "Japan Foundation"),
    _e("jbic", "Japan Bank for International Cooperation", "JP", "agency", "JBIC"),
    _e("atla", "Acquisition, Technology & Logistics Agency", "JP", "agency", "ATLA"),
    _e("embassy-of-japan-uk", "Embassy of Japan in the UK", "JP", "government", "Japanese Embassy in London"),
    # Japanese universities
    _e("university-of-tokyo", "University of Tokyo", "JP", "university", "Tokyo University", "UTokyo"),
    _e("kyoto-university", "Kyoto University", "JP", "university"),
    _e("osaka-university", "Osaka University", "JP", "university"),
    _e("tohoku-university", "Tohoku University", "JP", "university"),
    _e("nagoya-university", "Nagoya University", "JP", "university"),
    _e("kyushu-university", "Kyushu University", "JP", "university"),
    _e("hokkaido-university", "Hokkaido University", "JP", "university"),
    _e("keio-university", "Keio University", "JP", "university"),
    _e("waseda-university", "Waseda University", "JP", "university"),
    _e("institute-of-science-tokyo", "Institute of Science Tokyo", "JP", "university", "Tokyo Institute of Technology", "Tokyo Tech"),
    _e("oist", "Okinawa Institute of Science and Technology", "JP", "university", "OIST"),
    # Japanese companies
    _e("toyota", "Toyota Motor Corporation", "JP", "company", "Toyota"),
    _e("hitachi", "Hitachi", "JP", "company", "Hitachi Ltd"),
    _e("fujitsu", "Fujitsu", "JP", "company"),
    _e("nec", "NEC Corporation", "JP", "company", "NEC"),
    _e("toshiba", "Toshiba", "JP", "company", "Toshiba Corporation", "東芝"),
    _e("toshiba-europe", "Toshiba Europe", "GB", "company", "東芝欧州社"),
    _e("toshiba-digital-solutions", "Toshiba Digital Solutions", "JP", "company", "Toshiba Digital Solutions Corporation", "東芝デジタルソリューションズ"),
    _e("sony", "Sony Group", "JP", "company", "Sony"),
    _e("panasonic", "Panasonic", "JP", "company"),
    _e("mitsubishi-heavy-industries", "Mitsubishi Heavy Industries", "JP", "company", "MHI"),
    _e("mitsubishi-electric", "Mitsubishi Electric", "JP", "company"),
    _e("takeda", "Takeda Pharmaceutical", "JP", "company", "Takeda"),
    _e("astellas", "Astellas Pharma", "JP", "company", "Astellas"),
    _e("daiichi-sankyo", "Daiichi Sankyo", "JP", "company"),
    _e("rapidus", "Rapidus", "JP", "company"),
    _e("softbank", "SoftBank", "JP", "company", "SoftBank Group", "Softbank", "Softbank Group"),
    _e("ntt", "NTT", "JP", "company", "Nippon Telegraph and Telephone"),
    _e("kddi", "KDDI", "JP", "company"),
    _e("kioxia", "Kioxia", "JP", "company"),
    _e("tokyo-electron", "Tokyo Electron", "JP", "company"),
    _e("kyowa-kirin", "Kyowa Kirin", "JP", "company"),
    _e("nissan", "Nissan Motor", "JP", "company", "Nissan"),
    _e("fujifilm", "Fujifilm", "JP", "company", "FUJIFILM", "Fujifilm Corporation"),
    _e("fujifilm-diosynth", "Fujifilm Diosynth Biotechnologies", "GB", "company", "Fujifilm Diosynth"),
    _e("tokyo-gas", "Tokyo Gas", "JP", "company", "Tokyo Gas Co."),
    _e("tg-octopus-energy", "TG Octopus Energy", "JP", "company", "TG Octopus"),
    _e("marubeni", "Marubeni Corporation", "JP", "company", "Marubeni"),
    _e("sumitomo-electric", "Sumitomo Electric Industries", "JP", "company", "Sumitomo Electric"),
    _e("astroscale", "Astroscale", "JP", "company", "Astroscale Ltd", "Astroscale Holdings", "Astroscale Holdings Inc"),
    _e("clearspace", "ClearSpace", "CH", "company", "ClearSpace UK"),
    _e("envision-aesc", "Envision AESC", "CN", "company", "Envision-AESC", "AESC"),
    # (session 27, probes2) companies of third countries that UK-Japan news names: the European aircraft group and
    # Hitachi's Swiss-based grid business
    _e("airbus", "Airbus", "FR", "company", "Airbus SE", "Airbus Group"),
    _e("hitachi-energy", "Hitachi Energy", "CH", "company", "Hitachi Energy Ltd"),
    # international
    _e("european-commission", "European Commission", "INT", "intergovernmental"),
    _e("g7", "Group of Seven (G7)", "INT", "intergovernmental", "G7"),
    _e("oecd", "OECD", "INT", "intergovernmental", "Organisation for Economic Co-operation and Development"),
)

# The names Japanese text gives the bodies above (their own official Japanese names, and the ones
# Japanese releases use for the UK's): a Japanese page about UKRI's money names 英国研究・イノベーション機構.
_JAPANESE_NAMES = {
    "ukri": ("英国研究・イノベーション機構", "英国研究イノベーション機構"),
    "epsrc": ("英国工学・物理科学研究会議", "工学・物理科学研究会議"),
    "mrc": ("英国医学研究会議",),
    "innovate-uk": ("イノベートUK", "イノベート・UK"),
    "research-england": ("リサーチ・イングランド",),
    "wellcome": ("ウェルカム・トラスト",),
    "dsit": ("英国科学・イノベーション・技術省", "科学・イノベーション・技術省"),
    "desnz": ("英国エネルギー安全保障・ネットゼロ省", "エネルギー安全保障・ネットゼロ省"),
    "dbt": ("英国ビジネス・貿易省", "ビジネス・貿易省"),
    "fcdo": ("英国外務・英連邦・開発省", "外務・英連邦・開発省"),
    "mod-uk": ("英国国防省",),
    "uk-space-agency": ("英国宇宙庁", "英国宇宙局", "イギリス宇宙庁", "イギリス宇宙局"),
    "royal-society": ("英国王立協会",),
    "british-council": ("ブリティッシュ・カウンシル",),
    "british-embassy-tokyo": ("駐日英国大使館", "在日英国大使館"),
    "uk-government": ("英国政府", "イギリス政府"),
    "university-of-oxford": ("オックスフォード大学",),
    "university-of-cambridge": ("ケンブリッジ大学",),
    "imperial-college-london": ("インペリアル・カレッジ・ロンドン",),
    "rolls-royce": ("ロールス・ロイス",),
    "astrazeneca": ("アストラゼネカ",),
    "government-of-japan": ("日本政府",),
    "mext": ("文部科学省",),
    "meti": ("経済産業省",),
    "mic-japan": ("総務省",),
    "mhlw": ("厚生労働省",),
    "cabinet-office-japan": ("内閣府",),
    "csti": ("総合科学技術・イノベーション会議",),
    "jst": ("科学技術振興機構",),
    "jsps": ("日本学術振興会",),
    "amed": ("日本医療研究開発機構",),
    "nedo": ("新エネルギー・産業技術総合開発機構",),
    "riken": ("理化学研究所",),
    "aist": ("産業技術総合研究所",),
    "nict": ("情報通信研究機構",),
    "jaxa": ("宇宙航空研究開発機構",),
    "qst": ("量子科学技術研究開発機構",),
    "nims": ("物質・材料研究機構",),
    "jetro": ("日本貿易振興機構", "ジェトロ"),
    "jica": ("国際協力機構",),
    "japan-foundation": ("国際交流基金",),
    "jbic": ("国際協力銀行",),
    "atla": ("防衛装備庁",),
    "embassy-of-japan-uk": ("在英国日本国大使館", "在英日本大使館"),
    "university-of-tokyo": ("東京大学",),
    "kyoto-university": ("京都大学",),
    "osaka-university": ("大阪大学",),
    "tohoku-university": ("東北大学",),
    "nagoya-university": ("名古屋大学",),
    "kyushu-university": ("九州大学",),
    "hokkaido-university": ("北海道大学",),
    "keio-university": ("慶應義塾大学",),
    "waseda-university": ("早稲田大学",),
    "oist": ("沖縄科学技術大学院大学",),
    "toyota": ("トヨタ自動車",),
    "hitachi": ("日立製作所",),
    "fujitsu": ("富士通",),
    "nec": ("日本電気",),
    "panasonic": ("パナソニック",),
    "mitsubishi-heavy-industries": ("三菱重工業",),
    "mitsubishi-electric": ("三菱電機",),
    "takeda": ("武田薬品工業",),
    "astellas": ("アステラス製薬",),
    "daiichi-sankyo": ("第一三共",),
    "rapidus": ("ラピダス",),
    "kioxia": ("キオクシア",),
    "tokyo-electron": ("東京エレクトロン",),
    "kyowa-kirin": ("協和キリン",),
    "nissan": ("日産自動車",),
    "fujifilm": ("富士フイルム",),
    "tokyo-gas": ("東京ガス",),
    "marubeni": ("丸紅",),
    "sumitomo-electric": ("住友電気工業", "住友電工"),
    "hitachi-energy": ("日立エナジー",),
    "airbus": ("エアバス",),
    "astroscale": ("アストロスケール",),
}
BUILT_IN = tuple(replace(e, aliases=(*e.aliases, *_JAPANESE_NAMES.get(e.slug, ()), *MORE_NAMES.get(e.slug, ())))
                 for e in BUILT_IN)
# ...and the wider list of bodies UK–Japan news names (known_bodies.py), with their Japanese names
BUILT_IN += tuple(_e(slug, name, country, type_, *aliases, *japanese)
                  for slug, name, country, type_, aliases, japanese in BODIES)


@dataclass
class OrgProposal:
    id: str
    text: str
    start: int
    end: int
    slug: str | None          # gazetteer slug; None for an unknown organisation found by its form
    name: str
    country: str | None
    type: str | None
    known: bool
    sentence_start: int = 0
    sentence_end: int = 0
    sentence: str = ""
    kind: str = field(default="organisation", init=False)
    # every mention of the same body in the document (``one_per_body``); empty: this one only
    evidence: list[tuple[int, int]] = field(default_factory=list)


def one_per_body(orgs: list[OrgProposal]) -> list[OrgProposal]:
    """One proposal per body and form, at its first mention, with every mention's offsets as
    evidence: a release that names EPSRC six times asks the reviewer one question, not six. Each
    form stays a proposal of its own ("Engineering and Physical Sciences Research Council" and
    "EPSRC"), so the command line's JSON still lists every way the document names a body."""
    first: dict[tuple[str | None, str], OrgProposal] = {}
    for o in sorted(orgs, key=lambda o: (o.start, o.end)):
        key = (o.slug, o.text)
        head = first.setdefault(key, o)
        head.evidence.append((o.start, o.end))
    grouped = list(first.values())
    for i, o in enumerate(grouped, 1):   # numbered again: o1, o2, ... as the reviewer sees them
        o.id = f"o{i}"
    return grouped


def load_curated_entries(path: Path) -> list[GazetteerEntry]:
    """The curated organisations (db/organisations.toml) as gazetteer entries."""
    try:
        with Path(path).open("rb") as fh:
            rows = tomllib.load(fh).get("organisation", [])
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):   # (a file saved as ANSI is no UTF-8)
        return []
    return [e for e in map(entry_of_row, rows if isinstance(rows, list) else ()) if e is not None]


def entry_of_row(row) -> GazetteerEntry | None:
    """The entry an ``[[organisation]]`` table states; None unless it has a slug and text wherever text belongs
    (the user's own file is edited by hand, and a number for a name would fail much later, in the gazetteer)."""
    if not isinstance(row, dict) or not isinstance(row.get("slug"), str) or not row["slug"]:
        return None
    name, country, type_ = row.get("name", row["slug"]), row.get("country", ""), row.get("type", "other")
    aliases = row.get("aliases", ())
    aliases = (aliases,) if isinstance(aliases, str) else aliases
    if not (all(isinstance(x, str) for x in (name, country, type_)) and isinstance(aliases, (list, tuple))
            and all(isinstance(a, str) for a in aliases)):
        return None
    return GazetteerEntry(row["slug"], name, country, type_, tuple(aliases))


# a title before a short capitals name: a person's initials ("Dr BT Kestrel")
# (round 123) a listing's ticker after an exchange's letters: "(LSE:FSTA)", "(TSE: 7203)"
# (review 52: the ticker closes the bracket; "(UKRI: 3 projects; JSPS: 2 projects)" names UKRI)
# (review 53) a name that other nations' bodies share: the UK's National Trust is not "the National Trust of Japan",
# "Japan's National Trust movement" nor "The Australian National Trust" (the National Trust for Scotland has its own entry)
_ANOTHER_NATIONS = {"national-trust": (re.compile(r"\s+(?:of|for)\s+(?!Scotland\b)[A-Z]"),
                                       re.compile(r"(?:Japan['’]s|Japanese|Australian|American|Irish|Manx|Jersey|Guernsey|"
                                                  r"New\s+Zealand|Fiji|Bermuda|Barbados|Bahamas)\s+$"))}
_TICKER_AFTER = re.compile(r"\s*:\s*(?:[A-Z]{1,5}|\d{4})(?:\.[A-Z]{1,2})?\s*\)")
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\.?\s+$")
# a company's legal form written after a name the gazetteer knows without it
_SUFFIX_AFTER = re.compile(r",?[ \t]+(?:Co\.,?[ \t]+Ltd\.?|Ltd\.?|Limited|plc|Plc|PLC|Inc\.?|K\.K\.)(?![\w-])")


def _trie_pattern(forms: Iterable[str]) -> str:
    """One pattern for many names, sharing their common beginnings ("Mitsubishi (?:Corporation|Electric|...)"),
    so a position is tried in about as many steps as its name is long, not once per name. At each letter the
    longer names are tried first (a name's end is optional), so the longest name that fits wins, as it
    would in an alternation sorted longest first: only one branch can fit the text at each letter."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


class Gazetteer:
    """Surface forms → entries, matched longest first in one regular expression."""

    def __init__(self, entries: Iterable[GazetteerEntry]):
        self.entries: dict[str, GazetteerEntry] = {}
        for e in entries:   # later entries (the curated list, the user's) win over built-ins,
            earlier = self.entries.get(e.slug)   # keeping the names the earlier one knew it by too
            if earlier is not None:
                e = replace(e, aliases=tuple(dict.fromkeys((*e.aliases, *earlier.aliases, earlier.name))))
            self.entries[e.slug] = e
        forms: dict[str, str] = {}
        for e in self.entries.values():
            for form in (e.name, *e.aliases):
                if form and len(form) >= 2:
                    forms[form] = e.slug
        self.forms = forms
        # (round 132) a name set in capitals, as a chapter's first words often are ("THE GREAT BRITAIN Sasakawa
        # Foundation was founded in 1985"): its letters in any case, for names long enough not to be a word
        self._folded = {f.casefold(): slug for f, slug in forms.items() if f.isascii() and len(f) >= 12}
        # whole words for Latin names; Japanese text has no spaces, so its names stand alone. The
        # look-ahead on first letters rejects most positions at once; without it each one after a
        # space (a run of spaces, a blank line) tries every name in turn
        latin = [f for f in forms if f.isascii()]
        other = [f for f in forms if not f.isascii()]
        branches = []
        if latin:
            first = "".join(sorted({re.escape(f[0]) for f in latin}))
            # (a Latin letter or digit next to it makes it part of another word; a kana or kanji does not:
            # Japanese writes "JSTは" and "英国のEPSRCと" without spaces; round 122: nor the tail of a decimal, "$4.3M"
            # is no 3M)
            branches.append(rf"(?<!{_LATIN_WORD})(?<![0-9][.,])(?=[{first}])(?:{_trie_pattern(latin)})(?!{_LATIN_WORD})")
        if other:   # ...but a name going on in katakana is another one: 丸紅ユーロパワー is not 丸紅. The same
            # look-ahead on first characters keeps the two branches together fast (without it, 2,000 names
            # made every position of a 10,000-word page try the Japanese names one by one)
            first_other = "".join(sorted({re.escape(f[0]) for f in other}))
            branches.append(rf"(?=[{first_other}])(?:{_trie_pattern(other)})(?![\u30A0-\u30FF])")
        self._rx = re.compile("|".join(branches)) if forms else None

    def in_capitals(self, phrase: str) -> GazetteerEntry | None:
        """The entry a name found by its form is, when some of its words are set in capitals ("THE GREAT BRITAIN
        Sasakawa Foundation"), else None."""
        words = phrase.split()
        if not any(len(w) > 1 and w.isupper() for w in words):
            return None
        folded = phrase.casefold()
        slug = self._folded.get(folded) or (self._folded.get(folded[4:]) if folded.startswith("the ") else None)
        return self.entries[slug] if slug else None

    def find(self, text: str) -> list[tuple[int, int, GazetteerEntry]]:
        if self._rx is None:
            return []
        out = []
        pos = 0
        while (m := self._rx.search(text, pos)) is not None:
            pos = m.end()
            if m.group()[:4] in ("The ", "the "):
                # (probes2) "The Japan Society for the Promotion of Science": a longer name after the article wins
                # over a name that begins with it ("The Japan Society")
                inner = self._rx.match(text, m.start() + 4)
                if inner is not None and inner.end() > m.end():
                    m, pos = inner, inner.end()
            if (len(m.group()) <= 3 and m.group().isupper()
                    and _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())):
                continue   # "Dr BT Kestrel": a person's initials, not BT
            if m.group().isupper() and m.start() > 0 and text[m.start() - 1] == "(" and _TICKER_AFTER.match(text, m.end()):
                continue   # (round 123) "(LSE:FSTA)": a stock exchange before a listing's ticker, not the LSE
            elsewhere = _ANOTHER_NATIONS.get(self.forms[m.group()])
            if elsewhere is not None and (elsewhere[0].match(text, m.end())
                                          or elsewhere[1].search(text, max(0, m.start() - 30), m.start())):
                continue   # (review 53) "the National Trust of Japan", "The Australian National Trust": another's
            end = m.end()
            if m.group().isascii():   # "Mitsui & Co., Ltd.": the mention is the name with its legal form
                suffix = _SUFFIX_AFTER.match(text, end)
                end = suffix.end() if suffix else end
            out.append((m.start(), end, self.entries[self.forms[m.group()]]))
        return out


def default_gazetteer(extra: Iterable[GazetteerEntry] = (), curated: Path | None = None) -> Gazetteer:
    """Built-in entries, then the curated organisations, then the caller's ``extra``."""
    from ..dataset import default_dataset_dir
    path = curated if curated is not None else default_dataset_dir() / "organisations.toml"
    return Gazetteer([*BUILT_IN, *load_curated_entries(path), *extra])


# Unknown organisations recognised by their form: capitalised words ending in a head word
# ("Japan Atomic Energy Agency", "Yotsuya Capital", "Hitachi Rail Europe Ltd.") or starting with
# one ("University of X", "Ministry of X"), and Japanese names ending in 株式会社, 機構, 大学 ...
# a Latin letter, digit or "_" (Python's \w takes kanji and kana too, and Japanese writes a Latin name right after
# its own words: "KDDIの欧州現地法人であるTelehouse International Corporation" names only the Latin company)
_LATIN = r"0-9A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F"
_WORD = rf"(?:[A-Z][{_LATIN}’'.&-]*+|&)"   # possessive: a word never gives letters back (linear time)
_LINK = r"(?:of|for|and|&|the|de|on)"
_COMPANY_HEADS = ("Ltd", "Ltd.", "Limited", "plc", "PLC", "Inc", "Inc.", "Corporation", "Corp", "Corp.",
                  "Co.", "K.K.", "GmbH", "AG", "Holdings", "Group", "Capital", "Management", "Partners",
                  "Ventures", "Therapeutics", "Pharmaceutical", "Pharmaceuticals", "Industries", "Company", "株式会社")
_JA_COMPANY_ENDINGS = ("商事", "物産", "地所", "不動産", "製作所", "重工業", "重工", "電機", "証券", "製薬",
                       "ホールディングス", "商船")
_OTHER_HEADS = ("Agency", "Authority", "Institute", "Institution", "Council", "Laboratory", "Laboratories",
                "Foundation", "Association", "Organization", "Organisation", "Society", "Trust", "Bank", "Charity",
                "Ministry", "Department", "Embassy", "Commission", "Observatory", "University", "College",
                "Government")
_PUBLIC_HEAD = "|".join(re.escape(h) for h in sorted(_OTHER_HEADS, key=len, reverse=True))
_TAIL_HEAD = "|".join(re.escape(h) for h in sorted(_OTHER_HEADS, key=len, reverse=True) if h != "Ministry")
_HEAD = "|".join(re.escape(h) for h in sorted(_COMPANY_HEADS + _OTHER_HEADS, key=len, reverse=True) if h.isascii())
# Words a name never starts with: an article or preposition, a possessive ("the UK's Engineering ... Council"),
# and a time or linking word that opens a sentence ("Yesterday Foo Agency said")
_STOP_WORDS = (r"(?:The|A|An|This|Our|Their|Its|In|At|By|With|And|For|From|Both|Leading|Led|"
               r"New|[A-Z][\w.]*(?:-[A-Z][\w.]*)*-(?:based|listed|headquartered|registered)|"
               r"As|If|When|While|Under|Through|Meanwhile|However|"
               r"Also|Tech|Firm|[A-Z][\w-]*['’]s|"
               r"Yesterday|Today|Tomorrow|Earlier|Later|Last|Now|Then|Separately|Recently|Previously|"
               r"Currently|Additionally|Furthermore|Moreover|Together|Here|Since|After|Before|"
               # a sentence's first word that only leads in ("Despite the UK Government announcement", "Given
               # Royal Dutch Shell plc's holding", "Rival Tokio Marine Holdings acquired")
               r"Despite|Given|Rival|Following|During|Including|Unlike|Amid|Although|Because|Whereas|Whilst|"
               r"Once|Between|Among|Against|Within|Without|Via|Thanks|Until)")
_LEADING_STOP = re.compile(rf"(?:{_STOP_WORDS}\s+)+")
# (round 132) a report's section label run into its first line, before an article: "Abstract The Japan Foundation's
# operation expense ..." (review 54: only at a line's start and before "The"/"A", so that "Summary Statistics Ltd" and
# "The Introduction Agency" keep their names)
_SECTION_LABEL = re.compile(r"(?:Abstract|Summary|Overview|Introduction|Background|Keywords)\s+(?=(?:The|THE|A|An)\s)")
_UNKNOWN = re.compile(
    rf"(?<![A-Za-z0-9_])(?:University|Ministry|Department|Institute|Embassy|Bank)\s+(?:of|for)\s+(?:the\s+)?{_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{0,4}}"
    rf"(?:,?\s+(?:Ltd\.?|Inc\.?|Co\.,?\s+Ltd\.?))?"   # "Bank of Kestrel, Ltd.": the legal suffix is part of it
    # "Kestrel Development Bank of Japan", "Kestrel Science Council of Japan": after a public body's head the country
    # completes the name; after a company's ("Kestrel Pharmaceutical of Japan") it only says where it is from
    # (a name never starts with a stop word: "Yesterday University of X" leaves "University of X" whole)
    rf"|(?<![A-Za-z0-9_’'.&-])(?!{_STOP_WORDS}\s){_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{0,5}}\s+(?:{_PUBLIC_HEAD})"
    rf"\s+of\s+(?:Japan|the\s+UK|the\s+United\s+Kingdom|Great\s+Britain)(?![\w-])"
    # "Georgia Institute of Technology", "Royal Bank of Canada", "Arts Council of Wales": a public body's head goes on
    # with what it is of or for, on its line (no "and": "the X Institute of Science and CNRS" is two bodies; no
    # ministry: "Ministry of Education, Culture, ..." goes on past a comma, and the gazetteer knows ministries)
    rf"|(?<![A-Za-z0-9_’'.&-])(?!{_STOP_WORDS}\s){_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{0,5}}\s+(?:{_TAIL_HEAD})"
    rf"[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?{_WORD}(?:[^\S\n]+(?:(?:of|for|the|&|de|on)[^\S\n]+)?{_WORD}){{0,4}}"
    rf"|(?<![A-Za-z0-9_’'.&-])(?!{_STOP_WORDS}\s){_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{0,5}}\s+(?:{_HEAD})(?![A-Za-z0-9_-])"
    rf"(?:,?\s+(?:Ltd\.?|Inc\.?|Co\.,?\s+Ltd\.?))?"
    # (大学院 is a university's graduate school, not its name's end: "大学・大学院進学", "東北大学大学院生命科学研究科")
    r"|(?:株式会社)?[\u30A0-\u30FF\u4E00-\u9FFF・]{1,16}(?:株式会社|機構|大学(?!院)|研究所|研究会議|振興会|財団|協会)"
    # 株式会社 before the name (the Japanese "Ltd" written first): 株式会社青葉 up to the end of the run
    r"|株式会社[\u30A0-\u30FF\u4E00-\u9FFF・]{1,12}"
    # a Japanese ministry, bank, government or group, as a short run of kanji and katakana that stands
    # as a subject, in a list or before の (経済産業省, 三井住友銀行, 英国政府, 日立グループ)
    r"|(?<![\u30A0-\u30FF\u4E00-\u9FFF・])[\u30A0-\u30FF\u4E00-\u9FFF・]{1,8}(?:省|庁|銀行|政府|グループ)"
    r"(?=[はがとものより、,（(\s]|による(?!と))"   # (round 41: the agent of "スコットランド企業庁による…の支援")
    # a Japanese company's telling ending (the Japanese "Ltd"): 住友商事, 三菱地所, 三井不動産, 日立製作所.
    # The name starts where a run of kanji and katakana starts and is short, so "商業不動産" inside a
    # longer compound is not read as one, and it stands as a subject or in a list (followed by は, が, と,
    # も, a comma, a bracket or a space), not as an object ("商業不動産に投資")
    rf"|(?<![\u30A0-\u30FF\u4E00-\u9FFF・])[\u30A0-\u30FF\u4E00-\u9FFF・]{{2,4}}(?:{'|'.join(_JA_COMPANY_ENDINGS)})"
    r"(?=[はがとも、,（(\s])")
_NATIONALITY = re.compile(r"(?:Japanese|British|Chinese|American|European|Korean|German|French|Canadian|"
                          r"Australian|Indian|Asian|Foreign|International|National|Local|Regional)$")
_LEGAL_SUFFIX = re.compile(r"^[\s,.]*(?:Ltd\.?|Limited|plc|PLC|Inc\.?|Corporation|Corp\.?|Co\.,?(?:\s+Ltd\.?)?|"
                           r"K\.K\.|Group|Holdings(?:\s+Inc\.?)?)?[\s,.]*$")
_JOINED = re.compile(rf"\s+(?:and|&)\s+")
# (a possessive ends a sentence too: "auctioned by Sotheby’s. The Sainsbury Institute was founded")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Co|St|Dr|Mr|Ms|No))(?<!\bInc|\bLtd|\bMrs)(?<=[a-z]{2}|['’]s)\.\s+(?=[A-Z])")
# A company the text describes before naming it: "Japanese auto major Toyota", "Japanese company
# Kyowa Kirin", "UK-based Acme Robotics", "Japan's Rakuten will invest". The describing words
# end in a noun for a business, or the name follows a "-based" or a country's possessive and is
# the subject of a verb.
_BUSINESS_NOUN = (r"company|firm|group|maker|carmaker|automaker|manufacturer|giant|major|conglomerate|"
                  r"house|specialist|start-?up|developer|utility|supplier|producer|operator|investor|"
                  r"corporation|business|retailer|lender|insurer|bank|provider|subsidiary")
_COUNTRY_ADJ = r"Japanese|British|UK|Japan|English|Scottish|Welsh|Tokyo|Osaka|London"
_NAME_WORD = rf"[A-Z][{_LATIN}&’'.-]*+"
_NAME_WORDS = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
# (a name on one line: a headline's last word is no part of the name opening the next line)
_LINE_NAME_WORDS = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
_DESCRIBED = re.compile(
    rf"(?<![\w-])(?:(?:{_COUNTRY_ADJ})\s+(?:[a-z][\w-]*+\s+){{0,3}}?(?:{_BUSINESS_NOUN})\s+(?P<a>{_NAME_WORDS})"
    rf"|(?:[A-Z][\w]*+-based|(?:Japan|Britain|the\s+UK)['’]s)\s+(?P<b>{_NAME_WORDS})"
    rf"(?=\s+(?:will|is|are|has|have|plans|intends|invests|invested|announced|said|agreed|pledged|committed)\b)"
    # (round 123) or after it, between commas: "Princes, the UK food group, has completed ..."
    rf"|(?P<c>{_LINE_NAME_WORDS}),\s+the\s+(?:{_COUNTRY_ADJ})\s+(?:[a-z][\w-]*+\s+){{0,2}}?(?:{_BUSINESS_NOUN}),)")
# (review 52) a sentence's opening word or phrase before the apposition ("However, the Japanese carmaker,", "In March, the
# Japanese trading company,"), and a name right after it (the apposition's own: "the Japanese carmaker, Nissan,")
_ADVERBIAL_OPENING = re.compile(r"(?:\w+ly|However|Meanwhile|Earlier|Yesterday|Today|Later|Instead|Also|Still|Now|Separately|"
                                r"Elsewhere|Then|Thus|Indeed|Moreover|Furthermore|Nevertheless|Overall)$|"
                                r"(?:In|On|At|By|For|After|Before|Since|Last|This|Next|During|From|Under|With)\b")
_NAME_AFTER_APPOSITION = re.compile(r"\s*[A-Z]")
_NOT_A_COMPANY = re.compile(r"(?:Prime|Minister|Ministry|Government|Cabinet|Embassy|Ambassador|Agency|"
                            r"Secretary|President|Professor|Dr|The|A|An|Society|Council|University|National)\b")


def _described_companies(text: str):
    """(start, end) of company names found by the words that describe them."""
    for m in _DESCRIBED.finditer(text):
        group = next(g for g in "abc" if m.group(g))
        start, end = m.span(group)
        # "equipment maker Nordiko. The two companies": a name never runs over the end of a sentence
        stop = _SENTENCE_END.search(text, start, end)
        if stop:
            end = stop.start()
        elif (re.search(r"(?<=[a-z]{2})\.$", text[start:end])
              and not _LEGAL_SUFFIX.fullmatch(text[start:end].rsplit(None, 1)[-1])):
            end -= 1   # "... maker Nordiko." at the end of a text or a paragraph
        name = text[start:end]
        if name.endswith(("’s", "'s")):
            end -= 2   # "Astemo’s decision"
        if _NOT_A_COMPANY.match(name) or end - start < 2:
            continue
        if group == "c" and name.isupper() and len(name) > 4:
            continue   # "FUJITSU, the Japanese ... group,": a news paragraph's capitalised first word, a known name
        if group == "c" and (_ADVERBIAL_OPENING.match(name) or _NAME_AFTER_APPOSITION.match(text, m.end())):
            continue   # (review 52) "However, the Japanese carmaker, Nissan, said": an opening word, the name after
        yield start, end


# What a run of kanji and katakana carries before a Japanese name: a list's bullet ("・医学研究会議"), the end of a
# date ("2007年3月エジンバラ大学"), the rest of a legal form when the run was too long to be taken whole
# ("国立研究開発法人新エネルギー…機構" read from its 人; "公益財団法人X財団" taken whole is the key's name),
# "former"/"now" ("旧藤沢薬品工業", "現日本財団")
_JA_LEAD = re.compile(r"[・]+|(?<=[0-9０-９])[年月日度]|(?<=法)人|(?<=[\u4E00-\u9FFF])[\u4E00-\u9FFF]{0,6}法人|[旧現]・?")
# A name that is only a pointing or sorting word before its head names no body: "同大学" (the said university),
# "当財団", "両大学", "各省庁", "他大学", "新研究所", "英国大学事情", "世界大学ランキング", "有力大学", "総合大学"
_JA_NOT_A_NAME = re.compile(
    r"(?:同|当|両|各|他|一|新|本|全|諸|同社|当社|英国|英国側|イギリス|世界|海外|国内|有力|対象|総合|工科|中央)"
    r"(?:株式会社|機構|大学|研究所|研究会議|振興会|財団|協会|省庁|省|庁|銀行|政府|グループ)"
    # ...and two governments are no one body: "日英両政府", "日英政府", "英国両政府"
    r"|(?:日英|英日|日本と英国|英国)両?政府")


def _japanese_start(text: str, start: int, end: int) -> int | None:
    """Where a Japanese name found by its ending starts, past the words that only precede it; None when what
    is left names no body."""
    lead = _JA_LEAD.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    return None if _JA_NOT_A_NAME.fullmatch(text, start, end) else start


_HEAD_FIRST = re.compile(r"(?:University|Ministry|Department|Institute|Embassy|Bank)\s+(?:of|for)\s")
_HEAD_LAST = re.compile(rf"(?:{_HEAD})$")


def _one_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of a name found over a sentence's end that is the name: the words after the last full stop ("...
    off Suffolk and Norfolk. Sumitomo Electric Industries"), unless those are no name and a "University of X"
    came before the stop ("University of Northmoor. The British university")."""
    stops = list(_SENTENCE_END.finditer(text, start, end))
    if not stops:
        return start, end
    after = stops[-1].end()
    lead = _LEADING_STOP.match(text, after, end)
    after = lead.end() if lead else after
    if _HEAD_FIRST.match(text, start) and not _HEAD_LAST.search(text, after, end):
        return start, stops[0].start()
    return after, end


# a country's word before a name only says where the body is from ("Japanese Marubeni Corporation")
_COUNTRY_BEFORE = re.compile(r"(?:UK|U\.K\.|British|Japanese|Japan['’]s|Britain['’]s|US|U\.S\.|American)\s+")


def _apart_from_known(text: str, start: int, end: int, known: list[OrgProposal]) -> tuple[int | None, int]:
    """A name found by its form that joins a known body to another with "and" or "&" is the other one ("JBIC and
    British WMR JV Investco Limited", "Mitsui and East Japan Railway Company"); one that joins another to a known
    body ends before it, and is kept only if it is itself a name by its head ("Bank of Japan and Ministry of
    Finance"); (None, end) when nothing of it is left."""
    for j in _JOINED.finditer(text, start, end):
        if any(o.start == start and o.end == j.start() for o in known):
            start = j.end()
        elif any(o.start == j.end() and o.end == end for o in known):
            before = text[start:j.start()]
            return (start, j.start()) if _HEAD_LAST.search(before) or _HEAD_FIRST.match(before) else (None, end)
    return start, end


_OWNER = re.compile(r"[^\s]+['’]s\s+(?=\S+\s+\S)")


def _after_owner(text: str, start: int, end: int) -> int:
    """Where a name starts after an owner's possessive inside it: "Northern Ireland’s Department of Agriculture",
    "Vehicles for Japan’s Ministry of Defense" (a one-word rest stays whole: "St John’s College")."""
    for m in _OWNER.finditer(text, start, end):
        if m.start() > start:
            start = m.end()
    return start


def _without_closing_quote(text: str, start: int, end: int) -> int:
    """The end of a name before a quotation mark that closes it ("certified as a 'University for X'")."""
    while end > start and text[end - 1] in "'’" and text[end - 2:end] not in ("s'", "s’"):
        end -= 1
    return end


def _unknown_type(words: list[str]) -> str:
    if any(w in ("University", "College") or w.endswith("大学") for w in words):
        return "university"
    if any(w.rstrip(",") in _COMPANY_HEADS or "株式会社" in w or w.endswith(_JA_COMPANY_ENDINGS) for w in words):
        return "company"
    return "other"


def _unknown_spans(text: str):
    """Form-recognised names; "Ocean Bridge Management and Yotsuya Capital" is two of them."""
    head_end = re.compile(rf"(?:{_HEAD})$")
    for m in _UNKNOWN.finditer(text):
        start = m.start()
        for j in _JOINED.finditer(text, m.start(), m.end()):
            if head_end.search(text, start, j.start()):
                yield start, j.start()
                start = j.end()
        yield start, m.end()


# "Japan Atomic Energy Agency (JAEA)": an acronym in brackets right after a recognised name
# (round 84: and a bracket that goes on to gloss the name, "Advanced Propulsion Centre(APC:先端推進システム技術センター)")
_BRACKET_ACRONYM = re.compile(r"\s*[(（](?P<a>[A-Z][A-Za-z&]{1,9})(?:[)）]|\s*[:：、,，])")


# (review 41) a country in brackets is no acronym: "the University of Kent (UK)", "Osaka University (Japan)"
_COUNTRY_CODES = frozenset({"UK", "GB", "US", "USA", "JP", "EU", "UAE"})


def _fits(acronym: str, name: str) -> bool:
    """The acronym's letters are the name's capitals in order, starting with its first: "JAEA" for
    "Japan Atomic Energy Agency", "UKRI" for "UK Research and Innovation" ("The Alan Turing Institute"
    for "ATI": a leading "The" is no part of it)."""
    if acronym in _COUNTRY_CODES:
        return False
    name = re.sub(r"^[Tt]he\s+", "", name)
    capitals = iter(ch for ch in name if ch.isupper())
    return acronym[0] == name[0] and all(ch in capitals for ch in acronym.upper())


def _acronym_mentions(text: str, named: list[OrgProposal], taken: bytearray) -> list[OrgProposal]:
    """The later mentions of an organisation by the acronym it was introduced with. Each is proposed
    under the full name, so the review shows one organisation with several mentions; a known body's
    keeps its gazetteer entry (round 84: "the Advanced Propulsion Centre (APC) ... APC will provide")."""
    out, done = [], set()
    for o in sorted(named, key=lambda o: o.start):
        m = _BRACKET_ACRONYM.match(text, o.end)
        if not m or m["a"] in done or not _fits(m["a"], o.text):
            continue
        done.add(m["a"])   # the first introduction names the acronym's body; its mentions are read once
        for use in re.finditer(rf"(?<![A-Za-z0-9_-]){re.escape(m['a'])}(?![A-Za-z0-9_-])", text):
            if any(taken[use.start():use.end()]):
                continue
            taken[use.start():use.end()] = b"\x01" * (use.end() - use.start())
            out.append(OrgProposal("", use.group(), use.start(), use.end(), o.slug, o.name, o.country, o.type, o.known))
    return out


# a country's word right before a known body's name that says another country: "the U.K. Ministry of Defense" (an
# American paper's spelling) is Britain's ministry, not Japan's "Ministry of Defense"; "British" and "Japanese" the same
_OTHER_COUNTRY_ADJ = re.compile(r"(?<![\w.])(?:(?P<GB>UK|U\.K\.|British)|(?P<JP>Japanese|Japan))[ \t]+$")


# (round 21) a known name ending in a generic head and followed by "for"/"of" and a capital is the start of another
# body's name ("The Japan Society for Bioscience, ..." is not The Japan Society): the form finder takes it
_GENERIC_TAIL = re.compile(r"(?:Society|Association|Institute|Council|Foundation|Agency|Centre|Center|Academy)$")
_HEAD_OF_LONGER = re.compile(r"[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z]")


# (round 74) a group's bare name ("Mitsubishi"): followed by another capitalised word it is the head of another name
# ("Mitsubishi Heavy", "Mitsubishi F-2", "The Mitsubishi Group"); on a page that names one of the group's companies,
# the bare name is that company written short ("Mitsubishi Acquires 50 pct ..." above "Mitsubishi Corporation"), and
# on a page naming a company of the group the gazetteer does not know ("Mitsubishi Chemicals"), it is that one: left out
# (review 36: only to one Japanese company of the group, not to a UK arm, a foundation or one of two companies named;
# then the bare name is left out)
_GROUPS = {"mitsubishi-group": ("mitsubishi-", "mufg")}
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z0-9]")


def _group_mentions(text: str, known: list[OrgProposal]) -> list[OrgProposal]:
    out = []
    for o in known:
        prefix = _GROUPS.get(o.slug or "")
        if prefix is None:
            out.append(o)
            continue
        if _NAME_GOES_ON.match(text, o.end):
            continue
        members = {k.slug: k for k in known if k.slug and k.slug.startswith(prefix) and k.slug != o.slug}
        companies = [k for k in members.values() if k.country == "JP" and k.type == "company"]
        if len(companies) == 1:
            member = companies[0]
            o = OrgProposal(o.id, o.text, o.start, o.end, member.slug, member.name, member.country, member.type, True)
        elif members or any(k.slug == o.slug and _NAME_GOES_ON.match(text, k.end) for k in known):
            continue   # one of several, or a company the gazetteer does not know: which one is not said
        out.append(o)
    return out


def _rehomed(text: str, o: OrgProposal) -> OrgProposal:
    """A known body whose name follows another country's word is that country's body of the same name, not the
    gazetteer's (no slug: the review may add it)."""
    m = _OTHER_COUNTRY_ADJ.search(text, max(0, o.start - 12), o.start)
    if m is None or o.country not in ("GB", "JP") or m.lastgroup == o.country:
        return o
    name = text[m.start():o.end]
    return OrgProposal("", name, m.start(), o.end, None, name, m.lastgroup, o.type, False)


def find_organisations(text: str, gazetteer: Gazetteer) -> list[OrgProposal]:
    out: list[OrgProposal] = []
    known = [_rehomed(text, OrgProposal("", text[s:e], s, e, g.slug, g.name, g.country, g.type, True))
             for s, e, g in gazetteer.find(text) if not _HEAD_OF_LONGER.match(text, e)
             or not _GENERIC_TAIL.search(text, s, e)]
    known = _group_mentions(text, known)
    taken = bytearray(len(text))
    for o in known:
        taken[o.start:o.end] = b"\x01" * (o.end - o.start)
    for start, end in _unknown_spans(text):
        label = _SECTION_LABEL.match(text, start, end)
        if label and (start == 0 or text[start - 1] == "\n"):
            start = label.end()
        lead = _LEADING_STOP.match(text, start, end)   # "The Foo University" -> "Foo University"
        if lead:
            start = lead.end()
        # "... off Suffolk and Norfolk. Sumitomo Electric Industries": a name never runs over the
        # end of a sentence (a full stop after a lower-case word that is no abbreviation)
        if "\n" in text[start:end]:
            continue
        start, end = _one_sentence(text, start, end)
        start = _after_owner(text, start, end)
        end = _without_closing_quote(text, start, end)
        if not text[start:end].isascii():
            start = _japanese_start(text, start, end)
            if start is None:
                continue
        phrase = text[start:end]
        words = phrase.split()
        if "\n" in phrase or (len(words) < 2 and phrase.isascii()):
            continue
        if phrase.isascii() and all(_NATIONALITY.match(w) for w in words[:-1]) and words[-1] != "Embassy":
            continue   # "14 Japanese University leaders" names no university
        start, end = _apart_from_known(text, start, end, known)
        if start is None:
            continue
        phrase = text[start:end]
        words = phrase.split()
        inside = [o for o in known if start <= o.start and o.end <= end]
        if any(taken[start:end]):
            # a longer name around a gazetteer one is another body ("Hitachi Rail Europe Ltd."
            # is not Hitachi), unless only a legal suffix or "the" is added ("Toshiba Corporation")
            if not inside or any(taken[start:end]) and any(
                    o.start < start < o.end or o.start < end < o.end for o in known):
                continue
            rest = text[start:inside[0].start] + text[inside[-1].end:end]
            if len(inside) > 1 or _LEGAL_SUFFIX.match(rest):
                continue
            if (_COUNTRY_BEFORE.fullmatch(text, start, inside[0].start)
                    and _LEGAL_SUFFIX.match(text[inside[-1].end:end])):
                continue   # "Japanese Marubeni Corporation", "the UK Biotechnology and ... Council": the known body
            known = [o for o in known if o not in inside]
            for o in inside:
                taken[o.start:o.end] = b"\x00" * (o.end - o.start)
        taken[start:end] = b"\x01" * (end - start)
        if (entry := gazetteer.in_capitals(phrase)) is not None:
            known.append(OrgProposal("", phrase, start, end, entry.slug, entry.name, entry.country, entry.type, True))
            continue
        out.append(OrgProposal("", phrase, start, end, None, phrase, None, _unknown_type(words), False))
    for start, end in _described_companies(text):
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        phrase = text[start:end]
        out.append(OrgProposal("", phrase, start, end, None, phrase, None, "company", False))
    out += _acronym_mentions(text, out + known, taken)
    out += known
    out.sort(key=lambda p: p.start)
    for i, p in enumerate(out, 1):
        p.id = f"o{i}"
    return out
