"""Open-file dialogs that never open the files they list.

Qt's own file dialog (used wherever the platform offers no native one: Linux without a desktop
theme, the tests) gives each listed file an icon and a type, and for a name that does not settle
the type (``explorer.sqlite``, ``explorer.sqlite-wal``, ``-shm``) ``QMimeDatabase`` opens the file
to read its first bytes, then closes it. On Linux and macOS closing any descriptor of a file drops
every POSIX lock this process holds on it, SQLite's included. Another program opening the same
database (``ukjp-desktop import``, ``sqlite3``, a second window) then finds it unused, checkpoints
it and deletes its WAL on closing, and what this window writes afterwards goes to the deleted file:
an import, or its undo, is lost, or fails with "disk I/O error". So the dialog shows the folder the
database lives in (File → Import document… opens where the user keeps documents, often beside it)
without reading any file: types come from the file name alone."""
from __future__ import annotations

import sys

from PySide6.QtCore import QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from the file name, never from the file's contents."""

    def icon(self, what):  # noqa: D401 - Qt override (both overloads: an IconType or a QFileInfo)
        if isinstance(what, QAbstractFileIconProvider.IconType):
            return super().icon(what)
        kind = QAbstractFileIconProvider.IconType.Folder if what.isDir() else QAbstractFileIconProvider.IconType.File
        return super().icon(kind)

    def type(self, info) -> str:
        if info.isDir():
            return "Folder"
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension).comment()


_icons: NameOnlyIcons | None = None   # one for every dialog: a dialog does not own its provider


def _dialog(parent: QWidget | None, caption: str, folder: str, filters: str, mode,
            accept=QFileDialog.AcceptOpen) -> QFileDialog:
    global _icons
    if _icons is None:
        _icons = NameOnlyIcons()
    dlg = QFileDialog(parent, caption, folder, filters)
    if sys.platform.startswith("linux"):
        # a desktop theme's native dialog (GTK's) runs inside this process and reads files to guess their
        # type, the very thing this module avoids; Windows' locks do not go with another handle, and macOS's
        # panel runs in another process
        dlg.setOption(QFileDialog.DontUseNativeDialog, True)
    dlg.setAcceptMode(accept)
    dlg.setFileMode(mode)
    dlg.setIconProvider(_icons)
    return dlg


def open_file_names(parent: QWidget | None, caption: str, folder: str, filters: str) -> list[str]:
    """Like ``QFileDialog.getOpenFileNames``: the files chosen (empty when cancelled)."""
    dlg = _dialog(parent, caption, folder, filters, QFileDialog.ExistingFiles)
    try:
        return list(dlg.selectedFiles()) if dlg.exec() == QFileDialog.Accepted else []
    finally:
        dlg.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, folder: str, filters: str) -> str:
    """Like ``QFileDialog.getOpenFileName``: the file chosen ("" when cancelled)."""
    dlg = _dialog(parent, caption, folder, filters, QFileDialog.ExistingFile)
    try:
        return dlg.selectedFiles()[0] if dlg.exec() == QFileDialog.Accepted and dlg.selectedFiles() else ""
    finally:
        dlg.deleteLater()


def save_file_name(parent: QWidget | None, caption: str, path: str, filters: str) -> str:
    """Like ``QFileDialog.getSaveFileName``: the file to write ("" when cancelled); the dialog asks before
    replacing an existing file. An export is often saved beside the database, so this one lists that folder
    without reading its files either."""
    dlg = _dialog(parent, caption, path, filters, QFileDialog.AnyFile, QFileDialog.AcceptSave)
    try:
        return dlg.selectedFiles()[0] if dlg.exec() == QFileDialog.Accepted and dlg.selectedFiles() else ""
    finally:
        dlg.deleteLater()


def existing_folder(parent: QWidget | None, caption: str, folder: str) -> str:
    """Like ``QFileDialog.getExistingDirectory``: the folder chosen ("" when cancelled), folders only."""
    dlg = _dialog(parent, caption, folder, "", QFileDialog.Directory)
    dlg.setOption(QFileDialog.ShowDirsOnly, True)
    try:
        return dlg.selectedFiles()[0] if dlg.exec() == QFileDialog.Accepted and dlg.selectedFiles() else ""
    finally:
        dlg.deleteLater()
