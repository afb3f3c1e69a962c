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
