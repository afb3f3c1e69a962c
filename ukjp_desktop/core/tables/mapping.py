"""Which column feeds which field: presets for known exports, guesses, saved mappings.

A mapping is ``{column header: field}``. Presets name the headers of Gateway to Research
project exports and of KAKEN (Japanese and English) and JST project lists; a table whose
headers include a preset's signature gets that preset automatically. A user's own mapping is
saved as JSON (``table-mappings.json``, beside the settings file) under a name and offered
again for any table with the same headers; the window and ``import-table --mapping NAME /
--save-mapping NAME`` share that file.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .cells import normalise

FIELDS = ("title", "summary", "funder", "lead", "partners", "country", "amount", "currency",
          "unit", "start", "end", "announced", "sector", "identifier", "url")
FIELD_LABELS = {"title": "Title", "summary": "Summary", "funder": "Funder",
                "lead": "Lead organisation", "partners": "Partner organisations",
                "country": "Country", "amount": "Amount", "currency": "Currency",
                "unit": "Amount's unit", "start": "Start", "end": "End", "announced": "Announced",
                "sector": "Sector", "identifier": "Identifier", "url": "URL"}
IGNORE = ""
MAPPINGS_FILE = "table-mappings.json"


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    columns: dict[str, str]            # header → field
    signature: tuple[str, ...]         # headers that identify the layout
    side: str | None = None            # who pays, when the funder does not say
    country: str | None = None         # the country the rows' organisations are in
    currency: str | None = None        # the amounts' currency, when neither cell nor header says


GTR = Preset(
    "gtr", "Gateway to Research (UKRI) projects",
    {"FundingOrgName": "funder", "ProjectReference": "identifier", "LeadROName": "lead",
     "Title": "title", "StartDate": "start", "EndDate": "end", "AwardPounds": "amount",
     "GTRProjectUrl": "url", "ProjectCategory": IGNORE, "Abstract": "summary",
     "PartnerOrgs": "partners", "ResearchSubjects": "sector", "Department": IGNORE},
    ("FundingOrgName", "ProjectReference", "LeadROName"), side="UK", country="GB", currency="GBP")

KAKEN = Preset(
    "kaken", "KAKEN / JST project list",
    {"研究課題名": "title", "課題名": "title", "研究課題/領域番号": "identifier", "研究課題番号": "identifier",
     "課題番号": "identifier", "研究機関": "lead", "所属機関": "lead", "研究代表者所属機関": "lead",
     "配分額": "amount", "配分額（千円）": "amount", "配分額(千円)": "amount", "研究費": "amount",
     "研究費（千円）": "amount", "金額（千円）": "amount", "金額": "amount", "研究開始日": "start",
     "開始日": "start", "研究終了日": "end", "終了日": "end", "採択日": "announced", "研究概要": "summary",
     "研究分野": "sector", "審査区分": "sector", "資金配分機関": "funder", "配分機関": "funder",
     "共同研究機関": "partners", "URL": "url",
     "Project Title": "title", "Project/Area Number": "identifier", "Research Institution": "lead",
     "Budget Amount": "amount", "Start Date": "start", "End Date": "end", "Outline of Research": "summary"},
    ("研究課題名", "課題名", "Project/Area Number"), side="Japan", country="JP", currency="JPY")

PRESETS = {p.key: p for p in (GTR, KAKEN)}

# Words that suggest a field when no preset applies (matched against a lower-cased header).
_GUESSES = (
    ("identifier", ("reference", "identifier", "grant id", "project id", "award id", "ref", "番号")),
    ("title", ("title", "project name", "name", "課題名", "件名")),
    ("summary", ("summary", "abstract", "description", "概要")),
    ("funder", ("funder", "funding org", "funding body", "agency", "配分機関")),
    ("lead", ("lead", "institution", "organisation", "organization", "university", "機関")),
    ("partners", ("partner", "collaborator", "共同")),
    ("country", ("country", "国")),
    ("currency", ("currency", "通貨")),
    ("unit", ("unit", "単位")),
    ("amount", ("amount", "award", "value", "budget", "funding", "grant", "金額", "配分額", "研究費", "£", "¥")),
    ("start", ("start", "begin", "開始")),
    ("end", ("end", "finish", "close", "終了")),
    ("announced", ("announced", "awarded", "date", "採択")),
    ("sector", ("sector", "subject", "field", "topic", "分野")),
    ("url", ("url", "link", "web")),
)


def detect_preset(headers: list[str]) -> Preset | None:
    names = {normalise(h) for h in headers}
    for p in PRESETS.values():
        if any(normalise(s) in names for s in p.signature):
            return p
    return None


def preset_mapping(preset: Preset, headers: list[str]) -> dict[str, str]:
    cols = {normalise(k): v for k, v in preset.columns.items()}
    out = {}
    for h in headers:
        f = cols.get(normalise(h))
        if f and f not in out.values():
            out[h] = f
    return out


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """One column per field, by the first matching word; unmatched columns are ignored."""
    out: dict[str, str] = {}
    for h in headers:
        low = normalise(h).lower()
        for f, words in _GUESSES:
            if f not in out.values() and any(w in low for w in words):
                out[h] = f
                break
    return out


def auto_mapping(headers: list[str]) -> tuple[Preset | None, dict[str, str]]:
    """The preset the headers identify (with its mapping, gaps filled by guesses), else guesses."""
    preset = detect_preset(headers)
    guessed = guess_mapping(headers)
    if preset is None:
        return None, guessed
    mapping = preset_mapping(preset, headers)
    for h, f in guessed.items():
        if h not in mapping and f not in mapping.values() and normalise(h) not in \
                {normalise(k) for k in preset.columns}:
            mapping[h] = f
    return preset, mapping


def check_mapping(mapping: dict[str, str], headers: list[str]) -> list[str]:
    """Problems with a mapping, in words (empty when it can be used)."""
    problems = []
    for h, f in mapping.items():
        if h not in headers:
            problems.append(f"no column {h!r} (columns: {', '.join(headers)})")
        elif f and f not in FIELDS:
            problems.append(f"{f!r} is not a field (fields: {', '.join(FIELDS)})")
    used = [f for f in mapping.values() if f]
    for f in dict.fromkeys(used):
        if used.count(f) > 1:
            problems.append(f"more than one column is mapped to {f}")
    if "title" not in used:
        problems.append("no column is mapped to title")
    return problems


# --- saved mappings -------------------------------------------------------------------------

@dataclass
class SavedMappings:
    """Named mappings in one JSON file: ``{name: {"headers": [...], "mapping": {...}}}``."""
    path: Path
    items: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> "SavedMappings":
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        return cls(p, data if isinstance(data, dict) else {})

    def save(self, name: str, headers: list[str], mapping: dict[str, str]) -> None:
        self.items[name] = {"headers": list(headers), "mapping": dict(mapping)}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".partial")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self.items, fh, ensure_ascii=False, indent=2)
        os.replace(tmp, self.path)   # whole or not at all

    @classmethod
    def beside_settings(cls, settings_folder: str | Path) -> "SavedMappings":
        """The user's saved mappings: one file in the settings folder (window and command line)."""
        return cls.load(Path(settings_folder) / MAPPINGS_FILE)

    def for_headers(self, headers: list[str]) -> list[str]:
        """Saved mappings whose every column is in these headers."""
        have = set(headers)
        return [n for n, d in self.items.items() if set(d.get("mapping", {})) <= have]

    def mapping(self, name: str) -> dict[str, str]:
        return dict(self.items[name]["mapping"])

    def overrides(self, name: str, headers: list[str]) -> dict[str, str]:
        """Mapping ``name`` for a table with these ``headers``: its columns feed its fields and
        every other column is ignored. ``KeyError`` / ``ValueError`` say why it does not apply."""
        if name not in self.items:
            raise KeyError(f"no saved mapping {name!r}" + (f" (saved: {', '.join(self.items)})" if self.items
                                                            else " (none saved yet: use --save-mapping NAME)"))
        mapping = self.mapping(name)
        missing = [h for h in mapping if h not in headers]
        if missing:
            raise ValueError(f"saved mapping {name!r} names columns this table does not have: "
                             f"{', '.join(missing)}")
        return {h: mapping.get(h, IGNORE) for h in headers}
