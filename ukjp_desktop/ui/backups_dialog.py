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

import logging
import os
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QProgressDialog, QPushButton,
                               QVBoxLayout)

from ..store.backups import BackupInfo, list_backups, make_backup
from ..store.recovery import backups_of
from .widgets.dialogs import message

log = logging.getLogger(__name__)

POLL_MS = 100
# How often the folder is looked at for a backup made elsewhere (the window's daily or closing
# copy, `db backup` in a terminal): a directory listing, cheap; the copies are opened only when
# the names changed.
WATCH_MS = 1500
# A look at the folder is one stat of it first: a backup landing or pruned adds or removes a
# name, which moves the folder's modification time. Listing the folder itself took ~130 ms on
# the UI thread with 100,000 files there. Some file systems keep that time to the second or two
# (FAT, some shares): within that long of a change the folder is listed anyway.
COARSE_MTIME_S = 2.0


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
        self._folder_seen: tuple | None = None      # the folder's stamp when it was last listed
        self._seen_settled = False                   # that listing came after its time's tick
        self.reload()
        # A backup that lands while the dialog is open (the scheduled one, another window's,
        # the command line's) shows up without closing and reopening the dialog.
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.refresh_if_changed)
        self._watch.start()

    # The dialog outlives its closing (File → Backups… makes a new one each time, a child of the
    # window): a closed one must not go on listing the folder every 1.5 s for the window's life.
    def showEvent(self, e) -> None:  # noqa: N802 - Qt API
        super().showEvent(e)
        self.refresh_if_changed()        # what landed while it was hidden
        self._watch.start()

    def hideEvent(self, e) -> None:  # noqa: N802 - Qt API
        self._watch.stop()
        super().hideEvent(e)

    # ---- the list -------------------------------------------------------------------------
    def _folder_stamp(self) -> tuple | None:
        try:
            st = os.stat(self.db_path.parent)
        except OSError:
            return None
        return st.st_mtime_ns, st.st_ino, st.st_dev

    def _folder_unchanged(self) -> bool:
        """Whether the folder cannot have gained or lost a name since it was last listed."""
        stamp = self._folder_stamp()
        unchanged = stamp is not None and stamp == self._folder_seen and self._seen_settled
        self._note_folder(stamp)     # taken before listing: a change meanwhile is seen next time
        return unchanged

    def _note_folder(self, stamp: tuple | None) -> None:
        """Remember the folder's stamp as it is listed. A listing made within COARSE_MTIME_S of
        the folder's time may miss a name added later in the same tick of a coarse clock, which
        leaves that time as it was: the folder is listed again until a listing comes after it.
        (Judged by the time now, a listing 0.9 s into a second and a look 1.5 s later missed a
        backup landing 0.05 s after that listing, for good.)"""
        self._folder_seen = stamp
        self._seen_settled = stamp is not None and time.time() - stamp[0] / 1e9 > COARSE_MTIME_S

    def _names(self) -> frozenset[str]:
        return frozenset(p.name for p in backups_of(self.db_path))

    def reload(self) -> None:
        """List the backups again, the chosen one still chosen when it is still there."""
        was = self.chosen()
        self.list.blockSignals(True)     # no button flicker while the list is rebuilt
        self.list.clear()
        self._note_folder(self._folder_stamp())
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
        if self.copying is None and not self._folder_unchanged() and self._names() != self._listed:
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
        restore_in_new_window(self.window_, b)   # goes on after this dialog has closed


class _Busy(QProgressDialog):
    """The restore's busy dialog. Esc and the title bar's close do nothing until the restore has
    ended: it cannot be stopped half-way, and a dismissed dialog left nothing on screen at all
    (the window already closed) until the new one opened."""

    def __init__(self):
        super().__init__("", None, 0, 0)      # no Cancel: a half-done swap is worse
        self.may_close = False

    def reject(self) -> None:
        if self.may_close:
            super().reject()

    def closeEvent(self, e) -> None:  # noqa: N802 - Qt API
        if self.may_close:
            super().closeEvent(e)
        else:
            e.ignore()


