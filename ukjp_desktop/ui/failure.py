"""What the user sees when something goes wrong: plain words and choices, never a traceback.

* A database that cannot be opened (damaged, from a newer version, read-only, missing): a dialog
  offering to restore the newest automatic backup, create a fresh database from the bundled
  data, choose another file, or quit.
* Any unhandled exception: the traceback goes to the log (``app.setup_logging``: a rotating
  file in the user-data folder) and the user gets a short message with that file's path; the
  application keeps running.
"""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .widgets.file_dialogs import open_file_name

log = logging.getLogger("ukjp_desktop")

RESTORE, FRESH, CHOOSE, QUIT, READ_ONLY = "restore", "fresh", "choose", "quit", "read-only"


def ask_database_problem(parent: QWidget | None, problem: str, latest_backup: str | None,
                         offer_read_only: bool = False) -> str:
    """Ask what to do about a database that cannot be opened; returns one of the choices.

    ``latest_backup`` describes the newest backup (when, what it holds), or None: no backup.
    ``offer_read_only``: the file is fine but cannot be written, so it can still be browsed."""
    box = QMessageBox(QMessageBox.Warning, "The database cannot be opened", "", QMessageBox.NoButton, parent)
    box.setTextFormat(Qt.PlainText)
    box.setText(problem)
    info = ("What would you like to do? Nothing is deleted: a file that is replaced is kept "
            "beside the new one.")
    if latest_backup:
        info += f"\n\nLatest backup: {latest_backup}."
    box.setInformativeText(info)
    buttons = {}
    if offer_read_only:
        buttons[box.addButton("Open read-only (browse, no editing)", QMessageBox.AcceptRole)] = READ_ONLY
    if latest_backup:
        buttons[box.addButton("Restore the latest backup", QMessageBox.AcceptRole)] = RESTORE
    buttons[box.addButton("Create a fresh database", QMessageBox.AcceptRole)] = FRESH
    buttons[box.addButton("Choose another file…", QMessageBox.ActionRole)] = CHOOSE
    quit_button = box.addButton("Quit", QMessageBox.RejectRole)
    buttons[quit_button] = QUIT
    box.setEscapeButton(quit_button)
    box.exec()
    return buttons.get(box.clickedButton(), QUIT)


def choose_database_file(parent: QWidget | None, folder: str = "") -> str | None:
    """A database file picked by the user, the dialog opening in ``folder`` if given."""
    # it opens in the folder of the database in use: the dialog must not read that file (file_dialogs)
    path = open_file_name(parent, "Choose a database", folder, "Explorer databases (*.sqlite *.db);;All files (*)")
    return path or None


class ExceptionReporter:
    """``sys.excepthook`` replacement: log the traceback, tell the user where it is, carry on."""

    def __init__(self, log_file: Path | None):   # None: the log goes to stderr
        self.log_file = log_file
        self.reported: list[str] = []   # messages shown, for tests
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        from ..store.engines import server_went_away
        if server_went_away(exc):   # a state that passes, not a fault: no trace, no alarm
            text = ("The team database's server cannot be reached: it may be stopped, restarting "
                    "or cut off. Try again in a moment; nothing you typed is lost.")
            log.warning("%s", text)
            self._show(text, QMessageBox.Warning, "Team database unreachable")
            return
        log.error("Unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        text = (f"Something went wrong: {exc_type.__name__}: {exc}\n\n"
                f"The details were written to {self.log_file or 'the error output'}. "
                "The application will try to carry on; "
                "if it misbehaves, please restart it and send that file with a short description.")
        self._show(text, QMessageBox.Critical, "Unexpected error")

    def _show(self, text: str, icon, title: str) -> None:
        self.reported.append(text)
        if self._showing or QApplication.instance() is None:
            return  # one dialog at a time; a loop of errors must not stack dialogs
        self._showing = True
        try:
            box = QMessageBox(icon, title, "", QMessageBox.Ok)
            box.setTextFormat(Qt.PlainText)
            box.setText(text)
            box.exec()
        finally:
            self._showing = False
