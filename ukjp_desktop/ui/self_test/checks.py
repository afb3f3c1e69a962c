"""The checks behind ``--self-test``: exported files that hold a drawing (not merely a valid
header), and chart totals compared with the store's totals reached by another path.

Validators return ``(ok, detail)``; ``detail`` says what was measured, so a failure in the
report names what is wrong ("PNG is blank: 1 colour", "PDF draws nothing: 0 path operators").
They are stricter than ``chart_export.validate``, which checks format, size and resolution only:
a white PNG, an ``<svg/>`` with nothing in it and a PDF page with an empty content stream all
pass that one.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zlib
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QImage

ZERO = Decimal(0)

# A chart image has axes, text, bars or points in several colours, antialiased: hundreds of
# distinct colours and a few per cent of the canvas inked. A blank (or single-colour) canvas
# has one colour; a stray pixel or two must not pass either.
MIN_COLOURS = 16
MIN_INK_SHARE = 0.005          # share of pixels that differ from the most common colour

SVG_SHAPES = frozenset({"path", "rect", "polygon", "polyline", "line", "circle", "ellipse"})
# PDF path construction and painting operators (ISO 32000-1, 8.5.2 and 8.5.3).
PDF_PATH_OPS = frozenset({b"m", b"l", b"c", b"v", b"y", b"re", b"h"})
PDF_PAINT_OPS = frozenset({b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*"})


# ---- images -----------------------------------------------------------------------------------
def image_stats(img: QImage) -> dict:
    """Distinct colours and the share of pixels differing from the most common (background)
    colour, over the whole image."""
    import numpy as np
    img = img.convertToFormat(QImage.Format.Format_ARGB32)
    w, h = img.width(), img.height()
    if w == 0 or h == 0:
        return {"width": w, "height": h, "colours": 0, "ink_share": 0.0}
    bpl = img.bytesPerLine()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=bpl * h).reshape(h, bpl)
    px = np.ascontiguousarray(buf[:, : w * 4]).view(np.uint32).ravel()
    values, counts = np.unique(px, return_counts=True)
    background = int(counts.max())
    return {"width": w, "height": h, "colours": int(len(values)),
            "ink_share": round(1.0 - background / px.size, 5)}


def check_image(img: QImage, min_colours: int = MIN_COLOURS, min_ink: float = MIN_INK_SHARE
                ) -> tuple[bool, str]:
    if img.isNull():
        return False, "not a readable image"
    s = image_stats(img)
    what = f"{s['width']}×{s['height']} px, {s['colours']} colours, {s['ink_share']:.1%} inked"
    if s["colours"] < min_colours or s["ink_share"] < min_ink:
        return False, f"image is blank: {what} (need ≥ {min_colours} colours and ≥ {min_ink:.1%} inked)"
    return True, what


def check_png(path: str | Path, **kw) -> tuple[bool, str]:
    data = Path(path).read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return False, "PNG signature missing"
    img = QImage()
    if not img.loadFromData(data, "PNG"):
        return False, "PNG does not load"
    ok, detail = check_image(img, **kw)
    return ok, ("PNG " + detail) if ok else ("PNG " + detail)


# ---- SVG --------------------------------------------------------------------------------------
def svg_shape_count(root: ET.Element) -> dict[str, int]:
    out: dict[str, int] = {}
    for el in root.iter():
        name = el.tag.rsplit("}", 1)[-1]
        if name in SVG_SHAPES:
            out[name] = out.get(name, 0) + 1
    return out


def check_svg(path: str | Path, min_shapes: int = 1) -> tuple[bool, str]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        return False, f"SVG does not parse: {exc}"
    if root.tag.rsplit("}", 1)[-1] != "svg":
        return False, f"root element is <{root.tag}>, not <svg>"
    shapes = svg_shape_count(root)
    n = sum(shapes.values())
    what = ", ".join(f"{k} {v}" for k, v in sorted(shapes.items())) or "none"
    if n < max(1, min_shapes):
        return False, f"SVG has {n} shape elements ({what}), expected at least {max(1, min_shapes)}"
    return True, f"SVG with {n} shape elements ({what})"


# ---- PDF --------------------------------------------------------------------------------------
_OBJ = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_TEXT_BLOCK = re.compile(rb"\bBT\b.*?\bET\b", re.S)
_STRINGS = re.compile(rb"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>", re.S)


def pdf_objects(data: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    """Object number -> (dictionary text, raw stream bytes or None). Enough of PDF for files
    we write ourselves (no object streams, no cross-reference streams)."""
    out: dict[int, tuple[bytes, bytes | None]] = {}
    starts = list(_OBJ.finditer(data))
    for i, m in enumerate(starts):
        end = data.find(b"endobj", m.end())
        if end < 0:
            end = starts[i + 1].start() if i + 1 < len(starts) else len(data)
        body = data[m.end():end]
        k = re.search(rb"\bstream\r?\n", body)
        if k is None:
            out[int(m.group(1))] = (body, None)
            continue
        stop = body.rfind(b"endstream")
        raw = body[k.end(): stop if stop >= 0 else len(body)]
        out[int(m.group(1))] = (body[:k.start()], raw)
    return out


def _decode(head: bytes, raw: bytes) -> bytes:
    if b"/FlateDecode" in head:
        return zlib.decompressobj().decompress(raw)
    if b"/Filter" in head:
        raise ValueError("unsupported stream filter")
    return raw


def pdf_drawing(data: bytes) -> dict:
    """Pages, and the path and painting operators in their content streams."""
    objs = pdf_objects(data)
    pages = [n for n, (head, _raw) in objs.items() if re.search(rb"/Type\s*/Page(?![a-zA-Z])", head)]
    contents: list[int] = []
    for n in pages:
        head = objs[n][0]
        m = re.search(rb"/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)", head)
        if m:
            contents += [int(x) for x in re.findall(rb"(\d+)\s+\d+\s+R", m.group(1))]
    # Form XObjects a page paints (Qt draws some content through them) count as its content.
    forms = [n for n, (head, raw) in objs.items()
             if raw is not None and re.search(rb"/Subtype\s*/Form", head)]
    path_ops = paint_ops = 0
    errors = []
    for n in contents + forms:
        head, raw = objs.get(n, (b"", None))
        if raw is None:
            continue
        try:
            text = _decode(head, raw)
        except (zlib.error, ValueError) as exc:
            errors.append(f"object {n}: {exc}")
            continue
        text = _STRINGS.sub(b" ", _TEXT_BLOCK.sub(b" ", text))
        tokens = text.split()
        path_ops += sum(1 for t in tokens if t in PDF_PATH_OPS)
        paint_ops += sum(1 for t in tokens if t in PDF_PAINT_OPS)
    return {"pages": len(pages), "content_streams": len(contents), "path_ops": path_ops,
            "paint_ops": paint_ops, "errors": errors}


def check_pdf(path: str | Path, min_path_ops: int = 1) -> tuple[bool, str]:
    data = Path(path).read_bytes()
    if not data.startswith(b"%PDF-"):
        return False, "does not start with %PDF-"
    d = pdf_drawing(data)
    what = (f"{d['pages']} page(s), {d['content_streams']} content stream(s), "
            f"{d['path_ops']} path and {d['paint_ops']} painting operators")
    if d["errors"]:
        return False, f"PDF content stream unreadable: {'; '.join(d['errors'])}"
    if d["pages"] < 1:
        return False, "PDF has no page object"
    if d["path_ops"] < max(1, min_path_ops) or d["paint_ops"] < 1:
        return False, f"PDF draws nothing: {what} (need ≥ {max(1, min_path_ops)} path operators)"
    return True, f"PDF, {what}"


def check_export(path: str | Path, fmt: str, shapes: int | None) -> tuple[bool, str]:
    """The stricter check of one exported chart file; ``shapes`` is the number of data shapes
    the exporter says it drew (each must leave at least one shape element / path operator)."""
    n = int(shapes or 0)
    if fmt == "png":
        return check_png(path)
    if fmt == "svg":
        return check_svg(path, min_shapes=n)
    if fmt == "pdf":
        return check_pdf(path, min_path_ops=n)
    return False, f"unknown format {fmt!r}"


# ---- facet counts on screen -------------------------------------------------------------------
_COUNT = re.compile(r"\(([\d,]+)\)\s*$")


def shown_count(item_text: str) -> int | None:
    """The count a facet item shows, "Quantum  (1,234)" -> 1234."""
    m = _COUNT.search(item_text)
    return int(m.group(1).replace(",", "")) if m else None


# ---- chart totals -----------------------------------------------------------------------------
def drawn_refs(chart) -> list:
    """What the chart's drawn data shapes stand for (bars, segments, points)."""
    return [s.ref for s in chart.items.shapes if s.ref is not None]


