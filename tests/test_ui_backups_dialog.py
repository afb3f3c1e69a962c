"""File → Backups…: the window lists the database's backups, makes one now, and restores one by
closing, putting the copy back and reopening; the file it replaces is kept, and nothing is
replaced while another program has the database open."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from ukjp_desktop.store import annotations as ann
from ukjp_desktop.store.backups import list_backups, make_backup
from ukjp_desktop.ui.backups_dialog import BackupsDialog, restore_in_new_window

from tests.ui_window import open_window

SLUG = "uk-japan-semiconductors-partnership"


def _window_with_a_note_after_a_backup(qtbot, library, tmp_path, note: str):
    """A manual backup, then a window on the database and a note written after the backup."""
    path = Path(library.db.path)
    make_backup(path, "manual")
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    ann.set_note(library.engine, SLUG, note)
    [backup] = list_backups(path)
    return path, w, backup


def _restore(qtbot, w, backup):
    """Start a restore and wait for the window it opens."""
    restore = restore_in_new_window(w, backup)
    with qtbot.waitSignal(restore.finished, timeout=30000) as got:
        pass
    return got.args[0]


def _menu_texts(w) -> list[str]:
    return [a.text() for a in w.menus["file"].actions()]


def test_back_up_now_lists_the_new_copy(qtbot, library, tmp_path):
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    assert "&Backups…" in _menu_texts(w)
    d = BackupsDialog(w)
    qtbot.addWidget(d)
    assert d.list.count() == 0 and "No backups yet" in d.status.text()
    assert d.backup_button.isEnabled() and not d.restore_button.isEnabled()
    d.back_up_now()
    assert not d.backup_button.isEnabled()                 # one copy at a time
    qtbot.waitUntil(lambda: d.copying is None, timeout=30000)
    assert d.list.count() == 1 and "made by you" in d.list.item(0).text()
    assert d.status.text().startswith("Backed up as ") and d.restore_button.isEnabled()
    w.close()


def test_restore_reopens_on_the_copy_and_keeps_the_replaced_file(qtbot, library, tmp_path):
    path, w, backup = _window_with_a_note_after_a_backup(qtbot, library, tmp_path, "written after the backup")
    other = _restore(qtbot, w, backup)
    qtbot.addWidget(other)
    assert other is not w and not w.isVisible() and other.isVisible()
    assert other.library.catalog.detail(SLUG).annotation.note in ("", None)
    assert other.last_message.startswith("Restored the backup of ")
    [aside] = path.parent.glob(path.name + ".replaced-*")
    con = sqlite3.connect(aside)
    assert con.execute("SELECT count(*) FROM annotations WHERE note = 'written after the backup'").fetchone() == (1,)
    con.close()
    other.close()
    other.library.engine.dispose()


def test_nothing_is_replaced_while_another_program_has_the_file_open(qtbot, library, tmp_path):
    path, w, backup = _window_with_a_note_after_a_backup(qtbot, library, tmp_path, "still here")
    elsewhere = sqlite3.connect(path)                      # another program with the file open
    elsewhere.execute("SELECT count(*) FROM sqlite_master").fetchall()
    try:
        other = _restore(qtbot, w, backup)
        qtbot.addWidget(other)
    finally:
        elsewhere.close()
    assert "open in another program" in other.last_message and "not restored" in other.last_message
    assert other.library.catalog.detail(SLUG).annotation.note == "still here"
    assert not list(path.parent.glob(path.name + ".replaced-*"))
    other.close()
    other.library.engine.dispose()


def test_restoring_the_oldest_kept_backup_after_an_edit_restores_it(qtbot, library, tmp_path):
    """The window's closing copy (something changed) pruned the oldest automatic backup, the one
    being restored: the current file was set aside, the copy failed, and the window reopened
    on an empty database saying "nothing was replaced"."""
    from datetime import datetime, timedelta, timezone

    from ukjp_desktop.store.backups import KEEP
    path = Path(library.db.path)
    t0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    for h in range(KEEP):
        make_backup(path, "auto", now=t0 + timedelta(hours=h))
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    ann.set_note(library.engine, SLUG, "written after the backups")
    oldest = list_backups(path)[-1]
    other = _restore(qtbot, w, oldest)
    qtbot.addWidget(other)
    assert other.last_message.startswith("Restored the backup of "), other.last_message
    assert other.library.catalog.count() == 45
    assert other.library.catalog.detail(SLUG).annotation.note in ("", None)
    other.close()
    other.library.engine.dispose()


def test_a_backup_made_elsewhere_appears_and_the_choice_stays(qtbot, library, tmp_path):
    """A scheduled backup (or `db backup` in a terminal) landing while the dialog is open was not
    listed until the dialog was closed and opened again."""
    from datetime import datetime, timezone

    path = Path(library.db.path)
    make_backup(path, "manual", now=datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc))
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    d = BackupsDialog(w)
    qtbot.addWidget(d)
    d.list.setCurrentRow(0)
    chosen = d.chosen().path
    make_backup(path, "auto")                          # what the window's schedule does meanwhile
    qtbot.waitUntil(lambda: d.list.count() == 2, timeout=5000)
    assert "automatic" in d.list.item(0).text()
    assert d.chosen() is not None and d.chosen().path == chosen and d.restore_button.isEnabled()
    chosen.unlink()                                    # pruned by the next scheduled copy
    qtbot.waitUntil(lambda: d.list.count() == 1, timeout=5000)
    assert d.chosen() is None and not d.restore_button.isEnabled()
    assert "gone" in d.status.text()
    w.close()


def test_the_first_backup_replaces_the_no_backups_line(qtbot, library, tmp_path):
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    d = BackupsDialog(w)
    qtbot.addWidget(d)
    assert "No backups yet" in d.status.text()
    make_backup(Path(library.db.path), "auto")
    qtbot.waitUntil(lambda: d.list.count() == 1, timeout=5000)
    assert d.status.text() == ""
    w.close()


def test_a_restore_says_what_it_is_doing_while_the_copy_runs(qtbot, library, tmp_path, monkeypatch):
    """At 100,000 initiatives the closing copy and the restore's copy took ~6 s on the UI thread:
    the window vanished and nothing was painted until the new one came. The copy now runs on a
    thread; a busy dialog names the step; the restore ends as before."""
    import threading

    from ukjp_desktop.store import recovery
    copying, release = threading.Event(), threading.Event()
    real = recovery.restore_backup

    def slow(path, backup):                  # a copy that lasts until the test lets it end
        copying.set()
        release.wait(5)
        return real(path, backup)
    monkeypatch.setattr(recovery, "restore_backup", slow)
    path, w, backup = _window_with_a_note_after_a_backup(qtbot, library, tmp_path, "written after the backup")
    restore = restore_in_new_window(w, backup)          # returns while the copy is still running
    qtbot.waitUntil(copying.is_set, timeout=5000)      # the UI thread runs meanwhile
    assert not release.is_set() and not restore.done
    qtbot.waitUntil(lambda: "Copying the backup of " in restore.progress.labelText(), timeout=5000)
    assert restore.progress.isVisible() and not w.isVisible()
    assert restore.progress.windowModality() == Qt.ApplicationModal
    with qtbot.waitSignal(restore.finished, timeout=30000) as got:
        release.set()
    other = got.args[0]
    qtbot.addWidget(other)
    assert other.last_message.startswith("Restored the backup of ")
    assert other.library.catalog.detail(SLUG).annotation.note in ("", None)
    assert len(list(path.parent.glob(path.name + ".replaced-*"))) == 1
    other.close()
    other.library.engine.dispose()


def test_a_closed_dialog_stops_looking_at_the_folder(qtbot, library, tmp_path, monkeypatch):
    """The dialog stays a child of the window after File → Backups… returns: its 1.5 s look at
    the folder went on for the window's life, one more each time the dialog was opened."""
    from ukjp_desktop.ui import backups_dialog
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    d = BackupsDialog(w)
    qtbot.addWidget(d)
    d.show()
    d.reject()
    looked = []
    monkeypatch.setattr(backups_dialog, "backups_of", lambda p: looked.append(p) or [])
    qtbot.wait(int(backups_dialog.WATCH_MS * 2.5))
    assert not d._watch.isActive() and looked == []
    monkeypatch.undo()
    make_backup(Path(library.db.path), "auto")         # landed while the dialog was closed
    d.show()                                           # opened again: listed at once, watched again
    assert d.list.count() == 1 and d._watch.isActive()
    d.reject()
    w.close()


