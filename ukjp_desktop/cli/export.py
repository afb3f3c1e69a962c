"""``export``: the filtered list with citations, to CSV, Excel or JSON."""
from __future__ import annotations

import time

from .. import __version__
from .common import EXIT_USAGE, CliError, add_filters, filter_from, with_library


def register(sub) -> None:
    sp = sub.add_parser("export", help="export the filtered list with citations")
    add_filters(sp)
    sp.add_argument("--format", required=True, choices=("csv", "xlsx", "json"))
    sp.add_argument("--output", required=True, metavar="FILE")
    sp.set_defaults(func=with_library(run_export))


def run_export(lib, args) -> int:
    from ..core.export import ExportError, write_json, write_table
    f = filter_from(args)
    initiatives = [0]

    def counted(items, size):
        for item in items:
            initiatives[0] += size(item)
            yield item
    meta = {"application": f"ukjp-desktop {__version__}", "dataset_version": lib.dataset_version,
            "filter": f.describe(), "exported_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    try:
        # Streamed: one batch of rows (CSV, XLSX) or of whole initiatives (JSON) at a time.
        if args.format == "json":
            n = write_json(counted(lib.catalog.details(f), lambda d: 1), args.output, meta)
        else:
            n = write_table(counted(lib.catalog.export_rows(f), lambda b: b.initiatives),
                            args.output, args.format, meta)
    except ExportError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    print(f"wrote {n} row(s) for {initiatives[0]} initiative(s) to {args.output}")
    return 0
