"""``run`` (also no command at all) and ``--self-test``: the commands that start Qt.

Qt is imported only inside these functions, so every other command stays Qt-free.
"""
from __future__ import annotations

import os
import sys


def register(sub) -> None:
    sub.add_parser("run", help="open the explorer window (also what happens with no command)"
                   ).set_defaults(func=run_window)


def headless() -> None:
    """With no display, use Qt's offscreen platform rather than fail to connect to one."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_self_test(args) -> int:
    from .. import STARTED_AT
    from ..app import import_store_first
    headless()
    import_store_first()   # as the window's start does: its first_paint_s is that start's
    from ..ui.self_test.runner import run_self_test as self_test
    return self_test(args.db, STARTED_AT)


def run_window(args) -> int:
    from ..app import run_window as window
    return window(args.db, args.settings_dir)
