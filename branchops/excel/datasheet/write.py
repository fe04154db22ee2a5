"""Write the data sheet, in the current schema version, protected against casual edits."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from branchops.excel.cells import clean_text, is_formula_like
from branchops.excel.datasheet import v1
from branchops.excel.datasheet.payload import (
    DATA_SHEET_NAME,
    DataPayload,
    algorithm_for,
    checksum,
)
from branchops.i18n import translate

# Sheet protection only stops accidental edits; the checksum is what detects a change.
PROTECTION_PASSWORD = "branchops"
_NOTE_FONT = Font(italic=True, color="808080")


def write_data_sheet(wb: Workbook, payload: DataPayload, key: str = "") -> tuple[str, str]:
    """Append the data sheet to the write-only ``wb``; returns ``(algorithm, digest)``."""
    algorithm, digest = checksum(v1.content(payload, algorithm_for(key)), key)
    ws = wb.create_sheet(DATA_SHEET_NAME)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 10
    ws.column_dimensions["E"].width = 60
    note = translate(
        "Report",
        "Machine-readable data for HQ consolidation. Do not edit: any change breaks the checksum.",
    )
    for index, row in enumerate(v1.rows(payload, algorithm, digest)):
        cells = [_cell(ws, value) for value in row]
        if index == 0:
            cells += [None, _note(ws, note)]
        ws.append(cells)
    ws.protection.sheet = True
    ws.protection.password = PROTECTION_PASSWORD
    ws.protection.formatColumns = False  # widening a column to read is fine
    return algorithm, digest


def _cell(ws: WriteOnlyWorksheet, value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    cell = WriteOnlyCell(ws, value=clean_text(value))
    cell.data_type = "s"
    if is_formula_like(cell.value):
        cell.quotePrefix = True
    return cell


def _note(ws: WriteOnlyWorksheet, text: str) -> Cell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = _NOTE_FONT
    return cell
