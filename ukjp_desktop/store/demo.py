"""A synthetic demo database at realistic scale, for benchmarks and for trying the application.

``write_demo_database(path, initiatives=100_000)`` creates a *new* SQLite file through
``open_database`` (so the schema is exactly the migrated one) and fills it with generated
sources, excerpts, organisations, sectors, dates and funding lines whose distributions look like
the curated data at a much larger scale: sectors and organisations are Zipf-skewed, announced
dates are denser in recent years, amounts run from thousands to billions in four currencies.

Invariants the application relies on hold exactly, as if ``store.build`` had written the rows:

* every excerpt is ``source.text[start:end]`` of its source, and ``sources.sha256`` is the
  SHA-256 of the UTF-8 text;
* GBP pence come from ``RateTable.to_gbp_pence`` with the synthetic rate rows, ``rate_id`` is
  the rate used, ``counted`` is ``status == 'current' and scope != 'non_funding'``;
* ``uk_gbp_p`` / ``japan_gbp_p`` / ``total_gbp_p`` / ``n_sources`` are set by
  ``build.recompute_totals`` itself, and ``announced_*`` equal what ``build`` denormalises;
* the full-text index is built with ``search.rebuild_all``.

Two marker words make search benchmarks meaningful: :data:`COMMON_TERM` occurs in about 10 % of
initiatives (their excerpts, and often their name or summary) and :data:`RARE_TERM` in about
0.1 % (excerpts only). No other initiative contains either word.

Everything is drawn from one ``random.Random(seed)``, so a seed always gives the same rows.
Rows carry ``origin = 'demo'``, initiative slugs are ``demo-000001`` …, and the meta key
``dataset_version`` is ``demo-<N>``.
"""
from __future__ import annotations

import hashlib
import random
from bisect import bisect
from collections.abc import Callable
from decimal import Decimal
from itertools import accumulate
from pathlib import Path
from time import perf_counter

from sqlalchemy import Connection, insert

from ..core.dates import PartialDate
from ..core.money import Rate, to_hundredths
from ..core.vocab import ORG_TYPES
from . import data_version, search
from .build import recompute_totals
from .database import open_database
from .models import (Excerpt, ExchangeRate, ExcludedFigure, FundingLine, Initiative,
                     InitiativeCountry, InitiativeDate, InitiativeOrganisation, InitiativeSector,
                     Meta, Organisation, Relation, Sector, Source)
from .rates import RateTable

COMMON_TERM = "semiconductor"   # in ~10 % of initiatives
RARE_TERM = "metrology"         # in ~0.1 % of initiatives
P_COMMON = 0.10
P_RARE = 0.001

FIRST_YEAR, LAST_YEAR = 1975, 2026
RATE_SOURCE = "synthetic demo rate"
CHUNK = 5_000                    # initiatives generated and inserted per batch

Progress = Callable[[str, int, int], None]   # (stage, done, total)

# The controlled sector vocabulary (same slugs and names as db/sectors.toml), and the order of
# popularity used for the Zipf-like skew.
SECTORS = (
    ("semiconductors", "Semiconductors"), ("ai", "Artificial intelligence"),
    ("digital", "Digital technologies"), ("telecoms", "Telecoms and connectivity"),
    ("quantum", "Quantum technologies"), ("life-sciences", "Life sciences"),
    ("genomics", "Genomics"), ("cell-gene-therapy", "Cell and gene therapy"),
    ("space", "Space"), ("defence", "Defence and security"), ("cyber", "Cyber security"),
    ("clean-tech", "Clean technology"), ("physics", "Fundamental physics"),
    ("disaster-science", "Disaster science"), ("food", "Food systems"),
    ("research-policy", "Research and innovation policy"), ("trade", "Trade and investment"))
SECTOR_POPULARITY = ("ai", "quantum", "semiconductors", "life-sciences", "clean-tech", "digital",
                     "research-policy", "space", "telecoms", "genomics", "cyber", "trade",
                     "defence", "physics", "cell-gene-therapy", "disaster-science", "food")

# Topic phrases per sector, used in names, summaries and source sentences. None contains the
# marker words.
TOPICS = {
    "semiconductors": ("chip design", "advanced packaging", "compound materials", "power electronics",
                       "wafer fabrication", "photonic integrated circuits"),
    "ai": ("artificial intelligence", "machine learning", "AI safety", "trustworthy AI",
           "foundation models", "AI assurance"),
    "digital": ("digital infrastructure", "data sharing", "digital twins", "cloud computing",
                "smart cities"),
    "telecoms": ("6G research", "open RAN", "optical networks", "mobile connectivity",
                 "subsea cables"),
    "quantum": ("quantum computing", "quantum sensing", "quantum networks", "quantum materials",
                "quantum timing"),
    "life-sciences": ("drug discovery", "clinical trials", "medical devices", "biomanufacturing",
                      "ageing research"),
    "genomics": ("genomic medicine", "population genomics", "sequencing", "rare disease genomics"),
    "cell-gene-therapy": ("regenerative medicine", "cell therapy", "gene therapy", "iPS cells"),
    "space": ("Earth observation", "space debris removal", "lunar exploration", "satellite launch",
              "space weather"),
    "defence": ("defence equipment", "fighter aircraft", "research security", "dual-use technology"),
    "cyber": ("cyber security", "secure software", "critical infrastructure protection",
              "threat intelligence"),
    "clean-tech": ("offshore wind", "hydrogen", "fusion energy", "carbon capture", "battery storage",
                   "nuclear decommissioning"),
    "physics": ("particle physics", "neutrino research", "astronomy", "synchrotron science",
                "high-performance computing"),
    "disaster-science": ("earthquake resilience", "tsunami modelling", "flood forecasting",
                         "disaster risk reduction"),
    "food": ("food security", "agritech", "sustainable fisheries", "crop science"),
    "research-policy": ("researcher mobility", "research funding", "innovation policy",
                        "early-career fellowships", "open science"),
    "trade": ("trade and investment", "export promotion", "supply chains", "inward investment"),
}
ALL_TOPICS = tuple(t for ts in TOPICS.values() for t in ts)

