"""The compliance matrix as shown on screen, to Excel: people × required courses, each cell its
valid-until date (or state) coloured by state, the share compliant per person and per course,
and the legend. Text is never written as a formula."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from branchops import clock
from branchops.core.training.compliance import Matrix
from branchops.core.training.labels import CellState, state_label
from branchops.excel import styles
from branchops.excel.cells import clean_text, is_formula_like
from branchops.excel.files import save_atomically
from branchops.excel.render import new_workbook
from branchops.i18n import translate

STATE_FILLS = {
    CellState.VALID: PatternFill("solid", fgColor="C6EFCE"),
    CellState.DUE: PatternFill("solid", fgColor="FFEB9C"),
    CellState.EXPIRED: PatternFill("solid", fgColor="FFC7CE"),
    CellState.MISSING: PatternFill("solid", fgColor="D9D9D9"),
}
STATE_FONTS = {
    CellState.VALID: Font(color="006100"),
    CellState.DUE: Font(color="9C5700"),
    CellState.EXPIRED: Font(color="9C0006"),
    CellState.MISSING: Font(color="404040"),
}
CENTER = Alignment(horizontal="center", vertical="center")


def _cell(ws: WriteOnlyWorksheet, value: Any, **style: Any) -> Cell:
    if isinstance(value, str):
        value = clean_text(value)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        cell.quotePrefix = is_formula_like(value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def cell_text(state: CellState, valid_until) -> Any:
    """What a cell shows: the last valid day, "Once" for a record that never expires, or the
    state's name when there is no valid record."""
    if state is CellState.MISSING:
        return state_label(state)
    if valid_until is None:
        return translate("Training", "Once")
    return valid_until


def write_matrix(path: Path, matrix: Matrix, branch: str = "") -> Path:
    wb = new_workbook()
    ws = wb.create_sheet(translate("Training", "Compliance matrix")[:31])
    courses = matrix.courses
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 12
    for index in range(len(courses)):
        ws.column_dimensions[get_column_letter(index + 4)].width = 13
    ws.column_dimensions[get_column_letter(len(courses) + 4)].width = 10
    ws.freeze_panes = "D4"
    styles.fit_to_width(ws, landscape=True)
    ws.print_title_rows = "3:3"
    title = translate("Training", "Compliance matrix on {day}").format(day=matrix.day.isoformat())
    ws.append([_cell(ws, f"{branch} {title}".strip(), font=styles.TITLE_FONT)])
    stamp = translate("Training", "Due for renewal: within {days} days · exported {time}").format(
        days=matrix.renewal_days, time=clock.now().strftime("%Y-%m-%d %H:%M")
    )
    ws.append([_cell(ws, stamp, font=styles.SUBTITLE_FONT)])
    header = {
        "font": styles.HEADER_FONT,
        "fill": styles.HEADER_FILL,
        "border": styles.HEADER_BORDER,
        "alignment": styles.HEADER_ALIGNMENT,
    }
    heads = [
        translate("Training", "Employee no."),
        translate("Training", "Name"),
        translate("Training", "Position"),
        *(c.title for c in courses),
        translate("Training", "Compliant"),
    ]
    ws.append([_cell(ws, text, **header) for text in heads])
    for person in matrix.people:
        row: list[Cell | None] = [
            _cell(ws, person.employee_no),
            _cell(ws, person.name),
            _cell(ws, person.position),
        ]
        for course in courses:
            cell = matrix.cell(person.id, course.id)
            if cell is None:
                row.append(None)
                continue
            value = cell_text(cell.state, cell.valid_until)
            row.append(
                _cell(
                    ws, value, fill=STATE_FILLS[cell.state], font=STATE_FONTS[cell.state],
                    alignment=CENTER, number_format=styles.NUMBER_FORMATS[styles.Kind.DATE],
                )
            )  # fmt: skip
        row.append(_share(ws, matrix.by_person(person.id).rate))
        ws.append(row)
    footer = [_cell(ws, translate("Training", "Compliant"), font=styles.LABEL_FONT), None, None]
    footer += [_share(ws, matrix.by_course(c.id).rate) for c in courses]
    footer.append(_share(ws, matrix.overall.rate, bold=True))
    ws.append(footer)
    ws.append([])
    legend = [_cell(ws, translate("Training", "Legend"), font=styles.LABEL_FONT), None, None]
    for state in CellState:
        legend.append(
            _cell(ws, state_label(state), fill=STATE_FILLS[state], font=STATE_FONTS[state],
                  alignment=CENTER)
        )  # fmt: skip
    ws.append(legend)
    save_atomically(wb, path)
    return path


def _share(ws: WriteOnlyWorksheet, rate: float | None, bold: bool = False) -> Cell:
    cell = _cell(ws, rate, number_format=styles.NUMBER_FORMATS[styles.Kind.PERCENT])
    if bold:
        cell.font = styles.LABEL_FONT
    return cell
