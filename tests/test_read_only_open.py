"""A database in a read-only folder can be browsed as it is; edits are refused in words (issue 13, #6)."""
from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store import annotations
from ukjp_desktop.store.database import ReadOnlyDatabaseError
from ukjp_desktop.store.userdb import open_library

SLUG = "uk-japan-semiconductors-partnership"


@pytest.fixture
def read_only_folder(built_db, tmp_path, monkeypatch):
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "ukjp.sqlite"
    shutil.copy(built_db, target)
    os.chmod(folder, 0o555)
    # root ignores file modes: make the application see the folder as a normal user would
    import ukjp_desktop.store.database as database
    real = database.os.access
    monkeypatch.setattr(database.os, "access",
                        lambda p, mode: False if str(p) in (str(folder), str(target)) and mode == os.W_OK
                        else real(p, mode))
    yield target
    os.chmod(folder, 0o755)


def test_browse_a_database_in_a_read_only_folder(read_only_folder):
    before = hashlib.sha256(read_only_folder.read_bytes()).hexdigest()
    lib = open_library(read_only_folder, read_only=True)
    assert lib.read_only
    assert lib.catalog.count(Filter()) == 45
    assert lib.catalog.detail(SLUG).name
    assert lib.catalog.count(Filter(text="quantum")) > 0
    with pytest.raises(ReadOnlyDatabaseError, match="open read-only"):
        annotations.set_note(lib.engine, SLUG, "cannot be saved here")
    lib.engine.dispose()
    assert sorted(p.name for p in read_only_folder.parent.iterdir()) == ["ukjp.sqlite"]
    assert hashlib.sha256(read_only_folder.read_bytes()).hexdigest() == before


def test_file_open_database_offers_a_read_only_file_for_browsing(qtbot, window, read_only_folder, monkeypatch):
    """File → Open database… on a file that cannot be written only said so, where the start-up
    dialog offers to open it read-only: the window user had no way to browse it."""
    from ukjp_desktop.ui import switch_database
    from tests.ui_window import settle
    asked = []
    monkeypatch.setattr(switch_database, "ask_read_only", lambda _w, text: asked.append(text) or True)
    other = switch_database.open_database(window, str(read_only_folder))
    assert asked and "cannot be written" in asked[0]
    assert other is not None
    qtbot.addWidget(other)
    settle(qtbot, other)
    assert other.library.read_only and other.model.rowCount() == 45
    other.close()
    other.library.engine.dispose()


def test_declining_to_browse_read_only_keeps_the_window(qtbot, window, read_only_folder, monkeypatch):
    from ukjp_desktop.ui import switch_database
    monkeypatch.setattr(switch_database, "ask_read_only", lambda _w, _text: False)
    assert switch_database.open_database(window, str(read_only_folder)) is None
    assert window.isVisible()
