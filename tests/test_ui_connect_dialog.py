"""File → Connect to team database…: an address that failed is offered again first, so a typo is corrected rather
than typed again in full (QA, session 28)."""
from __future__ import annotations

from ukjp_desktop.ui import switch_database


def test_an_address_that_failed_is_offered_first_next_time(window, monkeypatch):
    typo = "postgresql+psycopg://bob@127.0.0.1:5432/ukjpp"
    offered: list[list[str]] = []

    def get_item(parent, title, label, items, current, editable):
        offered.append(list(items))
        return (typo if len(offered) == 1 else "", len(offered) == 1)

    monkeypatch.setattr(switch_database.QInputDialog, "getItem", get_item)
    monkeypatch.setattr(switch_database, "open_database", lambda w, url: None)   # the server said no
    assert switch_database.connect_team_database(window) is None
    assert switch_database.connect_team_database(window) is None   # the user comes back to correct it
    assert offered[0] == ["postgresql+psycopg://"] and offered[1][0] == typo
    assert switch_database.recent_team_databases(window.settings) == []   # only an opened one is "recent"


def _shown_message(qtbot, window, url):
    """The message box File → Connect to team database… shows for ``url``, which fails."""
    from PySide6.QtWidgets import QApplication, QMessageBox
    assert switch_database.open_database(window, url) is None
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    box = boxes[0]
    text, detail = box.text(), box.detailedText()
    box.close()
    return text, detail


def test_a_server_that_is_down_is_said_in_our_words_with_the_drivers_as_detail(qtbot, window):
    text, detail = _shown_message(qtbot, window, "postgresql+psycopg://bob@127.0.0.1:1/ukjp")
    assert "Nothing is answering at 127.0.0.1, port 1" in text
    assert "Is the server running" not in text and "connection failed" not in text
    assert "Connection refused" in detail and "Is the server running on that host" in detail


def test_an_unknown_host_is_said_in_our_words(qtbot, window):
    text, detail = _shown_message(qtbot, window, "postgresql+psycopg://bob@no-such-host.invalid/ukjp")
    assert "No computer named “no-such-host.invalid” could be found" in text
    assert "Errno" not in text and "no-such-host.invalid" in detail


def test_a_database_the_server_does_not_have_is_said_in_our_words(qtbot, window, pg_server):
    url = pg_server.url("no_such_db")
    text, detail = _shown_message(qtbot, window, url)
    assert "has no database named “no_such_db”" in text
    assert 'database "no_such_db" does not exist' in detail and "FATAL" not in text
