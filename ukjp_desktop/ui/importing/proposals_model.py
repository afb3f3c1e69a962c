"""The import review's proposals: one row per proposed fact, with the user's decision on it.

``ProposalItem`` holds a proposal from ``core.extract.propose`` together with what the user made
of it (accepted, rejected, edited amount, side, qualifier, role, how to treat a figure that
agrees or disagrees with a recorded one). ``ProposalsModel`` shows them as a table.

``data()`` returns a real value for every role a view paints with (text, tooltip, alignment,
colours, font, decoration), so no cell ever hands ``None`` to Qt for those (DESIGN.md §4). It
still answers ``None`` for the check-state and size-hint roles and for roles it does not know:
any other value there would draw a check box or squash the row. The PySide6 pin and
``tests/test_qt_pin.py`` guard those calls.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QPalette

from ...core.dates import DateError, PartialDate
from ...core.money import MoneyError, format_amount, parse_amount
from ...core.vocab import BASIS_WORDS, QUALIFIER_WORDS, QUALIFIERS, ROLES, SIDES, words
from ...store.importer import DATE_LABELS, FigureCheck
from ..widgets.plain_text import tooltip as plain_tooltip

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
STATE_WORDS = {PENDING: "• pending", ACCEPTED: "✓ accepted", REJECTED: "✗ rejected"}
KIND_WORDS = {"money": "Money", "date": "Date", "organisation": "Organisation", "name": "Name", "person": "Person"}
# how the extractor read a figure's side (core.extract.sides)
SIDE_BASIS_WORDS = {"clause": "the sentence names the payer", "gazetteer": "from the organisations named",
                    "currency": "from the currency only"}
# how the extractor read a figure's kind when no word of its own sentence tells it (core.extract.money kind_basis);
# read from its own words, the detail says nothing more
KIND_BASIS_WORDS = {"default": "No word in its sentence says what this figure is: it is read as funding by default, "
                               "so check it against the sentence.",
                    "sentence before": "Its sentence does not say what it is: it is read like the figure of the "
                                       "sentence before (a breakdown of the same statistic).",
                    "heading": "Its line does not say what it is: it is read from the heading line above it.",
                    "size": "Read from its size alone: a trillion or more in pounds, dollars or euros is an economy's "
                            "or a nation's total, and pounds and pence (or dollars and cents) under a thousand are what "
                            "something costs; neither is one sum anyone gives, so it is not read as funding: check it "
                            "against the sentence."}
# the same, short enough for the table's Side column ("Japan (stated)"); the cell's tooltip says it in full
SIDE_BASIS_SHORT = {"clause": "stated", "gazetteer": "bodies named", "currency": "currency only",
                    "word model": "word model"}
# how a recorded figure may be treated (store.importer.RESOLUTIONS), in words
RESOLUTION_WORDS = {"": "", "corroborate": "add as a second source", "supersede": "replace the recorded figure",
                    "keep_both": "keep both figures", "skip": "do not import this figure",
                    "add": "add as a new line"}

# (key, header, tooltip)
COLUMNS = [
    ("state", "State", "Accept (A), reject (R) or leave pending (U); only accepted facts are saved"),
    ("kind", "Kind", "Money, date, organisation, initiative name or person"),
    ("text", "As stated", "The words in the document"),
    ("value", "Value", "What the words were read as (double-click to correct an amount or date)"),
    ("qualifier", "Qualifier", "exact, approximately, just over, up to, … (double-click to change)"),
    ("side", "Side", "Who pays: UK, Japan, joint, private, other (double-click to change)"),
    ("role", "Role / label", "A date's label or an organisation's role (double-click to change); "
     "“replaces …” says which accepted fact accepting this one would put back to pending"),
    ("check", "Against the record", "How a figure compares with those already recorded for the initiative"),
    ("resolution", "Resolution", "What to do with a figure that agrees or disagrees with a recorded one"),
]
COLUMN_KEYS = [c[0] for c in COLUMNS]
ITEM_ROLE = Qt.UserRole + 10

KIND_COLOURS = {"money": "#2e7d32", "date": "#1f5fbf", "organisation": "#7b3f9e", "name": "#b36b00",
                "person": "#00796b"}
STATE_BACKGROUNDS = {PENDING: "#fff8d6", ACCEPTED: "#d7f2d7", REJECTED: "#eeeeee"}
CONFLICT_INK, CORROBORATE_INK, WARNING_INK, MUTED_INK = "#b00020", "#1b6e20", "#b00020", "#808080"
DISPLACE_INK = "#a85d00"   # accepting this row would put another accepted one back to pending

class EditError(ValueError):
    """A value the user typed that cannot be used; one line for the status label."""


def mention_spans(p) -> list[tuple[int, int]]:
    """Where the document states proposal ``p``: each mention of a repeated figure or of a body named
    again (their ``evidence``), else its one span."""
    return list(getattr(p, "evidence", None) or ()) or [(p.start, p.end)]


def side_basis_in_words(p) -> str | None:
    """How the importer read a figure's side, in words; for the word model's side (core.extract.side_words), how sure
    it is and what the rules had read, so that the reviewer can weigh one against the other."""
    if p.side_basis != "word model":
        return SIDE_BASIS_WORDS.get(p.side_basis)
    rules = getattr(p, "rules_side", None)
    how = SIDE_BASIS_WORDS.get(getattr(p, "rules_side_basis", None))
    was = f"the rules read {rules} ({how})" if rules else "the rules found no payer"
    score = getattr(p, "side_score", None)
    # (rounded down: "100% sure" would claim more than a model can)
    sure = f", {min(99, int(score * 100))}% sure" if score is not None else ""
    return f"read by the word model from the words and bodies around it{sure}; {was}"


def side_in_words(it: "ProposalItem") -> str:
    """Who pays a figure and how the importer knows, in full (the Side cell's tooltip)."""
    p = it.proposal
    if not it.side:
        return "The text does not say who pays: double-click to choose a side."
    if it.side != p.side:
        return f"Side {it.side}: your choice (the importer proposed {p.side or 'none'})."
    who = f", {p.contributor_text}" if p.contributor_text else ""
    return f"Side {it.side}{who}: {side_basis_in_words(p) or 'as proposed'}."


@dataclass
class ProposalItem:
    """A proposal and the user's decision on it."""
    proposal: object
    state: str = PENDING
    side: str | None = None          # money
    qualifier: str | None = None     # money
    amount: Decimal | None = None    # money: upper bound (or the amount)
    amount_min: Decimal | None = None
    date_value: str | None = None    # date: corrected value
    role: str = ""                   # date: label; organisation: role
    resolution: str = ""             # money against a recorded figure ("" = not chosen)
    check: FigureCheck | None = None
    parent_id: str | None = None     # a conversion: the figure it restates

    @classmethod
    def of(cls, p) -> "ProposalItem":
        it = cls(p)
        if p.kind == "money":
            it.side, it.qualifier, it.amount, it.amount_min = p.side, p.qualifier, p.amount, p.amount_min
            it.parent_id = p.converted_from
        elif p.kind == "date":
            it.role, it.date_value = p.label or "", p.value
        elif p.kind == "organisation":
            it.role = "participant"
        return it

    @property
    def kind(self) -> str:
        return self.proposal.kind

    @property
    def id(self) -> str:
        return self.proposal.id

    @property
    def key(self) -> tuple[str, int, int]:
        """Identifies the same proposal after re-proposing (ids are renumbered)."""
        return self.kind, self.proposal.start, self.proposal.end

    @property
    def is_conversion(self) -> bool:
        return self.parent_id is not None

    def carry_over(self, old: "ProposalItem") -> None:
        """Keep the user's decisions from the same proposal found in an earlier pass."""
        self.state, self.role, self.resolution = old.state, old.role, old.resolution
        if self.kind == "money":
            self.qualifier, self.amount, self.amount_min = old.qualifier, old.amount, old.amount_min
            # a side the user chose survives; one the extractor proposed is proposed again
            self.side = old.side if old.side != old.proposal.side else self.side
        if self.kind == "date":
            self.date_value = old.date_value

    # ---- words --------------------------------------------------------------------------
    def value_text(self) -> str:
        p = self.proposal
        if self.kind == "money":
            amount = format_amount(self.amount, p.currency)
            if self.amount_min is not None:
                amount = f"{format_amount(self.amount_min, p.currency)}–{amount}"
            extra = [BASIS_WORDS.get(p.basis, "").format(n=p.period_years or "several")]
            if self.is_conversion:
                extra.append(f"restates {self.parent_id}")
            elif p.funding_doubt:
                extra.append(f"{p.money_kind}? unticked")
            elif not p.is_funding:
                extra.append(f"{p.money_kind}, not funding")
            elif p.ticked_by_model:
                extra.append(f"{p.rules_kind}? ticked")
            elif p.money_kind == "investment":
                extra.append("investment")
            return " ".join([amount, *[f"({e})" for e in extra if e]])
        if self.kind == "date":
            try:
                text = PartialDate.parse(self.date_value).display()
            except DateError:
                text = self.date_value or ""
            flags = [f for f in ("relative" if p.relative else "", "fiscal year" if p.fiscal else "") if f]
            return text + (f" ({', '.join(flags)})" if flags else "")
        if self.kind == "organisation":
            return p.name if p.known else f"{p.name} (not in the gazetteer)"
        if self.kind == "name":
            return f"suggests a {words(p.suggested_kind).lower()}"
        if self.kind == "person":
            return f"{p.name} ({p.title}; shown for reference, not saved with the import)"
        return ""

    def check_text(self) -> str:
        c = self.check
        if self.kind != "money" or c is None:
            return ""
        if c.status == "new":
            return "new figure"
        r = c.recorded[0] if c.recorded else None
        where = f" from “{r.source_title}”" if r is not None and r.source_title else ""
        stated = r.stated if r is not None else ""
        if c.status == "corroborates":
            return f"corroborates {stated}{where}"
        return f"conflicts with {stated}{where}"

    def problem(self) -> str:
        """Why an accepted item cannot be saved as it is ("" when it can)."""
        if self.state != ACCEPTED:
            return ""
        if self.kind == "money":
            if self.side not in SIDES:
                return f"Choose a side (UK, Japan, joint, private or other) for “{self.proposal.text}”."
            if self.check is not None and self.check.status == "conflicts" and not self.resolution:
                return (f"“{self.proposal.text}” conflicts with a recorded figure: choose a resolution "
                        "(replace it, keep both, or skip).")
        if self.kind == "date" and self.role not in DATE_LABELS:
            return f"Choose announced, started or ended for the date “{self.proposal.text}”."
        return ""


def carry_decisions(items: list[ProposalItem], previous: list[ProposalItem]) -> None:
    """Give each item found in a new pass the decisions made on the same fact in the earlier one: the
    same kind at the same place first, then at a place both state it. A figure stated twice can move
    its own place to the other mention (its payer, named there, was just added to the gazetteer), and
    the user's decision goes with it. Each earlier decision goes to one item only: a fact split in two
    does not become two accepted figures."""
    used: set[int] = set()
    exact = {old.key: old for old in previous}
    for it in items:
        old = exact.get(it.key)
        if old is not None:
            it.carry_over(old)
            used.add(id(old))
    places: dict[tuple, ProposalItem] = {}
    for old in previous:
        if id(old) not in used:
            for start, end in mention_spans(old.proposal):
                places.setdefault((old.kind, start, end), old)
    for it in items:
        if it.key in exact:
            continue
        old = next((places[(it.kind, *span)] for span in mention_spans(it.proposal)
                    if (it.kind, *span) in places and id(places[(it.kind, *span)]) not in used), None)
        if old is not None:
            it.carry_over(old)
            used.add(id(old))


def _ink(name: str) -> QBrush:
    return QBrush(QColor(name))


class ProposalsModel(QAbstractTableModel):
    itemsEdited = Signal()          # a state or a value changed (repaint highlights, recheck)
    editFailed = Signal(str)        # an unusable value was typed; one line

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[ProposalItem] = []

    # ---- feeding ------------------------------------------------------------------------
    def set_items(self, items: list[ProposalItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()
        self.itemsEdited.emit()

    def items(self) -> list[ProposalItem]:
        return list(self._items)

    def item(self, row: int) -> ProposalItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, pid: str) -> int:
        return next((i for i, it in enumerate(self._items) if it.id == pid), -1)

    def displaced_by(self, it: ProposalItem) -> ProposalItem | None:
        """The accepted item that accepting ``it`` would put back to pending: the date holding
        the same label, or the accepted initiative name (there is one of each)."""
        if it.state == ACCEPTED:
            return None
        if it.kind == "date" and it.role in DATE_LABELS:
            return next((o for o in self._items if o.kind == "date" and o.state == ACCEPTED
                         and o is not it and o.role == it.role), None)
        if it.kind == "name":
            return next((o for o in self._items if o.kind == "name" and o.state == ACCEPTED and o is not it), None)
        return None

    @staticmethod
    def _single_slot(it: ProposalItem) -> str | None:
        """What ``it`` holds alone once accepted (a date label, the initiative name), or None."""
        if it.kind == "date" and it.role in DATE_LABELS:
            return f"date:{it.role}"
        return "name" if it.kind == "name" else None

    def set_state(self, rows, state: str) -> list[str]:
        """Accept, reject or reset ``rows``; returns notes on what else changed. Accepting
        several rows at once gives each date label and the name to the first row in the document
        that wants it (as the command line's --accept-all does): the later ones stay pending
        rather than each displacing the one before and the last, often a side remark, winning."""
        notes: list[str] = []
        touched = set()
        claimed: dict[str, ProposalItem] = {}
        for row in sorted(set(rows)):
            it = self.item(row)
            if it is None:
                continue
            if it.is_conversion:   # a conversion is stored with its figure: act on that one
                row = self.row_of(it.parent_id)
                it = self.item(row)
                if it is None:
                    continue
            slot = self._single_slot(it) if state == ACCEPTED else None
            if slot is not None and slot in claimed and claimed[slot] is not it:
                if row not in touched:   # else the first one's displacing it has said so already
                    what = "name" if slot == "name" else f"{it.role} date"
                    notes.append(f"“{it.proposal.text}” left pending: “{claimed[slot].proposal.text}” is the {what}.")
                continue
            if slot is not None:
                claimed[slot] = it
            if it.kind == "name" and state == ACCEPTED:
                for other in self._items:
                    if other.kind == "name" and other.state == ACCEPTED and other is not it:
                        other.state = PENDING
                        touched.add(self._items.index(other))
            if it.kind == "date" and state == ACCEPTED and it.role in DATE_LABELS:
                for other in self._items:
                    if (other.kind == "date" and other.state == ACCEPTED and other is not it
                            and other.role == it.role):
                        other.state = PENDING
                        touched.add(self._items.index(other))
                        notes.append(f"“{other.proposal.text}” is no longer the {it.role} date.")
            it.state = state
            touched.add(row)
        self._changed(touched)
        return notes

    def set_checks(self, checks: dict[str, FigureCheck | None]) -> None:
        for it in self._items:
            if it.kind == "money":
                it.check = checks.get(it.id)
                if it.check is None or it.check.status == "new":
                    it.resolution = ""
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(COLUMNS) - 1))

    def _changed(self, rows) -> None:
        for r in rows:
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(COLUMNS) - 1))
        if self._items:   # another row's "replaces …" may have come or gone
            role = COLUMN_KEYS.index("role")
            self.dataChanged.emit(self.index(0, role), self.index(len(self._items) - 1, role))
        self.itemsEdited.emit()

    # ---- editing ------------------------------------------------------------------------
    def choices(self, index: QModelIndex) -> list[tuple[str, str]]:
        """(value, words) for a cell edited with a list; empty for free text cells."""
        it, key = self.item(index.row()), COLUMN_KEYS[index.column()]
        if it is None:
            return []
        if key == "side":
            return [(s, s if s in ("UK",) else words(s)) for s in SIDES]
        if key == "qualifier":
            return [(q, QUALIFIER_WORDS.get(q) or "exact") for q in QUALIFIERS]
        if key == "role" and it.kind == "date":
            return [(lab, lab) for lab in DATE_LABELS]
        if key == "role" and it.kind == "organisation":
            return [(r, r) for r in ROLES]
        if key == "resolution" and it.check is not None:
            if it.check.status == "conflicts":
                return [(r, RESOLUTION_WORDS[r]) for r in ("supersede", "keep_both", "skip")]
            if it.check.status == "corroborates":
                return [(r, RESOLUTION_WORDS[r]) for r in ("corroborate", "keep_both", "skip")]
        return []

    def _editable(self, it: ProposalItem, key: str) -> bool:
        if it.is_conversion:
            return False
        if it.kind == "money":
            return key in ("value", "qualifier", "side") or (
                key == "resolution" and it.check is not None and it.check.status != "new")
        if it.kind == "date":
            return key in ("value", "role")
        if it.kind == "organisation":
            return key == "role"
        return False

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        it = self.item(index.row()) if index.isValid() else None
        if it is not None and self._editable(it, COLUMN_KEYS[index.column()]):
            base |= Qt.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        it, key = self.item(index.row()), COLUMN_KEYS[index.column()]
        if it is None or not self._editable(it, key):
            return False
        value = "" if value is None else str(value).strip()
        try:
            if key == "value" and it.kind == "money":
                it.amount_min, it.amount = parse_amount(value)
                if it.amount_min is not None:
                    it.qualifier = "range"
                elif it.qualifier == "range":
                    it.qualifier = "exact"
            elif key == "value" and it.kind == "date":
                try:
                    it.date_value = PartialDate.parse(value).value
                except (DateError, ValueError):
                    raise EditError(f"“{value}” is not a date (use 2025-03-10, 2025-03, 2025 or 2026-H2)") from None
            elif key == "qualifier":
                if value not in QUALIFIERS:
                    raise EditError(f"“{value}” is not a qualifier")
                it.qualifier = value
            elif key == "side":
                if value not in SIDES:
                    raise EditError(f"“{value}” is not a side")
                it.side = value
            elif key == "role":
                allowed = DATE_LABELS if it.kind == "date" else ROLES
                if value not in allowed:
                    raise EditError(f"“{value}” is not one of {', '.join(allowed)}")
                it.role = value
            elif key == "resolution":
                if value not in [v for v, _w in self.choices(index)]:
                    raise EditError(f"“{value}” is not a resolution for this figure")
                it.resolution = value
        except (EditError, MoneyError) as exc:
            self.editFailed.emit(str(exc))
            return False
        if it.state == PENDING:   # correcting a proposal means the user wants it
            self.set_state([index.row()], ACCEPTED)
        else:
            self._changed([index.row()])
        return True

    # ---- reading ------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.DisplayRole:
                return COLUMNS[section][1]
            if role == Qt.ToolTipRole:
                return COLUMNS[section][2]
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignLeft | Qt.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        it = self.item(index.row()) if index.isValid() else None
        key = COLUMN_KEYS[index.column()] if it is not None and 0 <= index.column() < len(COLUMNS) else ""
        if role in (Qt.DisplayRole, Qt.EditRole):
            return self._display(it, key, role == Qt.EditRole) if it is not None else ""
        if role in (Qt.ToolTipRole, Qt.StatusTipRole, Qt.WhatsThisRole):
            return plain_tooltip(self._tooltip(it, key)) if it is not None and role == Qt.ToolTipRole else ""
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignLeft | Qt.AlignVCenter)
        if role == Qt.ForegroundRole:
            return self._foreground(it, key)
        if role == Qt.BackgroundRole:
            if it is not None and key == "state":
                return _ink(STATE_BACKGROUNDS[it.state])
            return QBrush()
        if role == Qt.FontRole:
            font = QFont()
            if it is not None and it.state == REJECTED and key in ("text", "value"):
                font.setStrikeOut(True)
            if it is not None and key == "state" and it.state == ACCEPTED:
                font.setBold(True)
            return font
        if role == Qt.DecorationRole:
            return QIcon()
        if role == ITEM_ROLE:
            return it
        return None

    def _display(self, it: ProposalItem, key: str, edit: bool) -> str:
        p = it.proposal
        if key == "state":
            return "↳ with " + it.parent_id if it.is_conversion else STATE_WORDS[it.state]
        if key == "kind":
            return KIND_WORDS.get(it.kind, words(it.kind))
        if key == "text":
            return " ".join(p.text.split())
        if key == "value":
            if edit and it.kind == "money":
                high = f"{it.amount:,f}"
                return f"{it.amount_min:,f}-{high}" if it.amount_min is not None else high
            if edit and it.kind == "date":
                return it.date_value or ""
            return it.value_text()
        if it.kind == "money" and key == "qualifier":
            if edit:
                return it.qualifier or ""
            return QUALIFIER_WORDS.get(it.qualifier or "", "") or "exact"
        if it.kind == "money" and key == "side":
            if edit:
                return it.side or ""
            if not it.side:
                return "choose…"
            shown = it.side if it.side == "UK" else words(it.side)
            basis = SIDE_BASIS_SHORT.get(it.proposal.side_basis) if it.side == it.proposal.side else None
            return f"{shown} ({basis})" if basis else shown
        if key == "role" and not edit and (other := self.displaced_by(it)) is not None:
            shown = " ".join(other.proposal.text.split())
            return f"{it.role} — replaces “{shown}”" if it.kind == "date" else f"replaces “{shown}”"
        if key == "role" and it.kind in ("date", "organisation"):
            return it.role or ("" if edit else "choose…")
        if key == "check":
            return it.check_text()
        if key == "resolution" and it.kind == "money" and it.check is not None and it.check.status != "new":
            if edit:
                return it.resolution
            return RESOLUTION_WORDS.get(it.resolution, it.resolution) or (
                "choose…" if it.check.status == "conflicts" else RESOLUTION_WORDS["corroborate"])
        return ""

    def _tooltip(self, it: ProposalItem, key: str) -> str:
        p = it.proposal
        if key == "role" and (other := self.displaced_by(it)) is not None:
            what = f"the {it.role} date" if it.kind == "date" else "the initiative's name"
            return (f"Accepting this makes it {what} in place of “{' '.join(other.proposal.text.split())}”, "
                    "which goes back to pending.")
        if key == "side" and it.kind == "money" and not it.is_conversion:
            return side_in_words(it)
        if key == "check" and it.check is not None and it.check.recorded:
            return "\n".join(f"{r.stated} ({r.side}) — {r.source_title or 'no source'}" for r in it.check.recorded)
        return f"{p.sentence or p.text}"

    def _foreground(self, it: ProposalItem | None, key: str) -> QBrush:
        if it is not None:
            if it.state == REJECTED or it.is_conversion:
                return _ink(MUTED_INK)
            if key == "kind":
                return _ink(KIND_COLOURS.get(it.kind, "#000000"))
            if key == "role" and self.displaced_by(it) is not None:
                return _ink(DISPLACE_INK)
            if key in ("side", "role", "resolution") and self._display(it, key, False) == "choose…":
                return _ink(WARNING_INK if it.state == ACCEPTED else MUTED_INK)
            if key == "check" and it.check is not None:
                return _ink({"conflicts": CONFLICT_INK, "corroborates": CORROBORATE_INK}.get(
                    it.check.status, MUTED_INK))
        return QBrush(QGuiApplication.palette().color(QPalette.Text))
