"""File → Import table…: review a table of awards before anything is written (issue 16).

The window shows the rows as they will be imported, with each row's problems in place, and
lets the user exclude rows, change the column mapping (or pick a preset, a sheet, an encoding),
and decide per row between new / update / skip (matches show what would change). Reading,
matching and importing run on a worker thread; the import shows a progress bar and Cancel
(which rolls the one transaction back: nothing is written). The import goes on the main
window's undo stack as one command.
"""
from __future__ import annotations

import copy
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor, QUndoCommand
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QMessageBox, QProgressBar, QPushButton, QSplitter, QTableView,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.tables.mapping import FIELD_LABELS, FIELDS, PRESETS, SavedMappings
from ...core.tables.prepare import PREVIEW_ROWS, Prepared, prepare, row_summary
from ...core.tables.reading import ENCODINGS
from ...core.tables.rows import ParsedRow
from ...store.table_import import (ImportCancelled, Match, TablePlan, TableReceipt, import_table,
                                  match_rows, undo_table_import)
from ..widgets.file_dialogs import open_file_name
from ..widgets.screen_fit import resize_within_screen

FILE_FILTER = "Tables (*.csv *.tsv *.tab *.txt *.xlsx *.xlsm *.ods);;All files (*)"
COLUMNS = ("Include", "Row", "Action", "Title", "Identifier", "Funder", "Lead", "Amount", "Start",
           "End", "Match", "Problems")
PROBLEM_BG = QColor("#fde2e1")
EXCLUDED_FG = QColor("#8a8a8a")


@dataclass
class Loaded:
    generation: int               # results of an older read (a mapping changed since) are dropped
    prepared: Prepared
    rows: list[ParsedRow]
    matches: dict[int, Match]
    complete: bool                # all rows read (else the first PREVIEW_ROWS)


class _Signals(QObject):
    loaded = Signal(object)       # Loaded
    progress = Signal(int, int)
    done = Signal(object)         # TableReceipt
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, fn, signals: _Signals):
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            self.fn()
        except ImportCancelled:
            self.signals.failed.emit("Import cancelled. Nothing was written.")
        except Exception as exc:  # noqa: BLE001 - shown in words, never as a traceback
            self.signals.failed.emit(str(exc) if str(exc) else exc.__class__.__name__)


