"""The application's log (app.setup_logging): a rotating file in the user-data folder, or in the
redirected settings folder; stderr when neither can be written."""
from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

import pytest

from ukjp_desktop import app as app_module


@pytest.fixture(autouse=True)
def _detach_app_log():
    """Each test sets the log up itself; none leaves a handler behind for the next."""
    log = logging.getLogger("ukjp_desktop")
    level = log.level
    yield
    for h in [h for h in log.handlers if h.get_name() == app_module.LOG_HANDLER]:
        log.removeHandler(h)
        h.close()
    log.setLevel(level)


def _handlers():
    return [h for h in logging.getLogger("ukjp_desktop").handlers if h.get_name() == app_module.LOG_HANDLER]


def test_errors_of_any_module_reach_the_log_file(tmp_path):
    folder = app_module.log_dir(str(tmp_path / "settings"))
    path = app_module.setup_logging(folder)
    assert path == tmp_path / "settings" / "logs" / "ukjp-desktop.log"
    assert path.exists()
    try:
        raise OSError("disk I/O error")
    except OSError:
        logging.getLogger("ukjp_desktop.store.catalog").exception("the snapshot was not loaded")
    for h in _handlers():
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert "ERROR ukjp_desktop.store.catalog: the snapshot was not loaded" in text
    assert "Traceback" in text and "OSError: disk I/O error" in text


def test_rotation_keeps_three_files_of_about_a_megabyte(tmp_path):
    path = app_module.setup_logging(tmp_path / "logs")
    [handler] = _handlers()
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == app_module.LOG_MAX_BYTES == 1_000_000
    assert handler.backupCount == app_module.LOG_BACKUPS == 2
    log = logging.getLogger("ukjp_desktop.ui")
    line = "x" * 1000
    for _ in range(4000):   # about 4 MB: rotates three times
        log.warning(line)
    handler.flush()
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["ukjp-desktop.log", "ukjp-desktop.log.1", "ukjp-desktop.log.2"]
    assert all(p.stat().st_size <= 1_000_000 for p in path.parent.iterdir())


def test_set_up_twice_logs_each_message_once(tmp_path):
    app_module.setup_logging(tmp_path / "a")
    path = app_module.setup_logging(tmp_path / "b")
    assert len(_handlers()) == 1
    logging.getLogger("ukjp_desktop").error("once")
    _handlers()[0].flush()
    assert path.read_text(encoding="utf-8").count("once") == 1


def test_the_log_folder_follows_the_settings_override_else_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("UKJP_SETTINGS_DIR", str(tmp_path / "env-settings"))
    assert app_module.log_dir() == tmp_path / "env-settings" / "logs"
    assert app_module.log_dir(str(tmp_path / "arg")) == tmp_path / "arg" / "logs"   # --settings-dir wins
    monkeypatch.delenv("UKJP_SETTINGS_DIR")
    import platformdirs
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda name, appauthor=None: str(tmp_path / "data" / name))
    folder = app_module.log_dir()
    assert folder == tmp_path / "data" / "ukjp-desktop" / "logs"
    install = Path(app_module.__file__).resolve().parent.parent
    assert install not in folder.parents


def test_an_unwritable_folder_falls_back_to_stderr(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    assert app_module.setup_logging(blocker / "logs") is None
    [handler] = _handlers()
    assert not isinstance(handler, logging.FileHandler) and handler.stream is sys.stderr
    logging.getLogger("ukjp_desktop").error("still said somewhere")
    err = capsys.readouterr().err
    assert "cannot write a log file" in err and "still said somewhere" in err
