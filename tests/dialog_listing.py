"""Shared steps of the file-dialog tests: let a modal dialog list a folder, then cancel it; then have another
process read the database, as `ukjp-desktop import` or `sqlite3` would (ui/widgets/file_dialogs.py says why)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListView


def cancel_once_listed(qtbot, name: str) -> None:
    """Once the dialog about to open shows ``name`` (and its icons and types had time to follow), cancel it."""
    def cancel():
        # Qt lists the folder on a thread of its own (QFileSystemModel): slow on a loaded machine.
        dialog = QApplication.activeModalWidget()
        qtbot.waitUntil(lambda: name in [v.model().data(v.model().index(r, 0, v.rootIndex()))
                                         for v in dialog.findChildren(QListView)
                                         for r in range(v.model().rowCount(v.rootIndex()))], timeout=20000)
        qtbot.wait(300)    # the icons and types are filled in after the names
        dialog.reject()
    QTimer.singleShot(200, cancel)


def read_in_another_process(db: Path, sql: str) -> None:
    """Open ``db``, run ``sql`` and close it in another process: if this one's locks were gone, that closing
    would checkpoint the database and delete the WAL still in use here."""
    subprocess.run([sys.executable, "-c", f"import sqlite3; sqlite3.connect({str(db)!r}).execute({sql!r})"],
                   check=True)
