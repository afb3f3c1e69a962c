"""Table import (issue 16): readers, cells, mapping, the one-transaction writer, undo, the CLI."""
from __future__ import annotations

import argparse
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.table_fixtures import GTR_ROWS, formula_xlsx, gtr_csv, kaken_csv, two_sheet_xlsx
from ukjp_desktop.core.extract.organisations import default_gazetteer
from ukjp_desktop.core.tables.cells import CellError, header_money, parse_amount_cell, parse_date_cell
from ukjp_desktop.core.tables.mapping import SavedMappings
from ukjp_desktop.store.integrity import check
from ukjp_desktop.core.tables.prepare import prepare
from ukjp_desktop.core.tables.reading import TableError, read_table
from ukjp_desktop.store.importer import ImportRejected, undo_import
from ukjp_desktop.store.models import (Excerpt, FundingLine, Initiative, InitiativeDate, Meta,
                                       Organisation, Source, TableRow)
from ukjp_desktop.store.table_import import (TablePlan, import_table, list_table_imports, match_rows,
                                             row_for_excerpt, undo_table_import)
from ukjp_desktop.cli.tables import register as add_table_parser, run_table_import

pytestmark = pytest.mark.both_engines

GAZ = default_gazetteer()


def counts(engine) -> dict[str, int]:
    """Rows per table; meta without ``import_last`` (the import numbers' high-water mark, which
    an undo leaves so that numbers are never reused)."""
    with engine.connect() as c:
        out = {m.__name__: c.execute(select(func.count()).select_from(m)).scalar()
               for m in (Source, Initiative, FundingLine, Excerpt, InitiativeDate, Organisation, TableRow)}
        out["Meta"] = c.execute(select(func.count()).select_from(Meta).where(Meta.key != "import_last")).scalar()
    return out


def cli(lib, *argv) -> int:
    p = argparse.ArgumentParser()
    add_table_parser(p.add_subparsers(dest="command"))
    return run_table_import(lib, p.parse_args(["import-table", *argv]))


# --- cells -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount, currency", [
    ("1,250,000", "1250000", None), ("£1.25m", "1250000", "GBP"), ("JPY 5,000", "5000", "JPY"),
    ("5,000千円", "5000000", "JPY"), ("1億2,000万円", "120000000", "JPY"), ("１２３", "123", None),
    ("2500.50", "2500.5", None)])
def test_amount_cells_are_exact(text, amount, currency):
    got = parse_amount_cell(text)
    assert (got.amount, got.currency) == (Decimal(amount), currency)
    assert isinstance(got.amount, Decimal)


def test_amount_cells_that_are_not_amounts():
    for text in ("TBC", "(1,200)", "about a million"):
        with pytest.raises(CellError):
            parse_amount_cell(text)


@pytest.mark.parametrize("header, currency, unit", [
    ("Award (£)", "GBP", None), ("AwardPounds", "GBP", None), ("金額（千円）", "JPY", "thousands"),
    ("Budget (Thousand Yen)", "JPY", "thousands"), ("Neuroscience", None, None)])
def test_header_states_currency_and_unit(header, currency, unit):
    assert (header_money(header).currency, header_money(header).unit) == (currency, unit)


@pytest.mark.parametrize("text, value", [
    ("令和5年4月1日", "2023-04-01"), ("令和元年5月1日", "2019-05-01"), ("平成30年度", "2018"),
    ("昭和64年1月7日", "1989-01-07"), ("R5.4.1", "2023-04-01"), ("2023/04/01", "2023-04-01"),
    ("2023年4月1日", "2023-04-01"), ("01/04/2023", "2023-04-01"), ("45017", "2023-04-01"),
    ("2023", "2023"), ("1 Apr 2023", "2023-04-01")])
def test_dates_in_cells(text, value):
    assert parse_date_cell(text)[0].value == value


# --- readers ---------------------------------------------------------------------------------

def test_gtr_csv_is_recognised_and_mapped(tmp_path):
    p = prepare(gtr_csv(tmp_path), gazetteer=GAZ)
    assert p.preset.key == "gtr" and p.table.encoding == "utf-8" and p.table.delimiter == ","
    assert p.mapping["AwardPounds"] == "amount" and p.mapping["LeadROName"] == "lead"
    rows = p.rows()
    first = rows[0]
    assert (first.amount, first.currency, first.side) == (Decimal(1250000), "GBP", "UK")
    assert first.funder.slug == "epsrc" and first.start.value == "2023-04-01"
    bad = rows[2]
    assert bad.blocked
    assert "gtr.csv, cell H4: 'TBC' is not an amount" in [x.message for x in bad.problems]
    assert any("ends (2023-12-31) before it starts" in x.message for x in bad.problems)


