"""A note edited by someone else since you opened it is never silently overwritten."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from ukjp_desktop.store import annotations
from ukjp_desktop.store.annotations import NoteConflict
from ukjp_desktop.store.engines import current_user

pytestmark = pytest.mark.both_engines


def test_a_note_changed_since_it_was_read_is_not_overwritten(library):
    slug = library.catalog.slugs()[0]
    annotations.set_note(library.engine, slug, "first")
    mine = library.catalog.detail(slug).annotation.note          # I open it...
    annotations.set_note(library.engine, slug, "theirs", expected=mine)   # ...they save first
    with pytest.raises(NoteConflict) as err:
        annotations.set_note(library.engine, slug, "mine", expected=mine)
    assert err.value.theirs == "theirs" and "someone else" in str(err.value)
    assert library.catalog.detail(slug).annotation.note == "theirs"
    annotations.set_note(library.engine, slug, "theirs + mine", expected=err.value.theirs)
    saved = library.catalog.detail(slug).annotation
    assert saved.note == "theirs + mine"
    with library.engine.connect() as conn:   # who saved it: the role, or this computer's user
        assert saved.updated_by == current_user(conn) != ""


def test_a_first_note_expects_none(library):
    slug = library.catalog.slugs()[1]
    annotations.set_note(library.engine, slug, "new", expected="")
    with pytest.raises(NoteConflict):
        annotations.set_note(library.engine, slug, "also new", expected="")


APPENDER = textwrap.dedent("""
    import sys
    from ukjp_desktop.store import annotations
    from ukjp_desktop.store.annotations import NoteConflict
    from ukjp_desktop.store.catalog import Catalog
    from ukjp_desktop.store.database import open_database
    db, who, slug = sys.argv[1:4]
    engine = open_database(db).engine
    catalog = Catalog(engine)
    retries = 0
    for i in range(40):
        while True:            # read, add a line, save only over what was read
            seen = catalog.detail(slug).annotation.note
            try:
                annotations.set_note(engine, slug, seen + f"{who} {i}\\n", expected=seen)
                break
            except NoteConflict:
                retries += 1
    print(retries)
""")


def test_two_processes_appending_to_one_note_lose_no_line(db_copy, catalog):
    slug = catalog.slugs()[0]
    procs = [subprocess.Popen([sys.executable, "-c", APPENDER, str(db_copy), who, slug],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("alice", "bob")]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err[-2000:]
    from ukjp_desktop.store.userdb import open_library
    lib = open_library(db_copy)
    lines = lib.catalog.detail(slug).annotation.note.splitlines()
    lib.engine.dispose()
    assert sorted(lines) == sorted(f"{who} {i}" for who in ("alice", "bob") for i in range(40))
