"""Painting the window before the store is imported (docs/performance.md, "Paint before the
store"): the start reads the first-page cache (``store.first_page``, plain ``sqlite3``), shows
the window's shell filled from it, and attaches the store once that has painted. This module
holds the window's side: which cached page fits the restored query, the attach after the
paint with the input that arrives meanwhile, and the cache written at close."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ..core.filter_codec import filter_to_json
from ..store import first_page
from .after_paint import after_next_paint
from .app_state import AppState, uses_annotations
from .window_settings import restore_query

log = logging.getLogger(__name__)
ATTACH_AT_THE_LATEST_MS = 1000


def query_of(state: AppState, page_size: int) -> dict:
    return first_page.query_key(filter_to_json(state.filter), state.sort, state.descending, page_size)


def cache_folder(settings: QSettings) -> Path:
    """Beside the settings file (the user's configuration folder, or the one tests name): never
    beside the database, which may be read-only or shared."""
    return Path(settings.fileName()).parent


def fits(cached_query: dict, settings: QSettings, page_size: int) -> bool:
    """Whether a cached page was written for the query this start restores."""
    state = AppState()
    restore_query(settings, state)
    return cached_query == query_of(state, page_size) and not uses_annotations(state.filter)


class _InputGuard(QObject):
    """Until the store is attached: typing in the search box goes on as usual (the controller
    searches for it once attached); other keys are kept and replayed after the attach; clicks
    on the window (filters, list, menus), which nothing could act on yet, are ignored."""
    _MOUSE = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease}

    def __init__(self, window):
        super().__init__(window)
        self.window, self.keys = window, []

    def _in_window(self, obj) -> bool:
        return isinstance(obj, QWidget) and obj.window() is self.window

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 - Qt API
        t = ev.type()
        if t in self._MOUSE:
            return self._in_window(obj) and obj is not self.window.search
        if t in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and self._in_window(obj) \
                and obj is not self.window.search:
            self.keys.append(QKeyEvent(t, ev.key(), ev.modifiers(), ev.text(), ev.isAutoRepeat(), ev.count()))
            return True
        return False

    def release(self) -> None:
        QApplication.instance().removeEventFilter(self)
        target = QApplication.focusWidget() or self.window
        for ev in self.keys:
            QApplication.postEvent(target, ev)
        self.keys = []


def attach_after_paint(window, open_library: Callable[[], object]) -> None:
    """Once the shell has painted: open the library (asking the user, as any start does, when
    it cannot be opened) and attach it; the window closes if the user chose to quit."""
    guard = _InputGuard(window)
    QApplication.instance().installEventFilter(guard)
    done = []

    def attach() -> None:
        if done:
            return
        done.append(True)
        if not window.isVisible():   # closed meanwhile
            guard.release()
            return
        library = open_library()
        if library is None:
            guard.release()
            window.close()
            return
        window.attach(library)
        guard.release()
    after_next_paint(window.table.viewport(), attach)
    # A window that is shown but not painted (on another desktop, covered) attaches all the same.
    QTimer.singleShot(ATTACH_AT_THE_LATEST_MS, window, attach)


def remember_token(window) -> None:
    """The data token the window's data is known to be under (at attach, after its own imports):
    a different one at close means another program wrote meanwhile, unseen by this window."""
    lib = window.library
    key = first_page.read_key(lib.db.path) if not lib.db.server else None
    window.first_page_token = key["token"] if key else None


def save(window) -> None:
    """At close: the first page of the query the next start restores, computed through the
    catalog (exactly what the attached window will ask for), cached only when nothing wrote
    while it was read; otherwise any old cache is removed. On a large database whose in-memory
    snapshot is not loaded yet (a quit in the first seconds) SQL would hold the quit ~1 s at
    100k: then the cache is left as it is, which is safe (every start checks its key and
    query again)."""
    folder = cache_folder(window.settings)
    try:
        lib, state = window.library, window.state
        if lib.db.server or lib.read_only or uses_annotations(state.filter):
            first_page.discard(folder)
            return
        if window.catalog.snapshot is None and window.catalog.snapshot_wanted():
            return
        key = first_page.read_key(lib.db.path)
        if key is None or key["token"] != getattr(window, "first_page_token", None):
            first_page.discard(folder)
            return
        page = first_page.compute(window.catalog, state.filter, state.sort, state.descending,
                                  window.runner.page_size)
        if page.count == 0 or first_page.read_key(lib.db.path) != key:
            first_page.discard(folder)
            return
        first_page.save(folder, key, query_of(state, window.runner.page_size), page)
    except Exception:  # noqa: BLE001 - a cache: the next start takes the ordinary path
        log.exception("the first page was not cached")
        try:
            first_page.discard(folder)
        except OSError:
            pass
