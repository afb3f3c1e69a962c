""""Export charts…": pick charts, a format, a size (pixels or millimetres), a PNG resolution
and a folder; files get meaningful names (chart, filter, currency).

The dialog remembers the last folder, format, size and resolution in the application's
``QSettings`` (``charts/export/…``), so a user exporting a series of charts for a briefing sets
them once. Which settings: the ones given, else those of the window it opens from (the main
window keeps its ``QSettings`` as ``settings``; tests and ``--settings-dir`` redirect it), else
none (nothing is remembered, and nothing is written to a settings file nobody chose).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QLineEdit,
                               QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..widgets import dialogs
from ..widgets.file_dialogs import existing_folder

DEFAULT_SIZE = {"px": (1600.0, 1000.0), "mm": (180.0, 110.0)}
KEY = "charts/export/"
LIST_EXPORT_FOLDER = "export/folder"   # the list export's folder: a good first guess


def settings_of(widget: QWidget | None) -> QSettings | None:
    """The application's settings as the window holding ``widget`` keeps them, if it does."""
    window = widget.window() if widget is not None else None
    found = getattr(window, "settings", None)
    return found if isinstance(found, QSettings) else None


class ExportChartsDialog(QDialog):
    def __init__(self, kinds: list[tuple[str, str]], get_chart: Callable[[str], object],
                 parent: QWidget | None = None, preselect: str | None = None, folder: str | None = None,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export charts")
        self.get_chart = get_chart
        self.settings = settings if settings is not None else settings_of(parent)
        self.results: list[dict] = []
        lay = QVBoxLayout(self)
        box = QGroupBox("Charts")
        bl = QVBoxLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        for kind, title in kinds:
            cb = QCheckBox(title)
            cb.setChecked(preselect is None or kind == preselect)
            self.checks[kind] = cb
            bl.addWidget(cb)
        lay.addWidget(box)
        form = QFormLayout()
        self.format = QComboBox()
        for fmt in ("PNG", "SVG", "PDF"):
            self.format.addItem(fmt, fmt.lower())
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow("Format", self.format)
        size = QHBoxLayout()
        self.width_box, self.height_box = QDoubleSpinBox(), QDoubleSpinBox()
        for b in (self.width_box, self.height_box):
            b.setRange(10, 20000)
            b.setDecimals(0)
        self.unit = QComboBox()
        self.unit.addItem("pixels", "px")
        self.unit.addItem("millimetres", "mm")
        self.unit.currentIndexChanged.connect(self._unit_changed)
        size.addWidget(self.width_box)
        size.addWidget(self.height_box)
        size.addWidget(self.unit)
        form.addRow("Width × height", size)
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 1200)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        form.addRow("Resolution (PNG)", self.dpi)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(folder or self._remembered_folder())
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow("Folder", folder_row)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._export_and_report)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._unit_changed()
        self._restore()

    def _format_changed(self) -> None:
        self.dpi.setEnabled(self.format.currentData() == "png")

    def _unit_changed(self) -> None:
        w, h = DEFAULT_SIZE[self.unit.currentData()]
        self.width_box.setValue(w)
        self.height_box.setValue(h)
        self._format_changed()

    # ---- remembered choices ------------------------------------------------------------------
    def _remembered_folder(self) -> str:
        s = self.settings
        if s is not None:
            for key in (KEY + "folder", LIST_EXPORT_FOLDER):
                value = s.value(key)
                if value and Path(str(value)).expanduser().is_dir():
                    return str(value)
        return str(Path.home())

    def _restore(self) -> None:
        """Last time's format, unit, size and dpi (values that no longer fit are ignored)."""
        s = self.settings
        if s is None:
            return
        for box, key in ((self.format, "format"), (self.unit, "unit")):
            i = box.findData(str(s.value(KEY + key, "")))
            if i >= 0:
                box.setCurrentIndex(i)   # a unit change resets the size; it is restored next
        for box, key in ((self.width_box, "width"), (self.height_box, "height"), (self.dpi, "dpi")):
            try:
                value = float(s.value(KEY + key))
            except (TypeError, ValueError):
                continue
            if box.minimum() <= value <= box.maximum():
                box.setValue(value if isinstance(box, QDoubleSpinBox) else int(value))
        self._format_changed()

    def remember(self) -> None:
        s = self.settings
        if s is None:
            return
        s.setValue(KEY + "folder", self.folder.text())
        s.setValue(KEY + "format", self.format.currentData())
        s.setValue(KEY + "unit", self.unit.currentData())
        s.setValue(KEY + "width", self.width_box.value())
        s.setValue(KEY + "height", self.height_box.value())
        s.setValue(KEY + "dpi", self.dpi.value())

    def _browse(self) -> None:
        d = existing_folder(self, "Export charts to folder", self.folder.text())
        if d:
            self.folder.setText(d)

    def selected(self) -> list[str]:
        return [k for k, cb in self.checks.items() if cb.isChecked()]

    def export_selected(self) -> list[dict]:
        """Export every ticked chart with the chosen settings; one result per file."""
        from .export import ChartExportError, default_filename, export_chart
        fmt = self.format.currentData()
        folder = Path(self.folder.text()).expanduser()
        self.results = []
        self.remember()   # also when a file fails: the user will retry with the same choices
        for kind in self.selected():
            chart = self.get_chart(kind)
            path = folder / default_filename(chart, fmt)
            try:
                self.results.append(export_chart(chart, path, fmt, self.width_box.value(),
                                                 self.height_box.value(), self.unit.currentData(),
                                                 self.dpi.value()))
            except (ChartExportError, OSError) as exc:
                self.results.append({"path": str(path), "format": fmt, "chart": kind, "ok": False,
                                     "detail": str(exc)})
        return self.results

    def _may_replace(self) -> bool:
        """Files of the same names already in the folder (the same charts, filter and currency)
        are replaced only when the user says so."""
        from .export import default_filename
        folder = Path(self.folder.text()).expanduser()
        fmt = self.format.currentData()
        existing = [p for p in (folder / default_filename(self.get_chart(k), fmt) for k in self.selected())
                    if p.is_file()]
        return not existing or dialogs.confirm_replace(self, existing)

    def _export_and_report(self) -> None:
        if not self.selected():
            QMessageBox.information(self, "Export charts", "Tick at least one chart to export.")
            return
        problem = folder_problem(Path(self.folder.text()).expanduser())
        if problem:
            # Said once, before anything is written: the same error for every chart told
            # the user five times what one sentence says.
            dialogs.message(self, "Export charts", problem)   # the path as typed: plain text
            return
        if not self._may_replace():
            return
        results = self.export_selected()
        failed = [r for r in results if not r["ok"]]
        lines = [f"{'✓' if r['ok'] else '✗'} {r['path']}" + ("" if r["ok"] else f" — {r['detail']}")
                 for r in results]
        box = QMessageBox.warning if failed else QMessageBox.information
        box(self, "Export charts", "\n".join(lines))
        if not failed:
            self.accept()


def folder_problem(folder: Path) -> str | None:
    """Why no chart can be saved in ``folder`` (None when one can): tried by creating and
    removing a file there, which also answers for read-only file systems and for root."""
    if not folder.is_dir():
        return f"There is no folder {folder}. Choose another folder."
    try:
        fd, probe = tempfile.mkstemp(prefix=".ukjp-probe-", dir=folder)
    except OSError as exc:
        return f"Charts cannot be saved in {folder}: {exc.strerror or exc}. Choose another folder."
    os.close(fd)
    os.unlink(probe)
    return None
