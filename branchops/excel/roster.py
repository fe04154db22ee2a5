"""The roster as an Excel workbook: one sheet, staff × days, shift colours, legend, A4 landscape."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from branchops.core.staff.roster_sheet import RosterSheet, weekday_short
from branchops.excel.cells import put
from branchops.excel.files import save_atomically
from branchops.excel.styles import HEADER_FILL, HEADER_FONT, NOTE_FONT, TITLE_FONT, text_width
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


def _text(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    """Every value of the roster goes in through the one formula-safe writer."""
    cell = ws.cell(row=row, column=column)
    assert isinstance(cell, Cell), "the roster writes no cell inside a merged range"
    return put(cell, value)


def write_roster_xlsx(sheet: RosterSheet, target: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet), "a new workbook has one worksheet"
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
        cell = _text(ws, HEADER_ROW, column, f"{day.day}\n{weekday_short(day)}")
        cell.font, cell.border = HEADER_FONT, GRID_BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = CLOSED_FILL if day in sheet.closed_days else HEADER_FILL
    total = _text(
        ws, HEADER_ROW, FIXED_COLUMNS + len(sheet.days) + 1, translate("RosterExport", "Hours")
    )
    total.font, total.fill, total.border = HEADER_FONT, HEADER_FILL, GRID_BORDER
    total.alignment = Alignment(horizontal="right", vertical="center")  # over the numbers


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
        hours = _text(ws, row, FIXED_COLUMNS + len(sheet.days) + 1, person.hours)
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


def _fixed_widths(sheet: RosterSheet) -> list[float]:
    """Employee no., name, position: wide enough for the header (bold) and every value."""
    heads = [
        translate("RosterExport", "Employee no."),
        translate("RosterExport", "Name"),
        translate("RosterExport", "Position"),
    ]
    widths = [text_width(h) * 1.1 + 2 for h in heads]
    for person in sheet.rows:
        for index, value in enumerate((person.employee_no, person.name, person.position)):
            widths[index] = max(widths[index], text_width(value) + 2)
    return [min(w, 30.0) for w in widths]


def _layout(ws: Worksheet, sheet: RosterSheet) -> None:
    for index, width in enumerate(_fixed_widths(sheet), start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    codes = [item.text for person in sheet.rows for item in person.cells if item.text]
    day_width = max(
        [4.5]
        + [text_width(weekday_short(day)) * 1.15 + 2 for day in sheet.days]
        + [text_width(code) + 1.5 for code in codes]
    )
    for index in range(len(sheet.days)):
        ws.column_dimensions[get_column_letter(FIXED_COLUMNS + 1 + index)].width = day_width
    hours_head = text_width(translate("RosterExport", "Hours")) * 1.1 + 2
    ws.column_dimensions[get_column_letter(FIXED_COLUMNS + len(sheet.days) + 1)].width = max(
        7, hours_head
    )
    ws.row_dimensions[HEADER_ROW].height = 28
    ws.freeze_panes = f"{get_column_letter(FIXED_COLUMNS + 1)}{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{get_column_letter(FIXED_COLUMNS + len(sheet.days) + 1)}{ws.max_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_setup.fitToPage = True
