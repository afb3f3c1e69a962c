"""A window opens no larger than the screen it opens on (ui/widgets/screen_fit.py)."""
from __future__ import annotations

import pytest

from tests.test_ui_import import open_loaded, write
from ukjp_desktop.ui.widgets.screen_fit import fitted_size


@pytest.mark.parametrize("wanted, available, got", [
    ((1480, 920), (1920, 1080), (1480, 920)),      # room enough: the size it wants
    ((1480, 920), (1024, 700), (983, 644)),        # a small laptop screen: within it, with a margin
    ((900, 760), (1366, 768), (900, 706)),
])
def test_a_window_is_cut_to_its_screen_only_where_it_is_smaller(wanted, available, got):
    assert fitted_size(*wanted, *available) == got


def test_the_import_review_fits_the_screen_it_opens_on(qtbot, window, tmp_path):
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", "UKRI will invest £2 million in 2026."))
    area = window.screen().availableGeometry()
    assert 0 < review.width() <= area.width() and 0 < review.height() <= area.height()
    assert area.width() < 1480      # the offscreen screen is small: the window was cut to it


def test_on_a_short_screen_the_review_gives_its_height_to_the_proposals(qtbot, window, tmp_path):
    """At 983×644 (a 1024×700 screen): the Source box takes two rows of two fields, a long title
    shows from its start, and the target box's wrapped note keeps room for its two lines instead
    of being drawn over the rows above it."""
    title = "Tokyo and London launch a joint call for quantum sensing research across both countries"
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", f"{title}\n\nUKRI will invest £2 million in 2026."))
    review.resize(983, 644)
    qtbot.waitUntil(lambda: review.height() == 644)
    source, target = review.source, review.target
    assert source.title_edit.text() == title and source.title_edit.cursorPosition() == 0
    assert source.title_edit.geometry().top() == source.date_edit.geometry().top()      # one row
    assert source.publisher_edit.geometry().top() == source.url_edit.geometry().top()
    assert source.height() < 3 * source.title_edit.height() + 40
    status = target.new_status
    note = next(w for w in target.findChildren(type(source.notices)) if w.text().startswith("Dates, money"))
    below_status = status.mapTo(target, status.rect().bottomLeft()).y()
    assert note.mapTo(target, note.rect().topLeft()).y() >= below_status       # not over the Status row
    assert note.height() >= 2 * note.fontMetrics().lineSpacing()


def test_the_new_initiatives_long_name_shows_from_its_start(qtbot, window, tmp_path):
    """With no initiative named in the page, the new initiative is named after the long title: its box
    shows "Tokyo and London launch…", not "…both countries and their universities"."""
    title = ("Tokyo and London launch a joint call for quantum sensing research across both countries and their "
             "universities")
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", f"{title}\n\nUKRI will invest £2 million in 2026."))
    name = review.target.new_name
    assert name.text() == title and name.cursorPosition() == 0
