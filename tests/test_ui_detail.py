"""The detail pane and the source viewer, on the curated database (pytest-qt, offscreen)."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from ukjp_desktop.core.records import ExcerptRecord
from ukjp_desktop.ui.detail.detail_pane import COMPACT_FUNDING_HEADERS, EMPTY_TEXT, FUNDING_HEADERS, DetailPane
from ukjp_desktop.ui.detail.source_viewer import SourceViewer
from ukjp_desktop.ui.detail.text_blocks import excerpt_context, find_terms, sum_qualifier

SEMI = "epsrc-jst-semiconductor-call"
QUANTUM = "uk-japan-quantum-joint-projects"
TSMC = "tsmc-japan-subsidy"
CONNECT = "uk-japan-connectivity-programme"
HOSTILE = '<img src=x onerror=alert(1)> <b>bold</b> &amp; <a href="initiative:evil">x</a>'


@pytest.fixture
def pane(qtbot, catalog):
    p = DetailPane(source_text=catalog.source_text)
    qtbot.addWidget(p)
    p.resize(450, 800)
    return p


def shown(qtbot, pane):
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def activate(qtbot, window):
    """Show a window and wait until it is active (focus and key routing need that)."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def normalise(text: str) -> str:
    return text.replace("\u2029", "\n").replace("\u2028", "\n").replace("\u00a0", " ")


def rows_by_side(pane):
    header, *rows = pane.funding_table_text()
    assert tuple(header) == FUNDING_HEADERS
    return [dict(zip(FUNDING_HEADERS, (normalise(c) for c in r))) for r in rows]


def click_link(qtbot, pane, href: str):
    """Click the middle of a link's first character, as a user would."""
    view = pane.text_browser()
    pos = next(p for _, h, p in pane.links() if h == href)
    cursor = QTextCursor(view.document())
    cursor.setPosition(pos)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    point = rect.center()
    point.setX(rect.left() + 3)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


# ---- every initiative ---------------------------------------------------------------------

def test_every_curated_initiative_renders(pane, catalog):
    slugs = catalog.slugs()
    assert len(slugs) >= 40
    for slug in slugs:
        d = catalog.detail(slug)
        pane.show_detail(d)
        text = normalise(pane.plain_text())
        assert d.name in text, slug
        for e in d.excerpts:  # verbatim, whatever the surrounding context
            assert normalise(e.text) in text, (slug, e.id)
        shows = [h for _, h, _ in pane.links() if h.startswith("show-source:")]
        assert sorted(shows) == sorted(f"show-source:{e.id}" for e in d.excerpts), slug
        assert len(pane.funding_table_text()) == (1 + len(d.funding) if d.funding else 0), slug
        for fact in d.dates:
            assert fact.display in text, slug


def test_empty_state(pane, catalog):
    assert pane.is_empty()
    assert EMPTY_TEXT in pane.plain_text()
    pane.show_detail(catalog.detail(SEMI))
    assert not pane.is_empty()
    pane.show_detail(None)
    assert EMPTY_TEXT in pane.plain_text()
    assert pane.funding_table_text() == [] and pane.links() == []


# ---- header, dates, organisations ------------------------------------------------------------

def test_dates_keep_their_precision_and_notes(pane, catalog):
    pane.show_detail(catalog.detail("uk-japan-semiconductors-partnership"))
    assert "May 2023" in pane.plain_text()
    assert "1 May 2023" not in pane.plain_text()
    half = next(s for s in catalog.slugs()
                if any(x.precision == "half_year" for x in catalog.detail(s).dates))
    pane.show_detail(catalog.detail(half))
    assert "second half of 2026" in pane.plain_text()
    d = catalog.detail(QUANTUM)
    pane.show_detail(d)
    text = pane.plain_text()
    assert "3 February 2026" in text and d.dates[0].note in text


def test_organisations_with_roles_countries_sectors(pane, catalog):
    pane.show_detail(catalog.detail(CONNECT))
    text = normalise(pane.plain_text())
    assert "Department for Science, Innovation and Technology" in text
    assert "Funder" in text and "Lead" in text
    assert "United Kingdom, Japan" in text
    assert "AI" in text and "Telecoms" in text  # sector slugs read as words


# ---- funding --------------------------------------------------------------------------------