UK_PLACES = ("Ashcombe", "Bramwell", "Carrow", "Dunholm", "Eastmere", "Fenwick", "Glenrith",
             "Harrowgate", "Ivybridge", "Kelbrook", "Larkfield", "Marston", "Northwold",
             "Oakhurst", "Penmoor", "Redcastle", "Southam", "Thornbury", "Wexcombe", "Yarrow")
JP_PLACES = ("Aoba", "Chikusa", "Fujimi", "Hanamura", "Higashiyama", "Kamogawa", "Kitami",
             "Midorigaoka", "Minamisato", "Nishikawa", "Sakuragi", "Shirakawa", "Takanawa",
             "Umegaoka", "Wakaba", "Yamabuki", "Kotobuki", "Asahino", "Hoshigaura", "Tsukimino")
OTHER_COUNTRIES = (("US", 8.0), ("FR", 3.0), ("DE", 3.0), ("KR", 2.5), ("AU", 2.0), ("CA", 2.0),
                   ("IN", 2.0), ("SG", 1.2), ("IT", 1.0), ("NL", 1.0), ("SE", 0.6),
                   ("TW", 0.6), ("NZ", 0.5), ("CH", 0.5), ("ES", 0.4))

KINDS_W = (("partnership", 22), ("programme", 18), ("funding_call", 15), ("agreement", 12),
           ("investment", 9), ("fund", 7), ("event", 6), ("facility", 4), ("policy", 4),
           ("other", 3))
STATUSES_RECENT = (("active", 34), ("announced", 24), ("reported", 12), ("proposed", 9),
                   ("completed", 12), ("superseded", 3), ("unknown", 6))
STATUSES_OLD = (("completed", 62), ("active", 8), ("reported", 12), ("superseded", 8),
                ("unknown", 8), ("announced", 2))
PRECISIONS_W = (("day", 45), ("month", 30), ("year", 18), ("half_year", 7))
ROLES_W = (("funder", 30), ("partner", 25), ("lead", 15), ("signatory", 10),
           ("participant", 10), ("host", 5), ("investor", 5))
SIDES_W = (("UK", 38), ("Japan", 38), ("joint", 12), ("private", 8), ("other", 4))
CURRENCY_BY_SIDE = {
    "UK": (("GBP", 85), ("USD", 5), ("EUR", 5), ("JPY", 5)),
    "Japan": (("JPY", 85), ("GBP", 8), ("USD", 7)),
    "joint": (("GBP", 45), ("JPY", 45), ("USD", 5), ("EUR", 5)),
    "private": (("USD", 30), ("GBP", 30), ("JPY", 30), ("EUR", 10)),
    "other": (("EUR", 40), ("USD", 40), ("GBP", 20)),
}
QUALIFIERS_W = (("exact", 55), ("approximately", 12), ("up_to", 10), ("more_than", 8),
                ("just_over", 5), ("at_least", 5), ("range", 5))
BASES_W = (("total", 75), ("over_years", 12), ("per_year", 10), ("each", 3))
SCOPES_W = (("bilateral", 81), ("context", 14), ("non_funding", 5))
RELATIONS_W = (("part_of", 35), ("successor_of", 25), ("announced_with", 20), ("related_to", 20))
SYMBOL = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥"}
QUALIFIER_PHRASE = {"exact": "", "approximately": "approximately ", "up_to": "up to ",
                    "more_than": "more than ", "just_over": "just over ", "at_least": "at least ",
                    "range": "between "}

# Annual averages, units per £1, at anchor years; other years are interpolated. Plausible values,
# not real data (the rows say so in their source).
_RATE_ANCHORS = {
    "JPY": ((1975, 658), (1980, 526), (1985, 307), (1988, 228), (1990, 257), (1995, 148),
            (1998, 217), (2000, 163), (2003, 190), (2007, 236), (2009, 146), (2012, 126),
            (2015, 185), (2016, 148), (2019, 139), (2021, 151), (2022, 161), (2023, 175),
            (2024, 193), (2026, 198)),
    "USD": ((1975, 2.22), (1980, 2.33), (1985, 1.30), (1988, 1.78), (1991, 1.77), (1993, 1.50),
            (1996, 1.56), (2000, 1.52), (2004, 1.83), (2007, 2.00), (2009, 1.57), (2014, 1.65),
            (2016, 1.36), (2019, 1.28), (2021, 1.38), (2022, 1.24), (2024, 1.28), (2026, 1.33)),
    "EUR": ((1975, 1.80), (1980, 1.68), (1985, 1.70), (1990, 1.40), (1995, 1.21), (1999, 1.52),
            (2000, 1.64), (2004, 1.47), (2008, 1.26), (2010, 1.17), (2015, 1.38), (2016, 1.22),
            (2019, 1.14), (2022, 1.17), (2024, 1.18), (2026, 1.16)),
}


def demo_rates() -> list[tuple[str, int, str]]:
    """(currency, year, units_per_gbp) for every year 1975–2026, 4 significant figures."""
    out = []
    for cur, anchors in _RATE_ANCHORS.items():
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            for (y0, v0), (y1, v1) in zip(anchors, anchors[1:]):
                if y0 <= year <= y1:
                    v = v0 + (v1 - v0) * (year - y0) / (y1 - y0)
                    break
            out.append((cur, year, f"{Decimal(repr(v)):.4g}" if v < 1000 else str(round(v))))
    return out


class _Weighted:
    """Fast weighted choice from fixed (value, weight) pairs."""
    __slots__ = ("values", "cum", "total")

    def __init__(self, pairs):
        self.values = [v for v, _ in pairs]
        self.cum = list(accumulate(float(w) for _, w in pairs))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random):
        return self.values[bisect(self.cum, rng.random() * self.total)]


