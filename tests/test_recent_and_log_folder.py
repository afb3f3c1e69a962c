"""File → Open recent and Help → Open log folder."""
from __future__ import annotations

import logging
import shutil

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from ukjp_desktop.ui import log_folder
from ukjp_desktop.ui.main_window import MainWindow
from ukjp_desktop.ui.recent_databases import RECENT_MAX, recent_databases as listed, remember

from tests.ui_window import settle


def _settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "recent.ini"), QSettings.IniFormat)


def test_the_list_is_newest_first_once_each_and_at_most_eight(tmp_path):
    s = _settings(tmp_path)
    for n in range(RECENT_MAX + 3):
        remember(s, tmp_path / f"db{n}.sqlite")
    remember(s, tmp_path / "db5.sqlite")          # opened again: back to the top, not twice
    got = listed(s)
    assert len(got) == RECENT_MAX
    assert got[0] == str(tmp_path / "db5.sqlite") and got.count(got[0]) == 1
    assert got[1] == str(tmp_path / f"db{RECENT_MAX + 2}.sqlite")
    assert str(tmp_path / "db0.sqlite") not in got


def test_a_team_address_is_kept_without_its_password(tmp_path):
    s = _settings(tmp_path)
    remember(s, "postgresql+psycopg://alice:s3cret@db.example:5432/ukjp")
    remember(s, "postgresql+psycopg://bob@db.example:5432/ukjp")
    assert listed(s) == ["postgresql+psycopg://bob@db.example:5432/ukjp",
                         "postgresql+psycopg://alice@db.example:5432/ukjp"]
    s.sync()
    assert "s3cret" not in (tmp_path / "recent.ini").read_text()


def _recent_actions(w) -> list[QAction]:
    w.recent.fill()
    return [a for a in w.recent.menu.actions() if a.data()]


def test_open_recent_lists_the_open_database_marked_and_opens_another(qtbot, window, tmp_path, built_db):
    first = str(window.library.db.path)
    (entry,) = _recent_actions(window)
    assert entry.data() == first and entry.isChecked() and not entry.isEnabled()
    assert "(open)" in entry.text()
    clear = window.findChild(QAction, "clear-recent")
    assert not clear.isEnabled()                       # nothing to clear but the open one

    second = tmp_path / "second.sqlite"
    shutil.copy(built_db, second)
    remember(window.settings, second)
    actions = _recent_actions(window)
    assert [a.data() for a in actions] == [str(second), first]
    assert actions[0].isEnabled() and "second.sqlite" in actions[0].text()
    actions[0].trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, MainWindow) and w.isVisible() and w is not window
                                for w in QApplication.topLevelWidgets()), timeout=10000)
    other = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible() and w is not window)
    qtbot.addWidget(other)
    settle(qtbot, other)
    assert str(other.library.db.path) == str(second) and not window.isVisible()
    (now_open, previous) = _recent_actions(other)
    assert now_open.data() == str(second) and not now_open.isEnabled()
    assert previous.data() == first and previous.isEnabled()
    other.findChild(QAction, "clear-recent").trigger()
    assert [a.data() for a in _recent_actions(other)] == [str(second)]
    other.close()
    other.library.engine.dispose()


def test_a_missing_file_is_offered_for_removal(qtbot, window, tmp_path, monkeypatch):
    gone = tmp_path / "moved-away.sqlite"
    remember(window.settings, gone)
    answers = [QMessageBox.No, QMessageBox.Yes]
    monkeypatch.setattr(QMessageBox, "exec", lambda self: answers.pop(0))
    opened = []
    window.recent.open_target = opened.append
    window.recent.choose(str(gone))                    # "Keep": still listed, nothing opened
    assert "moved-away.sqlite is no longer in" in window.recent.last_question
    assert str(gone) in listed(window.settings) and opened == []
    window.recent.choose(str(gone))                    # "Remove from list"
    assert str(gone) not in listed(window.settings) and opened == []
    assert window.isVisible()


def test_help_opens_the_log_folder_the_log_is_written_to(qtbot, window, tmp_path, monkeypatch):
    log = logging.getLogger("ukjp_desktop")
    (tmp_path / "logs").mkdir()
    handler = logging.FileHandler(tmp_path / "logs" / "x.log", delay=True)
    log.addHandler(handler)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    try:
        window.findChild(QAction, "open-log-folder").trigger()
    finally:
        log.removeHandler(handler)
        handler.close()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "logs")]
    assert opened[0].isLocalFile()
    assert str(tmp_path / "logs") in window.statusBar().currentMessage()


def test_without_a_log_file_the_user_is_told_so(qtbot, window, monkeypatch):
    monkeypatch.setattr(log_folder, "current_log_folder", lambda: None)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.findChild(QAction, "open-log-folder").trigger()
    assert opened == [] and "no log folder" in window.last_message


def test_keyboard_shortcuts_list_the_new_commands(qtbot, window, monkeypatch):
    from ukjp_desktop.ui.widgets.shortcuts_dialog import ShortcutsDialog
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    window.findChild(QAction, "shortcuts").trigger()
    rows = shown[0].rows()
    assert ("File menu", "Alt+F, R", "Open recent") in rows
    assert ("Help menu", "Alt+H, L", "Open log folder") in rows


def test_the_log_folder_is_named_when_it_cannot_be_shown(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(log_folder, "current_log_folder", lambda: tmp_path)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)   # no file manager
    window.findChild(QAction, "open-log-folder").trigger()
    assert window.last_message.endswith(f"\n{tmp_path}")
