"""Help → Keyboard shortcuts: every menu command that has keys, read from the menus themselves
(so the list can never disagree with them), then the keys that work inside one place only."""
from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMenu,
                               QMenuBar, QTableWidget, QTableWidgetItem, QVBoxLayout)

# Keys handled by one widget (not menu commands): where, keys, what they do.
IN_PLACE: tuple[tuple[str, str, str], ...] = (
    ("Search box", "Enter", "Search now (typing searches after a short pause)"),
    ("Search box", "Esc", "Clear the search"),
    ("List", "Up, Down, Page Up, Page Down", "Move the selection"),
    ("List", "Home / End", "First / last row"),
    ("List", "Letters", "Go to the next row whose text in the current column starts with them"),
    ("List", "Tab", "Go on to the next control"),
    ("Source text", "F3 / Shift+F3", "Next / previous excerpt"),
    ("Source text", "Ctrl+F, then Enter / Shift+Enter", "Find in the source: next / previous"),
    ("Source text", "Esc", "Close"),
    ("Import review", "A / R / U", "Accept / reject / leave open the selected proposals"),
    ("Import review", "Ctrl+Shift+A", "Accept all money"),
    ("Import review", "Ctrl+Enter", "Import"),
    ("Import review", "Esc", "Close (only Cancel discards decisions already made)"),
)


def _plain(text: str) -> str:
    """A menu text as read: mnemonics ("&File") gone, a doubled "&&" back to one "&"."""
    return re.sub(r"&(.)", r"\1", text)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action that has keys, in the menus' order."""
    out: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for act in menu.actions():
            if act.menu() is not None:
                walk(act.menu(), f"{path} → {_plain(act.text())}")
            elif not act.isSeparator() and act.shortcuts():
                keys = " or ".join(k.toString(QKeySequence.NativeText) for k in act.shortcuts())
                out.append((path, _plain(act.text()), keys))

    for act in bar.actions():
        if act.menu() is not None:
            walk(act.menu(), _plain(act.text()))
    return out


# Menu commands without keys of their own, listed by the letters that reach them from the menu
# bar (Alt+F, then R), read from the menus' mnemonics like the rest.
BY_LETTERS = ("open-recent", "open-log-folder")


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).upper() if found else None


def letter_routes(bar: QMenuBar, names=BY_LETTERS) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for the actions named ``names`` whose every step has a letter."""
    out: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str, letters: list[str | None]) -> None:
        for act in menu.actions():
            here = [*letters, _letter(act.text())]
            if act.objectName() in names and None not in here:
                out.append((path, _plain(act.text()), f"Alt+{here[0]}, " + ", ".join(here[1:])))
            if act.menu() is not None:
                walk(act.menu(), f"{path} → {_plain(act.text())}", here)

    for act in bar.actions():
        if act.menu() is not None:
            walk(act.menu(), _plain(act.text()), [_letter(act.text())])
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = [(f"{menu} menu", keys, command)
                for menu, command, keys in menu_shortcuts(bar) + letter_routes(bar)]
        rows += list(IN_PLACE)
        self.table = table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels(["Where", "Keys", "Does"])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))   # items show plain text
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        # Keys can be long (Redo has four sequences): they wrap, and so does what they do.
        header.setSectionResizeMode(1, QHeaderView.Interactive)
        table.setColumnWidth(1, 230)
        header.setStretchLastSection(True)
        table.setWordWrap(True)
        table.setMinimumSize(700, 460)
        table.resizeRowsToContents()
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        t = self.table
        return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]
