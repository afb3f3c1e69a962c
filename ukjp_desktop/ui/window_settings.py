"""What the window remembers between runs (QSettings): its geometry and splitters, the table's
columns, whether the charts were open, and the last filter, sort and selection."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication

from ..core.filter_codec import filter_from_json, filter_to_json
from ..core.filters import SORT_COLUMNS, Filter, FilterError
from .after_paint import after_next_paint
from .app_state import AppState

FILTER_PANEL_PX = 220
# The window manager's frame around a window not yet shown (its size is not known before):
# borders and a title bar, as on Windows and the common Linux desktops.
FRAME_ALLOWANCE = (16, 40)


def splitter_sizes(width: int) -> list[int]:
    """Filters, list, detail for a window ``width`` wide: the list gets the most, the detail a
    quarter (an empty detail pane must not squeeze the names)."""
    right = max(260, min(420, width // 4))
    return [FILTER_PANEL_PX, max(300, width - FILTER_PANEL_PX - right), right]


def restore_query(s: QSettings, state: AppState) -> None:
    """The last filter and sort, into the state before any view listens to it."""
    try:
        f = filter_from_json(str(s.value("last/filter", "{}")))
    except FilterError:
        f = Filter()  # a broken or future setting: start unfiltered rather than fail
    sort = str(s.value("last/sort", "announced"))
    state.set_sort(sort if sort in SORT_COLUMNS else "announced",
                   str(s.value("last/descending", "true")).lower() == "true")
    state.set_filter(f)


def restore_layout(window) -> bool:
    """Geometry, splitters and columns (of the window's shell: see ``MainWindow``).
    Returns whether the main splitter had a remembered state."""
    s = window.settings
    geo = s.value("window/geometry")
    if not (isinstance(geo, QByteArray) and window.restoreGeometry(geo)):
        window.resize(1400, 860)
    state = s.value("window/splitter")
    restored = isinstance(state, QByteArray) and window.splitter.restoreState(state)
    # Applied again once the window is shown at its size (``restore_split_when_shown``).
    window.splitter_state = state if restored else None
    restore_right(window)
    header_state = s.value("window/header")
    if isinstance(header_state, QByteArray):
        window.results_pane.restore_header(header_state)
    return restored


def fit_to_screen(window) -> None:
    """Shrink and move ``window`` into its screen's free area when it does not fit (the first
    start's 1400x860 on a 1366x768 laptop or a 1024x700 screen had its detail pane and status
    bar off the screen); a window that fits is left where it is."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    inner = window.geometry()
    frame = window.frameGeometry()
    dw, dh = ((frame.width() - inner.width(), frame.height() - inner.height())
              if window.isVisible() else FRAME_ALLOWANCE)
    width = max(1, min(inner.width(), free.width() - dw))
    height = max(1, min(inner.height(), free.height() - dh))
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    x = max(free.left(), min(frame.left(), free.right() + 1 - width - dw))
    y = max(free.top(), min(frame.top(), free.bottom() + 1 - height - dh))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


def restore_split_when_shown(window) -> None:
    """The remembered split again, now that the window has its real width: restored before
    (an unshown splitter is a default width), it was squeezed against the panes' minimum
    widths and stretched back in other proportions, and the detail pane grew at every start."""
    state = getattr(window, "splitter_state", None)
    window.splitter_state = None
    if state is not None:
        window.splitter.restoreState(state)


def restore_right(window) -> None:
    """The detail side's split (again once the real detail side replaces its stand-in)."""
    state = window.settings.value("window/right")
    if isinstance(state, QByteArray):
        window.right_splitter.restoreState(state)


def restore_after_first_list(window) -> None:
    """The charts and the selection, after the first list has been applied and painted."""
    s = window.settings
    # The charts and the selection once the first list has been applied: a timer of 0 ms ran
    # them before the list arrived, and the charts' first query and pyqtgraph's import (~0.6 s
    # at 100k before the facet snapshot loads) delayed the first paint of the list.
    if str(s.value("window/charts", "false")).lower() == "true":
        _after_first_list(window, lambda: window.charts.set_visible(True))
    else:   # so that opening them later does not wait for pyqtgraph's import
        _after_first_list(window, window.charts.preload)
    slug = str(s.value("last/selected", "") or "")
    if slug:
        _after_first_list(window, lambda: _restore_selection(window, slug))


def _after_first_list(window, action) -> None:
    """Run ``action`` once the first list has been applied and painted."""
    def once() -> None:
        window.browse.resultsApplied.disconnect(once)
        after_next_paint(window.browse.pane.table.viewport(), action)
    window.browse.resultsApplied.connect(once)


def _restore_selection(window, slug: str) -> None:
    # One row by its unique slug (the whole detail is then read off the UI thread). Through the
    # list, so that its row is selected too: the detail alone left the list and the detail
    # disagreeing and the arrow keys starting from nowhere.
    if window.catalog.contains(Filter(), slug):
        window.browse.select_slug(slug)


def charts_state(s: QSettings) -> dict:
    """The charts panel's tab, currency, scale and context figures of the last run."""
    return {"tab": str(s.value("charts/tab", "")), "currency": str(s.value("charts/currency", "")),
            "log": str(s.value("charts/log", "false")) == "true",
            "context": str(s.value("charts/context", "false")) == "true"}


def save(window) -> None:
    s, state = window.settings, window.state
    panel = getattr(getattr(window, "charts", None), "panel", None)
    if panel is not None:    # never built this run: last run's choices stay as they are
        view = panel.view_state()
        s.setValue("charts/tab", view["tab"])
        s.setValue("charts/currency", view["currency"])
        s.setValue("charts/log", "true" if view["log"] else "false")
        s.setValue("charts/context", "true" if view["context"] else "false")
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/splitter", window.splitter.saveState())
    s.setValue("window/right", window.right_splitter.saveState())
    s.setValue("window/header", window.browse.pane.table.horizontalHeader().saveState())
    charts_open = window.charts.is_visible()
    s.setValue("window/charts", "true" if charts_open else "false")
    if charts_open:
        s.setValue("window/centre", window.browse.pane.splitter.saveState())
    s.setValue("last/filter", filter_to_json(state.filter))
    s.setValue("last/sort", state.sort)
    s.setValue("last/descending", "true" if state.descending else "false")
    s.setValue("last/selected", state.selected)
    s.sync()
