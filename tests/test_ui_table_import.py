"""The table review window, driven as a user would (pytest-qt, headless): issue 16."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QUrl
from sqlalchemy import func, select

from tests.table_fixtures import formula_xlsx, gtr_csv, kaken_csv, two_sheet_xlsx
from tests.ui_window import settle
from ukjp_desktop.store.models import Excerpt, FundingLine, Initiative, Source, TableRow
from ukjp_desktop.cli.tables import register as add_table_parser, run_table_import
from ukjp_desktop.ui.importing import table_review as tr


def counts(engine) -> dict[str, int]:
    with engine.connect() as c:
        return {m.__name__: c.execute(select(func.count()).select_from(m)).scalar()
                for m in (Source, Initiative, FundingLine, Excerpt, TableRow)}


def review(qtbot, window, path) -> tr.TableReview:
    r = tr.open_table_review(window, str(path))
    qtbot.addWidget(r)
    qtbot.waitUntil(lambda: r.complete, timeout=20000)
    return r


def dry_run(library, capsys, path, *argv) -> dict:
    p = argparse.ArgumentParser()
    add_table_parser(p.add_subparsers(dest="command"))
    assert run_table_import(library, p.parse_args(["import-table", str(path), "--dry-run", "--json", *argv])) == 0
    return json.loads(capsys.readouterr().out)


def test_menu_has_import_table(window):
    from PySide6.QtGui import QAction
    assert window.findChild(QAction, "import-table").text() == "Import &table…"


def test_preview_equals_the_command_line_dry_run(qtbot, window, library, tmp_path, capsys):
    for path in (gtr_csv(tmp_path), kaken_csv(tmp_path)):
        r = review(qtbot, window, path)
        assert r.preview_rows() == dry_run(library, capsys, path)["rows"]
        r.close()


def test_gtr_import_in_a_few_clicks_then_undo_and_redo(qtbot, window, library, tmp_path):
    before = counts(library.engine)
    r = review(qtbot, window, gtr_csv(tmp_path))
    assert r.notice.text().startswith("Recognised: Gateway to Research")
    m = r.model
    bad = next(i for i, row in enumerate(m.rows) if row.blocked)
    assert "cell H4: 'TBC' is not an amount" in m.text(m.rows[bad], 11)
    assert m.data(m.index(bad, 3), Qt.BackgroundRole) is not None     # shaded in place
    # importing with the blocked row included writes nothing and says why
    qtbot.mouseClick(r.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "nothing was written" in r.status.text().lower(), timeout=10000)
    assert "cell H4" in r.status.text() and counts(library.engine) == before
    qtbot.mouseClick(r.findChild(type(r.import_button), "table-exclude-problems"), Qt.LeftButton)
    assert m.data(m.index(bad, 0), Qt.CheckStateRole) == Qt.Unchecked
    with qtbot.waitSignal(r.imported, timeout=20000) as sig:
        qtbot.mouseClick(r.import_button, Qt.LeftButton)
    receipt = sig.args[0]
    assert len(receipt.created) == 2
    settle(qtbot, window)
    assert counts(library.engine)["Initiative"] == before["Initiative"] + 2
    stack = window.annotator.stack
    assert stack.undoText() == "Import table “gtr.csv”"
    stack.undo()
    settle(qtbot, window)
    assert counts(library.engine) == before
    stack.redo()
    settle(qtbot, window)
    assert counts(library.engine)["Initiative"] == before["Initiative"] + 2


def test_japanese_list_and_sheet_and_mapping_choices(qtbot, window, library, tmp_path):
    r = review(qtbot, window, kaken_csv(tmp_path))
    assert r.encoding.currentText() == "cp932" and r.encoding.isEnabled()
    assert r.model.rows[0].amount == 17_160_000 and not r.progress.isVisible()
    r.encoding.setCurrentText("cp1252")          # the wrong encoding: said, not hidden
    r.load(keep_mapping=False)
    qtbot.waitUntil(lambda: r.complete and r.prepared.table.encoding == "cp1252", timeout=20000)
    assert "kaken.csv is not valid cp1252" in r.notice.text()
    assert "no column is mapped to title" in r.status.text() and not r.import_button.isEnabled()
    r.encoding.setCurrentText("cp932")
    r.load(keep_mapping=False)
    qtbot.waitUntil(lambda: r.complete and r.prepared.table.encoding == "cp932", timeout=20000)
    assert r.model.rows[0].title == "量子センシングの日英共同研究"
    r.close()
    r = review(qtbot, window, two_sheet_xlsx(tmp_path))
    assert [r.sheet.itemText(i) for i in range(r.sheet.count())] == ["UK", "Japan"]
    assert not r.encoding.isEnabled()
    r.set_field("Funding", "start")
    qtbot.waitUntil(lambda: r.complete and r.current_mapping()["Funding"] == "start", timeout=20000)
    assert [row.start.value for row in r.model.rows] == ["2023-04-01", "2023-04-01"]
    # choosing a field another column had moves it
    r.set_field("Reference", "title")
    qtbot.waitUntil(lambda: r.complete and r.current_mapping()["Reference"] == "title", timeout=20000)
    assert r.current_mapping()["Title"] == "" and r.model.rows[0].title == "UK-1"
    r.sheet.setCurrentText("Japan")
    r.load(keep_mapping=False)
    qtbot.waitUntil(lambda: r.complete and r.prepared.table.sheet == "Japan", timeout=20000)
    assert r.model.rows[0].currency == "JPY"
    r.save_mapping("japan sheet")
    assert r.saved.findData("japan sheet") >= 0


def test_a_broken_file_says_so_and_writes_nothing(qtbot, window, library, tmp_path):
    before = counts(library.engine)
    r = tr.open_table_review(window, str(formula_xlsx(tmp_path)))
    qtbot.addWidget(r)
    qtbot.waitUntil(lambda: "Nothing was written" in r.status.text(), timeout=20000)
    assert "formulas.xlsx, sheet 'Sums', cell B3" in r.status.text()
    assert not r.import_button.isEnabled() and r.error_box.isVisible()
    assert counts(library.engine) == before


def test_cancel_during_import_writes_nothing(qtbot, window, library, tmp_path, monkeypatch):
    before = counts(library.engine)
    r = review(qtbot, window, gtr_csv(tmp_path))
    r.exclude_problems()
    real = tr.import_table

    def cancelled_at_once(engine, plan, progress=None, cancelled=None):
        r._cancel.set()          # the user pressed Cancel as the import began
        return real(engine, plan, progress, cancelled)
    monkeypatch.setattr(tr, "import_table", cancelled_at_once)
    r.start_import()
    assert r.progress.isVisible()
    qtbot.waitUntil(lambda: "cancelled" in r.status.text(), timeout=20000)
    assert r.status.text() == "Import cancelled. Nothing was written."
    assert counts(library.engine) == before and window.annotator.stack.count() == 0


def test_detail_pane_cites_the_cell_and_shows_the_row(qtbot, window, library, tmp_path):
    r = review(qtbot, window, gtr_csv(tmp_path))
    r.exclude_problems()
    with qtbot.waitSignal(r.imported, timeout=20000):
        r.start_import()
    settle(qtbot, window)
    slug = "user-quantum-sensing-with-japanese-partners"
    with qtbot.waitSignal(window.details.detailApplied, timeout=10000):
        window.state.select(slug)
    text = window.detail.plain_text()
    assert "Row 2 of gtr.csv: AwardPounds = 1,250,000" in text
    assert "Show in source (the row)" in text and "characters " not in text.split("Sources", 1)[1]
    links = [href for _t, href, _p in window.detail.links() if href.startswith("show-row:")]
    amount_excerpt = next(e for e in window.detail.detail().excerpts if "AwardPounds" in e.text)
    assert f"show-row:{amount_excerpt.id}" in links
    window.detail._on_anchor(QUrl(f"show-row:{amount_excerpt.id}"))
    dlg = window.details.table_row_dialog
    assert dlg.windowTitle() == "Row 2 of gtr.csv"
    cells = [(dlg.table.item(i, 0).text(), dlg.table.item(i, 1).text()) for i in range(dlg.table.rowCount())]
    assert ("AwardPounds", "1,250,000") in cells and ("Title", "Quantum sensing with Japanese partners") in cells
    selected = {i.row() for i in dlg.table.selectedIndexes()}
    assert [cells[i][0] for i in selected] == ["AwardPounds"]


def test_saved_mappings_are_shared_by_the_window_and_the_command_line(qtbot, window, library, tmp_path,
                                                                      capsys, monkeypatch):
    monkeypatch.setenv("UKJP_SETTINGS_DIR", str(tmp_path))      # where the window's settings are
    path = two_sheet_xlsx(tmp_path)
    dry_run(library, capsys, path, "--map", "Funding=start", "--save-mapping", "from the command line")
    r = review(qtbot, window, path)
    r.saved.setCurrentIndex(r.saved.findData("from the command line"))
    r.saved.activated.emit(r.saved.currentIndex())
    qtbot.waitUntil(lambda: r.complete and r.current_mapping()["Funding"] == "start", timeout=20000)
    r.set_field("Reference", "identifier")
    qtbot.waitUntil(lambda: r.complete and r.current_mapping()["Reference"] == "identifier", timeout=20000)
    r.save_mapping("from the window")
    again = dry_run(library, capsys, path, "--mapping", "from the window")
    assert again["mapping"] == {h: f for h, f in r.current_mapping().items() if f}
    assert again["rows"] == r.preview_rows()
    assert [row["identifier"] for row in again["rows"]] == ["UK-1", "UK-2"]


def test_the_command_line_finds_the_settings_folder_qt_uses(tmp_path):
    """settings_folder() (no Qt) names the folder of make_settings' QSettings file, by default
    and when redirected; run apart, since Qt caches its configuration paths per process."""
    code = ("import sys; from pathlib import Path\n"
            "from ukjp_desktop.app import make_settings, settings_folder\n"
            "arg = sys.argv[1] or None\n"
            "print(Path(make_settings(arg).fileName()).parent == settings_folder(arg), settings_folder(arg))\n")
    for env, arg, expected in (({"XDG_CONFIG_HOME": str(tmp_path / "cfg")}, "", tmp_path / "cfg" / "ukjp-desktop"),
                               ({}, "", tmp_path / "home" / ".config" / "ukjp-desktop"),
                               ({}, str(tmp_path / "redirected"), tmp_path / "redirected")):
        base = {k: v for k, v in os.environ.items() if k not in ("XDG_CONFIG_HOME", "UKJP_SETTINGS_DIR")}
        out = subprocess.run([sys.executable, "-c", code, arg], capture_output=True, text=True, timeout=60,
                             env={**base, "HOME": str(tmp_path / "home"), **env})
        assert out.returncode == 0, out.stderr
        assert out.stdout.split() == ["True", str(expected)]


def test_escape_closes_the_review_like_cancel_and_writes_nothing(qtbot, window, library, tmp_path):
    """Esc did nothing in the table review (a window of its own, not a dialog), where the
    document review and every dialog close on it: keyboard users had to find Cancel."""
    from PySide6.QtTest import QTest
    before = counts(library.engine)
    r = review(qtbot, window, gtr_csv(tmp_path))
    r.show()
    qtbot.waitExposed(r)
    r.view.setFocus()
    QTest.keyClick(r.view, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not r.isVisible(), timeout=3000)
    assert counts(library.engine) == before


def _shown_review(qtbot, window, path) -> tr.TableReview:
    r = review(qtbot, window, path)
    r.show()
    qtbot.waitExposed(r)
    r.view.setFocus()
    return r


def _press_escape(qtbot, widget) -> None:
    from PySide6.QtTest import QTest
    QTest.keyClick(widget, Qt.Key_Escape)
    qtbot.wait(50)


def test_escape_after_excluding_a_row_asks_before_discarding(qtbot, window, library, tmp_path):
    """Esc closed the review without a word after the user had unticked rows or remapped
    columns: the work was gone. Now it asks; the question's own Esc keeps the review."""
    before = counts(library.engine)
    r = _shown_review(qtbot, window, gtr_csv(tmp_path))
    assert not r.changes_made()
    m = r.model
    assert m.setData(m.index(0, 0), Qt.Unchecked, Qt.CheckStateRole)       # the user unticks row 1
    assert r.changes_made()
    _press_escape(qtbot, r.view)
    qtbot.waitUntil(lambda: r.discard_box is not None and r.discard_box.isVisible(), timeout=3000)
    assert r.isVisible() and r.discard_box.text() == "Discard this import?"
    _press_escape(qtbot, r.discard_box)                # Esc in the question: keep reviewing
    qtbot.waitUntil(lambda: not r.discard_box.isVisible(), timeout=3000)
    assert r.isVisible() and m.excluded
    r.cancel_button.click()                            # Cancel asks the same
    qtbot.waitUntil(lambda: r.discard_box.isVisible(), timeout=3000)
    [discard] = [b for b in r.discard_box.buttons() if b.text() == "Discard"]
    discard.click()
    qtbot.waitUntil(lambda: not r.isVisible(), timeout=3000)
    assert counts(library.engine) == before


