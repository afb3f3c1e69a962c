"""A table and a mapping become rows of fields, each with the problems found in it.

Every value remembers its column, so the store can cite it as "Row 17 of awards.xlsx, sheet
'Japan': Award (£) = 1,250,000". A problem names its cell; a blocking one (an amount or date
that cannot be read, an unknown currency, end before start, a repeated identifier, no title)
keeps the row out of the import until it is fixed or the row is excluded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ..dates import PartialDate
from ..vocab import COUNTRY_NAMES
from .cells import (CURRENCIES, UNITS, CellError, dates_in_order, header_money, normalise,
                    parse_amount_cell, parse_currency_cell, parse_date_cell, parse_unit_cell)
from .mapping import Preset
from .reading import Table

_COUNTRY_WORDS = {**{v.lower(): k for k, v in COUNTRY_NAMES.items()}, "uk": "GB", "britain": "GB",
                  "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
                  "northern ireland": "GB", "日本": "JP", "英国": "GB", "イギリス": "GB", "usa": "US"}
_SPLIT = re.compile(r"\s*(?:;|\n|、|／|\|)\s*")
SIDE_OF_COUNTRY = {"GB": "UK", "JP": "Japan"}


@dataclass(frozen=True)
class Problem:
    column: str | None        # the header of the cell, None for the row as a whole
    message: str              # names the cell: "awards.csv, cell E7: 'TBC' is not an amount"
    blocking: bool = True


@dataclass(frozen=True)
class OrgName:
    name: str
    slug: str | None = None   # a known organisation (gazetteer), else None
    country: str | None = None
    type: str | None = None


@dataclass(slots=True)    # 50,000 of them: no per-row __dict__ (about 60 MB less)
class ParsedRow:
    index: int                         # position in Table.rows
    row_number: int                    # as the spreadsheet numbers it
    cells: list[str]                   # the row as read, one text per column
    columns: dict[str, str] = field(default_factory=dict)   # field → header it came from
    title: str = ""
    summary: str = ""
    identifier: str | None = None
    url: str | None = None
    sector: str | None = None
    countries: list[str] = field(default_factory=list)
    funder: OrgName | None = None
    lead: OrgName | None = None
    partners: list[OrgName] = field(default_factory=list)
    amount: Decimal | None = None      # whole units of ``currency``, unit applied
    currency: str | None = None
    unit: str = "units"
    side: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    announced: PartialDate | None = None
    date_notes: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return any(p.blocking for p in self.problems)

    def cell(self, field_name: str) -> str:
        """The text of the cell a field came from ('' when unmapped)."""
        return self.cells[self._col[field_name]] if field_name in self._col else ""

    _col: dict[str, int] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class RowOptions:
    """Choices that apply to every row: the preset's defaults, a currency or unit for columns
    that do not state one."""
    currency: str | None = None
    unit: str | None = None
    side: str | None = None
    country: str | None = None

    @classmethod
    def from_preset(cls, preset: Preset | None, **overrides) -> "RowOptions":
        base = dict(currency=preset.currency, side=preset.side, country=preset.country) if preset else {}
        base.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**base)


class NameLookup:
    """Whole-cell organisation names (any case) → gazetteer entries: 'EPSRC', 'Japan Science
    and Technology Agency'. A cell that names no known body becomes a new organisation."""

    def __init__(self, gazetteer):
        self.by_form = {normalise(form).lower(): gazetteer.entries[slug]
                        for form, slug in gazetteer.forms.items()}

    def lookup(self, name: str):
        return self.by_form.get(normalise(name).lower())


@lru_cache(maxsize=1024)       # a column names a few sectors many times
def sector_key(text: str) -> str:
    """How a sector cell is matched to a sector's slug or name: case, punctuation, '&' and
    plurals do not matter ('Quantum Technologies', 'quantum-technology' and 'Quantum
    technologies' are one key; 'Cell & gene therapy' is 'Cell and gene therapy')."""
    t = normalise(text).casefold().replace("&", " and ")
    return " ".join(_singular(w) for w in re.sub(r"[\W_]+", " ", t).split())


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def provenance_line(table: Table, row_number: int, header: str, value: str) -> str:
    """How a fact cites its cell: "Row 17 of awards.xlsx, sheet 'Japan': Award (£) = 1,250,000"."""
    sheet = f", sheet '{table.sheet}'" if table.sheet else ""
    value = " ".join(value.split())
    return f"Row {row_number} of {table.file_name}{sheet}: {header} = {value}"