def test_japanese_cp932_csv_with_thousands_of_yen_and_era_dates(tmp_path):
    p = prepare(kaken_csv(tmp_path), gazetteer=GAZ)
    assert p.table.encoding == "cp932" and p.preset.key == "kaken"
    rows = p.rows()
    assert rows[0].title == "量子センシングの日英共同研究"
    assert (rows[0].amount, rows[0].currency, rows[0].unit) == (Decimal(17_160_000), "JPY", "thousands")
    assert rows[0].start.value == "2023-04-01" and rows[0].end.value == "2026-03-31"
    assert rows[0].side == "Japan" and rows[0].lead.name == "東京大学"
    assert rows[1].blocked      # 令和元年 end before 令和4年 start
    # the encoding can be changed: read as cp1252 it is mojibake, and says so or differs
    assert read_table(kaken_csv(tmp_path), encoding="cp1252").headers[0] != "研究課題名"


def test_csv_cells_stay_exactly_as_written(tmp_path):
    """pandas splits CSV files; nothing it would guess (NA, numbers, dates) changes a cell."""
    path = _w(tmp_path, "exact.csv", 'Title,Ref,Amount,Note,Start\n'
                                     'A,007,1e5,NA,01/04/2023\n'
                                     '"Quoted, with comma",N/A,"1,250,000.50",null,45017\n'
                                     '"Two\nlines",,0.1,,\n')
    t = read_table(path)
    assert t.rows == [["A", "007", "1e5", "NA", "01/04/2023"],
                      ["Quoted, with comma", "N/A", "1,250,000.50", "null", "45017"],
                      ["Two\nlines", "", "0.1", "", ""]]
    assert t.row_numbers == [2, 3, 4] and all(type(c) is str for r in t.rows for c in r)


def test_csv_ragged_rows_keep_every_cell_and_their_row_numbers(tmp_path):
    """Rows wider than the first ones (beyond the sniffed sample too) lose nothing and never
    shift into an index; blank lines keep the spreadsheet's numbering."""
    filler = "".join(f"R{i},{i}\n" for i in range(4000))          # > 64 kB before the wide row
    path = _w(tmp_path, "ragged.csv", "Title,Amount\n\nA,1\n" + filler + "B,2,extra\nC\nD,4,x,y,z\n")
    t = read_table(path)
    assert t.headers == ["Title", "Amount", "Column C", "Column D", "Column E"]
    assert t.rows[0] == ["A", "1", "", "", ""] and t.row_numbers[0] == 3
    assert t.rows[-3] == ["B", "2", "extra", "", ""] and t.row_numbers[-3] == 4004
    assert t.rows[-2] == ["C", "", "", "", ""] and t.row_numbers[-2] == 4005
    assert t.rows[-1] == ["D", "4", "x", "y", "z"] and t.row_numbers[-1] == 4006
    wide_first = read_table(_w(tmp_path, "wide.csv", "Title,Amount,Extra\nA,1\n"))
    assert wide_first.headers == ["Title", "Amount", "Extra"] and wide_first.rows == [["A", "1", ""]]


def test_csv_unclosed_quote_names_the_row(tmp_path):
    path = _w(tmp_path, "broken.csv", 'Title,Amount\nA,1\n"B,2\nC,3\n')
    with pytest.raises(TableError, match=r"^broken.csv, row 3: not a table \(a quoted cell is never closed\)$"):
        read_table(path)


def test_xlsx_two_sheets_merged_headers_serial_dates(tmp_path):
    path = two_sheet_xlsx(tmp_path)
    uk = read_table(path)
    assert uk.sheets == ["UK", "Japan"] and uk.sheet == "UK" and uk.header_row == 2
    assert uk.headers == ["Title", "Reference", "Award (£)", "Funding"]   # blank cell under a merge
    p = prepare(path, overrides={"Funding": "start"}, gazetteer=GAZ)
    rows = p.rows()
    assert [r.start.value for r in rows] == ["2023-04-01", "2023-04-01"]   # a date and a serial
    assert [r.amount for r in rows] == [Decimal(1250000), Decimal(2500000)]
    assert rows[0].currency == "GBP" and rows[0].row_number == 3
    jp = prepare(path, sheet="Japan", gazetteer=GAZ).rows()
    assert (jp[0].amount, jp[0].currency, jp[0].start.value) == (Decimal(17160000), "JPY", "2023-04-01")


