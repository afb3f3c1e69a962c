import json

import pandas as pd
import pytest
from openpyxl import load_workbook

import export_oracle
from ukjp_desktop.core.export import COLUMNS, ExportError, RowBatch, write_json, write_table
from ukjp_desktop.core.filters import Filter

pytestmark = pytest.mark.both_engines


@pytest.fixture(scope="module")
def details(catalog):
    return [catalog.detail(r.slug) for r in catalog.list(Filter(), limit=None)]


def _expected_rows(details):
    return sum(max(1, len(d.funding)) for d in details)


def _cells(path):
    """Every sheet's cells as (value, type), read back by openpyxl."""
    wb = load_workbook(path)
    return {ws.title: [[(c.value, c.data_type if c.value is not None else None) for c in row]
                       for row in ws.iter_rows()] for ws in wb.worksheets}


def test_csv_round_trips_through_pandas(catalog, details, tmp_path):
    path = tmp_path / "list.csv"
    n = write_table(catalog.export_rows(Filter()), path, "csv")
    frame = pd.read_csv(path)
    assert n == len(frame) == _expected_rows(details)
    assert list(frame.columns) == list(COLUMNS)
    jst = frame[(frame.slug == "uk-japan-quantum-joint-projects") & (frame.side == "Japan")].iloc[0]
    assert (jst.amount, jst.currency, jst.qualifier, jst.amount_gbp) == (5200000, "GBP", "just_over", 5200000)
    assert "just over £5.2 million" in jst.citation and "characters" in jst.citation


def test_xlsx_opens_with_expected_rows_and_columns(catalog, details, tmp_path):
    path = tmp_path / "list.xlsx"
    write_table(catalog.export_rows(Filter()), path, "xlsx", {"filter": "all initiatives"})
    wb = load_workbook(path, read_only=True)
    rows = list(wb["Initiatives"].iter_rows(values_only=True))
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) - 1 == _expected_rows(details)
    tsmc = next(r for r in rows[1:] if r[0] == "tsmc-japan-subsidy")
    record = dict(zip(COLUMNS, tsmc))
    assert record["amount"] == 476000000000 and record["currency"] == "JPY"
    assert record["rate_units_per_gbp"] and "Bank of England" in record["rate_source"]
    assert list(wb["About"].iter_rows(values_only=True)) == [("filter", "all initiatives")]


FILTERS = [(Filter(), "announced", None), (Filter(text="quantum"), "relevance", None),
           (Filter(sectors=frozenset({"semiconductors"})), "name", None),
           (Filter(), "total_gbp", ["citation", "amount", "slug", "rate_units_per_gbp"])]


@pytest.mark.parametrize("f, sort, cols", FILTERS)
def test_flat_rows_write_the_files_the_whole_records_wrote(catalog, tmp_path, f, sort, cols):
    """The flat, batched export writes what the export from whole records wrote (the oracle
    is that code, kept in tests/export_oracle.py): the same CSV bytes, the same XLSX cells."""
    cols = cols or list(COLUMNS)
    meta = {"filter": f.describe(), "sort": sort}
    records = list(catalog.details(f, sort))
    assert records
    n = export_oracle.write_csv(records, tmp_path / "old.csv", cols)
    assert write_table(catalog.export_rows(f, sort, batch=4), tmp_path / "new.csv", "csv", meta, cols) == n
    assert (tmp_path / "new.csv").read_bytes() == (tmp_path / "old.csv").read_bytes()
    export_oracle.write_xlsx(records, tmp_path / "old.xlsx", meta, cols)
    write_table(catalog.export_rows(f, sort, batch=4), tmp_path / "new.xlsx", "xlsx", meta, cols)
    assert _cells(tmp_path / "new.xlsx") == _cells(tmp_path / "old.xlsx")


@pytest.fixture(scope="module")
def demo_catalog(tmp_path_factory):
    """A small synthetic demo database (store/demo.py): contributors, rates and excerpts
    shaped like the 100k one the benchmarks export."""
    from ukjp_desktop.store.catalog import Catalog
    from ukjp_desktop.store.database import open_database
    from ukjp_desktop.store.demo import COMMON_TERM, write_demo_database
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo_database(path, 400, seed=11)
    opened = open_database(path, migrate=False)
    yield Catalog(opened.engine), COMMON_TERM
    opened.engine.dispose()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_flat_rows_equal_the_whole_records_on_a_demo_database(demo_catalog, tmp_path, fmt):
    catalog, term = demo_catalog
    for f in (Filter(), Filter(text=term)):
        records = list(catalog.details(f))
        assert records
        old, new = tmp_path / f"old.{fmt}", tmp_path / f"new.{fmt}"
        if fmt == "csv":
            n = export_oracle.write_csv(records, old)
        else:
            n = export_oracle.write_xlsx(records, old, {"filter": f.describe()})
        assert write_table(catalog.export_rows(f, batch=64), new, fmt, {"filter": f.describe()}) == n
        if fmt == "csv":
            assert new.read_bytes() == old.read_bytes()
        else:
            assert _cells(new) == _cells(old)


