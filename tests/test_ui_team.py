"""The window on a team database (PostgreSQL): another member's changes arrive by themselves;
a member who may only read gets a window where editing is visibly off."""
from __future__ import annotations

import pytest

from ukjp_desktop.core.filters import Filter
from ukjp_desktop.store import annotations
from ukjp_desktop.store import importer as imp
from ukjp_desktop.store.userdb import open_library

from test_ui_window import facet_count, listed_slugs, make_window, show_initiative
from test_upgrade_user_facts import QUANTUM, _rich_plan


@pytest.fixture
def own_server(dataset):
    """A server of the test's own, which it may stop and start (the session's is shared), and
    the curated database on it."""
    from pg_server import PgServer
    server = PgServer().start()
    try:
        server.psql_admin("CREATE DATABASE own")
        lib = open_library(server.url("own"), dataset=dataset)
        yield server, lib
        lib.engine.dispose()
    finally:
        server.stop()


@pytest.fixture
def team_db(pg_databases, dataset):
    name, url = pg_databases.new()
    open_library(url, dataset=dataset).engine.dispose()
    yield url
    pg_databases.drop(name)


def test_another_members_note_and_import_reach_an_open_window(qtbot, team_db, tmp_path):
    mine = open_library(team_db)
    w = make_window(qtbot, mine, tmp_path / "settings.ini")
    assert w.team.listening
    theirs = open_library(team_db)               # a second member, elsewhere
    slug = listed_slugs(w)[2]
    show_initiative(qtbot, w, slug)
    physics = facet_count(w, "sector", "physics")

    annotations.set_note(theirs.engine, slug, "a shared note from a colleague")
    qtbot.waitUntil(lambda: w.annotations.note.toPlainText() == "a shared note from a colleague",
                    timeout=10000)
    assert w.state.selected == slug                              # the selection stayed

    imp.import_document(theirs.engine, _rich_plan())           # adds the sector physics
    qtbot.waitUntil(lambda: facet_count(w, "sector", "physics") == physics + 1, timeout=10000)
    assert w.state.selected == slug
    show_initiative(qtbot, w, QUANTUM)
    assert any(f.amount == 6_000_000 for f in w.details.shown.funding)
    w.close()
    theirs.engine.dispose()
    mine.engine.dispose()


def test_text_being_typed_is_not_replaced_by_a_colleagues_save(qtbot, team_db, tmp_path):
    mine = open_library(team_db)
    w = make_window(qtbot, mine, tmp_path / "settings.ini")
    theirs = open_library(team_db)
    slug = listed_slugs(w)[0]
    show_initiative(qtbot, w, slug)
    w.annotations.note.setPlainText("I am typing this")      # the autosave timer is running
    annotations.set_note(theirs.engine, slug, "their note")
    qtbot.wait(2500)                                          # their change has arrived
    assert w.annotations.note.toPlainText() == "I am typing this"
    w.close()
    theirs.engine.dispose()
    mine.engine.dispose()


def _reader_window(qtbot, team_db, pg_databases, tmp_path):
    """A window on the team database for a member whose role may only read (SELECT)."""
    server = pg_databases.server
    database = team_db.rsplit("/", 1)[1]
    server.psql_admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') "
                      "THEN CREATE ROLE reader LOGIN; END IF; END $$")
    server.psql_admin("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader", database=database)
    lib = open_library(server.url(database, user="reader"))
    return lib, make_window(qtbot, lib, tmp_path / "settings.ini")


def test_a_reader_gets_a_window_with_editing_visibly_off(qtbot, team_db, pg_databases, tmp_path):
    lib, w = _reader_window(qtbot, team_db, pg_databases, tmp_path)
    show_initiative(qtbot, w, listed_slugs(w)[0])
    assert "read-only" in w.windowTitle()
    assert not w.annotations.isEnabled()
    assert w.catalog.count(Filter()) == w.model.rowCount()
    w.close()
    lib.engine.dispose()


def test_a_readers_window_offers_no_edit_from_the_menus_either(qtbot, team_db, pg_databases, tmp_path):
    """Ctrl+D (Edit → Star) answered with an error dialog and a traceback in the log, and View →
    Saved views → Save current view… with "Something went wrong: ProgrammingError ...
    permission denied for table saved_views" and the SQL."""
    from PySide6.QtGui import QAction
    lib, w = _reader_window(qtbot, team_db, pg_databases, tmp_path)
    show_initiative(qtbot, w, listed_slugs(w)[0])
    by_text = {a.text(): a for a in w.findChildren(QAction)}
    for text in ("&Star / unstar selected", "Manage &tags…", "&Save current view…", "&Manage views…"):
        assert not by_text[text].isEnabled(), text
        assert "read-only" in by_text[text].toolTip()
    w.saved_views.rebuild()                      # a rebuilt menu (after opening a view) stays so
    by_text = {a.text(): a for a in w.findChildren(QAction) if a.parent() is w}
    assert not by_text["&Save current view…"].isEnabled()
    assert by_text["&Find"].isEnabled()
    w.close()
    lib.engine.dispose()