def test_streamed_xlsx_matches_openpyxl(tmp_path):
    """openpyxl (what pandas would use) is the oracle for the streaming reader."""
    from datetime import datetime
    from openpyxl import Workbook, load_workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Mixed"
    ws.append(["Title", "Amount", "Start", "Ratio", "Flag", "Rich"])
    ws.append(["Ünïcode “quotes”", 1250000, datetime(2023, 4, 1), 0.125, True, "量子"])
    ws.append([None, 2500000.5, datetime(2024, 1, 31, 12, 30), 1e-7, False, "a"])
    ws["B5"] = 7      # a gap: row 4 is empty
    ws["C2"].number_format = "dd/mm/yyyy"
    path = tmp_path / "mixed.xlsx"
    wb.save(path)
    ours = read_table(path)
    oracle = [[c for c in row] for row in load_workbook(path, read_only=True).active.iter_rows(values_only=True)]
    assert ours.headers == list(oracle[0]) and ours.row_numbers == [2, 3, 5]
    assert ours.rows[0] == ["Ünïcode “quotes”", "1250000", "2023-04-01", "0.125", "TRUE", "量子"]
    assert ours.rows[1] == ["", "2500000.5", "2024-01-31 12:30:00", "0.0000001", "FALSE", "a"]
    assert str(oracle[2][3]) == "1e-07" and oracle[1][2] == datetime(2023, 4, 1)
    preview = read_table(path, limit=1)
    assert preview.truncated and preview.rows == ours.rows[:1]


def test_xlsx_rich_text_and_furigana(tmp_path):
    """Shared strings as Excel writes Japanese: runs and phonetic guides (only runs are text)."""
    import zipfile
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = {
        "xl/workbook.xml": f'<workbook {ns} {rel}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="x"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst {ns}><si><t>研究機関</t></si><si><t>金額</t></si>'
                                '<si><r><t>東京</t></r><r><t>大学</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>',
        "xl/worksheets/sheet1.xml": f'<worksheet {ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
                                    '<c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c>'
                                    '<c r="B2"><v>17160</v></c></row></sheetData></worksheet>',
    }
    path = tmp_path / "ja.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    t = read_table(path)
    assert t.headers == ["研究機関", "金額"] and t.rows == [["東京大学", "17160"]]


