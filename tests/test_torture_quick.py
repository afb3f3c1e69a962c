"""The torture script (tools/torture.py) runs, and its JSON says what the table says.

Only the cheap rows run here (``--quick``: two writers for 4 s, 150 fuzzed searches); the
full run, with its figures, is ``python tools/torture.py`` (docs/reliability.md).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "torture.py"


@pytest.fixture(scope="module")
def quick_run():
    r = subprocess.run([sys.executable, str(TOOL), "--quick", "--only", "concurrent,search", "--json",
                        "--seed", "5"], capture_output=True, text=True, timeout=300)
    assert r.returncode in (0, 1), r.stderr[-2000:]     # 1: some row has a non-zero due zero
    return r.returncode, json.loads(r.stdout)


def test_report_has_the_rows_asked_for_with_figures_and_zeros(quick_run):
    rc, report = quick_run
    assert report["quick"] is True and report["seed"] == 5
    assert [r["key"] for r in report["rows"]] == ["concurrent", "search"]
    for row in report["rows"]:
        assert row["counts"] and row["zeros"]
        assert row["pass"] == all(v == 0 for v in row["zeros"].values())
        for f in row["failures"]:
            assert f["count"] >= 1 and f["kind"] and f["example"]
    assert report["pass"] == all(r["pass"] for r in report["rows"])
    assert rc == (0 if report["pass"] else 1)


def test_concurrent_writers_lose_nothing(quick_run):
    _rc, report = quick_run
    row = next(r for r in report["rows"] if r["key"] == "concurrent")
    assert row["counts"]["writers"] == 2 and row["counts"]["acknowledged writes"] > 0
    assert row["zeros"] == {"errors": 0, "lost writes": 0, "integrity failures": 0}
    assert row["failures"] == []


def test_search_row_accounts_for_every_query(quick_run):
    _rc, report = quick_run
    row = next(r for r in report["rows"] if r["key"] == "search")
    assert row["counts"]["queries"] == 150
    assert row["counts"]["refused in words (SearchSyntaxError)"] > 0   # the fuzzer reaches the limits
    slow = ("search over 2 s", "killed: still running")
    internal = sum(f["count"] for f in row["failures"] if not f["kind"].startswith(slow))
    assert internal == row["zeros"]["internal errors"]
    assert len(row["slowest"]) == 5 and all(s["seconds"] >= 0 for s in row["slowest"])


def test_an_unknown_row_is_refused_in_words():
    r = subprocess.run([sys.executable, str(TOOL), "--only", "nope"], capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "unknown row 'nope'" in r.stderr