class RowsModel(QAbstractTableModel):
    """The rows as they will be imported; Include is a check box, problems are shaded."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ParsedRow] = []
        self.matches: dict[int, Match] = {}
        self.excluded: set[int] = set()

    def set_rows(self, rows: list[ParsedRow], matches: dict[int, Match]) -> None:
        self.beginResetModel()
        self.rows, self.matches = rows, matches
        self.excluded &= {r.index for r in rows}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index):
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return f | Qt.ItemIsUserCheckable if index.column() == 0 else f

    def text(self, r: ParsedRow, col: int) -> str:
        s = row_summary(r)
        m = self.matches.get(r.index, Match("new"))
        if col == 1:
            return str(r.row_number)
        if col == 2:
            return m.action
        if col == 7:
            return "" if s["amount"] is None else f"{s['amount']:,} {r.currency}" if isinstance(s["amount"], int) \
                else f"{s['amount']} {r.currency}"
        if col == 10:
            if not m.slug:
                return ""
            return f"{m.name} (by {m.by})" + (": " + "; ".join(m.differences) if m.differences else ": no differences")
        if col == 11:
            return "; ".join(p.message for p in r.problems)
        key = {3: "title", 4: "identifier", 5: "funder", 6: "lead", 8: "start", 9: "end"}[col]
        return s[key] or ""

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.CheckStateRole and col == 0:
            return Qt.Unchecked if r.index in self.excluded else Qt.Checked
        if role in (Qt.DisplayRole, Qt.ToolTipRole) and col > 0:
            return self.text(r, col)
        if role == Qt.BackgroundRole and r.problems and r.index not in self.excluded:
            return QBrush(PROBLEM_BG)
        if role == Qt.ForegroundRole and r.index in self.excluded:
            return QBrush(EXCLUDED_FG)
        return None

    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802
        if role == Qt.CheckStateRole and index.column() == 0:
            r = self.rows[index.row()]
            include = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
            (self.excluded.discard if include else self.excluded.add)(r.index)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
            return True
        return False

    def set_action(self, rows: list[int], action: str) -> None:
        for i in rows:
            r = self.rows[i]
            m = self.matches.setdefault(r.index, Match("new"))
            if action == "update" and not m.slug:
                continue          # nothing to update: the row stays new
            m.action = action
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    def included(self) -> list[ParsedRow]:
        return [r for r in self.rows if r.index not in self.excluded]


class TableReview(QWidget):
    """One table's review window (not modal: the explorer stays usable beside it)."""
    imported = Signal(object)       # TableReceipt

    def __init__(self, window, path: str, parent=None):
        super().__init__(parent, Qt.Window)
        self.window_, self.path = window, path
        self.engine = window.library.engine
        self.setWindowTitle(f"Import table — {Path(path).name}")
        resize_within_screen(self, 1100, 680, parent or window)
        self.prepared: Prepared | None = None
        self.complete = False
        self.generation = 0
        self._running = False
        self._gazetteer = None
        self._cancel = threading.Event()
        self._signals: list[_Signals] = []
        # What the file was first read with, and the actions as each read proposed them: a close
        # asks first only when the user changed something since (changes_made).
        self._first_read: tuple | None = None
        self._proposed_actions: dict[int, str] = {}
        self.discard_box: QMessageBox | None = None
        self._build()

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.sheet = QComboBox(objectName="table-sheet")
        self.encoding = QComboBox(objectName="table-encoding")
        self.encoding.addItems(ENCODINGS)
        self.preset = QComboBox(objectName="table-preset")
        self.preset.addItem("Recognise automatically", None)
        for key, p in PRESETS.items():
            self.preset.addItem(p.label, key)
        self.saved = QComboBox(objectName="table-saved-mapping")
        for label, w in (("Sheet", self.sheet), ("Encoding", self.encoding), ("Layout", self.preset),
                         ("Saved mapping", self.saved)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.notice = QLabel(objectName="table-notice", wordWrap=True, textFormat=Qt.PlainText)
        lay.addWidget(self.notice)
        split = QSplitter(Qt.Vertical)
        self.mapping = QTableWidget(0, 3, objectName="table-mapping")
        self.mapping.setHorizontalHeaderLabels(("Column", "Field", "First value"))
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        split.addWidget(self.mapping)
        self.model = RowsModel(self)
        self.view = QTableView(objectName="table-rows")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        split.addWidget(self.view)
        split.setSizes([200, 420])
        lay.addWidget(split, 1)
        row = QHBoxLayout()
        for text, name, slot in (("New", "table-new", lambda: self._act("new")),
                                 ("Update", "table-update", lambda: self._act("update")),
                                 ("Skip", "table-skip", lambda: self._act("skip")),
                                 ("Exclude rows with problems", "table-exclude-problems", self.exclude_problems),
                                 ("Save mapping…", "table-save-mapping", self.save_mapping)):
            b = QPushButton(text, objectName=name)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        self.progress = QProgressBar(objectName="table-progress")
        self.progress.setVisible(False)
        row.addWidget(self.progress)
        self.import_button = QPushButton("Import", objectName="table-import")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton("Cancel", objectName="table-cancel")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.import_button)
        row.addWidget(self.cancel_button)
        lay.addLayout(row)
        self.status = QLabel(objectName="table-status", textFormat=Qt.PlainText)
        lay.addWidget(self.status)
        # another sheet or encoding has other headers: the mapping starts again from them
        self.sheet.activated.connect(lambda _i: self.load(keep_mapping=False))
        self.encoding.activated.connect(lambda _i: self.load(keep_mapping=False))
        self.preset.activated.connect(lambda _i: self.load(keep_mapping=False))
        self.saved.activated.connect(lambda _i: self._apply_saved())

    # -- loading ---------------------------------------------------------------------------------

    def _saved_mappings(self) -> SavedMappings | None:
        if not hasattr(self.window_, "settings"):
            return None
        return SavedMappings.beside_settings(Path(self.window_.settings.fileName()).parent)

    def load(self, keep_mapping: bool = True, overrides: dict[str, str] | None = None) -> None:
        """Read (again) with the chosen sheet, encoding, preset and mapping, off the UI thread:
        first the first rows (a preview at once), then all of them."""
        sheet = self.sheet.currentText() or None
        encoding = self.encoding.currentText() if self.prepared and self.prepared.table.encoding else None
        preset = self.preset.currentData()
        if overrides is None and keep_mapping and self.prepared is not None:
            overrides = self.current_mapping()
        self.import_button.setEnabled(False)
        self.complete = False
        self.generation += 1
        gen = self.generation
        self.status.setText(f"Reading {Path(self.path).name}…")
        self._busy(True)
        s = self._new_signals()
        s.loaded.connect(self._loaded)
        s.failed.connect(lambda message: self._failed_to_read(gen, message))
        engine, path = self.engine, self.path
        if self._gazetteer is None:
            from ...core.extract.organisations import default_gazetteer
            self._gazetteer = default_gazetteer()
        gaz = self._gazetteer

        def work():
            # The first rows at once (a 50,000-row workbook takes seconds to read whole), then all.
            p = prepare(path, sheet=sheet, encoding=encoding, preset=preset, overrides=overrides,
                        limit=PREVIEW_ROWS, gazetteer=gaz, strict=False)
            rows = p.rows()
            whole = not p.table.truncated
            s.loaded.emit(Loaded(gen, p, rows, match_rows(engine, rows), whole))
            if whole:
                return
            p = prepare(path, sheet=sheet, encoding=encoding, preset=preset, overrides=overrides,
                        gazetteer=gaz, strict=False)
            rows = p.rows()
            s.loaded.emit(Loaded(gen, p, rows, match_rows(engine, rows), True))
        QThreadPool.globalInstance().start(_Job(work, s))

    def _loaded(self, loaded: Loaded) -> None:
        if loaded.generation != self.generation:
            return
        p = self.prepared = loaded.prepared
        t = p.table
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(t.sheets)
        self.sheet.setCurrentText(t.sheet or "")
        self.sheet.setEnabled(bool(t.sheets))
        self.sheet.blockSignals(False)
        self.encoding.setEnabled(t.encoding is not None)
        if t.encoding:
            self.encoding.setCurrentText(t.encoding)
        self._fill_mapping()
        self._fill_saved()
        self.model.set_rows(loaded.rows, loaded.matches)
        self._proposed_actions = {i: m.action for i, m in loaded.matches.items()}
        if self._first_read is None:
            self._first_read = self._read_with()
        self.view.resizeColumnsToContents()
        self.complete = loaded.complete
        blocked = sum(1 for r in loaded.rows if r.problems)
        what = f"{len(loaded.rows):,} rows" if loaded.complete else f"the first {len(loaded.rows):,} rows (reading the rest…)"
        self.status.setText(f"{t.file_name}: {what}, header on row {t.header_row}; {blocked} with problems"
                            + "".join(f". {x}: choose it in the mapping" if "mapped to" in x else f". {x}"
                                      for x in p.problems[:1]))
        notices = list(t.notices)
        if p.preset:
            notices.insert(0, f"Recognised: {p.preset.label}.")
        self.notice.setText(" ".join(notices))
        self.import_button.setEnabled(loaded.complete and not p.problems)
        self._busy(not loaded.complete)

    def _busy(self, on: bool) -> None:
        """A moving bar while rows are read and checked (the import shows real progress)."""
        self.progress.setRange(0, 0 if on else 1)
        self.progress.setVisible(on)

    def _failed_to_read(self, generation: int, message: str) -> None:
        if generation != self.generation:
            return
        self._busy(False)
        self.import_button.setEnabled(False)
        self.status.setText(f"{message}. Nothing was written.")
        # open(), not exec(): no nested event loop from a signal handler (docs/architecture.md)
        self.error_box = QMessageBox(QMessageBox.Warning, "Import table", f"{message}.\n\nNothing was written.",
                                     QMessageBox.Ok, self)
        self.error_box.open()

    def _fill_mapping(self) -> None:
        t, mapping = self.prepared.table, self.prepared.mapping
        self.mapping.setRowCount(len(t.headers))
        for j, h in enumerate(t.headers):
            self.mapping.setItem(j, 0, QTableWidgetItem(h))
            combo = QComboBox()
            combo.addItem("(ignore)", "")
            for f in FIELDS:
                combo.addItem(FIELD_LABELS[f], f)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(h, ""))))
            combo.activated.connect(lambda _i, j=j: self._field_chosen(j))
            self.mapping.setCellWidget(j, 1, combo)
            first = next((row[j] for row in t.rows if j < len(row) and row[j]), "")
            self.mapping.setItem(j, 2, QTableWidgetItem(first))

    def current_mapping(self) -> dict[str, str]:
        out = {}
        for j in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(j, 1)
            out[self.mapping.item(j, 0).text()] = combo.currentData() or ""
        return out

    def set_field(self, header: str, field_name: str) -> None:
        """Map a column to a field (as choosing it in the mapping table does) and read again."""
        for j in range(self.mapping.rowCount()):
            if self.mapping.item(j, 0).text() == header:
                combo = self.mapping.cellWidget(j, 1)
                combo.setCurrentIndex(combo.findData(field_name))
                self._field_chosen(j)

    def _field_chosen(self, row: int) -> None:
        """A field feeds from one column: the column that had it before is ignored now."""
        chosen = self.mapping.cellWidget(row, 1).currentData()
        for j in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(j, 1)
            if j != row and chosen and combo.currentData() == chosen:
                combo.setCurrentIndex(0)
        self.load()

    def _fill_saved(self) -> None:
        saved = self._saved_mappings()
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem("–", None)
        if saved is not None:
            for name in saved.for_headers(self.prepared.table.headers):
                self.saved.addItem(name, name)
        self.saved.blockSignals(False)

    def _apply_saved(self) -> None:
        name, saved = self.saved.currentData(), self._saved_mappings()
        if name and saved is not None:
            self.load(overrides=saved.overrides(name, self.prepared.table.headers))

    def save_mapping(self, name: str | None = None) -> None:
        if self.prepared is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(self, "Save mapping", "Name for this column mapping:")
            if not ok or not name.strip():
                return
        saved = self._saved_mappings()
        if saved is not None:
            saved.save(name.strip(), self.prepared.table.headers,
                       {h: f for h, f in self.current_mapping().items() if f})
            self._fill_saved()
            self.status.setText(f"Mapping “{name.strip()}” saved.")

    # -- decisions -------------------------------------------------------------------------------

    def _act(self, action: str) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        self.model.set_action(rows, action)

    def exclude_problems(self) -> None:
        self.model.excluded |= {r.index for r in self.model.rows if r.blocked}
        self.model.layoutChanged.emit()

    def preview_rows(self) -> list[dict]:
        """The rows as shown, in the dry run's JSON form (tests compare the two)."""
        return [{**row_summary(r), "match": asdict(self.model.matches[r.index])} for r in self.model.rows]

    # -- importing -------------------------------------------------------------------------------

    def plan(self) -> TablePlan:
        p = self.prepared
        return TablePlan(p.table, self.model.included(), copy.deepcopy(self.model.matches),
                         publisher=p.preset.label if p.preset else "Table import")

    def start_import(self) -> None:
        plan = self.plan()
        self._cancel.clear()
        self.import_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, max(1, len(plan.rows)))
        self.status.setText(f"Importing {len(plan.rows):,} rows…")
        s = self._new_signals()
        s.progress.connect(lambda done, total: self.progress.setValue(done))
        s.done.connect(lambda receipt: self._imported(plan, receipt))
        s.failed.connect(self._import_failed)
        engine, cancel = self.engine, self._cancel
        self._running = True
        QThreadPool.globalInstance().start(_Job(
            lambda: s.done.emit(import_table(engine, plan, s.progress.emit, cancel.is_set)), s))

    def cancel(self) -> None:
        """During an import: stop it (the transaction rolls back). Otherwise close the review,
        asking first when the user changed the mapping, excluded rows or chose actions."""
        if self._running:
            self._cancel.set()
            self.status.setText("Cancelling…")
        elif self.changes_made():
            self.ask_to_discard()
        else:
            self.close()

    def _read_with(self) -> tuple:
        return (self.sheet.currentText(), self.encoding.currentText() if self.encoding.isEnabled() else None,
                self.preset.currentData(), self.current_mapping())

    def changes_made(self) -> bool:
        """Whether closing would throw away a choice the user made in this review."""
        if self._first_read is None:         # nothing read yet (or the file could not be read)
            return False
        if self.model.excluded or self._read_with() != self._first_read:
            return True
        return any(m.action != self._proposed_actions.get(i, "new") for i, m in self.model.matches.items())

    def ask_to_discard(self) -> None:
        """"Discard this import?", window-modal; made once and opened again on the next Esc."""
        if self.discard_box is None:
            box = QMessageBox(QMessageBox.Question, "Import table", "Discard this import?",
                              QMessageBox.NoButton, self)
            box.setInformativeText("The column mapping, the excluded rows and the actions you chose are "
                                   "lost; nothing has been written.")
            discard = box.addButton("Discard", QMessageBox.DestructiveRole)
            keep = box.addButton("Keep reviewing", QMessageBox.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)      # a second Esc keeps the review, it never discards
            box.setWindowModality(Qt.WindowModal)
            box.buttonClicked.connect(lambda b: self._discard() if b is discard else None)
            self.discard_box = box
        self.discard_box.open()          # open(), not exec(): no nested event loop from a key handler

    def _discard(self) -> None:
        self._first_read = None              # nothing left to ask about
        self.close()

    def _imported(self, plan: TablePlan, receipt: TableReceipt) -> None:
        self._running = False
        self.progress.setVisible(False)
        cmd = TableImportCommand(self.window_, plan, receipt)
        self.window_.annotator.stack.push(cmd)
        cmd.notify("Imported")
        self.imported.emit(receipt)
        self.close()

    def _import_failed(self, message: str) -> None:
        self._running = False
        self.progress.setVisible(False)
        self.import_button.setEnabled(self.complete)
        if not message.endswith("Nothing was written.") and "nothing was written" not in message:
            message += ". Nothing was written."
        self.status.setText(message)

    def _new_signals(self) -> _Signals:
        s = _Signals()
        self._signals.append(s)       # kept alive while its job runs
        return s

    def keyPressEvent(self, e) -> None:  # noqa: N802
        # Esc that no child used (an open combo box takes its own): what Cancel does, as in a
        # dialog; this review is a window of its own, so Qt gives it no Esc handling.
        if e.key() == Qt.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(e)

    def closeEvent(self, e) -> None:  # noqa: N802
        # The title bar's close button (a spontaneous close) asks as Esc does; a close from code
        # (after the import, or the program quitting) does not.
        if e.spontaneous() and not self._running and self.changes_made():
            e.ignore()
            self.ask_to_discard()
            return
        self._cancel.set()
        super().closeEvent(e)


