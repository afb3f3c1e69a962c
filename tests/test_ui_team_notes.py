"""A note someone else saved while you were editing it (issue 17): the detail pane shows theirs
and yours and offers keep mine / take theirs / merge; nothing is overwritten silently and
nothing typed is lost. Two members on two connections (two roles on PostgreSQL, two user names
on SQLite): Bob edits the note Alice shared while Alice is typing in it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ukjp_desktop.store import annotations as ann

from test_ui_window import make_window, show_initiative

pytestmark = pytest.mark.both_engines

FIRST = "first draft"
BOBS = "first draft\nbob's line"
ALICES = "first draft\nalice's line"


@pytest.fixture
def alice_window(qtbot, members, tmp_path, monkeypatch):
    monkeypatch.setenv("LOGNAME", "alice")          # the window's member on SQLite
    alice, bob = members.lib("alice"), members.lib("bob")
    slug = alice.catalog.slugs()[0]
    ann.set_note(alice.engine, slug, FIRST)
    ann.share_note(alice.engine, slug, True)
    w = make_window(qtbot, alice, tmp_path / "settings.ini")
    show_initiative(qtbot, w, slug)
    assert w.annotations.note.toPlainText() == FIRST and w.annotations.shared.isChecked()
    w.annotations.note.setPlainText(ALICES)          # Alice types (the autosave timer runs)...
    with members.as_("bob"):                         # ...Bob saves the shared note first
        ann.set_note(bob.engine, slug, BOBS, owner="alice", expected=FIRST)
    yield w, alice, slug
    w.close()


def _stored(lib, slug):
    return lib.catalog.detail(slug).annotation.note


@pytest.mark.parametrize("how, result", [("keep_mine", ALICES), ("take_theirs", BOBS),
                                         ("merge", f"{BOBS}\n\n{ALICES}")])
def test_theirs_and_yours_are_shown_and_the_member_chooses(qtbot, alice_window, how, result):
    w, alice, slug = alice_window
    w.annotations.flush()                            # Alice's save meets Bob's
    qtbot.waitUntil(w.annotations.conflict.isVisible, timeout=10000)
    assert "bob saved this note" in w.annotations.conflict_label.text()
    assert w.annotations.theirs.toPlainText() == BOBS and w.annotations.theirs.isReadOnly()
    assert w.annotations.note.toPlainText() == ALICES          # hers, still there
    assert _stored(alice, slug) == BOBS                        # his, not overwritten
    qtbot.wait(1500)     # Bob's change announced meanwhile: Alice's text stays in the editor
    assert w.annotations.note.toPlainText() == ALICES
    getattr(w.annotations, how).click()
    assert not w.annotations.conflict.isVisible()
    assert w.annotations.note.toPlainText() == result
    qtbot.waitUntil(lambda: _stored(alice, slug) == result and w.annotator.is_idle(), timeout=10000)


def test_a_conflict_left_open_when_the_window_closes_keeps_both(qtbot, alice_window):
    w, alice, slug = alice_window
    w.annotations.flush()
    qtbot.waitUntil(w.annotations.conflict.isVisible, timeout=10000)
    w.close()
    assert _stored(alice, slug) == f"{BOBS}\n\n{ALICES}"


def test_a_conflict_waits_for_the_member_to_come_back(qtbot, alice_window):
    """Alice moved on before her save met Bob's: her text returns with the choice."""
    from test_ui_window import listed_slugs
    w, alice, slug = alice_window
    other = next(s for s in listed_slugs(w) if s != slug)
    show_initiative(qtbot, w, other)                 # selecting another saves the note
    qtbot.waitUntil(lambda: slug in w.annotations._conflicts, timeout=10000)
    assert not w.annotations.conflict.isVisible()
    show_initiative(qtbot, w, slug)
    assert w.annotations.conflict.isVisible() and w.annotations.note.toPlainText() == ALICES
    w.annotations.merge.click()
    qtbot.waitUntil(lambda: _stored(alice, slug) == f"{BOBS}\n\n{ALICES}", timeout=10000)


def test_the_filter_panel_chooses_whose_stars_and_notes_count(qtbot, members, tmp_path, monkeypatch):
    from test_ui_window import listed_slugs, settle
    monkeypatch.setenv("LOGNAME", "alice")
    alice, bob = members.lib("alice"), members.lib("bob")
    s = alice.catalog.slugs()
    ann.set_star(alice.engine, s[0], True)                       # hers
    with members.as_("bob"):
        ann.set_star(bob.engine, s[1], True, team=True)          # the team's
        ann.set_star(bob.engine, s[2], True)                     # his: never shown to her
        ann.set_note(bob.engine, s[3], "<b>bob's</b> shared words")
        ann.share_note(bob.engine, s[3], True)
    w = make_window(qtbot, alice, tmp_path / "settings.ini")
    panel = w.filter_panel
    panel.starred.setChecked(True)
    settle(qtbot, w)
    assert sorted(listed_slugs(w)) == sorted([s[0], s[1]])
    for value, expect in (("mine", [s[0]]), ("team", [s[1]])):
        panel.whose.setCurrentIndex(panel.whose.findData(value))
        settle(qtbot, w)
        assert listed_slugs(w) == expect and w.state.filter.whose == value
    show_initiative(qtbot, w, s[1])
    assert w.annotations.team_star.isChecked() and not w.annotations.star.isChecked()
    panel.starred.setChecked(False)
    settle(qtbot, w)
    show_initiative(qtbot, w, s[3])                  # a colleague's shared note: plain text
    assert w.annotations.team_notes.isVisible() and w.annotations.team_notes.textFormat() == Qt.PlainText
    assert "bob shared" in w.annotations.team_notes.text()
    assert "<b>bob's</b> shared words" in w.annotations.team_notes.text()
    assert w.annotations.note.toPlainText() == ""
    w.close()
