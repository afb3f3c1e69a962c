"""The base chart widget: title, legend, pyqtgraph plot, caption, and the shared behaviour
(filter, display currency, log axis, context toggle, hover, click-to-filter, highlight, zoom
reset, context menu). Subclasses say what to query, which shapes to draw and what a shape means.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, replace

import pyqtgraph as pg
from PySide6.QtCore import SIGNAL, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCursor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolTip, QVBoxLayout, QWidget

from ...core.chart_series import DISPLAY_CURRENCIES, GBP, Caption, DisplayRate, caption
from ...core.filters import Filter
from ...store.chart_data import ChartData, ChartDataError
from ..widgets.plain_text import ElidedLabel, tooltip
from .axes import AmountScale
from .registry import CHART_TITLES
from .shapes import Shape, ShapesItem
from .style import LegendEntry, LegendStrip, caption_font, title_font


@dataclass(frozen=True)
class ChartRequest:
    """What a chart asks of the store: the series for ``filter``/``include_context``/``options``
    (when ``series``) and the keys to highlight for ``highlight`` (when ``keys``). Immutable, so
    a worker thread can load it while the chart's widgets move on."""
    filter: Filter
    include_context: bool
    options: tuple            # the chart's query options, as sorted (name, value) pairs
    highlight: str | None
    series: bool
    keys: bool


@dataclass(frozen=True)
class ChartLoad:
    """What ``BaseChart.load`` read for a ``ChartRequest`` (None: not asked for)."""
    series: object = None
    n_sources: int = 0
    line_rates_verified: bool = False
    highlight_keys: dict | None = None


