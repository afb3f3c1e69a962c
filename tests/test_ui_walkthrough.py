"""Regression tests for what a user's walk through the whole window found broken (session 23):
each failed before its mend."""
from __future__ import annotations

import shutil
import sqlite3

from ukjp_desktop.ui.switch_database import open_database

from test_ui_window import make_window, settle, show_initiative


def _selected_slugs(w) -> list[str]:
    rows = w.table.selectionModel().selectedRows()
    return [w.model.row_record(i.row()).slug for i in rows]


def test_the_selection_restored_at_the_next_start_is_highlighted_in_the_list(qtbot, library, tmp_path):
    # The detail pane came back with the last initiative, but its row in the list was not
    # selected: the list and the detail disagreed, and arrow keys started from nowhere.
    settings = tmp_path / "s.ini"
    w = make_window(qtbot, library, settings)
    slug = w.model.row_record(5).slug
    show_initiative(qtbot, w, slug)
    w.close()
    w2 = make_window(qtbot, library, settings)
    qtbot.waitUntil(lambda: w2.state.selected == slug, timeout=10000)
    qtbot.waitUntil(lambda: _selected_slugs(w2) == [slug], timeout=5000)
    assert w2.table.currentIndex().row() == 5
    w2.close()


def test_a_newer_database_opened_from_the_window_is_refused_in_the_windows_words(qtbot, window, tmp_path, built_db):
    # File → Open database… on a file from a newer version told a window user to "use another
    # database with --db", a command-line option they never typed.
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(built_db, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'zzzz9999'")
    con.commit()
    con.close()
    assert open_database(window, str(newer)) is None
    assert "newer version" in window.last_message
    assert "--db" not in window.last_message
    assert window.isVisible()