def test_ods_is_read_without_extra_dependency(tmp_path):
    import zipfile
    content = (
        '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
        '<table:table table:name="Awards"><table:table-row><table:table-cell office:value-type="string">'
        '<text:p>Title</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Award (£)'
        '</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string">'
        '<text:p>Robots</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="1250000"/>'
        '</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
    p = tmp_path / "a.ods"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    t = read_table(p)
    assert t.sheets == ["Awards"] and t.headers == ["Title", "Award (£)"] and t.rows == [["Robots", "1250000"]]


def _w(folder, name, data):
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


@pytest.mark.parametrize("make, message", [
    (lambda d: _w(d, "x.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10),
     "x.csv is not a table (it holds binary data)"),
    (lambda d: _w(d, "prose.csv", "Just a line of prose without columns\n"),
     "prose.csv is not a table (no row has two or more columns)"),
    (lambda d: _w(d, "locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
     "locked.xlsx is password-protected"),
    (formula_xlsx, "formulas.xlsx, sheet 'Sums', cell B3: a formula without a saved value"),
    (lambda d: _w(d, "big.csv", b"a,b\n" + b"1,2\n" * 1_000_000),
     "big.csv has 1,000,001 lines, more than the 200,000 rows"),
    (lambda d: _w(d, "empty.csv", b""), "empty.csv is empty"),
])
def test_bad_files_get_one_line_naming_file_and_cell_and_nothing_is_written(tmp_path, library, capsys,
                                                                           make, message):
    path = make(tmp_path)
    with pytest.raises(TableError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_table(path)
    before = counts(library.engine)
    assert cli(library, str(path)) == 1
    err = capsys.readouterr().err
    assert err.startswith("ukjp-desktop: ") and message in err and err.count("\n") == 1
    assert counts(library.engine) == before


def test_mixed_types_column_blocks_the_import_naming_the_cell(tmp_path, library, capsys):
    before = counts(library.engine)
    assert cli(library, str(gtr_csv(tmp_path))) == 1
    assert "gtr.csv, cell H4: 'TBC' is not an amount" in capsys.readouterr().err
    assert counts(library.engine) == before


def test_saved_mappings_round_trip(tmp_path):
    s = SavedMappings.load(tmp_path / "m.json")
    s.save("mine", ["A", "B"], {"A": "title", "B": "amount"})
    again = SavedMappings.load(tmp_path / "m.json")
    assert again.for_headers(["A", "B", "C"]) == ["mine"] and again.for_headers(["A"]) == []
    assert again.mapping("mine") == {"A": "title", "B": "amount"}


# --- writing, provenance, undo ---------------------------------------------------------------

def _plan(library, path, **kw):
    p = prepare(path, gazetteer=GAZ, **kw)
    rows = [r for r in p.rows() if not r.blocked]
    return TablePlan(p.table, rows, match_rows(library.engine, rows))


def test_import_undo_reimport(tmp_path, library):
    engine = library.engine
    before = counts(engine)
    receipt = import_table(engine, _plan(library, gtr_csv(tmp_path)))
    after = counts(engine)
    assert len(receipt.created) == 2 and after["Initiative"] == before["Initiative"] + 2
    assert after["TableRow"] == 2 and after["Source"] == before["Source"] + 1
    d = library.catalog.detail("user-quantum-sensing-with-japanese-partners")
    line = d.funding[0]
    assert (Decimal(line.amount), line.currency, line.side) == (Decimal(1250000), "GBP", "UK")
    assert line.excerpt.text == "Row 2 of gtr.csv: AwardPounds = 1,250,000"
    row = row_for_excerpt(engine, line.excerpt.id)
    assert row.row_number == 2 and ("AwardPounds", "1,250,000") in row.cells
    assert [r.id for r in list_table_imports(engine)] == [receipt.id]

    undo_table_import(engine, receipt.id)
    assert counts(engine) == before
    assert check(engine) == []   # the engine's own checks (foreign keys...), exact excerpts, the index

    again = import_table(engine, _plan(library, gtr_csv(tmp_path)))
    assert len(again.created) == 2 and again.id > receipt.id
    # the same table again: every row is matched by identifier and has nothing new
    plan = _plan(library, gtr_csv(tmp_path))
    assert {m.action for m in plan.matches.values()} == {"skip"}


def test_changed_row_updates_through_the_document_writer_and_undoes(tmp_path, library):
    engine = library.engine
    import_table(engine, _plan(library, gtr_csv(tmp_path)))
    changed = gtr_csv(tmp_path, GTR_ROWS.replace('"1,250,000"', '"1,300,000"'), name="gtr2.csv")
    plan = _plan(library, changed)
    m = plan.matches[0]
    assert (m.action, m.by) == ("update", "identifier")
    assert m.differences == ["amount: table £1.3m, recorded £1.25m"]
    before = counts(engine)
    with pytest.raises(ImportRejected, match="gtr2.csv, row 2: .*conflicts"):
        import_table(engine, plan)
    assert counts(engine) == before
    plan.on_conflict = "supersede"
    receipt = import_table(engine, plan)
    assert receipt.updated == ["user-quantum-sensing-with-japanese-partners"] and len(receipt.parts) == 1
    d = library.catalog.detail("user-quantum-sensing-with-japanese-partners")
    assert d.total_gbp == Decimal(1300000)
    with pytest.raises(ImportRejected, match="one row of table import"):
        undo_import(engine, receipt.parts[0])
    undo_table_import(engine, receipt.id)
    assert counts(engine) == before
    assert library.catalog.detail("user-quantum-sensing-with-japanese-partners").total_gbp == Decimal(1250000)
    with engine.connect() as c:     # the row's own receipt went with the table import
        assert c.execute(select(Meta.key).where(Meta.key == f"import:{receipt.parts[0]}")).first() is None


def _awards(folder, name, rows, amount=lambda i: 100_000 + i, sector=lambda i: ""):
    path = folder / name
    path.write_text("Title,Reference,Award (£),Start,Sector\n" + "".join(
        f"Award {i},R-{i},{amount(i)},01/04/2023,{sector(i)}\n" for i in range(rows)), encoding="utf-8")
    return path


def test_many_updates_in_one_import_are_batched_and_undo_exactly(tmp_path, library):
    """Sixty matched rows update sixty initiatives in one import: each still gets its own
    receipt (numbered on from the table's, marked as its row), every total, list date and
    search entry follows, and the undo restores the whole database."""
    engine = library.engine
    first = import_table(engine, _plan(library, _awards(tmp_path, "a.csv", 60)))
    before = counts(engine)
    plan = _plan(library, _awards(tmp_path, "b.csv", 60, amount=lambda i: 200_000 + i))
    assert {m.action for m in plan.matches.values()} == {"update"}
    plan.on_conflict = "supersede"
    receipt = import_table(engine, plan)
    assert len(receipt.updated) == 60 and receipt.parts == list(range(receipt.id + 1, receipt.id + 61))
    with engine.connect() as c:
        receipts = {k: json.loads(v) for k, v in c.execute(select(Meta.key, Meta.value).where(
            Meta.key.in_([f"import:{n}" for n in receipt.parts])))}
        last = c.execute(select(Meta.value).where(Meta.key == "import_last")).scalar()
    assert len(receipts) == 60 and {r["table_import"] for r in receipts.values()} == {receipt.id}
    assert int(last) == receipt.parts[-1]
    for i in (0, 59):
        assert library.catalog.detail(f"user-award-{i}").total_gbp == Decimal(200_000 + i)
    assert check(engine) == []       # totals, search index and excerpts agree with the facts
    # the next import numbers on after them
    again = import_table(engine, _plan(library, gtr_csv(tmp_path)))
    assert again.id == receipt.parts[-1] + 1
    undo_table_import(engine, again.id)
    undo_table_import(engine, receipt.id)
    assert counts(engine) == before and check(engine) == []
    assert library.catalog.detail("user-award-59").total_gbp == Decimal(100_059)
    assert first.id < receipt.id


def test_sector_cells_match_in_any_case_punctuation_and_number(tmp_path, library):
    from ukjp_desktop.core.tables.rows import sector_key
    from ukjp_desktop.store.models import InitiativeSector, Sector
    assert sector_key("Quantum Technologies") == sector_key("quantum-technology") == "quantum technology"
    assert sector_key("Cell & gene therapy") == sector_key("cell and gene therapies")
    assert sector_key("Business") == "business" and sector_key("AI") == "ai"
    cells = ["Quantum Technologies", "quantum technology", "LIFE-SCIENCES", "Life science", "ai",
             "Cell & Gene Therapy", "clean_tech", "Underwater basket weaving"]
    engine = library.engine
    receipt = import_table(engine, _plan(library, _awards(tmp_path, "s.csv", len(cells),
                                                          sector=lambda i: cells[i])))
    with engine.connect() as c:
        linked = dict(c.execute(select(Initiative.name, Sector.slug)
                                .join(InitiativeSector, InitiativeSector.initiative_id == Initiative.id)
                                .join(Sector, Sector.id == InitiativeSector.sector_id)
                                .where(Initiative.id.in_(receipt.created))).all())
    assert linked == {"Award 0": "quantum", "Award 1": "quantum", "Award 2": "life-sciences",
                      "Award 3": "life-sciences", "Award 4": "ai", "Award 5": "cell-gene-therapy",
                      "Award 6": "clean-tech"}
    # an update links the sector it names too, and its undo takes the link away
    before = counts(engine)
    path = tmp_path / "s2.csv"
    path.write_text("Title,Reference,Award (£),Start,Sector\nAward 7,R-7,100007,01/04/2024,Space\n", encoding="utf-8")
    plan = _plan(library, path)
    assert plan.matches[0].action == "update"
    update = import_table(engine, plan)
    assert "space" in library.catalog.detail("user-award-7").sectors
    undo_table_import(engine, update.id)
    assert counts(engine) == before and library.catalog.detail("user-award-7").sectors == ()


def test_cancel_writes_nothing(tmp_path, library):
    from ukjp_desktop.store.table_import import ImportCancelled
    before = counts(library.engine)
    with pytest.raises(ImportCancelled):
        import_table(library.engine, _plan(library, gtr_csv(tmp_path)), cancelled=lambda: True)
    assert counts(library.engine) == before


def test_update_of_a_curated_initiative_survives_a_dataset_upgrade(tmp_path, library, db_copy, dataset):
    from tests.test_upgrade_user_facts import QUANTUM, _upgrade
    name = library.catalog.detail(QUANTUM).name
    path = tmp_path / "update.csv"
    path.write_text(f"Title,Reference,Award (£),Funder\n{name},Q-1,\"777,000\",\n", encoding="utf-8")
    plan = _plan(library, path)
    assert plan.matches[0].slug == QUANTUM and plan.matches[0].by == "title and funder"
    plan.on_conflict = "keep_both"
    receipt = import_table(library.engine, plan)
    new = import_table(library.engine, _plan(library, gtr_csv(tmp_path)))
    library.engine.dispose()
    lib = _upgrade(db_copy, dataset)
    kept = lib.catalog.detail("user-quantum-sensing-with-japanese-partners")
    assert kept.funding[0].excerpt.text == "Row 2 of gtr.csv: AwardPounds = 1,250,000"
    assert row_for_excerpt(lib.engine, kept.funding[0].excerpt.id).row_number == 2
    assert check(lib.engine) == []
    undo_table_import(lib.engine, new.id)
    lines = [f for f in lib.catalog.detail(QUANTUM).funding if f.amount == Decimal(777000)]
    assert len(lines) == 1 and lines[0].excerpt.text == f"Row 2 of update.csv: Award (£) = 777,000"
    assert row_for_excerpt(lib.engine, lines[0].excerpt.id).row_number == 2
    undo_table_import(lib.engine, receipt.id)
    assert not [f for f in lib.catalog.detail(QUANTUM).funding if f.amount == Decimal(777000)]
    lib.engine.dispose()


# --- command line ----------------------------------------------------------------------------

def test_cli_dry_run_json(tmp_path, library, capsys):
    before = counts(library.engine)
    assert cli(library, str(kaken_csv(tmp_path)), "--dry-run", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["encoding"] == "cp932" and out["preset"] == "kaken"
    assert out["rows"][0]["amount"] == 17160000 and out["rows"][0]["currency"] == "JPY"
    assert out["rows"][0]["match"]["action"] == "new"
    assert out["rows"][1]["blocked"] is True
    assert counts(library.engine) == before


def test_cli_map_sheet_import_and_undo(tmp_path, library, capsys):
    path = two_sheet_xlsx(tmp_path)
    assert cli(library, str(path), "--map", "Funding=start", "--dry-run", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["mapping"]["Funding"] == "start" and out["rows"][1]["start"] == "2023-04-01"
    assert cli(library, str(path), "--sheet", "Japan") == 0
    text = capsys.readouterr().out
    assert "1 new initiative(s)" in text
    number = list_table_imports(library.engine)[0].id
    assert cli(library, "--undo", str(number)) == 0
    assert list_table_imports(library.engine) == []


@pytest.mark.parametrize("argv, code, message", [
    ((), 2, "import-table needs a FILE"),
    (("--map", "nonsense"), 2, "--map 'nonsense': use COLUMN=FIELD"),
    (("--map", "Nope=title"), 1, "no column 'Nope'"),
    (("--map", "Title=colour"), 1, "'colour' is not a field"),
    (("--sheet", "Nope"), 1, "has no sheet 'Nope'"),
])
def test_cli_usage_errors(tmp_path, library, capsys, argv, code, message):
    path = two_sheet_xlsx(tmp_path)
    full = [str(path), *argv] if argv else []
    assert cli(library, *full) == code
    assert message in capsys.readouterr().err


def test_cli_saves_a_mapping_and_uses_it_again(tmp_path, library, capsys, monkeypatch):
    """--save-mapping keeps the mapping used (in the settings folder, as the window does);
    --mapping NAME applies it to another file with those columns, and --map changes it."""
    monkeypatch.setenv("UKJP_SETTINGS_DIR", str(tmp_path / "settings"))
    path = two_sheet_xlsx(tmp_path)
    assert cli(library, str(path), "--map", "Funding=start", "--map", "Reference=identifier",
               "--save-mapping", "uk awards", "--dry-run", "--json") == 0
    assert "saved mapping 'uk awards'" in capsys.readouterr().err
    saved = SavedMappings.load(tmp_path / "settings" / "table-mappings.json")
    assert saved.mapping("uk awards") == {"Title": "title", "Reference": "identifier", "Award (£)": "amount",
                                          "Funding": "start"}
    # the same columns in a CSV, one more column the saved mapping does not know (ignored)
    other = _w(tmp_path, "again.csv", "Title,Reference,Award (£),Funding,Notes\n"
                                      "Robots,R-1,\"2,000\",01/04/2024,see 2023\n")
    assert cli(library, str(other), "--mapping", "uk awards", "--dry-run", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["mapping"] == {"Title": "title", "Reference": "identifier", "Award (£)": "amount", "Funding": "start"}
    assert (out["rows"][0]["identifier"], out["rows"][0]["start"]) == ("R-1", "2024-04-01")
    assert cli(library, str(other), "--mapping", "uk awards", "--map", "Notes=title", "--dry-run", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["mapping"]["Notes"] == "title" and "Title" not in out["mapping"]


@pytest.mark.parametrize("argv, code, message", [
    (("--mapping", "missing"), 2, "kaken.csv: no saved mapping 'missing' (saved: uk awards)"),
    (("--mapping", "uk awards"), 1, "kaken.csv: saved mapping 'uk awards' names columns this table does not have: "
                                    "Title, Reference"),
    (("--save-mapping", " "), 2, "--save-mapping needs a name"),
])
def test_cli_saved_mapping_errors(tmp_path, library, capsys, monkeypatch, argv, code, message):
    monkeypatch.setenv("UKJP_SETTINGS_DIR", str(tmp_path))
    SavedMappings.load(tmp_path / "table-mappings.json").save(
        "uk awards", ["Title", "Reference"], {"Title": "title", "Reference": "identifier"})
    assert cli(library, str(kaken_csv(tmp_path)), *argv, "--dry-run") == code
    assert message in capsys.readouterr().err


def test_import_commands_share_their_options():
    """`import` and `import-table` declare --on-conflict, --kind and --undo in one place."""
    from ukjp_desktop.cli import build_parser
    p = build_parser()
    for command, kind, undoes in (("import", None, "undo import number N"),
                                  ("import-table", "other", "undo table import number N")):
        sub = next(a for a in p._subparsers._group_actions[0].choices[command]._actions if a.dest == "undo")
        args = p.parse_args([command, "--on-conflict", "keep_both", "--undo", "3"])
        assert (args.on_conflict, args.kind, args.undo, sub.help) == ("keep_both", kind, 3, undoes)


def test_a_sector_this_database_does_not_know_is_said_in_its_row(tmp_path, library):
    """'Underwater basket weaving' matches no sector: the row still imports (the problem does not
    block it), without a sector, and its problem names the cell, in the window's preview and in
    the command line's dry run alike (both read the rows ``match_rows`` saw)."""
    cells = ["Quantum Technologies", "Underwater basket weaving"]
    p = prepare(_awards(tmp_path, "s.csv", len(cells), sector=lambda i: cells[i]), gazetteer=GAZ)
    rows = p.rows()
    match_rows(library.engine, rows)
    match_rows(library.engine, rows)                     # matched again: said once
    assert rows[0].problems == []
    [problem] = rows[1].problems
    assert not problem.blocking and not rows[1].blocked
    assert problem.message.startswith("cell ") and "'Underwater basket weaving' is not a sector" in problem.message


def test_a_row_repeated_cell_for_cell_is_blocked_naming_the_first(tmp_path):
    """Without identifiers, two identical rows imported as two identical initiatives, silently."""
    path = tmp_path / "awards.csv"
    path.write_text("Title,Award (£),Start\n"
                    "Quantum sensing network,250000,2024-04-01\n"
                    "Fusion materials study,90000,2024-05-01\n"
                    "Quantum sensing network, 250000 ,2024-04-01\n"
                    "Quantum sensing network,260000,2024-04-01\n", encoding="utf-8")
    rows = prepare(path, gazetteer=GAZ).rows()
    assert [r.blocked for r in rows] == [False, False, True, False]   # a different amount is another row
    assert [p.message for p in rows[2].problems] == [
        "awards.csv, row 4: repeats row 2 cell for cell (exclude one of them, or map a column that tells them apart)"]


def test_a_merged_value_fills_every_row_and_a_merged_header_names_each_column(tmp_path):
    """Merged cells were read as the spreadsheet stores them: the funder only in the first of
    the three rows it spans (the other two imported without one) and the second column under a
    merged header silently named "Column D"."""
    from openpyxl import load_workbook

    from tests.table_fixtures import merged_xlsx
    path = merged_xlsx(tmp_path)
    assert {str(r) for r in load_workbook(path).active.merged_cells.ranges} == {"C1:D1", "B3:B5"}
    for limit in (None, 2):                        # the whole sheet, and the review's first rows
        t = read_table(path, limit=limit)
        assert t.headers == ["Title", "Funder", "Amount", "Amount (2)", "Start"]
        assert any("columns C–D is one merged cell" in n and "“Amount (2)”" in n for n in t.notices)
    t = read_table(path)
    assert [r[1] for r in t.rows] == ["UKRI", "JST", "JST", "JST"]
    assert [r[3] for r in t.rows] == ["GBP", "JPY", "JPY", "JPY"]
    assert "Merged cells (B3:B5): their value is read into every row they cover." in t.notices


def test_a_header_merged_over_two_rows_and_a_title_row_above(tmp_path):
    """A two-row header ("Title" and "Start" merged down, "Funding" over Amount | Currency) is
    read from its lower row; a title merged across the top is not the header nor data."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["UK-Japan awards 2024"])
    ws.merge_cells("A1:D1")
    ws.append(["Title", "Funding", None, "Start"])
    ws.append([None, "Amount", "Currency", None])
    for ref in ("A2:A3", "B2:C2", "D2:D3"):
        ws.merge_cells(ref)
    ws.append(["Quantum link", 1000, "GBP", "2024-01-01"])
    path = tmp_path / "two-row.xlsx"
    wb.save(path)
    t = read_table(path)
    assert (t.header_row, t.headers) == (3, ["Title", "Amount", "Currency", "Start"])
    assert t.rows == [["Quantum link", "1000", "GBP", "2024-01-01"]] and t.notices == []


def test_a_title_merged_wider_than_the_table_adds_no_columns(tmp_path):
    """A title merged across the top beyond the table's three columns (A1:H1, or the whole row)
    gave a column named after the title for each covered cell: five empty ones, or 16,381."""
    from openpyxl import Workbook
    for span in ("A1:H1", "A1:XFD1"):
        wb = Workbook()
        ws = wb.active
        ws.append(["UK-Japan awards 2024"])
        ws.merge_cells(span)
        ws.append(["Title", "Funder", "Amount"])
        ws.append(["Quantum link", "UKRI", 1000])
        ws.append(["Battery pilot", "JST", 2000])
        path = tmp_path / "titled.xlsx"
        wb.save(path)
        for limit in (None, 1):
            t = read_table(path, limit=limit)
            assert (t.header_row, t.headers) == (2, ["Title", "Funder", "Amount"]), span
            assert t.rows[0] == ["Quantum link", "UKRI", "1000"] and t.notices == []


@pytest.mark.parametrize("span", ["B8:B5000", "D1:Z5000", "A12:Z5000"])
def test_a_merged_range_reaching_far_past_the_data_makes_no_rows_or_columns(tmp_path, span):
    """A range merged far beyond the data (a funder merged down to row 5000, a formatting
    leftover over D1:Z5000) padded the review with thousands of rows or columns holding only
    its fill: the table ends where the stored values end."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["Title", "Funder", "Amount"])
    for i in range(1, 10):
        ws.append([f"Award {i}", "UKRI" if i < 7 else "JST", 1000 * i])
    ws.merge_cells(span)
    path = tmp_path / "far.xlsx"
    wb.save(path)
    for limit in (None, 5):
        t = read_table(path, limit=limit)
        assert t.headers == ["Title", "Funder", "Amount"], span
        assert len(t.rows) == (limit or 9) and t.rows[-1][0] == f"Award {limit or 9}"
    t = read_table(path)
    assert [r[1] for r in t.rows][6:] == ["JST"] * 3       # B8's value still fills B9:B10
    assert all("5000" not in n for n in t.notices)           # the notice names B8:B10, what was read