def tooltip_html(text: str) -> str:
    """Data text shown as text: escaped, never interpreted as markup."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


# Under this height a chart shows its caption on one line ending in "…", the whole caption in its
# tooltip: at 1024x700 the three wrapped lines left the plot ~100 px. Exports keep the full caption.
COMPACT_CAPTION_BELOW_PX = 320


class BaseChart(QWidget):
    kind = ""
    QUERY_OPTIONS: frozenset[str] = frozenset()   # options that need a new query
    filterRequested = Signal(object)               # a core.filters.Filter
    initiativeActivated = Signal(str)              # an initiative slug (timeline, per-initiative bars)
    exportRequested = Signal()                     # "Export chart…" from the context menu
    settingRequested = Signal(str, object)         # log / include_context / currency from the menu
    zoomChanged = Signal(bool)                     # True while a zoom/pan by hand is in force
    copied = Signal()                              # the chart was put on the clipboard

    def __init__(self, data: ChartData, dataset_version: str = "", parent=None):
        super().__init__(parent)
        self.data = data
        self.dataset_version = dataset_version
        self.filter = Filter()
        self.rate: DisplayRate = GBP
        self.log = False
        self.include_context = False
        self.options: dict[str, object] = {}
        self.highlight_slug: str | None = None
        self.highlight_keys: dict[str, frozenset[str]] = {}
        # ``filter``, ``include_context``, ``highlight_*`` and ``series`` describe what is drawn;
        # ``queried_options`` the query options the series was read with.
        self.queried_options: tuple = ()
        # Set by a ChartsPanel: loads a request off the UI thread and calls ``apply`` with the
        # result. None (a chart on its own: exports, tests): requests are loaded at once.
        self.loader = None
        self.pending: ChartRequest | None = None   # the request the loader is working on
        self.series = None
        self.n_sources = 0
        self.line_rates_verified = False
        self.scale = AmountScale()
        self.last_hover_text = ""
        self._hover_cache: dict[object, str] = {}
        # Set by a ChartsPanel: reads a hover's store part off the UI thread and calls
        # ``hover_loaded`` with it. None (a chart on its own): read at once.
        self.hover_loader = None
        self.hover_generation = 0     # of the data the hover texts describe (a new series: +1)
        self._hovered: Shape | None = None
        self._user_view = None
        self.stale = False        # the data changed underneath: query again before drawing
        self._build_ui()

    @property
    def title(self) -> str:
        return CHART_TITLES[self.kind]

    # ---- building -------------------------------------------------------------------------
    def make_axes(self) -> dict:
        raise NotImplementedError

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 4)
        lay.setSpacing(4)
        head = QHBoxLayout()
        self.title_label = QLabel(self.title)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setFont(title_font())
        head.addWidget(self.title_label)
        head.addStretch(1)
        # Shown only while the user's own zoom/pan is kept over data changes: the way back.
        self.zoom_hint = QPushButton("Zoomed — Reset view")
        self.zoom_hint.setToolTip("You zoomed or panned this chart; its view is kept when the data "
                                  "change. Click to fit the chart to its data again.")
        self.zoom_hint.setStyleSheet("QPushButton { color: #7a4b00; background: #fff3cd; "
                                     "border: 1px solid #d9b44a; border-radius: 3px; padding: 1px 8px; }")
        self.zoom_hint.clicked.connect(self.reset_view)
        self.zoom_hint.hide()
        head.addWidget(self.zoom_hint)
        self.options_bar = head
        lay.addLayout(head)
        self.legend = LegendStrip()
        lay.addWidget(self.legend)
        self.plot = pg.PlotWidget(background="w", axisItems=self.make_axes())
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        # No Tab stop: the plot draws no focus and takes no keys (its bars are clicked, its
        # view reset with a button), so Tab stopping there looked like the focus was lost.
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.scene().contextMenu = []   # pyqtgraph's "Export..." uses its broken SVGExporter
        for name in ("left", "bottom"):
            ax = self.plot.getAxis(name)
            ax.setPen(pg.mkPen("#444444"))
            ax.setTextPen(pg.mkPen("#222222"))
        self.items = ShapesItem()
        self.plot.addItem(self.items)
        self.view = self.plot.getViewBox()
        self.view.sigRangeChangedManually.connect(self._remember_view)
        self.view.sigResized.connect(self._view_resized)
        lay.addWidget(self.plot, 1)
        self.caption_label = QLabel()
        self.caption_label.setTextFormat(Qt.TextFormat.PlainText)
        self.caption_label.setWordWrap(True)
        self.caption_label.setFont(caption_font())
        self.caption_label.setStyleSheet("color: #555555")
        lay.addWidget(self.caption_label)
        # The same caption on one line, for a short chart (``_fit_caption``).
        self.caption_line = ElidedLabel()
        self.caption_line.setFont(caption_font())
        self.caption_line.setStyleSheet("color: #555555")
        self.caption_line.hide()
        lay.addWidget(self.caption_line)
        self.plot.scene().sigMouseMoved.connect(self._on_hover)
        self.plot.viewport().installEventFilter(self)
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.setup_options()

    def setup_options(self) -> None:
        """Chart-specific controls in the header (override)."""

    # ---- what subclasses provide ------------------------------------------------------------
    def query(self, data: ChartData, f: Filter, include_context: bool, options: dict):
        """The series for ``f``. Runs in a worker thread when the chart is in a panel: reads
        only its arguments, never the widget's state."""
        raise NotImplementedError

    def build_shapes(self) -> list[Shape]:
        raise NotImplementedError

    def setup_axes(self) -> None:
        pass

    def legend_entries(self) -> list[LegendEntry]:
        return []

    def hover_text(self, shape: Shape, loaded=None) -> str:
        """The text for a pointer on ``shape``; ``loaded`` is what ``hover_query`` read for it
        (None while it is being read: the text says "…" there)."""
        raise NotImplementedError

    def hover_query(self, shape: Shape):
        """What the hover of ``shape`` reads from the store, as a function of a ``ChartData``
        that reads only its arguments (the panel runs it in the chart worker); None: nothing."""
        return None

    def filter_for(self, shape: Shape) -> Filter | None:
        return None

    def slug_for(self, shape: Shape) -> str | None:
        return None

    def note(self) -> str:
        return ""

    def default_range(self):
        """((x0, x1), (y0, y1)) for a reset, or None for pyqtgraph's auto range."""
        return None

    # ---- public API -------------------------------------------------------------------------
    def set_filter(self, f: Filter) -> None:
        self.ask(f, self.include_context, self.highlight_slug)

    def set_currency(self, currency: str) -> None:
        self.rate = self.data.display_rate(currency)
        self.redraw(fit="always")    # the old range is in the old currency's units

    def set_log(self, log: bool) -> None:
        self.log = bool(log)
        self.redraw(fit="always")    # the old range is in the other scale's units

    def set_include_context(self, include: bool) -> None:
        self.ask(self.filter, bool(include), self.highlight_slug)

    def set_option(self, name: str, value) -> None:
        self.options[name] = value
        if name in self.QUERY_OPTIONS:
            self.ask(self.filter, self.include_context, self.highlight_slug)
        else:
            self.redraw()

    def highlight(self, slug: str | None) -> None:
        self.ask(self.filter, self.include_context, slug)

    def refresh(self, fit: str = "auto") -> None:
        """Query again for the current filter and options, then redraw (``fit``: see ``redraw``)."""
        self.stale = True
        self.ask(self.filter, self.include_context, self.highlight_slug, fit=fit)

    # ---- loading: a request, read (perhaps in a worker), applied on the UI thread ------------
    def query_options(self) -> tuple:
        return tuple(sorted((k, self.options.get(k)) for k in self.QUERY_OPTIONS))

    def wanted(self, f: Filter, include_context: bool, highlight: str | None) -> ChartRequest:
        """The request that brings what is drawn to this state: the series if the filter, the
        context toggle or a query option differ from what was read (or the data changed), the
        highlight keys if the highlighted initiative differs. Nothing to load: both False."""
        options = self.query_options()
        series = (self.stale or self.series is None
                  or (f, include_context, options) != (self.filter, self.include_context, self.queried_options))
        keys = self.stale or highlight != self.highlight_slug
        return ChartRequest(f, include_context, options, highlight, series, keys)

    def ask(self, f: Filter, include_context: bool, highlight: str | None, fit: str = "auto") -> None:
        """Bring the chart to this state: through the panel's loader (off the UI thread) when
        there is one, else at once."""
        req = self.wanted(f, include_context, highlight)
        if self.loader is not None:
            self.loader(self, req)
        elif req.series or req.keys:
            self.apply(req, self.load(self.data, req), fit)
        else:
            self.redraw(fit="never")

    def load(self, data: ChartData, req: ChartRequest) -> ChartLoad:
        """Read what ``req`` asks for. Thread-safe: reads only its arguments (the panel runs it
        in the query runner's chart worker)."""
        out = ChartLoad()
        if req.series:
            out = ChartLoad(self.query(data, req.filter, req.include_context, dict(req.options)),
                            data.sources_count(req.filter), data.line_rates_verified())
        if req.keys:
            keys = data.initiative_keys(req.highlight) if req.highlight else {}
            out = replace(out, highlight_keys=keys)
        return out

    def apply(self, req: ChartRequest, loaded: ChartLoad, fit: str = "auto") -> None:
        """Show what was loaded for ``req`` (on the UI thread): new data refits the view unless
        the user zoomed by hand (``fit``), a new highlight alone keeps it."""
        if req.series:
            self.stale = False
            self.series, self.n_sources = loaded.series, loaded.n_sources
            self.line_rates_verified = loaded.line_rates_verified
            self.filter, self.include_context, self.queried_options = req.filter, req.include_context, req.options
            self._hover_cache.clear()
            self.hover_generation += 1
        if req.keys:
            self.highlight_slug, self.highlight_keys = req.highlight, loaded.highlight_keys
        self.redraw(fit=fit if req.series else "never")

    def redraw(self, reset_view: bool | None = None, fit: str = "auto") -> None:
        """Draw the series again. ``fit``: "auto" refits the view to the data unless the user
        has zoomed or panned by hand (then the hint offers the way back); "always" refits (a
        change of currency or scale: the old range is in other units); "never" keeps the view
        (a new highlight). ``reset_view`` is the older spelling: True = always, False = never."""
        if reset_view is not None:
            fit = "always" if reset_view else "never"
        if self.series is None:
            return
        shapes = self.build_shapes()
        self.items.set_shapes(shapes)
        self.setup_axes()
        self.legend.set_entries(self.legend_entries())
        self._set_caption(self.caption().lines)
        if fit == "always" or (fit == "auto" and self._user_view is None):
            self.reset_view()

    @property
    def user_zoomed(self) -> bool:
        """Whether a zoom or pan by hand is in force (kept when the data change)."""
        return self._user_view is not None

    def reset_view(self) -> None:
        self._set_user_view(None)
        rng = self.default_range()
        if rng is None:
            self.view.enableAutoRange()
            self.view.autoRange(padding=0.05)
        else:
            (x0, x1), (y0, y1) = rng
            self.view.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _set_user_view(self, view) -> None:
        was = self._user_view is not None
        self._user_view = view
        self.zoom_hint.setVisible(view is not None)
        if was != (view is not None):
            self.zoomChanged.emit(view is not None)

    def _remember_view(self, *_):
        self._set_user_view(self.view.viewRange())

    def _set_caption(self, lines) -> None:
        self.caption_label.setText("\n".join(lines))
        self.caption_line.setText(" · ".join(lines))
        self.caption_line.setToolTip(tooltip("\n".join(lines)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_caption()

    def _fit_caption(self) -> None:
        compact = self.height() < COMPACT_CAPTION_BELOW_PX
        self.caption_label.setVisible(not compact)
        self.caption_line.setVisible(compact)

    def _view_resized(self, *_):
        # The default range leaves room in pixels for the value labels, so it depends on the
        # plot's size; a zoom the user chose is kept as it is. A chart whose content depends
        # on its size (the timeline's rows) is drawn again.
        if self.series is None:
            return
        if self.needs_redraw_on_resize():
            self.redraw(fit="auto")
        elif self._user_view is None:
            self.reset_view()

    def needs_redraw_on_resize(self) -> bool:
        """Whether what is drawn depends on the plot's size and that size changed (override)."""
        return False

    def showEvent(self, ev):  # noqa: N802 - Qt API
        super().showEvent(ev)
        if self.series is not None and self.needs_redraw_on_resize():
            self.redraw(fit="auto")

    def caption(self) -> Caption:
        return caption(self.title, self.filter, self.rate, self.dataset_version, self.n_sources,
                       self.include_context, self.note(), self.line_rates_verified)

    def drawn_shapes(self) -> list[Shape]:
        """The bars, segments and points drawn (with a meaning), for exports and tests."""
        return [s for s in self.items.shapes if s.ref is not None]

    def state(self) -> dict:
        return {"filter": self.filter, "currency": self.rate.currency, "log": self.log,
                "include_context": self.include_context, "options": dict(self.options),
                "highlight": self.highlight_slug, "view": self._user_view}

    def clone(self) -> "BaseChart":
        """A twin with the same data and state, for off-screen export at another size."""
        c = type(self)(self.data, self.dataset_version)
        c.filter, c.rate, c.log, c.include_context = self.filter, self.rate, self.log, self.include_context
        c.options = dict(self.options)
        c.sync_option_widgets()
        c.highlight_slug, c.highlight_keys = self.highlight_slug, self.highlight_keys
        c.queried_options = self.queried_options
        c.series, c.n_sources, c.line_rates_verified = self.series, self.n_sources, self.line_rates_verified
        c.redraw(fit="always")
        c._set_user_view(self._user_view)
        return c

    def sync_option_widgets(self) -> None:
        """Make chart-specific controls show ``self.options`` (override)."""

    def apply_view(self) -> None:
        """Restore a user's zoom (used by the exporter after laying out at the export size)."""
        if self._user_view is not None:
            (x0, x1), (y0, y1) = self._user_view
            self.view.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    # ---- interaction ------------------------------------------------------------------------
    def shape_at_scene(self, pos: QPointF) -> Shape | None:
        return self.items.shape_at(pos)

    def scene_pos_of(self, shape: Shape) -> QPointF:
        centre = shape.rect.center() if shape.kind == "rect" else shape.points[0]
        return self.items.mapToScene(centre)

    def describe(self, shape: Shape) -> str:
        """The whole hover text of ``shape``, its store part read at once if need be (exports,
        tests; the pointer's hover in a panel reads it in the worker: ``show_hover``)."""
        key = id(shape.ref)
        if key not in self._hover_cache:
            query = self.hover_query(shape)
            self._hover_cache[key] = self.hover_text(shape, query(self.data) if query else None)
        return self._hover_cache[key]

    def _on_hover(self, pos) -> None:
        shape = self.items.shape_at(pos)
        if shape is self._hovered:
            return
        self._hovered = shape
        if shape is None:
            QToolTip.hideText()
            return
        self.show_hover(shape)

    def show_hover(self, shape: Shape) -> None:
        """Show the hover text of ``shape`` (the pointer is on it). Text that needs the store
        shows "…" in the part being read, then the whole text once the worker has read it."""
        self._hovered = shape
        key = id(shape.ref)
        query = None if key in self._hover_cache else self.hover_query(shape)
        if query is None or self.hover_loader is None:
            text = self.describe(shape)
        else:
            text = self.hover_text(shape, None)
            self.hover_loader(self, shape, query)
        self._show_hover_text(text)

    def hover_loaded(self, generation: int, shape: Shape, loaded) -> None:
        """What ``hover_query`` read for ``shape``, back from the worker: kept for the next
        hover, and shown if the pointer is still there (dropped if the data changed since)."""
        if generation != self.hover_generation:
            return
        text = self._hover_cache[id(shape.ref)] = self.hover_text(shape, loaded)
        if shape is self._hovered:
            self._show_hover_text(text)

    def hover_failed(self, error: str) -> None:
        """The worker could not read a hover's store part: the hover says so in words (and
        the next hover on that shape tries again)."""
        shape = self._hovered
        if shape is not None and id(shape.ref) not in self._hover_cache:
            self._show_hover_text(self.hover_text(shape, None) + "\n" + error)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        """Keep a shape's hover up when the pointer rests: Qt then sends the plot a tooltip
        event, and the scene, whose items have no tooltips, answered it by hiding the hover
        ~0.7 s after it appeared. Off the shapes the event goes on (a stale tip is hidden)."""
        if event.type() != QEvent.Type.ToolTip or obj is not self.plot.viewport():
            return super().eventFilter(obj, event)
        shape = self.items.shape_at(self.plot.mapToScene(event.pos()))
        if shape is None:
            return super().eventFilter(obj, event)
        if shape is self._hovered and self.last_hover_text:
            self._show_hover_text(self.last_hover_text)
        else:                       # redrawn under a resting pointer: describe what is there now
            self.show_hover(shape)
        return True

    def _show_hover_text(self, text: str) -> None:
        self.last_hover_text = text
        QToolTip.showText(QCursor.pos(), tooltip_html(text), self.plot)

    def _on_click(self, ev) -> None:
        if ev.button() == Qt.MouseButton.RightButton:
            ev.accept()
            self.context_menu().popup(QCursor.pos())
            return
        if ev.button() != Qt.MouseButton.LeftButton or ev.double():
            return
        shape = self.items.shape_at(ev.scenePos())
        if shape is not None:
            self.activate(shape)

    def activate(self, shape: Shape) -> None:
        """What a click on ``shape`` does: select its initiative and/or refine the filter."""
        slug = self.slug_for(shape)
        if slug:
            self.initiativeActivated.emit(slug)
        f = self.filter_for(shape)
        if f is not None and f != self.filter:
            self.filterRequested.emit(f)

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction("Reset view", self.reset_view)
        log = QAction("Logarithmic amount axis", menu, checkable=True, checked=self.log)
        log.toggled.connect(lambda on: self._setting("log", on))
        menu.addAction(log)
        ctx = QAction("Include context figures", menu, checkable=True, checked=self.include_context)
        ctx.toggled.connect(lambda on: self._setting("include_context", on))
        menu.addAction(ctx)
        cur = menu.addMenu("Display currency")
        group = QActionGroup(cur)
        for c in DISPLAY_CURRENCIES:
            a = QAction(c, cur, checkable=True, checked=(c == self.rate.currency))
            a.triggered.connect(lambda _=False, c=c: self._setting("currency", c))
            group.addAction(a)
            cur.addAction(a)
        menu.addSeparator()
        menu.addAction("Copy chart", self.copy_to_clipboard)
        menu.addAction("Export chart…", self._export_requested)
        return menu

    def _setting(self, name: str, value) -> None:
        """A setting changed from the menu: the panel applies it to every chart when there is
        one listening; a chart on its own applies it to itself."""
        if self.receivers(SIGNAL("settingRequested(QString,PyObject)")) > 0:
            self.settingRequested.emit(name, value)
            return
        try:
            {"log": self.set_log, "include_context": self.set_include_context,
             "currency": self.set_currency}[name](value)
        except ChartDataError as exc:
            QToolTip.showText(QCursor.pos(), tooltip_html(str(exc)), self)

    def _export_requested(self) -> None:
        if self.receivers(SIGNAL("exportRequested()")) > 0:
            self.exportRequested.emit()
            return
        from .export_dialog import ExportChartsDialog  # a chart used on its own
        ExportChartsDialog([(self.kind, self.title)], lambda _k: self, self).exec()

    def copy_to_clipboard(self) -> None:
        from .export import render_image
        size = (max(800, self.width()), max(500, self.height()))
        QGuiApplication.clipboard().setImage(render_image(self, *size))
        self.copied.emit()

    # ---- helpers for subclasses -------------------------------------------------------------
    def highlighted(self, dimension: str, key: str) -> bool:
        return key in self.highlight_keys.get(dimension, ())
