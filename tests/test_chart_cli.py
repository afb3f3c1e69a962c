"""`ukjp-desktop chart KIND --output FILE`: valid files with no display; one-line errors."""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ukjp_desktop.cli.charts import KINDS
from ukjp_desktop.cli import main
from ukjp_desktop.ui.charts.export import pdf_page_count
from ukjp_desktop.ui.charts import CHART_KINDS

pytestmark = pytest.mark.both_engines

ROOT = Path(__file__).resolve().parent.parent


def test_kinds_match_the_chart_registry():
    assert KINDS == CHART_KINDS


@pytest.mark.parametrize("kind,fmt", [("sector", "png"), ("year", "svg"), ("uk-vs-japan", "pdf"),
                                      ("timeline", "png"), ("organisation", "svg")])
def test_writes_valid_files(built_db, tmp_path, capsys, kind, fmt):
    out = tmp_path / f"chart.{fmt}"
    rc = main(["--db", str(built_db), "chart", kind, "--output", str(out), "--width", "900",
               "--height", "560", "--dpi", "150", "--currency", "USD", "--sector", "semiconductors",
               "--context"])
    assert rc == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"wrote {out}") and "\n" not in line
    if fmt == "png":
        img = QImage(str(out))
        assert (img.width(), img.height()) == (900, 560)
        assert round(img.dotsPerMeterX() * 0.0254) == 150
    elif fmt == "svg":
        text = out.read_text(encoding="utf-8")
        ET.fromstring(text)
        assert "sector: semiconductors" in text and "Amounts in USD" in text
    else:
        raw = out.read_bytes()
        assert raw.startswith(b"%PDF") and pdf_page_count(raw) == 1


def test_options_reach_the_chart(built_db, tmp_path):
    out = tmp_path / "x.svg"
    assert main(["--db", str(built_db), "chart", "uk-vs-japan", "--by", "initiative", "--log",
                 "--highlight", "uk-japan-quantum-joint-projects", "--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "UK–Japan joint quantum research projects" in text and "Logarithmic amount axis" in text


@pytest.mark.parametrize("argv,code,message", [
    (["chart", "pie", "--output", "{tmp}/x.png"], 2, "unknown chart 'pie'"),
    (["chart", "sector", "--output", "{tmp}/no/such/folder/x.png"], 1, "does not exist"),
    (["chart", "sector", "--output", "{file}/x.png"], 1, "cannot write"),
    (["chart", "sector", "--output", "{tmp}/x.gif"], 2, "cannot tell the format"),
    (["chart", "sector", "--output", "{tmp}/x.png", "--from", "2025", "--to", "2020"], 2, "year range is empty"),
    (["chart", "sector", "--output", "{tmp}/x.png", "--highlight", "nope"], 2, "no initiative"),
])
def test_errors_are_one_line_and_non_zero(built_db, tmp_path, capsys, argv, code, message):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    argv = [a.format(tmp=tmp_path, file=a_file) for a in argv]
    rc = main(["--db", str(built_db)] + argv)
    err = capsys.readouterr().err
    assert rc == code
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_headless_in_a_fresh_process(built_db, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "t.pdf"
    r = subprocess.run([sys.executable, "-m", "ukjp_desktop", "--db", str(built_db), "chart",
                        "timeline", "--output", str(out), "--width", "160", "--height", "100",
                        "--unit", "mm"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_importing_the_command_loads_no_qt():
    code = ("import sys, ukjp_desktop.cli.charts; "
            "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "False", r.stderr
