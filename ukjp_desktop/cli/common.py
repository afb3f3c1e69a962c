"""What every command shares: the error type, the filter options, opening the library, JSON.

Every failure the user can cause ends in a one-line message and a non-zero exit (``CliError``
carries the exit status); ``cli.main`` prints it.
"""
from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, InvalidOperation

from ..core.filters import WHOSE, Filter
from ..core.vocab import KINDS, SIDES, STATUSES

EXIT_USAGE = 2
MAX_COUNT = 10 ** 9


class CliError(Exception):
    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def one_line_errors(run):
    """A command that prints its own one-line message on a user error, also when it is
    called without ``cli.main`` (the import commands are called directly by tests)."""
    def command(*args) -> int:
        try:
            return run(*args)
        except CliError as exc:
            print(f"ukjp-desktop: {exc}", file=sys.stderr)
            return exc.code
    command.__doc__ = run.__doc__
    return command


def with_library(run):
    """A command over the user's library: open it (upgrading it if needed) before ``run``.

    Only the default database is created when missing; a path the user named must exist, as
    in the window (a mistyped ``--db`` used to create folders and an empty database)."""
    def command(args) -> int:
        from ..store.userdb import open_library
        named_database_exists(args.db)
        return run(open_library(args.db), args)
    return command


def named_database_exists(db: str | None) -> None:
    """Refuse a ``--db`` path with nothing at it (a team database's address is checked by
    connecting to it)."""
    from ..store.engines import is_server_url
    from ..store.userdb import resolve_db_path
    if db and not is_server_url(db) and not resolve_db_path(db).exists():
        raise CliError(f"There is no database at {resolve_db_path(db)}. "
                       f"Create one with: ukjp-desktop --db {db} db build")


ON_CONFLICT = ("stop", "skip", "supersede", "keep_both")


def add_import_options(sp: argparse.ArgumentParser, *, undoes: str, kind_default: str | None,
                       kind_help: str) -> None:
    """``--on-conflict``, ``--kind`` and ``--undo``, as ``import`` and ``import-table`` both
    take them (``undoes`` names what ``--undo N`` takes away: "import", "table import")."""
    sp.add_argument("--on-conflict", choices=ON_CONFLICT, default="stop",
                    help="a figure that disagrees with a recorded one: stop (default), skip it, "
                         "supersede the recorded one, or keep both")
    sp.add_argument("--kind", choices=KINDS, default=kind_default, help=kind_help)
    sp.add_argument("--undo", type=count, metavar="N", help=f"undo {undoes} number N")


def count(text: str) -> int:
    """A non-negative whole number of a sensible size (SQLite's integers end at 2**63)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and {MAX_COUNT:,}")
    return value


def text_arguments(argv: list[str]) -> None:
    """Refuse arguments that are not text: bytes that are not UTF-8 reach Python as lone
    surrogates, which nothing can store or print (they gave UnicodeEncodeError)."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise CliError(f"argument {shown!r} is not valid UTF-8 text", EXIT_USAGE) from None


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


def add_filters(p: argparse.ArgumentParser) -> None:
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
    g.add_argument("--whose", choices=WHOSE, default="all",
                   help="--tag/--starred/--has-note count: all you see, only yours, or the team's")


def filter_from(args) -> Filter:
    return Filter(text=args.search.strip(), sectors=args.sector, kinds=args.kind,
                  statuses=args.status, organisations=args.org,
                  countries=[c.upper() for c in args.country], sides=args.side,
                  tags=args.tag, year_from=args.year_from, year_to=args.year_to,
                  gbp_min=args.min_gbp, gbp_max=args.max_gbp, bilateral_only=args.bilateral,
                  starred=args.starred, has_note=args.has_note, whose=args.whose)


def details(lib, f: Filter, sort="announced", descending=None, limit=None, offset=0):
    """The rows and each row's full record (read in batches), for the JSON list."""
    rows = lib.catalog.list(f, sort=sort, descending=descending, limit=limit, offset=offset)
    return rows, list(lib.catalog.details_of([r.id for r in rows]))


def print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    print()
