"""The filter panel: checkable facet values with live counts, year range, amount range,
toggles and one button that clears everything.

The panel never queries: it shows the counts it is given (computed with the *other* filters
applied, so a ticked value keeps its siblings visible) and emits the edited Filter."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QScrollArea,
                               QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout,
                               QWidget)

from ...core.filters import FACETS, Filter
from ...core.money import MoneyError, parse_gbp_input
from ...core.records import FacetCounts, FacetValue
from ...core.vocab import country_name
from ..widgets.plain_text import tooltip
from ..widgets.range_slider import RangeSlider

FACET_TITLES = {"sector": "Sector", "kind": "Kind", "status": "Status",
                "organisation": "Organisation", "country": "Country",
                "side": "Funding side", "tag": "Tag"}
_FIELD = {"sector": "sectors", "kind": "kinds", "status": "statuses",
          "organisation": "organisations", "country": "countries", "side": "sides", "tag": "tags"}
VALUE_ROLE = Qt.UserRole + 1
WHOSE_LABELS = (("all", "all you see"), ("mine", "yours"), ("team", "the team's"))
# A facet shows its most frequent values; longer lists (300 organisations at scale) get a find
# box instead of a wall of check boxes, which also keeps each recount cheap on the UI thread.
SHOWN_VALUES = 40


class FacetDelegate(QStyledItemDelegate):
    """Draws "Name  (count)" with the count always whole at the right edge; only the name is
    elided when the panel is narrow (eliding the whole text cut the counts off first)."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, sep, count = opt.text.rpartition("  (")
        if not sep:
            super().paint(painter, option, index)
            return
        count = "(" + count
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, opt.widget).adjusted(2, 0, -2, 0)
        fm = opt.fontMetrics
        count_w = fm.horizontalAdvance(count)
        selected = bool(opt.state & QStyle.State_Selected)
        fg = index.data(Qt.ForegroundRole)
        colour = (opt.palette.color(QPalette.HighlightedText) if selected
                  else fg.color() if fg is not None else opt.palette.color(QPalette.Text))
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(colour)
        name_rect = rect.adjusted(0, 0, -(count_w + 6), 0)
        painter.drawText(name_rect, Qt.AlignLeft | Qt.AlignVCenter,
                         fm.elidedText(name, Qt.ElideRight, max(0, name_rect.width())))
        if not selected and fg is None:
            painter.setPen(opt.palette.color(QPalette.PlaceholderText))
        painter.drawText(rect, Qt.AlignRight | Qt.AlignVCenter, count)
        painter.restore()


