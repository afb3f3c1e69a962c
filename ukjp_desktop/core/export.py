"""Exports of the filtered list: CSV or XLSX with one row per funding line and its citation
(``write_table``, fed batches of flat rows by ``store/export_rows.py``), or JSON with whole
records (``write_json``).

Files are written atomically: to a temporary file in the target folder, then renamed, so a
failed or interrupted export never leaves a half-written file where the user expects one.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .file_modes import apply_user_mode
from .funding_text import has_no_rate

from .records import ExcerptRecord, InitiativeDetail

TABLE_FORMATS = ("csv", "xlsx")
FORMATS = TABLE_FORMATS + ("json",)
COLUMNS = ("slug", "name", "kind", "status", "announced", "sectors", "countries", "organisations",
           "amount", "amount_max", "currency", "qualifier", "basis", "side", "scope", "line_status",
           "contributor", "stated", "amount_gbp", "rate_units_per_gbp", "rate_year", "rate_source",
           "citation")
# the funding cells (amount … rate_source) of an initiative without funding: its one row has
# the initiative's own cells and the citation of its first excerpt
EMPTY_FUNDING = ("",) * (COLUMNS.index("citation") - COLUMNS.index("amount"))


@dataclass(frozen=True)
class RowBatch:
    """The rows (cells in ``COLUMNS`` order) of a batch of ``initiatives`` initiatives."""
    initiatives: int
    rows: list[tuple]


class ExportError(Exception):
    """The export could not be written; the message is for the user."""


def number(value: Decimal | None):
    """A JSON/spreadsheet number from an exact Decimal: int when whole, else float of its text."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(str(value))


def citation(title: str, publisher: str, date: str | None, start: int, end: int, text: str) -> str:
    """How an export cites an excerpt: its source, where in the source, and its words."""
    when = f", {date}" if date else ""
    return f"{title} ({publisher}{when}), characters {start}–{end}: “{text}”"


def initiative_json(d: InitiativeDetail) -> dict:
    """The JSON shape of one initiative, shared by `list --json`, `show --json` and exports."""
    announced = d.announced
    return {
        "slug": d.slug, "name": d.name, "kind": d.kind, "status": d.status, "summary": d.summary,
        "bilateral": d.bilateral, "sectors": list(d.sectors), "countries": list(d.countries),
        "organisations": [{"slug": o.slug, "name": o.name, "role": o.role, "country": o.country,
                           "type": o.type} for o in d.organisations],
        "announced": announced.value if announced else None,
        "dates": [{"label": x.label, "value": x.value, "precision": x.precision,
                   "display": x.display, "note": x.note} for x in d.dates],
        "funding": [{
            "amount": number(f.amount), "amount_max": number(f.amount_max), "currency": f.currency,
            "qualifier": f.qualifier, "basis": f.basis, "period_years": f.period_years,
            "side": f.side, "scope": f.scope, "status": f.status, "counted": f.counted,
            "contributor": f.contributor, "stated": f.stated,
            "amount_gbp": None if has_no_rate(f) else number(f.amount_gbp),
            "rate": number(f.rate), "rate_year": f.rate_year, "rate_source": f.rate_source,
            "rate_note": f.rate_note, "note": f.note,
            "source_conversion": ({**f.source_conversion, "amount": number(f.source_conversion["amount"])}
                                  if f.source_conversion else None),
            "excerpt": _excerpt_json(f.excerpt)} for f in d.funding],
        "excluded_figures": [{"stated": x.stated, "reason": x.reason} for x in d.excluded],
        "relations": [{"type": r.type, "direction": r.direction, "slug": r.slug, "name": r.name}
                      for r in d.relations],
        "totals_gbp": {"uk": number(d.uk_gbp), "japan": number(d.japan_gbp), "total": number(d.total_gbp)},
        "excerpts": [_excerpt_json(e) for e in d.excerpts],
        "annotation": {"note": d.annotation.note, "starred": d.annotation.starred,
                       "tags": list(d.annotation.tags)},
    }


def _excerpt_json(e: ExcerptRecord | None) -> dict | None:
    if e is None:
        return None
    return {"source": e.source_slug, "source_title": e.source_title, "text": e.text,
            "start": e.start, "end": e.end}


