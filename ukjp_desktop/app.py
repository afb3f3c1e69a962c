"""Composition root: paths, database, settings, the main window.

Heavy imports (Qt, SQLAlchemy models, the window) happen inside functions so that the command
line stays light and start-up only pays for what the first paint needs."""
from __future__ import annotations

import builtins
import logging
import logging.handlers
import os
import sys
from pathlib import Path

APP_ORG = "ukjp-desktop"
APP_NAME = "UK–Japan S&T Explorer"
LOG_FILE = "ukjp-desktop.log"
# At most three files of about 1 MB (the log and two older ones): years of ordinary use, and
# small enough to attach to an e-mail.
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 2
LOG_HANDLER = "ukjp-desktop-log"   # the name of the handler setup_logging adds (and replaces)


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


def settings_folder(settings_dir: str | None = None) -> Path:
    """The folder of ``make_settings``' file, found without Qt (the command line keeps the
    user's saved table mappings there, as the window does). Qt puts a user-scope INI file in
    %APPDATA% on Windows, else in $XDG_CONFIG_HOME or ~/.config (macOS too, for INI files)."""
    folder = settings_dir or os.environ.get("UKJP_SETTINGS_DIR")
    if folder:
        return Path(folder)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_ORG
    xdg = os.environ.get("XDG_CONFIG_HOME", "")
    return (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".config") / APP_ORG


def log_dir(settings_dir: str | None = None) -> Path:
    """``logs/`` in the user-data folder (beside the database, never the install folder), or in
    the settings folder when ``--settings-dir`` / ``UKJP_SETTINGS_DIR`` redirect it (tests,
    self-test), so nothing there ever writes to the user's real log."""
    folder = settings_dir or os.environ.get("UKJP_SETTINGS_DIR")
    if folder:
        return Path(folder) / "logs"
    import platformdirs
    return Path(platformdirs.user_data_dir(APP_ORG, appauthor=False)) / "logs"


def setup_logging(folder: Path) -> Path | None:
    """Send the package's log (``logging.getLogger("ukjp_desktop")`` and its children, where
    the errors the user is shown are logged) to ``folder/ukjp-desktop.log``, rotated at ``LOG_MAX_BYTES`` with
    ``LOG_BACKUPS`` older files. Returns the log file, or None when the folder cannot be
    written: then the log goes to stderr and the application starts all the same."""
    log = logging.getLogger("ukjp_desktop")
    for old in [h for h in log.handlers if h.get_name() == LOG_HANDLER]:
        log.removeHandler(old)   # set up again (tests, a second window in one process)
        old.close()
    path: Path | None = folder / LOG_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        handler, path = logging.StreamHandler(sys.stderr), None
    handler.set_name(LOG_HANDLER)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    if path is None:
        log.warning("cannot write a log file in %s; logging to stderr", folder)
    return path


def make_application(argv: list[str] | None = None):
    from .ui import pyside_import_check
    pyside_import_check.install()   # before PySide6's import hook first reads a module
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    # The query runner's workers run Python (rows, facet arithmetic) beside the UI thread, and
    # each of the hundreds of calls from Qt into Python while a table paints must take the GIL:
    # at CPython's default 5 ms switch interval each can wait up to 5 ms for a busy worker.
    # A table repaint beside a busy worker took ~33 ms at 5 ms, ~17 ms at 1 ms (7 ms alone).
    sys.setswitchinterval(0.001)
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
    from .store.backups import list_backups
    from .store.database import DatabaseError, ReadOnlyDatabaseError
    from .store.recovery import restore_backup, set_aside
    from .store.userdb import open_library, resolve_db_path
    from .ui.failure import (CHOOSE, FRESH, READ_ONLY, RESTORE, ask_database_problem,
                             choose_database_file, log)

    path = resolve_db_path(db)
    from .store.engines import is_server_url
    if is_server_url(path):
        # A team database: nothing beside it to restore or set aside; say why and stop.
        try:
            return open_library(path)
        except DatabaseError as exc:
            log.warning("cannot open the team database: %s", exc)
            from .ui.widgets.dialogs import message
            message(None, "Cannot open the team database", str(exc), detail=exc.detail).exec()
            return None
    must_exist = bool(db)  # a path the user named should exist; the default one is created
    read_only = False
    while True:
        try:
            if must_exist and not path.exists():
                raise DatabaseError(f"There is no database at {path}.")
            return open_library(path, read_only=read_only)
        except DatabaseError as exc:
            log.warning("cannot open %s: %s", path, exc)
            backups = list_backups(path)
            usable = [b for b in backups if b.initiatives is not None]
            choice = ask_database_problem(None, str(exc), usable[0].describe() if usable else None,
                                          offer_read_only=isinstance(exc, ReadOnlyDatabaseError))
            read_only = False
        try:
            if choice == READ_ONLY:
                read_only = True
            elif choice == RESTORE:
                restore_backup(path, usable[0].path)
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


