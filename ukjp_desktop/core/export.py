"""Exports of the filtered list: CSV, XLSX or JSON, one row per funding line with its citation.

Files are written atomically: to a temporary file in the target folder, then renamed, so a
failed or interrupted export never leaves a half-written file where the user expects one.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from .file_modes import apply_user_mode

from .records import ExcerptRecord, InitiativeDetail

FORMATS = ("csv", "xlsx", "json")
COLUMNS = ("slug", "name", "kind", "status", "announced", "sectors", "countries", "organisations",
           "amount", "amount_max", "currency", "qualifier", "basis", "side", "scope", "line_status",
           "contributor", "stated", "amount_gbp", "rate_units_per_gbp", "rate_year", "rate_source",
           "citation")


class ExportError(Exception):
    """The export could not be written; the message is for the user."""


def number(value: Decimal | None):
    """A JSON/spreadsheet number from an exact Decimal: int when whole, else float of its text."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(str(value))


def citation(ex: ExcerptRecord | None) -> str:
    if ex is None:
        return ""
    date = f", {ex.source_date}" if ex.source_date else ""
    return f"{ex.source_title} ({ex.source_publisher}{date}), characters {ex.start}–{ex.end}: “{ex.text}”"


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
            "contributor": f.contributor, "stated": f.stated, "amount_gbp": number(f.amount_gbp),
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


def flat_rows(details: Iterable[InitiativeDetail]) -> Iterable[dict]:
    """One row per funding line (an initiative without funding still gets one row)."""
    for d in details:
        base = {"slug": d.slug, "name": d.name, "kind": d.kind, "status": d.status,
                "announced": d.announced.value if d.announced else "",
                "sectors": "; ".join(d.sectors), "countries": "; ".join(d.countries),
                "organisations": "; ".join(f"{o.name} ({o.role})" for o in d.organisations)}
        if not d.funding:
            yield {**{c: "" for c in COLUMNS}, **base,
                   "citation": citation(d.excerpts[0]) if d.excerpts else ""}
            continue
        for f in d.funding:
            yield {**base, "amount": number(f.amount), "amount_max": number(f.amount_max) or "",
                   "currency": f.currency, "qualifier": f.qualifier, "basis": f.basis,
                   "side": f.side, "scope": f.scope, "line_status": f.status,
                   "contributor": f.contributor or "", "stated": f.stated,
                   "amount_gbp": number(f.amount_gbp),
                   "rate_units_per_gbp": number(f.rate) if f.rate is not None else "",
                   "rate_year": f.rate_year or "", "rate_source": f.rate_source or "",
                   "citation": citation(f.excerpt)}


def write_export(details: Iterable[InitiativeDetail], path: str | os.PathLike, fmt: str,
                 meta: dict | None = None, columns: Iterable[str] | None = None) -> int:
    """Write atomically; return the number of rows (or initiatives for JSON).

    ``details`` is consumed once, lazily, so a long export can report progress and be cancelled
    by raising from the iterator (the partial file is removed). ``columns`` picks and orders the
    CSV/XLSX columns (JSON always carries whole records)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    cols = tuple(columns) if columns is not None else COLUMNS
    unknown = [c for c in cols if c not in COLUMNS]
    if unknown or not cols:
        raise ExportError(f"unknown column {unknown[0]!r}" if unknown else "choose at least one column")
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
        n = _WRITERS[fmt](details, Path(tmp), meta or {}, cols)
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
# ("=HYPERLINK(...)", "+cmd|...", "@SUM(...)"); tab and carriage return hide such a start.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A CSV cell that no spreadsheet will run: text with a formula start gets a leading
    apostrophe (OWASP's advice for CSV injection). Numbers are written as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write_csv(details, path: Path, meta: dict, cols: tuple[str, ...]) -> int:
    n = 0
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for row in flat_rows(details):
            w.writerow([csv_safe(row.get(c, "")) for c in cols])
            n += 1
    return n


def _write_xlsx(details, path: Path, meta: dict, cols: tuple[str, ...]) -> int:
    from openpyxl import Workbook  # only needed for this format
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)

    def cells(ws, values):
        # openpyxl turns a string starting with "=" into a formula; every string is stored as a
        # string cell instead, so "=HYPERLINK(...)" shows as written and never runs
        out = []
        for v in values:
            cell = WriteOnlyCell(ws, value=v)
            if isinstance(v, str):
                cell.data_type = "s"
            out.append(cell)
        return out

    ws = wb.create_sheet("Initiatives")
    ws.append(list(cols))
    n = 0
    for row in flat_rows(details):
        ws.append(cells(ws, (row[c] for c in cols)))
        n += 1
    about = wb.create_sheet("About")
    for k, v in meta.items():
        about.append(cells(about, (k, str(v))))
    wb.save(path)
    return n


def _write_json(details, path: Path, meta: dict, cols: tuple[str, ...]) -> int:
    items = [initiative_json(d) for d in details]
    with path.open("w", encoding="utf-8") as fh:
        json.dump({"meta": meta, "initiatives": items}, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return len(items)


_WRITERS = {"csv": _write_csv, "xlsx": _write_xlsx, "json": _write_json}
