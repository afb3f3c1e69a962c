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
    assert len(w.annotator.writer.journal) == 1                # her side survives a crash
    getattr(w.annotations, how).click()
    assert not w.annotations.conflict.isVisible()
    assert w.annotations.note.toPlainText() == result
    qtbot.waitUntil(lambda: _stored(alice, slug) == result and w.annotator.is_idle(), timeout=10000)
    assert len(w.annotator.writer.journal) == 0                # settled: nothing kept any more


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
        assert panel.whose_hint.isHidden()               # it narrows the starred list
    show_initiative(qtbot, w, s[1])
    assert w.annotations.team_star.isChecked() and not w.annotations.star.isChecked()
    panel.starred.setChecked(False)
    settle(qtbot, w)
    # "the team's" alone narrows nothing: the panel says what it waits for
    assert not panel.whose_hint.isHidden() and "Starred" in panel.whose_hint.text()
    panel.whose.setCurrentIndex(panel.whose.findData("all"))
    assert panel.whose_hint.isHidden()
    panel.whose.setCurrentIndex(panel.whose.findData("team"))
    settle(qtbot, w)
    show_initiative(qtbot, w, s[3])                  # a colleague's shared note: plain text
    team = w.annotations.team_notes
    assert team.isVisible() and [b.textFormat() for b in team.bodies] == [Qt.PlainText]
    assert "bob shared" in team.text()
    assert team.bodies[0].text() == "<b>bob's</b> shared words"
    assert w.annotations.note.toPlainText() == ""
    w.close()


def _shared_by_bob(members, slug, text):
    bob = members.lib("bob")
    with members.as_("bob"):
        ann.set_note(bob.engine, slug, text)
        ann.share_note(bob.engine, slug, True)


def _bobs_note(lib, slug):
    return next(n for n in lib.catalog.detail(slug).annotation.team_notes if n.author == "bob")


@pytest.fixture
def on_bobs_note(qtbot, members, tmp_path, monkeypatch):
    """Opens Alice's window on an initiative where Bob shared ``text`` (read-only if a reason is given)."""
    monkeypatch.setenv("LOGNAME", "alice")
    alice = members.lib("alice")
    slug = alice.catalog.slugs()[0]

    def open_window(text, read_only=""):
        _shared_by_bob(members, slug, text)
        w = make_window(qtbot, alice, tmp_path / "settings.ini")
        if read_only:
            w.annotations.set_read_only(read_only)
        show_initiative(qtbot, w, slug)
        return w, alice, slug
    return open_window


def test_a_member_edits_a_colleagues_shared_note_from_the_pane(qtbot, on_bobs_note):
    w, alice, slug = on_bobs_note("bob's first words")
    team = w.annotations.team_notes
    assert [b.isEnabled() for b in team.edit_buttons] == [True]
    team.edit_buttons[0].click()
    editor = team.editors[0]
    assert editor.text.toPlainText() == "bob's first words" and "bob" in editor.windowTitle()
    editor.text.setPlainText("bob's first words\nalice adds a line")
    editor.accept()
    qtbot.waitUntil(lambda: _bobs_note(alice, slug).note.endswith("alice adds a line"), timeout=10000)
    n = _bobs_note(alice, slug)
    assert (n.author, n.updated_by) == ("bob", "alice")          # still his, edited by her
    assert alice.catalog.detail(slug).annotation.note == ""        # her own note untouched
    qtbot.waitUntil(lambda: "edited by alice" in team.text(), timeout=10000)
    w.undo_action.trigger()                                    # Edit ▸ Undo
    qtbot.waitUntil(lambda: _bobs_note(alice, slug).note == "bob's first words", timeout=10000)
    w.close()


def test_an_edit_of_a_colleagues_note_that_meets_a_newer_one_comes_back_with_both(qtbot, members, on_bobs_note):
    w, alice, slug = on_bobs_note("v1")
    bob = members.lib("bob")
    team = w.annotations.team_notes
    editor = team.edit("bob")
    editor.text.setPlainText("v1 and alice's line")
    with members.as_("bob"):                                   # bob saves meanwhile
        ann.set_note(bob.engine, slug, "v2 by bob", expected="v1")
    editor.accept()
    qtbot.waitUntil(lambda: len(team.editors) == 1, timeout=10000)
    again = team.editors[0]
    assert _bobs_note(alice, slug).note == "v2 by bob"         # not saved over
    assert again.text.toPlainText() == "v2 by bob\n\nv1 and alice's line"
    assert "bob saved this note" in again.notice.text() and again.notice.isVisibleTo(again)
    assert not w.annotations.conflict.isVisible()              # her own note has no conflict
    journal = w.annotator.writer.journal
    assert [e["value"]["owner"] for _k, e in journal.entries()] == ["bob"]   # kept until settled
    w.close()                                                  # closing saves the open editor
    assert _bobs_note(alice, slug).note == "v2 by bob\n\nv1 and alice's line"
    assert len(journal) == 0


def test_a_read_only_member_cannot_edit_a_colleagues_note(on_bobs_note):
    w, _alice, _slug = on_bobs_note("bob's words", read_only="This database is read-only for you.")
    assert not w.annotations.team_notes.edit_buttons[0].isEnabled()
    w.close()


def _shown_whole(label) -> bool:
    """A word-wrapped label has the height its text needs at its width (it is not cut off)."""
    return label.height() >= label.heightForWidth(label.width())


def test_a_colleagues_long_shared_note_is_shown_whole(qtbot, members, tmp_path, monkeypatch):
    """Seen at 1024x700: Bob's window showed two lines of Alice's six-line shared note, cut
    off at the bottom with no scroll bar; the label's height was guessed for another width."""
    alice = members.lib("alice")
    slug = alice.catalog.slugs()[0]
    long_note = ("Ask JST about the second call (deadline in March); Bob will phone them on "
                 "Tuesday.\n\nBook the meeting room for the visit and send the agenda round.")
    with members.as_("alice"):
        ann.set_note(alice.engine, slug, long_note)
        ann.share_note(alice.engine, slug, True)
    monkeypatch.setenv("LOGNAME", "bob")
    w = make_window(qtbot, members.lib("bob"), tmp_path / "settings.ini")
    w.resize(1008, 660)
    show_initiative(qtbot, w, slug)
    notes = w.annotations.team_notes
    assert [b.text() for b in notes.bodies] == [long_note]
    qtbot.waitUntil(lambda: all(_shown_whole(b) for b in notes.bodies), timeout=3000)
    # ...and still whole when the pane is made narrower (more lines at the new width).
    w.splitter.setSizes([200, 500, 300])
    qtbot.waitUntil(lambda: all(_shown_whole(b) for b in notes.bodies), timeout=3000)
    w.close()