def test_file_menu_connects_to_a_team_database_asking_for_its_password(
        qtbot, team_db, pg_databases, tmp_path, monkeypatch):
    from PySide6.QtGui import QAction
    from ukjp_desktop.ui import switch_database
    server = pg_databases.server
    database = team_db.rsplit("/", 1)[1]
    server.require_password("dora", "pa55word")
    server.psql_admin("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO dora; "
                      "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO dora", database=database)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    url = server.url(database, user="dora")
    start = open_library(tmp_path / "mine.sqlite")
    w = make_window(qtbot, start, tmp_path / "settings.ini")
    assert w.findChild(QAction, "connect-team") is not None
    monkeypatch.setattr(switch_database.QInputDialog, "getItem", lambda *a, **k: (url, True))
    answers = iter([("wrong", True), ("pa55word", True)])
    prompts = []
    monkeypatch.setattr(switch_database.QInputDialog, "getText",
                        lambda *a, **k: (prompts.append(a[2]), next(answers))[1])
    other = switch_database.connect_team_database(w)
    qtbot.addWidget(other)
    assert other is not None and other.library.db.server and not other.library.read_only
    assert len(prompts) == 2 and "not accepted" in prompts[1]
    assert other.catalog.count() > 0
    assert switch_database.recent_team_databases(other.settings) == [url]
    other.settings.sync()
    assert "pa55word" not in (tmp_path / "settings.ini").read_text()
    other.close()
    other.library.engine.dispose()
    start.engine.dispose()
    server.psql_admin("DROP OWNED BY dora", database=database)
    server.psql_admin("DROP ROLE dora")


def test_a_server_that_goes_away_is_said_in_words_and_the_window_recovers(qtbot, own_server, tmp_path):
    """With the server stopped, choosing another initiative said in the status bar
    "Loading the details failed: (psycopg.OperationalError) connection failed: ...": the
    driver's words, its class name and SQLAlchemy's web link, not the window's."""
    server, lib = own_server
    w = make_window(qtbot, lib, tmp_path / "settings.ini")
    first, second = listed_slugs(w)[:2]
    show_initiative(qtbot, w, first)
    server.pause()
    show_initiative(qtbot, w, second)
    said = w.statusBar().currentMessage()
    assert "server cannot be reached" in said
    for raw in ("OperationalError", "sqlalche.me", "\n"):
        assert raw not in said
    server.resume()
    show_initiative(qtbot, w, first)
    assert w.details.shown.slug == first
    w.close()


def test_other_members_changes_reach_the_window_again_after_the_server_restarts(qtbot, own_server, tmp_path):
    """The window stopped listening for good when the server restarted: from then on no
    colleague's note or import reached it, and nothing said so."""
    server, mine = own_server
    w = make_window(qtbot, mine, tmp_path / "settings.ini")
    slug = listed_slugs(w)[1]
    show_initiative(qtbot, w, slug)
    server.pause()
    qtbot.wait(1500)                      # the window notices it lost its listening connection
    server.resume()
    theirs = open_library(server.url("own"))
    qtbot.waitUntil(lambda: w.team.listening, timeout=15000)
    qtbot.wait(1000)
    annotations.set_note(theirs.engine, slug, "noted after the restart")
    qtbot.waitUntil(lambda: w.annotations.note.toPlainText() == "noted after the restart",
                    timeout=15000)
    assert w.state.selected == slug
    w.close()
    theirs.engine.dispose()


def test_a_note_typed_while_the_server_is_away_says_why_and_is_saved_when_it_returns(
        qtbot, own_server, tmp_path):
    """The waiting note's explanation said "the database is busy (held by another program)"
    when it was the team database's server that could not be reached."""
    server, lib = own_server
    w = make_window(qtbot, lib, tmp_path / "settings.ini")
    slug = listed_slugs(w)[0]
    show_initiative(qtbot, w, slug)
    server.pause()
    w.annotations.note.setPlainText("typed while the server is away")
    qtbot.waitUntil(lambda: w.annotations.status.text() == "Not saved yet", timeout=15000)
    why = w.annotations.status.toolTip()
    assert "server cannot be reached" in why and "another program" not in why
    server.resume()
    qtbot.waitUntil(lambda: lib.catalog.detail(slug).annotation.note == "typed while the server is away",
                    timeout=20000)
    assert w.annotations.note.toPlainText() == "typed while the server is away"
    w.close()


def test_an_annotation_change_heard_while_the_server_is_away_raises_nothing(qtbot, own_server, tmp_path):
    """The detail's refresh after an annotation change read the database in the window's own
    thread: with the server away the error escaped into Qt's event loop (the unexpected-error
    dialog, a traceback in the log)."""
    server, lib = own_server
    w = make_window(qtbot, lib, tmp_path / "settings.ini")
    slug = listed_slugs(w)[0]
    show_initiative(qtbot, w, slug)
    server.pause()
    with qtbot.waitSignal(w.details.detailApplied, timeout=10000):
        w.state.annotationsChanged.emit(slug)
    assert "server cannot be reached" in w.statusBar().currentMessage()
    assert w.state.selected == slug
    server.resume()
    w.close()
