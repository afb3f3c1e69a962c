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
    qtbot.waitUntil(lambda: w.state.selected == w.model.slug_at(0), timeout=5000)
    last = w.library.catalog.list(Filter(), "announced", True, limit=1, offset=ROWS - 1)[0]
    QTest.keyClick(w.table, Qt.Key_End, Qt.ControlModifier)
    assert w.table.currentIndex().row() == ROWS - 1
    qtbot.waitUntil(lambda: w.state.selected == last.slug, timeout=10000)
    settle(qtbot, w)
    assert w.table.currentIndex().row() == ROWS - 1
