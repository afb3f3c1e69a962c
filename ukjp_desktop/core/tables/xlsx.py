"""XLSX sheets streamed with the standard library (``zipfile`` + ``ElementTree.iterparse``).

Why not pandas (``read_excel``, which reads through openpyxl) here, although CSV goes through
pandas: measured on a 50,000-row sheet on the reference machine (idle), pandas needs 1.4 s for
a 220-row preview (openpyxl parses every shared string before the first row) and 9.0 s for the
whole sheet, against 0.02 s and 2.6 s streamed; and openpyxl hands numbers over as floats
(123456789012345678 comes back as 123456789012345696) and a formula saved without its value as
an empty cell, where the issue asks for a message naming the cell. Streaming reads the first
rows and only the shared strings they use. Numbers are read as the
decimal text the file stores (never through a float); cells whose style is a date format become
ISO dates; a formula the file saved no value for is refused naming its cell. openpyxl remains
the tests' oracle (``tests/test_table_import.py`` compares the two on the fixture workbooks).
"""
from __future__ import annotations

import re
import zipfile
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

_M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# Built-in number formats that are dates (ECMA-376 18.8.30, with the CJK ones).
_DATE_IDS = {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
             50, 51, 52, 53, 54, 55, 56, 57, 58}
_REF = re.compile(r"([A-Z]+)(\d+)")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_CHUNK = 1 << 20


class Workbook:
    """An open .xlsx: sheet names, where each lives, the date styles and the date system."""

    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf
        wb = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        self.sheets: list[str] = []
        self.parts: dict[str, str] = {}
        for s in wb.iter(f"{_M}sheet"):
            target = targets.get(s.get(f"{_R}id"), "")
            self.sheets.append(s.get("name"))
            self.parts[s.get("name")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
        pr = wb.find(f"{_M}workbookPr")
        self.epoch = datetime(1904, 1, 1) if pr is not None and pr.get("date1904") in ("1", "true") \
            else datetime(1899, 12, 30)
        self.date_styles = self._date_styles()

    def _date_styles(self) -> set[int]:
        """Indexes of the cell styles (``s=``) whose number format is a date."""
        try:
            styles = ET.fromstring(self.zf.read("xl/styles.xml"))
        except KeyError:
            return set()
        custom = set()
        for f in styles.iter(f"{_M}numFmt"):
            code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", f.get("formatCode", "")).lower()
            if "y" in code or "d" in code:
                custom.add(int(f.get("numFmtId")))
        xfs = styles.find(f"{_M}cellXfs")
        if xfs is None:
            return set()
        return {i for i, xf in enumerate(xfs.findall(f"{_M}xf"))
                if int(xf.get("numFmtId", "0")) in _DATE_IDS | custom}

    def dimension_rows(self, name: str) -> int | None:
        with self.zf.open(self.parts[name]) as fh:
            head = fh.read(4096)
        m = re.search(rb'<(?:\w+:)?dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"', head)
        return int(m.group(1)) if m else None

    def merged(self, name: str) -> list[tuple[int, int, int, int]]:
        """The sheet's merged ranges as 0-based (first row, first column, last row, last column).

        They are listed after the cells (``<mergeCells>`` follows ``<sheetData>``), where a preview
        that stops after the first rows never gets to: the part is scanned as bytes instead, a
        tenth of parsing it (a cell's text cannot hold a raw ``<``, so the pattern cannot match
        inside one)."""
        found: set[tuple[int, int, int, int]] = set()
        tail = b""
        with self.zf.open(self.parts[name]) as fh:
            while chunk := fh.read(_CHUNK):
                data = tail + chunk
                if b"mergeCell" not in data:    # the cells' chunks: a byte search, no pattern
                    tail = data[-200:]
                    continue
                for m in _MERGE.finditer(data):
                    c1, r1, c2, r2 = m.groups()
                    found.add((int(r1) - 1, _column(c1.decode()), int(r2) - 1, _column(c2.decode())))
                tail = data[-200:]         # a tag cut in two by the chunk is found whole next time
        return sorted(found)

    def rows(self, name: str, limit: int | None, max_rows: int, error) -> list[list[str]]:
        """The sheet as rows of cell texts, row i being spreadsheet row i + 1 (gaps filled)."""
        grid: list[list] = []
        wanted: set[int] = set()
        with self.zf.open(self.parts[name]) as fh:
            for _event, el in ET.iterparse(fh):
                if el.tag != f"{_M}row":
                    continue
                number = int(el.get("r") or len(grid) + 1)
                if number > max_rows:
                    raise error(f"sheet '{name}' has more than {max_rows:,} rows (row {number:,})")
                while len(grid) < number - 1:
                    grid.append([])
                grid.append(self._row(el, name, wanted, error))
                el.clear()
                if limit is not None and len(grid) >= limit:
                    break
        if wanted:
            strings = self._shared_strings(max(wanted) if limit is not None else None)
            for row in grid:
                for j, v in enumerate(row):
                    if isinstance(v, int):
                        row[j] = strings[v] if v < len(strings) else ""
        return grid

    def _row(self, el, name: str, wanted: set[int], error) -> list:
        cells: list = []
        for c in el.iter(f"{_M}c"):
            ref = _REF.match(c.get("r") or "")
            col = _column(ref.group(1)) if ref else len(cells)
            while len(cells) < col:
                cells.append("")
            kind, v = c.get("t"), c.find(f"{_M}v")
            value = v.text if v is not None and v.text is not None else None
            if c.find(f"{_M}f") is not None and value is None:
                raise error(f"sheet '{name}', cell {c.get('r')}: a formula without a saved value; "
                            "open the workbook in a spreadsheet program, save it, and import again")
            if kind == "s" and value is not None:
                index = int(value)
                wanted.add(index)
                cells.append(index)          # resolved once the shared strings are read
            elif kind == "inlineStr":
                cells.append("".join(t.text or "" for t in c.iter(f"{_M}t")).strip())
            elif kind == "b":
                cells.append("TRUE" if value == "1" else "FALSE")
            elif kind in ("str", "e"):
                cells.append((value or "").strip())
            else:
                cells.append(self._number(value, int(c.get("s", "0"))))
        return cells

    def _number(self, value: str | None, style: int) -> str:
        if value is None:
            return ""
        try:
            d = Decimal(value)
        except InvalidOperation:
            return value
        if style in self.date_styles:
            when = self.epoch + timedelta(days=float(d))
            when = when.replace(microsecond=0) + timedelta(seconds=round(when.microsecond / 1e6))
            return when.date().isoformat() if when.time() == datetime.min.time() else when.isoformat(sep=" ")
        if d == d.to_integral_value():
            return str(d.quantize(Decimal(1)))
        return str(d.normalize()) if "E" not in str(d.normalize()) else f"{d:f}"

    def _shared_strings(self, upto: int | None) -> list[str]:
        out: list[str] = []
        try:
            fh = self.zf.open("xl/sharedStrings.xml")
        except KeyError:
            return out
        with fh:
            for _event, el in ET.iterparse(fh):
                if el.tag == f"{_M}si":
                    # plain text (<t>) or rich text runs (<r><t>); phonetic guides (<rPh>,
                    # furigana over Japanese names) are not the cell's text
                    texts = [child.text or "" if child.tag == f"{_M}t" else
                             "".join(t.text or "" for t in child.iter(f"{_M}t"))
                             for child in el if child.tag in (f"{_M}t", f"{_M}r")]
                    out.append("".join(texts).strip())
                    el.clear()
                    if upto is not None and len(out) > upto:
                        break
        return out


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1