def test_semiconductor_call_superseded_pledges(pane, catalog):
    pane.show_detail(catalog.detail(SEMI))
    rows = rows_by_side(pane)
    assert [r["Side"] for r in rows] == ["UK", "Japan", "UK"]
    assert rows[0]["As stated"].startswith("£1m") and "superseded" in rows[0]["As stated"]
    assert "superseded" in rows[1]["As stated"]
    assert rows[2]["As stated"] == "£3.99m" and rows[2]["GBP"] == "£3.99m"
    assert rows[2]["Contributor"] == "UK Research and Innovation"
    details = pane.funding_row_details()
    assert details[0].startswith("Superseded") and "not counted" in details[0]
    assert "Stated in GBP: “a-million-pound”" in details[0]
    assert "no conversion" in details[2] and not details[2].startswith("Superseded")
    # The superseded figure is struck through; the current one is not.
    struck = []
    block = pane.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().fontStrikeOut():
                struck.append(frag.text())
            it += 1
        block = block.next()
    assert struck.count("£1m") == 4 and "£3.99m" not in struck
    # Only the current UKRI line is counted.
    total = pane.funding_total_text()
    assert total.startswith("Counted bilateral total") and total.endswith("£3.99m")
    assert "UK £3.99m" in total
    text = normalise(pane.plain_text())
    assert "Figures not counted" in text and "“a match amount from JST”" in text


def test_quantum_just_over_is_kept_in_line_and_total(pane, catalog):
    pane.show_detail(catalog.detail(QUANTUM))
    rows = rows_by_side(pane)
    japan = next(r for r in rows if r["Side"] == "Japan")
    assert japan["As stated"] == "just over £5.2m"
    assert japan["GBP"] == "just over £5.2m"
    assert japan["Contributor"] == "Japan Science and Technology Agency"
    total = pane.funding_total_text()
    assert total.endswith("just over £9.7m")
    assert "UK £4.5m + Japan just over £5.2m" in total


def test_tsmc_yen_line_with_rate_and_source_conversion(pane, catalog):
    pane.show_detail(catalog.detail(TSMC))
    [row] = rows_by_side(pane)
    assert row["As stated"].startswith("up to ¥476bn") and "context" in row["As stated"]
    assert row["GBP"] == "up to £2.41bn"
    [detail] = pane.funding_row_details()
    assert detail.startswith("Context figure")
    assert "= £2,406,471,183.01 at 197.8 JPY per £1 (2025 rate; Bank of England" in detail
    assert "not yet verified" in detail
    assert "The source's own conversion: “$3.6 billion”" in detail
    # A context figure alone makes no meaningful UK–Japan total.
    assert pane.funding_total_text() is None
    assert "No total" in pane.plain_text()


def test_connectivity_excluded_total_is_listed_not_added(pane, catalog):
    d = catalog.detail(CONNECT)
    pane.show_detail(d)
    rows = rows_by_side(pane)
    assert [(r["Side"], r["GBP"]) for r in rows] == [("UK", "£3m"), ("Japan", "£3m")]
    assert pane.funding_total_text().endswith("£6m")
    text = normalise(pane.plain_text())
    for x in d.excluded:
        assert f"“{x.stated}” — {x.reason}" in text
    assert text.count("“£6 million” —") == 2


def test_non_funding_line_is_marked_and_not_totalled(pane, catalog):
    pane.show_detail(catalog.detail("uk-japan-bilateral-trade"))
    [row] = rows_by_side(pane)
    assert "not funding" in row["As stated"]
    assert pane.funding_total_text() is None


# ---- excerpts -------------------------------------------------------------------------------

def test_excerpts_grouped_by_source_with_context_and_phrase(pane, catalog):
    d = catalog.detail(SEMI)
    pane.show_detail(d)
    text = normalise(pane.plain_text())
    e = d.excerpts[0]
    assert e.source_title in text and "16 December 2024" in text
    # A little of the surrounding source is shown around the excerpt.
    assert "research into semiconductors. This was later revised upwards" in text
    # The stated phrase of the funding line is emphasised inside its excerpt.
    revised = next(x for x in d.excerpts if "£3,990,000" in x.text)
    start = pane.excerpt_position(revised.id)
    cursor = QTextCursor(pane.document())
    offset = revised.text.index("£3,990,000")
    cursor.setPosition(start + offset + 1)
    assert cursor.charFormat().fontWeight() > 400
    cursor.setPosition(start + 1)
    assert cursor.charFormat().fontWeight() <= 400
    assert cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush
    # Each excerpt says which facts it supports.
    assert "Supports: Started date" in text
    # The spacing between excerpt and context is the source's own.
    pane.show_detail(catalog.detail(CONNECT))
    assert "Technology, matched by £3 million" in normalise(pane.plain_text())


