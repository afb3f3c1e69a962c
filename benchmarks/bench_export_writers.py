"""The writing half of a list export, by writer: the same rows, in memory, to CSV and XLSX.

    python benchmarks/bench_export_writers.py --db build/demo-100k.sqlite [--search hydrogen] [--repeat 3]

Why this exists: the issue asked whether pandas (where tables go out) or another XLSX writer
would make exports faster. The rows of ``--search`` are read once (``Catalog.export_rows``),
then each writer is timed on them, median of ``--repeat``, in this one process:

- csv: ``core.export.write_table`` (csv.writer) against pandas ``DataFrame.to_csv`` a batch
  at a time (the same cells, the same bytes; pandas' import is timed on its own);
- xlsx: ``write_table`` (XlsxWriter, constant memory) against openpyxl's write-only workbook
  (what exports used before) and pandas ``to_excel`` (XlsxWriter underneath).

Prints one JSON object of seconds per writer.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ukjp_desktop.core.export import COLUMNS, FORMULA_STARTS, write_table  # noqa: E402
from ukjp_desktop.core.filters import Filter  # noqa: E402
from ukjp_desktop.store.catalog import Catalog  # noqa: E402
from ukjp_desktop.store.database import open_read_only  # noqa: E402


def pandas_csv(batches, path: Path) -> None:
    import pandas as pd
    with path.open("w", newline="", encoding="utf-8") as fh:
        fh.write(",".join(COLUMNS) + "\r\n")
        for b in batches:
            frame = pd.DataFrame(b.rows, columns=COLUMNS, dtype=object)
            for c in COLUMNS:   # the same formula guard, column by column
                risky = frame[c].map(lambda v: isinstance(v, str) and v[:1] in FORMULA_STARTS)
                if risky.any():
                    frame.loc[risky, c] = "'" + frame.loc[risky, c]
            frame.to_csv(fh, header=False, index=False, lineterminator="\r\n")


def openpyxl_xlsx(batches, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Initiatives")
    ws.append(list(COLUMNS))
    for b in batches:
        for row in b.rows:
            cells = []
            for v in row:
                cell = WriteOnlyCell(ws, value=v)
                if isinstance(v, str):
                    cell.data_type = "s"
                cells.append(cell)
            ws.append(cells)
    wb.save(path)


def pandas_xlsx(batches, path: Path) -> None:
    import pandas as pd
    frame = pd.DataFrame([r for b in batches for r in b.rows], columns=COLUMNS, dtype=object)
    frame.to_excel(path, sheet_name="Initiatives", index=False, engine="xlsxwriter",
                   engine_kwargs={"options": {"strings_to_formulas": False, "strings_to_urls": False,
                                              "constant_memory": True}})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--search", default="hydrogen")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    catalog = Catalog(open_read_only(args.db).engine)
    t = perf_counter()
    batches = list(catalog.export_rows(Filter(text=args.search)))
    read_s = perf_counter() - t
    t = perf_counter()
    import pandas  # noqa: F401 - timed: a pandas writer pays for it once per process
    import_s = perf_counter() - t
    writers = {
        "csv/write_table": lambda p: write_table(iter(batches), p, "csv"),
        "csv/pandas_to_csv": lambda p: pandas_csv(batches, p),
        "xlsx/write_table_xlsxwriter": lambda p: write_table(iter(batches), p, "xlsx"),
        "xlsx/openpyxl_write_only": lambda p: openpyxl_xlsx(batches, p),
        "xlsx/pandas_to_excel": lambda p: pandas_xlsx(batches, p),
    }
    result = {"db": args.db, "search": args.search, "rows": sum(len(b.rows) for b in batches),
              "cells": sum(len(b.rows) for b in batches) * len(COLUMNS), "read_rows_s": round(read_s, 2),
              "pandas_import_s": round(import_s, 2), "load": [round(x, 2) for x in os.getloadavg()],
              "writers": {}}
    with tempfile.TemporaryDirectory(prefix="ukjp-bench-writers-") as tmp:
        for name, write in writers.items():
            seconds = []
            for i in range(args.repeat):
                path = Path(tmp) / f"{name.replace('/', '-')}-{i}.{name.split('/')[0]}"
                t = perf_counter()
                write(path)
                seconds.append(perf_counter() - t)
            result["writers"][name] = {"seconds_median": round(statistics.median(seconds), 2),
                                       "seconds": [round(s, 2) for s in seconds]}
            print(f"{name}: {result['writers'][name]}", file=sys.stderr)
        # the comparison is fair only if pandas writes the same file
        result["pandas_csv_same_bytes"] = (Path(tmp) / "csv-write_table-0.csv").read_bytes() == \
            (Path(tmp) / "csv-pandas_to_csv-0.csv").read_bytes()
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
