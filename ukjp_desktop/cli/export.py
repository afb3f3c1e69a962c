"""``export``: the filtered list with citations, to CSV, Excel or JSON."""
from __future__ import annotations

import time

from .. import __version__
from .common import EXIT_USAGE, CliError, add_filters, details, filter_from, with_library


def register(sub) -> None:
    sp = sub.add_parser("export", help="export the filtered list with citations")
    add_filters(sp)
    sp.add_argument("--format", required=True, choices=("csv", "xlsx", "json"))
    sp.add_argument("--output", required=True, metavar="FILE")
    sp.set_defaults(func=with_library(run_export))


def run_export(lib, args) -> int:
    from ..core.export import ExportError, write_export
    f = filter_from(args)
    _rows, records = details(lib, f)
    meta = {"application": f"ukjp-desktop {__version__}", "dataset_version": lib.dataset_version,
            "filter": f.describe(), "exported_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    try:
        n = write_export(records, args.output, args.format, meta)
    except ExportError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    print(f"wrote {n} row(s) for {len(records)} initiative(s) to {args.output}")
    return 0
