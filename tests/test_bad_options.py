"""Bad options get one plain line and exit status 1 or 2, never an internal error (issue 13, #5)."""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from ukjp_desktop.core.filters import Filter, FilterError

CLI = [sys.executable, "-m", "ukjp_desktop"]


@pytest.mark.parametrize("value", ["1e30", "-5", "Infinity"])
def test_gbp_bounds_outside_any_real_figure_are_refused_in_words(value):
    with pytest.raises(FilterError, match="is not a GBP figure"):
        Filter(gbp_min=Decimal(value))


@pytest.mark.parametrize("args", [["list", "--min-gbp", "1e30"], ["list", "--max-gbp", "1e30"]])
def test_huge_amount_options_give_one_line(built_db, args):
    r = subprocess.run(CLI + ["--db", str(built_db), *args], capture_output=True, text=True, timeout=120)
    assert r.returncode in (1, 2)
    [line] = r.stderr.strip().splitlines()
    assert "unexpected" not in line and "GBP figure" in line


@pytest.mark.parametrize("args, words", [
    (["list", "--limit", str(10 ** 30)], "is not between 0 and 1,000,000,000"),
    (["list", "--offset", "-1"], "is not between"),
    (["list", "--search", "\udcff\udcfe"], "is not valid UTF-8 text"),
])
def test_out_of_range_counts_and_non_utf8_arguments_give_one_line(built_db, args, words):
    import os
    argv = [os.fsencode(a) for a in CLI + ["--db", str(built_db), *args]]
    r = subprocess.run(argv, capture_output=True, timeout=120)
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 2 and words in err, err
    assert "unexpected" not in err and "Traceback" not in err


def test_a_path_the_system_refuses_is_one_line(tmp_path):
    r = subprocess.run(CLI + ["--db", "x" * 300, "show", "foo"], capture_output=True, text=True,
                       timeout=120, cwd=tmp_path)
    assert r.returncode == 1
    [line] = r.stderr.strip().splitlines()
    assert "unexpected" not in line and "too long" in line.lower()
