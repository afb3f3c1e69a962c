"""``ukjp-desktop run`` timing itself for the frozen bundle's benchmark (``UKJP_TIME_START``,
ui/start_timing.py): a real start through the command line writes its first paint and its attach
and closes as a user would, so the next start paints from the first page that close cached."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys


def _timed_start(db, settings, out):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UKJP_SETTINGS_DIR": str(settings),
           "UKJP_TIME_START": str(out)}
    proc = subprocess.run([sys.executable, "-m", "ukjp_desktop", "--db", str(db), "run"],
                          capture_output=True, text=True, timeout=180, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(out.read_text())


def test_a_timed_start_closes_itself_and_the_next_paints_from_the_cache(tmp_path, built_db):
    db = tmp_path / "db.sqlite"
    shutil.copy(built_db, db)
    first = _timed_start(db, tmp_path / "settings", tmp_path / "one.json")
    assert first["cached_first_page"] is False          # nothing cached before any close
    assert (tmp_path / "settings" / "first-page.json").exists()   # the close cached it
    second = _timed_start(db, tmp_path / "settings", tmp_path / "two.json")
    assert second["cached_first_page"] is True
    # painted from the cache, then attached: the attach comes after that paint
    assert 0 < second["first_paint_s"] < second["attached_s"]


def test_only_the_variable_asks_for_timing(monkeypatch, tmp_path):
    from ukjp_desktop.ui import start_timing
    monkeypatch.delenv(start_timing.ENV, raising=False)
    assert start_timing.requested() is None
    monkeypatch.setenv(start_timing.ENV, str(tmp_path / "t.json"))
    assert start_timing.requested() == tmp_path / "t.json"
