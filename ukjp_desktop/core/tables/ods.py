"""OpenDocument spreadsheets (.ods) with the standard library: content.xml, streamed.

Not pandas' ``read_excel(engine="odf")``: it needs odfpy, a dependency neither the environment
nor the bundle carries, which builds the whole document as a tree of Python objects
(several times the file's size; this reader streams it), and pandas turns its number cells into floats (amounts must
stay exact). The format's cells are simple enough to read directly (about 70 lines). Repeated
rows and columns (how ODS stores runs of equal or empty cells) are expanded, except trailing
empty ones.
"""
from __future__ import annotations

import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_MAX_REPEAT = 10_000   # a repeated run longer than this is the sheet's empty tail


def read_ods(path: Path, error: type[Exception]) -> tuple[list[str], dict[str, list[list[str]]]]:
    """Sheet names and, per sheet, its rows of cell texts."""
    try:
        with zipfile.ZipFile(path) as zf:
            if zf.read("mimetype").strip() != b"application/vnd.oasis.opendocument.spreadsheet":
                raise error(f"{path.name} is not a table (not an OpenDocument spreadsheet)")
            if any(i.filename == "META-INF/manifest.xml" and b"encryption-data" in zf.read(i) for i in zf.infolist()):
                raise error(f"{path.name} is password-protected: remove the password, save, and import again")
            with zf.open("content.xml") as fh:
                return _parse(fh)
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError) as exc:
        raise error(f"{path.name} is not a table (a damaged .ods: {exc})") from None


def _parse(fh) -> tuple[list[str], dict[str, list[list[str]]]]:
    names: list[str] = []
    grids: dict[str, list[list[str]]] = {}
    rows: list[list[str]] = []
    for event, el in ET.iterparse(fh, events=("start", "end")):
        if event == "start" and el.tag == f"{_T}table":
            rows = []
            names.append(el.get(f"{_T}name"))
        elif event == "end" and el.tag == f"{_T}table-row":
            cells: list[str] = []
            for c in el:
                if c.tag not in (f"{_T}table-cell", f"{_T}covered-table-cell"):
                    continue
                n = int(c.get(f"{_T}number-columns-repeated", "1"))
                cells.extend([_value(c)] * min(n, _MAX_REPEAT))
            while cells and not cells[-1]:
                cells.pop()
            n = int(el.get(f"{_T}number-rows-repeated", "1"))
            rows.extend([cells] * (min(n, _MAX_REPEAT) if cells else 1))
            el.clear()
        elif event == "end" and el.tag == f"{_T}table":
            while rows and not rows[-1]:
                rows.pop()
            grids[names[-1]] = rows
            el.clear()
    return names, grids


def _value(c) -> str:
    kind = c.get(f"{_O}value-type")
    if kind in ("float", "currency", "percentage"):
        return c.get(f"{_O}value", "")
    if kind == "date":      # 2023-04-01 or 2023-04-01T12:30:00
        value = c.get(f"{_O}date-value", "")
        return value[:10] if value[10:] in ("", "T00:00:00") else value.replace("T", " ")
    return "\n".join("".join(p.itertext()) for p in c.iter(f"{_X}p")).strip()
