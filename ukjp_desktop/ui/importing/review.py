"""Import review: a document beside the facts proposed from it, reviewed before anything is saved.

Left, the document as plain text (``setPlainText``: markup, scripts and handlers show as the
characters they are), every proposal highlighted: underline colour = kind (money, date,
organisation, name), background = state (pale pending, strong accepted, struck-out rejected),
amber = the proposal selected in the table. Clicking a highlight selects its row and vice versa.

Right, the Source's metadata (editable), the proposals table (A accept, R reject, U pending,
Ctrl+Shift+A accept every figure), the selected proposal's sentence and, for a figure against
an existing initiative, the recorded figures it corroborates or contradicts, and the target:
an existing initiative, a new one, or the document alone.

Import writes everything in one transaction (``store.importer.import_document``) and puts an
``ImportCommand`` on the window's undo stack; Cancel writes nothing. Reading and extraction run
on a worker thread (``jobs``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from ...core.dates import DateError, PartialDate
from ...core.extract.user_gazetteer import GazetteerEntryError, add_user_entry
from ...store.import_support import initiative_choices, stored_source
from ...store.importer import (AcceptedDate, AcceptedMoney, AcceptedOrganisation, ImportPlan, ImportRejected,
                              NewInitiative, SourceDraft, accept_money, check_figures, import_document)
from ..widgets.dialogs import message
from .jobs import (FILE_FILTER, ImportCommand, JobSignals, Loaded, OrganisationDialog,
                          ReviewContext, gazetteer_path_for, importable_paths, start_proposing,
                          start_reading)
from .proposals_model import (ACCEPTED, COLUMN_KEYS, PENDING, REJECTED,
                                     ProposalItem, ProposalsModel)
from .document_view import SHOWN_KINDS, DocumentPane
from .target import ChoiceDelegate, TargetPanel
from ..widgets.plain_text import label as plain_label, words



class ReviewProblem(ValueError):
    """Something the user must fix before importing; one sentence."""


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
        self.setWindowTitle(f"Import — {Path(path).name}")
        self.resize(1480, 920)
        self._build()
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
        side = QSplitter(Qt.Vertical)
        side.setChildrenCollapsible(False)
        # the Source
        meta = QGroupBox("Source")
        form = QFormLayout(meta)
        self.title_edit, self.publisher_edit = QLineEdit(), QLineEdit()
        self.date_edit, self.url_edit = QLineEdit(), QLineEdit()
        self.date_edit.setPlaceholderText("2025-03-10, 2025-03, 2025 or 2026-H2; anchors “today”, “last year”")
        self.date_edit.editingFinished.connect(self._on_date_edited)
        self.url_edit.setPlaceholderText("https://… (if the document gives one)")
        form.addRow("Title", self.title_edit)
        form.addRow("Publisher", self.publisher_edit)
        form.addRow("Date", self.date_edit)
        form.addRow("URL", self.url_edit)
        self.notices = plain_label("", wrap=True, selectable=True)
        self.notices.setObjectName("import-notices")
        self.notices.setStyleSheet("background: #fff4ce; color: #4a3b00; border: 1px solid #e0c060; padding: 4px;")
        self.notices.hide()
        form.addRow(self.notices)
        side.addWidget(meta)

        # the proposals
        box = QGroupBox("Proposed facts")
        lay = QVBoxLayout(box)
        tools = QHBoxLayout()
        self.accept_button = QPushButton("Accept (A)")
        self.reject_button = QPushButton("Reject (R)")
        self.pending_button = QPushButton("Undecided (U)")
        self.accept_money_button = QPushButton("Accept all money")
        self.accept_money_button.setToolTip("Accept every funding figure not yet decided (Ctrl+Shift+A)")
        self.gazetteer_button = QPushButton("Add organisation to gazetteer…")
        self.gazetteer_button.setToolTip("Teach the importer an organisation: the selected unknown one, or "
                                         "words you selected in the document")
        for b in (self.accept_button, self.reject_button, self.pending_button, self.accept_money_button):
            tools.addWidget(b)
        tools.addStretch(1)
        tools.addWidget(self.gazetteer_button)
        lay.addLayout(tools)
        self.accept_button.clicked.connect(lambda: self.set_selected_state(ACCEPTED))
        self.reject_button.clicked.connect(lambda: self.set_selected_state(REJECTED))
        self.pending_button.clicked.connect(lambda: self.set_selected_state(PENDING))
        self.accept_money_button.clicked.connect(self.accept_all_money)
        self.gazetteer_button.clicked.connect(self.add_organisation)

        self.model = ProposalsModel(self)
        self.model.itemsEdited.connect(self._on_items_edited)
        self.model.editFailed.connect(self._say)
        self.table = QTableView()
        self.table.setObjectName("import-proposals")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for key, width in (("state", 84), ("kind", 84), ("text", 140), ("value", 110), ("qualifier", 80),
                           ("side", 66), ("role", 80), ("check", 240)):
            self.table.setColumnWidth(COLUMN_KEYS.index(key), width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.table, 4)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("import-detail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumBlockCount(400)
        self.detail.setMinimumHeight(90)
        self.detail.setPlaceholderText("Select a proposal to see its sentence and how it compares "
                                       "with what is recorded.")
        lay.addWidget(self.detail, 1)
        side.addWidget(box)
        for keys, slot in (("A", lambda: self.set_selected_state(ACCEPTED)),
                           ("R", lambda: self.set_selected_state(REJECTED)),
                           ("U", lambda: self.set_selected_state(PENDING)),
                           ("Ctrl+Shift+A", self.accept_all_money)):
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.WidgetShortcut)
            act.triggered.connect(slot)
            self.table.addAction(act)
            self.text_view.addAction(act)

        t = self.target = TargetPanel(self.ctx.sector_names, lambda: initiative_choices(self.ctx.engine))
        t.changed.connect(self._recheck)
        side.addWidget(t)
        self.new_radio, self.existing_radio, self.source_only_radio = t.new_radio, t.existing_radio, t.source_only_radio
        self.new_name, self.new_kind, self.new_status, self.sectors = t.new_name, t.new_kind, t.new_status, t.sectors
        self.initiative_search, self.initiative_list = t.initiative_search, t.initiative_list
        side.setStretchFactor(0, 0)
        side.setStretchFactor(1, 1)
        side.setStretchFactor(2, 0)
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
        self.title_edit.setText(meta.title)
        self.publisher_edit.setText(meta.publisher)
        self.date_edit.setText(meta.date or "")
        self.date_edit.setToolTip(meta.date_note or "")
        self.url_edit.setText(meta.url or "")
        self.existing = stored_source(self.ctx.engine, doc.text)
        self._show_notices()
        names = data.proposals.names
        if names:
            self.target.propose_new(names[0].text, names[0].suggested_kind)
        else:
            self.target.propose_new(meta.title[:120], "other")
        self.target.fill_sectors(data.proposals.suggested_sectors)
        self._set_items(data, {})
        self._set_busy(False, f"{len(self.model.items())} proposals · read in {data.seconds:.1f} s")
        self.loaded.emit()

    def _show_notices(self) -> None:
        lines = list(self.loaded_data.doc.notices)
        if self.existing is not None:
            lines.append(f"This text is already in the database as the source “{self.existing.title}”. "
                         "It will not be stored twice: accepted facts will cite that source.")
        self.notices.setText("\n".join(f"⚠ {x}" for x in lines))
        self.notices.setVisible(bool(lines))

    def _set_items(self, data: Loaded, previous: dict) -> None:
        items = [ProposalItem.of(p) for p in data.proposals.all() if p.kind in SHOWN_KINDS]
        for it in items:
            old = previous.get(it.key)
            if old is not None:
                it.carry_over(old)
        self.model.set_items(items)
        self._recheck()
        if items:
            self.table.selectRow(0)

    def _repropose(self, document_date=None) -> None:
        d = self.loaded_data
        self._set_busy(True, "Finding figures, dates and organisations again…")
        self._job(start_proposing, d.doc, d.meta, document_date)

    def _on_reproposed(self, data: Loaded) -> None:
        previous = {it.key: it for it in self.model.items()}
        self.loaded_data = data
        self._set_items(data, previous)
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
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def set_selected_state(self, state: str) -> None:
        rows = self.selected_rows() or ([self.table.currentIndex().row()] if self.table.currentIndex().isValid() else [])
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
        self._say(f"Accepted {len(rows)} funding figure(s)."
                  + (f" {skipped} figure(s) about trade or markets left pending." if skipped else "")
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
        self.gazetteer_button.setEnabled(has_text or (it is not None and it.kind == "organisation"
                                                      and not it.proposal.known))

    def current_item(self) -> ProposalItem | None:
        idx = self.table.currentIndex()
        return self.model.item(idx.row()) if idx.isValid() else None

    def select_proposal(self, pid: str) -> None:
        row = self.model.row_of(pid)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_current_row(self, current, _previous) -> None:
        self._paint()
        self._show_detail()
        self._update_buttons()
        it = self.model.item(current.row()) if current.isValid() else None
        if it is not None:
            self.document.show_at(it.proposal.start)

    def _on_text_clicked(self, pos: int) -> None:
        """A click in the text selects the (smallest) proposal under it."""
        hits = [(it.proposal.end - it.proposal.start, i) for i, it in enumerate(self.model.items())
                if it.proposal.start <= pos < it.proposal.end]
        if hits and self.loaded_data is not None:
            self.table.selectRow(min(hits)[1])

    def _paint(self) -> None:
        if self.loaded_data is not None:
            self.document.paint(self.model.items(), self.current_item())

    def highlights(self) -> list[tuple[int, int, str]]:
        return self.document.highlights()

    def _show_detail(self) -> None:
        it = self.current_item()
        if it is None:
            self.detail.setPlainText("")
            return
        p = it.proposal
        lines = [f"{words(it.kind)} “{' '.join(p.text.split())}” — {it.value_text()}",
                 f"State: {it.state}" + (f" · the conversion is stored with {it.parent_id}" if it.is_conversion else "")]
        if it.kind == "money" and not it.is_conversion:
            names = {o.slug: o.name for o in self.loaded_data.proposals.organisations if o.slug}
            contributor = (f" (from {names.get(p.contributor, p.contributor)})" if p.contributor
                           else " (the text names no contributor)")
            lines.append(f"Side: {it.side or 'not known — choose one'}{contributor if it.side == p.side else ''}")
        if it.check is not None and it.check.recorded:
            verb = "agrees with" if it.check.status == "corroborates" else "DISAGREES with"
            lines += [f"This figure {verb} what is recorded for the initiative:"]
            for r in it.check.recorded:
                lines.append(f"• {r.stated} ({r.side}, {r.status}) — source: {r.source_title or 'none recorded'}")
                if r.excerpt:
                    lines.append(f"  “{r.excerpt.strip()}”")
            if it.check.status == "conflicts":
                lines.append("Choose a resolution: replace the recorded figure, keep both, or skip this one.")
        lines += ["", "In this document:", p.sentence.strip() or p.text]
        if (problem := it.problem()):
            lines += ["", problem]
        self.detail.setPlainText("\n".join(lines))

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
    def build_plan(self) -> ImportPlan:
        d = self.loaded_data
        if d is None:
            raise ReviewProblem("The document has not been read yet.")
        title = " ".join(self.title_edit.text().split())
        if not title:
            raise ReviewProblem("Give the source a title.")
        value, precision = None, "unknown"
        if self.date_edit.text().strip():
            try:
                pd = PartialDate.parse(self.date_edit.text().strip())
            except (DateError, ValueError):
                raise ReviewProblem("The source date is not readable: use 2025-03-10, 2025-03, 2025 or 2026-H2.") from None
            value, precision = pd.value, pd.precision
        note = d.meta.date_note if value == d.meta.date else "entered in the review"
        draft = SourceDraft(title=title, publisher=" ".join(self.publisher_edit.text().split()), text=d.doc.text,
                            date_value=value, date_precision=precision, date_note=note if value else None,
                            url=self.url_edit.text().strip() or None, original_name=d.doc.original_name)
        accepted = [it for it in self.model.items() if it.state == ACCEPTED and not it.is_conversion]
        for it in accepted:
            if (problem := it.problem()):
                self.select_proposal(it.id)
                raise ReviewProblem(problem)
        facts = [it for it in accepted if it.kind != "name"]
        plan = ImportPlan(source=draft, gazetteer={e.slug: e for e in d.gazetteer_entries})
        if self.source_only_radio.isChecked():
            if facts:
                raise ReviewProblem(f"{len(facts)} accepted fact(s) need an initiative: choose a new or an "
                                    "existing one, or reject them.")
            return plan
        if self.existing_radio.isChecked():
            slug = self.target.selected_initiative()
            if not slug:
                raise ReviewProblem("Choose the initiative the facts belong to.")
            plan.initiative, plan.sectors = slug, self.target.checked_sectors()
        else:
            name = " ".join(self.new_name.text().split())
            if not name:
                raise ReviewProblem("Give the new initiative a name.")
            countries = tuple(dict.fromkeys(it.proposal.country for it in accepted if it.kind == "organisation"
                                            and it.proposal.country in ("GB", "JP")))
            plan.initiative = NewInitiative(name=name, kind=self.new_kind.currentData(),
                                            status=self.new_status.currentData(),
                                            sectors=tuple(self.target.checked_sectors()), countries=countries,
                                            bilateral=set(countries) == {"GB", "JP"})
        for it in accepted:
            p = it.proposal
            if it.kind == "money":
                plan.money.append(accept_money(d.proposals, p.id, side=it.side, qualifier=it.qualifier,
                                               amount=it.amount, amount_min=it.amount_min,
                                               resolution=it.resolution or None))
            elif it.kind == "date":
                plan.dates.append(AcceptedDate(p, it.role, value=None if it.date_value == p.value else it.date_value))
            elif it.kind == "organisation":
                plan.organisations.append(AcceptedOrganisation(p, it.role or "participant"))
        return plan

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
        what = plan.initiative.name if isinstance(plan.initiative, NewInitiative) else (
            plan.initiative or "")
        text = f"Import “{draft_title(plan)}”" + (f" into {what}" if what else "")
        self.ctx.stack.push(ImportCommand(self.ctx, plan, receipt, text))
        self.ctx.state.importsChanged.emit(receipt.initiative_slug or "")
        n = len(receipt.funding_line_ids)
        self.ctx.report(f"Imported “{draft_title(plan)}”: {n} funding line(s), "
                        f"{len(receipt.excerpt_ids)} excerpt(s)"
                        + ("" if receipt.source_created else " (the source was already stored)")
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
        self.closed = True
        self.deleteLater()


def draft_title(plan: ImportPlan) -> str:
    t = plan.source.title
    return t if len(t) <= 60 else t[:57] + "…"


# ---- opening reviews from the main window ------------------------------------------------------

def context_for(window) -> ReviewContext:
    from ...store.overview import sector_names
    return ReviewContext(engine=window.library.engine, stack=window.annotator.stack, state=window.state,
                         gazetteer_path=gazetteer_path_for(window.settings),
                         sector_names=sector_names(window.library.engine),
                         report=lambda text: _report(window, text))


def _report(window, text: str) -> None:
    window.last_message = text
    window.statusBar().showMessage(text, 8000)


def open_review(window, path: str) -> ImportReview:
    """Open a review for ``path`` (reading starts at once, off the UI thread)."""
    review = ImportReview(context_for(window), path, window)
    review.present()
    review.start()
    return review


def choose_and_review(window) -> list[ImportReview]:
    """File → Import document…: pick one or more files and open a review for each."""
    folder = str(window.settings.value("import/folder", str(Path.home())))
    paths, _filter = QFileDialog.getOpenFileNames(window, "Import document", folder, FILE_FILTER)
    if paths:
        window.settings.setValue("import/folder", str(Path(paths[0]).parent))
    return [open_review(window, p) for p in paths]


def dropped_paths(mime) -> list[str]:
    """The importable local files in a drag's data (empty: refuse the drag)."""
    return importable_paths(mime.urls()) if mime is not None and mime.hasUrls() else []
