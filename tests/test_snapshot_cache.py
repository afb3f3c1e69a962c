"""The facet snapshot cached beside the database file (store/snapshot_cache.py): a relaunch
reads it instead of building it, it answers exactly as a snapshot built from SQL, and every
writer of the dataset (a document import and its undo, a table import and its undo, from this
process or the command line, a dataset upgrade, a restored backup) makes it stale, as do a
change of schema revision and a damaged file. An annotation does not: the snapshot never holds
annotations."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import text

from table_fixtures import gtr_csv
from test_upgrade import _bump
from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store import annotations, data_version, facet_snapshot, snapshot_cache
from ukjp_desktop.store.catalog import Catalog
from ukjp_desktop.store.userdb import open_library

FILTERS = (Filter(), Filter(sectors={"quantum"}), Filter(year_from=2015), Filter(sides={"Japan"}),
           Filter(text="quantum"), Filter(starred=True))


@pytest.fixture
def db(built_db, tmp_path, engine_kind) -> Path:
    if engine_kind != "sqlite":
        pytest.fail("the snapshot cache is for SQLite files")
    target = tmp_path / "user.sqlite"
    shutil.copyfile(built_db, target)
    return target


@pytest.fixture
def builds(monkeypatch) -> list[int]:
    """Counts the snapshots built from SQL (a load from the cache builds none)."""
    seen: list[int] = []
    real = facet_snapshot.build_snapshot

    def counting(engine):
        seen.append(1)
        return real(engine)
    monkeypatch.setattr(facet_snapshot, "build_snapshot", counting)
    return seen


def _load(path: Path):
    """Open the database as a relaunch would and load the snapshot; (library, snapshot)."""
    lib = open_library(path)
    return lib, lib.catalog.load_snapshot()


def _answers_as_sql(lib) -> None:
    sql = Catalog(lib.engine)          # no snapshot: SQL answers
    for f in FILTERS:
        assert lib.catalog.facets(f) == sql.facets(f), f
        assert lib.catalog.funding_totals(f) == sql.funding_totals(f), f
        assert lib.catalog.funding_by("sector", f) == sql.funding_by("sector", f), f
        assert lib.catalog.sources_count(f) == sql.sources_count(f), f


def test_a_relaunch_reads_the_cache_and_it_answers_as_sql(db, builds):
    lib, built = _load(db)
    assert len(builds) == 1 and snapshot_cache.cache_path(lib.engine).is_file()
    lib.engine.dispose()
    lib, cached = _load(db)
    assert len(builds) == 1, "the second launch must read the cached copy"
    for name, value in vars(built).items():
        if isinstance(value, np.ndarray):
            assert np.array_equal(value, getattr(cached, name)), name
    assert cached.pairs.keys() == built.pairs.keys()
    for facet, p in built.pairs.items():
        q = cached.pairs[facet]
        assert (p.values, p.labels) == (q.values, q.labels)
        assert np.array_equal(p.ini, q.ini) and np.array_equal(p.code, q.code)
    assert lib.catalog.snapshot is cached
    _answers_as_sql(lib)
    lib.engine.dispose()


def _import_document(lib, tmp_path):
    from test_chart_view import _import_robotics_call
    return _import_robotics_call(lib, tmp_path)


def _rebuilt_after(db: Path, builds: list[int], write) -> None:
    """``write(lib)`` changes the data: the next launch must build, not read the cache, and
    the fresh snapshot must answer as SQL does."""
    lib, _ = _load(db)
    write(lib)
    lib.engine.dispose()
    n = len(builds)
    lib, _ = _load(db)
    assert len(builds) == n + 1, "a stale cache was used"
    _answers_as_sql(lib)
    lib.engine.dispose()
    lib, _ = _load(db)                 # and the rebuilt copy is cached again
    assert len(builds) == n + 1
    lib.engine.dispose()


def test_a_document_import_and_its_undo_invalidate_it(db, builds, tmp_path):
    receipts = []
    _rebuilt_after(db, builds, lambda lib: receipts.append(_import_document(lib, tmp_path)))
    imp, receipt = receipts[0]
    _rebuilt_after(db, builds, lambda lib: imp.undo_import(lib.engine, receipt.id))


def test_a_table_import_and_its_undo_invalidate_it(db, builds, tmp_path):
    from test_table_import import _plan
    from ukjp_desktop.store.table_import import import_table, undo_table_import
    receipts = []
    _rebuilt_after(db, builds, lambda lib: receipts.append(import_table(lib.engine, _plan(lib, gtr_csv(tmp_path)))))
    _rebuilt_after(db, builds, lambda lib: undo_table_import(lib.engine, receipts[0].id))


def test_a_table_import_from_the_command_line_invalidates_it(db, builds, tmp_path):
    def cli_import(_lib):
        out = subprocess.run([sys.executable, "-m", "ukjp_desktop", "--db", str(db), "import-table",
                              str(gtr_csv(tmp_path)), "--preset", "gtr", "--skip-problem-rows"],
                             capture_output=True, text=True, timeout=300, env={**os.environ})
        assert out.returncode == 0, out.stderr
    _rebuilt_after(db, builds, cli_import)


def test_a_dataset_upgrade_invalidates_it(db, builds, tmp_path, dataset):
    lib, _ = _load(db)
    lib.engine.dispose()
    n = len(builds)
    slug = sorted(dataset.initiatives)[1]
    lib = open_library(db, dataset_dir=_bump(tmp_path, rename=(slug, "Renamed by the curators")))
    assert lib.upgraded_from == dataset.version
    lib.catalog.load_snapshot()
    assert len(builds) == n + 1
    _answers_as_sql(lib)
    lib.engine.dispose()


def test_a_restored_backup_invalidates_it(db, builds, tmp_path):
    from ukjp_desktop.store.backups import make_backup
    from ukjp_desktop.store.recovery import restore_backup
    backup = make_backup(db, kind="manual")
    # the backup's data get a cache (built before the import), then the import's data do
    _rebuilt_after(db, builds, lambda lib: _import_document(lib, tmp_path))
    n = len(builds)
    restore_backup(db, backup)
    lib, _ = _load(db)
    assert len(builds) == n + 1, "the cache of the imported data was used for the restored file"
    _answers_as_sql(lib)
    lib.engine.dispose()


def test_an_annotation_keeps_it_and_is_answered_fresh(db, builds, dataset):
    lib, _ = _load(db)
    slug = sorted(dataset.initiatives)[0]
    annotations.set_star(lib.engine, slug, True)
    lib.engine.dispose()
    n = len(builds)
    lib, _ = _load(db)
    assert len(builds) == n                    # annotations are not part of the snapshot
    assert lib.catalog.count(Filter(starred=True)) == 1
    _answers_as_sql(lib)
    lib.engine.dispose()


def test_another_schema_revision_or_format_is_never_trusted(db, builds, monkeypatch):
    lib, _ = _load(db)
    key = snapshot_cache.current_key(lib.engine)
    assert snapshot_cache.load(lib.engine, key, 0) is not None
    other_schema = {**key, "schema": "9999"}
    assert snapshot_cache.load(lib.engine, other_schema, 0) is None
    monkeypatch.setattr(snapshot_cache, "FORMAT", snapshot_cache.FORMAT + 1)
    assert snapshot_cache.load(lib.engine, snapshot_cache.current_key(lib.engine), 0) is None
    with lib.engine.begin() as conn:         # the schema revision is part of the key read
        real = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    assert snapshot_cache.current_key(lib.engine)["schema"] == "9999"
    with lib.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": real})
    lib.engine.dispose()


def test_rows_added_by_a_writer_that_forgot_to_stamp_are_noticed(db, builds, dataset):
    lib, _ = _load(db)
    with lib.engine.begin() as conn:   # a writer outside the stamped paths: one more sector pair
        conn.execute(text(
            "INSERT INTO initiative_sectors (initiative_id, sector_id) SELECT i.id, s.id "
            "FROM initiatives i, sectors s WHERE NOT EXISTS (SELECT 1 FROM initiative_sectors x "
            "WHERE x.initiative_id = i.id AND x.sector_id = s.id) LIMIT 1"))
    lib.engine.dispose()
    n = len(builds)
    lib, _ = _load(db)
    assert len(builds) == n + 1
    _answers_as_sql(lib)
    lib.engine.dispose()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "foreign npz", "a byte flipped",
                                    "a byte added"])
def test_a_damaged_cache_is_ignored_and_written_again(db, builds, damage):
    lib, _ = _load(db)
    path = snapshot_cache.cache_path(lib.engine)
    lib.engine.dispose()
    good = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"not a cache" * 100)
    elif damage == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "a byte flipped":   # inside the arrays, past the header: the checksum sees it
        at = len(good) - 100
        path.write_bytes(good[:at] + bytes([good[at] ^ 0x40]) + good[at + 1:])
    elif damage == "a byte added":
        path.write_bytes(good + b"\0")
    else:
        with path.open("wb") as f:
            np.savez(f, header=np.frombuffer(b'{"key": null}', dtype=np.uint8), ids=np.arange(3))
    n = len(builds)
    lib, _ = _load(db)
    assert len(builds) == n + 1
    _answers_as_sql(lib)
    lib.engine.dispose()
    lib, _ = _load(db)                 # rewritten: the next launch reads it
    assert len(builds) == n + 1
    lib.engine.dispose()


def test_no_cache_for_a_database_opened_read_only_or_until_it_has_a_token(db, builds):
    from ukjp_desktop.store.database import open_read_only
    lib, _ = _load(db)
    path = snapshot_cache.cache_path(lib.engine)
    path.unlink()
    ro = open_read_only(db)
    Catalog(ro.engine).load_snapshot()
    assert not path.exists(), "a read-only open must leave no file beside the database"
    ro.engine.dispose()
    with lib.engine.begin() as conn:
        conn.execute(text("DELETE FROM meta WHERE key = :k"), {"k": data_version.KEY})
    assert snapshot_cache.current_key(lib.engine) is None
    lib.catalog.load_snapshot()
    assert not path.exists()
    lib.engine.dispose()
    lib, _ = _load(db)              # opened for writing: given a token, cached from now on
    assert snapshot_cache.current_key(lib.engine) is not None and path.exists()
    lib.engine.dispose()


def test_a_cached_only_load_reads_the_cache_and_never_builds(db, builds, monkeypatch):
    """The window asks for the cached copy before its first list: it is read when valid, and
    when there is none nothing is built (the full load after the first list builds it)."""
    from ukjp_desktop.store import catalog as catalog_module
    monkeypatch.setattr(catalog_module, "SNAPSHOT_FROM", 1)
    lib = open_library(db)
    path = snapshot_cache.cache_path(lib.engine)
    path.unlink(missing_ok=True)
    assert lib.catalog.prepare(cached_only=True) is None
    assert lib.catalog.snapshot is None and builds == [] and not path.exists()
    assert lib.catalog.prepare() is not None and len(builds) == 1 and path.is_file()
    lib.engine.dispose()
    lib = open_library(db)
    assert lib.catalog.prepare(cached_only=True) is not None
    assert lib.catalog.snapshot is not None and len(builds) == 1
    assert lib.catalog.prepare() is None, "a live snapshot is not loaded twice"
    _answers_as_sql(lib)
    lib.engine.dispose()
