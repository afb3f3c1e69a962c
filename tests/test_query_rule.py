"""The one rule for which engine answers a query (store/catalog.py): ``Catalog.prepare`` loads
the in-memory snapshot when the database holds at least ``SNAPSHOT_FROM`` initiatives; until it
is loaded, SQL answers. A failed load is logged and reaches the caller (the window's runner says
so with ``snapshotFailed``). tests/test_agreement.py and tests/test_facet_snapshot.py check that
both engines give the same answers."""
from __future__ import annotations

import logging

import pytest

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store import catalog as catalog_module
from ukjp_desktop.store import data_version, facet_snapshot, snapshot_cache
from ukjp_desktop.store.catalog import SNAPSHOT_FROM, Catalog
from ukjp_desktop.store.database import open_database


@pytest.fixture
def engine(db_copy):
    opened = open_database(db_copy)
    yield opened.engine
    opened.engine.dispose()


def test_the_docstring_states_the_rule_the_code_applies():
    doc = " ".join(Catalog.__doc__.split())
    assert f"loaded by ``prepare()`` when the database holds at least ``SNAPSHOT_FROM`` " \
           f"({SNAPSHOT_FROM:,}) initiatives" in doc
    assert "Until the snapshot is loaded" in doc and "SQL answers" in doc
    assert SNAPSHOT_FROM == 5_000   # the figure docs/architecture.md and the README quote


def test_prepare_loads_the_snapshot_from_the_threshold_on(engine, monkeypatch):
    cat = Catalog(engine)
    n = cat.count()
    monkeypatch.setattr(catalog_module, "SNAPSHOT_FROM", n + 1)   # one initiative short
    assert not cat.snapshot_wanted()
    assert cat.prepare() is None and cat.snapshot is None          # SQL answers
    monkeypatch.setattr(catalog_module, "SNAPSHOT_FROM", n)        # exactly at the threshold
    assert cat.snapshot_wanted()
    seconds = cat.prepare()
    assert seconds is not None and seconds > 0
    snap = cat.snapshot
    assert snap is not None
    assert cat.prepare() is None and cat.snapshot is snap          # live: not loaded twice
    data_version.bump(engine)                                      # a dataset applied, an import
    assert cat.prepare() is not None
    assert cat.snapshot is not None and cat.snapshot is not snap   # stale: loaded again


def test_a_failed_load_is_logged_and_raised_and_sql_answers(engine, monkeypatch, caplog):
    def broken(_engine):
        raise MemoryError("no room for the snapshot")
    monkeypatch.setattr(facet_snapshot, "build_snapshot", broken)
    monkeypatch.setattr(catalog_module, "SNAPSHOT_FROM", 1)
    cat = Catalog(engine)
    with caplog.at_level(logging.ERROR, logger="ukjp_desktop"), pytest.raises(MemoryError):
        cat.prepare()
    [record] = [r for r in caplog.records if r.name == "ukjp_desktop.store.catalog"]
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert "snapshot was not loaded" in record.getMessage()
    assert cat.snapshot is None
    assert cat.count(Filter()) == Catalog(engine).count(Filter())


def test_a_snapshot_stale_on_every_arrival_is_not_published_silently(engine, monkeypatch, caplog):
    """The data changed during each of the three loads: an error, not a snapshot that is
    dropped unseen at the first question."""
    real = facet_snapshot.build_snapshot

    def outpaced(e):
        snap = real(e)
        data_version.bump(e)      # an import landed while the snapshot was read
        return snap
    monkeypatch.setattr(facet_snapshot, "build_snapshot", outpaced)
    cat = Catalog(engine)
    with caplog.at_level(logging.ERROR, logger="ukjp_desktop"), \
            pytest.raises(facet_snapshot.StaleSnapshot):
        cat.load_snapshot()
    assert cat.snapshot is None
    assert any(r.name == "ukjp_desktop.store.catalog" for r in caplog.records)


def test_the_runner_reports_the_rule_outcome(qtbot, engine, monkeypatch):
    """The window's runner: nothing for a small database, ``snapshotReady`` once the rule
    loads one, ``snapshotFailed`` (with the reason) when the load fails."""
    from ukjp_desktop.ui.query_runner import QueryRunner
    cat = Catalog(engine)
    runner = QueryRunner(cat)
    ready, failed = [], []
    runner.snapshotReady.connect(ready.append)
    runner.snapshotFailed.connect(failed.append)

    runner.load_snapshot()                      # 45 initiatives: below the threshold
    assert runner.wait(10000)
    qtbot.wait(50)                              # queued signals from the worker land
    assert ready == [] and failed == [] and cat.snapshot is None

    monkeypatch.setattr(catalog_module, "SNAPSHOT_FROM", 1)
    with qtbot.waitSignal(runner.snapshotReady, timeout=10000):
        runner.load_snapshot()
    assert cat.snapshot is not None and failed == []

    data_version.bump(engine)

    def broken(_engine):
        raise OSError("disk I/O error")
    monkeypatch.setattr(facet_snapshot, "build_snapshot", broken)
    # and no copy cached beside the file to fall back on (store/snapshot_cache.py)
    monkeypatch.setattr(snapshot_cache, "load", lambda *_args: None)
    with qtbot.waitSignal(runner.snapshotFailed, timeout=10000) as blocker:
        runner.load_snapshot()
    assert "disk I/O error" in blocker.args[0]
    assert cat.snapshot is None
    runner.shutdown()
