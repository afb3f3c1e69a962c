"""The main window as the GUI tests open it: the ``window`` fixture (conftest.py) and
``settle``, shared by the document and table import tests."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ukjp_desktop.ui.main_window import MainWindow


def settle(qtbot, w: MainWindow) -> None:
    """Wait until the latest list and facet results have been applied."""
    qtbot.waitUntil(lambda: w.model.generation == w.runner.generation, timeout=15000)
    w.runner.wait()
    qtbot.wait(20)  # deliver the queued facet result
    qtbot.waitUntil(lambda: not w.browse.facets_pending, timeout=15000)   # shown a few per turn


def open_window(qtbot, library, settings_file: Path) -> MainWindow:
    """A shown, settled window over ``library`` with its settings in ``settings_file``."""
    w = MainWindow(library, QSettings(str(settings_file), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    settle(qtbot, w)
    return w