class TableImportCommand(QUndoCommand):
    """A table import already written: undo removes it all, redo imports the same rows again."""

    def __init__(self, window, plan: TablePlan, receipt: TableReceipt):
        super().__init__(f"Import table “{receipt.file_name}”")
        self.window, self.plan, self.receipt = window, plan, receipt
        self._pushed = False

    def notify(self, verb: str) -> None:
        slug = ""
        if self.receipt.updated:
            slug = self.receipt.updated[0]
        self.window.state.importsChanged.emit(slug)
        self.window.statusBar().showMessage(
            f"{verb}: {self.receipt.file_name} ({len(self.receipt.created):,} new, "
            f"{len(self.receipt.updated):,} updated)", 8000)

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        try:
            self.receipt = import_table(self.window.library.engine, self.plan)
        except Exception as exc:  # noqa: BLE001 - said in words
            self.setObsolete(True)
            self.window.statusBar().showMessage(f"Could not redo the table import: {exc}", 8000)
            return
        self.notify("Imported again")

    def undo(self) -> None:
        try:
            undo_table_import(self.window.library.engine, self.receipt.id)
        except Exception as exc:  # noqa: BLE001 - said in words
            self.setObsolete(True)
            self.window.statusBar().showMessage(f"Could not undo the table import: {exc}", 8000)
            return
        self.notify("Undone")


def open_table_review(window, path: str) -> TableReview:
    review = TableReview(window, path, window)
    review.show()
    review.load()
    return review


def choose_and_review_table(window) -> TableReview | None:
    """File → Import table…: pick a file and open its review."""
    folder = str(window.settings.value("import/folder", str(Path.home())))
    path = open_file_name(window, "Import table", folder, FILE_FILTER)   # reads no file it lists
    if not path:
        return None
    window.settings.setValue("import/folder", str(Path(path).parent))
    return open_table_review(window, path)
