"""Branch workbooks for consolidation tests: a summary sheet and a real data sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from branchops.excel.datasheet import DataPayload, KpiValue, write_data_sheet
from branchops.excel.render import new_workbook, render_sheet
from branchops.excel.sheetmodel import Column, Kind, SheetModel, Table

FIXTURES = Path(__file__).parent / "fixtures"  # files saved by the data sheet's v1 writer
KPIS = {
    "quality.average_score": "score",
    "quality.done_vs_due": "percent",
    "actions.overdue": "count",
    "staff.overtime_hours": "hours",
}


def payload(code: str, period: str = "2026-10", revision: int = 1, **values: float) -> DataPayload:
    base = {
        "quality.average_score": 90.0,
        "quality.done_vs_due": 0.9,
        "actions.overdue": 2.0,
        "staff.overtime_hours": 10.0,
    }
    base.update({k.replace("__", "."): v for k, v in values.items()})
    return DataPayload(
        branch_code=code,
        branch_name=f"{code} 支行",
        region="华东区",
        period=period,
        app_version="0.1.0",
        generated_at=f"{period}-28T10:00:{revision:02d}+08:00",
        revision=revision,
        language="zh_CN",
        pii_masked=True,
        completeness_gaps=0,
        kpis=tuple(KpiValue(k, base[k], unit) for k, unit in KPIS.items()),
    )


def write_branch(path: Path, data: DataPayload, key: str = "") -> Path:
    wb = new_workbook()
    rows = [[k.key, k.value] for k in data.kpis]
    render_sheet(wb, SheetModel("汇总", [Table([Column("KPI"), Column("值", Kind.DECIMAL)], rows)]))
    write_data_sheet(wb, data, key)
    wb.save(path)
    return path


def write_rows(path: Path, rows: list[list], sheet: str = "data") -> Path:
    """A workbook whose data sheet holds exactly ``rows`` (for malformed files)."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path
