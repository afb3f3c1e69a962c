"""What the user sees when the database cannot be opened, or something unexpected happens."""
from __future__ import annotations

import sqlite3
import sys

import pytest

from ukjp_desktop import app as app_module
from ukjp_desktop.ui import failure


@pytest.fixture
def answers(monkeypatch):
    """Script the database-problem dialog: each call pops the next choice and records the text."""
    asked: list[tuple[str, str | None, bool]] = []
    script: list[str] = []

    def ask(_parent, problem, latest_backup, offer_read_only=False):
        asked.append((problem, latest_backup, offer_read_only))
        return script.pop(0)
    monkeypatch.setattr(failure, "ask_database_problem", ask)
    return script, asked


def _newer(path):
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()


def test_newer_schema_quit_leaves_the_file_untouched(answers, db_copy, qapp):
    script, asked = answers
    _newer(db_copy)
    before = db_copy.read_bytes()
    script.append(failure.QUIT)
    assert app_module.open_library_interactively(str(db_copy)) is None
    assert "newer version" in asked[0][0]
    assert db_copy.read_bytes() == before


def test_damaged_file_fresh_database_sets_the_old_one_aside(answers, tmp_path, qapp):
    script, asked = answers
    bad = tmp_path / "user.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)  # the header, then garbage
    script.append(failure.FRESH)
    lib = app_module.open_library_interactively(str(bad))
    assert lib is not None and lib.catalog.count() == 45
    assert "damaged" in asked[0][0] or "not" in asked[0][0]
    kept = list(tmp_path.glob("user.sqlite.unusable-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"SQLite format 3")
    lib.engine.dispose()


def test_restore_latest_backup(answers, db_copy, tmp_path, qapp):
    script, asked = answers
    backup = db_copy.with_name(db_copy.name + ".backup-0002-20260101T000000Z")
    backup.write_bytes(db_copy.read_bytes())
    db_copy.write_bytes(b"garbage, not a database")
    script.append(failure.RESTORE)
    lib = app_module.open_library_interactively(str(db_copy))
    # the dialog offered the backup, saying when it was made and what it holds
    assert asked[0][1].startswith("01 Jan 2026") and "45 initiatives, 0 notes" in asked[0][1]
    assert lib is not None and lib.catalog.count() == 45
    lib.engine.dispose()


def test_missing_explicit_file_choose_another(answers, db_copy, tmp_path, monkeypatch, qapp):
    script, asked = answers
    monkeypatch.setattr(failure, "choose_database_file", lambda _p: str(db_copy))
    script.append(failure.CHOOSE)
    lib = app_module.open_library_interactively(str(tmp_path / "gone.sqlite"))
    assert "There is no database" in asked[0][0]
    assert lib is not None and lib.db.path == db_copy
    lib.engine.dispose()


def test_read_only_database_is_refused_in_words(answers, db_copy, monkeypatch, qapp):
    script, asked = answers
    import ukjp_desktop.store.database as database
    real = database.os.access
    monkeypatch.setattr(database.os, "access", lambda p, mode: False if str(p) == str(db_copy) else real(p, mode))
    script.append(failure.QUIT)
    assert app_module.open_library_interactively(str(db_copy)) is None
    assert "cannot be written" in asked[0][0]
    assert asked[0][2] is True          # a file that is fine but not writable can be browsed


def test_read_only_database_can_be_browsed(answers, db_copy, monkeypatch, qapp, qtbot, tmp_path):
    """Choosing "Open read-only": the window opens on the file as it is, editing visibly off."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from ukjp_desktop.ui.main_window import MainWindow
    script, asked = answers
    import ukjp_desktop.store.database as database
    real = database.os.access
    monkeypatch.setattr(database.os, "access",
                        lambda p, mode: False if str(p) == str(db_copy) and mode == database.os.W_OK
                        else real(p, mode))
    before = db_copy.read_bytes()
    script.append(failure.READ_ONLY)
    lib = app_module.open_library_interactively(str(db_copy))
    assert lib is not None and lib.read_only and lib.catalog.count() == 45
    window = MainWindow(lib, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    window.browse.select_row(0)
    qtbot.waitUntil(lambda: window.annotations.slug != "", timeout=20000)
    assert not window.annotations.isEnabled() and "read-only" in window.annotations.toolTip()
    assert not window.findChild(QAction, "import-document").isEnabled()
    assert not window.findChild(QAction, "import-table").isEnabled()
    assert window.windowTitle().endswith("read-only")
    window.close()
    lib.engine.dispose()
    assert db_copy.read_bytes() == before


def test_unhandled_exception_is_logged_and_reported(tmp_path, monkeypatch, qapp):
    log_file = app_module.setup_logging(tmp_path / "logs")
    reporter = failure.ExceptionReporter(log_file)
    monkeypatch.setattr(failure.QMessageBox, "exec", lambda self: 0)  # no modal loop in a test
    try:
        raise RuntimeError("boom <b>not bold</b>")
    except RuntimeError:
        reporter(*sys.exc_info())
    assert str(log_file) in reporter.reported[0]
    assert "Traceback" not in reporter.reported[0]
    for h in failure.log.handlers:
        h.flush()
    text = log_file.read_text()
    assert "Traceback" in text and "boom" in text


def test_without_a_log_file_the_message_says_where_the_details_went(monkeypatch, qapp):
    reporter = failure.ExceptionReporter(None)     # app.setup_logging fell back to stderr
    monkeypatch.setattr(failure.QMessageBox, "exec", lambda self: 0)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        reporter(*sys.exc_info())
    assert "written to the error output" in reporter.reported[0]
    assert "None" not in reporter.reported[0]


def test_a_team_servers_absence_reaching_the_safety_net_is_said_calmly(tmp_path, monkeypatch, qapp):
    """A read in the window's own thread while the team database's server was away (opening a
    source, About…) ended in "Something went wrong: OperationalError: (psycopg.OperationalError)
    connection failed ...", the SQLAlchemy text, and a traceback in the log."""
    import psycopg
    from sqlalchemy.exc import OperationalError
    log_file = app_module.setup_logging(tmp_path / "logs")
    reporter = failure.ExceptionReporter(log_file)
    monkeypatch.setattr(failure.QMessageBox, "exec", lambda self: 0)
    away = psycopg.OperationalError('connection failed: connection to server at "127.0.0.1", '
                                    'port 5432 failed: Connection refused')
    try:
        raise OperationalError("SELECT 1", {}, away)
    except OperationalError:
        reporter(*sys.exc_info())
    said = reporter.reported[0]
    assert "server cannot be reached" in said
    for raw in ("Something went wrong", "OperationalError", "sqlalche.me", "\n"):
        assert raw not in said
    for h in failure.log.handlers:
        h.flush()
    assert "Traceback" not in log_file.read_text()