# ---- reference data ------------------------------------------------------------------------
def _organisations(rng: random.Random) -> list[dict]:
    """About 300 organisations across ORG_TYPES, UK and Japan mostly."""
    specs: list[tuple[str, str, str, str]] = []   # (name, alias, country, type)
    specs += [("UK Government", "HM Government", "GB", "government"),
              ("Government of Japan", "Japanese Government", "JP", "government")]
    uk_min = ("Science and Technology", "Business and Industry", "Trade and Investment",
              "Energy and Net Zero", "Health and Care", "Defence", "Digital Affairs",
              "Environment and Food", "Education", "Foreign Affairs", "Transport", "the Treasury")
    specs += [(f"Department for {m}", "", "GB", "ministry") for m in uk_min]
    jp_min = ("Education, Culture, Sports, Science and Technology", "Economy, Trade and Industry",
              "Internal Affairs and Communications", "Health, Labour and Welfare", "Defence",
              "Foreign Affairs", "Agriculture, Forestry and Fisheries", "the Environment",
              "Land, Infrastructure and Transport", "Finance")
    specs += [(f"Ministry of {m} (Japan)", "", "JP", "ministry") for m in jp_min]
    uk_ag = ("National Innovation Agency", "Space Agency", "Atomic Energy Authority",
             "Health Security Agency", "Defence Science Laboratory", "Met Research Office",
             "Export Finance Office", "Intellectual Property Office", "National Physical Laboratory",
             "Geological Survey", "Advanced Research Agency", "Investment Office")
    specs += [(f"UK {a}", "", "GB", "agency") for a in uk_ag]
    jp_ag = ("Science and Technology Agency", "Medical Research Agency", "Energy and Industrial "
             "Technology Organisation", "Aerospace Exploration Agency", "Society for the Promotion "
             "of Science", "Trade Organisation", "Atomic Energy Agency", "Marine-Earth Science "
             "Agency", "Institute of Information and Communications Technology", "Patent Office",
             "Meteorological Agency", "Cabinet Office Innovation Bureau")
    specs += [(f"Japan {a}", "", "JP", "agency") for a in jp_ag]
    uk_rc = ("Engineering and Physical Sciences", "Biotechnology and Biological Sciences", "Medical",
             "Science and Technology Facilities", "Natural Environment", "Economic and Social",
             "Arts and Humanities", "Innovation")
    specs += [(f"{r} Research Council", "", "GB", "research_council") for r in uk_rc]
    specs += [("National Research Council of Japan", "", "JP", "research_council"),
              ("Japan Science Council", "", "JP", "research_council"),
              ("Council for Science, Technology and Innovation", "CSTI", "JP", "research_council"),
              ("UK Research Councils Board", "", "GB", "research_council")]
    for place in UK_PLACES:
        specs.append((f"University of {place}", "", "GB", "university"))
        specs.append((f"{place} Institute of Technology", "", "GB", "university"))
    for place in JP_PLACES:
        specs.append((f"{place} University", "", "JP", "university"))
        specs.append((f"{place} Institute of Science and Technology", "", "JP", "university"))
    stems = ("Northlight", "Kestrel", "Aster", "Bluewater", "Cobalt", "Greyfield", "Helix",
             "Ironbridge", "Juniper", "Lumen", "Meridian", "Novus", "Orbital", "Pennant",
             "Quartz", "Riverside", "Solent", "Tidewater", "Vantage", "Wyvern")
    fields_ = ("Photonics", "Quantum", "Bio", "Energy", "Systems", "Robotics", "Materials",
               "Space", "Networks", "Devices")
    jp_stems = ("Hikari", "Sakura", "Fuji", "Kaze", "Mirai", "Nami", "Sora", "Tsubasa", "Yume",
                "Hoshi", "Kumo", "Midori", "Asahi", "Hayabusa", "Kirin", "Ginga", "Taiyo", "Umi",
                "Yamato", "Zen")
    for i, s in enumerate(stems):
        specs.append((f"{s} {fields_[i % len(fields_)]} Ltd", "", "GB", "company"))
        specs.append((f"{s} {fields_[(i + 3) % len(fields_)]} plc", "", "GB", "company"))
    for i, s in enumerate(jp_stems):
        specs.append((f"{s} {fields_[(i + 5) % len(fields_)]} K.K.", "", "JP", "company"))
        specs.append((f"{s} {fields_[(i + 7) % len(fields_)]} Corporation", "", "JP", "company"))
        specs.append((f"{s} {fields_[(i + 2) % len(fields_)]} Holdings", "", "JP", "company"))
        specs.append((f"{stems[i]} {fields_[(i + 8) % len(fields_)]} Group", "", "GB", "company"))
    foreign = (("Atlantic Microchip Inc.", "US"), ("Pacific Cloud Inc.", "US"),
               ("Rhein Photonics GmbH", "DE"), ("Seine Aerospace SA", "FR"),
               ("Hangang Electronics Co.", "KR"), ("Southern Cross Minerals Pty", "AU"),
               ("Maple Quantum Inc.", "CA"), ("Deccan Pharma Ltd", "IN"))
    specs += [(n, "", c, "company") for n, c in foreign]
    for topic in ("Quantum", "AI", "Space", "Microelectronics", "Fusion", "Genomics", "Cyber",
                  "Offshore Wind", "Disaster Resilience", "Agritech"):
        specs.append((f"UK–Japan {topic} Programme Office", "", "GB", "programme_office"))
    for n, c in (("UK–Japan Research Network", "GB"), ("Japan–UK Innovation Network", "JP"),
                 ("Anglo-Japanese Engineering Network", "GB"), ("Japan Startup Network", "JP"),
                 ("UK Photonics Cluster", "GB"), ("Kansai Bio Cluster", "JP"),
                 ("Tohoku Materials Network", "JP"), ("Northern Quantum Network", "GB"),
                 ("Kyushu Device Consortium", "JP"), ("UK Space Cluster", "GB")):
        specs.append((n, "", c, "network"))
    for n, c in (("Organisation for Research Cooperation", "FR"), ("G7 Science Secretariat", "GB"),
                 ("Asia-Pacific Research Forum", "SG"), ("International Space Council", "US"),
                 ("Global Health Research Alliance", "CH"), ("International Fusion Partnership", "FR")):
        specs.append((n, "", c, "intergovernmental"))
    for n, c in (("British Chamber of Commerce in Japan", "JP"), ("Japan Society of London", "GB"),
                 ("UK–Japan Foundation for Science", "GB"), ("Tokyo Science Trust", "JP"),
                 ("Royal Society of Engineering Fellows", "GB"), ("Japan Academy of Technology", "JP")):
        specs.append((n, "", c, "other"))
    assert {t for *_, t in specs} <= set(ORG_TYPES)
    orgs, seen = [], set()
    for name, alias, country, type_ in specs:
        base = "".join(ch if ch.isalnum() else "-" for ch in name.lower().replace("–", "-"))
        slug = "-".join(p for p in base.split("-") if p)[:80]
        while slug in seen:
            slug += "-2"
        seen.add(slug)
        orgs.append({"id": len(orgs) + 1, "slug": slug, "name": name, "aliases": alias,
                     "country": country, "type": type_, "parent_id": None, "origin": "demo"})
    govs = {o["country"]: o["id"] for o in orgs if o["type"] == "government"}
    for o in orgs:
        if o["type"] in ("ministry", "agency") and o["country"] in govs and rng.random() < 0.7:
            o["parent_id"] = govs[o["country"]]
    return orgs


