"""A damaged or locked database: refused at open, never written to, reported in plain words
(issue 13, defects 3-5). Every case checks that the file is byte-for-byte unchanged."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import text

from ukjp_desktop.store import annotations
from ukjp_desktop.store.database import (BusyDatabaseError, DamagedDatabaseError, make_engine,
                                         marked_damaged)
from ukjp_desktop.store.health import check_file
from ukjp_desktop.store.userdb import open_library

SLUG = "uk-japan-semiconductors-partnership"
CLI = [sys.executable, "-m", "ukjp_desktop"]


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def overwrite_middle(path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(os.urandom(4096))


def cut_one_byte(path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size - 1)


@pytest.mark.parametrize("damage", [overwrite_middle, cut_one_byte])
@pytest.mark.parametrize("command", [["list"], ["annotate", SLUG, "--star", "--note", "x"],
                                     ["db", "check"], ["show", SLUG]])
def test_damaged_file_is_refused_by_every_command_and_left_unchanged(db_copy, damage, command):
    damage(db_copy)
    before = digest(db_copy)
    r = subprocess.run(CLI + ["--db", str(db_copy), *command], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    if command == ["db", "check"]:       # the check reports damage as its own finding
        head, problem = r.stdout.strip().splitlines()
        assert head.endswith("1 problem found:") and "is damaged" in problem and not r.stderr
    else:
        [line] = r.stderr.strip().splitlines()
        assert "is damaged" in line and "unexpected" not in line and "Traceback" not in r.stderr
    assert digest(db_copy) == before


def test_health_check_says_what_is_wrong(db_copy):
    assert check_file(db_copy).ok
    cut_one_byte(db_copy)
    [problem] = check_file(db_copy).problems
    assert "not a whole number of 4096-byte pages" in problem


def test_open_library_refuses_a_damaged_file(db_copy, dataset):
    overwrite_middle(db_copy)
    before = digest(db_copy)
    with pytest.raises(DamagedDatabaseError, match="is damaged"):
        open_library(db_copy, dataset=dataset)
    assert digest(db_copy) == before


def test_damage_found_while_reading_stops_all_writes(db_copy):
    """A file too large for the open-time check is caught on first use: after SQLite calls
    it malformed, a note or a star is refused instead of written into the damaged file."""
    engine = make_engine(db_copy)
    with engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM initiatives")).scalar()
    engine.dispose()
    size = db_copy.stat().st_size
    with db_copy.open("r+b") as fh:                 # every page after the first two
        fh.seek(8192)
        fh.write(os.urandom(size - 8192))
    with pytest.raises(Exception, match="malformed|not a database"):
        with engine.connect() as conn:
            conn.execute(text("SELECT * FROM excerpts")).all()
    assert marked_damaged(engine)
    before = digest(db_copy)
    with pytest.raises(DamagedDatabaseError, match="is damaged"):
        annotations.set_star(engine, SLUG, True)
    engine.dispose()
    assert digest(db_copy) == before


@pytest.fixture
def foreign_lock(db_copy):
    con = sqlite3.connect(db_copy, isolation_level=None, timeout=1)
    con.execute("BEGIN EXCLUSIVE")
    yield db_copy
    con.execute("ROLLBACK")
    con.close()


def test_db_check_under_a_foreign_lock_says_busy_not_damaged(foreign_lock):
    r = subprocess.run(CLI + ["--db", str(foreign_lock), "db", "check"], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 1
    [line] = r.stderr.strip().splitlines()
    assert "busy" in line and "damaged" not in line.replace("Nothing is wrong", "")


def test_annotate_under_a_foreign_lock_is_one_calm_line(foreign_lock):
    r = subprocess.run(CLI + ["--db", str(foreign_lock), "annotate", SLUG, "--star"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    [line] = r.stderr.strip().splitlines()
    assert "is busy: another program holds a lock on it" in line and "SQL" not in line


def test_write_transaction_under_a_lock_raises_busy(foreign_lock):
    engine = make_engine(foreign_lock)
    with pytest.raises(BusyDatabaseError):
        annotations.set_note(engine, SLUG, "typed while locked")
    engine.dispose()
