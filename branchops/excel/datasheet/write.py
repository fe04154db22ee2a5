"""Write the data sheet, in the current schema version, protected against casual edits."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from branchops.excel import pages, styles
from branchops.excel.cells import new_cell
from branchops.excel.datasheet import v2
from branchops.excel.datasheet.payload import (
    DATA_SHEET_NAME,
    HMAC_SHA256,
    DataPayload,
    algorithm_for,
    checksum,
)
from branchops.i18n import translate

# Sheet protection only stops accidental edits; the checksum is what detects a change.
PROTECTION_PASSWORD = "branchops"
_NOTE_FONT = Font(italic=True, color="808080")
LABEL_WIDTH = 40
DIRECTION_WIDTH = 20


def write_data_sheet(wb: Workbook, payload: DataPayload, key: str = "") -> tuple[str, str]:
    """Append the data sheet to the write-only ``wb``; returns ``(algorithm, digest)``."""
    algorithm, digest = checksum(v2.content(payload, algorithm_for(key)), key)
    ws = wb.create_sheet(DATA_SHEET_NAME)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 68  # the 64 characters of the checksum, whole
    ws.column_dimensions["C"].width = 10
    ws.column_dimensions["D"].width = LABEL_WIDTH  # the KPI rows' label
    ws.column_dimensions["E"].width = DIRECTION_WIDTH  # and direction (its header whole)
    # one page: the header rows, the checksum whole, and every KPI (it is read as one record)
    styles.fit_to_width(ws, landscape=True, pages_tall=1)
    note = data_sheet_note(algorithm)
    rows = v2.rows(payload, algorithm, digest)
    # the note wraps over D:E beside the header rows, merged over as many rows as its lines
    # need (a write-only row has no automatic height, so one tall row would hide the rest)
    lines = pages.lines_needed(styles.text_width(note), LABEL_WIDTH + DIRECTION_WIDTH)
    note_rows = min(lines + 1, len(v2.HEADER))
    for index, row in enumerate(rows):
        cells = [_cell(ws, value) for value in row]
        if index == 0:
            cells += [None] * (3 - len(cells)) + [_note(ws, note)]
        ws.append(cells)
    ws.merged_cells.add(f"D1:E{note_rows}")
    ws.protection.sheet = True
    ws.protection.password = PROTECTION_PASSWORD
    ws.protection.formatColumns = False  # widening a column to read is fine
    return algorithm, digest


def data_sheet_note(algorithm: str) -> str:
    """What the checksum of this data sheet proves, said exactly."""
    covered = translate(
        "Report",
        "Machine-readable data for HQ consolidation; do not edit. The checksum covers every value "
        "of this sheet and, through figures_sha256, every value on the visible sheets.",
    )
    if algorithm == HMAC_SHA256:
        return (
            covered
            + " "
            + translate(
                "Report",
                "It is signed with the HQ key (HMAC-SHA256): a change cannot be hidden without "
                "the key.",
            )
        )
    return (
        covered
        + " "
        + translate(
            "Report",
            "Without an HQ key it is a plain SHA-256: it shows accidental changes, but someone who "
            "edits the file can recompute it. Ask HQ for a signing key (Settings, branch profile).",
        )
    )


def _cell(ws: WriteOnlyWorksheet, value: Any) -> Any:
    return None if value is None else new_cell(ws, value)


def _note(ws: WriteOnlyWorksheet, text: str) -> Cell:
    cell = new_cell(ws, text)
    cell.font = _NOTE_FONT
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell
