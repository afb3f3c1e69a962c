"""The import review window, driven as a user would (pytest-qt, headless)."""
from __future__ import annotations

import re
import sqlite3
import time
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QFont, QTextCharFormat
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from ukjp_desktop.core.extract import readers
from ukjp_desktop.core.extract.user_gazetteer import (GazetteerEntryError, add_user_entry, dumps,
                                                      load_user_entries, make_entry)
from ukjp_desktop.store.models import (Excerpt, FundingLine, Initiative, InitiativeDate, Meta,
                                       Organisation, Source)
from ukjp_desktop.ui.importing import document_view as dv
from ukjp_desktop.ui.importing import jobs
from ukjp_desktop.ui.importing import launch
from ukjp_desktop.ui.importing import review as ir
from ukjp_desktop.ui.importing.proposals_model import (ACCEPTED, COLUMN_KEYS, PENDING, REJECTED,
                                                    ProposalsModel, mention_spans, parse_amount)
from tests.dialog_listing import cancel_once_listed, read_in_another_process
from tests.ui_window import settle

TEXT = ("UK and Japan launch robotics call\n\n"
        "EPSRC and the Japan Science and Technology Agency (JST) today (Monday 10 March) opened a joint "
        "call on care robotics. The projects are funded by £2.5 million from EPSRC and just over "
        "¥400 million (approximately £2.1 million) from JST.\n\nThe call closes on 30 May 2025.\n")
QUANTUM = "uk-japan-quantum-joint-projects"
QUANTUM_TEXT = ("Quantum update\n\nThe joint quantum projects are funded by £4.5 million from EPSRC. "
                "JST is now providing £6 million to them.\n")


def counts(engine) -> dict[str, int]:
    with engine.connect() as c:
        return {m.__name__: c.execute(select(func.count()).select_from(m)).scalar()
                for m in (Source, Initiative, FundingLine, Excerpt, InitiativeDate, Organisation, Meta)}


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    f = tmp_path / name
    if isinstance(content, bytes):
        f.write_bytes(content)
    else:
        f.write_text(content, encoding="utf-8")
    return f


def open_loaded(qtbot, window, path) -> ir.ImportReview:
    review = launch.open_review(window, str(path))
    qtbot.waitUntil(lambda: review.loaded_data is not None and not review.is_busy(), timeout=15000)
    return review


def row(review, kind: str, text: str) -> int:
    return next(i for i, it in enumerate(review.model.items())
                if it.kind == kind and " ".join(it.proposal.text.split()) == text)


def accept(review, *rows: int) -> None:
    review.table.clearSelection()
    for r in rows:
        review.model.set_state([r], ACCEPTED)


def reviews(window) -> list[ir.ImportReview]:
    return [r for r in window.findChildren(ir.ImportReview) if r.isVisible()]


def failure_of(qtbot, window, path) -> str:
    review = launch.open_review(window, str(path))
    qtbot.waitUntil(lambda: bool(review.last_message), timeout=15000)
    assert review.closed
    return review.last_message


# ---- opening, highlights, decisions -----------------------------------------------------------

def test_menu_has_import_with_ctrl_i(window):
    act = window.findChild(QAction, "import-document")
    assert act is not None and act.shortcut().toString() == "Ctrl+I"
    assert window.acceptDrops()


def test_every_proposal_is_highlighted_at_its_offsets(qtbot, window, tmp_path):
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", TEXT))
    text = review.loaded_data.doc.text
    assert review.text_view.toPlainText() == text
    items = review.model.items()
    assert {it.kind for it in items} >= {"money", "date", "organisation"}
    marks = review.highlights()
    spans = [span for it in items for span in mention_spans(it.proposal)]
    assert len(marks) == len(spans) == len(set(spans))
    for it in items:
        p = it.proposal
        assert (p.start, p.end, p.text) in marks
        assert text[p.start:p.end] == p.text
        for start, end in mention_spans(p):      # a body named again: the same words, marked again
            assert (start, end, text[start:end]) in marks
    # EPSRC is named twice: one row, both mentions marked, a click on the second selects that row
    (epsrc,) = [i for i, it in enumerate(items) if it.kind == "organisation" and it.proposal.text == "EPSRC"]
    first, second = mention_spans(items[epsrc].proposal)
    assert text[first[0]:first[1]] == text[second[0]:second[1]] == "EPSRC" and first < second
    review.table.clearSelection()
    review._on_text_clicked(second[0] + 1)
    assert review.table.currentIndex().row() == epsrc
    # metadata proposed from the content, editable
    assert review.title_edit.text() == "UK and Japan launch robotics call"
    assert review.date_edit.text() == "2025-03-10"
    assert review.notices.isHidden()


def test_a_click_on_a_later_mention_keeps_the_reader_where_they_clicked(qtbot, window, tmp_path):
    """A body named on the first page and again forty paragraphs on: clicking the later mention selects
    its row without throwing the reader back to the first mention (a row chosen in the table still goes
    to it)."""
    filler = "".join(f"Paragraph {i} is about the weather in spring and nothing else.\n\n" for i in range(40))
    text = f"Opening\n\nEPSRC opened a call worth £2 million.\n\n{filler}In the end EPSRC chose six projects.\n"
    review = open_loaded(qtbot, window, write(tmp_path, "far.txt", text))
    review.resize(1200, 600)
    qtbot.waitUntil(lambda: review.text_view.verticalScrollBar().maximum() > 0)
    epsrc, money = row(review, "organisation", "EPSRC"), row(review, "money", "£2 million")
    first, last = mention_spans(review.model.item(epsrc).proposal)
    review.table.selectRow(money)
    bar = review.text_view.verticalScrollBar()
    bar.setValue(bar.maximum())                                  # the reader is at the end
    review.text_view.setTextCursor(review.document.cursor(last[0] + 1, last[0] + 1))   # and clicks there
    assert review.table.currentIndex().row() == epsrc
    assert bar.value() == bar.maximum()
    assert review.document.positions.py(review.text_view.textCursor().position()) == last[0] + 1
    review.table.selectRow(money)                    # from the table: the text goes to it
    review.table.selectRow(epsrc)
    assert bar.value() < bar.maximum()
    assert review.document.positions.py(review.text_view.textCursor().position()) == first[0]


def _format_at(review, start: int, end: int) -> QTextCharFormat:
    sels = review.text_view.extraSelections()
    return next(QTextCharFormat(sel.format) for sel in sels
                if (sel.cursor.selectionStart(), sel.cursor.selectionEnd()) == (start, end))


def test_accept_reject_change_state_table_and_highlight(qtbot, window, tmp_path):
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", TEXT))
    m = row(review, "money", "£2.5 million")
    d = row(review, "date", "30 May 2025")
    review.table.selectRow(m)
    review.set_selected_state(ACCEPTED)
    assert review.model.item(m).state == ACCEPTED
    assert review.model.index(m, COLUMN_KEYS.index("state")).data() == "✓ accepted"
    assert review.table.currentIndex().row() == m + 1          # moves on to the next one
    p = review.model.item(m).proposal
    fmt = _format_at(review, p.start, p.end)
    assert fmt.background().color() == QColor(dv.ACCEPTED_BG["money"])
    review.table.selectRow(d)
    review.set_selected_state(REJECTED)
    review.table.selectRow(m)
    p = review.model.item(d).proposal
    fmt = _format_at(review, p.start, p.end)
    assert fmt.fontStrikeOut() and fmt.foreground().color() == dv.REJECTED_INK
    # keyboard: U puts it back to pending (a shortcut fires only in the active window: with the main window active,
    # as another test may leave it, the key went nowhere and the state stayed rejected)
    review.table.selectRow(d)
    review.window().activateWindow()
    qtbot.waitUntil(review.window().isActiveWindow, timeout=5000)
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key_U)
    assert review.model.item(d).state == PENDING
    # clicking a highlight selects its row
    o = row(review, "organisation", "JST")
    op = review.model.item(o).proposal
    review.table.selectRow(0)
    review.text_view.setTextCursor(review.document.cursor(op.start + 1, op.start + 1))
    assert review.table.currentIndex().row() == o


def test_a_proposal_that_would_displace_an_accepted_one_says_so_in_the_table(qtbot, window, tmp_path):
    review = open_loaded(qtbot, window, write(tmp_path, "dates.txt", (
        "The call opens on 1 May 2025 and closes on 30 June 2025.\n\n"
        "Applications are due by the deadline of 2 July 2025, said Professor Jane Smith.\n")))
    june, july = row(review, "date", "30 June 2025"), row(review, "date", "2 July 2025")
    assert review.model.item(june).role == review.model.item(july).role == "ended"
    role = COLUMN_KEYS.index("role")
    assert review.model.index(july, role).data() == "ended"      # nothing accepted yet: no marker
    accept(review, june)
    cell = review.model.index(july, role)
    assert cell.data() == "ended — replaces “30 June 2025”"
    assert "in place of “30 June 2025”" in cell.data(Qt.ToolTipRole)
    assert cell.data(Qt.ForegroundRole).color() == QColor("#a85d00")
    assert review.model.index(june, role).data() == "ended"      # the accepted one carries no marker
    accept(review, july)                                         # it does what it said
    assert review.model.item(june).state == PENDING
    assert review.model.index(june, role).data() == "ended — replaces “2 July 2025”"


def test_accepting_every_row_at_once_keeps_the_first_date_of_each_label(qtbot, window, tmp_path):
    """Ctrl+A then A on a release whose dateline and a later deal both read as 'announced' made
    the deal's date (the last row) the initiative's announced date, unlike the command line's
    --accept-all (the first per label); the dateline is what the release announces."""
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", (
        "Robotics call\n\nLondon, 12 March 2025 — UKRI and JST today announced a joint call. "
        "UKRI will provide £2 million.\n\nIn a separate development, Hitachi bought a Bristol firm "
        "for £300m in a deal announced on 10 March 2025.\n")))
    first, later = row(review, "date", "12 March 2025"), row(review, "date", "10 March 2025")
    assert review.model.item(first).role == review.model.item(later).role == "announced"
    review.table.selectAll()
    review.set_selected_state(ACCEPTED)
    assert review.model.item(first).state == ACCEPTED
    assert review.model.item(later).state == PENDING
    assert "“10 March 2025” left pending" in review.status.text()
    review.table.clearSelection()
    accept(review, later)                  # one row by itself still takes the label over
    assert review.model.item(first).state == PENDING


def test_people_are_proposals_in_the_table_and_the_text(qtbot, window, tmp_path):
    text = "Professor Jane Smith and Dr Keith Dear lead the £2 million programme.\n"
    review = open_loaded(qtbot, window, write(tmp_path, "people.txt", text))
    people = [it for it in review.model.items() if it.kind == "person"]
    assert [(it.proposal.text, it.proposal.name) for it in people] == [
        ("Professor Jane Smith", "Jane Smith"), ("Dr Keith Dear", "Keith Dear")]
    r = row(review, "person", "Professor Jane Smith")
    assert review.model.index(r, COLUMN_KEYS.index("kind")).data() == "Person"
    assert review.model.index(r, COLUMN_KEYS.index("value")).data().startswith("Jane Smith (Professor")
    p = people[0].proposal
    assert text[p.start:p.end] == "Professor Jane Smith"
    assert _format_at(review, p.start, p.end).underlineColor() == QColor(dv.KIND_COLOURS["person"])


def test_edit_amount_side_and_qualifier(qtbot, window, tmp_path):
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", TEXT))
    m = row(review, "money", "£2.5 million")
    model = review.model
    assert model.setData(model.index(m, COLUMN_KEYS.index("value")), "3m")
    assert model.item(m).amount == Decimal(3_000_000) and model.item(m).state == ACCEPTED
    assert model.setData(model.index(m, COLUMN_KEYS.index("side")), "joint")
    assert model.setData(model.index(m, COLUMN_KEYS.index("qualifier")), "up_to")
    assert model.index(m, COLUMN_KEYS.index("value")).data() == "£3m"
    assert model.index(m, COLUMN_KEYS.index("qualifier")).data() == "up to"
    assert not model.setData(model.index(m, COLUMN_KEYS.index("value")), "lots")
    assert "not an amount" in review.status.text()
    assert parse_amount("250,000-400,000") == (Decimal(250000), Decimal(400000))
    assert parse_amount("¥400 million") == (None, Decimal(400_000_000))
    plan = review.build_plan()
    assert (plan.money[0].amount, plan.money[0].side, plan.money[0].qualifier) == (Decimal(3_000_000), "joint", "up_to")


