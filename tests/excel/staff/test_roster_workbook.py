"""The roster workbook: headers that fit their columns in either language."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from branchops import i18n
from branchops.core.period import Month
from branchops.core.staff.roster_sheet import roster_sheet
from branchops.excel.roster import FIXED_COLUMNS, HEADER_ROW, write_roster_xlsx
from branchops.excel.styles import text_width


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_headers_fit_their_columns(demo_db, report_month, tmp_path, language):
    i18n.set_language(language)
    month = Month.parse(str(report_month))
    with demo_db.session() as session:
        sheet = roster_sheet(session, month.first_day, month.last_day)
    ws = load_workbook(write_roster_xlsx(sheet, tmp_path / "r.xlsx")).active
    for column in range(1, ws.max_column + 1):
        cell = ws.cell(row=HEADER_ROW, column=column)
        width = ws.column_dimensions[cell.column_letter].width
        longest = max(text_width(part) for part in str(cell.value).split("\n"))
        assert width >= longest + 1, (cell.value, width)  # "Employee no." whole, "Mon" unwrapped
    hours = ws.cell(row=HEADER_ROW, column=FIXED_COLUMNS + len(sheet.days) + 1)
    assert hours.alignment.horizontal == "right"
