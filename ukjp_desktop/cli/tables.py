"""`ukjp-desktop import-table`: read a table of awards, review it, optionally import it.

    import-table FILE --dry-run [--json]   show the mapping and every row as it would be
                                           imported, with its problems and match; write nothing
    import-table FILE                      import it (one transaction; one import to undo)
    import-table --undo N                  take table import N away again
    import-table --list                    the table imports in this database

Options: --sheet S, --encoding E, --preset gtr|kaken, --map "COLUMN=FIELD" (repeatable; an
empty FIELD ignores the column), --mapping NAME (a mapping saved in the window or with
--save-mapping NAME; --map changes it further), --currency C and --unit
units|thousands|millions for amounts that state neither, --skip-problem-rows,
--on-conflict stop|skip|supersede|keep_both, --kind K.
A file that cannot be read, a bad mapping or a blocked row ends in one line naming the file
and cell, exit status 1 (2 for wrong usage); nothing is written.
"""
from __future__ import annotations

import argparse
import json
import sys

from .common import CliError, EXIT_USAGE, add_import_options, one_line_errors, with_library


def register(sub) -> None:
    sp = sub.add_parser(
        "import-table", help="import a table of awards (CSV, TSV, XLSX, ODS; Gateway to Research, KAKEN)",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sp.add_argument("file", nargs="?", metavar="FILE")
    sp.add_argument("--sheet", metavar="S", help="the workbook's sheet (default: the first)")
    sp.add_argument("--encoding", metavar="E", help="a CSV's encoding (default: detected)")
    sp.add_argument("--preset", choices=("gtr", "kaken"), help="a known layout (default: recognised)")
    sp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                    help="map a column to a field: title, summary, funder, lead, partners, country, "
                         "amount, currency, unit, start, end, announced, sector, identifier, url")
    sp.add_argument("--mapping", metavar="NAME",
                    help="a saved column mapping (saved in the window, or with --save-mapping)")
    sp.add_argument("--save-mapping", metavar="NAME",
                    help="save the mapping used under NAME, for the window and --mapping")
    sp.add_argument("--currency", metavar="C", help="currency of amounts that state none (GBP, JPY, ...)")
    sp.add_argument("--unit", choices=("units", "thousands", "millions"),
                    help="unit of amounts whose column does not say")
    sp.add_argument("--dry-run", action="store_true", help="show the rows; write nothing")
    sp.add_argument("--json", action="store_true", help="print the review (or the receipt) as JSON")
    sp.add_argument("--skip-problem-rows", action="store_true",
                    help="leave out rows with problems instead of stopping")
    add_import_options(sp, undoes="table import", kind_default="other", kind_help="kind of the new initiatives")
    sp.add_argument("--list", action="store_true", help="list the table imports")
    sp.set_defaults(func=with_library(run_table_import))


