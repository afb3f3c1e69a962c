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
