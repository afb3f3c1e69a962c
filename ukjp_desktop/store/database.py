"""Open a user's database safely: refuse what we cannot read, back up, then migrate.

Order matters. A file is first inspected read-only (``mode=ro``), so a database from a newer
version of the application, or a file that is not SQLite, is refused with a clear message and
left byte-for-byte untouched. Only a database we understand is backed up and migrated.
"""
from __future__ import annotations

import os
import re
import sqlite3
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from . import health
from .backups import make_backup
from .engines import add_sqlite_functions

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database that cannot be opened; ``str()`` is a message for the user, ``detail`` what
    the driver said (for a message's details, never its headline), or ""."""

    def __init__(self, message: str = "", detail: str = ""):
        super().__init__(message)
        self.detail = detail


class ReadOnlyDatabaseError(DatabaseError):
    """The file (or its folder, where SQLite keeps its journal) cannot be written."""


class NewerSchemaError(DatabaseError):
    pass


class DamagedDatabaseError(DatabaseError):
    """The file failed a health check (or SQLite called it malformed): never written to."""


class PasswordNeeded(DatabaseError):
    """A team database's server asks for a password libpq could not find, or it was wrong
    (the window then asks for one and keeps it in memory only)."""


class BusyDatabaseError(DatabaseError):
    """Another program holds a lock on the file; nothing is wrong with it."""


class ServerUnavailableError(BusyDatabaseError):
    """A team database's server cannot be reached now: like a lock, it passes (an edit is
    kept and tried again until the server is back)."""


# Engines that have reported a damaged file since they were opened: no more writes to them.
# Engines opened read-only (a read-only file or folder the user chose to browse anyway).
# Both are keyed by the engine's pool, which ``engine.execution_options()`` copies share.
_DAMAGED: weakref.WeakSet = weakref.WeakSet()
_READ_ONLY: weakref.WeakSet = weakref.WeakSet()


def marked_damaged(engine: Engine) -> bool:
    return engine.pool in _DAMAGED


def marked_read_only(engine: Engine) -> bool:
    return engine.pool in _READ_ONLY


def mark_read_only(engine: Engine) -> None:
    """Every write through ``write_transaction`` is refused in words from now on."""
    _READ_ONLY.add(engine.pool)


def _damaged_message(path: Path, problem: str) -> str:
    return (f"{path} is damaged: {problem}. It has not been changed. Restore a backup, or set "
            "it aside and start a fresh database.")


@dataclass(frozen=True)
class OpenedDatabase:
    engine: Engine
    path: Path | str           # the file, or a team database's URL without password
    revision: str
    backup: Path | None        # the copy made before migrating, if one was needed
    created: bool              # the file did not exist before
    read_only: bool = False    # opened for browsing only: every write is refused in words
    server: bool = False       # a team database on a server (no file beside it: no backups)


def run_migrations(conn) -> None:
    """Bring the schema to head on ``conn`` (inside the caller's transaction)."""
    cfg = _alembic_config()
    cfg.attributes["connection"] = conn
    from alembic import command
    command.upgrade(cfg, "head")


def _alembic_config():
    # Alembic costs ~100 ms to import; only an upgrade needs it, so it is not on the start-up path.
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_REVISION_LINE = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*["']?([\w-]+|None)["']?""", re.M)


def _scan_revisions() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files' text. Equivalent to Alembic's
    script directory for our linear history, without importing Alembic (tests compare them)."""
    graph: dict[str, str | None] = {}
    for f in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = dict((k, v) for k, v in _REVISION_LINE.findall(f.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "None") else down
    return graph


def head_revision() -> str:
    graph = _scan_revisions()
    heads = set(graph) - {d for d in graph.values() if d}
    if len(heads) != 1:
        raise DatabaseError(f"the migrations have {len(heads)} heads; expected one")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_scan_revisions())


def inspect_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without changing it (None: empty schema)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    if header and header != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not a UK–Japan S&T Explorer database (not an SQLite file).")
    if not header:
        return None  # empty file: treat as new
    try:
        con = sqlite3.connect(health.read_only_uri(path), uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables - {"sqlite_sequence"}:
                    raise DatabaseError(f"{path} is an SQLite file but not a UK–Japan S&T Explorer database.")
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if health.is_busy(exc):
            raise BusyDatabaseError(_busy_message(path)) from exc
        raise DamagedDatabaseError(_damaged_message(path, f"SQLite cannot read it ({exc})")) from exc
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(_damaged_message(path, f"SQLite cannot read it ({exc})")) from exc
    return row[0] if row else None


def _busy_message(path: Path) -> str:
    return (f"{path} is busy: another program holds a lock on it. Nothing is wrong with the "
            "file; try again when that program has finished.")


def check_health(path: Path) -> None:
    """Refuse a damaged file before anything opens it for writing (see store/health.py)."""
    try:
        found = health.check_file_once(path)
    except sqlite3.OperationalError as exc:
        raise BusyDatabaseError(_busy_message(path)) from exc
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    if not found.ok:
        raise DamagedDatabaseError(_damaged_message(path, found.problems[0]))


BUSY_MS = 5000


def quick_writes(engine: Engine, busy_ms: int = 50) -> Engine:
    """The same database, but a write gives up after ``busy_ms`` of waiting for another
    writer (raising ``BusyDatabaseError``) instead of the usual 5 s."""
    return engine.execution_options(busy_ms=busy_ms)


@contextmanager
def write_transaction(engine: Engine):
    """``with write_transaction(engine) as conn:`` for read-then-write work: takes the write
    lock first (see make_engine), refuses a file known to be damaged, and turns "locked" and
    "malformed" into ``BusyDatabaseError`` / ``DamagedDatabaseError`` with a plain message."""
    from . import engines
    path = engines.describe(engine)
    server = engines.is_server(engine)
    refuse_if_read_only(engine)
    if engine.pool in _DAMAGED:
        raise DamagedDatabaseError(_damaged_message(path, "SQLite reported part of it as malformed"))
    try:
        with engine.execution_options(write_lock_first=True).begin() as conn:
            yield conn
            engines.announce_change(conn, "annotations")
    except DBAPIError as exc:
        if server:
            if getattr(exc.orig, "sqlstate", None) == "42501":   # insufficient privilege
                raise ReadOnlyDatabaseError(_read_only_message(path, server)) from exc
            if engines.server_unreachable(exc):
                raise ServerUnavailableError(engines.server_error(path, exc),
                                             engines.driver_text(exc)) from exc
            raise DatabaseError(engines.server_error(path, exc), engines.driver_text(exc)) from exc
        if health.is_damage(exc):
            _DAMAGED.add(engine.pool)
            raise DamagedDatabaseError(_damaged_message(path, f"SQLite cannot read it ({exc.orig})")) from exc
        if health.is_busy(exc):
            raise BusyDatabaseError(_busy_message(path)) from exc
        raise


def refuse_if_read_only(engine: Engine) -> None:
    """Refuse a write in words before it starts on a database opened read-only (a read-only
    file, or a team database under a role that may only read), rather than at its first
    statement, with the server's "permission denied for table ..." and the SQL."""
    if engine.pool in _READ_ONLY:
        from . import engines
        raise ReadOnlyDatabaseError(_read_only_message(engines.describe(engine), engines.is_server(engine)))


def _read_only_message(where: str, server: bool) -> str:
    if server:
        return (f"Your role may only read the team database {where}: your edit cannot be saved. "
                "Ask the database's owner for write access.")
    return (f"{where} is open read-only: your edit cannot be saved there. "
            "Choose File → Open database… to work on a copy you can write.")


def make_engine(path: Path, read_only: bool = False) -> Engine:
    if read_only:
        # See health.read_only_uri: no side files, and no failure in a read-only folder.
        url = f"sqlite+pysqlite:///{health.read_only_uri(path)}&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path}"
    engine = create_engine(url, future=True)
    if read_only:
        _READ_ONLY.add(engine.pool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # noqa: ANN001 - DB-API objects
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        # Measured at 100,000 initiatives: the default 2 MB page cache makes every filtered
        # query re-read pages; 64 MB of cache plus memory-mapped reads cut counts by ~20-30%.
        cur.execute("PRAGMA cache_size=-65536")
        cur.execute("PRAGMA mmap_size=1073741824")
        cur.close()
        add_sqlite_functions(dbapi_conn)

    @event.listens_for(engine, "handle_error")
    def _on_error(ctx):  # noqa: ANN001
        if health.is_damage(ctx.original_exception):
            _DAMAGED.add(engine.pool)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        # A deferred transaction that read before another process committed cannot become a
        # writer (SQLITE_BUSY_SNAPSHOT, raised at once, without waiting): two processes tagging
        # at once failed 8 of 60 runs. Read-then-write work therefore takes the write lock
        # first (BEGIN IMMEDIATE waits out the busy timeout). Everything else keeps the
        # driver's own implicit transactions (PRAGMAs such as journal_mode need that).
        options = conn.get_execution_options()
        if options.get("write_lock_first"):
            # How long to wait for another writer: the driver's 5 s, or less for a write the
            # window tries on its UI thread before handing it to its writer thread (quick_writes).
            conn.exec_driver_sql(f"PRAGMA busy_timeout={int(options.get('busy_ms', BUSY_MS))}")
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def open_read_only(path: str | Path, password: str | None = None) -> OpenedDatabase:
    """Open an existing database for browsing only (a read-only file or folder): no backup,
    no migration, no write of any kind. Refused if its schema is not the current one."""
    from . import engines
    if engines.is_server_url(path):
        return engines.open_server(path, read_only=True, password=password)
    path = Path(path).expanduser()
    if not path.exists():
        raise DatabaseError(f"There is no database at {path}.")
    revision = inspect_revision(path)
    head = head_revision()
    if revision != head:
        raise DatabaseError(f"{path} needs an upgrade (schema {revision or 'empty'} → {head}), "
                            "which cannot be done while it is read-only.")
    check_health(path)
    return OpenedDatabase(make_engine(path, read_only=True), path, head, None, False, True)


def open_database(path: str | Path, *, migrate: bool = True, password: str | None = None) -> OpenedDatabase:
    """Open (creating if needed) and bring the schema to head. Raises ``DatabaseError``.
    A SQLAlchemy URL opens a team database on a server instead (``store.engines``)."""
    from . import engines
    if engines.is_server_url(path):
        return engines.open_server(path, migrate=migrate, password=password)
    path = Path(path).expanduser()
    created = not path.exists()
    revision = None if created else inspect_revision(path)
    head = head_revision()
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            f"{path} was written by a newer version of UK–Japan S&T Explorer (schema {revision}); "
            "this version cannot open it. The file has not been changed: install the newer "
            "version, or open another database.")
    if not created and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
        # SQLite would open it and then fail on the first write (a note, a star) or at once in
        # WAL mode; say so before anything else happens.
        raise ReadOnlyDatabaseError(
            f"{path} cannot be written (the file or its folder is read-only). Your notes and stars "
            "could not be saved there. The file has not been changed.")
    if not created and revision is not None:
        check_health(path)
    if created:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Cannot create folder {path.parent}: {exc.strerror or exc}") from exc
    backup = None
    if revision != head and not migrate:
        raise DatabaseError(f"{path} needs an upgrade (schema {revision or 'empty'} → {head}).")
    if revision != head and not created and path.stat().st_size > 0 and revision is not None:
        try:
            backup = make_backup(path, kind=revision)   # named after the schema it holds
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError(f"Cannot back up {path} before upgrading it: {exc}") from exc
    engine = make_engine(path)
    try:
        if revision != head:
            with engine.begin() as conn:
                run_migrations(conn)
    except (DBAPIError, sqlite3.Error) as exc:
        engine.dispose()  # a failed migration must not leave a half-open engine behind
        raise DatabaseError(f"Cannot open {path}: {exc}") from exc
    return OpenedDatabase(engine, path, head, backup, created)