class Restore(QObject):
    """Close ``window``, put ``backup`` in place of its database and open a new window on it
    (on the unchanged file when the restore could not be done); ``finished`` carries that
    window (None when no database could be opened and the program quits).

    At 100,000 initiatives the closing copy of an edited database and the restore's own copy
    take about 6 s together. They run on a thread while a busy dialog says which step is under
    way: done on the UI thread, the window vanished and nothing was painted until the new one
    appeared."""
    finished = Signal(object)

    def __init__(self, window, backup: BackupInfo):
        super().__init__(QApplication.instance())     # lives until finished, whoever started it
        self.window_, self.backup = window, backup
        self.path = Path(window.library.db.path)
        self.stage = ""                   # written by the worker, shown by the poll
        self.problem: str | None = None
        self.aside: Path | None = None
        self.result = None                # the new window, once finished
        self.done = False
        self._worker: threading.Thread | None = None
        self._then = None                 # what the UI thread does once the worker has ended
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self.progress = _Busy()
        label = QLabel()                  # a backup's description is long: wrapped, not a wide box
        label.setTextFormat(Qt.PlainText)
        label.setWordWrap(True)
        self.progress.setLabel(label)
        self.progress.setWindowTitle("Restoring backup")
        self.progress.setWindowModality(Qt.ApplicationModal)
        self.progress.setMinimumDuration(0)
        self.progress.setMinimumWidth(460)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self._app = QApplication.instance()
        self._quits = self._app.quitOnLastWindowClosed()

    def start(self) -> "Restore":
        window = self.window_
        self._show("Storing your changes…")
        # the new window opens only after this one has gone
        self._app.setQuitOnLastWindowClosed(False)
        if window.backups is not None:          # the closing copy prunes old backups, not this one
            window.backups.spare.add(Path(self.backup.path))
        try:
            window.close()                      # edits stored or journaled; its closing copy started
        except BaseException:
            self._end()                         # said by the program's error hook, not stuck behind a busy box
            raise
        self._on_worker(self._finish_closing_copy, then=self._release_and_swap)
        self._poll.start()
        return self

    def _on_worker(self, work, then) -> None:
        self._then = then
        self._worker = threading.Thread(target=work, name="restore-backup", daemon=False)
        self._worker.start()

    def _show(self, text: str) -> None:
        self.progress.setLabelText(text)
        self.progress.show()
        self.progress.repaint()           # painted before the window closes, not after

    # ---- on the worker thread -------------------------------------------------------------
    def _finish_closing_copy(self) -> None:
        schedule = self.window_.backups
        if schedule is not None and schedule.thread is not None and schedule.thread.is_alive():
            self.stage = "Finishing the backup of your changes…"
            schedule.thread.join()          # that copy reads the file about to be set aside

    def _release_and_swap(self) -> None:
        """On the UI thread, between the two steps: the window's connections are closed after
        the closing copy's (the last to close a WAL database tidies its side files away)."""
        from .gc_freeze import thaw
        try:
            self.window_.library.engine.dispose()
            thaw()
        except Exception as exc:  # noqa: BLE001 - the file is untouched: the window comes back on it
            log.exception("restore: releasing %s failed", self.path)
            self.problem = f"The backup could not be restored ({exc.__class__.__name__}); nothing was replaced."
            self._done()
            return
        self._on_worker(self._swap, then=self._done)

    def _swap(self) -> None:
        from ..store.recovery import open_elsewhere, restore_backup
        self.stage = f"Copying the backup of {self.backup.describe()} into place…"
        try:
            if open_elsewhere(self.path):
                self.problem = (f"{self.path.name} is open in another program, so the backup was not "
                                "restored; close it there and try again.")
                return
            self.aside = restore_backup(self.path, self.backup.path)
        except OSError as exc:
            # the system's words, without the errno and paths of the exception's text
            self.problem = (f"The backup could not be restored ({exc.strerror or exc.__class__.__name__}); "
                            "nothing was replaced.")
        except Exception as exc:  # noqa: BLE001 - the window must come back whatever went wrong
            self.problem = f"The backup could not be restored ({exc.__class__.__name__}); nothing was replaced."

    # ---- back on the UI thread ------------------------------------------------------------
    def _check(self) -> None:
        if self.stage and self.progress.labelText() != self.stage:
            self.progress.setLabelText(self.stage)
        if self._worker is None or self._worker.is_alive():
            return
        self._worker, then = None, self._then
        then()

    def _done(self) -> None:
        self._poll.stop()
        self._show("Opening the restored database…" if self.problem is None else "Opening the database again…")
        try:
            self.result = self._reopen()
        finally:
            self._end()
            self.done = True
        self.finished.emit(self.result)
        self.deleteLater()

    def _end(self) -> None:
        self._poll.stop()
        self.progress.may_close = True
        self.progress.close()
        self.progress.deleteLater()
        self._app.setQuitOnLastWindowClosed(self._quits)

    def _reopen(self):
        from ..store.database import DatabaseError
        from .switch_database import open_library_asking
        window, path, backup = self.window_, self.path, self.backup
        try:
            library = open_library_asking(None, str(path))
        except DatabaseError as exc:      # not expected after the health check; said, then quit
            kept = f" The previous file is kept as {self.aside.name}." if self.aside else ""
            message(None, "Database not opened", f"{exc}{kept}").exec()
            self._app.quit()
            return None
        other = type(window)(library, window.settings, db_label=str(library.db.path))
        other.show()
        if self.problem:
            other.last_message = self.problem
            message(other, "Backup not restored", self.problem)
        else:
            other.last_message = (f"Restored the backup of {backup.describe()}. The previous file is kept as "
                                  f"{self.aside.name if self.aside else '(none)'}.")
            message(other, "Backup restored", other.last_message, QMessageBox.Information)
        return other


def restore_in_new_window(window, backup: BackupInfo) -> Restore:
    """Start restoring ``backup`` in place of ``window``'s database (see ``Restore``)."""
    return Restore(window, backup).start()