def test_each_figure_shows_its_kind_side_and_basis_in_full_view(qtbot, window, tmp_path):
    """The Side cell says who pays and, briefly, how the importer knows; its tooltip says it in full;
    the Value and Side columns are wide enough to read both without hovering."""
    text = ("EPSRC will provide £2.5 million. Separately, Fujifilm agreed to buy a British biotech firm for "
            "£850 million, and UK exports to Japan reached £14.7 billion.")
    review = open_loaded(qtbot, window, write(tmp_path, "mixed.txt", text))
    model, table = review.model, review.table
    funded, price, trade = (row(review, "money", t) for t in ("£2.5 million", "£850 million", "£14.7 billion"))
    side, value = COLUMN_KEYS.index("side"), COLUMN_KEYS.index("value")
    assert model.index(funded, side).data() == "UK (stated)"
    assert "Side UK, EPSRC: the sentence names the payer." in model.index(funded, side).data(Qt.ToolTipRole)
    assert model.index(price, value).data() == "£850m (price, not funding)"
    assert model.index(trade, value).data() == "£14.7bn (trade, not funding)"
    assert model.index(trade, side).data() == "choose…"
    # the test screen is narrow: the words and values gave way (to their narrowest), so that Side comes
    # as far into view as it can...
    assert table.viewport().width() < 700
    assert (table.columnWidth(COLUMN_KEYS.index("text")), table.columnWidth(value)) == (90, 96)
    review.resize(1480, 920)                  # ...and on a wider window every column fits its contents again
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    qtbot.waitUntil(lambda: table.columnWidth(value) > 110)
    metrics = table.fontMetrics()
    assert table.columnWidth(value) >= metrics.horizontalAdvance("£850m (price, not funding)")
    assert table.columnWidth(side) >= metrics.horizontalAdvance("UK (stated)")
    # a column the user drags keeps its width through a resize of the window
    table.horizontalHeader().resizeSection(value, 300)
    review.resize(1200, 800)
    qtbot.waitUntil(lambda: table.viewport().width() < 900)
    assert table.columnWidth(value) == 300 and review.proposals.user_sized
    assert model.setData(model.index(funded, side), "joint")       # the user's choice is said to be theirs
    assert model.index(funded, side).data() == "Joint"
    assert "your choice" in model.index(funded, side).data(Qt.ToolTipRole)


def test_the_detail_says_every_figures_kind_and_how_its_side_was_read(qtbot, window, tmp_path):
    """The pane under the table names the kind of every figure, funding too (the Value cell names only
    the others), says why a figure that is not funding stays pending, and how the side was read."""
    text = ("EPSRC will provide £2.5 million.\n\nA new £6 million programme on connectivity was announced.\n\n"
            "UK exports to Japan reached £14.7 billion.\n")
    review = open_loaded(qtbot, window, write(tmp_path, "kinds.txt", text))
    detail = review.proposals.detail

    def described(words: str) -> str:
        review.table.selectRow(row(review, "money", words))
        return detail.toPlainText()

    funded = described("£2.5 million")
    assert "Kind: funding" in funded
    assert "Side: UK, the sentence names the payer (from Engineering and Physical Sciences" in funded
    assert "Side: UK, from the currency only (the text names no contributor)" in described("£6 million")
    trade = described("£14.7 billion")
    assert "Kind: trade, not funding: “Accept all money” leaves it pending" in trade
    assert "not counted in the funding totals" in trade
    review.model.setData(review.model.index(row(review, "money", "£6 million"), COLUMN_KEYS.index("side")), "joint")
    assert "Side: joint (your choice)" in described("£6 million")


def test_the_detail_says_why_money_from_payers_of_different_kinds_has_no_side(qtbot, window, tmp_path):
    """(session 34) Money a sentence says comes from companies and a government body together gets no side, and the
    pane says why rather than only that the side is not known."""
    text = ("It started out with $100 million in committed capital from Biogen, Pfizer and Takeda, as well as the U.K. "
            "government's Department of Health.\n\nA new $6 million programme on connectivity was announced.\n")
    review = open_loaded(qtbot, window, write(tmp_path, "mixed.txt", text))
    detail = review.proposals.detail
    review.table.selectRow(row(review, "money", "$100 million"))
    assert "Side: none: the sentence names payers of different kinds" in detail.toPlainText()
    review.table.selectRow(row(review, "money", "$6 million"))   # the control: no payer named at all
    assert "Side: not known — choose one" in detail.toPlainText()


def test_a_figure_no_word_tells_the_kind_of_says_it_was_read_by_default(qtbot, window, tmp_path):
    """(session 31) A reviewer is told when a figure's kind is only the importer's default, and when it was read from
    the sentence before; a figure whose own words tell its kind gets neither line."""
    text = ("EPSRC will provide £2.5 million.\n\nKestrel and the city agreed £3m for the Heron Hall site.\n\n"
            "The region exported £2.1bn of goods to Japan. Next came chemicals (£900m) as well.\n")
    review = open_loaded(qtbot, window, write(tmp_path, "bases.txt", text))

    def described(words: str) -> str:
        review.table.selectRow(row(review, "money", words))
        return review.proposals.detail.toPlainText()

    assert "read as funding by default, so check it against the sentence" in described("£3m")
    assert "read like the figure of the sentence before" in described("£900m")
    told = described("£2.5 million")
    assert "by default" not in told and "sentence before" not in told


