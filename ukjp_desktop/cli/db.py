"""``db build | check | info | validate``: the database and the curated dataset."""
from __future__ import annotations

import time
from pathlib import Path

from .common import EXIT_USAGE, CliError


def register(sub) -> None:
    db = sub.add_parser("db", help="database commands")
    db.set_defaults(func=_missing_subcommand)
    dbs = db.add_subparsers(dest="db_command", metavar="DBCOMMAND")
    b = dbs.add_parser("build", help="build a database from the curated dataset in db/")
    b.add_argument("--output", metavar="FILE", help="new database file (default: --db / user database)")
    b.add_argument("--dataset", metavar="DIR", help="dataset folder (default: the bundled db/)")
    b.add_argument("--force", action="store_true", help="overwrite --output if it exists")
    b.set_defaults(func=run_build)
    dbs.add_parser("check", help="integrity check, reported in plain words").set_defaults(func=run_check)
    dbs.add_parser("info", help="where the database is and what it holds").set_defaults(func=run_info)
    v = dbs.add_parser("validate", help="validate the curated dataset files without building")
    v.add_argument("--dataset", metavar="DIR")
    v.set_defaults(func=run_validate)


def _missing_subcommand(args) -> int:
    raise CliError("db needs a subcommand: build, check, info or validate", EXIT_USAGE)


def run_validate(args) -> int:
    from ..core.dataset import default_dataset_dir, load_dataset
    data = load_dataset(Path(args.dataset) if args.dataset else default_dataset_dir())
    n_lines = sum(len(i.funding) for i in data.initiatives.values())
    n_ex = sum(len(i.excerpts) for i in data.initiatives.values())
    print(f"dataset {data.version}: {len(data.initiatives)} initiatives, {n_lines} funding lines, "
          f"{n_ex} excerpts, {len(data.sources)} sources — all excerpts exact, all references resolve")
    return 0


def run_check(args) -> int:
    from ..store.integrity import check
    from ..store.userdb import open_library
    lib = open_library(args.db)
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


def run_info(args) -> int:
    from ..store.userdb import open_library
    lib = open_library(args.db)
    info = lib.catalog.info()
    print(f"database: {lib.db.path}")
    print(f"schema: {lib.db.revision}; dataset: {info['dataset_version']} ({info['dataset_released']})")
    print(f"initiatives: {info['initiatives']}; sources: {len(info['sources'])}")
    if lib.db.backup:
        print(f"backup made before upgrading: {lib.db.backup}")
    return 0


def run_build(args) -> int:
    from ..core.dataset import default_dataset_dir, load_dataset
    from ..store.build import apply_dataset
    from ..store.userdb import open_library, resolve_db_path
    target = Path(args.output) if args.output else resolve_db_path(args.db)
    if args.output and target.exists():
        if not args.force:
            raise CliError(f"{target} exists; pass --force to replace it", EXIT_USAGE)
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    data = load_dataset(Path(args.dataset) if args.dataset else default_dataset_dir())
    t0 = time.perf_counter()
    lib = open_library(target, dataset=data, sync_dataset=False)
    with lib.engine.begin() as conn:
        counts = apply_dataset(conn, data)
    print(f"built {target}: dataset {data.version}, {counts['initiatives']} initiatives, "
          f"{counts['sources']} sources, {counts['organisations']} organisations, "
          f"{counts['rates']} exchange rates in {time.perf_counter() - t0:.2f} s")
    return 0
