"""Other members' changes to a team database reach this window (PostgreSQL LISTEN/NOTIFY).

A thread waits on ``store.engines.ChangeListener`` (its own connection) and emits ``changed``
with what changed ('annotations', 'import', 'dataset'); the main window refreshes the list,
facets, charts and detail as it does after its own edits, keeping the selection and whatever
the user is typing. On an SQLite file there is nobody else: no thread is started.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, Signal

from ..store.engines import ChangeListener

log = logging.getLogger(__name__)


class _Waiter(QThread):
    heard = Signal(list)

    def __init__(self, listener: ChangeListener, parent=None):
        super().__init__(parent)
        self.listener = listener
        self._stop = False

    def run(self) -> None:
        while not self._stop:
            try:
                got = self.listener.wait(0.5)
            except Exception:  # noqa: BLE001 - the server went away: stop listening, say so once
                log.warning("stopped hearing other members' changes (the connection was lost)")
                return
            if got and not self._stop:
                self.heard.emit(got)

    def stop(self) -> None:
        self._stop = True


class TeamChanges(QObject):
    """``changed(set of what)`` in the UI thread whenever other members changed something."""
    changed = Signal(object)

    def __init__(self, engine, parent=None):
        super().__init__(parent)
        self._waiter = None
        try:
            listener = ChangeListener(engine)
        except Exception:  # noqa: BLE001 - listening is a convenience; the window works without
            log.warning("cannot listen for other members' changes", exc_info=True)
            return
        if not listener.active:
            return
        self._listener = listener
        self._waiter = _Waiter(listener, self)
        self._waiter.heard.connect(lambda got: self.changed.emit(set(got)))
        self._waiter.start()

    @property
    def listening(self) -> bool:
        return self._waiter is not None

    def stop(self) -> None:
        if self._waiter is not None:
            self._waiter.stop()
            self._waiter.wait(2000)
            self._listener.close()
            self._waiter = None
