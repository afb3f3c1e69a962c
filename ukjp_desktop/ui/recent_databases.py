"""File → Open recent: the last databases opened (files and team databases), newest first.

Kept in the settings as plain strings: a file's absolute path, or a team database's address
without any password (the store refuses an address holding one, and ``remember`` drops one
all the same, so a password can never reach the settings file). The database the window shows
is listed first, checked and disabled; a file that is no longer there is offered for removal
from the list instead of failing to open."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

RECENT_KEY = "recent/databases"
RECENT_MAX = 8


def _is_address(target: str) -> bool:
    from ..store.engines import is_server_url
    return is_server_url(target)


def without_password(target: str) -> str:
    """A team database's address with any password taken out; a file path unchanged."""
    if not _is_address(target):
        return target
    from sqlalchemy.engine import URL, make_url
    url = make_url(target)
    if url.password is None:
        return target
    # URL.set(password=None) keeps the password (None there means "unchanged").
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False)


def recent_databases(settings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):      # QSettings gives a one-item list back as a string
        value = [value]
    return [v for v in value if v]


def entry(target: str | Path) -> str:
    """How the list holds a database: a file's absolute path, an address without password."""
    target = str(target)
    return without_password(target) if _is_address(target) else str(Path(target).absolute())


def remember(settings, target: str | Path) -> None:
    """``target`` was opened: first in the list, once, at most ``RECENT_MAX`` kept."""
    key = entry(target)
    settings.setValue(RECENT_KEY, [key, *(t for t in recent_databases(settings) if t != key)][:RECENT_MAX])


def forget(settings, target: str) -> None:
    settings.setValue(RECENT_KEY, [t for t in recent_databases(settings) if t != target])


def label(target: str) -> str:
    """How a menu names a database: a file by its name and folder, a team database by its
    address (user, host, database)."""
    if _is_address(target):
        from ..store.engines import describe
        return f"Team: {describe(target)}"
    path = Path(target)
    return f"{path.name} — {path.parent}"


class RecentMenu(QObject):
    """Fills ``menu`` from the settings each time it opens (another window may have added to
    the list meanwhile). ``open_target(target)`` opens a database as File → Open does."""

    def __init__(self, menu: QMenu, settings, current: str, open_target, parent):
        super().__init__(parent)
        self.menu, self.settings, self.current = menu, settings, entry(current)
        self.open_target = open_target
        self.last_question = ""            # the last "file is gone" question asked (tests read it)
        menu.aboutToShow.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        self.menu.clear()
        recent = recent_databases(self.settings)
        for n, target in enumerate(recent, start=1):
            # "&&": an ampersand in a file name is shown, not taken for a mnemonic.
            act = QAction(f"&{n}  {label(target).replace('&', '&&')}", self.menu)
            act.setToolTip(target)
            act.setData(target)
            if target == self.current:
                act.setCheckable(True)
                act.setChecked(True)
                act.setEnabled(False)          # open in this window already
                act.setText(act.text() + "  (open)")
            else:
                act.triggered.connect(lambda _checked=False, t=target: self.choose(t))
            self.menu.addAction(act)
        if not recent:
            none = self.menu.addAction("No databases opened yet")
            none.setEnabled(False)
        self.menu.addSeparator()
        clear = self.menu.addAction("&Clear recent", self.clear)
        clear.setObjectName("clear-recent")
        clear.setEnabled(any(t != self.current for t in recent))

    def choose(self, target: str) -> None:
        if not _is_address(target) and not Path(target).is_file():
            if self._ask_to_forget(target):
                forget(self.settings, target)
                self.fill()
            return
        self.open_target(target)

    def _ask_to_forget(self, target: str) -> bool:
        path = Path(target)
        self.last_question = (f"{path.name} is no longer in {path.parent}: it was moved, renamed "
                              "or deleted.\n\nRemove it from the recent databases?")
        box = QMessageBox(QMessageBox.Warning, "Database not found", "",
                          QMessageBox.Yes | QMessageBox.No, self.parent())
        box.setTextFormat(Qt.PlainText)
        box.setText(self.last_question)
        box.button(QMessageBox.Yes).setText("Remove from list")
        box.button(QMessageBox.No).setText("Keep")
        box.setDefaultButton(QMessageBox.Yes)
        return box.exec() == QMessageBox.Yes

    def clear(self) -> None:
        """Forget every database but the one open here."""
        self.settings.setValue(RECENT_KEY, [t for t in recent_databases(self.settings) if t == self.current])
        self.fill()
