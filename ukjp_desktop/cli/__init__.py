"""The command line: ``ukjp-desktop COMMAND …`` over core + store.

One module per command group registers its sub-commands and, with ``set_defaults(func=…)``,
the function that runs each; ``main`` parses, calls it and turns every failure the user can
cause (unknown slug, bad option, bad year, unwritable path, a database from a newer version)
into one line and a non-zero exit, never a traceback. No Qt is imported on these paths except
by the commands that draw (``run``, ``--self-test``, ``chart``); the tests check it.

    browse.py    list, show, facets          export.py     export
    annotate.py  annotate                    db.py         db build | check | info | validate
    demo.py      demo-data                   charts.py     chart
    importing.py import                      app.py        run (the default), --self-test
    tables.py    import-table
"""
from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..core.filters import FilterError
from ..core.search_syntax import SearchSyntaxError
from . import annotate, app, browse, charts, db, demo, export, importing, tables
from .common import EXIT_USAGE, CliError, text_arguments

__all__ = ["main", "build_parser"]


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
    p.set_defaults(func=app.run_window)   # no command: open the window
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for group in (browse, export, annotate, db, demo, app, charts, importing, tables):
        group.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        text_arguments(sys.argv[1:] if argv is None else argv)
    except CliError as exc:
        print(f"ukjp-desktop: {exc}", file=sys.stderr)
        return exc.code
    args = build_parser().parse_args(argv)
    if args.self_test:   # an option, not a command: it wins over any command given with it
        return app.run_self_test(args)
    try:
        return args.func(args)
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
    except OSError as exc:   # a path the system refuses (too long, a folder, no permission)
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"ukjp-desktop: {exc.strerror or exc}{where}"[:500], file=sys.stderr)
        return 1
    except Exception as exc:  # the user sees one line; the class helps a bug report
        from ..core.dataset import DatasetError
        from ..store.database import DatabaseError
        if isinstance(exc, (DatasetError, DatabaseError)):
            print(f"ukjp-desktop: {exc}", file=sys.stderr)
            return 1
        # a driver's error by its own first line: SQLAlchemy's adds the SQL, parameters and a link
        said = str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""]
        print(f"ukjp-desktop: unexpected error ({exc.__class__.__name__}: {said[0]})", file=sys.stderr)
        return 1
