"""Rolling backups of the user's database (issue 13: "Backups users can count on")."""
from __future__ import annotations

import os
from dataclasses import replace
import sqlite3
import stat
from datetime import datetime, timedelta, timezone

import pytest

from ukjp_desktop.core.file_modes import user_file_mode
from ukjp_desktop.store import annotations
from ukjp_desktop.store.backups import (KEEP, backup_due, list_backups, make_backup, prune,
                                        rolling_backup)
from ukjp_desktop.store.recovery import restore_backup
from ukjp_desktop.store.userdb import open_library

SLUG = "uk-japan-semiconductors-partnership"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def test_backup_holds_notes_written_while_the_database_is_open(db_copy, dataset):
    lib = open_library(db_copy, dataset=dataset)
    annotations.set_note(lib.engine, SLUG, "ask EPSRC about the second call")
    annotations.set_star(lib.engine, SLUG, True)
    annotations.tag(lib.engine, SLUG, "briefing")
    made = make_backup(db_copy, "manual", now=T0)     # the window still has the file open (WAL)
    lib.engine.dispose()
    con = sqlite3.connect(made)
    assert con.execute("SELECT note, starred FROM annotations WHERE initiative_slug = ?",
                       (SLUG,)).fetchone() == ("ask EPSRC about the second call", 1)
    con.close()
    [info] = list_backups(db_copy)
    assert (info.kind, info.made_at, info.notes, info.starred, info.tags) == ("manual", T0, 1, 1, 1)
    assert info.initiatives == 45
    assert "45 initiatives, 1 note, 1 starred, 1 tag" in info.describe()   # one note, not "1 notes"
    assert "100,000 initiatives" in replace(info, initiatives=100_000).describe()   # as users read numbers
    assert stat.S_IMODE(made.stat().st_mode) == user_file_mode()
    assert not list(db_copy.parent.glob("*.partial"))


def test_only_automatic_backups_are_pruned_newest_kept(db_copy):
    manual = make_backup(db_copy, "manual", now=T0)
    autos = [make_backup(db_copy, "auto", now=T0 + timedelta(hours=h)) for h in range(KEEP + 3)]
    gone = prune(db_copy)
    assert sorted(gone) == sorted(autos[:3])
    left = list_backups(db_copy)
    assert [b.path for b in left if b.kind == "auto"] == list(reversed(autos[3:]))
    assert manual in [b.path for b in left]


def test_daily_backup_is_due_only_when_a_day_old_and_something_changed(db_copy, dataset):
    assert backup_due(db_copy, now=T0)                # no backup yet
    made = rolling_backup(db_copy, now=T0)
    assert made is not None
    assert not backup_due(db_copy, now=T0 + timedelta(days=2))   # nothing changed since
    lib = open_library(db_copy, dataset=dataset)
    annotations.set_note(lib.engine, SLUG, "changed")
    lib.engine.dispose()
    later = made.stat().st_mtime + 5
    os.utime(db_copy, (later, later))
    assert not backup_due(db_copy, now=T0 + timedelta(hours=3))  # changed, but not a day old
    assert backup_due(db_copy, now=T0 + timedelta(days=1))


def test_on_quit_backup_only_when_something_changed(db_copy):
    make_backup(db_copy, "auto", now=T0)
    assert rolling_backup(db_copy, on_quit=True, now=T0 + timedelta(minutes=5)) is None
    later = db_copy.stat().st_mtime + 60
    os.utime(db_copy, (later, later))
    assert rolling_backup(db_copy, on_quit=True, now=T0 + timedelta(minutes=10)) is not None


def test_restore_sets_the_current_file_aside(db_copy, dataset):
    made = make_backup(db_copy, "manual", now=T0)
    lib = open_library(db_copy, dataset=dataset)
    annotations.set_note(lib.engine, SLUG, "written after the backup")
    lib.engine.dispose()
    aside = restore_backup(db_copy, made)
    assert aside is not None and aside.exists()
    lib = open_library(db_copy, dataset=dataset)
    assert lib.catalog.detail(SLUG).annotation.note == ""
    lib.engine.dispose()


def test_two_restores_in_the_same_second_keep_both_files_set_aside(db_copy, dataset, monkeypatch):
    """Set-aside names carry the time to the second: a second restore within it (a script, or
    a fast machine) renamed the restored file over the first set-aside one, and the database
    the user had before the first restore was gone."""
    from ukjp_desktop.store import recovery

    class SameSecond(datetime):
        @classmethod
        def now(cls, tz=None):
            return T0
    monkeypatch.setattr(recovery, "datetime", SameSecond)
    made = make_backup(db_copy, "manual", now=T0)
    lib = open_library(db_copy, dataset=dataset)
    annotations.set_note(lib.engine, SLUG, "the user's own work")
    lib.engine.dispose()
    first = restore_backup(db_copy, made)
    second = restore_backup(db_copy, made)
    assert first != second and first.exists() and second.exists()
    kept = open_library(first, dataset=dataset)
    assert kept.catalog.detail(SLUG).annotation.note == "the user's own work"
    kept.engine.dispose()


def test_an_unreadable_backup_is_listed_as_such(db_copy):
    broken = db_copy.with_name(db_copy.name + ".backup-auto-20261201T090000Z")
    broken.write_bytes(b"not a database")
    [info] = list_backups(db_copy)
    assert info.initiatives is None and "cannot be read" in info.describe()


