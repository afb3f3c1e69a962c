"""Regression tests for what a user's walk through the whole window found broken (session 23):
each failed before its mend."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.core.highlight import find_spans
from ukjp_desktop.store.chart_data import ChartData
from ukjp_desktop.ui.browse.controller import SEARCH_DEBOUNCE_MS
from ukjp_desktop.ui.browse.export_list import ExportListDialog
from ukjp_desktop.ui.charts import chart_class
from ukjp_desktop.ui.charts.export import default_filename
from ukjp_desktop.ui.charts.export_dialog import ExportChartsDialog
from ukjp_desktop.ui import failure
from ukjp_desktop.ui.switch_database import open_database
from ukjp_desktop.ui.widgets import dialogs

from dialog_listing import cancel_once_listed, read_in_another_process
from test_ui_window import listed_slugs, make_window, settle, show_initiative


# The detail pane's width below which its labels break inside words.
DETAIL_MIN_PX = 240


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
    qtbot.waitUntil(lambda: _selected_slugs(w2) == [slug], timeout=20000)
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


@pytest.fixture
def replace_answers(monkeypatch):
    """Answer the "replace the existing file?" question from a script; records what was asked."""
    asked: list[list[str]] = []
    answers: list[bool] = []

    def confirm(_parent, paths):
        asked.append([str(p) for p in paths])
        return answers.pop(0)
    monkeypatch.setattr(dialogs, "confirm_replace", confirm)
    return asked, answers


def test_export_list_asks_before_replacing_an_earlier_export(qtbot, tmp_path, replace_answers):
    # The export dialog offers the same file name every time (ukjp-initiatives.csv in the last
    # folder): a second export for another filter silently replaced the first.
    asked, answers = replace_answers
    earlier = tmp_path / "ukjp-initiatives.csv"
    earlier.write_text("last week's briefing")
    dlg = ExportListDialog(str(tmp_path), 45, "all initiatives")
    qtbot.addWidget(dlg)
    dlg.show()
    answers.append(False)
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert asked == [[str(earlier)]]
    assert dlg.isVisible() and dlg.result() != QDialog.Accepted   # stays open for another name
    dlg.path.setText(str(tmp_path / "this-week.csv"))             # a new name: nothing to ask
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert len(asked) == 1 and dlg.result() == QDialog.Accepted
    assert earlier.read_text() == "last week's briefing"


def test_export_list_replaces_an_existing_file_when_the_user_agrees(qtbot, tmp_path, replace_answers):
    asked, answers = replace_answers
    (tmp_path / "ukjp-initiatives.csv").write_text("old")
    dlg = ExportListDialog(str(tmp_path), 45, "all initiatives")
    qtbot.addWidget(dlg)
    dlg.show()
    answers.append(True)
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert len(asked) == 1 and dlg.result() == QDialog.Accepted


def test_export_charts_asks_before_replacing_files_already_in_the_folder(qtbot, catalog, tmp_path, replace_answers):
    # Exporting the same charts again (the same filter and currency give the same names)
    # replaced the earlier files without a word.
    asked, answers = replace_answers
    chart = chart_class("sector")(ChartData(catalog), "v-test")
    qtbot.addWidget(chart)
    chart.set_filter(Filter())
    earlier = tmp_path / default_filename(chart, "png")
    earlier.write_bytes(b"an earlier export")
    dlg = ExportChartsDialog([("sector", chart.title)], lambda _k: chart, folder=str(tmp_path))
    qtbot.addWidget(dlg)
    dlg.show()
    answers.append(False)
    dlg.export_button.click()
    assert asked == [[str(earlier)]]
    assert earlier.read_bytes() == b"an earlier export"
    assert dlg.isVisible() and dlg.result() != QDialog.Accepted


def test_shrinking_the_window_leaves_the_detail_pane_wide_enough_to_read(qtbot, window):
    # Made narrower (1600 → 1024 px) with the charts open, the window squeezed the detail pane
    # to ~170 px (the charts' row of controls held the list at ~620 px): field names and words
    # broke in the middle ("Announ ced", "Semiconduc tors").
    window.charts.set_visible(True)
    qtbot.waitUntil(lambda: window.charts.is_visible(), timeout=10000)
    window.resize(1600, 1000)
    window.splitter.setSizes([220, 960, 420])
    qtbot.wait(50)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=3000)
    qtbot.wait(50)
    filters, listed, detail = window.splitter.sizes()
    assert detail >= DETAIL_MIN_PX
    assert listed > detail                 # the list still has the most room


def test_tab_leaves_the_list_for_the_next_control(qtbot, window):
    # Tab in the list moved from cell to cell of the same row (ten columns, 45 rows: hundreds
    # of presses) and never reached the detail pane or the notes: a keyboard-only user was
    # shut in the list.
    show_initiative(qtbot, window, window.model.row_record(2).slug)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=3000)
    before = window.table.currentIndex()
    qtbot.keyClick(window.table, Qt.Key_Tab)
    assert not window.table.hasFocus()
    assert window.table.currentIndex() == before           # the row (and its cell) unchanged


def test_the_search_comes_back_at_the_next_start(qtbot, library, tmp_path):
    # The last filter came back but its search did not: the window opened on all 45
    # initiatives with an empty search box, and the saved search was overwritten at close.
    settings = tmp_path / "s.ini"
    w = make_window(qtbot, library, settings)
    w.browse.set_filter(Filter(text="quantum", bilateral_only=True))
    settle(qtbot, w)
    found = listed_slugs(w)
    assert 0 < len(found) < w.browse.total_all
    w.close()
    w2 = make_window(qtbot, library, settings)
    qtbot.wait(SEARCH_DEBOUNCE_MS + 100)     # a search typed meanwhile would have run by now
    settle(qtbot, w2)
    assert w2.state.filter == Filter(text="quantum", bilateral_only=True)
    assert w2.search.text() == "quantum"
    assert listed_slugs(w2) == found
    w2.close()


def test_open_database_starts_in_the_current_databases_folder(qtbot, window, monkeypatch):
    # File → Open database… opened in the folder the program was started from, not where the
    # user keeps the database the window shows.
    seen = []

    def dialog(_parent, _caption, folder, _filters):
        seen.append(folder)
        return ""
    monkeypatch.setattr(failure, "open_file_name", dialog)
    assert open_database(window) is None          # cancelled: nothing changes
    assert seen == [str(Path(window.library.db.path).parent)]
    assert window.isVisible()


def test_open_database_lists_the_current_databases_folder_without_opening_its_files(qtbot, window):
    """Qt's dialog used to read each listed file's first bytes to name its type: opening and closing the
    database that way drops SQLite's locks, and another program then deletes the WAL in use."""
    db = Path(window.library.db.path)
    assert Path(f"{db}-wal").exists()

    cancel_once_listed(qtbot, db.name)
    assert open_database(window) is None
    read_in_another_process(db, "SELECT 1 FROM meta")
    assert Path(f"{db}-wal").exists()


