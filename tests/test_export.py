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
