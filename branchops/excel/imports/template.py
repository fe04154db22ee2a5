"""Write the blank import template of a kind: the data sheet with drop-downs and checks on the
cells, an instructions sheet (each column's rules, allowed values, example, help), and a hidden
sheet holding the drop-down lists."""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell.cell import Cell
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation

from branchops.excel import styles
from branchops.excel.cells import new_cell
from branchops.excel.chosen_file import MAX_BYTES
from branchops.excel.files import save_atomically
from branchops.excel.imports.reader import MAX_COLUMNS
from branchops.excel.imports.spec import (
    CLEAR_MARKERS,
    ColumnSpec,
    ImportKind,
    ValueType,
    bound_text,
)
from branchops.excel.render import new_workbook, render_sheet
from branchops.excel.sheetmodel import Column, Kind, Note, SheetModel, Table, Title
from branchops.i18n import translate

TEMPLATE_ROWS = 1000
LISTS_SHEET = "lists"
REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")


def type_label(column: ColumnSpec) -> str:
    labels = {
        ValueType.TEXT: translate("Import", "Text"),
        ValueType.INT: translate("Import", "Whole number"),
        ValueType.NUMBER: translate("Import", "Number"),
        ValueType.DATE: translate("Import", "Date (YYYY-MM-DD)"),
        ValueType.BOOL: translate("Import", "Yes / No"),
        ValueType.CHOICE: translate("Import", "One from the list"),
        ValueType.LIST: translate("Import", "Several, separated by 、"),
    }
    return labels[column.type]


def allowed_values(column: ColumnSpec) -> list[str]:
    if column.type is ValueType.CHOICE:
        return [c.title for c in column.choices]
    if column.type is ValueType.BOOL:
        return [translate("Import", "Yes"), translate("Import", "No")]
    return []


def header_text(column: ColumnSpec) -> str:
    return f"{column.label} *" if column.required else column.label


def _validation(column: ColumnSpec, list_ref: str | None) -> DataValidation | None:
    error_title = translate("Import", "Not allowed here")
    if list_ref is not None:
        dv = DataValidation(type="list", formula1=list_ref, allow_blank=True)
        dv.error = translate("Import", "Choose a value from the drop-down list.")
    elif column.type is ValueType.DATE:
        dv = DataValidation(
            type="date", operator="between", formula1="1", formula2="2958465", allow_blank=True
        )
        dv.error = translate("Import", "Enter a date, e.g. 2024-03-01.")
    elif column.type in (ValueType.INT, ValueType.NUMBER) and column.maximum is not None:
        dv = DataValidation(
            type="whole" if column.type is ValueType.INT else "decimal",
            operator="between",
            formula1=str(column.minimum if column.minimum is not None else 0),
            formula2=str(column.maximum),
            allow_blank=True,
        )
        dv.error = translate("Import", "Enter a number from {low} to {high}.").format(
            low=bound_text(column.minimum or 0), high=bound_text(column.maximum)
        )
    else:
        return None
    dv.errorTitle = error_title
    dv.showErrorMessage = True
    if column.open_choices:
        dv.errorStyle = "warning"  # a value outside the list is allowed after a warning
    dv.prompt = column.help_text or None
    dv.showInputMessage = bool(column.help_text)
    return dv


def _update_note() -> str:
    return translate(
        "Import",
        "A blank cell, or a column you leave out, keeps what BranchOps already has for that "
        "record. To erase a stored value, write {marker} (or {other}) in the cell.",
    ).format(marker=CLEAR_MARKERS[0], other=CLEAR_MARKERS[1])


def _instructions(kind: ImportKind) -> SheetModel:
    rows = []
    for column in kind.columns:
        example = column.example
        rows.append(
            [
                column.label,
                translate("Import", "Required") if column.required else "",
                type_label(column),
                "、".join(allowed_values(column)),
                example,
                column.help_text,
            ]
        )
    general = [
        translate(
            "Import",
            "Fill in the sheet “{sheet}”: one row per record under the headings. Columns "
            "marked * are required.",
        ).format(sheet=kind.sheet_name),
        translate(
            "Import",
            "All or nothing: if any row has a problem, nothing is imported and every problem "
            "is listed with its row and column.",
        ),
        *(translate("Import", note) for note in kind.notes),
        *([_update_note()] if kind.updates else []),
        translate(
            "Import",
            "Dates: write YYYY-MM-DD (e.g. 2024-03-01) or use a date cell. A date such as "
            "1/5/2026, whose day and month could be read either way round, is refused.",
        ),
        translate(
            "Import",
            "Limits: at most {rows} rows and {columns} columns on the sheet, and {mb} MB per file.",
        ).format(rows=f"{kind.row_limit:,}", columns=MAX_COLUMNS, mb=MAX_BYTES // 1024 // 1024),
    ]
    name = translate("Import", "Instructions")
    return SheetModel(
        name,
        [
            Title(translate("Import", "Import template: {kind}").format(kind=kind.label)),
            *(Note(text) for text in general),
            Table(
                [
                    Column(translate("Import", "Column")),
                    Column(translate("Import", "Required")),
                    Column(translate("Import", "Type")),
                    Column(translate("Import", "Allowed values"), width=30),
                    Column(translate("Import", "Example"), Kind.TEXT),
                    Column(translate("Import", "Help"), width=60),
                ],
                rows,
                main=True,
            ),
        ],
    )


def write_template(kind: ImportKind, path: Path) -> Path:
    wb = new_workbook()
    data = wb.create_sheet(kind.sheet_name)
    lists = [(c, allowed_values(c)) for c in kind.columns if allowed_values(c)]
    refs: dict[str, str] = {}
    for index, (column, values) in enumerate(lists, start=1):
        letter = get_column_letter(index)
        refs[column.key] = f"{LISTS_SHEET}!${letter}$1:${letter}${len(values)}"
    for index, column in enumerate(kind.columns, start=1):
        data.column_dimensions[get_column_letter(index)].width = max(
            column.width, styles.text_width(header_text(column)) + 2
        )
    data.freeze_panes = "A2"
    styles.fit_to_width(data, landscape=True)
    data.print_title_rows = "1:1"
    data.append([_header_cell(data, column) for column in kind.columns])
    for index, column in enumerate(kind.columns, start=1):
        dv = _validation(column, refs.get(column.key))
        if dv is not None:
            letter = get_column_letter(index)
            dv.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
            data.data_validations.append(dv)
    render_sheet(wb, _instructions(kind))
    hidden = wb.create_sheet(LISTS_SHEET)
    hidden.sheet_state = "hidden"
    longest = max((len(values) for _, values in lists), default=0)
    for row in range(longest):
        hidden.append(
            [new_cell(hidden, values[row]) if row < len(values) else None for _, values in lists]
        )
    save_atomically(wb, path)
    return path


def _header_cell(ws: WriteOnlyWorksheet, column: ColumnSpec) -> Cell:
    cell = new_cell(ws, header_text(column))
    cell.font, cell.border, cell.alignment = (
        styles.HEADER_FONT,
        styles.HEADER_BORDER,
        styles.HEADER_ALIGNMENT,
    )
    cell.fill = REQUIRED_FILL if column.required else styles.HEADER_FILL
    return cell