def test_selecting_in_the_window_reads_the_sources_off_the_ui_thread(qtbot, window):
    """The detail worker reads the source texts with the detail (issue 14: no query on the UI
    thread); the pane shows each excerpt inside its context all the same."""
    import threading

    from sqlalchemy import event
    ui_thread, on_ui = threading.get_ident(), []

    def watch(conn, cursor, statement, *args):
        if threading.get_ident() == ui_thread:
            on_ui.append(statement)
    event.listen(window.library.engine, "before_cursor_execute", watch)
    try:
        for slug in (SEMI, CONNECT):
            with qtbot.waitSignal(window.details.detailApplied, timeout=10000):
                window.state.select(slug)
    finally:
        event.remove(window.library.engine, "before_cursor_execute", watch)
    assert "Technology, matched by £3 million" in normalise(window.details.pane.plain_text())
    window.state.select(SEMI)   # cached now: shown again without any read
    qtbot.waitUntil(lambda: "This was later revised upwards" in normalise(window.details.pane.plain_text()),
                    timeout=10000)
    assert not on_ui, on_ui


def test_excerpts_without_source_text_still_show(qtbot, catalog):
    pane = DetailPane()
    qtbot.addWidget(pane)

    def broken(slug):
        raise LookupError(slug)

    pane.set_source_text(broken)
    d = catalog.detail(SEMI)
    pane.show_detail(d)
    for e in d.excerpts:
        assert e.text in pane.plain_text()


# ---- literal text ---------------------------------------------------------------------------

def test_html_like_text_shows_literally(pane, catalog):
    d = catalog.detail(SEMI)
    excerpt = replace(d.excerpts[0], text=HOSTILE)
    funding = (replace(d.funding[0], note=HOSTILE, contributor=HOSTILE, stated=HOSTILE),
               *d.funding[1:])
    dates = (replace(d.dates[0], note=HOSTILE),)
    excluded = (replace(d.excluded[0], reason=HOSTILE, stated=HOSTILE),)
    relations = (replace(d.relations[0], name=HOSTILE),)
    evil = replace(d, name=HOSTILE, summary="Summary " + HOSTILE, excerpts=(excerpt, *d.excerpts[1:]),
                   funding=funding, dates=dates, excluded=excluded, relations=relations)
    pane.show_detail(evil)
    text = normalise(pane.plain_text())
    assert text.count(HOSTILE) >= 8
    html = pane.document().toHtml()
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "initiative:evil" not in [h for _, h, _ in pane.links()]
    # The relation link still points at the real slug, whatever its name says.
    assert (HOSTILE, f"initiative:{d.relations[0].slug}") in [(t, h) for t, h, _ in pane.links()]


def test_viewer_shows_markup_literally(qtbot):
    viewer = SourceViewer()
    qtbot.addWidget(viewer)
    text = "Intro.\n" + HOSTILE + "\nEnd."
    start = text.index("<img")
    ex = ExcerptRecord(1, "s", "<b>Title</b>", "<i>Pub</i>", "2024-01", HOSTILE, start, start + len(HOSTILE))
    viewer.open_excerpt("s", "<b>Title</b>", "<i>Pub</i>", "2024-01", text, [ex], 1)
    assert viewer.text_edit().toPlainText() == text
    assert viewer.highlighted_text() == HOSTILE
    assert viewer._title.text() == "<b>Title</b>" and viewer._title.textFormat() == Qt.TextFormat.PlainText
    assert viewer._meta.text() == "<i>Pub</i> · January 2024"


# ---- links and signals ----------------------------------------------------------------------

def test_relation_click_emits_slug(qtbot, pane, catalog):
    pane.show_detail(catalog.detail(SEMI))
    shown(qtbot, pane)
    with qtbot.waitSignal(pane.relationActivated, timeout=2000) as blocker:
        click_link(qtbot, pane, "initiative:uk-japan-semiconductors-partnership")
    assert blocker.args == ["uk-japan-semiconductors-partnership"]


def test_relations_are_direction_aware_and_deduplicated(pane, catalog):
    d = catalog.detail("uk-japan-semiconductors-partnership")
    pane.show_detail(d)
    links = [(t, h) for t, h, _ in pane.links() if h.startswith("initiative:")]
    hrefs = [h for _, h in links]
    assert len(hrefs) == len(set(hrefs))  # related_to is stored both ways, shown once
    text = normalise(pane.plain_text())
    assert "Includes\nEPSRC–JST joint semiconductor research funding call" in text
    pane.show_detail(catalog.detail(SEMI))
    assert "Part of\nUK–Japan Semiconductors Partnership" in normalise(pane.plain_text())


