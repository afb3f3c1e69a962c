"""The first-page cache (store/first_page.py): what a start paints before the store is
imported. It is used only while the database holds exactly the data it was written from, so
every writer must make it stale: a star, a note, a tag, a tag's rename, a document import (this
process) and a table import (another process), a dataset upgrade, a schema change; so must a
lock, a journal of edits still to store, another application version or database file, and a
damaged cache file. A team database never uses it."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from table_fixtures import gtr_csv
from ukjp_desktop.core.filter_codec import filter_to_json
from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store import annotations, first_page
from ukjp_desktop.store.userdb import default_db_path, open_library

QUERY = first_page.query_key(filter_to_json(Filter()), "announced", True, 200)


@pytest.fixture
def db(built_db, tmp_path, engine_kind) -> Path:
    if engine_kind != "sqlite":
        pytest.fail("the first-page cache is for SQLite files")
    target = tmp_path / "user.sqlite"
    shutil.copyfile(built_db, target)
    return target


def _write(db: Path, folder: Path, f: Filter = Filter()) -> first_page.FirstPage:
    lib = open_library(db)
    try:
        key = first_page.read_key(db)
        page = first_page.compute(lib.catalog, f, "announced", True, 200)
        first_page.save(folder, key, QUERY, page)
        return page
    finally:
        lib.engine.dispose()


def _stale_after(db: Path, folder: Path, write) -> None:
    _write(db, folder)
    assert first_page.load(folder, db) is not None
    write()
    assert first_page.load(folder, db) is None, "a stale first page was used"


def _with_library(db: Path, write):
    def run():
        lib = open_library(db)
        try:
            write(lib)
        finally:
            lib.engine.dispose()
    return run


def test_it_gives_back_what_the_catalog_answered(db, tmp_path):
    page = _write(db, tmp_path)
    query, cached = first_page.load(tmp_path, db)
    assert query == QUERY
    assert cached == page and cached.rows and cached.count == page.count
    assert any(vals for vals in cached.facets.facets.values())
    assert json.loads(first_page.cache_path(tmp_path).read_text())["key"]["db"] == str(db.resolve())


@pytest.mark.parametrize("write", [
    lambda lib, slug: annotations.set_star(lib.engine, slug, True),
    lambda lib, slug: annotations.set_note(lib.engine, slug, "looked at"),
    lambda lib, slug: annotations.tag(lib.engine, slug, "reading"),
], ids=["star", "note", "tag"])
def test_an_annotation_makes_it_stale(db, tmp_path, write):
    slug = _write(db, tmp_path).rows[0].slug
    assert first_page.load(tmp_path, db) is not None
    _with_library(db, lambda lib: write(lib, slug))()
    assert first_page.load(tmp_path, db) is None


def test_renaming_a_tag_makes_it_stale(db, tmp_path):
    slug = _write(db, tmp_path).rows[0].slug
    _with_library(db, lambda lib: annotations.tag(lib.engine, slug, "reading"))()
    _stale_after(db, tmp_path, _with_library(db, lambda lib: annotations.rename_tag(lib.engine, "reading", "read")))


def test_a_document_import_makes_it_stale(db, tmp_path):
    from test_chart_view import _import_robotics_call
    _stale_after(db, tmp_path, _with_library(db, lambda lib: _import_robotics_call(lib, tmp_path)))


def test_a_table_import_by_another_process_makes_it_stale(db, tmp_path):
    def cli_import():
        out = subprocess.run([sys.executable, "-m", "ukjp_desktop", "--db", str(db), "import-table",
                              str(gtr_csv(tmp_path)), "--preset", "gtr", "--skip-problem-rows"],
                             capture_output=True, text=True, timeout=300, env={**os.environ})
        assert out.returncode == 0, out.stderr
    _stale_after(db, tmp_path, cli_import)


def test_a_newer_bundled_dataset_makes_it_stale(db, tmp_path, monkeypatch):
    """A start that would apply a newer dataset: the first page would show the old one."""
    _write(db, tmp_path)
    monkeypatch.setattr(first_page, "_bundled_dataset", lambda: "2099.1.1")
    assert first_page.load(tmp_path, db) is None


def test_a_dataset_upgrade_makes_it_stale(db, tmp_path, dataset):
    from test_upgrade import _bump
    slug = sorted(dataset.initiatives)[1]
    _stale_after(db, tmp_path, lambda: open_library(
        db, dataset_dir=_bump(tmp_path, rename=(slug, "Renamed by the curators"))).engine.dispose())


def test_another_schema_revision_app_version_or_file_makes_it_stale(db, tmp_path, monkeypatch):
    _write(db, tmp_path)
    other = tmp_path / "other.sqlite"
    shutil.copyfile(db, other)
    assert first_page.load(tmp_path, other) is None
    monkeypatch.setattr(first_page, "__version__", "99.0")
    assert first_page.load(tmp_path, db) is None
    monkeypatch.undo()
    assert first_page.load(tmp_path, db) is not None
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    assert first_page.load(tmp_path, db) is None


def test_a_lock_a_journal_or_a_damaged_cache_means_the_ordinary_start(db, tmp_path):
    _write(db, tmp_path)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA locking_mode = EXCLUSIVE")
    con.execute("BEGIN EXCLUSIVE")
    try:
        assert first_page.load(tmp_path, db) is None
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert first_page.load(tmp_path, db) is not None
    journal = db.with_name(db.name + ".pending.jsonl")
    journal.write_text('{"op": "star"}\n')
    assert first_page.load(tmp_path, db) is None
    journal.unlink()
    path = first_page.cache_path(tmp_path)
    path.write_text(path.read_text()[:200])
    assert first_page.load(tmp_path, db) is None
    path.unlink()
    assert first_page.load(tmp_path, db) is None


def test_the_database_file_is_the_one_the_store_opens(monkeypatch, tmp_path):
    monkeypatch.delenv("UKJP_DB", raising=False)
    assert first_page.database_file(None) == default_db_path()
    assert first_page.database_file(str(tmp_path / "x.sqlite")) == tmp_path / "x.sqlite"
    monkeypatch.setenv("UKJP_DB", "postgresql://team@server/ukjp")
    assert first_page.database_file(None) is None


def test_the_health_check_started_early_is_taken_once_and_only_for_an_unchanged_file(db, monkeypatch):
    """The cached start checks the file in a thread while Qt loads; opening it takes that result
    unless something wrote to the file meanwhile."""
    from ukjp_desktop.store import health
    calls = []
    real = health.check_file
    monkeypatch.setattr(health, "check_file", lambda p, *a: calls.append(p) or real(p, *a))
    health.check_early(db)
    assert health.check_file_once(db).ok and len(calls) == 1
    assert health.check_file_once(db).ok and len(calls) == 2      # used once
    health.check_early(db)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE meta SET value = 'other' WHERE key = 'data_version'")
    assert health.check_file_once(db).ok and len(calls) == 4      # written meanwhile: checked again
    health.check_early(db)
    open_library(db).engine.dispose()                             # the store's open takes it
    assert len(calls) == 5
