"""Import review: a document beside the facts proposed from it, reviewed before anything is saved.

Left, the document as plain text (``setPlainText``: markup, scripts and handlers show as the
characters they are), every proposal highlighted: underline colour = kind (money, date,
organisation, name), background = state (pale pending, strong accepted, struck-out rejected),
amber = the proposal selected in the table. Clicking a highlight selects its row and vice versa.

Right, the Source's metadata (editable, ``source_form``), the proposals table (A accept, R reject,
U pending, Ctrl+Shift+A accept every figure) with the selected proposal's sentence and, for a
figure against an existing initiative, the recorded figures it corroborates or contradicts
(``proposals_panel``), and the target: an existing initiative, a new one, or the document alone
(``target``). This class composes them and runs the review; ``plan`` turns its decisions into
what is written.

Import writes everything in one transaction (``store.importer.import_document``) and puts an
``ImportCommand`` on the window's undo stack; Cancel writes nothing. Reading and extraction run
on a worker thread (``jobs``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...core.dates import DateError, PartialDate
from ...core.extract.user_gazetteer import GazetteerEntryError, add_user_entry
from ...core.vocab import words
from ...core.wording import count
from ...store.import_support import initiative_choices, stored_source
from ...store.importer import AcceptedMoney, ImportRejected, NewInitiative, check_figures, import_document
from ..widgets.dialogs import message
from ..widgets.screen_fit import resize_within_screen
from ..widgets.plain_text import label as plain_label
from .document_view import SHOWN_KINDS, DocumentPane
from .jobs import (ImportCommand, JobSignals, Loaded, OrganisationDialog, ReviewContext, start_proposing,
                   start_reading)
from .plan import ReviewProblem, build_plan, draft_title
from .proposals_model import ACCEPTED, PENDING, REJECTED, ProposalItem, carry_decisions, mention_spans
from .proposals_panel import ProposalsPanel
from .source_form import SourceForm
from .target import TargetPanel


class ImportReview(QWidget):
    """Non-modal review window for one document. ``start()`` reads it in the background."""
    loaded = Signal()
    failed = Signal(str)
    imported = Signal(object)       # ImportReceipt

    def __init__(self, ctx: ReviewContext, path: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.ctx, self.path = ctx, str(path)
        self.loaded_data: Loaded | None = None
        self.receipt = None
        self.last_message = ""
        self.existing = None
        self.closed = False
        self._jobs: list[JobSignals] = []
        self._in_recheck = False   # set_checks repaints the table, which must not recheck again
        self._from_text = False    # a row chosen by a click in the text: the text stays where it was
        self.setWindowTitle(f"Import — {Path(path).name}")
        resize_within_screen(self, 1480, 920, parent)
        self._build()
        if self.height() < 900:   # a short screen: the proposals first, the other parts at their least
            self.side.setSizes([1, 10_000, 1])
        self._set_busy(True, f"Reading {Path(path).name}…")

    # ---- construction ---------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        busy_row = QHBoxLayout()
        self.busy_label = plain_label("", wrap=False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(220)
        busy_row.addWidget(self.busy_label, 1)
        busy_row.addWidget(self.busy)
        outer.addLayout(busy_row)

        self.body = QSplitter(Qt.Horizontal)
        outer.addWidget(self.body, 1)
        self.document = DocumentPane()
        self.document.clicked.connect(self._on_text_clicked)
        self.document.view.selectionChanged.connect(self._update_buttons)
        self.text_view, self.doc_title = self.document.view, self.document.title
        self.body.addWidget(self.document)
        self.body.addWidget(self._build_side())
        self.body.setStretchFactor(0, 5)
        self.body.setStretchFactor(1, 6)
        self.body.setSizes([500, 980])

        buttons = QHBoxLayout()
        self.status = plain_label("", wrap=True)
        buttons.addWidget(self.status, 1)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Close without writing anything")
        self.cancel_button.clicked.connect(self.close)
        self.import_button = QPushButton("Import")
        self.import_button.setDefault(True)
        self.import_button.setToolTip("Save the document and the accepted facts in one step (Ctrl+Enter); "
                                      "Edit → Undo takes it back")
        self.import_button.clicked.connect(self.do_import)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        outer.addLayout(buttons)
        for keys, slot in (("Ctrl+Return", self.do_import), ("Ctrl+Enter", self.do_import)):
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)

    def _build_side(self) -> QWidget:
        self.side = side = QSplitter(Qt.Vertical)
        side.setChildrenCollapsible(False)
        self.source = SourceForm()
        self.source.date_edit.editingFinished.connect(self._on_date_edited)
        side.addWidget(self.source)
        self.proposals = ps = ProposalsPanel()
        ps.accept_button.clicked.connect(lambda: self.set_selected_state(ACCEPTED))
        ps.reject_button.clicked.connect(lambda: self.set_selected_state(REJECTED))
        ps.pending_button.clicked.connect(lambda: self.set_selected_state(PENDING))
        ps.accept_money_button.clicked.connect(self.accept_all_money)
        ps.gazetteer_button.clicked.connect(self.add_organisation)
        ps.model.itemsEdited.connect(self._on_items_edited)
        ps.model.editFailed.connect(self._say)
        ps.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        ps.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        side.addWidget(ps)
        for keys, slot in (("A", lambda: self.set_selected_state(ACCEPTED)),
                           ("R", lambda: self.set_selected_state(REJECTED)),
                           ("U", lambda: self.set_selected_state(PENDING)),
                           ("Ctrl+Shift+A", self.accept_all_money)):
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.WidgetShortcut)
            act.triggered.connect(slot)
            ps.table.addAction(act)
            self.text_view.addAction(act)
        self.target = TargetPanel(self.ctx.sector_names, lambda: initiative_choices(self.ctx.engine))
        self.target.changed.connect(self._recheck)
        side.addWidget(self.target)
        side.setStretchFactor(0, 0)
        side.setStretchFactor(1, 1)
        side.setStretchFactor(2, 0)
        # The parts tests and the proposals' own handlers reach by name.
        self.model, self.table = ps.model, ps.table
        self.title_edit, self.date_edit, self.notices = self.source.title_edit, self.source.date_edit, self.source.notices
        self.new_radio, self.existing_radio = self.target.new_radio, self.target.existing_radio
        self.source_only_radio, self.new_name, self.new_kind = (self.target.source_only_radio, self.target.new_name,
                                                                self.target.new_kind)
        return side

    # ---- loading --------------------------------------------------------------------------
    def start(self) -> None:
        self._job(start_reading, self.path, first=True)

    def present(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def _job(self, starter, *args, first: bool = False) -> None:
        signals = JobSignals()
        signals.progress.connect(lambda text: self._set_busy(True, text))
        signals.done.connect(self._on_loaded if first else self._on_reproposed)
        signals.failed.connect(self._on_read_failed if first else self._on_repropose_failed)
        self._jobs.append(signals)
        starter(self.ctx, *args, signals)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.busy_label.setText(text)
        self.body.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self.loaded_data is not None)

    def is_busy(self) -> bool:
        return self.busy.isVisible()

    def _on_read_failed(self, text: str) -> None:
        self._set_busy(False)
        self.last_message = text
        self.failed.emit(text)
        self.close()
        self.ctx.report(text)
        message(self.parentWidget(), "Document not imported", f"{text}\n\nNothing was written.")

    def _on_loaded(self, data: Loaded) -> None:
        self.loaded_data = data
        doc, meta = data.doc, data.meta
        self.document.set_document(f"{doc.original_name} · {words(doc.format)} · {len(doc.text):,} characters",
                                   doc.text)
        self.source.fill(meta)
        self.existing = stored_source(self.ctx.engine, doc.text)
        self.source.show_notices(doc.notices, self.existing)
        names = data.proposals.names
        if names:
            self.target.propose_new(names[0].text, names[0].suggested_kind)
        else:
            self.target.propose_new(meta.title[:120], "other")
        self.target.fill_sectors(data.proposals.suggested_sectors)
        self._set_items(data, [])
        self._set_busy(False, f"{len(self.model.items())} proposals · read in {data.seconds:.1f} s")
        self.loaded.emit()

    def _set_items(self, data: Loaded, previous: list[ProposalItem], at: ProposalItem | None = None) -> None:
        items = [ProposalItem.of(p) for p in data.proposals.all() if p.kind in SHOWN_KINDS]
        carry_decisions(items, previous)
        self.model.set_items(items)
        self._recheck()
        self.proposals.fit_columns()
        if items:
            self.table.selectRow(self._same_place(items, at))

    @staticmethod
    def _same_place(items: list[ProposalItem], at: ProposalItem | None) -> int:
        """The row of the new pass stating what the reviewer was at (the same kind, at an overlapping
        place: "Hitachi" has become "Hitachi Rail"), else the first row."""
        if at is not None:
            spans = mention_spans(at.proposal)
            for row, it in enumerate(items):
                if it.kind == at.kind and any(s < e2 and s2 < e for s, e in mention_spans(it.proposal)
                                              for s2, e2 in spans):
                    return row
        return 0

    def _repropose(self, document_date=None) -> None:
        d = self.loaded_data
        self._set_busy(True, "Finding figures, dates and organisations again…")
        self._job(start_proposing, d.doc, d.meta, document_date)

    def _on_reproposed(self, data: Loaded) -> None:
        previous = self.model.items()
        self.loaded_data = data
        self._set_items(data, previous, at=self.current_item())
        self._set_busy(False, f"{len(self.model.items())} proposals")

    def _on_repropose_failed(self, text: str) -> None:
        self._set_busy(False)
        self._say(text)

    def _on_date_edited(self) -> None:
        d = self.loaded_data
        if d is None:
            return
        try:
            pd = PartialDate.parse(self.date_edit.text().strip()) if self.date_edit.text().strip() else None
        except (DateError, ValueError):
            self._say("The date is not readable: use 2025-03-10, 2025-03, 2025 or 2026-H2.")
            return
        if pd is not None and pd.precision == "day" and pd != d.proposals.document_date:
            self._repropose(pd)

    # ---- the target -----------------------------------------------------------------------
    def selected_initiative(self) -> str:
        return self.target.selected_initiative()

    def choose_initiative(self, slug: str) -> None:
        self.target.choose_initiative(slug)

    def _recheck(self) -> None:
        """Compare the figures with those recorded for the chosen existing initiative."""
        slug = self.target.selected_initiative() if self.existing_radio.isChecked() else ""
        checks = {}
        if slug and self.loaded_data is not None:
            money = [it for it in self.model.items() if it.kind == "money" and not it.is_conversion]
            try:
                found = check_figures(self.ctx.engine, slug, [AcceptedMoney(it.proposal, side=it.side, amount=it.amount,
                                                                            amount_min=it.amount_min)
                                                              for it in money])
            except ImportRejected as exc:
                self._say(str(exc))
                found = []
            checks = {c.proposal_id: c for c in found}
        self.model.set_checks(checks)
        self._show_detail()

    # ---- proposals ------------------------------------------------------------------------
    def set_selected_state(self, state: str) -> None:
        rows = self.proposals.selected_rows() or ([self.table.currentIndex().row()] if self.table.currentIndex().isValid() else [])
        notes = self.model.set_state(rows, state)
        self._say(" ".join(notes))
        items = [self.model.item(r) for r in rows]
        if state == ACCEPTED and any(it is not None and it.kind == "name" for it in items):
            name = next(it for it in items if it is not None and it.kind == "name")
            self.target.propose_new(name.proposal.text, name.proposal.suggested_kind)
        if len(rows) == 1 and state != PENDING and rows[0] + 1 < self.model.rowCount():
            self.table.selectRow(rows[0] + 1)      # review one after another with A / R

    def accept_all_money(self) -> None:
        money = [(i, it) for i, it in enumerate(self.model.items())
                 if it.kind == "money" and not it.is_conversion and it.state == PENDING]
        rows = [i for i, it in money if it.proposal.is_funding]
        self.model.set_state(rows, ACCEPTED)
        missing = sum(1 for r in rows if self.model.item(r).side is None)
        skipped = len(money) - len(rows)
        doubted = sum(1 for _, it in money if it.proposal.funding_doubt)   # (unticked by the word model)
        ticked = sum(1 for r in rows if self.model.item(r).proposal.ticked_by_model)
        self._say(f"Accepted {count(len(rows), 'funding or investment figure')}"
                  + (f" ({ticked} ticked by the word model though {'its' if ticked == 1 else 'their'} cue words "
                     f"read another kind: check {'it' if ticked == 1 else 'them'})." if ticked else ".")
                  + (f" {count(skipped, 'figure')} not read as funding left pending" if skipped else "")
                  + (f", {doubted} of them unticked by the word model (accept one by one if they are funding)."
                     if doubted else "." if skipped else "")
                  + (f" {missing} need a side: double-click “choose…”." if missing else ""))

    def _on_items_edited(self) -> None:
        self._paint()
        self._show_detail()
        self._update_buttons()
        if self.existing_radio.isChecked():
            self._recheck_sides()

    def _recheck_sides(self) -> None:
        # a changed side changes the verdict; checks are cheap (one query)
        if self._in_recheck:
            return
        self._in_recheck = True
        try:
            self._recheck()
        finally:
            self._in_recheck = False

    def _update_buttons(self) -> None:
        it = self.current_item()
        has_text = bool(self.document.selected_text())
        self.proposals.gazetteer_button.setEnabled(has_text or (it is not None and it.kind == "organisation"
                                                      and not it.proposal.known))

    def current_item(self) -> ProposalItem | None:
        return self.proposals.current_item()

    def _on_current_row(self, current, _previous) -> None:
        self._paint()
        self._show_detail()
        self._update_buttons()
        it = self.model.item(current.row()) if current.isValid() else None
        if it is not None and not self._from_text:
            self.document.show_at(it.proposal.start)

    def _on_text_clicked(self, pos: int) -> None:
        """A click in the text selects the (smallest) proposal under it, at any of its mentions."""
        hits = [(end - start, i) for i, it in enumerate(self.model.items())
                for start, end in mention_spans(it.proposal) if start <= pos < end]
        if hits and self.loaded_data is not None:
            # the reader clicked a mention in view (perhaps the fifth): going to the first one would lose
            # their place
            self._from_text = True
            try:
                self.table.selectRow(min(hits)[1])
            finally:
                self._from_text = False

    def _paint(self) -> None:
        if self.loaded_data is not None:
            self.document.paint(self.model.items(), self.current_item())

    def highlights(self) -> list[tuple[int, int, str]]:
        return self.document.highlights()

    def _show_detail(self) -> None:
        orgs = self.loaded_data.proposals.organisations if self.loaded_data is not None else []
        self.proposals.show_detail({o.slug: o.name for o in orgs if o.slug})

    # ---- the gazetteer --------------------------------------------------------------------
    def add_organisation(self, *, entry=None) -> None:
        """Ask for (or take) a gazetteer entry, save it, and extract again with it."""
        if self.loaded_data is None:
            return
        if entry is None:
            sel = self.document.selected_text()
            it = self.current_item()
            name = sel or (it.proposal.text if it is not None and it.kind == "organisation" else "")
            dlg = OrganisationDialog(name, self, type_=(it.proposal.type or "other") if it is not None
                                     and it.kind == "organisation" and not sel else "other")
            if dlg.exec() != OrganisationDialog.Accepted:
                return
            entry = dlg.entry()
        if self.ctx.gazetteer_path is None:
            self._say("There is no settings folder to keep the gazetteer in.")
            return
        try:
            add_user_entry(self.ctx.gazetteer_path, entry)
        except (OSError, GazetteerEntryError) as exc:
            message(self, "Organisation not added", f"{exc}")
            return
        self._say(f"“{entry.name}” added to your gazetteer ({self.ctx.gazetteer_path}).")
        self._repropose(self.loaded_data.proposals.document_date)

    # ---- saving ---------------------------------------------------------------------------
    def build_plan(self):
        try:
            return build_plan(self.loaded_data, self.source, self.model.items(), self.target)
        except ReviewProblem as exc:
            if exc.proposal_id:
                self.proposals.select_proposal(exc.proposal_id)
            raise

    def do_import(self) -> None:
        if self.loaded_data is None or self.is_busy():
            return
        try:
            plan = self.build_plan()
        except ReviewProblem as exc:
            self._say(str(exc))
            self.last_message = str(exc)
            message(self, "Not imported yet", str(exc))
            return
        try:
            receipt = import_document(self.ctx.engine, plan)
        except ImportRejected as exc:
            return self._import_failed(f"{exc}.")
        except OSError as exc:
            return self._import_failed(f"The database could not be written: {exc.strerror or exc}.")
        except Exception as exc:  # noqa: BLE001 - in words, never a traceback
            return self._import_failed(f"The import failed ({exc.__class__.__name__}: {exc}).")
        self.receipt = receipt
        title = draft_title(plan)
        if isinstance(plan.initiative, NewInitiative):
            # The new initiative is named after the source unless the user renamed it: "Import
            # “X” into X" said nothing.
            name = plan.initiative.name
            where = " as a new initiative" + (f" “{name}”" if name and name != plan.source.title else "")
        else:
            # (by its name: "Import “X” into uk-japan-quantum-joint-projects" named the slug)
            where = f" into “{self.target.name_of(plan.initiative)}”" if plan.initiative else ""
        text = f"Import “{title}”{where}"
        self.ctx.stack.push(ImportCommand(self.ctx, plan, receipt, text))
        self.ctx.state.importsChanged.emit(receipt.initiative_slug or "")
        n = len(receipt.funding_line_ids)
        # (every accepted figure is a line, funding or not: "figures", not "funding lines")
        self.ctx.report(f"Imported “{draft_title(plan)}”: {count(n, 'figure')}, "
                        f"{count(len(receipt.excerpt_ids), 'excerpt')}"
                        + ("" if receipt.source_created else " (the source was already stored)")
                        + (f"; {count(len(receipt.unconverted), 'figure')} kept without pounds (no exchange rate for "
                           f"{'its' if len(receipt.unconverted) == 1 else 'their'} currency)"
                           if receipt.unconverted else "")
                        + ". Ctrl+Z undoes it.")
        self.imported.emit(receipt)
        self.close()

    def _import_failed(self, text: str) -> None:
        self.last_message = text
        self._say(text)
        message(self, "Nothing was imported", f"{text}\n\nNothing was written; the review is still open.")

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def keyPressEvent(self, e) -> None:  # noqa: N802
        # Esc that no child used (an open editor or list takes its own Esc): close, unless
        # decisions would be lost silently; then only the Cancel button discards them.
        if e.key() == Qt.Key_Escape:
            if any(it.state != PENDING for it in self.model.items()):
                self._say("Press Cancel to close and discard your decisions; nothing has been written.")
            else:
                self.close()
            return
        super().keyPressEvent(e)

    def closeEvent(self, e) -> None:  # noqa: N802
        super().closeEvent(e)
        for signals in self._jobs:   # reading or extracting for nobody: give the thread back
            signals.worker.cancel()
        self.closed = True
        self.deleteLater()