class RowReader:
    """Applies one mapping to rows; build it once per table (it caches per-column facts)."""

    def __init__(self, table: Table, mapping: dict[str, str], options: RowOptions = RowOptions(),
                 gazetteer: NameLookup | None = None):
        self.table, self.options, self.gazetteer = table, options, gazetteer
        index = {h: j for j, h in enumerate(table.headers)}
        self.col = {f: index[h] for h, f in mapping.items() if f and h in index}
        self.header = {f: h for h, f in mapping.items() if f and h in index}
        hm = header_money(self.header["amount"]) if "amount" in self.header else None
        self.header_currency = hm.currency if hm else None
        self.header_unit = hm.unit if hm else None
        self._orgs: dict[str, OrgName] = {}

    def read(self, i: int) -> ParsedRow:
        t = self.table
        cells = t.rows[i]
        r = ParsedRow(i, t.row_numbers[i], cells, self.header, _col=self.col)   # shared, not copied
        get = r.cell
        r.title = " ".join(get("title").split())
        r.summary = get("summary").strip()
        r.identifier = get("identifier").strip() or None
        r.url = get("url").strip() or None
        r.sector = get("sector").strip() or None
        if "title" in self.col and not r.title:
            r.problems.append(self.problem(r, "title", "no title"))
        for name in ("funder", "lead"):
            if get(name).strip():
                setattr(r, name, self._org(get(name).strip()))
        r.partners = [self._org(x) for x in _SPLIT.split(get("partners")) if x.strip()]
        self._countries(r)
        self._money(r)
        for label in ("start", "end", "announced"):
            if get(label).strip():
                try:
                    found = parse_date_cell(get(label))
                except CellError as exc:
                    r.problems.append(self.problem(r, label, str(exc)))
                    continue
                if found:
                    setattr(r, label, found[0])
                    if found[1]:
                        r.date_notes[label] = found[1]
        if not dates_in_order(r.start, r.end):
            r.problems.append(Problem(self.header["end"], f"{t.where(r.row_number, self.col['end'])}: "
                                      f"ends ({r.end.value}) before it starts ({r.start.value})"))
        r.side = self._side(r)
        return r

    def problem(self, r: ParsedRow, f: str, message: str, blocking: bool = True) -> Problem:
        return Problem(self.header.get(f), f"{self.table.where(r.row_number, self.col.get(f))}: {message}",
                       blocking)

    def _org(self, name: str) -> OrgName:
        found = self._orgs.get(name)
        if found is None:
            entry = self.gazetteer.lookup(name) if self.gazetteer is not None else None
            found = OrgName(name, entry.slug, entry.country or None, entry.type) if entry else OrgName(name)
            self._orgs[name] = found
        return found

    def _countries(self, r: ParsedRow) -> None:
        text = r.cell("country")
        for part in _SPLIT.split(text):
            part = normalise(part).strip().rstrip(",")
            if not part:
                continue
            code = part.upper() if part.upper() in COUNTRY_NAMES else _COUNTRY_WORDS.get(part.lower())
            if code is None:
                r.problems.append(self.problem(r, "country", f"{part!r} is not a country this app knows",
                                                blocking=False))
            elif code not in r.countries:
                r.countries.append(code)
        if not r.countries and self.options.country:
            r.countries.append(self.options.country)

    def _money(self, r: ParsedRow) -> None:
        text = r.cell("amount")
        if not text.strip():
            return
        try:
            cell = parse_amount_cell(text)
        except CellError as exc:
            r.problems.append(self.problem(r, "amount", str(exc)))
            return
        if cell is None:
            return
        currency = cell.currency
        if currency is None and r.cell("currency").strip():
            try:
                currency = parse_currency_cell(r.cell("currency"))
            except CellError as exc:
                r.problems.append(self.problem(r, "currency", str(exc)))
                return
        currency = currency or self.header_currency or self.options.currency
        if currency is None:
            r.problems.append(self.problem(r, "amount", f"{text!r} states no currency; map a currency "
                                                         "column or choose one"))
            return
        if currency not in CURRENCIES:
            r.problems.append(self.problem(r, "amount", f"unknown currency {currency!r} "
                                                         f"(known: {', '.join(CURRENCIES)})"))
            return
        unit = "units"
        if not cell.scaled:
            try:
                unit = parse_unit_cell(r.cell("unit")) or self.header_unit or self.options.unit or "units"
            except CellError as exc:
                r.problems.append(self.problem(r, "unit", str(exc)))
                return
        r.amount, r.currency, r.unit = cell.amount * UNITS[unit], currency, unit
        if r.amount == r.amount.to_integral_value():
            r.amount = r.amount.quantize(Decimal(1))

    def _side(self, r: ParsedRow) -> str | None:
        if r.amount is None:
            return None
        if r.funder and r.funder.country in SIDE_OF_COUNTRY:
            return SIDE_OF_COUNTRY[r.funder.country]
        if self.options.side:
            return self.options.side
        return {"GBP": "UK", "JPY": "Japan"}.get(r.currency or "", "other")


def read_rows(table: Table, mapping: dict[str, str], options: RowOptions = RowOptions(),
              gazetteer: NameLookup | None = None) -> list[ParsedRow]:
    """Every row with its problems, including identifiers repeated within the table and, in a
    table without identifiers, rows that repeat an earlier one cell for cell (the second and
    later ones are blocked: imported, they would be two identical initiatives)."""
    reader = RowReader(table, mapping, options, gazetteer)
    out, seen, copies = [], {}, {}
    for i in range(len(table.rows)):
        r = reader.read(i)
        if r.identifier:
            first = seen.setdefault(r.identifier, r.row_number)
            if first != r.row_number:
                r.problems.append(reader.problem(r, "identifier", f"identifier {r.identifier!r} "
                                                                   f"repeats row {first}"))
        elif r.title:
            first = copies.setdefault(_mapped_cells(r), r.row_number)
            if first != r.row_number:
                r.problems.append(Problem(None, f"{table.where(r.row_number)}: repeats row {first} cell for "
                                                "cell (exclude one of them, or map a column that tells "
                                                "them apart)"))
        out.append(r)
    return out


def _mapped_cells(r: ParsedRow) -> tuple[str, ...]:
    """The row's text in every mapped column, spaces trimmed: what an import would take from it."""
    return tuple(r.cells[i].strip() if i < len(r.cells) else "" for i in sorted(r._col.values()))
