"""Command line over core + store. No Qt is imported on these paths (tests check it).

Every failure the user can cause (unknown slug, bad option, bad year, unwritable path, a
database from a newer version) ends in a one-line message and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

from . import __version__
from .core.filters import SORT_COLUMNS, Filter, FilterError
from .core.money import format_amount
from .core.search_syntax import SearchSyntaxError
from .core.vocab import KINDS, SIDES, STATUSES

EXIT_USAGE = 2


class CliError(Exception):
    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def _year(text: str) -> int:
    if not (len(text) == 4 and text.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (use four digits, e.g. 2023)")
    return int(text)


def _gbp(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "").replace("£", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount in pounds") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount in pounds")
    return value


def _add_filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters (repeat an option to allow several values)")
    g.add_argument("--search", "-q", default="", metavar="Q",
                   help='full-text search: words, "phrases", prefix*, AND/OR/NOT')
    g.add_argument("--sector", action="append", default=[], metavar="S")
    g.add_argument("--kind", action="append", default=[], choices=KINDS, metavar="K")
    g.add_argument("--status", action="append", default=[], choices=STATUSES, metavar="ST")
    g.add_argument("--org", action="append", default=[], metavar="O", help="organisation slug")
    g.add_argument("--country", action="append", default=[], metavar="C", help="ISO code, e.g. GB, JP")
    g.add_argument("--side", action="append", default=[], choices=SIDES)
    g.add_argument("--from", dest="year_from", type=_year, metavar="YEAR")
    g.add_argument("--to", dest="year_to", type=_year, metavar="YEAR")
    g.add_argument("--min-gbp", type=_gbp, metavar="AMOUNT")
    g.add_argument("--max-gbp", type=_gbp, metavar="AMOUNT")
    g.add_argument("--bilateral", action="store_true", help="bilateral UK–Japan initiatives only")
    g.add_argument("--tag", action="append", default=[], metavar="T")
    g.add_argument("--starred", action="store_true")
    g.add_argument("--has-note", action="store_true")


def _filter(args) -> Filter:
    return Filter(text=args.search.strip(), sectors=args.sector, kinds=args.kind,
                  statuses=args.status, organisations=args.org,
                  countries=[c.upper() for c in args.country], sides=args.side,
                  tags=args.tag, year_from=args.year_from, year_to=args.year_to,
                  gbp_min=args.min_gbp, gbp_max=args.max_gbp, bilateral_only=args.bilateral,
                  starred=args.starred, has_note=args.has_note)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ukjp-desktop", description="UK–Japan S&T Explorer")
    p.add_argument("--version", action="version",
                   version=f"ukjp-desktop {__version__}")
    p.add_argument("--db", metavar="PATH",
                   help="database file (default: $UKJP_DB, else the user-data folder)")
    p.add_argument("--self-test", action="store_true",
                   help="open the window headless on a temporary copy of the database, exercise it "
                        "and print a JSON report (exit 0 when everything worked)")
    p.add_argument("--settings-dir", metavar="DIR", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sp = sub.add_parser("list", help="list initiatives")
    _add_filters(sp)
    sp.add_argument("--sort", default="announced", choices=SORT_COLUMNS)
    sp.add_argument("--asc", action="store_true", help="ascending order")
    sp.add_argument("--desc", action="store_true", help="descending order")
    sp.add_argument("--limit", type=int, default=100)
    sp.add_argument("--offset", type=int, default=0)
    sp.add_argument("--json", action="store_true")

    sp = sub.add_parser("show", help="one initiative in full, with its sources")
    sp.add_argument("slug")
    sp.add_argument("--json", action="store_true")

    sp = sub.add_parser("facets", help="counts per facet value")
    _add_filters(sp)
    sp.add_argument("--json", action="store_true")

    sp = sub.add_parser("export", help="export the filtered list with citations")
    _add_filters(sp)
    sp.add_argument("--format", required=True, choices=("csv", "xlsx", "json"))
    sp.add_argument("--output", required=True, metavar="FILE")

    sp = sub.add_parser("annotate", help="add a note, star or tags to an initiative")
    sp.add_argument("slug")
    sp.add_argument("--note", help="replace the note ('' clears it)")
    star = sp.add_mutually_exclusive_group()
    star.add_argument("--star", action="store_true")
    star.add_argument("--unstar", action="store_true")
    sp.add_argument("--tag", action="append", default=[])
    sp.add_argument("--untag", action="append", default=[])

    db = sub.add_parser("db", help="database commands")
    dbs = db.add_subparsers(dest="db_command", metavar="DBCOMMAND")
    b = dbs.add_parser("build", help="build a database from the curated dataset in db/")
    b.add_argument("--output", metavar="FILE", help="new database file (default: --db / user database)")
    b.add_argument("--dataset", metavar="DIR", help="dataset folder (default: the bundled db/)")
    b.add_argument("--force", action="store_true", help="overwrite --output if it exists")
    dbs.add_parser("check", help="integrity check, reported in plain words")
    dbs.add_parser("info", help="where the database is and what it holds")
    v = dbs.add_parser("validate", help="validate the curated dataset files without building")
    v.add_argument("--dataset", metavar="DIR")

    sp = sub.add_parser("demo-data", help="write a synthetic database for scale testing")
    sp.add_argument("--initiatives", type=int, required=True, metavar="N")
    sp.add_argument("--output", required=True, metavar="FILE")
    sp.add_argument("--seed", type=int, default=1)

    sub.add_parser("run", help="open the explorer window (also what happens with no command)")
    from .chart_cli import add_chart_parser
    add_chart_parser(sub)
    from .import_cli import add_import_parser
    add_import_parser(sub)
    from .table_import_cli import add_table_parser
    add_table_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        return _self_test(args)
    if not args.command or args.command == "run":
        return _window(args)
    try:
        return _dispatch(args)
    except CliError as exc:
        print(f"ukjp-desktop: {exc}", file=sys.stderr)
        return exc.code
    except (FilterError, SearchSyntaxError) as exc:
        print(f"ukjp-desktop: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the user sees one line; the class helps a bug report
        from .store.database import DatabaseError
        from .core.dataset import DatasetError
        if isinstance(exc, (DatasetError, DatabaseError)):
            print(f"ukjp-desktop: {exc}", file=sys.stderr)
            return 1
        print(f"ukjp-desktop: unexpected error ({exc.__class__.__name__}: {exc})", file=sys.stderr)
        return 1


def _library(args):
    from .store.userdb import open_library
    return open_library(args.db)


def _dispatch(args) -> int:
    cmd = args.command
    if cmd == "db":
        return _db(args)
    if cmd == "demo-data":
        return _demo(args)
    lib = _library(args)
    if cmd == "chart":
        from .chart_cli import run_chart
        return run_chart(lib, args)
    if cmd == "import":
        from .import_cli import run_import
        return run_import(lib, args)
    if cmd == "import-table":
        from .table_import_cli import run_table_import
        return run_table_import(lib, args)
    if cmd == "list":
        return _list(lib, args)
    if cmd == "show":
        return _show(lib, args)
    if cmd == "facets":
        return _facets(lib, args)
    if cmd == "export":
        return _export(lib, args)
    if cmd == "annotate":
        return _annotate(lib, args)
    raise CliError(f"unknown command {cmd!r}", EXIT_USAGE)


def _details(lib, f: Filter, sort="announced", descending=None, limit=None, offset=0):
    rows = lib.catalog.list(f, sort=sort, descending=descending, limit=limit, offset=offset)
    return rows, [lib.catalog.detail(r.slug) for r in rows]


def _list(lib, args) -> int:
    from .core.export import initiative_json
    f = _filter(args)
    if args.limit < 0 or args.offset < 0:
        raise CliError("--limit and --offset must not be negative", EXIT_USAGE)
    if args.sort == "relevance" and not f.text:
        raise CliError("--sort relevance needs --search", EXIT_USAGE)
    descending = True if args.desc else False if args.asc else None
    if args.json:
        rows, details = _details(lib, f, args.sort, descending, args.limit, args.offset)
        out = []
        for r, d in zip(rows, details):
            item = initiative_json(d)
            if r.snippet:
                item["snippet"] = r.snippet
            out.append(item)
        _print_json(out)
        return 0
    total = lib.catalog.count(f)
    rows = lib.catalog.list(f, sort=args.sort, descending=descending, limit=args.limit, offset=args.offset)
    table = [("SLUG", "NAME", "KIND", "DATE", "UK £", "JAPAN £", "TOTAL £", "SRC")]
    for r in rows:
        table.append((r.slug, _clip(r.name, 48), r.kind, r.announced or "–", _money(r.uk_gbp),
                      _money(r.japan_gbp), _money(r.total_gbp), str(r.n_sources)))
    _print_table(table)
    shown = f"{args.offset + 1}–{args.offset + len(rows)}" if rows else "none"
    print(f"\n{shown} of {total} initiative(s) · {f.describe()}")
    if f.text:
        for r in rows:
            if r.snippet:
                print(f"  {r.slug}: {r.snippet}")
    return 0


def _print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _money(v: Decimal) -> str:
    return format_amount(v, "GBP") if v else "–"


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _print_table(rows) -> None:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())


def _show(lib, args) -> int:
    from .core.export import initiative_json
    from .store.catalog import NotFound
    try:
        d = lib.catalog.detail(args.slug)
    except NotFound:
        raise CliError(f"no initiative with slug {args.slug!r} (try `ukjp-desktop list`)") from None
    if args.json:
        _print_json(initiative_json(d))
        return 0
    from .core.vocab import BASIS_WORDS, QUALIFIER_WORDS
    print(f"{d.name}  [{d.slug}]")
    print(f"{d.kind} · {d.status} · sectors: {', '.join(d.sectors) or '–'} · countries: {', '.join(d.countries) or '–'}")
    print()
    print(d.summary)
    for x in d.dates:
        print(f"\n{x.label.capitalize()}: {x.display}" + (f"  ({x.note})" if x.note else ""))
        if x.excerpt:
            print(f"    “{x.excerpt.text}” — {x.excerpt.source_title}")
    if d.organisations:
        print("\nOrganisations:")
        for o in d.organisations:
            print(f"  {o.role:<11} {o.name} ({o.country}, {o.type})")
    if d.funding:
        print("\nFunding (as stated; GBP for comparison):")
        for fl in d.funding:
            q = QUALIFIER_WORDS.get(fl.qualifier, fl.qualifier)
            basis = BASIS_WORDS.get(fl.basis, "").format(n=fl.period_years or "N")
            flags = [s for s in (fl.scope if fl.scope != "bilateral" else "",
                                 fl.status if fl.status != "current" else "") if s]
            conv = (f" = £{fl.amount_gbp:,} at {fl.rate} {fl.currency}/£ ({fl.rate_year})"
                    if fl.rate is not None else "")
            print(f"  {fl.side:<7} {' '.join(p for p in (q, format_amount(fl.amount, fl.currency), basis) if p)}"
                  f"{conv}  {fl.contributor or ''}" + (f"  [{', '.join(flags)}]" if flags else ""))
            print(f"          stated: “{fl.stated}”")
            if fl.source_conversion:
                c = fl.source_conversion
                print(f"          the source's own conversion: “{c['stated']}”")
            if fl.rate_note:
                print(f"          rate: {fl.rate_note}")
    if d.excluded:
        print("\nFigures not counted:")
        for x in d.excluded:
            print(f"  “{x.stated}”: {x.reason}")
    if d.relations:
        print("\nRelated:")
        for r in d.relations:
            arrow = "→" if r.direction == "out" else "←"
            print(f"  {r.type} {arrow} {r.name} [{r.slug}]")
    print("\nSources:")
    for e in d.excerpts:
        print(f"  [{e.source_title}, {e.source_publisher}, {e.source_date or 'undated'}; chars {e.start}–{e.end}]")
        print(f"    “{e.text}”")
    a = d.annotation
    if a.note or a.starred or a.tags:
        print(f"\nYour notes: {'★ ' if a.starred else ''}{' '.join('#' + t for t in a.tags)}")
        if a.note:
            print("  " + a.note.replace("\n", "\n  "))
    return 0


def _facets(lib, args) -> int:
    f = _filter(args)
    counts = lib.catalog.facets(f)
    if args.json:
        out = {k: [{"value": v.value, "label": v.label, "count": v.count} for v in vals]
               for k, vals in counts.facets.items()}
        _print_json({"filter": f.describe(), "total": lib.catalog.count(f), "facets": out})
        return 0
    print(f"{lib.catalog.count(f)} initiative(s) · {f.describe()}")
    for facet, vals in counts.facets.items():
        print(f"\n{facet}:")
        for v in vals:
            label = f" ({v.label})" if v.label != v.value else ""
            print(f"  {v.count:>6}  {v.value}{label}")
        if not vals:
            print("       –")
    return 0


def _export(lib, args) -> int:
    from .core.export import ExportError, write_export
    f = _filter(args)
    _rows, details = _details(lib, f)
    meta = {"application": f"ukjp-desktop {__version__}", "dataset_version": lib.dataset_version,
            "filter": f.describe(), "exported_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    try:
        n = write_export(details, args.output, args.format, meta)
    except ExportError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    print(f"wrote {n} row(s) for {len(details)} initiative(s) to {args.output}")
    return 0


def _annotate(lib, args) -> int:
    from .store import annotations as ann
    try:
        if args.note is not None:
            ann.set_note(lib.engine, args.slug, args.note)
        if args.star or args.unstar:
            ann.set_star(lib.engine, args.slug, bool(args.star))
        for t in args.tag:
            ann.tag(lib.engine, args.slug, t)
        for t in args.untag:
            ann.untag(lib.engine, args.slug, t)
        if args.note is None and not (args.star or args.unstar or args.tag or args.untag):
            lib.catalog.detail(args.slug)  # validates the slug
    except (ann.AnnotationError, LookupError) as exc:
        raise CliError(str(exc).strip("'\""), EXIT_USAGE) from None
    print(f"annotated {args.slug}")
    return 0


def _db(args) -> int:
    sub = args.db_command
    if sub == "build":
        return _db_build(args)
    if sub == "validate":
        from .core.dataset import default_dataset_dir, load_dataset
        data = load_dataset(Path(args.dataset) if args.dataset else default_dataset_dir())
        n_lines = sum(len(i.funding) for i in data.initiatives.values())
        n_ex = sum(len(i.excerpts) for i in data.initiatives.values())
        print(f"dataset {data.version}: {len(data.initiatives)} initiatives, {n_lines} funding lines, "
              f"{n_ex} excerpts, {len(data.sources)} sources — all excerpts exact, all references resolve")
        return 0
    if sub == "check":
        from .store.integrity import check
        lib = _library(args)
        problems = check(lib.engine)
        if problems:
            print(f"{lib.db.path}: {len(problems)} problem(s) found:")
            for p in problems:
                print(f"  - {p}")
            return 1
        info = lib.catalog.info()
        print(f"{lib.db.path}: no problems found. Schema {lib.db.revision}, dataset "
              f"{info['dataset_version']}, {info['initiatives']} initiatives; every excerpt matches its source.")
        return 0
    if sub == "info":
        lib = _library(args)
        info = lib.catalog.info()
        print(f"database: {lib.db.path}")
        print(f"schema: {lib.db.revision}; dataset: {info['dataset_version']} ({info['dataset_released']})")
        print(f"initiatives: {info['initiatives']}; sources: {len(info['sources'])}")
        if lib.db.backup:
            print(f"backup made before upgrading: {lib.db.backup}")
        return 0
    raise CliError("db needs a subcommand: build, check, info or validate", EXIT_USAGE)


def _db_build(args) -> int:
    from .core.dataset import default_dataset_dir, load_dataset
    from .store.userdb import open_library, resolve_db_path
    target = Path(args.output) if args.output else resolve_db_path(args.db)
    if args.output and target.exists():
        if not args.force:
            raise CliError(f"{target} exists; pass --force to replace it", EXIT_USAGE)
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    data = load_dataset(Path(args.dataset) if args.dataset else default_dataset_dir())
    t0 = time.perf_counter()
    lib = open_library(target, dataset=data, sync_dataset=False)
    from .store.build import apply_dataset
    with lib.engine.begin() as conn:
        counts = apply_dataset(conn, data)
    print(f"built {target}: dataset {data.version}, {counts['initiatives']} initiatives, "
          f"{counts['sources']} sources, {counts['organisations']} organisations, "
          f"{counts['rates']} exchange rates in {time.perf_counter() - t0:.2f} s")
    return 0


def _demo(args) -> int:
    from .store.demo import write_demo_database
    if args.initiatives <= 0:
        raise CliError("--initiatives must be positive", EXIT_USAGE)
    try:
        info = write_demo_database(Path(args.output), args.initiatives, seed=args.seed)
    except FileExistsError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    print(json.dumps(info, default=str))
    return 0


def _headless() -> None:
    import os
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _self_test(args) -> int:
    from . import STARTED_AT
    _headless()
    from .ui.self_test import run_self_test
    return run_self_test(args.db, STARTED_AT)


def _window(args) -> int:
    from .app import run_window
    return run_window(args.db, args.settings_dir)
