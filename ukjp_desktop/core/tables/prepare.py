"""One path from a file to reviewable rows, shared by the command line and the window, so the
dry run and the review window show the same thing (a test compares them)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .mapping import FIELDS, PRESETS, Preset, auto_mapping, check_mapping, preset_mapping
from .reading import Table, read_table
from .rows import NameLookup, ParsedRow, RowOptions, read_rows

PREVIEW_ROWS = 200


class MappingError(ValueError):
    """A mapping the user gave cannot be used; one line."""


@dataclass
class Prepared:
    table: Table
    preset: Preset | None
    mapping: dict[str, str]
    options: RowOptions
    lookup: NameLookup | None
    problems: list[str] = field(default_factory=list)   # the mapping's, when not strict

    def rows(self) -> list[ParsedRow]:
        return read_rows(self.table, self.mapping, self.options, self.lookup)


def parse_map_args(items: list[str]) -> dict[str, str]:
    """``["Award (£)=amount", "Notes="]`` → mapping overrides (an empty field ignores a column)."""
    out = {}
    for item in items:
        column, sep, f = item.rpartition("=")
        if not sep or not column:
            raise MappingError(f"--map {item!r}: use COLUMN=FIELD (fields: {', '.join(FIELDS)})")
        out[column.strip()] = f.strip()
    return out


def prepare(path, sheet: str | None = None, encoding: str | None = None, preset: str | None = None,
            overrides: dict[str, str] | None = None, limit: int | None = None,
            gazetteer=None, currency: str | None = None, unit: str | None = None,
            strict: bool = True) -> Prepared:
    """Read the file and settle the mapping: the named preset, else the one the headers show,
    else guesses; then the caller's overrides. Raises ``TableError``, and ``MappingError`` for
    an unusable mapping when ``strict`` (else the problems are in ``Prepared.problems``, for a
    window that lets the user fix them)."""
    table = read_table(path, sheet=sheet, encoding=encoding, limit=limit)
    return remap(table, preset, overrides, gazetteer, currency, unit, strict)


def remap(table: Table, preset: str | None = None, overrides: dict[str, str] | None = None,
          gazetteer=None, currency: str | None = None, unit: str | None = None,
          strict: bool = True) -> Prepared:
    if preset is not None:
        if preset not in PRESETS:
            raise MappingError(f"no preset {preset!r} (presets: {', '.join(PRESETS)})")
        chosen = PRESETS[preset]
        mapping = preset_mapping(chosen, table.headers)
    else:
        chosen, mapping = auto_mapping(table.headers)
    for column, f in (overrides or {}).items():
        mapping = {h: v for h, v in mapping.items() if v != f or not f}
        mapping[column] = f
    mapping = {h: f for h, f in mapping.items() if f}
    problems = [f"{table.file_name}: {p}" for p in check_mapping(mapping, table.headers)]
    if problems and strict:
        raise MappingError(problems[0])
    options = RowOptions.from_preset(chosen, currency=currency, unit=unit)
    lookup = NameLookup(gazetteer) if gazetteer is not None else None
    return Prepared(table, chosen, mapping, options, lookup, problems)


def row_summary(r: ParsedRow) -> dict:
    """A row as the dry run prints it and the review window shows it."""
    return {"row": r.row_number, "title": r.title, "identifier": r.identifier,
            "funder": r.funder.name if r.funder else None,
            "lead": r.lead.name if r.lead else None,
            "partners": [p.name for p in r.partners],
            "amount": None if r.amount is None else (int(r.amount) if r.amount == r.amount.to_integral_value()
                                                      else str(r.amount)),
            "currency": r.currency, "unit": r.unit, "side": r.side,
            "start": r.start.value if r.start else None, "end": r.end.value if r.end else None,
            "announced": r.announced.value if r.announced else None,
            "countries": r.countries, "sector": r.sector, "url": r.url,
            "problems": [p.message for p in r.problems],
            "blocked": r.blocked}
