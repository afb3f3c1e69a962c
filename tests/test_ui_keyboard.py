"""A keyboard-only user in the explorer window: where Tab goes, where the focus starts and
whether the focused control can be seen (pytest-qt, headless)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ukjp_desktop.core.filters import Filter

from tests.test_ui_window import show_initiative
from tests.ui_window import settle


def _active(qtbot, w) -> None:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)


def _tab_stops(qtbot, w, start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from ``start``, once round the window."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=3000)
    stops = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            break
        if now is not stops[-1]:          # the detail's links are stops inside one widget
            stops.append(now)
    return stops


def _first_in(stops: list[QWidget], area: QWidget) -> int:
    return next(i for i, s in enumerate(stops) if s is area or area.isAncestorOf(s))


def test_tab_goes_down_the_middle_column_before_the_detail(qtbot, window):
    # The charts open under the list, yet Tab went list → detail (every source link) → notes →
    # charts: the currency, log scale and export were reached only after the whole right side.
    # And the Charts button, beside the search box, came after the list.
    w = window
    _active(qtbot, w)
    show_initiative(qtbot, w, w.model.row_record(2).slug)   # the notes take the focus only then
    w.charts.set_visible(True)
    settle(qtbot, w)
    stops = _tab_stops(qtbot, w, w.search)
    order = [_first_in(stops, a) for a in
             (w.search, w.charts.button, w.table, w.charts.panel, w.detail, w.annotations)]
    assert order == sorted(order), [type(s).__name__ for s in stops]
    # A chart page built later (another tab, with a control of its own: "Compare") joins the
    # charts' stops, not the end of the chain.
    tabs = w.charts.panel.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i).startswith("UK vs Japan")))
    settle(qtbot, w)
    page = tabs.currentWidget()
    stops = _tab_stops(qtbot, w, w.table)
    assert _first_in(stops, page) < _first_in(stops, w.detail)


def test_the_window_opens_with_the_focus_in_the_search_box(qtbot, window):
    # The filter panel's scroll area took the focus at start-up: an invisible first Tab stop
    # (nothing drawn), and typing went nowhere. The search box is where a user starts.
    w = window
    _active(qtbot, w)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    assert QApplication.focusWidget() is w.search
    assert not w.filter_panel.focusPolicy() & Qt.FocusPolicy.TabFocus
    # From the panel's last control, Tab does not stop on the panel itself either.
    stops = _tab_stops(qtbot, w, w.search)
    assert w.filter_panel not in stops
    assert w.filter_panel.clear_button in stops


def _edge(image, x: int) -> list:
    """The colours of one column of pixels, down the middle half of an image."""
    h = image.height()
    return [image.pixelColor(x, y).name() for y in range(h // 4, 3 * h // 4)]


def test_the_detail_shows_that_tab_entered_it(qtbot, window):
    # Tab from the list entered the detail with no link current yet: nothing was drawn
    # differently, and the focus seemed lost until the next Tab lit the first link.
    w = window
    _active(qtbot, w)
    show_initiative(qtbot, w, w.model.row_record(2).slug)
    view = w.detail.text_browser()
    w.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(w.table.hasFocus, timeout=3000)
    settle(qtbot, w)
    unfocused = view.grab().toImage()
    qtbot.keyClick(w.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(view.hasFocus, timeout=3000)
    assert not view.textCursor().hasSelection()          # no link current
    focused = view.grab().toImage()
    inside = view.viewport().geometry()      # the ring, not the scroll bar beside it
    for x in (inside.left(), inside.left() + 1, inside.right()):
        assert _edge(focused, x) != _edge(unfocused, x), f"column {x} unchanged"
    # The frame goes when the focus leaves.
    w.search.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: not view.hasFocus(), timeout=3000)
    assert _edge(view.grab().toImage(), inside.left()) == _edge(unfocused, inside.left())


def _current_link(pane) -> str | None:
    """The href of the link Tab made current in the detail, if any."""
    cursor = pane.text_browser().textCursor()
    if not cursor.hasSelection():
        return None
    return next((h for _, h, at in pane.links() if at == cursor.selectionStart()), None)


def test_after_a_marker_tab_goes_on_from_its_excerpt(qtbot, window):
    # Enter on a fact's [n] scrolled the pane to excerpt n, but the next Tab went to the link
    # after the marker, back up the page: the excerpt's "Show in source" was out of reach.
    w = window
    _active(qtbot, w)
    show_initiative(qtbot, w, w.model.row_record(2).slug)
    pane, view = w.detail, w.detail.text_browser()
    links = [h for _, h, _ in pane.links()]
    # A marker whose excerpt is not the next link along (else the test proves nothing).
    marker = next(h for i, h in enumerate(links) if h.startswith("ref:")
                  and links[i + 1] != "show-source:" + h.split(":", 1)[1])
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus, timeout=3000)
    for _ in range(len(links)):
        if _current_link(pane) == marker:
            break
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert _current_link(pane) == marker
    excerpt = int(marker.split(":", 1)[1])
    bar = view.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.value() != before, timeout=3000)
    scrolled = bar.value()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert _current_link(pane) in (f"show-source:{excerpt}", f"show-row:{excerpt}")
    assert view.hasFocus()
    # The excerpt stays in view: Tab to its link does not jump the page back.
    assert abs(bar.value() - scrolled) < view.viewport().height()
    # Shift+Tab after the jump goes to the link just above the excerpt, not the last one.
    pane.scroll_to_excerpt(excerpt)
    above = [h for _, h, at in pane.links() if at < pane.excerpt_position(excerpt)][-1]
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert _current_link(pane) == above


def test_an_empty_list_shows_that_it_has_the_focus(qtbot, window):
    # A filter that matches nothing: Tab reached the list, which drew no row, no cell and no
    # frame to show it had the focus.
    w = window
    _active(qtbot, w)
    w.browse.set_filter(Filter(text="zzqqxxnothingmatches"))
    settle(qtbot, w)
    assert w.model.rowCount() == 0
    w.charts.button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(w.charts.button.hasFocus, timeout=3000)
    unfocused = w.table.grab().toImage()
    qtbot.keyClick(w.charts.button, Qt.Key.Key_Tab)
    qtbot.waitUntil(w.table.hasFocus, timeout=3000)
    focused = w.table.grab().toImage()
    inside = w.table.viewport().geometry()
    for x in (inside.left(), inside.left() + 1, inside.right()):
        assert _edge(focused, x) != _edge(unfocused, x), f"column {x} unchanged"


def test_the_charts_plot_is_no_tab_stop(qtbot, window):
    # Tab stopped on the plot itself after the chart's tabs: nothing drawn to show it, and no
    # key does anything there (bars are clicked with the mouse; Copy and Export are buttons).
    from PySide6.QtWidgets import QGraphicsView
    w = window
    _active(qtbot, w)
    w.charts.set_visible(True)
    settle(qtbot, w)
    stops = _tab_stops(qtbot, w, w.table)
    assert _first_in(stops, w.charts.panel) < _first_in(stops, w.detail)   # the charts were walked
    assert not [s for s in stops if isinstance(s, QGraphicsView)]
    assert not [p for p in w.charts.panel.findChildren(QGraphicsView)
                if p.focusPolicy() & Qt.FocusPolicy.TabFocus]


def _shown_in_panel(panel, widget) -> bool:
    """Whether ``widget`` lies wholly inside the filter panel's visible part."""
    from PySide6.QtCore import QRect
    top_left = widget.mapTo(panel.viewport(), QPoint(0, 0))
    return panel.viewport().rect().contains(QRect(top_left, widget.size()))


