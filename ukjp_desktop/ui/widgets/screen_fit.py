"""Sizing a new window so that it fits the screen it opens on.

Why: the import review opened at 1480×920 and the table import at 1100×680 whatever the
screen; on a 1024×700 laptop screen their Import and Cancel buttons were off it, out of reach.
A window opens at the size it wants, or at the screen's available area less a margin when that
is smaller (the user can still make it larger)."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WIDTH_SHARE, HEIGHT_SHARE = 0.96, 0.92   # the margin leaves the window's frame and title bar on screen


def fitted_size(width: int, height: int, available_width: int, available_height: int) -> tuple[int, int]:
    """``(width, height)``, each cut to its share of the available area."""
    return (min(width, int(available_width * WIDTH_SHARE)), min(height, int(available_height * HEIGHT_SHARE)))


def resize_within_screen(window: QWidget, width: int, height: int, near: QWidget | None = None) -> None:
    """Resize ``window`` to ``width``×``height``, or less on a smaller screen: the screen of ``near``
    (the window it opens from), else its own, else the primary one."""
    screen = (near.screen() if near is not None else None) or window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = fitted_size(width, height, area.width(), area.height())
    window.resize(width, height)