_SENTENCES = (
    "The {uk} and the {jp} agreed to expand joint work on {topic} over the next {n} years.",
    "Researchers from {uk} and {jp} will collaborate on {topic}, with a focus on {topic2}.",
    "The programme is expected to support around {n} projects in {topic} and related fields.",
    "Officials said the partnership would strengthen research links and encourage investment in {topic}.",
    "A joint call for proposals on {topic} opened in {year} and attracted applications from {n} teams.",
    "Both governments welcomed progress on {topic} at the meeting in {city}.",
    "The {uk} will host a workshop on {topic} with partners from Japan.",
    "Funding will be provided by the {jp} and matched by the {uk}.",
    "The agreement covers {topic}, {topic2} and the exchange of early-career researchers.",
    "Industry partners including {co} will contribute expertise in {topic}.",
    "The initiative builds on earlier cooperation in {topic2} that began in {year}.",
    "Ministers noted that {topic} is a shared priority for the UK and Japan.",
    "Under the memorandum, the two sides will exchange data and staff working on {topic}.",
    "The centre in {city} will focus on {topic} and train around {n} researchers each year.",
    "A review in {year} found that the collaboration on {topic2} had produced {n} joint papers.",
    "Further details of the {topic} strand will be published by the {uk}.",
)
_COMMON_SENTENCES = (
    "The " + COMMON_TERM + " workstream covers {topic} and resilient supply chains.",
    "Both governments described " + COMMON_TERM + " research as a shared priority for economic security.",
    "The {jp} will fund " + COMMON_TERM + " design projects with partners in the UK.",
    "A joint " + COMMON_TERM + " roadmap was agreed by the {uk} and the {jp}.",
)
_RARE_SENTENCES = (
    "The national measurement institutes will cooperate on " + RARE_TERM + " for {topic}.",
    "A new " + RARE_TERM + " facility in {city} will support work on {topic}.",
)
_CITIES = ("London", "Tokyo", "Osaka", "Edinburgh", "Kyoto", "Manchester", "Sendai", "Cardiff",
           "Nagoya", "Belfast", "Fukuoka", "Bristol", "Tsukuba", "Cambridge", "Yokohama", "Oxford")


def _short(name: str) -> str:
    return name.replace(" (Japan)", "")