def plotted(chart) -> dict:
    """The money a bar chart draws (sum of its segments' exact GBP, each once), what its
    caption says is left out, and for the timeline the initiatives drawn."""
    from ...core.chart_series import Segment
    refs = drawn_refs(chart)
    if chart.kind == "timeline":
        items = {}
        for ref in refs:
            if isinstance(ref, tuple) and ref:
                items[ref[0].slug] = ref[0]
        return {"shapes": len(refs), "items": items,
                "drawn_gbp": sum((it.total_gbp for it in items.values()), ZERO), "omitted_gbp": ZERO}
    segs = {}
    for ref in refs:
        if isinstance(ref, tuple) and len(ref) == 2 and isinstance(ref[1], Segment):
            cat, seg = ref
            segs[(cat.key, seg.side, seg.scope)] = seg.gbp
    omitted = getattr(chart.series, "omitted", ZERO) or ZERO
    return {"shapes": len(refs), "segments": len(segs), "drawn_gbp": sum(segs.values(), ZERO),
            "omitted_gbp": omitted}


def expected(kind: str, ref, f, include_context: bool = False, timeline_slugs=()) -> Decimal:
    """The store's total for what chart ``kind`` plots, from ``ref`` (a Catalog answering by
    SQL, not the window's): sector bars count an initiative in each of its sectors; the year
    bars and the organisation bars (drawn + left out) add up to all money under the filter;
    UK vs Japan shows those two sides only; the timeline's initiatives carry the list's totals."""
    if kind == "sector":
        return sum((v for _b, _s, v in ref.funding_by("sector", f, include_context)), ZERO)
    if kind == "uk-vs-japan":
        return sum((v for _b, s, v in ref.funding_by("sector", f, include_context) if s in ("UK", "Japan")), ZERO)
    if kind in ("year", "organisation"):
        return sum(ref.funding_totals(f, include_context).values(), ZERO)
    if kind == "timeline":
        wanted = set(timeline_slugs)
        return sum((r.total_gbp for r in ref.list(f, limit=None) if r.slug in wanted), ZERO)
    raise ValueError(f"unknown chart {kind!r}")