def test_a_search_with_or_without_accents_marks_what_it_found(qtbot, window):
    # "Kyōwa" found "Kyowa Kirin" (the search ignores accents) but nothing in the row or the
    # detail was marked, so the result looked unexplained; the same for "tokyo" and "Tōkyō".
    window.browse.set_filter(Filter(text="Kyōwa"))
    settle(qtbot, window)
    (slug,) = listed_slugs(window)
    name = window.model.row_record(0).name
    assert find_spans(name, window.results_pane.table.terms) == [(0, 5)]   # "Kyowa"
    show_initiative(qtbot, window, slug)
    assert "Kyowa" in window.detail.highlighted_texts()
    assert find_spans("Tōkyō office", ["tokyo"]) == [(0, 5)]
    assert find_spans("To\u0304kyo\u0304 office", ["TOKYO"]) == [(0, 7)]   # combining accents too
    assert find_spans("quantum", ["ant"]) == []                          # still at a word's start


@pytest.mark.parametrize("where", ["a file", "a read-only file system", "missing"])
def test_export_charts_to_a_folder_it_cannot_write_says_so_once(qtbot, catalog, tmp_path, monkeypatch, where):
    # Every ticked chart failed with the same error, listed five times, the files half-named.
    warned = []
    monkeypatch.setattr(dialogs, "message", lambda *a, **k: warned.append(a[2]))
    folder = {"a file": tmp_path / "notes.txt", "a read-only file system": Path("/proc/self"),
              "missing": tmp_path / "gone"}[where]
    if where == "a file":
        folder.write_text("not a folder")
    chart = chart_class("sector")(ChartData(catalog), "v-test")
    qtbot.addWidget(chart)
    chart.set_filter(Filter())
    kinds = [("sector", chart.title), ("year", "Funding by year")]
    dlg = ExportChartsDialog(kinds, lambda _k: chart, folder=str(folder))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.export_button.click()
    assert len(warned) == 1
    assert str(folder) in warned[0] and "Choose another folder" in warned[0]
    assert warned[0].count("\n") == 0
    assert dlg.isVisible() and dlg.result() != QDialog.Accepted
    assert not list(tmp_path.glob("*.png"))