def write_table(batches: Iterable[RowBatch], path: str | os.PathLike, fmt: str,
                meta: dict | None = None, columns: Iterable[str] | None = None) -> int:
    """Write CSV or XLSX atomically; return the number of rows.

    ``batches`` is consumed once, lazily, a batch written before the next is read, so a long
    export can report progress and be cancelled by raising from the iterator (the partial file
    is removed). ``columns`` picks and orders the columns."""
    if fmt not in TABLE_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    cols = tuple(columns) if columns is not None else COLUMNS
    unknown = [c for c in cols if c not in COLUMNS]
    if unknown or not cols:
        raise ExportError(f"unknown column {unknown[0]!r}" if unknown else "choose at least one column")
    picks = [COLUMNS.index(c) for c in cols]
    write = _write_csv if fmt == "csv" else _write_xlsx
    return _atomically(path, lambda tmp: write(batches, tmp, meta or {}, cols, picks))


def write_json(details: Iterable[InitiativeDetail], path: str | os.PathLike, meta: dict | None = None) -> int:
    """Write the whole records atomically; return the number of initiatives."""
    return _atomically(path, lambda tmp: _write_json(details, tmp, meta or {}))


def _atomically(path: str | os.PathLike, write: Callable[[Path], int]) -> int:
    """``write(temporary path)`` in the target's folder, then rename it to ``path``."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"Cannot write {target}: folder {folder} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"Cannot write to {folder}: {exc.strerror or exc}.") from exc
    os.close(fd)
    try:
        n = write(Path(tmp))
        apply_user_mode(tmp)  # mkstemp made it 0600; a saved file follows the umask
        os.replace(tmp, target)
    except OSError as exc:
        _silent_unlink(tmp)
        raise ExportError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        _silent_unlink(tmp)
        raise
    return n


def _silent_unlink(p: str) -> None:
    try:
        os.unlink(p)
    except OSError:
        pass


# A spreadsheet opening a CSV runs a cell that starts with one of these as a formula
# ("=HYPERLINK(...)", "+cmd|...", "@SUM(...)"); tab and carriage return hide such a start. Such a
# text gets a leading apostrophe (OWASP's advice for CSV injection); numbers are written as
# they are.
FORMULA_STARTS = frozenset("=+-@\t\r")


def _write_csv(batches: Iterable[RowBatch], path: Path, meta: dict, cols: tuple[str, ...],
               picks: list[int]) -> int:
    n = 0
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for batch in batches:
            w.writerows(["'" + v if isinstance(v, str) and v[:1] in FORMULA_STARTS else v
                         for v in (row[i] for i in picks)] for row in batch.rows)
            n += len(batch.rows)
    return n


XLSX_MAX_ROWS = 1_048_575   # Excel's 1,048,576 rows, less the header


def _write_xlsx(batches: Iterable[RowBatch], path: Path, meta: dict, cols: tuple[str, ...],
                picks: list[int]) -> int:
    # XlsxWriter, not openpyxl: 2.3x faster per cell (docs/performance.md, issue 14); with
    # constant_memory it keeps one row in memory and writes strings inline
    import xlsxwriter  # only needed for this format
    from xlsxwriter.exceptions import FileCreateError

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Initiatives")
    # every text is written as a string cell, never through ``write`` (which would store
    # "=HYPERLINK(...)" as a formula that runs); an empty text is an empty cell, as before
    text, num = ws.write_string, ws.write_number
    for c, name in enumerate(cols):
        text(0, c, name)
    n = 0
    for batch in batches:
        if n + len(batch.rows) > XLSX_MAX_ROWS:   # XlsxWriter would drop the rest without a word
            raise ExportError(f"An Excel sheet holds at most {XLSX_MAX_ROWS:,} rows and this list has "
                              "more: export it as CSV, or narrow the filter.")
        for row in batch.rows:
            n += 1
            for c, i in enumerate(picks):
                v = row[i]
                if isinstance(v, str):
                    if v:
                        text(n, c, _line_feeds(v))
                elif v is not None:
                    num(n, c, v)
    about = wb.add_worksheet("About")
    for r, (k, v) in enumerate(meta.items()):
        about.write_string(r, 0, _line_feeds(str(k)))
        about.write_string(r, 1, _line_feeds(str(v)))
    try:
        wb.close()
    except FileCreateError as exc:   # XlsxWriter's wrapper of the OSError that saving met
        raise exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc)) from exc
    return n


def _line_feeds(text: str) -> str:
    """A carriage return as a line feed: what XML readers made of the ones openpyxl wrote
    (XlsxWriter would write "_x000D_", which openpyxl reads back as those seven characters)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _write_json(details: Iterable[InitiativeDetail], path: Path, meta: dict) -> int:
    items = [initiative_json(d) for d in details]
    with path.open("w", encoding="utf-8") as fh:
        json.dump({"meta": meta, "initiatives": items}, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return len(items)
