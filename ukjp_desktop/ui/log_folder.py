"""Help → Open log folder: the folder the application's log file is written to, opened in the
desktop's file manager (a local path; nothing is sent anywhere).

The folder is read from the log handler the application installed (app.setup_logging), so it
is the one actually written this session: the user-data folder's ``logs/``, or the settings
folder's when ``--settings-dir`` / ``UKJP_SETTINGS_DIR`` redirect it."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from .widgets.dialogs import message


def current_log_folder() -> Path | None:
    """The folder of the file the package's log goes to, or None (the log goes to stderr)."""
    for handler in logging.getLogger("ukjp_desktop").handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename).parent
    return None


def open_log_folder(window) -> None:
    folder = current_log_folder()
    if folder is None:
        window.last_message = ("This session's log goes to the error output: its folder could not "
                               "be written when the application started, so there is no log folder.")
        message(window, "No log folder", window.last_message)
        return
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        window.last_message = f"No file manager could be started to show the log folder:\n{folder}"
        message(window, "Log folder", window.last_message)
        return
    window.statusBar().showMessage(f"Log folder: {folder}", 8000)
