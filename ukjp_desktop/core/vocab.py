"""Controlled vocabularies shared by the dataset, the store and the command line."""
from __future__ import annotations

import re

KINDS = ("partnership", "agreement", "funding_call", "programme", "fund", "investment",
         "facility", "policy", "event", "other")
STATUSES = ("proposed", "reported", "announced", "active", "completed", "superseded", "unknown")
SIDES = ("UK", "Japan", "joint", "private", "other")
SCOPES = ("bilateral", "context", "non_funding")
QUALIFIERS = ("exact", "approximately", "just_over", "up_to", "at_least", "more_than", "range")
BASES = ("total", "per_year", "over_years", "each")
LINE_STATUSES = ("current", "superseded")
ROLES = ("funder", "signatory", "partner", "lead", "investor", "host", "participant")
RELATION_TYPES = ("part_of", "successor_of", "announced_with", "related_to")
ORG_TYPES = ("ministry", "agency", "research_council", "company", "university",
             "programme_office", "government", "network", "intergovernmental", "other")
SOURCE_DATE_PRECISIONS = ("day", "month", "year", "half_year", "quarter", "unknown")

QUALIFIER_WORDS = {"exact": "", "approximately": "approximately", "just_over": "just over",
                   "up_to": "up to", "at_least": "at least", "more_than": "more than",
                   "range": "between"}
BASIS_WORDS = {"total": "", "per_year": "per year", "over_years": "over {n} years", "each": "each"}

# Country codes (ISO 3166-1 alpha-2, plus EU and INT) as the interface names them. One table:
# the facet list, the detail pane and the import review all show the same words.
COUNTRY_NAMES = {
    "GB": "United Kingdom", "JP": "Japan", "TW": "Taiwan", "US": "United States",
    "AU": "Australia", "FR": "France", "FI": "Finland", "DE": "Germany", "KR": "South Korea",
    "CN": "China", "IT": "Italy", "CA": "Canada", "IN": "India", "EU": "European Union",
    "SG": "Singapore", "NL": "Netherlands", "SE": "Sweden", "CH": "Switzerland",
    "NZ": "New Zealand", "NO": "Norway", "DK": "Denmark", "ES": "Spain", "BE": "Belgium",
    "IE": "Ireland", "IL": "Israel", "BR": "Brazil", "VN": "Vietnam", "TH": "Thailand",
    "ID": "Indonesia", "MY": "Malaysia", "PH": "Philippines", "INT": "International",
}


def country_name(code: str) -> str:
    """The country's name for a code; an unknown code is shown as it is."""
    return COUNTRY_NAMES.get(code.upper(), code)


_ACRONYMS = {"ai": "AI", "rd": "R&D", "uk": "UK"}


def words(value: str | None) -> str:
    """A vocabulary value as words: 'funding_call' → 'Funding call'."""
    if not value:
        return ""
    parts = re.split(r"[_\-]+", value)
    out = [_ACRONYMS.get(p.lower(), p) for p in parts if p]
    text = " ".join(out)
    return text[:1].upper() + text[1:]