def test_backup_backups_and_restore_on_the_command_line(db_copy):
    import subprocess
    import sys
    cli = [sys.executable, "-m", "ukjp_desktop", "--db", str(db_copy)]
    made = subprocess.run(cli + ["db", "backup"], capture_output=True, text=True, timeout=120)
    assert made.returncode == 0 and "(made by you): 45 initiatives, 0 notes" in made.stdout
    subprocess.run(cli + ["annotate", SLUG, "--note", "after the backup"], check=True,
                   capture_output=True, timeout=120)
    listed = subprocess.run(cli + ["db", "backups"], capture_output=True, text=True, timeout=120)
    assert listed.stdout.count("made by you") == 1
    back = subprocess.run(cli + ["db", "restore", "latest"], capture_output=True, text=True, timeout=120)
    assert back.returncode == 0 and "the previous file is kept as" in back.stdout
    assert list(db_copy.parent.glob(db_copy.name + ".replaced-*"))
    shown = subprocess.run(cli + ["show", SLUG, "--json"], capture_output=True, text=True, timeout=120)
    assert "after the backup" not in shown.stdout
    # backups never gain -wal/-shm files from being listed or checked
    assert not [p for p in db_copy.parent.iterdir() if ".backup-" in p.name and p.name.endswith(("-wal", "-shm"))]
    missing = subprocess.run(cli + ["db", "restore", str(db_copy) + ".nothing"], capture_output=True,
                             text=True, timeout=120)
    assert missing.returncode == 1 and "there is no backup at" in missing.stderr


def test_restore_refuses_while_the_database_is_open_elsewhere(db_copy):
    """A restore under an open window set the file aside while the window kept writing to it by
    its old handle: the user's next star or note landed in the ".replaced-" file."""
    import subprocess
    import sys
    cli = [sys.executable, "-m", "ukjp_desktop", "--db", str(db_copy)]
    subprocess.run(cli + ["db", "backup"], check=True, capture_output=True, timeout=120)
    window = sqlite3.connect(db_copy)                 # stands for a window with the file open
    window.execute("SELECT count(*) FROM sqlite_master").fetchall()
    before = sorted(p.name for p in db_copy.parent.iterdir())
    busy = subprocess.run(cli + ["db", "restore", "latest"], capture_output=True, text=True, timeout=120)
    assert busy.returncode == 1 and "is open in another program" in busy.stderr and "Traceback" not in busy.stderr
    assert sorted(p.name for p in db_copy.parent.iterdir()) == before     # nothing set aside
    window.close()
    back = subprocess.run(cli + ["db", "restore", "latest"], capture_output=True, text=True, timeout=120)
    assert back.returncode == 0 and "the previous file is kept as" in back.stdout


def test_mistyped_db_path_is_refused_and_creates_nothing(tmp_path):
    import subprocess
    import sys
    target = tmp_path / "no" / "such" / "x.sqlite"
    r = subprocess.run([sys.executable, "-m", "ukjp_desktop", "--db", str(target), "list"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "There is no database at" in r.stderr
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("command", [["db", "info"], ["db", "check"], ["list"]])
def test_db_info_and_check_on_a_mistyped_path_create_nothing(tmp_path, capsys, command):
    """As every other command: `db info` and `db check` built a whole database (and its
    folders) at a path that was only mistyped."""
    from ukjp_desktop.cli import main
    target = tmp_path / "no" / "such" / "x.sqlite"
    assert main(["--db", str(target), *command]) == 1
    assert "There is no database at" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("address", ["postgres://alice@127.0.0.1:5432/ukjp",
                                     "postgres+psycopg://alice@127.0.0.1:5432/ukjp",
                                     "mysql://alice@127.0.0.1/ukjp"])
@pytest.mark.parametrize("command", [["db", "info"], ["list"], ["db", "build"]])
def test_an_address_of_another_kind_is_refused_in_words_and_creates_nothing(
        tmp_path, capsys, monkeypatch, address, command):
    """A database address the application cannot use was taken for a file path: folders named
    ``postgres+psycopg:`` and a new SQLite database appeared in the current folder."""
    from ukjp_desktop.cli import main
    monkeypatch.chdir(tmp_path)
    assert main(["--db", address, *command]) == 1
    err = capsys.readouterr().err
    assert "postgresql+psycopg://USER@HOST:PORT/DBNAME" in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_session_that_changed_nothing_makes_no_backup_on_quit(db_copy):
    from ukjp_desktop.store.backups import last_change
    opened = last_change(db_copy)
    assert rolling_backup(db_copy, on_quit=True, opened_at=opened) is None
    later = opened + 60
    os.utime(db_copy, (later, later))
    assert rolling_backup(db_copy, on_quit=True, opened_at=opened) is not None


def test_a_large_database_keeps_fewer_automatic_copies(db_copy, monkeypatch):
    import ukjp_desktop.store.backups as backups
    autos = [make_backup(db_copy, "auto", now=T0 + timedelta(hours=h)) for h in range(5)]
    monkeypatch.setattr(backups, "LARGE", 1)            # the bundled data counts as large
    gone = prune(db_copy)
    assert sorted(gone) == sorted(autos[:3])


def test_a_restore_from_a_backup_that_is_gone_leaves_the_database_in_place(db_copy, tmp_path):
    """The current file was set aside before the copy was tried: a backup deleted meanwhile (or a
    full disk) left no database at the name, and the next open made an empty one."""
    gone = tmp_path / "u.sqlite.backup-auto-20261201T090000Z"
    before = db_copy.read_bytes()
    with pytest.raises(OSError):
        restore_backup(db_copy, gone)
    assert db_copy.read_bytes() == before
    assert not list(db_copy.parent.glob(db_copy.name + ".replaced-*"))
    assert not list(db_copy.parent.glob("*.partial"))