def _slow_restore(monkeypatch):
    """restore_backup held until the test releases it; returns (copying, release) events."""
    import threading

    from ukjp_desktop.store import recovery
    copying, release = threading.Event(), threading.Event()
    real = recovery.restore_backup

    def slow(path, backup):
        copying.set()
        release.wait(5)
        return real(path, backup)
    monkeypatch.setattr(recovery, "restore_backup", slow)
    return copying, release


def test_the_busy_dialog_cannot_be_dismissed_while_the_restore_runs(qtbot, library, tmp_path, monkeypatch):
    """Esc or the title bar's close hid the busy dialog half-way: with the window already closed,
    nothing was on screen until the new window came."""
    from PySide6.QtTest import QTest
    copying, release = _slow_restore(monkeypatch)
    path, w, backup = _window_with_a_note_after_a_backup(qtbot, library, tmp_path, "written after the backup")
    restore = restore_in_new_window(w, backup)
    qtbot.waitUntil(copying.is_set, timeout=5000)
    QTest.keyClick(restore.progress, Qt.Key_Escape)
    assert restore.progress.isVisible()
    restore.progress.close()
    assert restore.progress.isVisible()
    progress = restore.progress
    with qtbot.waitSignal(restore.finished, timeout=30000) as got:
        release.set()
    other = got.args[0]
    qtbot.addWidget(other)
    assert not progress.isVisible()                     # gone once the restore has ended
    assert other.last_message.startswith("Restored the backup of ")
    other.close()
    other.library.engine.dispose()


