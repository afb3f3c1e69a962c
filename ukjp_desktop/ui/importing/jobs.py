"""The import review's helpers that are not the window itself.

* ``ReviewContext``: what a review needs from the main window (engine, undo stack, state).
* ``start_reading`` / ``start_proposing``: reading a file and extracting proposals on a worker
  thread, so a 50 MB text never freezes the window. Results come back as signals; closing the
  review stops its worker (``_Worker.cancel``).
* ``ImportCommand``: an import on the window's undo stack (undo removes it, redo imports again).
* ``OrganisationDialog``: the "Add organisation to gazetteer" form.
* which dropped or chosen files can be imported.
"""
from __future__ import annotations

import copy
import ctypes
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QVBoxLayout)

from ...core.extract import propose
from ...core.extract.organisations import GazetteerEntry, default_gazetteer
from ...core.extract.propose import Proposals, SourceMeta, propose_source_meta
from ...core.extract.readers import Document, DocumentError, read_document
from ...core.extract.user_gazetteer import FILE_NAME, GazetteerEntryError, make_entry
from ...core.vocab import ORG_TYPES, words
from ...store.import_support import users_bodies
from ...store.importer import ImportPlan, ImportReceipt, ImportRejected, import_document, undo_import
from ..widgets.plain_text import label as plain_label

# What File → Import document… offers and what a drop onto the window accepts. ".doc" is
# accepted so that the reader can say in words that it needs saving as .docx first.
SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx", ".doc")
FILE_FILTER = ("Documents (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx);;"
               "Text (*.txt *.text);;Markdown (*.md *.markdown);;Web pages (*.html *.htm *.xhtml);;"
               "PDF (*.pdf);;Word (*.docx);;All files (*)")


def importable_paths(urls: list[QUrl]) -> list[str]:
    """Local files among ``urls`` whose suffix is a document we can read."""
    out = []
    for u in urls:
        if u.isLocalFile():
            p = u.toLocalFile()
            if Path(p).suffix.lower() in SUFFIXES:
                out.append(p)
    return out


@dataclass
class ReviewContext:
    engine: object
    stack: object                      # QUndoStack
    state: object                      # AppState (importsChanged)
    gazetteer_path: Path | None
    sector_names: dict[str, str]
    report: object = field(default=lambda text: None)     # str -> None (status bar)


# ---- worker-thread jobs ------------------------------------------------------------------

@dataclass
class Loaded:
    doc: Document
    proposals: Proposals
    meta: SourceMeta
    gazetteer_entries: list[GazetteerEntry]   # the user's own (file), for the import plan
    seconds: float


class JobSignals(QObject):
    progress = Signal(str)
    done = Signal(object)        # Loaded
    failed = Signal(str)


class JobCancelled(BaseException):
    """Raised inside a worker whose review was closed. A BaseException, so that no ``except Exception``
    in the reader or the extractor takes it for a failure of theirs."""


# CPython's own way to stop a thread's Python code from another thread: the exception is raised in it
# at its next bytecode. Reading and extraction are plain Python with no cancel hook of their own.
_set_async_exc = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.py_object)(
    ("PyThreadState_SetAsyncExc", ctypes.pythonapi))


class _Worker:
    """Runs one job's function on a pool thread and stops it when its review closes: left running, a
    long page's extraction (~15 s for 3,000,000 characters) kept a thread of the pool, and two closed
    reviews on a 2-core machine made the next document wait. A plain object, so it outlives the
    QRunnable that Qt deletes when the run ends."""

    def __init__(self, fn, signals: "JobSignals"):
        self.fn, self.signals = fn, signals
        self._lock = threading.Lock()
        self._thread: int | None = None
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            if self.cancelled:
                return
            self.cancelled = True
            if self._thread is not None:      # running: stop it where it is (once only)
                _set_async_exc(self._thread, JobCancelled)

    def run(self) -> None:
        with self._lock:
            if self.cancelled:                # closed while it waited for a thread
                return
            self._thread = threading.get_ident()
        try:
            self._run()
        except JobCancelled:
            pass

    def _run(self) -> None:
        try:
            try:
                result = self.fn(self.signals.progress.emit)
            finally:
                with self._lock:
                    if self.cancelled:        # one that came as the work ended: it must not reach the next job
                        _set_async_exc(self._thread, ctypes.py_object())
                    self._thread = None
        except DocumentError as exc:
            self._emit(self.signals.failed, str(exc))
        except MemoryError:
            self._emit(self.signals.failed, "The document is too large to hold in memory.")
        except Exception as exc:  # noqa: BLE001 - shown in words, never as a traceback
            self._emit(self.signals.failed, f"The document could not be read ({exc.__class__.__name__}: {exc}).")
        else:
            self._emit(self.signals.done, result)

    def _emit(self, signal, value) -> None:
        if not self.cancelled:                # nobody is waiting for a closed review's result
            signal.emit(value)


class _Job(QRunnable):
    def __init__(self, worker: _Worker):
        super().__init__()
        self.worker = worker
        self.setAutoDelete(True)

    def run(self) -> None:
        self.worker.run()


# The last gazetteer built and the extra entries it was built with: its ~1,400 bodies take ~0.2 s to
# compile, and most reviews (each import, each "extract again") ask for the same one
_gazetteer_lock = threading.Lock()
_last_gazetteer: tuple[tuple[GazetteerEntry, ...], object] | None = None