class _Gen:
    """All generation state; one instance per database, driven by one Random."""

    def __init__(self, n: int, rng: random.Random):
        self.n = n
        self.rng = rng
        self.orgs = _organisations(rng)
        self.gb_orgs = [o for o in self.orgs if o["country"] == "GB"]
        self.jp_orgs = [o for o in self.orgs if o["country"] == "JP"]
        self.uk_names = [_short(o["name"]) for o in self.gb_orgs if o["type"] != "company"]
        self.jp_names = [_short(o["name"]) for o in self.jp_orgs if o["type"] != "company"]
        self.companies = [o["name"] for o in self.orgs if o["type"] == "company"]
        # Zipf-like popularity over organisations, in a seeded random order
        order = list(self.orgs)
        rng.shuffle(order)
        self.pick_org = _Weighted([(o["id"], 1.0 / (r + 1) ** 0.9) for r, o in enumerate(order)])
        self.pick_gb_org = _Weighted([(o["id"], 1.0 / (r + 1)) for r, o in enumerate(self.gb_orgs)])
        self.pick_jp_org = _Weighted([(o["id"], 1.0 / (r + 1)) for r, o in enumerate(self.jp_orgs)])
        self.sector_ids = {slug: i + 1 for i, (slug, _) in enumerate(SECTORS)}
        self.pick_sector = _Weighted([(s, 1.0 / (r + 1)) for r, s in enumerate(SECTOR_POPULARITY)])
        self.pick_country = _Weighted(OTHER_COUNTRIES)
        self.pick_kind = _Weighted(KINDS_W)
        self.pick_status_recent = _Weighted(STATUSES_RECENT)
        self.pick_status_old = _Weighted(STATUSES_OLD)
        self.pick_precision = _Weighted(PRECISIONS_W)
        self.pick_role = _Weighted(ROLES_W)
        self.pick_side = _Weighted(SIDES_W)
        self.pick_currency = {s: _Weighted(w) for s, w in CURRENCY_BY_SIDE.items()}
        self.pick_qualifier = _Weighted(QUALIFIERS_W)
        self.pick_basis = _Weighted(BASES_W)
        self.pick_scope = _Weighted(SCOPES_W)
        self.pick_relation = _Weighted(RELATIONS_W)
        self.pick_n_sources = _Weighted(((1, 35), (2, 35), (3, 20), (4, 10)))
        self.pick_n_funding = _Weighted(((0, 20), (1, 30), (2, 25), (3, 15), (4, 10)))
        self.rate_rows = [(i + 1, cur, year, units) for i, (cur, year, units) in enumerate(demo_rates())]
        self.rates = RateTable([Rate(cur, year, Decimal(units), RATE_SOURCE, False, None, i)
                                for i, cur, year, units in self.rate_rows])
        self.n_sources = max(1, round(n / 10))
        self.src_text: list[str] = []
        self.src_normal: list[list[tuple[int, int]]] = []   # sentence spans without marker words
        self.src_common: list[list[tuple[int, int]]] = []
        self.src_rare: list[tuple[int, int] | None] = []
        self.rare_sources: list[int] = []                   # 0-based indices with a rare sentence

    # -- dates --------------------------------------------------------------------------------
    def year(self) -> int:
        rng = self.rng
        while True:  # exponential back from the last year: denser recently
            y = LAST_YEAR - int(rng.expovariate(1 / 12.0))
            if y >= FIRST_YEAR:
                return y

    def date(self, year: int, precision: str | None = None) -> PartialDate:
        rng = self.rng
        precision = precision or self.pick_precision(rng)
        if precision == "day":
            return PartialDate(f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "day")
        if precision == "month":
            return PartialDate(f"{year:04d}-{rng.randint(1, 12):02d}", "month")
        if precision == "half_year":
            return PartialDate(f"{year:04d}-H{rng.randint(1, 2)}", "half_year")
        return PartialDate(f"{year:04d}", "year")

    # -- sources ------------------------------------------------------------------------------
    def _fill(self, template: str, topic: str) -> str:
        rng = self.rng
        return template.format(
            uk=rng.choice(self.uk_names), jp=rng.choice(self.jp_names), topic=topic,
            topic2=rng.choice(ALL_TOPICS), n=rng.randint(2, 60), year=rng.randint(FIRST_YEAR, LAST_YEAR),
            city=rng.choice(_CITIES), co=rng.choice(self.companies))

    def sources(self) -> list[dict]:
        rng = self.rng
        rows = []
        for k in range(self.n_sources):
            sector = self.pick_sector(rng)
            topics = TOPICS[sector]
            n_sent = rng.randint(40, 80)
            kinds = [0] * n_sent
            for pos in rng.sample(range(n_sent), 2):
                kinds[pos] = 1
            if rng.random() < 0.1:
                kinds[rng.choice([i for i, v in enumerate(kinds) if v == 0])] = 2
            parts: list[str] = []
            normal, common, rare = [], [], None
            pos = 0
            title_topic = rng.choice(topics)
            for i, kind in enumerate(kinds):
                topic = rng.choice(topics) if rng.random() < 0.7 else rng.choice(ALL_TOPICS)
                tpl = (_SENTENCES if kind == 0 else _COMMON_SENTENCES if kind == 1 else _RARE_SENTENCES)
                sentence = self._fill(rng.choice(tpl), topic)
                sep = "" if i == 0 else ("\n\n" if i % 6 == 0 else " ")
                pos += len(sep)
                parts.append(sep)
                parts.append(sentence)
                span = (pos, pos + len(sentence))
                pos = span[1]
                if kind == 0:
                    normal.append(span)
                elif kind == 1:
                    common.append(span)
                else:
                    rare = span
            text = "".join(parts) + "\n"
            self.src_text.append(text)
            self.src_normal.append(normal)
            self.src_common.append(common)
            self.src_rare.append(rare)
            if rare is not None:
                self.rare_sources.append(k)
            d = self.date(self.year(), rng.choice(("day", "day", "day", "month")))
            publisher = rng.choice(self.uk_names + self.jp_names)
            rows.append({
                "id": k + 1, "slug": f"demo-source-{k + 1:06d}",
                "title": f"{rng.choice(('Joint statement on', 'Press release:', 'Report on', 'Announcement:', 'Review of'))} "
                         f"UK–Japan cooperation in {title_topic}",
                "publisher": publisher, "date_value": d.value, "date_precision": d.precision,
                "date_note": None, "url": f"https://example.org/demo/sources/{k + 1:06d}",
                "attribution": "Synthetic text generated for the demo database; not a real publication.",
                "text": text, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "original_name": f"demo-source-{k + 1:06d}.txt", "origin": "demo"})
        if not self.rare_sources:   # tiny databases still get one rare sentence somewhere
            self.rare_sources.append(0)
        return rows

    # -- money ---------------------------------------------------------------------------------
    @staticmethod
    def _round_sig(x: float, sig: int) -> Decimal:
        d = Decimal(repr(x))
        exp = d.adjusted() - sig + 1
        q = d.scaleb(-exp).quantize(Decimal(1)).scaleb(exp)
        # plain notation ("800000000", "0.5"), never "8E+8"
        q = Decimal(int(q)) if exp >= 0 else q.quantize(Decimal(1).scaleb(exp))
        return q if q > 0 else Decimal(1)

    @staticmethod
    def stated(amount: Decimal, currency: str) -> str:
        sym = SYMBOL[currency]
        for scale, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
                            (Decimal(10) ** 6, "million")):
            if amount >= scale:
                v = (amount / scale).normalize()
                return f"{sym}{v:f} {word}"
        return f"{sym}{int(amount):,}" if amount == amount.to_integral_value() else f"{sym}{amount:,.2f}"

    # -- one chunk of initiatives ----------------------------------------------------------------
    def initiatives(self, first: int, count: int, excerpt_id0: int, funding_id0: int,
                    excluded_id0: int) -> dict[str, list]:
        rng = self.rng
        out: dict[str, list] = {k: [] for k in ("initiatives", "excerpts", "dates", "sectors",
                                                "countries", "orgs", "funding", "excluded",
                                                "relations")}
        ex_id, fl_id, xf_id = excerpt_id0, funding_id0, excluded_id0
        n_src = self.n_sources
        for ini_id in range(first, first + count):
            # what it is about
            n_sec = 1 if rng.random() < 0.55 else 2 if rng.random() < 0.7 else 3
            sectors: list[str] = []
            while len(sectors) < n_sec:
                s = self.pick_sector(rng)
                if s not in sectors:
                    sectors.append(s)
            common = rng.random() < P_COMMON
            rare = rng.random() < P_RARE
            topic = rng.choice(TOPICS[sectors[0]])
            kind = self.pick_kind(rng)
            has_date = rng.random() < 0.97
            year = self.year() if has_date else None
            announced = self.date(year) if has_date else None
            status = (self.pick_status_old if year is not None and year < 2016 else self.pick_status_recent)(rng)
            bilateral = rng.random() < 0.75

            # sources and excerpts: about ten, each an exact substring of its source
            chosen: list[int] = []
            for _ in range(self.pick_n_sources(rng)):
                s = rng.randrange(n_src)
                if s not in chosen:
                    chosen.append(s)
            if rare and not any(self.src_rare[s] is not None for s in chosen):
                chosen[0] = rng.choice(self.rare_sources)
                chosen = list(dict.fromkeys(chosen))
            n_ex = rng.randint(7, 13)
            spans: list[tuple[int, int, int]] = []   # (source index, start, end)
            if rare:
                s = next(s for s in chosen if self.src_rare[s] is not None) \
                    if any(self.src_rare[s] is not None for s in chosen) else chosen[0]
                if self.src_rare[s] is not None:
                    spans.append((s, *self.src_rare[s]))
            if common:
                s = rng.choice(chosen)
                spans.append((s, *rng.choice(self.src_common[s])))
            per = [0] * len(chosen)
            for j in range(max(n_ex - len(spans), len(chosen))):
                per[j % len(chosen) if j < len(chosen) else rng.randrange(len(chosen))] += 1
            for s, k in zip(chosen, per):
                normal = self.src_normal[s]
                for idx in rng.sample(range(len(normal)), min(k, len(normal))):
                    start, end = normal[idx]
                    if rng.random() < 0.2 and idx + 1 < len(normal) and normal[idx + 1][0] - end <= 2:
                        end = normal[idx + 1][1]          # two consecutive sentences
                    elif rng.random() < 0.1:
                        comma = self.src_text[s].find(", ", start, end)
                        if comma > start:
                            end = comma                   # a clause
                    spans.append((s, start, end))
            ex_ids = []
            for key, (s, start, end) in enumerate(spans, 1):
                ex_ids.append(ex_id)
                out["excerpts"].append((ex_id, ini_id, s + 1, f"e{key}", start, end,
                                        self.src_text[s][start:end]))
                ex_id += 1

            # name and summary (common vocabulary; the common marker only where it belongs)
            label = topic[0].upper() + topic[1:]
            if common and rng.random() < 0.5:
                label = f"{COMMON_TERM.capitalize()} and {topic}"
            noun = {"partnership": "Partnership", "agreement": "Agreement", "funding_call": "Joint Call",
                    "programme": "Programme", "fund": "Fund", "investment": "Investment",
                    "facility": "Centre", "policy": "Strategy", "event": "Symposium",
                    "other": "Initiative"}[kind]
            prefix = rng.choice(("UK–Japan", "Japan–UK", "UK–Japan", "Joint", "Bilateral"))
            name = f"{prefix} {label} {noun}"
            if rng.random() < 0.3 and year is not None:
                name += f" {year}"
            summary = [f"A {kind.replace('_', ' ')} between UK and Japanese partners on {topic}."]
            if rng.random() < 0.7:
                summary.append(f"It supports research and innovation in {rng.choice(ALL_TOPICS)} "
                               f"and builds links between universities and industry.")
            if common and rng.random() < 0.5:
                summary.append(f"The work includes {COMMON_TERM} supply chain research.")
            out["initiatives"].append({
                "id": ini_id, "slug": f"demo-{ini_id:06d}", "name": name, "kind": kind,
                "status": status, "summary": " ".join(summary), "bilateral": bilateral,
                "origin": "demo",
                "announced_value": announced.value if announced else None,
                "announced_precision": announced.precision if announced else None,
                "announced_sort": announced.sort_key() if announced else None,
                "announced_year": announced.year if announced else None,
                "announced_note": None,
                "uk_gbp_p": 0, "japan_gbp_p": 0, "total_gbp_p": 0, "n_sources": 0})   # recompute_totals

            # dates
            if announced:
                out["dates"].append((ini_id, "announced", announced.value, announced.precision,
                                     None, rng.choice(ex_ids)))
                if rng.random() < 0.4:
                    started = self.date(min(LAST_YEAR, year + rng.randint(0, 1)), rng.choice(("month", "year")))
                    out["dates"].append((ini_id, "started", started.value, started.precision, None, None))
                    if status == "completed" or rng.random() < 0.2:
                        ended = self.date(min(LAST_YEAR + 5, started.year + rng.randint(1, 5)), "year")
                        out["dates"].append((ini_id, "ended", ended.value, ended.precision, None, None))

            for s in sectors:
                out["sectors"].append((ini_id, self.sector_ids[s]))

            # countries
            if bilateral or rng.random() < 0.5:
                countries = ["GB", "JP"]
            else:
                countries = [rng.choice(("GB", "JP"))]
            while rng.random() < 0.15:
                c = self.pick_country(rng)
                if c not in countries:
                    countries.append(c)
            for c in countries:
                out["countries"].append((ini_id, c))

            # organisations: 1–4 (organisation, role) pairs
            pairs: set[tuple[int, str]] = set()
            for _ in range(rng.choice((1, 2, 2, 3, 3, 4))):
                pairs.add((self.pick_org(rng), self.pick_role(rng)))
            for org, role in sorted(pairs):
                out["orgs"].append((ini_id, org, role, rng.choice(ex_ids) if rng.random() < 0.8 else None))

            # funding lines (the initiative's totals are summed by build.recompute_totals)
            for pos in range(self.pick_n_funding(rng)):
                side = self.pick_side(rng)
                currency = self.pick_currency[side](rng)
                line_year = year
                if year is not None and rng.random() < 0.05:
                    line_year = min(LAST_YEAR, year + rng.randint(1, 3))
                gbp = 10 ** min(9.7, max(3.3, rng.triangular(3.3, 9.7, 6.2)))
                rate = self.rates.lookup(currency, line_year) if currency != "GBP" else None
                approx = gbp * float(rate.units_per_gbp) if rate else gbp
                amount = self._round_sig(approx, rng.choice((1, 2, 2, 2, 3)))
                qualifier = self.pick_qualifier(rng)
                amount_max = self._round_sig(float(amount) * rng.choice((1.5, 2, 3)), 2) \
                    if qualifier == "range" else None
                basis = self.pick_basis(rng)
                period = rng.randint(2, 10) if basis in ("over_years", "per_year") else None
                scope = self.pick_scope(rng)
                line_status = "superseded" if rng.random() < 0.05 else "current"
                counted = line_status == "current" and scope != "non_funding"
                gbp_p, used = self.rates.to_gbp_pence(amount, currency, line_year)
                stated = QUALIFIER_PHRASE[qualifier] + self.stated(amount, currency)
                if amount_max is not None:
                    stated += " and " + self.stated(amount_max, currency)
                if basis == "per_year":
                    stated += " per year"
                elif basis == "over_years":
                    stated += f" over {period} years"
                elif basis == "each":
                    stated += " each"
                contributor = None
                if rng.random() < 0.7:
                    contributor = (self.pick_gb_org(rng) if side == "UK" else
                                   self.pick_jp_org(rng) if side == "Japan" else self.pick_org(rng))
                conv = currency != "GBP" and rng.random() < 0.05
                conv_amount = self._round_sig(gbp_p / 100, 2) if conv else None
                note = None
                if line_status == "superseded":
                    note = "Superseded by a later figure for the same commitment."
                elif scope == "context":
                    note = "Wider programme figure, shown for context."
                out["funding"].append((
                    fl_id, ini_id, pos, str(amount), to_hundredths(amount),
                    str(amount_max) if amount_max is not None else None, currency, qualifier,
                    basis, period, side, scope, line_status, counted, contributor, stated,
                    rng.choice(ex_ids), line_year, used.id if used else None, gbp_p, note,
                    str(conv_amount) if conv else None, "GBP" if conv else None,
                    "approximately" if conv else None,
                    f"(about {self.stated(conv_amount, 'GBP')})" if conv else None))
                fl_id += 1

            if rng.random() < 0.03:
                big = self._round_sig(10 ** rng.uniform(8, 10.5), 2)
                out["excluded"].append((xf_id, ini_id, self.stated(big, rng.choice(("GBP", "JPY", "USD"))),
                                        rng.choice(("Total for the wider programme, not the UK–Japan part.",
                                                    "Cumulative figure across several years and partners.",
                                                    "Figure attributed to an earlier announcement.")),
                                        rng.choice(ex_ids)))
                xf_id += 1
            if ini_id > 50 and rng.random() < 0.04:
                target = rng.randint(max(1, ini_id - 5000), ini_id - 1)
                out["relations"].append((ini_id, target, self.pick_relation(rng), rng.choice(ex_ids)))
        return out


