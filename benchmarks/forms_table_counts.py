"""How many of the generated money forms the reader gets right (the figure in docs/import.md, round 7).

    python benchmarks/forms_table_counts.py [--show N]

Prints the pass and fail counts of tests/money_forms_generated.py and, with --show, the first N failures
with what the reader returned. Run it on an older commit to count the forms that failed before.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from money_forms_generated import FORMS, NOT_MONEY, failures  # noqa: E402
from ukjp_desktop.core.extract.money import find_money  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="list the first N failures")
    args = ap.parse_args()
    bad = failures(find_money)
    read = [s for s in NOT_MONEY if find_money(s)]
    print(f"money forms: {len(FORMS) - len(bad)} of {len(FORMS)} read exactly, {len(bad)} not")
    print(f"look-alikes read as money: {len(read)} of {len(NOT_MONEY)}")
    for form, why in bad[:args.show]:
        print(f"  {form.id!r}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