def test_a_figure_the_size_of_an_economy_says_why_it_is_not_funding(qtbot, window, tmp_path):
    """(round 141) A trillion pounds is read as no funding from its size alone, and the detail says so."""
    text = "Spending review\n\nThe Treasury set out £4 trillion of public spending over four years.\n"
    review = open_loaded(qtbot, window, write(tmp_path, "review.txt", text))
    review.table.selectRow(row(review, "money", "£4 trillion"))
    assert "an economy's or a nation's total" in review.proposals.detail.toPlainText()


def test_pounds_and_pence_read_as_a_price_say_why_in_the_detail(qtbot, window, tmp_path):
    """(round 149) A small sum in pounds and pence that no word reads is a price, and the detail says it was read from
    its size."""
    text = "Fishing rods\n\nFor the princely sum of £79.95, the 12ft rod was a quantum leap in design.\n"
    review = open_loaded(qtbot, window, write(tmp_path, "rods.txt", text))
    r = row(review, "money", "£79.95")
    assert "price" in review.model.index(r, COLUMN_KEYS.index("value")).data()
    review.table.selectRow(r)
    assert "pounds and pence (or dollars and cents) under a thousand are what something costs" in (
        review.proposals.detail.toPlainText())


def test_a_figure_the_word_model_unticks_says_so_in_its_value_and_detail(qtbot, window, tmp_path, monkeypatch):
    """The rules read the figure as an investment; a word model that doubts its words unticks it, and the review
    says which words weighed against it and that accepting it is the user's call."""
    from ukjp_desktop.core.extract import funding_words
    monkeypatch.setattr(funding_words, "_weights", lambda: (0.0, {"b:invest": -3.0}))
    review = open_loaded(qtbot, window, write(tmp_path, "doubt.txt", "Hitachi will invest £40 million in the plant.\n"))
    r = row(review, "money", "£40 million")
    assert "(investment? unticked)" in review.model.index(r, COLUMN_KEYS.index("value")).data()
    review.table.selectRow(r)
    detail = review.proposals.detail.toPlainText()
    assert ("Kind: investment by its cue words, but unticked: the words around it look unlike a funding fact "
            "(word model 4% funding; “invest” weighs against). “Accept all money” leaves it pending") in detail
    review.accept_all_money()
    assert review.model.item(r).state == PENDING
    assert review.status.text() == ("Accepted 0 funding or investment figures. 1 figure not read as funding left "
                                    "pending, 1 of them unticked by the word model (accept one by one if they are "
                                    "funding).")


def test_a_figure_the_word_model_ticks_says_so_in_its_value_detail_and_status(qtbot, window, tmp_path, monkeypatch):
    """(session 35) The rules read the figure as trade; a word model sure of its words ticks it as funding, and the
    review says the rules' kind, the words for it, and that "Accept all money" takes it."""
    from ukjp_desktop.core.extract import funding_words
    monkeypatch.setattr(funding_words, "_weights", lambda: (0.0, {"b:reached": 4.0}))
    text = "Exports to Japan reached £2bn, the Department for Business and Trade said.\n"
    review = open_loaded(qtbot, window, write(tmp_path, "ticked.txt", text))
    r = row(review, "money", "£2bn")
    assert "(trade? ticked)" in review.model.index(r, COLUMN_KEYS.index("value")).data()
    review.table.selectRow(r)
    detail = review.proposals.detail.toPlainText()
    assert ("Kind: funding, ticked by the word model: its cue words read it as trade, but the words around it look "
            "like a funding fact (word model 98% funding; “reached” weighs for it). Check it against the sentence; "
            "“Accept all money” accepts it as a funding line.") in detail
    review.accept_all_money()
    assert review.model.item(r).state == ACCEPTED
    assert review.status.text().startswith("Accepted 1 funding or investment figure (1 ticked by the word model "
                                           "though its cue words read another kind: check it).")


# ---- saving -----------------------------------------------------------------------------------

def test_import_to_new_initiative_writes_exact_excerpts(qtbot, window, library, tmp_path):
    before = counts(library.engine)
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", TEXT))
    accept(review, row(review, "money", "£2.5 million"), row(review, "money", "just over ¥400 million"),
           row(review, "date", "30 May 2025"), row(review, "organisation", "Japan Science and Technology Agency"))
    review.new_name.setText("UK–Japan care robotics call")
    review.new_kind.setCurrentIndex(review.new_kind.findData("funding_call"))
    with qtbot.waitSignal(review.imported, timeout=5000) as sig:
        review.import_button.click()
    receipt = sig.args[0]
    assert receipt.initiative_created and len(receipt.funding_line_ids) == 2
    with library.engine.connect() as c:
        text = c.execute(select(Source.text).where(Source.id == receipt.source_id)).scalar()
        for start, end, etext in c.execute(select(Excerpt.start, Excerpt.end, Excerpt.text)
                                           .where(Excerpt.id.in_(receipt.excerpt_ids))):
            assert text[start:end] == etext
        lines = c.execute(select(FundingLine.amount, FundingLine.currency, FundingLine.side)
                          .where(FundingLine.id.in_(receipt.funding_line_ids)).order_by(FundingLine.position)).all()
        kind = c.execute(select(Initiative.kind).where(Initiative.id == receipt.initiative_id)).scalar()
    assert [tuple(x) for x in lines] == [("2500000", "GBP", "UK"), ("400000000", "JPY", "Japan")]
    assert kind == "funding_call"
    after = counts(library.engine)
    assert after["Initiative"] == before["Initiative"] + 1 and after["Source"] == before["Source"] + 1
    # the window follows: the new initiative is counted, listed and shown
    settle(qtbot, window)
    assert window.browse.total_all == before["Initiative"] + 1
    assert window.state.selected == receipt.initiative_slug
    assert "UK–Japan care robotics call" in window.detail.plain_text()
    assert window.model.rowCount() == before["Initiative"] + 1
    assert review.closed


def test_cancel_writes_nothing(qtbot, window, library, tmp_path):
    before = counts(library.engine)
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", TEXT))
    review.accept_all_money()
    review.cancel_button.click()
    assert review.closed
    assert counts(library.engine) == before
    assert window.annotator.stack.count() == 0


