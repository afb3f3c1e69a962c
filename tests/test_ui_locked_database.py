"""The window keeps a note typed while another program holds the database's write lock, says
so calmly, and stores it when the lock goes (issue 13, #1). A crash in between loses nothing:
the next start stores what was journaled."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSettings

from ukjp_desktop.store.pending_writes import journal_path
from ukjp_desktop.store.userdb import open_library
from ukjp_desktop.ui.main_window import MainWindow

from test_ui_window import make_window, show_initiative  # noqa: E402

FIRST, OTHER = "uk-japan-semiconductors-partnership", "uk-japan-quantum-joint-projects"


def test_note_typed_during_a_foreign_lock_is_kept_and_stored_when_it_goes(qtbot, library, db_copy, tmp_path):
    w = make_window(qtbot, library, tmp_path / "settings.ini")
    show_initiative(qtbot, w, FIRST)
    holder = sqlite3.connect(db_copy, isolation_level=None, timeout=1)
    holder.execute("BEGIN EXCLUSIVE")                     # another program writes for a while
    w.annotations.note.setPlainText("Typed while the database was busy")
    w.annotations.flush()
    qtbot.waitUntil(lambda: w.annotations.status.text() == "Not saved yet", timeout=15000)
    assert "busy" in w.annotations.status.toolTip()
    assert journal_path(db_copy).exists()                  # on disk while it waits
    show_initiative(qtbot, w, OTHER)                       # look elsewhere and come back:
    show_initiative(qtbot, w, FIRST)                       # the typed note is still what shows
    assert w.annotations.note.toPlainText() == "Typed while the database was busy"
    assert w.annotator.stack.count() == 0                  # not undoable: not stored yet
    holder.execute("ROLLBACK")
    holder.close()
    qtbot.waitUntil(lambda: w.annotations.status.text().startswith("Saved"), timeout=20000)
    assert w.annotator.stack.count() == 1 and not journal_path(db_copy).exists()
    assert library.catalog.detail(FIRST).annotation.note == "Typed while the database was busy"
    assert w.last_message == ""                            # no error dialog on the way
    w.close()


def test_a_note_journaled_when_the_window_closed_is_stored_at_the_next_start(qtbot, library, db_copy,
                                                                              dataset, tmp_path):
    w = make_window(qtbot, library, tmp_path / "settings.ini")
    show_initiative(qtbot, w, FIRST)
    holder = sqlite3.connect(db_copy, isolation_level=None, timeout=1)
    holder.execute("BEGIN EXCLUSIVE")
    w.annotations.note.setPlainText("Still locked when I quit")
    w.close()                                             # the lock outlives the window
    # The process lives on here (a real quit ends it): wait until the closed window's writer
    # has given up, or it could store the note itself once the lock goes, racing the replay.
    assert w.annotator.writer.shutdown(timeout=30) is False
    assert journal_path(db_copy).exists()
    holder.execute("ROLLBACK")
    holder.close()
    lib2 = open_library(db_copy, dataset=dataset)
    w2 = MainWindow(lib2, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    qtbot.addWidget(w2)
    said: list[str] = []
    w2.statusBar().messageChanged.connect(said.append)
    qtbot.waitUntil(lambda: any("kept from your last session" in m for m in said), timeout=20000)
    assert lib2.catalog.detail(FIRST).annotation.note == "Still locked when I quit"
    assert not journal_path(db_copy).exists()
    w2.close()
    lib2.engine.dispose()


def test_the_window_backs_up_what_changed_when_it_closes(qtbot, library, db_copy, tmp_path):
    from ukjp_desktop.store.backups import list_backups
    w = make_window(qtbot, library, tmp_path / "settings.ini")
    show_initiative(qtbot, w, FIRST)
    w.annotations.note.setPlainText("worth a backup")
    # Stored before the close: the close waits only 1 s for the writer before it starts the
    # backup, and on a loaded machine the note could land after the copy (or no change be seen).
    w.annotations.flush()
    qtbot.waitUntil(lambda: library.catalog.detail(FIRST).annotation.note == "worth a backup", timeout=20000)
    w.close()
    w.backups.thread.join(60)                  # the copy runs after the window has gone
    assert not w.backups.thread.is_alive()
    [b] = list_backups(db_copy)
    assert b.kind == "auto" and b.notes == 1