def test_tab_into_the_filters_from_outside_scrolls_to_the_control(qtbot, window):
    # The filters scroll. Shift+Tab from the search box went to the last filter (Funding side,
    # far below) without scrolling to it; the panel only scrolled for Tab moves inside itself.
    w = window
    w.resize(1008, 660)          # the 1024x700 screen: the filters do not fit
    _active(qtbot, w)
    settle(qtbot, w)
    panel = w.filter_panel
    assert panel.widget().height() > panel.viewport().height()
    w.search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(w.search.hasFocus, timeout=3000)
    qtbot.keyClick(w.search, Qt.Key.Key_Backtab)
    last = QApplication.focusWidget()
    assert panel.isAncestorOf(last)
    assert _shown_in_panel(panel, last)
    # Round the chain the other way: from the notes' last control, Tab to "Clear all" at the top.
    panel.verticalScrollBar().setValue(panel.verticalScrollBar().maximum())
    stops = _tab_stops(qtbot, w, w.search)
    before = stops[stops.index(panel.clear_button) - 1]
    before.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(before.hasFocus, timeout=3000)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert panel.clear_button.hasFocus()
    assert _shown_in_panel(panel, panel.clear_button)


def test_undo_reaches_the_edit_menu_from_the_search_box(qtbot, window):
    # The window opens with the focus in the search box. Ctrl+Z there, with no typing of its
    # own to undo, did nothing: the box claimed the key, and a star or tag just made by
    # keyboard (Ctrl+D) could not be undone without leaving it. The tag box already let it pass.
    w = window
    _active(qtbot, w)
    show_initiative(qtbot, w, w.model.row_record(2).slug)
    w.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(w.search.hasFocus, timeout=3000)
    qtbot.keyClick(w.search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(w.annotations.star.isChecked, timeout=3000)
    assert not w.search.isUndoAvailable()
    qtbot.keyClick(w.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.annotations.star.isChecked(), timeout=3000)
    qtbot.keyClick(w.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(w.annotations.star.isChecked, timeout=3000)
    assert w.search.hasFocus()
    # Typing of its own is still the box's to undo.
    qtbot.keyClicks(w.search, "qu")
    qtbot.keyClick(w.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.search.text() == ""
    assert w.annotations.star.isChecked()