def test_problems_are_explained_and_nothing_written(qtbot, window, library, tmp_path):
    before = counts(library.engine)
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", "Update\n\nA further $2m will follow.\n"))
    review.accept_all_money()
    review.import_button.click()
    assert "Choose a side" in review.last_message and review.isVisible()
    review.source_only_radio.setChecked(True)
    review.model.setData(review.model.index(0, COLUMN_KEYS.index("side")), "UK")
    review.import_button.click()
    assert "need an initiative" in review.last_message
    review.title_edit.setText("  ")
    review.new_radio.setChecked(True)
    review.import_button.click()
    assert "title" in review.last_message
    assert counts(library.engine) == before


def test_same_document_twice_is_recognised(qtbot, window, library, tmp_path):
    f = write(tmp_path, "call.txt", TEXT)
    review = open_loaded(qtbot, window, f)
    review.source_only_radio.setChecked(True)
    with qtbot.waitSignal(review.imported, timeout=5000):
        review.import_button.click()
    n = counts(library.engine)["Source"]
    again = open_loaded(qtbot, window, f)
    assert not again.notices.isHidden()
    assert "already in the database" in again.notices.text()
    assert "UK and Japan launch robotics call" in again.notices.text()
    again.source_only_radio.setChecked(True)
    with qtbot.waitSignal(again.imported, timeout=5000) as sig:
        again.import_button.click()
    assert not sig.args[0].source_created and counts(library.engine)["Source"] == n


def test_corroboration_and_conflict_against_a_curated_initiative(qtbot, window, library, tmp_path):
    review = open_loaded(qtbot, window, write(tmp_path, "quantum.txt", QUANTUM_TEXT))
    review.choose_initiative(QUANTUM)
    assert review.selected_initiative() == QUANTUM
    agree, disagree = (row(review, "money", t) for t in ("£4.5 million", "£6 million"))
    check = review.model.index(agree, COLUMN_KEYS.index("check")).data()
    assert check.startswith("corroborates £4.5 million from “")
    conflict = review.model.index(disagree, COLUMN_KEYS.index("check")).data()
    assert conflict.startswith("conflicts with just over £5.2 million from “")
    # the detail shows both figures with their sources
    review.table.selectRow(disagree)
    detail = review.proposals.detail.toPlainText()
    assert "£6 million" in detail and "just over £5.2 million" in detail and "DISAGREES" in detail
    recorded = review.model.item(disagree).check.recorded[0]
    assert recorded.source_title and recorded.source_title in detail
    before = counts(library.engine)
    accept(review, agree, disagree)
    review.model.item(disagree).side = "Japan"
    review.import_button.click()
    assert "conflicts with a recorded figure" in review.last_message
    assert counts(library.engine) == before
    assert review.model.setData(review.model.index(disagree, COLUMN_KEYS.index("resolution")), "supersede")
    with qtbot.waitSignal(review.imported, timeout=5000) as sig:
        review.import_button.click()
    receipt = sig.args[0]
    assert receipt.superseded_line_ids and receipt.corroborated_line_ids
    assert library.catalog.detail(QUANTUM).japan_gbp == Decimal(6_000_000)
    # the undo's text names the initiative as the user knows it, not by its slug (qa29d)
    name = library.catalog.detail(QUANTUM).name
    assert window.annotator.stack.undoText().endswith(f" into “{name}”") and QUANTUM not in window.annotator.stack.undoText()


def test_undo_and_redo_from_the_window(qtbot, window, library, tmp_path):
    before = counts(library.engine)
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", TEXT))
    accept(review, row(review, "money", "£2.5 million"))
    review.new_name.setText("Robotics call")
    with qtbot.waitSignal(review.imported, timeout=5000) as sig:
        review.import_button.click()
    slug = sig.args[0].initiative_slug
    settle(qtbot, window)
    stack = window.annotator.stack
    assert stack.count() == 1 and stack.undoText().startswith("Import “")
    assert stack.undoText().endswith("” as a new initiative “Robotics call”")
    assert counts(library.engine)["Source"] == before["Source"] + 1     # imported once, not twice
    assert window.undo_action.isEnabled()
    stack.undo()
    settle(qtbot, window)
    after_undo = counts(library.engine)
    assert after_undo == {**before, "Meta": before["Meta"] + 1}        # import_last remains
    assert window.browse.total_all == before["Initiative"] and window.state.selected == ""
    stack.redo()
    settle(qtbot, window)
    assert counts(library.engine)["FundingLine"] == before["FundingLine"] + 1
    assert window.state.selected == slug and window.browse.total_all == before["Initiative"] + 1
    assert "Robotics call" in window.detail.plain_text()


# ---- drag and drop ----------------------------------------------------------------------------