# ---- writing ---------------------------------------------------------------------------------
def _cols(model, names: str) -> str:
    """A positional INSERT for ``model``'s table (Core executemany with tuples, no per-row dicts)."""
    cols = names.split()
    quoted = ", ".join(f'"{c}"' for c in cols)
    return f'INSERT INTO {model.__table__.name} ({quoted}) VALUES ({", ".join("?" * len(cols))})'


_EXCERPT_SQL = _cols(Excerpt, "id initiative_id source_id key start end text")
_DATE_SQL = _cols(InitiativeDate, "initiative_id label value precision note excerpt_id")
_SECTOR_SQL = _cols(InitiativeSector, "initiative_id sector_id")
_COUNTRY_SQL = _cols(InitiativeCountry, "initiative_id country")
_ORG_SQL = _cols(InitiativeOrganisation, "initiative_id organisation_id role excerpt_id")
_FUNDING_SQL = _cols(FundingLine, "id initiative_id position amount amount_h amount_max currency "
                                     "qualifier basis period_years side scope status counted "
                                     "contributor_id stated excerpt_id rate_year rate_id gbp_p note "
                                     "conv_amount conv_currency conv_qualifier conv_stated")
_EXCLUDED_SQL = _cols(ExcludedFigure, "id initiative_id stated reason excerpt_id")
_RELATION_SQL = _cols(Relation, "from_id to_id type excerpt_id")


