"""File → Backups…: the backups beside the database, a copy made now, and a restore that reopens
the window on the restored file.

The command line has had `db backup`, `db backups` and `db restore`; a user of the window had no
way to them short of a start-up failure. A copy runs on a thread (seconds at 100,000
initiatives). A restore must not happen under the window's own connections: the window closes
(its edits stored or journaled, its closing backup finished), the file is put back, and a new
window opens on it; if another program still has the file open, nothing is replaced and the
window reopens as it was.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout)

from ..store.backups import BackupInfo, list_backups, make_backup
from ..store.recovery import backups_of
from .widgets.dialogs import message

POLL_MS = 100
# How often the folder is looked at for a backup made elsewhere (the window's daily or closing
# copy, `db backup` in a terminal): a directory listing, cheap; the copies are opened only when
# the names changed.
WATCH_MS = 1500


class BackupsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.db_path = Path(window.library.db.path)
        self.setWindowTitle("Backups")
        self.copying: threading.Thread | None = None
        self._made: Path | None = None
        self._failed: str | None = None

        lay = QVBoxLayout(self)
        intro = QLabel(f"Copies of {self.db_path.name}, newest first. The window makes one a day when "
                       "something changed, and one as it closes. A restore keeps the current file, renamed "
                       f"{self.db_path.name}.replaced-<time>: nothing is deleted.")
        intro.setTextFormat(Qt.PlainText)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget()
        self.list.setMinimumWidth(600)   # a backup's line whole at 100,000 initiatives
        lay.addWidget(self.list, 1)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.backup_button = QPushButton("Back up now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton("Restore…")
        self.restore_button.clicked.connect(self.restore_chosen)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(close)
        lay.addLayout(row)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_copy)
        if window.library.read_only:     # a browse-only window changes nothing, not even by restoring
            self.restore_button.setToolTip("This database is open read-only.")
        self._listed: frozenset[str] = frozenset()
        self.reload()
        # A backup that lands while the dialog is open (the scheduled one, another window's,
        # the command line's) shows up without closing and reopening the dialog.
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.refresh_if_changed)
        self._watch.start()

    # ---- the list -------------------------------------------------------------------------
    def _names(self) -> frozenset[str]:
        return frozenset(p.name for p in backups_of(self.db_path))

    def reload(self) -> None:
        """List the backups again, the chosen one still chosen when it is still there."""
        was = self.chosen()
        self.list.blockSignals(True)     # no button flicker while the list is rebuilt
        self.list.clear()
        found = list_backups(self.db_path)
        self._listed = frozenset(b.path.name for b in found)
        for b in found:
            it = QListWidgetItem(b.describe())
            it.setData(Qt.UserRole, b)
            self.list.addItem(it)
            if was is not None and b.path == was.path:
                self.list.setCurrentItem(it)
        self.list.blockSignals(False)
        if not self.list.count():
            self.status.setText("No backups yet. “Back up now” makes one.")
        elif self.status.text().startswith("No backups yet"):
            self.status.setText("")
        elif was is not None and self.chosen() is None:
            self.status.setText("The backup you had chosen is gone (only the newest automatic copies "
                                "are kept); choose another.")
        self._update_buttons()

    def refresh_if_changed(self) -> None:
        """Reload when a backup was added or removed since the list was made (not during this
        dialog's own copy: its end reloads and says what was made)."""
        if self.copying is None and self._names() != self._listed:
            self.reload()

    def chosen(self) -> BackupInfo | None:
        it = self.list.currentItem()
        return it.data(Qt.UserRole) if it else None

    def _update_buttons(self) -> None:
        busy = self.copying is not None
        b = self.chosen()
        self.backup_button.setEnabled(not busy and not self.window_.library.read_only)
        self.restore_button.setEnabled(not busy and b is not None and b.initiatives is not None
                                       and not self.window_.library.read_only)

    # ---- a copy now -----------------------------------------------------------------------
    def back_up_now(self) -> None:
        self._made, self._failed = None, None
        self.copying = threading.Thread(target=self._copy, name="manual-backup", daemon=False)
        self.status.setText("Backing up…")
        self._update_buttons()
        self.copying.start()
        self._poll.start()

    def _copy(self) -> None:
        try:
            self._made = make_backup(self.db_path, "manual")
        except Exception as exc:  # noqa: BLE001 - said in the dialog, in words
            self._failed = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__

    def _check_copy(self) -> None:
        if self.copying is None or self.copying.is_alive():
            return
        self._poll.stop()
        self.copying = None
        self.reload()
        if self._failed:
            self.status.setText(f"The backup could not be made ({self._failed}); nothing was changed.")
        else:
            self.status.setText(f"Backed up as {self._made.name}.")
            self.list.setCurrentRow(0)

    # ---- a restore ------------------------------------------------------------------------
    def restore_chosen(self) -> None:
        b = self.chosen()
        if b is None:
            return
        box = QMessageBox(QMessageBox.Question, "Restore backup", "", QMessageBox.NoButton, self)
        box.setTextFormat(Qt.PlainText)
        box.setText(f"Put the backup of {b.describe()} in place of {self.db_path.name}?")
        box.setInformativeText(f"Changes made since then are not in it. The current file is kept, renamed "
                               f"{self.db_path.name}.replaced-<time>, and the window reopens on the restored one.")
        restore = box.addButton("Restore", QMessageBox.AcceptRole)
        cancel = box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        from ..store.database import DatabaseError, check_health
        try:
            check_health(b.path)          # a damaged copy is refused before the window closes
        except DatabaseError as exc:
            self.status.setText(f"This backup cannot be restored: {exc}")
            return
        self.accept()
        restore_in_new_window(self.window_, b)


def restore_in_new_window(window, backup: BackupInfo):
    """Close ``window``, put ``backup`` in place of its database and open a new window on it;
    returns the new window (on the unchanged file when the restore could not be done)."""
    from ..store.database import DatabaseError
    from ..store.recovery import open_elsewhere, restore_backup
    from .gc_freeze import thaw
    from .switch_database import open_library_asking
    path = Path(window.library.db.path)
    settings, kind = window.settings, type(window)
    app = QApplication.instance()
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)   # the new window opens only after this one has gone
    if window.backups is not None:          # the closing copy prunes old backups, not this one
        window.backups.spare.add(Path(backup.path))
    try:
        window.close()                      # edits stored or journaled; its closing copy started
        if window.backups is not None and window.backups.thread is not None:
            window.backups.thread.join()    # that copy reads the file about to be set aside
        window.library.engine.dispose()
        thaw()
        problem, aside = None, None
        if open_elsewhere(path):
            problem = (f"{path.name} is open in another program, so the backup was not restored; "
                       "close it there and try again.")
        else:
            try:
                aside = restore_backup(path, backup.path)
            except OSError as exc:
                # the system's words, without the errno and paths of the exception's text
                problem = (f"The backup could not be restored ({exc.strerror or exc.__class__.__name__}); "
                           "nothing was replaced.")
        try:
            library = open_library_asking(None, str(path))
        except DatabaseError as exc:      # not expected after the health check; said, then quit
            kept = f" The previous file is kept as {aside.name}." if aside else ""
            message(None, "Database not opened", f"{exc}{kept}").exec()
            app.quit()
            return None
        other = kind(library, settings, db_label=str(library.db.path))
        other.show()
        if problem:
            other.last_message = problem
            message(other, "Backup not restored", problem)
        else:
            other.last_message = (f"Restored the backup of {backup.describe()}. The previous file is kept as "
                                  f"{aside.name if aside else '(none)'}.")
            message(other, "Backup restored", other.last_message, QMessageBox.Information)
        return other
    finally:
        app.setQuitOnLastWindowClosed(quits)