def test_show_in_source_by_mouse_and_keyboard(qtbot, pane, catalog):
    d = catalog.detail(SEMI)
    pane.show_detail(d)
    shown(qtbot, pane)
    target = d.excerpts[-1]
    with qtbot.waitSignal(pane.showInSource, timeout=2000) as blocker:
        click_link(qtbot, pane, f"show-source:{target.id}")
    assert blocker.args == [target.source_slug, target.id]

    # Keyboard: Tab walks the links in document order, Enter follows the focused one.
    view = pane.text_browser()
    pane.show_detail(d)
    view.setFocus()
    first_show = next(i for i, (_, h, _) in enumerate(pane.links()) if h.startswith("show-source:"))
    for _ in range(first_show + 1):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.textCursor().selectedText() == "Show in source ›"
    first = sorted(d.excerpts, key=lambda e: e.start)[0]
    with qtbot.waitSignal(pane.showInSource, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [first.source_slug, first.id]


def test_reference_marker_scrolls_to_its_excerpt(qtbot, catalog):
    pane = DetailPane(source_text=catalog.source_text)
    qtbot.addWidget(pane)
    pane.resize(450, 300)
    d = catalog.detail(CONNECT)
    pane.show_detail(d)
    shown(qtbot, pane)
    bar = pane.text_browser().verticalScrollBar()
    assert bar.value() == 0
    ref = next(h for _, h, _ in pane.links() if h.startswith("ref:"))
    click_link(qtbot, pane, ref)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=2000)


# ---- search highlights ----------------------------------------------------------------------

def test_highlight_terms_case_insensitive(pane, catalog):
    d = catalog.detail(SEMI)
    pane.set_highlight_terms(["SEMICONDUCTOR"])
    pane.show_detail(d)
    texts = pane.highlighted_texts()
    expected = sum(len(re.findall("semiconductor", s, re.I))
                   for s in (d.name, d.summary, *(e.text for e in d.excerpts)))
    assert len(texts) == expected > 3
    assert all(t.lower() == "semiconductor" for t in texts)
    ranges = pane.highlighted_ranges()
    sels = pane.text_browser().extraSelections()
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in sels] == ranges
    pane.set_highlight_terms(["£3,990,000", "bids"])
    assert sorted(set(pane.highlighted_texts())) == ["bids", "£3,990,000"]
    pane.set_highlight_terms([])
    assert pane.highlighted_ranges() == [] and pane.text_browser().extraSelections() == []


# ---- the source viewer ----------------------------------------------------------------------

@pytest.fixture
def viewer(qtbot):
    v = SourceViewer()
    qtbot.addWidget(v)
    v.resize(1000, 500)
    return v


def test_viewer_scrolls_to_and_highlights_the_excerpt(qtbot, viewer, catalog):
    d = catalog.detail(TSMC)
    last = max(d.excerpts, key=lambda e: e.start)
    title, text = catalog.source_text(last.source_slug)
    viewer.open_from_detail(d, last.id, text)
    viewer.show()
    qtbot.waitExposed(viewer)
    qtbot.waitUntil(viewer.is_current_visible, timeout=2000)
    assert viewer.highlighted_range() == (last.start, last.end)
    assert viewer.highlighted_text() == text[last.start:last.end]
    assert viewer.text_edit().verticalScrollBar().value() > 0  # the excerpt is far down
    assert viewer.windowTitle() == f"Source — {title}"


