import json

import pandas as pd
import pytest
from openpyxl import load_workbook

from ukjp_desktop.core.export import COLUMNS, ExportError, write_export
from ukjp_desktop.core.filters import Filter

pytestmark = pytest.mark.both_engines


@pytest.fixture(scope="module")
def details(catalog):
    return [catalog.detail(r.slug) for r in catalog.list(Filter(), limit=None)]


def _expected_rows(details):
    return sum(max(1, len(d.funding)) for d in details)


def test_csv_round_trips_through_pandas(details, tmp_path):
    path = tmp_path / "list.csv"
    n = write_export(details, path, "csv")
    frame = pd.read_csv(path)
    assert n == len(frame) == _expected_rows(details)
    assert list(frame.columns) == list(COLUMNS)
    jst = frame[(frame.slug == "uk-japan-quantum-joint-projects") & (frame.side == "Japan")].iloc[0]
    assert (jst.amount, jst.currency, jst.qualifier, jst.amount_gbp) == (5200000, "GBP", "just_over", 5200000)
    assert "just over £5.2 million" in jst.citation and "characters" in jst.citation


def test_xlsx_opens_with_expected_rows_and_columns(details, tmp_path):
    path = tmp_path / "list.xlsx"
    write_export(details, path, "xlsx", {"filter": "all initiatives"})
    wb = load_workbook(path, read_only=True)
    rows = list(wb["Initiatives"].iter_rows(values_only=True))
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) - 1 == _expected_rows(details)
    tsmc = next(r for r in rows[1:] if r[0] == "tsmc-japan-subsidy")
    record = dict(zip(COLUMNS, tsmc))
    assert record["amount"] == 476000000000 and record["currency"] == "JPY"
    assert record["rate_units_per_gbp"] and "Bank of England" in record["rate_source"]
    assert list(wb["About"].iter_rows(values_only=True)) == [("filter", "all initiatives")]


def test_json_export_has_meta_and_initiatives(details, tmp_path):
    path = tmp_path / "list.json"
    write_export(details, path, "json", {"dataset_version": "x"})
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["meta"] == {"dataset_version": "x"}
    assert len(data["initiatives"]) == len(details)


def test_failed_export_leaves_no_partial_file(details, tmp_path, monkeypatch):
    from ukjp_desktop.core import export

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")
    monkeypatch.setitem(export._WRITERS, "csv", boom)
    with pytest.raises(ExportError) as err:
        write_export(details, tmp_path / "x.csv", "csv")
    assert "No space left on device" in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_only_on_success(details, tmp_path):
    path = tmp_path / "x.json"
    path.write_text("previous")
    with pytest.raises(ExportError):
        write_export(details, path, "pdf")
    assert path.read_text() == "previous"


HOSTILE = ["=HYPERLINK(\"http://x.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1"]


def _hostile_details(details):
    import dataclasses
    base = next(d for d in details if d.funding)
    return [dataclasses.replace(base, slug=f"hostile-{i}", name=name) for i, name in enumerate(HOSTILE)]


def test_csv_cells_that_would_run_as_formulas_are_neutralised(details, tmp_path):
    import csv
    path = tmp_path / "list.csv"
    write_export(_hostile_details(details) + details[:3], path, "csv")
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = [r["name"] for r in rows if r["slug"].startswith("hostile-")]
    assert sorted(set(names)) == sorted("'" + n for n in HOSTILE)     # a leading apostrophe each
    assert all(not v.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for v in r.values())
    plain = next(r for r in rows if r["slug"] == details[0].slug)
    assert plain["name"] == details[0].name                              # ordinary text untouched
    assert int(float(plain["amount"] or 0)) >= 0                         # numbers stay numbers


def test_xlsx_keeps_formula_like_text_as_string_cells(details, tmp_path):
    path = tmp_path / "list.xlsx"
    write_export(_hostile_details(details), path, "xlsx", {"search": "=1+1"})
    wb = load_workbook(path)
    ws = wb["Initiatives"]
    name_col = list(COLUMNS).index("name") + 1
    cells = [ws.cell(row=r, column=name_col) for r in range(2, ws.max_row + 1)]
    # shown as written, with no apostrophe (XML reads a carriage return as a line feed)
    assert {c.value for c in cells} == {h.replace("\r", "\n") for h in HOSTILE}
    assert {c.data_type for c in cells} == {"s"}                        # a string, never a formula
    about = wb["About"]
    assert (about.cell(row=1, column=2).value, about.cell(row=1, column=2).data_type) == ("=1+1", "s")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_exports_get_the_umask_mode_not_mkstemps_0600(details, tmp_path, fmt):
    import os
    from ukjp_desktop.core.file_modes import UMASK
    path = tmp_path / f"list.{fmt}"
    write_export(details[:2], path, fmt)
    assert os.stat(path).st_mode & 0o777 == 0o666 & ~UMASK
