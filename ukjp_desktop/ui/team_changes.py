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


# What may have changed while the connection was lost: everything a member can change.
_MISSED = ["annotations", "import"]
RETRY_SECONDS = 2.0


class _Waiter(QThread):
    heard = Signal(list)

    def __init__(self, listener: ChangeListener, engine, parent=None):
        super().__init__(parent)
        self.listener, self._engine = listener, engine
        self._stop = False

    def run(self) -> None:
        while not self._stop:
            try:
                got = self.listener.wait(0.5)
            except Exception:  # noqa: BLE001 - the server went away: say so once, listen again when it is back
                log.warning("stopped hearing other members' changes (the connection was lost); "
                            "listening again when the server is back")
                if not self._listen_again():
                    return
                log.warning("hearing other members' changes again")
                got = _MISSED   # what they did meanwhile was announced to nobody
            if got and not self._stop:
                self.heard.emit(got)

    def _listen_again(self) -> bool:
        """A new listening connection once the server answers (a restart ended the old one);
        False when the window is closing first."""
        self.listener.close()
        while not self._stop:
            self.msleep(int(RETRY_SECONDS * 1000))
            try:
                self.listener = ChangeListener(self._engine)
                return True
            except Exception:  # noqa: BLE001 - still away: try again
                continue
        return False

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
        self._waiter = _Waiter(listener, engine, self)
        self._waiter.heard.connect(lambda got: self.changed.emit(set(got)))
        self._waiter.start()

    @property
    def listening(self) -> bool:
        return self._waiter is not None

    def stop(self) -> None:
        if self._waiter is not None:
            self._waiter.stop()
            # long enough for a retry's connect to time out (10 s on a cut network): a thread
            # must not outlive its QThread object
            self._waiter.wait(int((RETRY_SECONDS + 12) * 1000))
            self._waiter.listener.close()
            self._waiter = None