def test_viewer_next_previous_and_keys(qtbot, viewer, catalog):
    d = catalog.detail(SEMI)
    title, text = catalog.source_text(d.excerpts[0].source_slug)
    ordered = sorted(d.excerpts, key=lambda e: e.start)
    viewer.open_from_detail(d, ordered[1].id, text)
    viewer.present()  # show + raise + activate, so keys reach it without a window manager
    qtbot.waitUntil(viewer.isActiveWindow, timeout=2000)
    assert viewer.current_index() == 1 and viewer.excerpt_count() == 4
    assert viewer.position_text() == "excerpt 2 of 4"
    assert viewer.next_excerpt() and viewer.current_index() == 2
    assert viewer.highlighted_text() == text[ordered[2].start:ordered[2].end]
    qtbot.keyClick(viewer.text_edit(), Qt.Key.Key_F3)
    assert viewer.current_index() == 3 and viewer.position_text() == "excerpt 4 of 4"
    assert not viewer.next_excerpt() and viewer.current_index() == 3  # stops at the end
    assert not viewer._next.isEnabled()
    qtbot.keyClick(viewer.text_edit(), Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.current_index() == 2
    viewer.previous_excerpt()
    viewer.previous_excerpt()
    assert viewer.current_index() == 0 and not viewer.previous_excerpt()
    assert not viewer._prev.isEnabled()
    assert viewer.highlighted_text() == ordered[0].text
    qtbot.keyClick(viewer.text_edit(), Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_viewer_only_navigates_this_sources_matching_excerpts(viewer):
    text = "Alpha beta gamma. Delta epsilon."
    mine = ExcerptRecord(1, "s", "T", "P", None, "Delta epsilon.", 18, 32)
    other_source = ExcerptRecord(2, "t", "T2", "P", None, "Alpha", 0, 5)
    stale = ExcerptRecord(3, "s", "T", "P", None, "Not here", 0, 8)
    viewer.open_excerpt("s", "T", "P", None, text, [other_source, stale, mine], 1)
    assert viewer.excerpt_count() == 1 and viewer.highlighted_text() == "Delta epsilon."
    assert viewer._meta.text() == "P · undated"


def test_viewer_positions_survive_non_bmp_characters(viewer):
    text = "😀🚀 emoji first.\nThen the 𝔣𝔞𝔫𝔠𝔶 sentence we want. After."
    start = text.index("Then")
    end = text.index(" After")
    ex = ExcerptRecord(7, "s", "T", "P", "2025", text[start:end], start, end)
    viewer.open_excerpt("s", "T", "P", "2025", text, [ex], 7)
    assert viewer.highlighted_text() == text[start:end]


def test_viewer_find_in_document(qtbot, viewer, catalog):
    d = catalog.detail(SEMI)
    _, text = catalog.source_text(d.excerpts[0].source_slug)
    viewer.open_from_detail(d, d.excerpts[0].id, text)
    n = viewer.find("SEMICONDUCTOR")
    assert n == len(re.findall("semiconductor", text, re.I)) > 3
    assert all(text[a:b].lower() == "semiconductor" for a, b in viewer.find_matches())
    viewer.find_next()
    assert viewer._find_count.text().endswith(f"of {n}")
    # Find highlights add to, and never replace, the excerpt highlight.
    assert viewer.highlighted_text() == d.excerpts[0].text
    assert viewer.find("no such phrase anywhere") == 0


def test_viewer_find_field_keyboard(qtbot, viewer, catalog):
    d = catalog.detail(SEMI)
    _, text = catalog.source_text(d.excerpts[0].source_slug)
    viewer.open_from_detail(d, d.excerpts[0].id, text)
    activate(qtbot, viewer)
    qtbot.keyClick(viewer.text_edit(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = viewer._find
    assert field.hasFocus()
    qtbot.keyClicks(field, "JST")
    n = len(viewer.find_matches())
    assert n == text.count("JST") >= 2
    qtbot.keyClick(field, Qt.Key.Key_Return)
    first = viewer._find_count.text()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    second = viewer._find_count.text()
    assert first.endswith(f"of {n}") and second.endswith(f"of {n}") and first != second
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert viewer._find_count.text() == first
    # The caret follows the match, so the reader sees it.
    a, b = viewer.find_matches()[int(first.split()[0]) - 1]
    assert viewer.text_edit().textCursor().position() == b


# ---- plain helpers --------------------------------------------------------------------------

def test_excerpt_context_stays_in_paragraph_and_cuts_at_words():
    text = "Other paragraph.\nSome words before the excerpt. EXCERPT here. Words after it go on\nNext."
    start = text.index("EXCERPT")
    end = start + len("EXCERPT here.")
    ctx = excerpt_context(text, start, end, text[start:end])
    assert (ctx.before, ctx.after) == ("Some words before the excerpt. ", " Words after it go on")
    assert not ctx.clipped_before and not ctx.clipped_after
    short = excerpt_context(text, start, end, text[start:end], chars=12)
    assert short.clipped_before and short.before == "excerpt. "
    assert short.clipped_after and short.after == " Words"
    comma = "Alpha beta, gamma"
    assert excerpt_context(comma, 0, 10, "Alpha beta").after == ", gamma"
    # A stale excerpt (text moved) gets no surroundings rather than wrong ones.
    assert excerpt_context(text, 0, 7, "EXCERPT") == excerpt_context(None, 0, 7, "EXCERPT")


def test_find_terms_and_sum_qualifier():
    assert find_terms("Straße STRASSE straße", ["straße"]) == [(0, 6), (15, 21)]
    assert find_terms("a <b> c", ["<b>"]) == [(2, 5)]
    assert find_terms("anything", ["", "  "]) == []
    assert sum_qualifier(["exact", "just_over"]) == "just over"
    assert sum_qualifier(["exact", "exact"]) == ""
    assert sum_qualifier(["up_to", "approximately"]) == "approximately"


def _words_broken_in_funding_table(pane) -> list[str]:
    """Lines of the funding table's cells that end inside a word (the layout broke it)."""
    from PySide6.QtWidgets import QTextBrowser
    doc = pane.findChild(QTextBrowser).document()
    doc.documentLayout().documentSize()          # make sure the layout is current
    table = pane._funding_table()
    broken = []
    for r in range(table.rows()):
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            block = doc.findBlock(cell.firstPosition())
            while block.isValid() and block.position() <= cell.lastPosition():
                text, layout = block.text(), block.layout()
                for i in range(layout.lineCount() - 1):
                    line = layout.lineAt(i)
                    end = line.textStart() + line.textLength()
                    if 0 < end < len(text) and not text[end - 1].isspace() and text[end - 1] not in "-/–":
                        broken.append(f"{text[line.textStart():end]}|{text[end:]}")
                block = block.next()
    return broken


def _table_fits(pane) -> bool:
    """The funding table is no wider than the page (the pane never scrolls sideways)."""
    from PySide6.QtWidgets import QTextBrowser
    view = pane.findChild(QTextBrowser)
    doc = view.document()
    rect = doc.documentLayout().frameBoundingRect(pane._funding_table())
    return rect.right() <= view.viewport().width() + 1


@pytest.mark.parametrize("width", [260, 330, 450])
def test_funding_table_breaks_no_word_in_a_narrow_pane(qtbot, catalog, width):
    """Seen at 1024x700: the right pane is ~260 px and a five-column funding table broke
    'Contributor' and amounts in two. Every curated initiative with funding, at each width."""
    pane = DetailPane(source_text=catalog.source_text)
    qtbot.addWidget(pane)
    pane.resize(width, 800)
    shown(qtbot, pane)
    checked = 0
    for slug in catalog.slugs():
        d = catalog.detail(slug)
        if not d.funding:
            continue
        pane.show_detail(d)
        assert _words_broken_in_funding_table(pane) == [], (slug, width)
        assert _table_fits(pane), (slug, width)
        checked += 1
    assert checked >= 10



@pytest.mark.parametrize("width", [150, 170])
def test_no_table_runs_past_a_very_narrow_pane(qtbot, catalog, width):
    """Seen at 1024x700 with the charts open: the pane is ~170 px, too narrow for whole words,
    and the dates table ran past its right edge, its text cut off. Words break instead."""
    from PySide6.QtGui import QTextTable
    from PySide6.QtWidgets import QTextBrowser
    pane = DetailPane(source_text=catalog.source_text)
    qtbot.addWidget(pane)
    pane.resize(width, 800)
    shown(qtbot, pane)
    view = pane.findChild(QTextBrowser)
    for slug in catalog.slugs():
        pane.show_detail(catalog.detail(slug))
        doc = view.document()
        for frame in doc.rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                right = doc.documentLayout().frameBoundingRect(frame).right()
                assert right <= view.viewport().width() + 1, (slug, width, right)


def test_funding_table_folds_into_two_columns_when_four_cannot_keep_words_whole(qtbot, catalog):
    """At 260 px (the 1024x700 window) the table is 'Who pays' / 'Amount'; widening the
    pane brings the four columns back, and narrowing folds them again."""
    pane = DetailPane(source_text=catalog.source_text)
    qtbot.addWidget(pane)
    pane.resize(260, 800)
    shown(qtbot, pane)
    pane.show_detail(catalog.detail("sip"))
    assert pane.funding_is_compact()
    header, row = pane.funding_table_text()
    assert header == list(COMPACT_FUNDING_HEADERS)
    assert normalise(row[0]) == "Japan\nGovernment of Japan"
    assert normalise(row[1]) == "approximately ¥30bn per year\ncontext\n= approximately £151.67m per year"
    assert "Stated in JPY:" in pane.funding_row_details()[0]
    assert _words_broken_in_funding_table(pane) == []
    pane.resize(700, 800)
    qtbot.waitUntil(lambda: not pane.funding_is_compact(), timeout=2000)
    assert pane.funding_table_text()[0] == list(FUNDING_HEADERS)
    pane.resize(260, 800)
    qtbot.waitUntil(pane.funding_is_compact, timeout=2000)


def test_a_long_saved_status_never_widens_the_notes_panel(qtbot, window):
    """Who saved a note and when: a long member name must shorten to "…" (whole in its tooltip),
    not push the detail pane wider and squeeze the list (seen at 1024x700: 236 -> 1291 px)."""
    from PySide6.QtWidgets import QApplication
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    panel = window.annotations
    panel.status.setText("Saved 2026-12-03 12:49:19 UTC")
    QApplication.processEvents()
    width = panel.width()
    long_text = "Saved 2026-12-03 12:49:19 UTC by " + "a-very-long-team-role-name-" * 8
    panel.status.setText(long_text)
    for _ in range(3):
        QApplication.processEvents()
    assert panel.width() == width
    assert panel.status.text() == long_text and long_text in panel.status.toolTip()
    shown = QLabel.text(panel.status)
    assert shown.endswith("…") and len(shown) < len(long_text)


def test_the_window_fits_1024_px_with_the_charts_open_and_an_initiative_shown(qtbot, window, catalog):
    """The notes panel's title, two stars ("Star", "Team") and the tag row once made the
    window wider than a 1024 px screen with the charts open (its right edge off-screen);
    the title and stars now flow onto two lines when the pane is narrow."""
    from PySide6.QtWidgets import QApplication
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.charts.set_visible(True)
    window.detail.show_detail(catalog.detail(catalog.slugs()[0]))
    for _ in range(3):
        QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() == 1024


def test_the_saved_time_is_short_and_local_with_the_stored_time_in_its_tooltip():
    # at 1024x700 "Saved 2026-12-03 12:49:19 UTC by alice" was cut to "Saved 2026-1…": the time never showed
    from datetime import datetime, timezone
    from ukjp_desktop.ui.detail.annotation_panel import saved_text
    stored = "2026-12-03T12:49:19"
    local = datetime(2026, 12, 3, 12, 49, 19, tzinfo=timezone.utc).astimezone()
    text, full = saved_text(stored, "alice", now=local)
    assert text == f"Saved {local.strftime('%H:%M')} by alice"
    assert full == "Saved 2026-12-03 12:49:19 UTC by alice"
    text, _ = saved_text(stored, None, now=local.replace(year=2027))
    assert text == f"Saved {local.day} {local.strftime('%b %Y %H:%M')}"


def _pane_geometry(window):
    """Where the detail text, the notes box and the notes panel sit in the window."""
    from PySide6.QtWidgets import QApplication
    for _ in range(3):
        QApplication.processEvents()
    panel = window.annotations

    def rect(w):
        return (w.mapTo(window, w.rect().topLeft()).toTuple(), w.size().toTuple())
    return {"detail": rect(window.detail), "panel": rect(panel), "note": rect(panel.note)}


def test_tag_chips_appearing_move_no_pane(qtbot, window, library):
    """Selecting an initiative with tags after one without moved the panes (beside the tag box
    each chip took a line of its own, so the note moved down; a long tag widened the notes
    panel and squeezed the list): a line is kept for the chips whether or not there are any,
    and a long tag is shortened on its chip instead of widening the pane."""
    from test_ui_window import show_initiative
    from ukjp_desktop.store import annotations as ann
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    plain, tagged, long_tagged = library.catalog.slugs()[:3]
    for name in ("follow up", "priority"):
        ann.tag(library.engine, tagged, name)
    long_name = "a-long-tag-name-for-the-semiconductor-watch-list"
    ann.tag(library.engine, long_tagged, long_name)
    panel = window.annotations
    show_initiative(qtbot, window, plain)
    before = _pane_geometry(window)
    show_initiative(qtbot, window, tagged)
    assert panel.chip_tags() == ["follow up", "priority"]
    assert _pane_geometry(window) == before
    show_initiative(qtbot, window, long_tagged)
    assert panel.chip_tags() == [long_name]
    assert _pane_geometry(window) == before
    chip = panel.chips_layout.itemAt(0).widget()
    assert panel.chips.rect().contains(chip.geometry())        # shown whole, shortened
    assert "…" in chip.text() and long_name in chip.toolTip()
    show_initiative(qtbot, window, plain)
    assert _pane_geometry(window) == before


def test_the_note_conflict_choice_is_readable_at_1024x700(qtbot, window, library):
    """At 1024x700 the choice (someone saved the note meanwhile) had ~170 px: their note showed
    two lines scrolled to its end and the explanation was cut. While it is open the panel takes
    room from the detail above; both texts show whole, and the heights come back after."""
    from PySide6.QtWidgets import QApplication
    from test_ui_window import show_initiative
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    slug = library.catalog.slugs()[0]
    show_initiative(qtbot, window, slug)
    panel, splitter = window.annotations, window.details.splitter
    before = splitter.sizes()
    mine = "My reading: the committee meets yearly; check the 2026 minutes for the quantum strand."
    theirs = ("Alice's note: follow up with JST about the joint call timetable "
              "and the budget lines for 2026-27.")
    from ukjp_desktop.store import annotations as ann
    ann.set_note(library.engine, slug, theirs)     # saved meanwhile, as the store then reports
    panel.note.setPlainText(mine)
    panel.on_conflict(slug, "", mine, theirs, "alice")
    for _ in range(3):
        QApplication.processEvents()

    def top(w):
        return w.mapTo(panel, w.rect().topLeft()).y()
    line = panel.note.fontMetrics().lineSpacing()
    assert panel.theirs.verticalScrollBar().maximum() == 0         # their note whole
    assert panel.note.verticalScrollBar().maximum() == 0           # and yours
    label = panel.conflict_label
    assert label.height() >= label.heightForWidth(label.width())   # the explanation uncut
    assert top(panel.keep_mine) >= top(panel.theirs) + panel.theirs.height()   # nothing overlaps
    assert top(panel.keep_mine) + panel.keep_mine.height() <= panel.height()
    assert panel.theirs.viewport().height() >= 3 * line
    panel.resolve("mine")
    qtbot.waitUntil(lambda: splitter.sizes() == before, timeout=2000)
    assert not panel.conflict.isVisible()


def test_closing_with_the_note_choice_open_saves_the_heights_it_had_before(qtbot, library, tmp_path):
    """The choice takes 62% of the right-hand column while it is open, and closing the window
    settles it (both texts kept). The heights came back only in the next event-loop turn, after
    the window had saved its layout: the next start opened with the notes panel at 62%."""
    from PySide6.QtWidgets import QApplication
    from test_ui_window import show_initiative
    from tests.ui_window import open_window
    from ukjp_desktop.store import annotations as ann
    settings = tmp_path / "settings.ini"
    window = open_window(qtbot, library, settings)
    window.resize(1024, 700)
    qtbot.waitExposed(window)
    slug = library.catalog.slugs()[0]
    show_initiative(qtbot, window, slug)
    panel, splitter = window.annotations, window.details.splitter
    for _ in range(3):
        QApplication.processEvents()
    before = splitter.sizes()
    ann.set_note(library.engine, slug, "Alice's note")
    panel.note.setPlainText("mine")
    panel.on_conflict(slug, "", "mine", "Alice's note", "alice")
    assert splitter.sizes() != before
    window.close()
    again = open_window(qtbot, library, settings)
    again.resize(1024, 700)
    qtbot.waitExposed(again)
    for _ in range(3):
        QApplication.processEvents()
    assert again.details.splitter.sizes() == before
    again.close()


def test_a_second_conflict_while_the_choice_is_open_keeps_what_the_user_typed(qtbot, window, library):
    """Review (session 29): with the choice open and "v2" typed, an undo of an older save conflicts again and brought
    the undo's text ("") into the editor: the user's "v2" was gone. What the user typed stays until they choose."""
    from PySide6.QtWidgets import QApplication
    from test_ui_window import show_initiative
    from ukjp_desktop.store import annotations as ann
    window.show()
    qtbot.waitExposed(window)
    slug = library.catalog.slugs()[0]
    show_initiative(qtbot, window, slug)
    panel = window.annotations
    ann.set_note(library.engine, slug, "theirs")
    panel.note.setPlainText("v2")
    panel.on_conflict(slug, "", "v2", "theirs", "alice")
    panel.note.setPlainText("v2, and more typed while choosing")
    panel.on_conflict(slug, "", "", "theirs", "alice")      # the undo's own text meets theirs
    QApplication.processEvents()
    assert panel.note.toPlainText() == "v2, and more typed while choosing"
    assert panel.conflict.isVisible()
    panel.resolve("mine")
    assert panel.note.toPlainText() == "v2, and more typed while choosing" and not panel.conflict.isVisible()
