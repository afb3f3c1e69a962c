"""Composition root: paths, database, settings, the main window.

Heavy imports (Qt, SQLAlchemy models, the window) happen inside functions so that the command
line stays light and start-up only pays for what the first paint needs."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_ORG = "ukjp-desktop"
APP_NAME = "UK–Japan S&T Explorer"


def resource_path(name: str) -> Path:
    """A file under resources/, from the source tree or a frozen bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    for candidate in (base / "resources" / name, Path(__file__).resolve().parent / "resources" / name):
        if candidate.exists():
            return candidate
    return base / "resources" / name


def make_settings(settings_dir: str | None = None):
    """QSettings in INI format; ``--settings-dir`` / ``UKJP_SETTINGS_DIR`` redirect it (tests,
    self-test), so nothing there ever touches the user's real settings."""
    from PySide6.QtCore import QSettings
    folder = settings_dir or os.environ.get("UKJP_SETTINGS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "ukjp-desktop.ini"), QSettings.IniFormat)
    return QSettings(QSettings.IniFormat, QSettings.UserScope, APP_ORG, "explorer")


def make_application(argv: list[str] | None = None):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORG)
    app.setDesktopFileName("ukjp-desktop")
    icon = resource_path("icons/ukjp-desktop.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_library_interactively(db: str | None):
    """Open the user's database; when that fails, ask the user what to do (never a traceback).
    Returns a Library, or None when the user chose to quit."""
    from .store.database import DatabaseError
    from .store.recovery import backups_of, restore_backup, set_aside
    from .store.userdb import open_library, resolve_db_path
    from .ui.failure import CHOOSE, FRESH, RESTORE, ask_database_problem, choose_database_file, log

    path = resolve_db_path(db)
    must_exist = bool(db)  # a path the user named should exist; the default one is created
    while True:
        try:
            if must_exist and not path.exists():
                raise DatabaseError(f"There is no database at {path}.")
            return open_library(path)
        except DatabaseError as exc:
            log.warning("cannot open %s: %s", path, exc)
            backups = backups_of(path)
            choice = ask_database_problem(None, str(exc), bool(backups))
        try:
            if choice == RESTORE:
                restore_backup(path, backups[0])
            elif choice == FRESH:
                set_aside(path)  # kept beside the new file, never deleted
                must_exist = False
            elif choice == CHOOSE:
                picked = choose_database_file(None)
                if picked:
                    path, must_exist = Path(picked), True
            else:
                return None
        except OSError as exc:
            log.warning("recovery failed: %s", exc)
            from .ui.widgets.dialogs import message
            message(None, "That did not work", f"{exc.strerror or exc}. Please choose another way.")


def run_window(db: str | None = None, settings_dir: str | None = None) -> int:
    app = make_application()
    from .ui.failure import ExceptionReporter, setup_logging
    reporter = ExceptionReporter(setup_logging())
    reporter.install()
    library = open_library_interactively(db)
    if library is None:
        return 1
    from .ui.main_window import MainWindow
    window = MainWindow(library, make_settings(settings_dir), db_label=str(library.db.path))
    window.show()
    return app.exec()