def test_a_failure_between_the_steps_reopens_on_the_unchanged_file(qtbot, library, tmp_path, monkeypatch):
    """The window's connections are released on the UI thread between the two copies: an error
    there left the busy dialog up for good, no window and no way out but killing the program."""
    path, w, backup = _window_with_a_note_after_a_backup(qtbot, library, tmp_path, "still here")
    engine = w.library.engine

    def broken():
        raise RuntimeError("pool in a bad state")
    monkeypatch.setattr(engine, "dispose", broken)
    restore = restore_in_new_window(w, backup)
    progress = restore.progress
    with qtbot.waitSignal(restore.finished, timeout=30000) as got:
        pass
    other = got.args[0]
    qtbot.addWidget(other)
    monkeypatch.undo()
    engine.dispose()
    assert not progress.isVisible()
    assert other.last_message == "The backup could not be restored (RuntimeError); nothing was replaced."
    assert other.library.catalog.detail(SLUG).annotation.note == "still here"
    assert not list(path.parent.glob(path.name + ".replaced-*"))
    other.close()
    other.library.engine.dispose()


def test_an_error_closing_the_window_does_not_leave_the_busy_dialog_up(qtbot, library, tmp_path, monkeypatch):
    """An error while the window closes (its settings file unwritable) reached the error hook
    with the busy dialog left up for good and the program no longer quitting with its windows."""
    import pytest
    from PySide6.QtWidgets import QApplication, QProgressDialog
    path, w, backup = _window_with_a_note_after_a_backup(qtbot, library, tmp_path, "still here")
    app = QApplication.instance()
    quits = app.quitOnLastWindowClosed()

    def unwritable():
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(w, "save_settings", unwritable)
    with pytest.raises(Exception, match="Permission denied"):
        restore_in_new_window(w, backup)
    assert app.quitOnLastWindowClosed() == quits
    assert not [x for x in app.topLevelWidgets() if isinstance(x, QProgressDialog) and x.isVisible()]
    assert not list(path.parent.glob(path.name + ".replaced-*"))
    monkeypatch.undo()
    w.close()
    if w.backups is not None and w.backups.thread is not None:
        w.backups.thread.join()
    w.library.engine.dispose()


def test_an_unchanged_folder_is_not_listed_again(qtbot, library, tmp_path, monkeypatch):
    """Every 1.5 s the dialog listed the backups' folder on the UI thread (~130 ms with 100,000
    files there): now one stat of the folder tells that nothing landed, and a backup that lands
    is still listed."""
    import os
    import time

    from ukjp_desktop.ui import backups_dialog
    path = Path(library.db.path)
    make_backup(path, "manual")
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    d = BackupsDialog(w)
    qtbot.addWidget(d)
    past = time.time() - 60                             # last changed a minute ago
    os.utime(path.parent, (past, past))
    d.refresh_if_changed()                              # the first look notes the folder's time
    real, looked = backups_dialog.backups_of, []
    monkeypatch.setattr(backups_dialog, "backups_of", lambda p: looked.append(p) or real(p))
    for _ in range(5):
        d.refresh_if_changed()
    assert looked == [] and d.list.count() == 1
    make_backup(path, "auto")                           # lands: the folder's time moves
    d.refresh_if_changed()
    assert looked and d.list.count() == 2
    w.close()


def test_a_second_backup_in_the_same_second_on_a_coarse_file_system_is_listed(qtbot, library, tmp_path, monkeypatch):
    """A file system that keeps a folder's time to the second (ext3, HFS+, many shares) gives two
    backups landing in the same second one folder time. The folder listed 0.9 s into that second
    showed the first; the second landed 0.05 s later, and the next look (1.5 s on) found the
    time unchanged and more than 2 s old: it was never listed. Whether a listing can have missed
    a same-time change depends on when that listing was made, not on when the folder is looked at."""
    import os
    from datetime import datetime, timedelta, timezone
    from types import SimpleNamespace

    from ukjp_desktop.ui import backups_dialog
    path = Path(library.db.path)
    w = open_window(qtbot, library, tmp_path / "settings.ini")
    second = float(int(os.stat(path.parent).st_mtime) + 100)    # the second both backups land in
    clock = SimpleNamespace(now=second)
    monkeypatch.setattr(backups_dialog, "time", SimpleNamespace(time=lambda: clock.now))

    def lands(kind: str, at: float) -> None:
        clock.now = at
        make_backup(path, kind, now=datetime.now(timezone.utc) + timedelta(seconds=at - second))
        os.utime(path.parent, (second, second))                 # the folder's time, to the second

    lands("manual", second + 0.1)
    d = BackupsDialog(w)
    qtbot.addWidget(d)
    d._watch.stop()
    clock.now = second + 0.9
    d.refresh_if_changed()
    assert d.list.count() == 1
    lands("auto", second + 0.95)
    for look in (2.4, 3.9, 5.4):
        clock.now = second + look
        d.refresh_if_changed()
    assert d.list.count() == 2
    w.close()