def test_export_rows_come_a_batch_of_initiatives_at_a_time(catalog, details):
    batches = list(catalog.export_rows(Filter(), batch=3))
    assert len(batches) == -(-len(details) // 3) and all(b.initiatives <= 3 for b in batches)
    assert sum(b.initiatives for b in batches) == len(details)
    whole = list(catalog.export_rows(Filter(), batch=10**6))
    assert len(whole) == 1 and [r for b in batches for r in b.rows] == whole[0].rows
    assert len(whole[0].rows) == _expected_rows(details)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_writer_takes_batches_as_they_come_and_a_failure_midway_leaves_nothing(catalog, tmp_path, fmt):
    """The writer asks for a batch only after writing the one before (so a window's export
    shows progress and can be cancelled between batches), and an error from the reader
    (a cancel raises one) removes the partial file."""
    written = []

    def batches():
        for i, b in enumerate(catalog.export_rows(Filter(), batch=5)):
            written.append(i)
            if i == 2:
                raise KeyboardInterrupt   # what a cancel raises, in effect
            yield b
    with pytest.raises(KeyboardInterrupt):
        write_table(batches(), tmp_path / f"x.{fmt}", fmt)
    assert written == [0, 1, 2]
    assert list(tmp_path.iterdir()) == []


def test_a_list_longer_than_a_sheet_is_refused_in_words_not_cut(catalog, details, tmp_path, monkeypatch):
    from ukjp_desktop.core import export
    monkeypatch.setattr(export, "XLSX_MAX_ROWS", _expected_rows(details) - 1)
    with pytest.raises(ExportError, match="at most .* rows .* export it as CSV"):
        write_table(catalog.export_rows(Filter(), batch=7), tmp_path / "x.xlsx", "xlsx")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(export, "XLSX_MAX_ROWS", _expected_rows(details))
    assert write_table(catalog.export_rows(Filter(), batch=7), tmp_path / "x.xlsx", "xlsx") == _expected_rows(details)


def test_json_export_has_meta_and_initiatives(details, tmp_path):
    path = tmp_path / "list.json"
    write_json(details, path, {"dataset_version": "x"})
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["meta"] == {"dataset_version": "x"}
    assert len(data["initiatives"]) == len(details)


def test_failed_export_leaves_no_partial_file(catalog, tmp_path, monkeypatch):
    from ukjp_desktop.core import export

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(export, "_write_csv", boom)
    with pytest.raises(ExportError) as err:
        write_table(catalog.export_rows(Filter()), tmp_path / "x.csv", "csv")
    assert "No space left on device" in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_only_on_success(catalog, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("previous")
    for fmt, cols in (("pdf", None), ("json", None), ("csv", ["slug", "nonsense"]), ("csv", [])):
        with pytest.raises(ExportError):
            write_table(catalog.export_rows(Filter()), path, fmt, columns=cols)
    assert path.read_text() == "previous"


HOSTILE = ["=HYPERLINK(\"http://x.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1"]


def _hostile_batch(catalog):
    base = next(r for r in next(iter(catalog.export_rows(Filter()))).rows if r[COLUMNS.index("amount")] != "")
    at_slug, at_name = COLUMNS.index("slug"), COLUMNS.index("name")

    def hostile(i, name):
        row = list(base)
        row[at_slug], row[at_name] = f"hostile-{i}", name
        return tuple(row)
    return RowBatch(len(HOSTILE), [hostile(i, name) for i, name in enumerate(HOSTILE)])


def test_csv_cells_that_would_run_as_formulas_are_neutralised(catalog, details, tmp_path):
    import csv
    path = tmp_path / "list.csv"
    plain = next(iter(catalog.export_rows(Filter(), batch=3)))
    write_table([_hostile_batch(catalog), plain], path, "csv")
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    names = [r["name"] for r in rows if r["slug"].startswith("hostile-")]
    assert sorted(set(names)) == sorted("'" + n for n in HOSTILE)     # a leading apostrophe each
    assert all(not v.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for v in r.values())
    first = next(r for r in rows if r["slug"] == details[0].slug)
    assert first["name"] == details[0].name                              # ordinary text untouched
    assert int(float(first["amount"] or 0)) >= 0                         # numbers stay numbers


def test_xlsx_keeps_formula_like_text_as_string_cells(catalog, tmp_path):
    path = tmp_path / "list.xlsx"
    write_table([_hostile_batch(catalog)], path, "xlsx", {"search": "=1+1"})
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
def test_exports_get_the_umask_mode_not_mkstemps_0600(catalog, details, tmp_path, fmt):
    import os
    from ukjp_desktop.core.file_modes import UMASK
    path = tmp_path / f"list.{fmt}"
    if fmt == "json":
        write_json(details[:2], path)
    else:
        write_table(catalog.export_rows(Filter(), batch=2), path, fmt)
    assert os.stat(path).st_mode & 0o777 == 0o666 & ~UMASK