def check_chart(kind: str, chart, ref, f) -> dict:
    """One chart of the window's panel against the store: it shows ``f``, draws shapes, and
    its plotted total equals the store's (exact Decimals)."""
    problems = []
    if chart.filter != f:
        problems.append(f"shows filter {chart.filter.describe()!r}, the window {f.describe()!r}")
    p = plotted(chart)
    out = {"kind": kind, "shapes": p["shapes"]}
    if p["shapes"] == 0:
        problems.append("no shapes drawn")
    if kind == "timeline":
        from ..charts.timeline import LIMIT
        s = chart.series
        n = ref.count(f)
        items = p["items"]
        total_gbp = p["drawn_gbp"]
        want = expected(kind, ref, f, timeline_slugs=items)
        out.update(initiatives=len(items), dated=s.total_count, undated=s.undated, expected_initiatives=n)
        if s.total_count + s.undated != n:
            problems.append(f"{s.total_count} dated + {s.undated} undated ≠ {n} listed")
        if len(s.items) != min(LIMIT, s.total_count):
            problems.append(f"{len(s.items)} initiatives in the series, expected {min(LIMIT, s.total_count)}")
        # On screen the chart may draw only the rows that fit (the best-funded); each one drawn
        # must be one of the series' and carry the list's total.
        series_slugs = {it.slug for it in s.items}
        strays = sorted(set(items) - series_slugs)
        if strays:
            problems.append(f"drawn initiatives not in the series: {', '.join(strays[:5])}")
        series_gbp = sum((it.total_gbp for it in s.items), ZERO)
        series_want = expected(kind, ref, f, timeline_slugs=series_slugs)
        out.update(series_gbp=str(series_gbp), series_expected_gbp=str(series_want))
        if series_gbp != series_want:
            problems.append(f"series £{series_gbp} ≠ list £{series_want} for its initiatives")
    else:
        total_gbp = p["drawn_gbp"] + p["omitted_gbp"]
        want = expected(kind, ref, f, chart.include_context)
        out.update(segments=p["segments"], drawn_gbp=str(p["drawn_gbp"]), omitted_gbp=str(p["omitted_gbp"]))
    out.update(total_gbp=str(total_gbp), expected_gbp=str(want))
    if total_gbp != want:
        problems.append(f"plotted £{total_gbp} ≠ store £{want}")
    out["ok"] = not problems
    if problems:
        out["problems"] = problems
    return out


def list_totals_agree(ref, f) -> dict:
    """The list's per-initiative totals (denormalised columns) against the funding-line
    aggregate the charts use, both with context money: two paths to the same pence."""
    rows = ref.list(f, limit=None)
    by_side = ref.funding_totals(f, include_context=True)
    got = {"total": sum((r.total_gbp for r in rows), ZERO), "UK": sum((r.uk_gbp for r in rows), ZERO),
           "Japan": sum((r.japan_gbp for r in rows), ZERO)}
    want = {"total": sum(by_side.values(), ZERO), "UK": by_side.get("UK", ZERO),
            "Japan": by_side.get("Japan", ZERO)}
    return {"initiatives": len(rows), "list_gbp": {k: str(v) for k, v in got.items()},
            "lines_gbp": {k: str(v) for k, v in want.items()}, "ok": got == want}