@one_line_errors
def run_table_import(lib, args) -> int:
    from ..app import settings_folder
    from ..core.tables.mapping import SavedMappings
    from ..core.tables.prepare import MappingError, parse_map_args, remap
    from ..core.tables.reading import TableError, read_table
    from ..store.importer import ImportRejected
    from ..store.table_import import list_table_imports, undo_table_import
    if args.list:
        for r in list_table_imports(lib.engine):
            print(f"{r.id}\t{r.file_name}{' / ' + r.sheet if r.sheet else ''}\t{len(r.created)} new, "
                  f"{len(r.updated)} updated, {r.skipped} skipped")
        return 0
    if args.undo is not None:
        try:
            r = undo_table_import(lib.engine, args.undo)
        except ImportRejected as exc:
            raise CliError(str(exc), EXIT_USAGE) from None
        print(f"undid table import {r.id}: {r.file_name} ({len(r.created)} initiative(s) removed, "
              f"{len(r.updated)} restored)")
        return 0
    if not args.file:
        raise CliError("import-table needs a FILE (or --undo N, --list)", EXIT_USAGE)
    try:
        overrides = parse_map_args(args.map)
    except MappingError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    if args.save_mapping is not None and not args.save_mapping.strip():
        raise CliError("--save-mapping needs a name", EXIT_USAGE)
    try:
        from ..core.extract.organisations import default_gazetteer
        table = read_table(args.file, sheet=args.sheet, encoding=args.encoding)
        saved = SavedMappings.beside_settings(settings_folder(getattr(args, "settings_dir", None)))
        if args.mapping:
            try:
                chosen = saved.overrides(args.mapping, table.headers)
                # --map changes the saved mapping: its columns come last, so they win
                overrides = {**{h: f for h, f in chosen.items() if h not in overrides}, **overrides}
            except KeyError as exc:
                raise CliError(f"{table.file_name}: {exc.args[0]}", EXIT_USAGE) from None
            except ValueError as exc:
                raise CliError(f"{table.file_name}: {exc}") from None
        prepared = remap(table, preset=args.preset, overrides=overrides, gazetteer=default_gazetteer(),
                         currency=args.currency.upper() if args.currency else None, unit=args.unit)
        if args.save_mapping:
            saved.save(args.save_mapping.strip(), table.headers, prepared.mapping)
            print(f"saved mapping {args.save_mapping.strip()!r} ({saved.path})", file=sys.stderr)
        return _review_or_import(lib, prepared, args)
    except (TableError, MappingError, ImportRejected) as exc:
        raise CliError(str(exc)) from None


def review_json(prepared, rows, matches) -> dict:
    """The dry run's JSON; the review window shows the same rows (tests compare them)."""
    from dataclasses import asdict
    from ..core.tables.prepare import row_summary
    t = prepared.table
    return {"file": t.file_name, "format": t.format, "sheet": t.sheet, "sheets": t.sheets,
            "encoding": t.encoding, "delimiter": t.delimiter, "header_row": t.header_row,
            "headers": t.headers, "preset": prepared.preset.key if prepared.preset else None,
            "mapping": prepared.mapping, "notices": t.notices,
            "rows": [{**row_summary(r), "match": asdict(matches[r.index])} for r in rows]}


def _review_or_import(lib, prepared, args) -> int:
    from ..store.table_import import TablePlan, import_table, match_rows
    rows = prepared.rows()
    matches = match_rows(lib.engine, rows)
    for notice in prepared.table.notices:
        print(f"notice: {notice}", file=sys.stderr)
    if args.dry_run:
        if args.json:
            json.dump(review_json(prepared, rows, matches), sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            _print_review(prepared, rows, matches)
        return 0
    if args.skip_problem_rows:
        rows = [r for r in rows if not r.blocked]
    plan = TablePlan(prepared.table, rows, matches, kind=args.kind,
                     publisher=prepared.preset.label if prepared.preset else "Table import",
                     on_conflict=args.on_conflict)
    receipt = import_table(lib.engine, plan)
    if args.json:
        from dataclasses import asdict
        json.dump(asdict(receipt), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"imported {receipt.file_name}: {len(receipt.created)} new initiative(s), "
          f"{len(receipt.updated)} updated, {receipt.skipped} skipped")
    print(f"table import {receipt.id}; undo with: ukjp-desktop import-table --undo {receipt.id}")
    return 0


def _print_review(prepared, rows, matches) -> None:
    t = prepared.table
    where = t.file_name + (f", sheet '{t.sheet}'" if t.sheet else "")
    print(f"{where}: {len(rows)} row(s), header on row {t.header_row}"
          + (f", encoding {t.encoding}" if t.encoding else ""))
    if prepared.preset:
        print(f"layout: {prepared.preset.label}")
    for h, f in prepared.mapping.items():
        print(f"  {h} → {f}")
    blocked = [r for r in rows if r.blocked]
    counts = {a: sum(1 for r in rows if matches[r.index].action == a) for a in ("new", "update", "skip")}
    print(f"{counts['new']} new, {counts['update']} update, {counts['skip']} skip; "
          f"{len(blocked)} row(s) with problems")
    for r in rows:
        for p in r.problems:
            print(f"  {p.message}")
