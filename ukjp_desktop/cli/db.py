"""``db build | check | info | validate | backup | backups | restore | export``: the database,
its backups, a local copy of a team database, and the curated dataset."""
from __future__ import annotations

import time
from pathlib import Path

from .common import EXIT_USAGE, CliError, named_database_exists, with_library


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
    dbs.add_parser("backup", help="make a backup copy of the database now (kept until you delete it)"
                   ).set_defaults(func=run_backup)
    dbs.add_parser("backups", help="list the backups beside the database, newest first, with "
                   "what each holds").set_defaults(func=run_backups)
    r = dbs.add_parser("restore", help="put a backup in place of the database (the current file "
                       "is set aside beside it, never deleted)")
    r.add_argument("backup", metavar="BACKUP", help="a backup file, or 'latest'")
    r.set_defaults(func=run_restore)
    e = dbs.add_parser("export", help="copy the whole database (a team database, say) into a new "
                       "SQLite file, e.g. to work while travelling")
    e.add_argument("--output", metavar="FILE", required=True, help="the new database file")
    e.add_argument("--force", action="store_true", help="overwrite --output if it exists")
    e.set_defaults(func=run_export)


def _missing_subcommand(args) -> int:
    raise CliError("db needs a subcommand: build, check, info, validate, backup, backups, restore "
                   "or export", EXIT_USAGE)


def _existing_db(args) -> Path:
    from ..store.userdb import resolve_db_path
    path = _file_only(resolve_db_path(args.db))
    if not path.is_file():
        raise CliError(f"There is no database at {path}.")
    return path


def run_backup(args) -> int:
    from ..store.backups import describe_backup, make_backup
    from ..store.database import check_health
    path = _existing_db(args)
    check_health(path)               # a copy of a damaged file is no backup
    made = make_backup(path, "manual")
    info = describe_backup(made, path.name)
    print(f"backed up {path} to {made}" + (f": {info.describe()}" if info else ""))
    return 0


def _file_only(target):
    """Backups beside the file are for files; a team database is backed up on its server."""
    from ..store.engines import describe, is_server_url
    if is_server_url(target):
        raise CliError(f"{describe(target)} is a team database: its server keeps its backups "
                       "(pg_dump). `db export --output FILE.sqlite` makes a local copy.")
    return target


def run_backups(args) -> int:
    from ..store.backups import list_backups
    from ..store.userdb import resolve_db_path
    path = _file_only(resolve_db_path(args.db))   # backups can outlive the file they were made of
    found = list_backups(path)
    if not found:
        print(f"no backups of {path} yet")
        return 0
    for b in found:
        print(f"{b.path}  {b.describe()}")
    return 0


def run_restore(args) -> int:
    from ..store.backups import list_backups
    from ..store.database import DatabaseError, check_health
    from ..store.recovery import open_elsewhere, restore_backup
    from ..store.userdb import resolve_db_path
    path = _file_only(resolve_db_path(args.db))
    if args.backup == "latest":
        found = list_backups(path)
        if not found:
            raise CliError(f"there are no backups of {path} to restore")
        backup = found[0].path
    else:
        backup = Path(args.backup).expanduser()
        if not backup.is_file():
            raise CliError(f"there is no backup at {backup}")
    try:
        check_health(backup)
    except DatabaseError as exc:
        raise CliError(f"{backup} cannot be restored: {exc}") from None
    if open_elsewhere(path):
        raise CliError(f"{path} is open in another program (a UK–Japan S&T Explorer window?); close it, then "
                       "restore again. Nothing was changed.")
    aside = restore_backup(path, backup)
    print(f"restored {backup} to {path}" + (f"; the previous file is kept as {aside}" if aside else ""))
    return 0


def run_validate(args) -> int:
    from ..core.dataset import default_dataset_dir, load_dataset
    data = load_dataset(Path(args.dataset) if args.dataset else default_dataset_dir())
    n_lines = sum(len(i.funding) for i in data.initiatives.values())
    n_ex = sum(len(i.excerpts) for i in data.initiatives.values())
    print(f"dataset {data.version}: {len(data.initiatives)} initiatives, {n_lines} funding lines, "
          f"{n_ex} excerpts, {len(data.sources)} sources — all excerpts exact, all references resolve")
    return 0


def run_check(args) -> int:
    from ..store.database import DamagedDatabaseError
    from ..store.integrity import check
    from ..store.userdb import open_library
    named_database_exists(args.db)     # checking or describing a mistyped path creates nothing
    try:
        lib = open_library(args.db)
    except DamagedDatabaseError as exc:   # the check's own finding, in its own format
        print(f"{_existing_db(args)}: 1 problem found:")
        print(f"  - {exc}")
        return 1
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
    named_database_exists(args.db)
    lib = open_library(args.db)
    info = lib.catalog.info()
    print(f"database: {lib.db.path}")
    print(f"schema: {lib.db.revision}; dataset: {info['dataset_version']} ({info['dataset_released']})")
    print(f"initiatives: {info['initiatives']}; sources: {len(info['sources'])}")
    if lib.read_only:
        print("access: read only (edits are refused)")
    if lib.db.backup:
        print(f"backup made before upgrading: {lib.db.backup}")
    return 0


def _new_file(output: str, force: bool) -> Path:
    target = Path(output).expanduser()
    if target.exists():
        if not force:
            raise CliError(f"{target} exists; pass --force to replace it", EXIT_USAGE)
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    return target


@with_library
def run_export(source, args) -> int:
    from ..store.copying import copy_knowledge_base
    from ..store.database import open_database
    target = _new_file(args.output, args.force)
    t0 = time.perf_counter()
    opened = open_database(target)
    try:
        counts = copy_knowledge_base(source.engine, opened.engine)
    except BaseException:
        opened.engine.dispose()
        target.unlink(missing_ok=True)    # never leave half a copy behind
        raise
    opened.engine.dispose()
    print(f"copied {source.db.path} to {target}: {counts['initiatives']} initiatives, "
          f"{counts['annotations']} annotations, {counts['tags']} tags in {time.perf_counter() - t0:.2f} s")
    return 0


def run_build(args) -> int:
    from ..core.dataset import default_dataset_dir, load_dataset
    from ..store.build import apply_dataset
    from ..store.database import refuse_if_read_only
    from ..store.userdb import open_library, resolve_db_path
    target = _new_file(args.output, args.force) if args.output else resolve_db_path(args.db)
    data = load_dataset(Path(args.dataset) if args.dataset else default_dataset_dir())
    t0 = time.perf_counter()
    lib = open_library(target, dataset=data, sync_dataset=False)
    refuse_if_read_only(lib.engine)
    with lib.engine.begin() as conn:
        counts = apply_dataset(conn, data)
    print(f"built {target}: dataset {data.version}, {counts['initiatives']} initiatives, "
          f"{counts['sources']} sources, {counts['organisations']} organisations, "
          f"{counts['rates']} exchange rates in {time.perf_counter() - t0:.2f} s")
    return 0
