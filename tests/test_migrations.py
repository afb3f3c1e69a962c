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
    assert opened.created and opened.revision == head_revision() == "0011"
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert {"initiatives", "funding_lines", "excerpts", "annotations", "saved_views", "search_index"} <= names
    assert opened.backup is None


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
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
    assert opened.revision == "0011"
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


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_list_order_index_serves_the_default_order(tmp_path):
    """Migration 0003. Autogenerate cannot compare expression indexes on SQLite (it skips them
    with a warning), so check the index directly: it exists and the list's default ORDER BY
    is read from it instead of a sort of every row."""
    opened = open_database(tmp_path / "idx.sqlite")
    with opened.engine.connect() as conn:
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = "
                                   "'ix_initiatives_announced_order'").scalar()
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM initiatives "
            "ORDER BY announced_sort IS NULL, announced_sort DESC, id LIMIT 100"))
    assert sql is not None and "announced_sort IS NULL" in sql
    assert "ix_initiatives_announced_order" in plan and "TEMP B-TREE" not in plan, plan


def test_revision_scan_matches_alembic():
    """Start-up reads the revision graph from the files without importing Alembic."""
    from alembic.script import ScriptDirectory

    from ukjp_desktop.store import database
    script = ScriptDirectory.from_config(database._alembic_config())
    assert database.head_revision() == script.get_current_head()
    assert database.known_revisions() == {s.revision for s in script.walk_revisions()}


def test_0007_keeps_existing_annotations_shared_and_team_wide(tmp_path, monkeypatch):
    """Notes saved before private notes existed stay their author's and become shared (nobody
    loses sight of what they saw yesterday); stars and tags become the team's. And back."""
    from ukjp_desktop.store.userdb import open_library
    path = tmp_path / "old.sqlite"
    open_library(path).engine.dispose()
    engine = database.make_engine(path)
    cfg = database._alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
        slugs = [r[0] for r in conn.exec_driver_sql("SELECT slug FROM initiatives ORDER BY slug LIMIT 3")]
        for slug, note, starred, by in ((slugs[0], "alice wrote", 0, "alice"),
                                        (slugs[1], "nobody said who", 1, None),
                                        (slugs[2], "", 1, "bob")):
            conn.exec_driver_sql("INSERT INTO annotations VALUES (?, ?, ?, '2026-01-01', '2026-01-02', ?)",
                                 (slug, note, starred, by))
        conn.exec_driver_sql("INSERT INTO tags(name) VALUES ('old tag')")
        conn.exec_driver_sql("INSERT INTO annotation_tags VALUES (?, 1)", (slugs[0],))
    engine.dispose()
    monkeypatch.setenv("LOGNAME", "carol")                       # who runs the upgrade
    lib = open_library(path)
    with lib.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT initiative_slug, owner, note, shared, starred FROM annotations "
                                    "ORDER BY initiative_slug, owner").all()
        tags = conn.exec_driver_sql("SELECT initiative_slug, owner FROM annotation_tags").all()
    assert sorted(map(tuple, rows)) == sorted([(slugs[0], "alice", "alice wrote", 1, 0),
                                               (slugs[1], "", "", 0, 1),
                                               (slugs[1], "carol", "nobody said who", 1, 0),
                                               (slugs[2], "", "", 0, 1)])
    assert list(map(tuple, tags)) == [(slugs[0], "")]
    seen = lib.catalog.detail(slugs[0]).annotation             # carol sees alice's note, shared
    assert seen.note == "" and [(n.author, n.note) for n in seen.team_notes] == [("alice", "alice wrote")]
    assert seen.tags == seen.team_tags == ("old tag",)
    from ukjp_desktop.core.filters import Filter
    assert lib.catalog.slugs(Filter(text="wrote")) == [slugs[0]]   # shared notes are searched
    lib.engine.dispose()
    engine = database.make_engine(path)
    with engine.begin() as conn:                                # a downgrade folds them back
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
        back = conn.exec_driver_sql("SELECT initiative_slug, note, starred FROM annotations "
                                    "ORDER BY initiative_slug").all()
    engine.dispose()
    assert list(map(tuple, back)) == [(slugs[0], "alice wrote", 0), (slugs[1], "nobody said who", 1),
                                      (slugs[2], "", 1)]
