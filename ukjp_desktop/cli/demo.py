"""``demo-data``: a synthetic database at scale, for benchmarks and trying the window."""
from __future__ import annotations

import json
from pathlib import Path

from .common import CliError, EXIT_USAGE, count


def register(sub) -> None:
    sp = sub.add_parser("demo-data", help="write a synthetic database for scale testing")
    sp.add_argument("--initiatives", type=count, required=True, metavar="N")
    sp.add_argument("--output", required=True, metavar="FILE")
    sp.add_argument("--seed", type=count, default=1)
    sp.set_defaults(func=run_demo)


def run_demo(args) -> int:
    from ..store.demo import write_demo_database
    if args.initiatives <= 0:
        raise CliError("--initiatives must be positive", EXIT_USAGE)
    try:
        info = write_demo_database(Path(args.output), args.initiatives, seed=args.seed)
    except FileExistsError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    print(json.dumps(info, default=str))
    return 0
