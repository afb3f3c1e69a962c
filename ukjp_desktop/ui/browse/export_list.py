"""File → Export list…: the current list (filtered and sorted) to CSV, XLSX or JSON, with a
choice of columns, a progress dialog with Cancel, and an atomic write (a cancelled or failed
export leaves no partial file)."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QProgressDialog,
                               QPushButton, QVBoxLayout)

from ...core.export import COLUMNS, ExportError, write_json, write_table
from ...core.filters import Filter
from ..widgets import dialogs
from ..widgets.file_dialogs import save_file_name

log = logging.getLogger(__name__)
FORMAT_LABELS = {"csv": "CSV (comma-separated)", "xlsx": "Excel workbook (XLSX)", "json": "JSON (whole records)"}


class ExportCancelled(Exception):
    pass


class ExportListDialog(QDialog):
    """Asks for the format, the columns and the file."""

    def __init__(self, default_folder: str, count: int, filter_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Export list")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox()
        for key, label in FORMAT_LABELS.items():
            self.format.addItem(label, key)
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow("Format", self.format)
        row = QHBoxLayout()
        self.path = QLineEdit(str(Path(default_folder) / "ukjp-initiatives.csv"))
        self._confirmed = ""   # a file the save dialog already asked to replace
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow("File", row)
        self.columns = QListWidget()
        for c in COLUMNS:
            it = QListWidgetItem(c.replace("_", " "))
            it.setData(Qt.UserRole, c)
            it.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            it.setCheckState(Qt.Checked)
            self.columns.addItem(it)
        form.addRow("Columns", self.columns)
        lay.addLayout(form)
        from ..widgets.plain_text import label
        lay.addWidget(label(f"{count:,} initiatives · {filter_text}. Each funding figure is one row, "
                            "with its amount as stated, currency, qualifier, side, the GBP figure and "
                            "rate, and a citation of its source sentence."))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def accept(self) -> None:
        # The same name is offered every time: replacing an earlier export is asked first
        # (No keeps the dialog open for another name).
        text = self.path.text().strip()
        target = Path(text).expanduser()
        if text and text != self._confirmed and target.is_file() \
                and not dialogs.confirm_replace(self, [target]):
            return
        super().accept()

    def fmt(self) -> str:
        return self.format.currentData()

    def selected_columns(self) -> list[str]:
        return [self.columns.item(i).data(Qt.UserRole) for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.Checked]

    def _format_changed(self) -> None:
        p = Path(self.path.text() or "ukjp-initiatives.csv")
        self.path.setText(str(p.with_suffix("." + self.fmt())))
        self.columns.setEnabled(self.fmt() != "json")

    def _browse(self) -> None:
        name = save_file_name(self, "Export list", self.path.text(), f"{FORMAT_LABELS[self.fmt()]} (*.{self.fmt()})")
        if name:
            self.path.setText(name)
            self._confirmed = name   # the save dialog has asked about replacing it


class ExportJob(QObject):
    """Writes the export in a worker thread and reports back through signals."""
    progress = Signal(int)
    finished = Signal(int, str)     # rows written, path
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, catalog, f: Filter, sort: str, descending: bool, path: str, fmt: str,
                 columns: list[str], meta: dict, parent=None):
        super().__init__(parent)
        self.catalog, self.f, self.sort, self.descending = catalog, f, sort, descending
        self.path, self.fmt, self.columns, self.meta = path, fmt, columns, meta
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._run)

    def _details(self):
        # JSON: whole initiatives in batches, streamed to the writer (store/details.py)
        for i, d in enumerate(self.catalog.details(self.f, self.sort, self.descending)):
            if self._cancel.is_set():
                raise ExportCancelled()
            if i % 250 == 0:
                self.progress.emit(i)
            yield d

    def _rows(self):
        # CSV, XLSX: flat rows of a batch of initiatives at a time (store/export_rows.py),
        # each written before the next is read; a cancel is seen between batches
        done = 0
        for batch in self.catalog.export_rows(self.f, self.sort, self.descending):
            if self._cancel.is_set():
                raise ExportCancelled()
            yield batch
            done += batch.initiatives
            self.progress.emit(done)

    def _run(self) -> None:
        try:
            if self.fmt == "json":
                n = write_json(self._details(), self.path, self.meta)
            else:
                n = write_table(self._rows(), self.path, self.fmt, self.meta, self.columns)
        except ExportCancelled:
            self.cancelled.emit()
            return
        except ExportError as exc:     # reported in words (a folder that cannot be written…), logged here
            log.error("the list export to %s failed: %s", self.path, exc)
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - reported in words, logged here with the traceback
            log.exception("the list export failed")
            self.failed.emit(f"The export failed: {exc}")
            return
        self.finished.emit(n, self.path)


def ask_and_export(window) -> None:
    """File → Export list…: ask where and what, then export (the folder is remembered)."""
    folder = str(window.settings.value("export/folder", str(Path.home())))
    dlg = ExportListDialog(folder, window.model.rowCount(), window.state.filter.describe(window.filter_panel.label_of),
                           window)
    if dlg.exec() != ExportListDialog.Accepted:
        return
    path = dlg.path.text().strip()
    if not path:
        return
    window.settings.setValue("export/folder", str(Path(path).expanduser().parent))
    run_export(window, path, dlg.fmt(), dlg.selected_columns())


def run_export(window, path: str, fmt: str, columns: list[str], start: bool = True) -> ExportJob:
    """Export the window's current list with a progress dialog; returns the job (started unless
    ``start`` is False, so a caller can connect to its signals first)."""
    from ..widgets.dialogs import message
    count = window.model.rowCount()
    f = window.state.filter
    meta = {"filter": f.describe(window.filter_panel.label_of), "sort": window.state.sort,
            "dataset_version": window.library.dataset_version or "", "initiatives": count}
    job = ExportJob(window.catalog, f, window.state.sort, window.state.descending, path, fmt, columns, meta, window)
    dlg = QProgressDialog(f"Exporting {count:,} initiatives…", "Cancel", 0, max(count, 1), window)
    dlg.setWindowTitle("Export list")
    dlg.setWindowModality(Qt.WindowModal)
    dlg.setMinimumDuration(300)  # quick exports never flash a dialog
    dlg.canceled.connect(job.cancel)
    job.progress.connect(dlg.setValue)

    def done(n: int, p: str) -> None:
        dlg.reset()
        window.statusBar().showMessage(f"Exported {n:,} rows to {p}", 8000)

    def failed(text: str) -> None:
        dlg.reset()
        window.last_message = text
        message(window, "Export failed", text + " Nothing was written.")

    def cancelled() -> None:
        dlg.reset()
        window.statusBar().showMessage("Export cancelled; nothing was written.", 8000)

    job.finished.connect(done)
    job.failed.connect(failed)
    job.cancelled.connect(cancelled)
    window._export_job = job  # keep it alive until it reports
    if start:
        job.start()
    return job
