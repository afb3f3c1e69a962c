"""Shared fixtures: the curated dataset, a database built from it, a fresh copy per test."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ukjp_desktop.core.dataset import default_dataset_dir, load_dataset  # noqa: E402
from ukjp_desktop.store.userdb import open_library  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATASET_DIR = ROOT / "db"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/pg_server.py


@pytest.fixture(autouse=True)
def _no_user_db(monkeypatch, tmp_path):
    """Never touch the real user-data folder from a test."""
    monkeypatch.setenv("UKJP_DB", str(tmp_path / "default-user.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))  # team journals go there


@pytest.fixture(scope="session")
def dataset():
    return load_dataset(DATASET_DIR)


# ---- both engines ----------------------------------------------------------------------------
# A test module marked ``both_engines`` runs each test that uses the database fixtures below
# (built_db, db_copy, catalog, library) twice: on an SQLite file and on a PostgreSQL database
# of a real throw-away server (tests/pg_server.py). ``sqlite_only`` exempts one test (it
# damages a file, reads SQLite's own tables...); everything else runs on SQLite alone.
ENGINES = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line("markers", "both_engines: run the database fixtures on SQLite and PostgreSQL")
    config.addinivalue_line("markers", "sqlite_only: a test of SQLite's own behaviour, in a both_engines module")


def pytest_generate_tests(metafunc):
    node = metafunc.definition
    if "engine_kind" in metafunc.fixturenames and node.get_closest_marker("both_engines") \
            and not node.get_closest_marker("sqlite_only"):
        metafunc.parametrize("engine_kind", ENGINES, indirect=True, scope="session")


@pytest.fixture(scope="session")
def engine_kind(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server for the session, stopped and removed at its end (and by the
    server helper's atexit hook and watchdog if the session never gets there)."""
    from pg_server import PgServer
    server = PgServer().start()
    yield server
    server.stop()


class _PgDatabases:
    """Databases on the session's server: the curated one and fresh copies of it."""

    def __init__(self, server):
        self.server, self.n = server, 0
        self.template: str | None = None   # the curated database's copy that copies come from

    def new(self, template: str | None = None) -> tuple[str, str]:
        self.n += 1
        name = f"ukjp_{self.n}"
        self.server.psql_admin(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return name, self.server.url(name)

    def drop(self, name: str) -> None:
        self.server.psql_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_databases(pg_server):
    return _PgDatabases(pg_server)


@pytest.fixture(scope="session")
def built_db(tmp_path_factory, dataset, engine_kind, request) -> Path | str:
    """The curated database: a file, or (PostgreSQL) a URL."""
    if engine_kind == "postgresql":
        pg = request.getfixturevalue("pg_databases")
        name, url = pg.new()
        lib = open_library(url, dataset=dataset)
        lib.engine.dispose()
        # The copies' template: CREATE DATABASE ... TEMPLATE needs one nobody is connected to.
        pg.template = pg.new(template=name)[0]
        return url
    path = tmp_path_factory.mktemp("curated") / "curated.sqlite"
    lib = open_library(path, dataset=dataset)
    lib.engine.dispose()
    return path


@pytest.fixture(scope="session")
def copy_built_db(built_db, engine_kind, request):
    """A function that makes a private copy of the curated database in a folder (a file), or
    on the test server (a URL): for fixtures of any scope."""
    if engine_kind == "postgresql":
        pg = request.getfixturevalue("pg_databases")
        return lambda folder: pg.new(template=pg.template)[1]

    def copy(folder: Path) -> Path:
        target = folder / "copy.sqlite"
        shutil.copyfile(built_db, target)
        return target
    return copy


@pytest.fixture
def db_copy(copy_built_db, tmp_path, engine_kind, request) -> Path | str:
    """A private copy of the curated database for tests that write."""
    pg = request.getfixturevalue("pg_databases") if engine_kind == "postgresql" else None
    target = copy_built_db(tmp_path)
    yield target
    if pg is not None:
        pg.drop(str(target).rsplit("/", 1)[1])


@pytest.fixture(scope="session")
def catalog(built_db, dataset):
    lib = open_library(built_db, dataset=dataset)
    yield lib.catalog
    lib.engine.dispose()


@pytest.fixture
def library(db_copy, dataset):
    lib = open_library(db_copy, dataset=dataset)
    yield lib
    lib.engine.dispose()


@pytest.fixture
def window(qtbot, library, tmp_path):
    """The main window over a private copy of the database, its settings (and so its saved
    table mappings) in ``tmp_path``. Qt is imported only by the tests that use it."""
    from tests.ui_window import open_window
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    yield w
    w.close()


def test_default_dataset_dir_is_the_repository_db():
    assert default_dataset_dir().resolve() == DATASET_DIR.resolve()


class _Members:
    """Two members of a team on one database copy: on PostgreSQL two roles (``alice``, ``bob``)
    with the privileges the README tells a team to grant; on SQLite the computer's user named
    through ``LOGNAME`` (what ``getpass`` reads first)."""

    def __init__(self, target, engine_kind, dataset, server=None):
        self.target, self.kind, self.dataset, self.server = target, engine_kind, dataset, server
        self.libs: dict[str, object] = {}

    def url(self, who: str):
        if self.kind != "postgresql":
            return self.target
        return self.server.url(str(self.target).rsplit("/", 1)[1], user=who)

    def lib(self, who: str):
        if who not in self.libs:
            if self.kind == "postgresql":
                name = str(self.target).rsplit("/", 1)[1]
                self.server.psql_admin(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{who}') "
                                       f"THEN CREATE ROLE {who} LOGIN; END IF; END $$")
                self.server.psql_admin(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                                       f"TO {who}; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {who}",
                                       database=name)
            with self.as_(who):
                self.libs[who] = open_library(self.url(who), dataset=self.dataset)
        return self.libs[who]

    def as_(self, who: str):
        """Act as ``who`` for the block (SQLite: the user name; PostgreSQL: use ``lib(who)``)."""
        import contextlib

        @contextlib.contextmanager
        def block():
            old = os.environ.get("LOGNAME")
            os.environ["LOGNAME"] = who
            try:
                yield self.libs.get(who)
            finally:
                if old is None:
                    os.environ.pop("LOGNAME", None)
                else:
                    os.environ["LOGNAME"] = old
        return block()

    def close(self) -> None:
        for lib in self.libs.values():
            lib.engine.dispose()


@pytest.fixture
def members(db_copy, engine_kind, dataset, request):
    server = request.getfixturevalue("pg_server") if engine_kind == "postgresql" else None
    team = _Members(db_copy, engine_kind, dataset, server)
    yield team
    team.close()