def _gazetteer(ctx: ReviewContext):
    """The built-in and curated bodies plus the user's (earlier imports' and their own file's): built
    again only when those change. From worker threads; a Gazetteer is read-only once built."""
    global _last_gazetteer
    extra, own = users_bodies(ctx.engine, ctx.gazetteer_path)
    with _gazetteer_lock:
        if _last_gazetteer is None or _last_gazetteer[0] != extra:
            _last_gazetteer = (extra, default_gazetteer(extra=extra))
        return _last_gazetteer[1], own


def _run(signals: JobSignals, fn) -> JobSignals:
    signals.worker = _Worker(fn, signals)     # keeps the signals object alive with its job
    signals._job = _Job(signals.worker)       # and the runnable alive while the pool holds it
    QThreadPool.globalInstance().start(signals._job)
    return signals


def start_reading(ctx: ReviewContext, path: str, signals: JobSignals) -> JobSignals:
    def work(progress) -> Loaded:
        t0 = time.perf_counter()
        progress(f"Reading {Path(path).name}…")
        doc = read_document(path)
        progress(f"Finding figures, dates and organisations in {len(doc.text):,} characters…")
        gaz, own = _gazetteer(ctx)
        result = propose(doc.text, gazetteer=gaz)
        meta = propose_source_meta(doc.text, result, doc.title, doc.publisher, doc.date, doc.url)
        return Loaded(doc, result, meta, own, time.perf_counter() - t0)
    return _run(signals, work)


def start_proposing(ctx: ReviewContext, doc: Document, meta: SourceMeta, document_date,
                    signals: JobSignals) -> JobSignals:
    """Extract again (a new gazetteer entry, a corrected document date); the metadata stays."""
    def work(progress) -> Loaded:
        t0 = time.perf_counter()
        progress("Finding figures, dates and organisations again…")
        gaz, own = _gazetteer(ctx)
        return Loaded(doc, propose(doc.text, document_date=document_date, gazetteer=gaz), meta, own,
                      time.perf_counter() - t0)
    return _run(signals, work)


# ---- undo -----------------------------------------------------------------------------------

class ImportCommand(QUndoCommand):
    """An import that has already been written. Pushing it does not import again (the first
    ``redo`` only records that it was pushed); undo calls ``undo_import``; a later redo
    imports the same plan again (a new receipt)."""

    def __init__(self, ctx: ReviewContext, plan: ImportPlan, receipt: ImportReceipt, text: str):
        super().__init__(text)
        self.ctx, self.plan, self.receipt = ctx, copy.deepcopy(plan), receipt
        self._pushed = False

    def _notify(self, verb: str) -> None:
        self.ctx.state.importsChanged.emit(self.receipt.initiative_slug or "")
        self.ctx.report(f"{verb}: {self.text()}")

    def redo(self) -> None:
        if not self._pushed:       # QUndoStack.push calls redo: the import is already written
            self._pushed = True
            return
        try:
            self.receipt = import_document(self.ctx.engine, copy.deepcopy(self.plan))
        except (ImportRejected, OSError) as exc:
            self.setObsolete(True)
            self.ctx.report(f"Could not redo the import: {exc}")
            return
        self._notify("Imported again")

    def undo(self) -> None:
        try:
            undo_import(self.ctx.engine, self.receipt.id)
        except (ImportRejected, OSError) as exc:
            self.setObsolete(True)
            self.ctx.report(f"Could not undo the import: {exc}")
            return
        self._notify("Undone")


# ---- the gazetteer form --------------------------------------------------------------------

COUNTRY_CHOICES = [("GB", "United Kingdom (GB)"), ("JP", "Japan (JP)"), ("INT", "International (INT)"),
                   ("", "Other / not known")]


class OrganisationDialog(QDialog):
    """Name, other names, country and type of an organisation to add to the gazetteer."""

    def __init__(self, name: str, parent=None, type_: str = "other"):
        super().__init__(parent)
        self.setWindowTitle("Add organisation to gazetteer")
        lay = QVBoxLayout(self)
        lay.addWidget(plain_label("Added organisations are recognised in this document and every "
                                  "later one; money “from” them gets a side from their country."))
        form = QFormLayout()
        self.name = QLineEdit(" ".join(name.split()))
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText("Abbreviations or other names, separated by commas")
        self.country = QComboBox()
        for code, text in COUNTRY_CHOICES:
            self.country.addItem(text, code)
        self.type = QComboBox()
        for t in ORG_TYPES:
            self.type.addItem(words(t), t)
        self.type.setCurrentIndex(max(0, ORG_TYPES.index(type_) if type_ in ORG_TYPES else ORG_TYPES.index("other")))
        form.addRow("Name", self.name)
        form.addRow("Also written", self.aliases)
        form.addRow("Country", self.country)
        form.addRow("Type", self.type)
        lay.addLayout(form)
        self.error = plain_label("")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("Add")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def entry(self) -> GazetteerEntry:
        return make_entry(self.name.text(), self.country.currentData(), self.type.currentData(),
                          self.aliases.text())

    def accept(self) -> None:
        try:
            self.entry()
        except GazetteerEntryError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


def gazetteer_path_for(settings) -> Path | None:
    """The user gazetteer file beside the settings file (redirected in tests and self-tests)."""
    name = settings.fileName() if settings is not None else ""
    return Path(name).parent / FILE_NAME if name else None
