"""The window's file dialogs list a folder without opening the files in it (ui/widgets/file_dialogs.py):
opening and closing a database's file would drop this process's SQLite locks, and another program would then
delete the WAL still in use. Every dialog kind is checked in a folder holding a live database in WAL mode."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from dialog_listing import cancel_once_listed, read_in_another_process
from ukjp_desktop.ui.widgets import file_dialogs


def _open_database(folder: Path) -> sqlite3.Connection:
    con = sqlite3.connect(folder / "explorer.sqlite")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (a)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    return con


@pytest.mark.parametrize("ask, listed", [
    (lambda folder: file_dialogs.open_file_names(None, "Import document", str(folder), "All files (*)"), "notes.txt"),
    (lambda folder: file_dialogs.open_file_name(None, "Open database", str(folder), "All files (*)"), "notes.txt"),
    (lambda folder: file_dialogs.save_file_name(None, "Export list", str(folder / "list.csv"), "All files (*)"),
     "notes.txt"),
    (lambda folder: file_dialogs.existing_folder(None, "Export charts to folder", str(folder)), "charts"),
])
def test_a_dialog_in_the_databases_folder_leaves_its_locks_to_sqlite(qtbot, tmp_path, ask, listed):
    con = _open_database(tmp_path)
    (tmp_path / "notes.txt").write_text("a document beside the database", encoding="utf-8")
    (tmp_path / "charts").mkdir()

    cancel_once_listed(qtbot, listed)
    assert not ask(tmp_path)                                   # cancelled: nothing chosen
    # another program reads the database and closes it: it must find this connection still holding it
    read_in_another_process(tmp_path / "explorer.sqlite", "SELECT * FROM t")
    assert (tmp_path / "explorer.sqlite-wal").exists()
    con.execute("INSERT INTO t VALUES (2)")
    con.commit()
    assert sqlite3.connect(tmp_path / "explorer.sqlite").execute("SELECT count(*) FROM t").fetchone() == (2,)


def test_types_and_icons_come_from_the_name_only(tmp_path):
    provider = file_dialogs.NameOnlyIcons()
    from PySide6.QtCore import QFileInfo
    (tmp_path / "list.csv").write_text("a,b\n", encoding="utf-8")
    assert provider.type(QFileInfo(str(tmp_path))) == "Folder"
    assert "CSV" in provider.type(QFileInfo(str(tmp_path / "list.csv"))).upper()


def test_on_linux_the_dialog_is_qts_own_whatever_the_desktop_theme(qtbot):
    """A GTK desktop theme would otherwise give GTK's dialog, which runs in this process and sniffs files."""
    from PySide6.QtWidgets import QFileDialog
    dlg = file_dialogs._dialog(None, "Import document", ".", "All files (*)", QFileDialog.ExistingFiles)
    try:
        assert dlg.testOption(QFileDialog.DontUseNativeDialog) == sys.platform.startswith("linux")
        assert isinstance(dlg.iconProvider(), file_dialogs.NameOnlyIcons)
    finally:
        dlg.deleteLater()
