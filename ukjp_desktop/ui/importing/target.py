"""Parts of the import review window: where accepted facts go, and how cells are edited.

* ``TargetPanel``: a new initiative (name, kind, status) or an existing one (searchable by name
  or slug), with the sectors to record on it; or none (the document alone).
* ``ChoiceDelegate``: a list editor for table cells with fixed choices (side, qualifier, role,
  resolution); free text for amounts and dates.
* ``Positions``: Python string index ↔ Qt (UTF-16) position, fast on long texts.
"""
from __future__ import annotations

import bisect
import re

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLineEdit, QListWidget, QListWidgetItem, QRadioButton,
                               QStackedWidget, QStyledItemDelegate, QVBoxLayout, QWidget)

from ...core.vocab import KINDS, STATUSES, words
from ..widgets.flow_layout import FlowLayout
from ..widgets.plain_text import label as plain_label

MAX_CHOICES = 300
NEW, EXISTING, NOTHING = 0, 1, 2


class TargetPanel(QGroupBox):
    changed = Signal()            # the target kind or the chosen initiative changed

    def __init__(self, sector_names: dict[str, str], choices_loader, parent=None):
        super().__init__("Attach accepted facts to", parent)
        self._sector_names = sector_names
        self._choices_loader = choices_loader      # () -> list[InitiativeChoice], called once
        self._choices = None
        lay = QVBoxLayout(self)
        radios = FlowLayout(spacing=12)   # wraps on a narrow screen
        self.new_radio = QRadioButton("A new initiative")
        self.existing_radio = QRadioButton("An existing initiative")
        self.source_only_radio = QRadioButton("Nothing: save the document only")
        self.group = QButtonGroup(self)
        for i, r in enumerate((self.new_radio, self.existing_radio, self.source_only_radio)):
            self.group.addButton(r, i)
            radios.addWidget(r)
        lay.addLayout(radios)
        body = QHBoxLayout()
        lay.addLayout(body)
        self.pages = QStackedWidget()
        body.addWidget(self.pages, 3)
        # Beside the pages, not on the new initiative's: an import into an existing initiative links
        # the ticked sectors to it too, so they must be in view whichever initiative is chosen.
        self.sectors = QListWidget()
        self.sectors.setObjectName("import-sectors")
        self.sectors.setToolTip("Sectors to record on the initiative, new or existing; the suggested ones "
                                "(mentioned at least twice) are ticked")
        self.sectors.setMaximumHeight(150)
        body.addWidget(self.sectors, 2)

        new = QWidget()
        nl = QHBoxLayout(new)
        nl.setContentsMargins(0, 0, 0, 0)
        nf = QFormLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText("Name of the initiative")
        self.new_kind = QComboBox()
        for k in KINDS:
            self.new_kind.addItem(words(k), k)
        self.new_status = QComboBox()
        for s in STATUSES:
            self.new_status.addItem(words(s), s)
        self.new_status.setCurrentIndex(STATUSES.index("announced"))
        nf.addRow("Name", self.new_name)
        nf.addRow("Kind", self.new_kind)
        nf.addRow("Status", self.new_status)
        note = plain_label("Dates, money and organisations come from the facts you accept above.", wrap=True)
        # a wrapped label's minimum height is one line: keep room for two, or a short window's layout
        # draws it over the rows above
        note.setMinimumHeight(2 * note.fontMetrics().lineSpacing())
        nf.addRow(note)
        nl.addLayout(nf)
        self.pages.addWidget(new)

        existing = QWidget()
        el = QVBoxLayout(existing)
        el.setContentsMargins(0, 0, 0, 0)
        self.initiative_search = QLineEdit()
        self.initiative_search.setPlaceholderText("Type to find an initiative by name or slug")
        self.initiative_search.setClearButtonEnabled(True)
        self.initiative_search.textChanged.connect(self.fill_choices)
        self.initiative_list = QListWidget()
        self.initiative_list.setObjectName("import-initiatives")
        self.initiative_list.currentItemChanged.connect(lambda *_: self.changed.emit())
        el.addWidget(self.initiative_search)
        el.addWidget(self.initiative_list, 1)
        self.pages.addWidget(existing)

        self.pages.addWidget(plain_label("The document is saved as a source; no facts are attached. "
                                         "Reject or leave the proposals pending.", wrap=True))
        self.group.idToggled.connect(self._on_toggled)
        self.new_radio.setChecked(True)
        self.pages.setMaximumHeight(150)

    def mode(self) -> int:
        return self.group.checkedId()

    def _on_toggled(self, button_id: int, on: bool) -> None:
        if on:
            self.pages.setCurrentIndex(button_id)
            self.sectors.setVisible(button_id != NOTHING)   # the document alone records no sectors
            if button_id == EXISTING and self._choices is None:
                self.fill_choices()
            self.changed.emit()

    # ---- a new initiative -----------------------------------------------------------------
    def propose_new(self, name: str, kind: str) -> None:
        self.new_name.setText(" ".join(name.split()))
        self.new_name.setCursorPosition(0)   # a long name (often the page's title) shown from its start
        self.new_kind.setCurrentIndex(KINDS.index(kind) if kind in KINDS else KINDS.index("other"))

    def fill_sectors(self, suggested: list[str]) -> None:
        self.sectors.clear()
        names = self._sector_names
        order = [s for s in suggested if s in names] + sorted((s for s in names if s not in suggested),
                                                                key=lambda s: names[s].lower())
        for slug in order:
            it = QListWidgetItem(names[slug] + ("  (suggested)" if slug in suggested else ""))
            it.setData(Qt.UserRole, slug)
            it.setFlags(it.flags() | Qt.ItemIsUserCheckable)
            it.setCheckState(Qt.Checked if slug in suggested else Qt.Unchecked)
            self.sectors.addItem(it)

    def checked_sectors(self) -> list[str]:
        return [self.sectors.item(i).data(Qt.UserRole) for i in range(self.sectors.count())
                if self.sectors.item(i).checkState() == Qt.Checked]

    # ---- an existing initiative ------------------------------------------------------------
    def fill_choices(self) -> None:
        if self._choices is None:
            self._choices = self._choices_loader()
        keep = self.selected_initiative()
        terms = self.initiative_search.text().lower().split()
        with QSignalBlocker(self.initiative_list):
            self.initiative_list.clear()
            shown = 0
            for c in self._choices:
                if all(t in f"{c.name} {c.slug}".lower() for t in terms):
                    extra = ", ".join(x for x in (words(c.kind).lower(), str(c.year or ""),
                                                  "yours" if c.origin == "user" else "") if x)
                    it = QListWidgetItem(f"{c.name}  ({extra})")
                    it.setData(Qt.UserRole, c.slug)
                    it.setToolTip(c.slug)
                    self.initiative_list.addItem(it)
                    if c.slug == keep:
                        self.initiative_list.setCurrentItem(it)
                    shown += 1
                    if shown >= MAX_CHOICES:
                        break
        if not self.selected_initiative() and self.initiative_list.count() == 1 and terms:
            self.initiative_list.setCurrentRow(0)      # one match: take it
        elif keep != self.selected_initiative():
            self.changed.emit()

    def selected_initiative(self) -> str:
        it = self.initiative_list.currentItem()
        return it.data(Qt.UserRole) if it is not None else ""

    def name_of(self, slug: str) -> str:
        """The name an existing initiative is shown by (its slug if the choices do not hold it)."""
        return next((c.name for c in self._choices or () if c.slug == slug), slug)

    def choose_initiative(self, slug: str) -> None:
        """Target an existing initiative (the radio, the search and the list follow)."""
        self.existing_radio.setChecked(True)
        for i in range(self.initiative_list.count()):
            if self.initiative_list.item(i).data(Qt.UserRole) == slug:
                self.initiative_list.setCurrentRow(i)
                return
        self.initiative_search.setText(slug)
        if self.initiative_list.count() and not self.selected_initiative():
            self.initiative_list.setCurrentRow(0)


class ChoiceDelegate(QStyledItemDelegate):
    """A list for cells with fixed choices (side, qualifier, role, resolution); text otherwise."""

    def createEditor(self, parent, option, index):  # noqa: N802
        choices = index.model().choices(index)
        if not choices:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for value, text in choices:
            box.addItem(text or value, value)
        box.activated.connect(lambda _i, b=box: (self.commitData.emit(b), self.closeEditor.emit(b)))
        return box

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.EditRole))
            editor.setCurrentIndex(max(i, 0))
            editor.showPopup()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.EditRole)
        else:
            super().setModelData(editor, model, index)


class Positions:
    """Python index ↔ Qt (UTF-16) position, fast for long texts (bisect over astral chars)."""

    def __init__(self, text: str):
        self.astral = [m.start() for m in re.finditer("[\U00010000-\U0010ffff]", text)]

    def qt(self, i: int) -> int:
        return i + bisect.bisect_left(self.astral, i)

    def py(self, q: int) -> int:
        lo, hi = 0, q
        while lo < hi:   # the largest i with qt(i) <= q
            mid = (lo + hi + 1) // 2
            if self.qt(mid) <= q:
                lo = mid
            else:
                hi = mid - 1
        return lo
