"""The import review's Proposed facts box: the decision buttons, the proposals table and, below
it, the selected proposal's sentence and how it compares with what is recorded."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHeaderView, QPlainTextEdit,
                               QPushButton, QTableView, QVBoxLayout)

from ...core.extract.funding_words import NO_WORD
from ...core.vocab import words
from ..widgets.flow_layout import FlowLayout
from .proposals_model import COLUMN_KEYS, KIND_BASIS_WORDS, ProposalItem, ProposalsModel, side_basis_in_words
from .target import ChoiceDelegate


# (first width, widest when fitted to the contents): the others keep their first width
COLUMN_WIDTHS = {"state": (84, 84), "kind": (84, 84), "text": (140, 200), "value": (110, 210), "qualifier": (80, 80),
                 "side": (66, 170), "role": (80, 120), "check": (160, 160)}


# how far the words and values give way on a narrow window (their cells' tooltips and the detail below say it all)
NARROWEST = {"text": 90, "value": 96}


class ProposalsPanel(QGroupBox):
    def __init__(self, parent=None):
        super().__init__("Proposed facts", parent)
        lay = QVBoxLayout(self)
        tools = FlowLayout(spacing=6)   # wraps on a narrow screen rather than widening the window
        self.accept_button = QPushButton("Accept (A)")
        self.reject_button = QPushButton("Reject (R)")
        self.pending_button = QPushButton("Undecided (U)")
        self.accept_money_button = QPushButton("Accept all money")
        self.accept_money_button.setToolTip("Accept every funding figure not yet decided (Ctrl+Shift+A)")
        self.gazetteer_button = QPushButton("Add organisation to gazetteer…")
        self.gazetteer_button.setToolTip("Teach the importer an organisation: the selected unknown one, or "
                                         "words you selected in the document")
        for b in (self.accept_button, self.reject_button, self.pending_button, self.accept_money_button,
                  self.gazetteer_button):
            tools.addWidget(b)
        lay.addLayout(tools)

        self.model = ProposalsModel(self)
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
        for key, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(COLUMN_KEYS.index(key), width[0])
        # the columns follow the window's width until the user drags one: from then on their widths are theirs
        self.user_sized = False
        self._fitting = False
        header.sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)   # (its size is the room the columns have)
        lay.addWidget(self.table, 3)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("import-detail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumBlockCount(400)
        self.detail.setMinimumHeight(56)   # three lines: on a short screen the table above comes first
        self.detail.setPlaceholderText("Select a proposal to see its sentence and how it compares "
                                       "with what is recorded.")
        lay.addWidget(self.detail, 2)   # (3:2: at 1024x700 the detail shows its kind, side and sentence, the table five rows)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.table.viewport() and event.type() == QEvent.Resize and self.model.rowCount():
            self.fit_columns()   # a wider or narrower window: Side stays in view, values widen again
        return super().eventFilter(obj, event)

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        # (the stretched last column moves with every resize of the table, never by the user's hand alone)
        if not self._fitting and column != len(COLUMN_KEYS) - 1:
            self.user_sized = True

    def fit_columns(self) -> None:
        """Widen the columns whose words matter to a decision (what the figure was read as, its
        kind, who pays and why) to their contents in view, within bounds: "£850m (price, not
        funding)" and "UK (the sentence names the payer)" are read, not guessed from "£850m (pr…".
        Nothing changes once the user has sized a column by hand."""
        if self.user_sized:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        wanted = {key: max(least, min(most, self.table.sizeHintForColumn(COLUMN_KEYS.index(key))))
                  for key, (least, most) in COLUMN_WIDTHS.items()}
        # on a narrow window the words and values give way first, so that Side stays in view
        first = COLUMN_KEYS[:COLUMN_KEYS.index("side") + 1]
        room = self.table.viewport().width()
        bar = self.table.verticalScrollBar()
        if not bar.isVisible():   # the rows just set may bring it in after this
            room -= bar.sizeHint().width()
        over = sum(wanted[k] for k in first) - room
        for key in ("text", "value"):
            if over > 0:
                give = min(over, wanted[key] - NARROWEST[key])
                wanted[key] -= give
                over -= give
        for key, width in wanted.items():
            self.table.setColumnWidth(COLUMN_KEYS.index(key), width)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def current_item(self) -> ProposalItem | None:
        idx = self.table.currentIndex()
        return self.model.item(idx.row()) if idx.isValid() else None

    def select_proposal(self, pid: str) -> None:
        row = self.model.row_of(pid)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def show_detail(self, organisation_names: dict[str, str]) -> None:
        it = self.current_item()
        self.detail.setPlainText("" if it is None else describe(it, organisation_names))


def money_kind_in_words(p) -> str:
    """What kind of money a figure is and what accepting it does: every figure says it, funding too (its
    Value cell names only the other kinds)."""
    if p.ticked_by_model:
        return support_in_words(p)
    if p.is_funding:
        kind = "investment" if p.money_kind == "investment" else "funding"
        return f"Kind: {kind} (saved as a funding line when accepted; “Accept all money” accepts it)"
    if p.funding_doubt:
        return doubt_in_words(p)
    return (f"Kind: {p.money_kind}, not funding: “Accept all money” leaves it pending; accepted, it is "
            "kept with its sentence but not counted in the funding totals")


def support_in_words(p) -> str:
    """Why a figure the rules read as another kind is ticked: the word model's score and the words for it."""
    words_for = ", ".join(w if w == NO_WORD else f"“{w}”" for w in p.funding_support)
    kind = "investment" if p.money_kind == "investment" else "funding"
    return (f"Kind: {kind}, ticked by the word model: its cue words read it as {p.rules_kind}, but the words around "
            f"it look like a funding fact (word model {math.floor(p.funding_score * 100)}% funding; {words_for} "
            f"{'weigh' if len(p.funding_support) > 1 else 'weighs'} for it). Check it against the sentence; "
            "“Accept all money” accepts it as a funding line.")


def doubt_in_words(p) -> str:
    """Why a figure the rules read as funding is unticked: the word model's score and the words against it."""
    words_against = ", ".join(w if w == NO_WORD else f"“{w}”" for w in p.funding_doubt)
    # (rounded down: a score just under the threshold must not read as the threshold itself)
    return (f"Kind: {p.money_kind} by its cue words, but unticked: the words around it look unlike a funding fact "
            f"(word model {math.floor(p.funding_score * 100)}% funding; {words_against} "
            f"{'weigh' if len(p.funding_doubt) > 1 else 'weighs'} against). “Accept all money” leaves "
            "it pending; accepted, it is saved as a funding line.")


def describe(it: ProposalItem, organisation_names: dict[str, str]) -> str:
    """A proposal in words: what and where, its state, and the recorded figures it agrees or
    disagrees with; ``organisation_names`` names the contributor (slug → name)."""
    p = it.proposal
    lines = [f"{words(it.kind)} “{' '.join(p.text.split())}” — {it.value_text()}"]
    if it.kind == "money" and not it.is_conversion:
        lines.append(money_kind_in_words(p))
        if (how := KIND_BASIS_WORDS.get(getattr(p, "kind_basis", "words"))):
            lines.append(how)
        contributor = (f" (from {organisation_names.get(p.contributor, p.contributor)})" if p.contributor
                       else " (the word model names no payer)" if p.side_basis == "word model"
                       else " (the text names no contributor)")
        basis = side_basis_in_words(p) if it.side and it.side == p.side else None
        # (session 34) no side although the sentence was read: it names payers of different kinds ("from Biogen,
        # Pfizer and Takeda, as well as the U.K. government's Department of Health")
        unknown = ("none: the sentence names payers of different kinds — choose one if one pays it"
                   if not p.side and p.side_basis == "clause" else "not known — choose one")
        lines.append(f"Side: {it.side or unknown}" + (f", {basis}" if basis else "")
                     + (contributor if it.side == p.side else " (your choice)"))
    lines.append(f"State: {it.state}" + (f" · the conversion is stored with {it.parent_id}" if it.is_conversion else ""))
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
    return "\n".join(lines)