# The plain-Python modules the window needs, imported before Qt (``import_store_first``).
STORE_FIRST = (
    "sqlalchemy.dialects.sqlite.pysqlite",   # imported by create_engine otherwise
    "ukjp_desktop.store.userdb", "ukjp_desktop.store.catalog", "ukjp_desktop.store.annotations",
    "ukjp_desktop.store.saved_views", "ukjp_desktop.store.backups",
    "ukjp_desktop.store.pending_writes", "ukjp_desktop.store.overview",
    "ukjp_desktop.store.recovery", "ukjp_desktop.core.filter_codec", "ukjp_desktop.core.highlight",
    "ukjp_desktop.core.funding_text", "ukjp_desktop.core.export", "ukjp_desktop.core.file_modes",
    "ukjp_desktop.core.tables", "ukjp_desktop.store.first_page",
)


# Python's own import function, before PySide6 replaces it (``import_store_behind_qt``).
_PLAIN_IMPORT = builtins.__import__


def import_store_behind_qt() -> None:
    """Import the store once PySide6 is loaded (the start painted from the first-page cache)
    without PySide6's ``__feature__`` hook: it replaces ``builtins.__import__`` and reads the
    source of each module imported (``import_store_first``), ~0.1 s of CPU for SQLAlchemy
    here. None of these modules uses PySide6's features, and no other thread imports while
    the UI thread does this (the query runner does not exist yet)."""
    hooked = builtins.__import__
    builtins.__import__ = _PLAIN_IMPORT
    try:
        import_store_first()
    finally:
        builtins.__import__ = hooked


def import_store_first() -> None:
    """Import the store (SQLAlchemy, the models) and the core modules the window uses before
    PySide6. Once PySide6 is imported, its ``__feature__`` import hook reads the whole source
    of every module imported after it (``inspect.getsource``, to look for "PySide6"): for
    SQLAlchemy's ~300 modules that was 60-90 ms of the start-up. Modules imported before
    PySide6 are never read. ``tests/test_start_up.py`` checks the list is complete."""
    import importlib
    for name in STORE_FIRST:
        importlib.import_module(name)


def cached_first_page(db: str | None, settings_dir: str | None):
    """(database file, query, first page) from the first-page cache when it holds for the
    database as it is now (``store.first_page``, read with plain ``sqlite3``: neither Qt nor
    SQLAlchemy is imported here); None for the ordinary start."""
    from .store import first_page
    path = first_page.database_file(db)
    if path is None:
        return None
    found = first_page.load(settings_folder(settings_dir), path)
    return None if found is None else (path, *found)


def open_window(db: str | None = None, settings_dir: str | None = None):
    """Everything ``run_window`` does before the event loop: the application, the log, the
    database (or the user's choice of what to do about it) and the main window, not yet shown.
    Returns (application, window), or None when the user chose to quit (the caller keeps the
    application referenced: Qt's would go with the last Python reference). The start-up
    benchmark times this."""
    cached = cached_first_page(db, settings_dir)
    if cached is None:
        import_store_first()
    app = make_application()
    from .ui.failure import ExceptionReporter
    reporter = ExceptionReporter(setup_logging(log_dir(settings_dir)))
    reporter.install()
    if cached is not None:
        from .ui import first_paint
        from .ui.main_window import PAGE_SIZE, MainWindow
        settings = make_settings(settings_dir)
        if first_paint.fits(cached[1], settings, PAGE_SIZE):
            window = MainWindow(None, settings, db_label=str(cached[0]), first_page=cached[2])
            def open_library():
                # The file's health check (SQLite's quick_check, up to 0.3 s at 100k) runs in a
                # thread beside the store's import, and is taken when the file is opened. Not
                # before the first paint: beside it, it made the paint ~0.4 s later at load 6.
                from .store import health
                health.check_early(cached[0])
                import_store_behind_qt()
                return open_library_interactively(db)
            first_paint.attach_after_paint(window, open_library)
            return app, window
    library = open_library_interactively(db)
    if library is None:
        return None
    from .ui.main_window import MainWindow
    return app, MainWindow(library, make_settings(settings_dir), db_label=str(library.db.path))


def run_window(db: str | None = None, settings_dir: str | None = None) -> int:
    opened = open_window(db, settings_dir)
    if opened is None:
        return 1
    app, window = opened
    from .ui import start_timing
    timing = start_timing.requested()
    if timing is not None:      # the frozen start-up benchmark (ui/start_timing.py)
        from . import STARTED_AT
        start_timing.watch(window, STARTED_AT, timing)
    from .ui.window_settings import fit_to_screen
    fit_to_screen(window)       # the default or remembered size may be larger than this screen
    window.show()
    return app.exec()
