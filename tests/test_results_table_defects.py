"""Defects found by trying the results table's item model (session 24) as a user would, on a
list longer than the pages loaded: each test failed before its mend."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store.demo import write_demo_database
from ukjp_desktop.store.userdb import open_library

from tests.ui_window import open_window, settle

ROWS = 2500


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo_database(path, ROWS, seed=5)
    return path


@pytest.fixture
def big_window(qtbot, demo_db, tmp_path):
    lib = open_library(demo_db)
    w = open_window(qtbot, lib, tmp_path / "s.ini")
    yield w
    w.close()
    lib.engine.dispose()


def test_a_row_whose_page_comes_later_is_shown_in_the_detail(qtbot, big_window):
    """Ctrl+End selects the last row before its page is loaded: once the page arrives, the
    detail shows that initiative (it kept showing the one selected before)."""
    w = big_window
    w.table.setFocus()
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: w.state.selected == w.model.slug_at(0), timeout=20000)
    last = w.library.catalog.list(Filter(), "announced", True, limit=1, offset=ROWS - 1)[0]
    QTest.keyClick(w.table, Qt.Key_End, Qt.ControlModifier)
    assert w.table.currentIndex().row() == ROWS - 1
    qtbot.waitUntil(lambda: w.state.selected == last.slug, timeout=10000)
    settle(qtbot, w)
    assert w.table.currentIndex().row() == ROWS - 1


def test_type_ahead_finds_a_listed_row_out_of_view(qtbot, window):
    """Typing the start of a name in the list goes to it, as in any list: rows out of view
    have no items yet (they are made as they scroll in), and Qt's search found none of them."""
    w = window
    w.resize(1000, 420)
    qtbot.wait(50)
    w.browse.requery()      # a new list: items for the rows in view only
    settle(qtbot, w)
    names = [w.model.row_record(n).name for n in range(w.model.rowCount())]
    out_of_view = [n for n in range(w.model.rowCount()) if w.model.index(n, 0).data() is None]
    assert out_of_view, "the test needs rows out of view"
    target = next(n for n in reversed(out_of_view)
                  if sum(name.lower().startswith(names[n][:5].lower()) for name in names) == 1)
    w.table.setFocus()
    w.table.setCurrentIndex(w.model.index(0, 0))
    QTest.keyClicks(w.table, names[target][:5])
    assert w.table.currentIndex().row() == target
    qtbot.waitUntil(lambda: w.state.selected == w.model.slug_at(target), timeout=20000)


def test_home_and_end_go_to_the_first_and_last_row(qtbot, window):
    """Rows are selected whole, so Home / End moving along the row did nothing a user could
    see; in a list they go to its first / last row (Ctrl+Home / Ctrl+End still do)."""
    w = window
    last = w.model.rowCount() - 1
    w.table.setFocus()
    w.table.setCurrentIndex(w.model.index(3, 0))
    QTest.keyClick(w.table, Qt.Key_End)
    assert w.table.currentIndex().row() == last
    qtbot.waitUntil(lambda: w.state.selected == w.model.slug_at(last), timeout=20000)
    QTest.keyClick(w.table, Qt.Key_Home)
    assert w.table.currentIndex().row() == 0
    QTest.keyClick(w.table, Qt.Key_End, Qt.ControlModifier)
    assert w.table.currentIndex().row() == last
