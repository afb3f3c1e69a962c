"""The annotation writer: typing never waits for the database, and a note typed while
another program holds the write lock is stored when the lock goes (issue 13, #1)."""
from __future__ import annotations

import sqlite3
import threading
import time

from ukjp_desktop.store.database import BUSY_MS, make_engine
from ukjp_desktop.store.pending_writes import PendingJournal, journal_path
from ukjp_desktop.store.userdb import open_library
from ukjp_desktop.ui.detail.annotation_writer import WAITING_TEXT, AnnotationWriter

SLUG = "uk-japan-semiconductors-partnership"


def note_in_db(db, dataset) -> str:
    lib = open_library(db, dataset=dataset)
    try:
        return lib.catalog.detail(SLUG).annotation.note
    finally:
        lib.engine.dispose()


def test_note_typed_under_a_foreign_lock_waits_then_lands(qtbot, db_copy, dataset):
    open_library(db_copy, dataset=dataset).engine.dispose()
    engine = make_engine(db_copy)
    writer = AnnotationWriter(engine, PendingJournal(journal_path(db_copy)))
    writer.start()
    holder = sqlite3.connect(db_copy, isolation_level=None, timeout=1)
    holder.execute("BEGIN EXCLUSIVE")
    messages, stored = [], []
    writer.waiting.connect(messages.append)
    writer.stored.connect(lambda k, _edit: stored.append(k))
    t = time.perf_counter()
    key = writer.submit("note", SLUG, "typed during the lock")
    # The UI thread did not wait out the 5 s busy timeout (half of it: the journal's fsync can
    # take a while on a loaded machine's disk, and still cannot reach it).
    assert time.perf_counter() - t < BUSY_MS / 1000 / 2
    qtbot.waitUntil(lambda: messages == [WAITING_TEXT], timeout=15000)
    assert not writer.is_idle() and writer.pending_note(SLUG) == "typed during the lock"
    assert len(PendingJournal(journal_path(db_copy))) == 1     # on disk while it waits
    with qtbot.waitSignal(writer.settled, timeout=20000):
        holder.execute("ROLLBACK")
        holder.close()
    assert stored == [key]
    assert writer.is_idle() and writer.pending_note(SLUG) is None
    assert note_in_db(db_copy, dataset) == "typed during the lock"
    assert not journal_path(db_copy).exists()
    writer.shutdown()
    engine.dispose()


def test_edits_left_by_a_crash_are_stored_at_the_next_start(qtbot, db_copy, dataset):
    open_library(db_copy, dataset=dataset).engine.dispose()
    PendingJournal(journal_path(db_copy)).add("note", SLUG, "kept across a crash")
    engine = make_engine(db_copy)
    writer = AnnotationWriter(engine, PendingJournal(journal_path(db_copy)))
    writer.start()
    assert writer.replayed == 1
    qtbot.waitUntil(writer.is_idle, timeout=15000)
    assert note_in_db(db_copy, dataset) == "kept across a crash"
    writer.shutdown()
    engine.dispose()


def test_edits_are_stored_in_the_order_they_were_made(qtbot, db_copy, dataset):
    open_library(db_copy, dataset=dataset).engine.dispose()
    engine = make_engine(db_copy)
    writer = AnnotationWriter(engine, PendingJournal(journal_path(db_copy)))
    writer.start()
    for i in range(20):
        writer.submit("note", SLUG, f"draft {i}")
    qtbot.waitUntil(writer.is_idle, timeout=15000)
    assert note_in_db(db_copy, dataset) == "draft 19"
    writer.shutdown()
    engine.dispose()


def test_an_edit_for_a_missing_initiative_fails_with_a_message_and_is_dropped(qtbot, db_copy, dataset):
    open_library(db_copy, dataset=dataset).engine.dispose()
    engine = make_engine(db_copy)
    writer = AnnotationWriter(engine, PendingJournal(journal_path(db_copy)))
    writer.start()
    with qtbot.waitSignal(writer.failed, timeout=15000) as blocker:
        writer.submit("star", "no-such-initiative", True)
    assert "no initiative" in blocker.args[1]
    assert not journal_path(db_copy).exists()
    writer.shutdown()
    engine.dispose()


