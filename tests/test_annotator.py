"""Annotation edits run as undo commands inside Qt; a database that refuses the write must be
reported in one line through ``Annotator.failed``, not escape into the event loop."""
from __future__ import annotations

import sqlite3

from sqlalchemy import event

from ukjp_desktop.ui.detail.annotator import Annotator


def _read_only(engine) -> None:
    """Every new connection refuses writes the way a read-only or locked file does."""
    @event.listens_for(engine, "connect")
    def _query_only(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA query_only = ON")
    engine.dispose()  # drop the pooled connections made before the listener


def test_a_refused_write_in_an_undo_command_is_a_message(qtbot, library):
    slug = library.catalog.slugs()[0]
    annotator = Annotator(library.engine)
    failed, changed = [], []
    annotator.failed.connect(failed.append)
    annotator.changed.connect(changed.append)
    _read_only(library.engine)

    # qtbot fails the test if an exception escapes from the command's redo() into Qt
    annotator.set_note(slug, "", "a note that cannot be saved")
    annotator.set_star(slug, True)

    assert len(failed) == 2 and not changed
    for text in failed:
        assert "\n" not in text and "Traceback" not in text and "UPDATE" not in text.upper()
        assert text.startswith("The database did not accept the change (") and "readonly" in text
    a = library.catalog.detail(slug).annotation
    assert not a.note and not a.starred


def test_an_undo_that_the_database_refuses_is_a_message(qtbot, library):
    slug = library.catalog.slugs()[0]
    annotator = Annotator(library.engine)
    failed = []
    annotator.failed.connect(failed.append)
    annotator.set_note(slug, "", "kept")
    assert not failed
    _read_only(library.engine)
    annotator.stack.undo()
    assert len(failed) == 1 and "readonly" in failed[0]
    assert library.catalog.detail(slug).annotation.note == "kept"


def test_a_star_under_a_foreign_lock_waits_then_lands_and_only_then_is_undoable(qtbot, library, db_copy):
    """Was: the UI thread blocked 5 s, then "database is locked" and the edit was lost while
    the undo stack held it. Now the edit waits on the writer thread and lands when the lock
    goes; the undo stack holds it only from then on."""
    slug = library.catalog.slugs()[0]
    annotator = Annotator(library.engine)
    failed, waiting = [], []
    annotator.failed.connect(failed.append)
    annotator.waiting.connect(waiting.append)
    other = sqlite3.connect(db_copy, isolation_level=None, timeout=1)
    other.execute("BEGIN IMMEDIATE")    # another program holds the write lock
    annotator.set_star(slug, True)     # tried for 50 ms on this thread, then handed over
    assert not annotator.is_idle()     # (not waited out here: the UI thread goes on)
    annotator.set_note(slug, "", "typed while locked")
    qtbot.waitUntil(lambda: bool(waiting), timeout=15000)
    assert "busy" in waiting[0] and annotator.stack.count() == 0 and not annotator.is_idle()
    assert annotator.pending_note(slug) == "typed while locked"
    with qtbot.waitSignal(annotator.settled, timeout=20000):
        other.execute("ROLLBACK")
        other.close()
    assert failed == [] and annotator.stack.count() == 2
    a = library.catalog.detail(slug).annotation
    assert a.starred and a.note == "typed while locked"
    annotator.stack.undo()              # undo works on what was stored
    assert library.catalog.detail(slug).annotation.note == ""
    annotator.shutdown()
