"""The roster as an Excel workbook: one sheet, staff × days, shift colours, legend, A4 landscape."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from branchops.core.staff.roster_sheet import RosterSheet, weekday_short
from branchops.excel.cells import clean_text, is_formula_like
from branchops.excel.files import save_atomically
from branchops.excel.styles import HEADER_FILL, HEADER_FONT, NOTE_FONT, TITLE_FONT
from branchops.i18n import translate

FIXED_COLUMNS = 3  # employee no., name, position
HEADER_ROW = 4
THIN = Side(style="thin", color="A6A6A6")
GRID_BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CLOSED_FILL = PatternFill("solid", fgColor="F2F2F2")
CENTER = Alignment(horizontal="center", vertical="center")


def _fill(colour: str | None) -> PatternFill | None:
    if not colour:
        return None
    return PatternFill("solid", fgColor=colour.lstrip("#").upper())


def _text(ws: Worksheet, row: int, column: int, value: str):
    cell = ws.cell(row=row, column=column, value=clean_text(value))
    if is_formula_like(cell.value or ""):
        cell.quotePrefix = True
    return cell


def write_roster_xlsx(sheet: RosterSheet, target: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = translate("RosterExport", "Roster")
    _title(ws, sheet)
    _header(ws, sheet)
    last_row = _body(ws, sheet)
    _legend(ws, sheet, last_row + 2)
    _layout(ws, sheet)
    save_atomically(wb, target)
    return target


def _title(ws: Worksheet, sheet: RosterSheet) -> None:
    title = translate("RosterExport", "{branch} roster {period}").format(
        branch=sheet.branch_name, period=sheet.period_label
    )
    _text(ws, 1, 1, title).font = TITLE_FONT
    _text(ws, 2, 1, sheet.status_label).font = NOTE_FONT


def _header(ws: Worksheet, sheet: RosterSheet) -> None:
    heads = [
        translate("RosterExport", "Employee no."),
        translate("RosterExport", "Name"),
        translate("RosterExport", "Position"),
    ]
    for column, text in enumerate(heads, start=1):
        cell = _text(ws, HEADER_ROW, column, text)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, GRID_BORDER
    for index, day in enumerate(sheet.days):
        column = FIXED_COLUMNS + 1 + index
        cell = ws.cell(row=HEADER_ROW, column=column, value=f"{day.day}\n{weekday_short(day)}")
        cell.font, cell.border = HEADER_FONT, GRID_BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = CLOSED_FILL if day in sheet.closed_days else HEADER_FILL
    total = ws.cell(
        row=HEADER_ROW,
        column=FIXED_COLUMNS + len(sheet.days) + 1,
        value=translate("RosterExport", "Hours"),
    )
    total.font, total.fill, total.border = HEADER_FONT, HEADER_FILL, GRID_BORDER


def _body(ws: Worksheet, sheet: RosterSheet) -> int:
    row = HEADER_ROW
    for person in sheet.rows:
        row += 1
        for column, value in enumerate((person.employee_no, person.name, person.position), 1):
            _text(ws, row, column, value).border = GRID_BORDER
        for index, item in enumerate(person.cells):
            cell = _text(ws, row, FIXED_COLUMNS + 1 + index, item.text)
            cell.alignment, cell.border = CENTER, GRID_BORDER
            fill = _fill(item.colour)
            if fill is None and sheet.days[index] in sheet.closed_days:
                fill = CLOSED_FILL
            if fill is not None:
                cell.fill = fill
            if item.changed:
                cell.font = Font(bold=True, color="C00000")
        hours = ws.cell(row=row, column=FIXED_COLUMNS + len(sheet.days) + 1, value=person.hours)
        hours.number_format, hours.border = "0.0", GRID_BORDER
    return row


def _legend(ws: Worksheet, sheet: RosterSheet, row: int) -> None:
    _text(ws, row, 1, translate("RosterExport", "Legend")).font = HEADER_FONT
    for item in sheet.legend:
        row += 1
        code = _text(ws, row, 1, item.code)
        code.alignment = CENTER
        fill = _fill(item.colour)
        if fill is not None:
            code.fill = fill
        _text(ws, row, 2, item.name)
        _text(
            ws,
            row,
            3,
            translate("RosterExport", "{times}, {hours:g} h paid").format(
                times=item.times, hours=round(item.paid_hours, 2)
            ),
        )
    row += 1
    marks = "  ".join(f"{mark} = {meaning}" for mark, meaning in sheet.leave_legend)
    _text(ws, row, 1, translate("RosterExport", "Leave: {marks}").format(marks=marks))
    if sheet.changes:
        row += 2
        _text(
            ws, row, 1, translate("RosterExport", "* Changed after publication:")
        ).font = HEADER_FONT
        for sentence in sheet.changes:
            row += 1
            _text(ws, row, 1, sentence)


def _layout(ws: Worksheet, sheet: RosterSheet) -> None:
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 10
    for index in range(len(sheet.days)):
        ws.column_dimensions[get_column_letter(FIXED_COLUMNS + 1 + index)].width = 4.2
    ws.column_dimensions[get_column_letter(FIXED_COLUMNS + len(sheet.days) + 1)].width = 7
    ws.row_dimensions[HEADER_ROW].height = 28
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=FIXED_COLUMNS + 1)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{get_column_letter(FIXED_COLUMNS + len(sheet.days) + 1)}{ws.max_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