class FacetList(QListWidget):
    """One facet's values as checkable items labelled "Quantum (12)"."""
    toggled = Signal(str, frozenset)   # facet, selected values

    def __init__(self, facet: str, parent=None):
        super().__init__(parent)
        self.facet = facet
        self.setObjectName(f"facet-{facet}")
        self.setAccessibleName(FACET_TITLES[facet])
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.NoFrame)
        # Long names are elided ("Research and innov…", full name in the tooltip), never scrolled.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.ElideRight)
        self.setItemDelegate(FacetDelegate(self))
        self.itemChanged.connect(self._on_item_changed)
        self._updating = False
        self._labels: dict[str, str] = {}   # value -> label, from every list shown so far

    def set_values(self, values: list[FacetValue], selected: frozenset[str], find: str = "") -> int:
        """Show the values (the first SHOWN_VALUES, plus every ticked one, or those matching
        ``find``); returns how many were left out."""
        present = {v.value for v in values}
        self._labels.update((v.value, v.label) for v in values)
        # A ticked value that the other filters reduce to zero stays visible, so it can be
        # unticked, under the label it had while it was counted (not its lower-case key).
        values = list(values) + [FacetValue(s, self._labels.get(s, s), 0)
                                 for s in sorted(selected - present)]
        if find:
            needle = find.casefold()
            values = [v for v in values if needle in v.label.casefold() or v.value in selected]
        shown = values[:SHOWN_VALUES] + [v for v in values[SHOWN_VALUES:] if v.value in selected]
        hidden = len(values) - len(shown)
        values = shown
        self._updating = True
        current = self._current_value()
        if self.count() == len(values):
            # As many values as shown (the usual case: counts and their order moved): the items
            # are refilled in place, so only changed texts repaint and the height stays.
            for i, v in enumerate(values):
                item = self.item(i)
                if item.data(VALUE_ROLE) != v.value:
                    item.setData(VALUE_ROLE, v.value)
                self._fill(item, v, selected)
            self._keep_current(*current)
            self._updating = False
            return hidden
        self.setUpdatesEnabled(False)
        scroll = self.verticalScrollBar().value()
        self.clear()
        for v in values:
            item = QListWidgetItem()
            item.setData(VALUE_ROLE, v.value)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
            self._fill(item, v, selected)
            self.addItem(item)
        self._keep_current(*current)
        self.verticalScrollBar().setValue(scroll)
        rows = min(max(self.count(), 1), 8)
        self.setFixedHeight(rows * max(self.sizeHintForRow(0), 18) + 4)
        self.setUpdatesEnabled(True)
        self._updating = False
        return hidden

    def _current_value(self) -> tuple[str | None, bool]:
        """The value under the keyboard focus, and whether it is highlighted too."""
        item = self.currentItem()
        return (item.data(VALUE_ROLE), item.isSelected()) if item is not None else (None, False)

    def _keep_current(self, value: str | None, highlighted: bool) -> None:
        """Put the focus back on ``value`` after a refill, highlighted only if it was.
        setCurrentItem would also highlight it: the focus Qt gives the first row when the list
        is entered (or a value left by the keyboard) turned blue once the values reordered, a
        highlight on a value the user never ticked or chose."""
        item = self.item_for(value) if value is not None else None
        model = self.selectionModel()
        if item is None:
            model.clearSelection()   # the focused row now holds another value: no highlight on it
            return
        if item is self.currentItem() and item.isSelected() == highlighted:
            return   # nothing moved: no repaint
        model.setCurrentIndex(self.indexFromItem(item), QItemSelectionModel.ClearAndSelect
                              if highlighted else QItemSelectionModel.Clear)

    def shown_label(self, value: str, label: str | None = None) -> str:
        """A value as the list names it ("Semiconductors", "United Kingdom", "in progress"), from the label it had
        when last counted (its key when it never was)."""
        label = label if label is not None else self._labels.get(value, value)
        label = country_name(label) if self.facet == "country" else label
        return label.replace("_", " ") if self.facet in ("kind", "status") else label

    def _fill(self, item: QListWidgetItem, v: FacetValue, selected: frozenset[str]) -> None:
        """Label, count, tick and tooltip of one value (Qt ignores a set to the same value)."""
        label = self.shown_label(v.value, v.label)
        item.setText(f"{label}  ({v.count:,})")
        item.setCheckState(Qt.Checked if v.value in selected else Qt.Unchecked)
        item.setToolTip(tooltip(f"{label}: {v.count:,} initiatives with the other filters applied"))
        if v.count == 0:
            item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
        elif item.data(Qt.ForegroundRole) is not None:
            item.setData(Qt.ForegroundRole, None)

    def selected(self) -> frozenset[str]:
        return frozenset(self.item(i).data(VALUE_ROLE) for i in range(self.count())
                         if self.item(i).checkState() == Qt.Checked)

    def item_for(self, value: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(VALUE_ROLE) == value:
                return self.item(i)
        return None

    def _on_item_changed(self, _item) -> None:
        if not self._updating:
            self.toggled.emit(self.facet, self.selected())


class FilterPanel(QScrollArea):
    filterEdited = Signal(object)   # the new Filter

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(220)
        # Everything in the panel wraps or elides to its width; a sideways scroll bar would
        # hide "Clear all", the slider's right handle and the counts.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # The scroll area itself draws no focus: as a Tab stop (and the window's first, so the
        # focus at start-up) it was invisible. Its controls take the focus, and the area
        # scrolls to show each one as Tab reaches it.
        self.setFocusPolicy(Qt.NoFocus)
        self._filter = Filter()
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 6)

        top = QHBoxLayout()
        heading = QLabel("Filters")
        heading.setStyleSheet("font-weight: bold;")
        top.addWidget(heading)
        top.addStretch(1)
        self.clear_button = QPushButton("Clear all")
        self.clear_button.setToolTip("Clear every filter and the search (Ctrl+Shift+L)")
        self.clear_button.clicked.connect(lambda: self.filterEdited.emit(Filter()))
        top.addWidget(self.clear_button)
        lay.addLayout(top)

        self.bilateral = QCheckBox("Bilateral UK–Japan only")
        self.starred = QCheckBox("Starred")
        self.has_note = QCheckBox("Has a note")
        for box, name in ((self.bilateral, "bilateral_only"), (self.starred, "starred"),
                          (self.has_note, "has_note")):
            box.toggled.connect(lambda on, n=name: self._edit(**{n: on}))
            lay.addWidget(box)
        # Whose notes, stars and tags count (issue 17): all you see, yours, or the team's.
        whose_row = QHBoxLayout()
        whose_label = QLabel("Whose:")
        whose_row.addWidget(whose_label)
        self.whose = QComboBox()
        self.whose.setObjectName("whose")
        for value, label in WHOSE_LABELS:
            self.whose.addItem(label, value)
        self.whose.setToolTip("Which notes, stars and tags “Starred”, “Has a note” and the tag list "
                              "count: everything you see, only yours, or only the team's (shared "
                              "notes, team stars and tags)")
        self.whose.currentIndexChanged.connect(lambda _i: self._edit(whose=self.whose.currentData()))
        whose_label.setToolTip(self.whose.toolTip())
        whose_label.setBuddy(self.whose)
        whose_row.addWidget(self.whose, 1)
        lay.addLayout(whose_row)
        # "Whose" qualifies the marks; chosen alone it narrows nothing, which a user would
        # otherwise read as "the team has marked everything". Say so where they look.
        self.whose_hint = QLabel("Narrows the list once Starred, Has a note or a tag is ticked.")
        self.whose_hint.setObjectName("whose_hint")
        self.whose_hint.setTextFormat(Qt.PlainText)
        self.whose_hint.setWordWrap(True)
        self.whose_hint.setStyleSheet("color: palette(mid);")
        self.whose_hint.hide()
        lay.addWidget(self.whose_hint)

        years = QGroupBox("Year announced")
        yl = QVBoxLayout(years)
        self.year_label = QLabel("Any year")
        self.years = RangeSlider(2000, 2030)
        self.years.rangeChanged.connect(self._on_years)
        yl.addWidget(self.year_label)
        yl.addWidget(self.years)
        lay.addWidget(years)

        money = QGroupBox("Total funding (GBP)")
        ml = QHBoxLayout(money)
        self.gbp_min = QLineEdit()
        self.gbp_min.setPlaceholderText("min, e.g. 1m")
        self.gbp_max = QLineEdit()
        self.gbp_max.setPlaceholderText("max, e.g. 500m")
        for edit in (self.gbp_min, self.gbp_max):
            edit.setClearButtonEnabled(True)
            edit.editingFinished.connect(self._on_money)
            ml.addWidget(edit)
        self.money_error = QLabel("")
        self.money_error.setTextFormat(Qt.PlainText)
        self.money_error.setStyleSheet("color: #b00020;")
        self.money_error.setWordWrap(True)
        self.money_error.hide()
        lay.addWidget(money)
        lay.addWidget(self.money_error)

        self.lists: dict[str, FacetList] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.finds: dict[str, QLineEdit] = {}
        self.more: dict[str, QLabel] = {}
        self._counts = FacetCounts()
        for facet in FACETS:
            box = QGroupBox(FACET_TITLES[facet])
            bl = QVBoxLayout(box)
            bl.setContentsMargins(4, 4, 4, 4)
            fl = FacetList(facet)
            fl.toggled.connect(self._on_facet)
            find = QLineEdit()
            find.setPlaceholderText(f"Find {FACET_TITLES[facet].lower()}…")
            find.setClearButtonEnabled(True)
            find.textChanged.connect(lambda _t, f=facet: self._show_facet(f))
            find.hide()
            more = QLabel("")
            more.setWordWrap(True)
            more.setStyleSheet("color: palette(mid);")
            more.hide()
            bl.addWidget(find)
            bl.addWidget(fl)
            bl.addWidget(more)
            self.finds[facet] = find
            self.more[facet] = more
            self.lists[facet] = fl
            self.groups[facet] = box
            lay.addWidget(box)
        lay.addStretch(1)
        self.setWidget(body)
        # Qt scrolls to a control only for Tab moves inside the area: Tab or Shift+Tab coming
        # from outside (the search box, the notes) landed on a control scrolled out of sight.
        for child in body.findChildren(QWidget):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
                child.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.FocusIn and isinstance(obj, QWidget)
                and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)):
            self.ensureWidgetVisible(obj)
        return super().eventFilter(obj, event)

    # ---- from the application ------------------------------------------------------------------
    def set_year_bounds(self, lo: int, hi: int) -> None:
        self.years.set_bounds(lo, hi)
        self._show_years()

    def set_filter(self, f: Filter) -> None:
        """Show ``f`` without emitting anything back."""
        self._filter = f
        for box, on in ((self.bilateral, f.bilateral_only), (self.starred, f.starred),
                        (self.has_note, f.has_note)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.whose.blockSignals(True)
        self.whose.setCurrentIndex(max(0, self.whose.findData(f.whose)))
        self.whose.blockSignals(False)
        self._show_whose_hint()
        lo, hi = self.years.bounds()
        self.years.set_values(f.year_from or lo, f.year_to or hi)
        self._show_years()
        for edit, v in ((self.gbp_min, f.gbp_min), (self.gbp_max, f.gbp_max)):
            text = "" if v is None else f"{v:,}"
            if parse_or_none(edit.text()) != v:
                edit.setText(text)
        self.money_error.hide()
        for facet, fl in self.lists.items():
            selected = f.facet_values(facet)
            if fl.selected() != selected:
                for i in range(fl.count()):
                    it = fl.item(i)
                    fl._updating = True
                    it.setCheckState(Qt.Checked if it.data(VALUE_ROLE) in selected else Qt.Unchecked)
                    fl._updating = False

    def set_counts(self, counts: FacetCounts, only: list[str] | None = None) -> None:
        """Show ``counts``: every facet's, or only those of the facets in ``only`` (the others
        go on showing what they showed until they are asked for)."""
        self._counts = counts
        for facet in self.lists if only is None else only:
            self._show_facet(facet)

    def _show_facet(self, facet: str) -> None:
        values = self._counts.facets.get(facet, [])
        selected = self._filter.facet_values(facet)
        find = self.finds[facet]
        hidden = self.lists[facet].set_values(values, selected, find.text().strip())
        find.setVisible(len(values) > SHOWN_VALUES or bool(find.text()))
        self.more[facet].setText(f"{hidden:,} more — type above to find them" if hidden else "")
        self.more[facet].setVisible(bool(hidden))
        # An empty tag facet (no tags yet) is noise; show it once tags exist.
        self.groups[facet].setVisible(bool(values) or bool(selected))

    # ---- from the user -----------------------------------------------------------------------
    def _edit(self, **changes) -> None:
        f = replace(self._filter, **changes)
        if f != self._filter:
            self._filter = f
            self._show_whose_hint()
            self.filterEdited.emit(f)

    def _show_whose_hint(self) -> None:
        f = self._filter
        self.whose_hint.setVisible(f.whose != "all" and not f.marks_filtered)

    def _on_facet(self, facet: str, selected: frozenset) -> None:
        self._edit(**{_FIELD[facet]: selected})

    def _on_years(self, low: int, high: int) -> None:
        lo, hi = self.years.bounds()
        self._show_years()
        self._edit(year_from=low if low > lo else None, year_to=high if high < hi else None)

    def _show_years(self) -> None:
        low, high = self.years.values()
        lo, hi = self.years.bounds()
        if (low, high) == (lo, hi):
            self.year_label.setText(f"Any year ({lo}–{hi})")
        elif low == lo:
            self.year_label.setText(f"Up to {high}")
        elif high == hi:
            self.year_label.setText(f"Since {low}")
        else:
            self.year_label.setText(f"{low}–{high}" if low != high else f"In {low}")

    def _on_money(self) -> None:
        try:
            lo, hi = parse_gbp_input(self.gbp_min.text()), parse_gbp_input(self.gbp_max.text())
        except MoneyError as exc:
            self._money_problem(str(exc))
            return
        if lo is not None and hi is not None and lo > hi:
            self._money_problem("The minimum is above the maximum.")
            return
        self.money_error.hide()
        self._edit(gbp_min=lo, gbp_max=hi)

    def _money_problem(self, message: str) -> None:
        self.money_error.setText(message + " The filter is unchanged.")
        self.money_error.show()

    def label_of(self, facet: str, value: str) -> str:
        """A ticked value as its facet list names it, for the summary line, exports and saved views."""
        fl = self.lists.get(facet)
        return fl.shown_label(value) if fl is not None else value


def parse_or_none(text: str):
    try:
        return parse_gbp_input(text)
    except MoneyError:
        return None