def _secondary_indexes(conn: Connection, tables: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, CREATE sql) of the explicit indexes on ``tables`` (not the automatic ones)."""
    marks = ",".join("?" * len(tables))
    return list(conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name", tables).all())


def write_demo_database(path: Path, initiatives: int, seed: int = 1,
                        progress: Progress | None = None) -> dict:
    """Create a new demo database at ``path`` with ``initiatives`` synthetic initiatives.

    Refuses to touch an existing file (``FileExistsError``). ``progress(stage, done, total)``
    is called now and then. Returns the row counts and the elapsed seconds (also per stage).
    """
    path = Path(path).expanduser()
    if path.exists():
        raise FileExistsError(f"{path} already exists; the demo database is only ever written to a "
                              "new file. Delete it or choose another path.")
    if initiatives < 1:
        raise ValueError("initiatives must be at least 1")
    report = progress or (lambda stage, done, total: None)
    t0 = perf_counter()
    timings: dict[str, float] = {}
    rng = random.Random(seed)
    gen = _Gen(initiatives, rng)

    opened = open_database(path)
    engine = opened.engine
    counts = {k: 0 for k in ("sources", "organisations", "sectors", "exchange_rates", "initiatives",
                             "excerpts", "initiative_dates", "initiative_sectors",
                             "initiative_countries", "initiative_organisations", "funding_lines",
                             "excluded_figures", "initiative_relations")}
    try:
        with engine.connect() as conn:
            # Bulk-load settings for this connection only: the file is new, so a crash just means
            # deleting it. The application's own connections set WAL and synchronous=NORMAL again.
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "foreign_keys=OFF",
                           "cache_size=-1048576", "temp_store=MEMORY", "locking_mode=EXCLUSIVE"):
                conn.exec_driver_sql(f"PRAGMA {pragma}")
            conn.commit()
            t = perf_counter()
            with conn.begin():
                # Secondary indexes are dropped for the load and recreated from their own SQL:
                # building an index once from sorted keys beats a million random inserts.
                indexes = _secondary_indexes(conn, ("excerpts", "initiatives", "funding_lines",
                                                    "initiative_sectors", "initiative_countries",
                                                    "initiative_organisations", "initiative_relations",
                                                    "excluded_figures", "sources"))
                for name, _sql in indexes:
                    conn.exec_driver_sql(f'DROP INDEX "{name}"')
                conn.execute(insert(Sector.__table__),
                             [{"id": i + 1, "slug": s, "name": n} for i, (s, n) in enumerate(SECTORS)])
                conn.execute(insert(Organisation.__table__), gen.orgs)
                conn.execute(insert(ExchangeRate.__table__), [
                    {"id": i, "currency": cur, "year": year, "units_per_gbp": units,
                     "source": RATE_SOURCE, "verified": False,
                     "note": "Synthetic value for the demo database, not a published rate."}
                    for i, cur, year, units in gen.rate_rows])
                counts.update(sectors=len(SECTORS), organisations=len(gen.orgs),
                              exchange_rates=len(gen.rate_rows))
                report("sources", 0, gen.n_sources)
                sources = gen.sources()
                for i in range(0, len(sources), 2000):
                    conn.execute(insert(Source.__table__), sources[i:i + 2000])
                counts["sources"] = len(sources)
                del sources
                report("sources", gen.n_sources, gen.n_sources)
            timings["sources"] = perf_counter() - t

            t = perf_counter()
            ini_table = Initiative.__table__
            ex_id = fl_id = xf_id = 1
            with conn.begin():
                for first in range(1, initiatives + 1, CHUNK):
                    rows = gen.initiatives(first, min(CHUNK, initiatives + 1 - first), ex_id, fl_id, xf_id)
                    conn.execute(insert(ini_table), rows["initiatives"])
                    for sql, key in ((_EXCERPT_SQL, "excerpts"), (_DATE_SQL, "dates"),
                                     (_SECTOR_SQL, "sectors"), (_COUNTRY_SQL, "countries"),
                                     (_ORG_SQL, "orgs"), (_FUNDING_SQL, "funding"),
                                     (_EXCLUDED_SQL, "excluded"), (_RELATION_SQL, "relations")):
                        if rows[key]:
                            conn.exec_driver_sql(sql, rows[key])
                    ex_id += len(rows["excerpts"])
                    fl_id += len(rows["funding"])
                    xf_id += len(rows["excluded"])
                    for key, table in (("initiatives", "initiatives"), ("excerpts", "excerpts"),
                                       ("dates", "initiative_dates"), ("sectors", "initiative_sectors"),
                                       ("countries", "initiative_countries"),
                                       ("orgs", "initiative_organisations"), ("funding", "funding_lines"),
                                       ("excluded", "excluded_figures"), ("relations", "initiative_relations")):
                        counts[table] += len(rows[key])
                    report("initiatives", counts["initiatives"], initiatives)
                timings["rows"] = perf_counter() - t
                t = perf_counter()
                report("indexes", 0, len(indexes))
                for name, sql in indexes:
                    conn.exec_driver_sql(sql)
                timings["indexes"] = perf_counter() - t
                t = perf_counter()
                report("totals", 0, initiatives)
                recompute_totals(conn, range(1, initiatives + 1))
                timings["totals"] = perf_counter() - t
                conn.execute(insert(Meta.__table__), [
                    {"key": "dataset_version", "value": f"demo-{initiatives}"},
                    {"key": "dataset_released", "value": "synthetic"},
                    {"key": "demo_seed", "value": str(seed)}])
                data_version.stamp(conn)
            t = perf_counter()
            report("search index", 0, 1)
            with conn.begin():
                search.rebuild_all(conn)
            timings["search_index"] = perf_counter() - t
            report("search index", 1, 1)
            conn.exec_driver_sql("PRAGMA locking_mode=NORMAL")
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            conn.commit()
    except BaseException:
        engine.dispose()
        try:
            path.unlink(missing_ok=True)   # never leave a half-built demo file behind
        except OSError:
            pass
        raise
    engine.dispose()
    elapsed = perf_counter() - t0
    return {"path": str(path), "seed": seed, "counts": counts,
            "elapsed_s": round(elapsed, 3), "stages_s": {k: round(v, 3) for k, v in timings.items()},
            "size_bytes": path.stat().st_size}


__all__ = ["COMMON_TERM", "RARE_TERM", "SECTORS", "write_demo_database", "demo_rates"]