def test_a_writer_outliving_its_window_stores_the_edit_and_raises_nothing(qtbot, db_copy, dataset,
                                                                          monkeypatch):
    """On a busy machine the window may be gone before the writer finishes (shutdown waits 1 s):
    the edit still lands, and the signals nobody can receive are dropped, not raised in the
    writer thread ("Signal source has been deleted")."""
    import threading

    import shiboken6
    errors = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    open_library(db_copy, dataset=dataset).engine.dispose()
    engine = make_engine(db_copy)
    writer = AnnotationWriter(engine, PendingJournal(journal_path(db_copy)))
    thread = writer._thread
    writer.submit("note", SLUG, "typed just before closing")
    shiboken6.delete(writer)                     # the window and its writer object are gone
    thread.start()
    qtbot.waitUntil(lambda: note_in_db(db_copy, dataset) == "typed just before closing", timeout=15000)
    writer.shutdown(timeout=10)                  # plain Python: joins the writer thread
    assert errors == []
    engine.dispose()


def test_a_conflict_not_settled_when_the_app_dies_comes_back_at_the_next_start(qtbot, db_copy, dataset):
    """Someone saved the note after it was read; the member's text must survive a crash before
    they choose: it stays journaled, meets the newer note again at the next start, and goes only
    once the member settles it."""
    from ukjp_desktop.store import annotations as ann
    open_library(db_copy, dataset=dataset).engine.dispose()
    engine = make_engine(db_copy)
    ann.set_note(engine, SLUG, "theirs, saved meanwhile")
    mine = {"text": "mine, typed over the old note", "expected": "the old note"}
    writer = AnnotationWriter(engine, PendingJournal(journal_path(db_copy)))
    writer.start()
    seen = []
    writer.conflict.connect(lambda _k, edit, exc: seen.append((edit["value"]["text"], exc.theirs)))
    writer.submit("note", SLUG, mine)
    qtbot.waitUntil(lambda: seen == [(mine["text"], "theirs, saved meanwhile")], timeout=15000)
    assert writer.is_idle()
    writer.shutdown()                                    # the app dies before the member chose
    assert note_in_db(db_copy, dataset) == "theirs, saved meanwhile"
    journal = PendingJournal(journal_path(db_copy))
    assert [e["value"] for _k, e in journal.entries()] == [mine]
    again = AnnotationWriter(engine, journal)            # the next start
    seen.clear()
    again.conflict.connect(lambda _k, edit, exc: seen.append((edit["value"]["text"], exc.theirs)))
    again.start()
    qtbot.waitUntil(lambda: seen == [(mine["text"], "theirs, saved meanwhile")], timeout=15000)
    journal.release(SLUG)                                # the member chose
    assert not journal_path(db_copy).exists()
    again.shutdown()
    engine.dispose()


def test_shutdown_stores_an_edit_queued_while_the_writer_finishes_the_one_before(qtbot, db_copy, dataset):
    """Closing the window flushes the note, then shuts the writer down. On a loaded machine the
    writer may still be finishing the previous edit (its journal entry removed, fsynced) when
    the stop comes: the edit queued before the stop must still be stored within shutdown's
    wait, not left for the next start (a team's colleagues would not see it until then)."""
    open_library(db_copy, dataset=dataset).engine.dispose()
    engine = make_engine(db_copy)
    journal = PendingJournal(journal_path(db_copy))
    writer = AnnotationWriter(engine, journal)
    finishing, go_on = threading.Event(), threading.Event()
    done = journal.done

    def slow_done(key):                        # the first edit's last step, held until the stop
        done(key)
        if not finishing.is_set():
            finishing.set()
            go_on.wait(10)
    journal.done = slow_done
    writer.start()
    writer.submit("note", SLUG, "autosaved draft")
    assert finishing.wait(15)
    writer.submit("note", SLUG, "typed just before closing")   # the close's flush
    threading.Timer(0.2, go_on.set).start()    # the writer goes on only once the stop is set
    assert writer.shutdown(timeout=15) is True
    assert note_in_db(db_copy, dataset) == "typed just before closing"
    assert not journal_path(db_copy).exists()
    engine.dispose()
