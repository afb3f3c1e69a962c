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
