"""``chart KIND --output FILE``: render a chart headlessly to PNG, SVG or PDF.

Qt is imported only when the command runs (the rest of the command line stays Qt-free); with
no display, Qt's offscreen platform is used. Mistakes end in one line and a non-zero exit.
"""
from __future__ import annotations

import os
from pathlib import Path

from .common import EXIT_USAGE, CliError, add_filters, filter_from, with_library

KINDS = ("sector", "year", "uk-vs-japan", "timeline", "organisation")   # = ui.charts.CHART_KINDS
FORMATS = ("png", "svg", "pdf")


def register(sub) -> None:
    sp = sub.add_parser("chart", help="render a chart to PNG, SVG or PDF (no display needed)",
                               description="Render one chart over the filtered initiatives, with its "
                                           "caption (filter, currency basis, dataset version, sources).")
    # Checked by hand, not with choices=, so a bad kind is one line rather than usage + error.
    sp.add_argument("chart_kind", metavar="KIND", help=f"one of: {', '.join(KINDS)}")
    sp.add_argument("--output", "-o", required=True, metavar="FILE")
    sp.add_argument("--format", choices=FORMATS, help="default: from the file name's extension")
    sp.add_argument("--width", type=float, default=None, metavar="W", help="default 1200 px / 180 mm")
    sp.add_argument("--height", type=float, default=None, metavar="H", help="default 750 px / 112 mm")
    sp.add_argument("--unit", choices=("px", "mm"), default="px", help="unit of --width/--height")
    sp.add_argument("--dpi", type=float, default=96.0, metavar="D", help="PNG resolution (default 96)")
    sp.add_argument("--currency", choices=("GBP", "JPY", "USD"), default="GBP", type=str.upper)
    sp.add_argument("--log", action="store_true", help="logarithmic amount axis")
    sp.add_argument("--context", action="store_true",
                    help="add context figures (national strategies, third-party subsidies)")
    sp.add_argument("--cumulative", action="store_true", help="year chart: add the cumulative line")
    sp.add_argument("--by", choices=("sector", "initiative"), default="sector",
                    help="uk-vs-japan chart: compare per sector or per initiative")
    sp.add_argument("--highlight", metavar="SLUG", help="highlight one initiative")
    add_filters(sp)
    sp.set_defaults(func=with_library(run_chart))


def _ensure_qt_app():
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..ui import pyside_import_check
    pyside_import_check.install()   # pyqtgraph's ~270 modules follow
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication(["ukjp-desktop"])


def run_chart(lib, args) -> int:
    if args.chart_kind not in KINDS:
        raise CliError(f"unknown chart {args.chart_kind!r}; choose from {', '.join(KINDS)}", EXIT_USAGE)
    out = Path(args.output).expanduser()
    fmt = args.format or out.suffix.lstrip(".").lower() or "png"
    if fmt not in FORMATS:
        raise CliError(f"cannot tell the format from {out.name!r}; pass --format png, svg or pdf", EXIT_USAGE)
    if not out.parent.is_dir():
        raise CliError(f"cannot write {out}: folder {out.parent} does not exist")
    if not os.access(out.parent, os.W_OK):
        raise CliError(f"cannot write {out}: folder {out.parent} is not writable")
    if out.is_dir():
        raise CliError(f"cannot write {out}: it is a folder")
    width = args.width or (180.0 if args.unit == "mm" else 1200.0)
    height = args.height or (112.0 if args.unit == "mm" else 750.0)
    if width <= 0 or height <= 0 or args.dpi <= 0:
        raise CliError("--width, --height and --dpi must be positive", EXIT_USAGE)
    f = filter_from(args)
    _app = _ensure_qt_app()
    from ..store.chart_data import ChartData, ChartDataError
    from ..ui.charts import chart_class
    from ..ui.charts.export import ChartExportError, export_chart
    data = ChartData(lib.catalog)
    chart = chart_class(args.chart_kind)(data, lib.dataset_version or "")
    try:
        chart.rate = data.display_rate(args.currency)
    except ChartDataError as exc:
        raise CliError(str(exc)) from None
    chart.log, chart.include_context = args.log, args.context
    chart.options.update({"cumulative": args.cumulative, "by": args.by})
    chart.sync_option_widgets()
    if args.highlight:
        chart.highlight_slug = args.highlight
        chart.highlight_keys = data.initiative_keys(args.highlight)
        if not chart.highlight_keys:
            raise CliError(f"no initiative with slug {args.highlight!r} to highlight", EXIT_USAGE)
    chart.set_filter(f)
    try:
        result = export_chart(chart, out, fmt, width, height, args.unit, args.dpi)
    except ChartExportError as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {out}: {chart.title}, {f.describe()} — {result['detail']}")
    return 0

