"""The list exports as they were written before issue 14: rows built from whole records
(``Catalog.details``), CSV through ``csv.writer`` and XLSX through openpyxl's write-only
workbook. The flat, batched exports (``store/export_rows.py`` and ``core.export.write_table``)
must write the same files: byte for byte for CSV, cell for cell for XLSX."""
from __future__ import annotations

import csv
from collections.abc import Iterable

from ukjp_desktop.core.export import COLUMNS, number
from ukjp_desktop.core.records import ExcerptRecord, InitiativeDetail

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _citation(ex: ExcerptRecord | None) -> str:
    if ex is None:
        return ""
    date = f", {ex.source_date}" if ex.source_date else ""
    return f"{ex.source_title} ({ex.source_publisher}{date}), characters {ex.start}–{ex.end}: “{ex.text}”"


def rows(details: Iterable[InitiativeDetail]) -> Iterable[dict]:
    """One row per funding line (an initiative without funding still gets one row)."""
    for d in details:
        base = {"slug": d.slug, "name": d.name, "kind": d.kind, "status": d.status,
                "announced": d.announced.value if d.announced else "",
                "sectors": "; ".join(d.sectors), "countries": "; ".join(d.countries),
                "organisations": "; ".join(f"{o.name} ({o.role})" for o in d.organisations)}
        if not d.funding:
            yield {**{c: "" for c in COLUMNS}, **base,
                   "citation": _citation(d.excerpts[0]) if d.excerpts else ""}
            continue
        for f in d.funding:
            yield {**base, "amount": number(f.amount), "amount_max": number(f.amount_max) or "",
                   "currency": f.currency, "qualifier": f.qualifier, "basis": f.basis,
                   "side": f.side, "scope": f.scope, "line_status": f.status,
                   "contributor": f.contributor or "", "stated": f.stated,
                   "amount_gbp": number(f.amount_gbp),
                   "rate_units_per_gbp": number(f.rate) if f.rate is not None else "",
                   "rate_year": f.rate_year or "", "rate_source": f.rate_source or "",
                   "citation": _citation(f.excerpt)}


def _csv_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(details, path, cols=COLUMNS) -> int:
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for row in rows(details):
            w.writerow([_csv_safe(row.get(c, "")) for c in cols])
            n += 1
    return n


def write_xlsx(details, path, meta: dict, cols=COLUMNS) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)

    def cells(ws, values):
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
    for row in rows(details):
        ws.append(cells(ws, (row[c] for c in cols)))
        n += 1
    about = wb.create_sheet("About")
    for k, v in meta.items():
        about.append(cells(about, (k, str(v))))
    wb.save(path)
    return n
