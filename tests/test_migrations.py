import hashlib
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from ukjp_desktop.store import database
from ukjp_desktop.store.database import (DatabaseError, NewerSchemaError, head_revision,
                                         open_database)
from ukjp_desktop.store.models import Base


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_to_head_with_wal_and_foreign_keys(tmp_path):
    opened = open_database(tmp_path / "new.sqlite")
    assert opened.created and opened.revision == head_revision() == "0002"
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert {"initiatives", "funding_lines", "excerpts", "annotations", "saved_views", "search_index"} <= names
    assert opened.backup is None


def test_models_and_migrations_agree(tmp_path):
    opened = open_database(tmp_path / "m.sqlite")
    with opened.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if "search_index" not in str(d)] == []


def test_older_database_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = database.make_engine(path)
    cfg = database._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("INSERT INTO meta(key, value) VALUES ('marker', 'kept')")
    engine.dispose()
    before = _sha(path)

    opened = open_database(path)
    assert opened.revision == "0002"
    assert opened.backup is not None and opened.backup.exists()
    assert "0001" in opened.backup.name
    con = sqlite3.connect(opened.backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert con.execute("SELECT value FROM meta WHERE key='marker'").fetchone()[0] == "kept"
    con.close()
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM meta WHERE key='marker'").scalar() == "kept"
    assert before  # the original content was readable before the upgrade


def test_newer_schema_is_refused_and_file_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    open_database(path).engine.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = _sha(path)
    siblings_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NewerSchemaError) as err:
        open_database(path)
    assert "newer version" in str(err.value) and "not been changed" in str(err.value)
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings_before  # no backup, no journal


def test_non_database_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a text file, not a database\n" * 10)
    before = _sha(path)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert "not an SQLite file" in str(err.value)
    assert _sha(path) == before


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.commit()
    con.close()
    before = _sha(path)
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert "not a UK–Japan S&T Explorer database" in str(err.value)
    assert _sha(path) == before


def test_truncated_database_gives_a_clear_message(tmp_path, built_db):
    path = tmp_path / "broken.sqlite"
    data = built_db.read_bytes()
    path.write_bytes(data[:4096] + b"\x00" * 100)
    with pytest.raises(DatabaseError):
        open_database(path)