def _mime(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


@pytest.mark.parametrize("choose", ["document", "table"])
def test_the_import_dialog_leaves_the_databases_locks_to_sqlite(qtbot, window, tmp_path, choose):
    """File → Import document… (or table…) in the folder holding a database: listing it must not open and
    close the database's files (that drops SQLite's locks, and another program then deletes the WAL in use)."""
    from ukjp_desktop.ui.importing.table_review import choose_and_review_table
    db = tmp_path / "explorer.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (a)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    write(tmp_path, "call.txt", TEXT)     # a document and a table both: each dialog lists it
    window.settings.setValue("import/folder", str(tmp_path))

    cancel_once_listed(qtbot, "call.txt")
    assert not (launch.choose_and_review if choose == "document" else choose_and_review_table)(window)
    read_in_another_process(db, "SELECT * FROM t")   # it must find this connection still holding the database
    assert Path(f"{db}-wal").exists()
    con.execute("INSERT INTO t VALUES (2)")
    con.commit()
    assert sqlite3.connect(db).execute("SELECT count(*) FROM t").fetchone() == (2,)


def test_drop_opens_a_review(qtbot, window, tmp_path):
    f = write(tmp_path, "call.md", "# Robotics call\n\n" + TEXT)
    mime = _mime(f)
    enter = QDragEnterEvent(QPoint(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, drop)
    opened = reviews(window)
    assert len(opened) == 1 and opened[0].path == str(f)
    qtbot.waitUntil(lambda: opened[0].loaded_data is not None, timeout=15000)
    assert opened[0].title_edit.text() == "Robotics call"
    # something that is not a document is refused
    other = write(tmp_path, "tool.exe", b"MZ\x00\x00")
    refused = _mime(other)              # the event only points at the data: keep it alive
    enter = QDragEnterEvent(QPoint(50, 50), Qt.CopyAction, refused, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


# ---- bad input --------------------------------------------------------------------------------

def test_empty_binary_and_vanishing_files_give_messages_and_write_nothing(qtbot, window, library,
                                                                         tmp_path, monkeypatch):
    before = counts(library.engine)
    assert "is empty" in failure_of(qtbot, window, write(tmp_path, "empty.txt", "  \n"))
    assert "binary" in failure_of(qtbot, window, write(tmp_path, "blob.txt", bytes(range(256)) * 10))
    gone = write(tmp_path, "gone.txt", TEXT)
    review = ir.ImportReview(launch.context_for(window), str(gone), window)
    gone.unlink()                                  # chosen, then deleted before it is read
    review.start()
    qtbot.waitUntil(lambda: bool(review.last_message), timeout=15000)
    assert "cannot be found" in review.last_message

    real = readers._open_binary

    def vanish(path):                              # disappears while being read
        fh = real(path)
        fh.close()
        raise FileNotFoundError(path)
    monkeypatch.setattr(readers, "_open_binary", vanish)
    assert "cannot be found" in failure_of(qtbot, window, write(tmp_path, "mid.txt", TEXT))
    assert "cannot be found" in window.last_message      # also said in the status bar
    assert counts(library.engine) == before


def test_the_sectors_an_import_links_to_an_existing_initiative_are_in_view(qtbot, window, library, tmp_path):
    """Imported into an existing initiative, the ticked sectors are linked to it: the checklist stays in
    view (it was on the new initiative's page only, so a document's suggestions went in unseen)."""
    text = QUANTUM_TEXT + ("\nSemiconductor firms will also take part: the semiconductor work starts in "
                           "2026.\n")
    review = open_loaded(qtbot, window, write(tmp_path, "quantum-chips.txt", text))
    sectors = review.target.sectors
    assert "semiconductors" in review.target.checked_sectors()      # suggested, so ticked
    review.choose_initiative(QUANTUM)
    assert sectors.isVisible() and review.target.checked_sectors()
    review.source_only_radio.setChecked(True)                         # the document alone: no sectors
    assert not sectors.isVisible()
    review.choose_initiative(QUANTUM)
    assert sectors.isVisible()
    chips = next(i for i in range(sectors.count()) if sectors.item(i).data(Qt.UserRole) == "semiconductors")
    sectors.item(chips).setCheckState(Qt.Unchecked)                   # the reviewer unticks what they see
    accept(review, row(review, "money", "£4.5 million"))
    with qtbot.waitSignal(review.imported, timeout=5000):
        review.import_button.click()
    assert "semiconductors" not in library.catalog.detail(QUANTUM).sectors


def test_over_limit_file_is_read_off_the_ui_thread_and_refused(qtbot, window, library, tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write((b"The UK and Japan agreed to co-operate. " * 26) + b"\n")
        fh.truncate(readers.MAX_BYTES + 10)
        fh.seek(readers.MAX_BYTES + 9)
        fh.write(b"x")
    review = launch.open_review(window, str(big))
    assert review.is_busy() and not review.body.isEnabled()   # returned at once; the window stays live
    qtbot.waitUntil(lambda: bool(review.last_message), timeout=30000)
    assert "too large" in review.last_message


def test_closing_the_review_stops_its_worker(qtbot, window, tmp_path, monkeypatch):
    """A closed review's extraction stops where it is: left running (a 3,000,000-character page takes
    ~15 s), two closed reviews held both threads of a 2-core machine and the next document waited."""
    progress = {"steps": 0, "finished": False}
    real = jobs.propose

    def slow_propose(text, **kw):
        for _ in range(1000):      # ten seconds of Python at most, like a long page's extraction
            progress["steps"] += 1
            time.sleep(0.01)
        progress["finished"] = True
        return real(text, **kw)

    monkeypatch.setattr(jobs, "propose", slow_propose)
    pool = QThreadPool.globalInstance()
    review = launch.open_review(window, str(write(tmp_path, "long.txt", TEXT)))
    qtbot.waitUntil(lambda: progress["steps"] > 5, timeout=10000)
    review.cancel_button.click()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=3000)
    assert not progress["finished"] and progress["steps"] < 500
    monkeypatch.setattr(jobs, "propose", real)
    again = open_loaded(qtbot, window, write(tmp_path, "next.txt", TEXT))   # the pool serves the next one
    assert again.model.items() and again.last_message == ""


def test_invalid_utf8_is_read_with_a_visible_notice(qtbot, window, tmp_path):
    data = TEXT.replace("£", "\x00").encode("utf-8").replace(b"\x00", b"\xa3")   # Windows-1252 pound
    review = open_loaded(qtbot, window, write(tmp_path, "latin.txt", data))
    assert not review.notices.isHidden()
    assert "not valid UTF-8" in review.notices.text()
    assert "£2.5 million" in review.text_view.toPlainText()


def test_markup_is_shown_literally_never_run(qtbot, window, tmp_path):
    literal = "Note <script>alert(1)</script> and <img src=x onerror=alert(2)> <b>bold</b> £1m from EPSRC."
    review = open_loaded(qtbot, window, write(tmp_path, "markup.txt", "Markup\n\n" + literal + "\n"))
    assert literal in review.text_view.toPlainText()
    assert review.text_view.document().toHtml().count("<img") == 0
    page = ("<html><head><title>Call</title><script>alert('x')</script></head><body>"
            "<p onclick=\"alert(3)\">Funding of £2m from EPSRC.<img src=x onerror=\"alert(4)\"></p>"
            "<script>document.write('injected')</script></body></html>")
    html_review = open_loaded(qtbot, window, write(tmp_path, "page.html", page))
    shown = html_review.text_view.toPlainText()
    assert "Funding of £2m from EPSRC." in shown
    assert "alert" not in shown and "injected" not in shown and "onerror" not in shown
    assert html_review.title_edit.text() == "Call"


# ---- the gazetteer ----------------------------------------------------------------------------

def test_add_organisation_to_gazetteer_and_extract_again(qtbot, window, tmp_path):
    text = "Ocean call\n\nThe call gets £3 million from the Hokuriku Marine Agency this year.\n"
    review = open_loaded(qtbot, window, write(tmp_path, "ocean.txt", text))
    m = row(review, "money", "£3 million")
    review.model.set_state([m], ACCEPTED)
    # the clause names a payer the gazetteer does not know: only the currency says anything
    assert review.model.item(m).side == "UK" and review.model.item(m).proposal.side_basis == "currency"
    review.add_organisation(entry=make_entry("Hokuriku Marine Agency", "JP", "agency", "HMA"))
    qtbot.waitUntil(lambda: not review.is_busy(), timeout=15000)
    org = next(it for it in review.model.items() if it.kind == "organisation")
    assert org.proposal.slug == "user-hokuriku-marine-agency" and org.proposal.known
    money = review.model.item(row(review, "money", "£3 million"))
    assert money.side == "Japan" and money.state == ACCEPTED        # the decision carried over
    assert money.proposal.side_basis == "clause"
    path = tmp_path / "user-organisations.toml"
    assert [e.name for e in load_user_entries(path)] == ["Hokuriku Marine Agency"]
    # the saved plan can create the organisation from the gazetteer entry
    review.model.set_state([review.model.row_of(org.id)], ACCEPTED)
    review.new_name.setText("Ocean call")
    with qtbot.waitSignal(review.imported, timeout=5000) as sig:
        review.import_button.click()
    assert sig.args[0].created_org_ids


def test_extract_again_keeps_a_decision_when_the_figure_is_read_best_at_another_mention(qtbot, window, tmp_path):
    """A figure stated twice is one row; once its payer (named at the second mention) is added to the
    gazetteer, that mention becomes the row's own place. The user's decision goes with the figure."""
    text = ("Ocean call\n\nThe ocean call is worth £3 million in total this year.\n\n"
            "The £3 million comes from the Hokuriku Marine Agency, which runs the call.\n")
    review = open_loaded(qtbot, window, write(tmp_path, "ocean.txt", text))
    (m,) = [i for i, it in enumerate(review.model.items()) if it.kind == "money"]
    before = review.model.item(m).proposal
    assert len(mention_spans(before)) == 2 and before.side_basis == "currency"
    review.model.setData(review.model.index(m, COLUMN_KEYS.index("qualifier")), "approximately")   # accepts it
    review.add_organisation(entry=make_entry("Hokuriku Marine Agency", "JP", "agency", "HMA"))
    qtbot.waitUntil(lambda: not review.is_busy(), timeout=15000)
    (money,) = [it for it in review.model.items() if it.kind == "money"]
    assert money.proposal.start != before.start and money.proposal.side_basis == "clause"   # read at the second
    assert (money.state, money.qualifier, money.side) == (ACCEPTED, "approximately", "Japan")


def test_extract_again_keeps_the_reviewer_on_the_row_they_were_at(qtbot, window, tmp_path):
    """Adding a body to the gazetteer extracts again: the row being looked at stays selected (not the
    first row, with the text thrown back to the top)."""
    text = ("Ocean call\n\nOpened on 3 March 2025.\n\nThe call gets £3 million from the Hokuriku Marine Agency "
            "this year.\n")
    review = open_loaded(qtbot, window, write(tmp_path, "ocean.txt", text))
    m = row(review, "money", "£3 million")
    assert m > 0
    review.table.selectRow(m)
    review.add_organisation(entry=make_entry("Hokuriku Marine Agency", "JP", "agency", "HMA"))
    qtbot.waitUntil(lambda: not review.is_busy(), timeout=15000)
    assert review.current_item().kind == "money" and review.current_item().proposal.text == "£3 million"


def test_the_gazetteer_is_built_again_only_when_the_users_bodies_change(qtbot, window, tmp_path):
    from ukjp_desktop.ui.importing import jobs
    review = open_loaded(qtbot, window, write(tmp_path, "ocean.txt", "The call gets £3 million this year.\n"))
    ctx = review.ctx
    first, _own = jobs._gazetteer(ctx)
    assert jobs._gazetteer(ctx)[0] is first                 # the same bodies: the same compiled gazetteer
    review.add_organisation(entry=make_entry("Hokuriku Marine Agency", "JP", "agency", "HMA"))
    qtbot.waitUntil(lambda: not review.is_busy(), timeout=15000)
    again, own = jobs._gazetteer(ctx)
    assert again is not first and [e.name for e in own] == ["Hokuriku Marine Agency"]
    assert [s for s, _e, g in again.find("funds from HMA") if g.slug == "user-hokuriku-marine-agency"]


def test_user_gazetteer_file_round_trips(tmp_path):
    e = make_entry('The "Quote" & Co\x7f Agency', "jp", "company", "QCA, Q&C")
    assert e.slug.startswith("user-") and e.country == "JP" and e.aliases == ("QCA", "Q&C")
    path = tmp_path / "g.toml"
    add_user_entry(path, e)
    add_user_entry(path, make_entry("Second Body", "GB", "agency"))
    add_user_entry(path, e)                        # replaced by slug, not duplicated
    assert tomllib.loads(dumps(load_user_entries(path)))["organisation"][1]["name"] == e.name
    assert [x.name for x in load_user_entries(path)] == ["Second Body", e.name]
    with pytest.raises(GazetteerEntryError):
        make_entry("x", "GB", "agency")
    with pytest.raises(GazetteerEntryError):
        make_entry("A body", "GB", "not-a-type")


def test_adding_to_an_own_gazetteer_that_cannot_be_read_leaves_it_as_it_was(tmp_path):
    """A hand-edited file with a mistake is not rewritten with the new entry alone: the user's other entries would
    be lost. The addition is refused in words, and the file keeps every byte."""
    path = tmp_path / "g.toml"
    mistaken = ('[[organisation]]\nslug = "user-a"\nname = "A Agency\n\n'
                '[[organisation]]\nslug = "user-b"\nname = "B Agency"\n').encode("utf-8")   # an unclosed quote
    for content in (mistaken, 'name = "Société"'.encode("cp1252"), b"[[organisation]]\nslug = 3\n"):
        path.write_bytes(content)
        with pytest.raises(GazetteerEntryError, match="g.toml"):
            add_user_entry(path, make_entry("Second Body", "GB", "agency"))
        assert path.read_bytes() == content


# ---- the model --------------------------------------------------------------------------------

def test_proposals_model_passes_qtmodeltester_and_never_gives_none_for_painted_roles(qtbot, window,
                                                                                   tmp_path, qtmodeltester):
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", TEXT))
    review.choose_initiative(QUANTUM)
    qtmodeltester.check(review.model)
    model = review.model
    roles = (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole, Qt.TextAlignmentRole, Qt.ForegroundRole,
             Qt.BackgroundRole, Qt.FontRole, Qt.DecorationRole, Qt.StatusTipRole)
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in roles:
                assert model.data(model.index(r, c), role) is not None, (r, c, role)
    assert isinstance(model.data(model.index(0, 0), Qt.FontRole), QFont)
    empty = ProposalsModel()
    qtmodeltester.check(empty)


def test_the_undo_text_of_an_import_named_after_its_source_says_new_initiative_once(qtbot, window, tmp_path):
    # It read 'Import “X” into X' when the new initiative kept the source's title.
    review = open_loaded(qtbot, window, write(tmp_path, "call.txt", TEXT))
    accept(review, row(review, "money", "£2.5 million"))
    title = review.new_name.text()
    assert title
    with qtbot.waitSignal(review.imported, timeout=5000):
        review.import_button.click()
    settle(qtbot, window)
    text = window.annotator.stack.undoText()
    assert text.endswith("” as a new initiative") and f"into {title}" not in text


def test_after_an_imports_undo_every_row_in_view_has_its_name(qtbot, window, tmp_path):
    # Seen at 1024x700 with the charts open: the import selected its new initiative at the
    # bottom of the list; after Edit → Undo the list was one shorter, the scroll value the same,
    # and the row that came into view at the top stayed blank until clicked.
    w = window
    w.resize(1008, 660)
    w.charts.set_visible(True)
    qtbot.waitUntil(lambda: w.charts.panel is not None and w.charts.panel.isVisible(), timeout=10000)
    settle(qtbot, w)
    review = open_loaded(qtbot, w, write(tmp_path, "call.txt", TEXT))
    accept(review, row(review, "money", "£2.5 million"))
    review.new_name.setText("Robotics call")
    with qtbot.waitSignal(review.imported, timeout=5000):
        review.import_button.click()
    settle(qtbot, w)
    table = w.browse.pane.table
    bar = table.verticalScrollBar()
    assert 0 < bar.value() < bar.maximum()      # the new row scrolled into view, at the bottom
    w.annotator.stack.undo()
    settle(qtbot, w)
    qtbot.wait(50)
    last = table.rowAt(table.viewport().height() - 1)
    in_view = range(table.rowAt(0), (last if last >= 0 else w.model.rowCount() - 1) + 1)
    assert len(in_view) > 5
    assert all(w.model.index(r, 0).data() for r in in_view), \
        [(r, w.model.index(r, 0).data()) for r in in_view]


def test_at_1024x700_the_detail_under_the_table_has_room_for_its_explanation(qtbot, window, tmp_path):
    # (session 30, a newcomer's walk-through: the detail showed three lines, so "Kind: … unticked …" and the sentence
    # needed scrolling; the table keeps room for several rows)
    review = open_loaded(qtbot, window, write(tmp_path, "room.txt", TEXT))
    review.resize(1024, 700)
    qtbot.waitUntil(lambda: review.height() <= 700)
    review.table.selectRow(row(review, "money", "£2.5 million"))
    detail, table = review.proposals.detail, review.table
    qtbot.waitUntil(lambda: detail.viewport().height() >= 5 * detail.fontMetrics().lineSpacing())
    assert table.viewport().height() >= 4 * table.verticalHeader().defaultSectionSize()


def test_the_detail_says_when_the_word_model_read_the_side(qtbot, window, tmp_path):
    """(session 37) A side the word model read where the rules only guessed says so, with how sure it is and what the
    rules had read, in the pane and in the Side cell's tooltip; a side the sentence states does not. (Session 43: the
    sentence names space debris removal, which the retrained model reads at 0.88, as tests/test_side_words.py's does;
    session 50: with its technology, 0.84 after round 115's retraining; session 53: "was awarded", as the page says,
    0.94 after round 128's, where "signs" fell under the threshold.)"""
    text = ("Astroscale UK was awarded a £2.5 million contract to develop space debris removal technology with OneWeb.\n\n"
            "EPSRC will provide £3 million.\n")
    review = open_loaded(qtbot, window, write(tmp_path, "model.txt", text))
    detail = review.proposals.detail
    r = row(review, "money", "£2.5 million")
    review.table.selectRow(r)
    shown = detail.toPlainText()
    sure = re.search(r"Side: UK, read by the word model from the words and bodies around it, (\d+)% sure", shown)
    assert sure is not None and int(sure[1]) >= 80
    assert ("% sure; the rules read private (from the organisations named) (the word model names no payer)"
            in shown)
    tip = review.model.index(r, COLUMN_KEYS.index("side")).data(Qt.ToolTipRole)
    assert "Side UK: read by the word model" in tip and "the rules read private" in tip
    assert review.model.index(r, COLUMN_KEYS.index("side")).data() == "UK (word model)"
    review.table.selectRow(row(review, "money", "£3 million"))
    assert "word model" not in detail.toPlainText().split("Side:")[1].split("\n")[0]