def test_escape_after_a_mapping_change_asks_and_after_undoing_it_does_not(qtbot, window, library, tmp_path):
    r = _shown_review(qtbot, window, two_sheet_xlsx(tmp_path))
    first = r.current_mapping()["Funding"]
    r.set_field("Funding", "start")
    qtbot.waitUntil(lambda: r.complete and r.current_mapping()["Funding"] == "start", timeout=20000)
    assert r.changes_made()
    r.set_field("Funding", first)                      # chosen back as it was read
    qtbot.waitUntil(lambda: r.complete and r.current_mapping()["Funding"] == first, timeout=20000)
    assert r.current_mapping() == r._first_read[3]
    assert not r.changes_made()
    r.view.setFocus()
    _press_escape(qtbot, r.view)
    qtbot.waitUntil(lambda: not r.isVisible(), timeout=3000)
    assert r.discard_box is None


def test_escape_in_an_open_combo_only_closes_the_combo(qtbot, window, library, tmp_path):
    r = _shown_review(qtbot, window, gtr_csv(tmp_path))
    m = r.model
    m.setData(m.index(0, 0), Qt.Unchecked, Qt.CheckStateRole)
    combo = r.mapping.cellWidget(0, 1)
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=3000)
    _press_escape(qtbot, combo.view())
    qtbot.waitUntil(lambda: not combo.view().isVisible(), timeout=3000)
    assert r.isVisible() and r.discard_box is None     # neither closed nor asked
    r.close()                                          # a close from code does not ask
    assert not r.isVisible()


def test_the_review_of_a_sheet_with_merged_cells_says_how_they_were_read(qtbot, window, tmp_path):
    from tests.table_fixtures import merged_xlsx
    r = review(qtbot, window, merged_xlsx(tmp_path))
    headers = [r.mapping.item(j, 0).text() for j in range(r.mapping.rowCount())]
    assert headers == ["Title", "Funder", "Amount", "Amount (2)", "Start"]
    assert "one merged cell" in r.notice.text() and "Merged cells (B3:B5)" in r.notice.text()
    m = r.model
    assert all(m.text(row, 5) for row in m.rows)        # every award has its funder
    r.close()
