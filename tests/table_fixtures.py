"""Table files the table-import tests generate (issue 16)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

GTR_HEADER = ("FundingOrgName,ProjectReference,LeadROName,Department,Title,StartDate,EndDate,"
              "AwardPounds,GTRProjectUrl\n")
GTR_ROWS = (
    'EPSRC,EP/X000001/1,University of Oxford,Physics,Quantum sensing with Japanese partners,'
    '01/04/2023,31/03/2026,"1,250,000",https://gtr.ukri.org/projects?ref=EP/X000001/1\n'
    "BBSRC,BB/Y000002/1,University of Edinburgh,Biology,Plant resilience UK-Japan,01/10/2022,"
    "30/09/2025,480000,\n"
    "EPSRC,EP/Z000003/1,Imperial College London,Chemistry,Hydrogen catalysts,01/01/2024,"
    "31/12/2023,TBC,\n"
)


def gtr_csv(folder: Path, rows: str = GTR_ROWS, name: str = "gtr.csv") -> Path:
    p = folder / name
    p.write_text(GTR_HEADER + rows, encoding="utf-8")
    return p


KAKEN_TEXT = (
    "研究課題名,研究課題番号,研究機関,配分機関,金額（千円）,開始日,終了日\n"
    "量子センシングの日英共同研究,23K00001,東京大学,JSPS,\"17,160\",令和5年4月1日,令和8年3月31日\n"
    "水素触媒の研究,22H00002,京都大学,JSPS,\"5,000\",令和4年4月1日,令和元年5月1日\n"
)


def kaken_csv(folder: Path) -> Path:
    p = folder / "kaken.csv"
    p.write_bytes(KAKEN_TEXT.encode("cp932"))
    return p


def two_sheet_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook
    wb = Workbook()
    uk = wb.active
    uk.title = "UK"
    uk.append(["Project", None, "Funding", None])
    uk.merge_cells("A1:B1")
    uk.merge_cells("C1:D1")
    uk.append(["Title", "Reference", "Award (£)", None])
    uk.append(["Robotics for care", "UK-1", 1250000, datetime(2023, 4, 1)])
    uk.append(["Offshore wind", "UK-2", "2,500,000", 45017])
    jp = wb.create_sheet("Japan")
    jp.append(["Japan awards 2023"])
    jp.merge_cells("A1:D1")
    jp.append(["Title", "Ref", "金額（千円）", "開始日"])
    jp.append(["Fusion materials", "JP-1", 17160, "令和5年4月1日"])
    p = folder / "awards.xlsx"
    wb.save(p)
    return p


def formula_xlsx(folder: Path) -> Path:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Sums"
    ws.append(["Title", "Amount"])
    ws.append(["A", 1])
    ws.append(["Total", "=SUM(B2:B2)"])     # openpyxl saves no cached value
    p = folder / "formulas.xlsx"
    wb.save(p)
    return p


def merged_xlsx(tmp_path: Path) -> Path:
    """A header merged across two columns (an amount and its currency under one "Amount") and a
    funder merged down over the three awards it made, as people lay sheets out by hand."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Awards"
    ws.append(["Title", "Funder", "Amount", None, "Start"])
    ws.merge_cells("C1:D1")
    ws.append(["Quantum sensing link", "UKRI", 250000, "GBP", "2024-04-01"])
    ws.append(["Battery recycling pilot", "JST", 30000000, "JPY", "2024-05-01"])
    ws.append(["Marine robotics", None, 12000000, "JPY", "2024-06-01"])
    ws.append(["Offshore wind survey", None, 9000000, "JPY", "2024-07-01"])
    ws.merge_cells("B3:B5")
    path = tmp_path / "merged.xlsx"
    wb.save(path)
    return path
