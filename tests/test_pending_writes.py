"""The pending-writes journal: an annotation edit survives a lock and a crash (issue 13, #1)."""
from __future__ import annotations

import sqlite3

import pytest

from ukjp_desktop.store.database import BusyDatabaseError, make_engine
from ukjp_desktop.store.pending_writes import PendingJournal, apply_edit, journal_path
from ukjp_desktop.store.userdb import open_library

SLUG = "uk-japan-semiconductors-partnership"


def test_edits_are_on_disk_before_they_are_stored_and_gone_after(db_copy):
    path = journal_path(db_copy)
    j = PendingJournal(path)
    k1 = j.add("note", SLUG, "typed during a lock")
    k2 = j.add("star", SLUG, True)
    # a second process (the next start after a crash) sees both
    assert [e for _k, e in PendingJournal(path).entries()] == [
        {"op": "note", "slug": SLUG, "value": "typed during a lock"},
        {"op": "star", "slug": SLUG, "value": True}]
    assert j.pending_note(SLUG) == "typed during a lock"
    j.done(k1)
    assert [e["op"] for _k, e in PendingJournal(path).entries()] == ["star"]
    j.done(k2)
    assert not path.exists() and len(j) == 0


def test_a_line_cut_short_by_a_crash_is_ignored(db_copy):
    path = journal_path(db_copy)
    j = PendingJournal(path)
    j.add("tag", SLUG, "watch")
    with path.open("a", encoding="utf-8") as fh:
        fh.write('{"op": "note", "slug": "x", "val')          # killed mid-append
    assert [e["value"] for _k, e in PendingJournal(path).entries()] == ["watch"]


def test_an_edit_made_under_a_lock_is_stored_once_the_lock_goes(db_copy, dataset):
    lib = open_library(db_copy, dataset=dataset)
    lib.engine.dispose()
    engine = make_engine(db_copy)
    j = PendingJournal(journal_path(db_copy))
    key = j.add("note", SLUG, "typed while another program wrote")
    holder = sqlite3.connect(db_copy, isolation_level=None, timeout=1)
    holder.execute("BEGIN EXCLUSIVE")
    [(k, edit)] = j.entries()
    with pytest.raises(BusyDatabaseError):
        apply_edit(engine, edit)
    assert len(PendingJournal(journal_path(db_copy))) == 1     # still kept on disk
    holder.execute("ROLLBACK")
    holder.close()
    apply_edit(engine, edit)
    j.done(key)
    lib = open_library(db_copy, dataset=dataset)
    assert lib.catalog.detail(SLUG).annotation.note == "typed while another program wrote"
    lib.engine.dispose()
    engine.dispose()
    assert not journal_path(db_copy).exists()


def test_unknown_edits_are_refused(tmp_path):
    j = PendingJournal(tmp_path / "j.jsonl")
    with pytest.raises(ValueError):
        j.add("drop", SLUG, None)
    assert not (tmp_path / "j.jsonl").exists()
