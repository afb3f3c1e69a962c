"""The window painted from the first-page cache before the store is attached (ui/first_paint.py,
``MainWindow``'s shell): it shows exactly what the attached window shows a moment later (rows,
stars, count, facets, summary), also after a star edit and after another process's import
between runs; and what is typed into the search box before the attach is searched after it."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QSettings

from table_fixtures import gtr_csv
from tests.ui_window import open_window, settle
from ukjp_desktop import app
from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store.userdb import open_library
from ukjp_desktop.ui import first_paint
from ukjp_desktop.ui.main_window import MainWindow


def _settings_dir(tmp_path):
    folder = tmp_path / "settings"
    folder.mkdir(exist_ok=True)
    return folder


def _settings(tmp_path) -> QSettings:
    return QSettings(str(_settings_dir(tmp_path) / "ukjp-desktop.ini"), QSettings.IniFormat)


def _what_it_shows(w: MainWindow) -> dict:
    m = w.model
    m.show_rows(0, 49)   # the cells of the first 50 rows, as a view showing them has them made
    lists = w.filter_panel.lists
    return {"rows": [m.row_record(i) for i in range(min(m.rowCount(), 200))],
            "cells": [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(min(m.rowCount(), 50))],
            "count": m.rowCount(),
            "facets": {f: [fl.item(i).text() for i in range(fl.count())] for f, fl in lists.items()},
            "checked": {f: sorted(fl.selected()) for f, fl in lists.items()},
            "summary": w.results_pane.summary.text(),
            "status": w.browse_widgets.status_counts.text().split(" · list")[0]}


def _last_session(qtbot, library, tmp_path, act=None) -> None:
    """A window as the user left it: ``act(window)``, then closed (which writes the cache)."""
    w = open_window(qtbot, library, _settings_dir(tmp_path) / "ukjp-desktop.ini")
    if act is not None:
        act(w)
        settle(qtbot, w)
    w.close()


def _shell(qtbot, tmp_path, library) -> MainWindow:
    """The window a start with a valid first-page cache shows: painted from the cache, not yet
    attached (``MainWindow``'s shell)."""
    cached = app.cached_first_page(str(library.db.path), str(_settings_dir(tmp_path)))
    assert cached is not None
    w = MainWindow(None, _settings(tmp_path), db_label=str(cached[0]), first_page=cached[2])
    qtbot.addWidget(w)
    return w


def _shell_attaching_after_paint(qtbot, library, tmp_path, open_library=None) -> MainWindow:
    """A user's relaunch: last session's cache, the shell shown, the store attached after its paint."""
    _last_session(qtbot, library, tmp_path)
    w = _shell(qtbot, tmp_path, library)
    first_paint.attach_after_paint(w, open_library or (lambda: library))
    w.show()
    return w


def _shell_then_attached(qtbot, library, tmp_path) -> tuple[dict, dict]:
    cached = app.cached_first_page(str(library.db.path), str(_settings_dir(tmp_path)))
    assert cached is not None and first_paint.fits(cached[1], _settings(tmp_path), 200)
    w = _shell(qtbot, tmp_path, library)
    w.show()
    qtbot.waitExposed(w)
    assert not w.attached
    shell = _what_it_shows(w)
    w.attach(library)
    settle(qtbot, w)
    attached = _what_it_shows(w)
    w.close()
    return shell, attached


def test_the_first_paint_shows_what_the_attached_window_shows(qtbot, library, tmp_path):
    def filter_and_star(w):
        w.browse.set_filter(Filter(year_from=2015))
        settle(qtbot, w)
        w.browse.select_slug(w.model.row_record(0).slug)
        qtbot.waitUntil(lambda: w.annotations.slug != "", timeout=10000)
        w.annotations.toggle_star()
    _last_session(qtbot, library, tmp_path, filter_and_star)
    shell, attached = _shell_then_attached(qtbot, library, tmp_path)
    assert shell == attached
    assert shell["rows"] and any(r.starred for r in shell["rows"])
    assert "2015" in shell["summary"] and shell["count"] < library.catalog.count()


def test_another_process_importing_between_runs_means_the_ordinary_start(qtbot, library, tmp_path):
    _last_session(qtbot, library, tmp_path)
    before = library.catalog.count()
    out = subprocess.run([sys.executable, "-m", "ukjp_desktop", "--db", str(library.db.path), "import-table",
                          str(gtr_csv(tmp_path)), "--preset", "gtr", "--skip-problem-rows"],
                         capture_output=True, text=True, timeout=300, env={**os.environ})
    assert out.returncode == 0, out.stderr
    assert app.cached_first_page(str(library.db.path), str(_settings_dir(tmp_path))) is None
    # that start's window writes it again, now with the imported rows
    lib = open_library(library.db.path)
    try:
        assert lib.catalog.count() > before
        _last_session(qtbot, lib, tmp_path)
        shell, attached = _shell_then_attached(qtbot, lib, tmp_path)
        assert shell == attached and shell["count"] == lib.catalog.count()
    finally:
        lib.engine.dispose()


def test_a_search_for_notes_is_not_cached(qtbot, library, tmp_path):
    """A search also covers notes, which a later edit changes without a new data token."""
    _last_session(qtbot, library, tmp_path, lambda w: w.browse.set_filter(Filter(text="quantum")))
    assert app.cached_first_page(str(library.db.path), str(_settings_dir(tmp_path))) is None


def test_typing_before_the_attach_is_searched_after_it(qtbot, library, tmp_path):
    w = _shell_attaching_after_paint(qtbot, library, tmp_path)
    w.search.setFocus()
    qtbot.keyClicks(w.search, "quantum")       # before the paint, so before the attach
    assert not w.attached
    qtbot.waitUntil(lambda: w.attached, timeout=15000)
    qtbot.waitUntil(lambda: w.state.filter.text == "quantum", timeout=15000)
    settle(qtbot, w)
    assert w.search.text() == "quantum"
    assert w.model.rowCount() == library.catalog.count(Filter(text="quantum"))
    w.close()


def test_a_window_closed_before_the_attach_never_opens_the_library(qtbot, library, tmp_path):
    opened = []
    w = _shell_attaching_after_paint(qtbot, library, tmp_path, lambda: opened.append(1) or library)
    w.close()
    qtbot.wait(200)
    assert opened == [] and not w.attached


def test_until_the_attach_clicks_are_ignored_and_other_keys_kept(qtbot, library, tmp_path):
    from PySide6.QtCore import QEvent, QObject, QPoint, Qt
    w = _shell_attaching_after_paint(qtbot, library, tmp_path)
    box = w.filter_panel.starred
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(5, box.height() // 2))
    assert not box.isChecked()                      # nothing could act on it yet
    w.table.setFocus()
    keys = []

    class Spy(QObject):
        def eventFilter(self, obj, ev):  # noqa: N802 - Qt API
            if ev.type() == QEvent.KeyPress:
                keys.append(ev.key())
            return False
    spy = Spy(w)
    w.table.installEventFilter(spy)
    qtbot.keyClick(w.table, Qt.Key_Down)
    assert keys == [] and not w.attached             # kept, not delivered
    qtbot.waitUntil(lambda: w.attached, timeout=15000)
    qtbot.waitUntil(lambda: keys == [Qt.Key_Down], timeout=20000)  # replayed after the attach
    w.close()



def test_a_shortcut_pressed_before_the_attach_triggers_its_action_after_it(qtbot, library, tmp_path):
    """Ctrl+F pressed while the menus do not exist yet is kept, and once attached it does what
    the Find action does (the search box's text selected): the replayed key press goes through
    Qt's shortcut handling like a typed one. Without the Ctrl+F nothing is selected."""
    from PySide6.QtCore import Qt
    w = _shell_attaching_after_paint(qtbot, library, tmp_path)
    w.search.setFocus()
    qtbot.keyClicks(w.search, "quantum")
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key_F, Qt.ControlModifier)
    assert not w.attached and w.search.selectedText() == ""
    qtbot.waitUntil(lambda: w.attached, timeout=15000)
    qtbot.waitUntil(lambda: w.search.selectedText() == "quantum", timeout=20000)
    settle(qtbot, w)
    w.close()
