"""File → Open database… / Connect to team database…: another database in a new window; this
one closes. Team databases (PostgreSQL addresses) are remembered in the settings, never with a
password: a password the server asks for is typed into a prompt and kept in memory only."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from .failure import choose_database_file
from .gc_freeze import thaw
from .widgets.dialogs import message

RECENT_KEY = "team/recent"
RECENT_MAX = 8
# the address last tried, kept even when it failed: a typo is corrected, not typed again in full
LAST_TRIED_KEY = "team/last_tried"


def recent_team_databases(settings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):      # QSettings gives a one-item list back as a string
        value = [value]
    return [v for v in value if v]


def _remember(settings, url: str) -> None:
    recent = [url, *(u for u in recent_team_databases(settings) if u != url)][:RECENT_MAX]
    settings.setValue(RECENT_KEY, recent)


def connect_team_database(window, url: str | None = None):
    """Ask for a team database's address (the recent ones offered) and open it like a file."""
    if url is None:
        recent = recent_team_databases(window.settings)
        tried = str(window.settings.value(LAST_TRIED_KEY, "") or "")
        offered = [tried, *(u for u in recent if u != tried)] if tried else recent
        url, ok = QInputDialog.getItem(
            window, "Connect to team database",
            "Address (postgresql+psycopg://USER@HOST:5432/DATABASE).\n"
            "Passwords go in ~/.pgpass, or you will be asked for one:",
            offered or ["postgresql+psycopg://"], 0, True)
        if not ok or not url.strip():
            return None
    url = url.strip()
    window.settings.setValue(LAST_TRIED_KEY, url)
    return open_database(window, url)


def ask_read_only(window, problem: str) -> bool:
    """Whether to browse a file that cannot be written (the start-up dialog offers the same)."""
    box = QMessageBox(QMessageBox.Warning, "Database cannot be written", "", QMessageBox.NoButton, window)
    box.setTextFormat(Qt.PlainText)
    box.setText(problem)
    box.setInformativeText("It can still be opened read-only: browse and export, no notes, stars, "
                           "tags or imports.")
    browse = box.addButton("Open read-only (browse, no editing)", QMessageBox.AcceptRole)
    cancel = box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(browse)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is browse


def open_library_asking(window, path: str, read_only: bool = False):
    """open_library, asking for a password when the server wants one libpq cannot find."""
    from ..store.database import PasswordNeeded
    from ..store.engines import describe
    from ..store.userdb import open_library
    password = None
    while True:
        try:
            return open_library(path, read_only=read_only, password=password)
        except PasswordNeeded:
            again = "That password was not accepted. " if password is not None else ""
            password, ok = QInputDialog.getText(
                window, "Password", f"{again}Password for {describe(path)}\n"
                "(kept in memory only, while the window is open):", QLineEdit.Password)
            if not ok:
                return None


def _current_folder(window) -> str:
    """The folder of the database the window shows (none for a team database): where the
    user keeps their databases, rather than wherever the program was started from."""
    db = getattr(window.library, "db", None)
    return str(Path(db.path).parent) if db is not None and not db.server else ""


def open_database(window, path: str | None = None):
    """Open ``path`` (asked for when None) in a new window like ``window`` and close this one;
    a database that cannot be opened is reported in words and this window stays as it was."""
    from ..store.database import DatabaseError, ReadOnlyDatabaseError
    from ..store.engines import is_server_url
    path = path or choose_database_file(window, _current_folder(window))
    if not path:
        return None
    try:
        try:
            library = open_library_asking(window, path)
        except ReadOnlyDatabaseError as exc:
            # A file on a read-only share or medium: browsing it is still worth offering.
            if not ask_read_only(window, str(exc)):
                return None
            library = open_library_asking(window, path, read_only=True)
    except DatabaseError as exc:
        window.last_message = str(exc)
        message(window, "Database not opened", str(exc), detail=exc.detail)
        return None
    if library is None:
        return None
    if is_server_url(path):
        _remember(window.settings, path)
    window.annotations.flush()
    window.annotations.merge_open_conflicts()
    window.save_settings()
    other = type(window)(library, window.settings, db_label=str(library.db.path))
    other.show()
    window.close()
    window.library.engine.dispose()  # this window's queries have finished (closeEvent waits)
    thaw()   # the closed window's objects were frozen with start-up's: they can go now
    return other
