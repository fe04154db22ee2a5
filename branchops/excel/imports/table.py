"""Find the data in a user's sheet: which sheet, which row holds the headers, which column is
which, and the data rows under them (merged cells filled, blank rows skipped)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter

from branchops.excel.imports.book import ImportBook as Workbook
from branchops.excel.imports.book import ImportSheet as Worksheet
from branchops.excel.imports.spec import ColumnSpec, ImportKind, normal_header
from branchops.excel.imports.values import is_blank

HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class DataRow:
    number: int  # the spreadsheet's row number
    cells: dict[str, Any]  # column key → raw cell value


@dataclass(frozen=True)
class FoundTable:
    sheet: str
    header_row: int
    columns: dict[str, int]  # column key → 1-based column index
    titles: dict[str, str]  # column key → "C (岗位)" as found in the file
    rows: list[DataRow]

    def missing(self, kind: ImportKind) -> list[ColumnSpec]:
        return [c for c in kind.required() if c.key not in self.columns]


def _grid(ws: Worksheet) -> list[list[Any]]:
    """Cell values with every merged range's value copied into all of its cells."""
    grid = [list(row) for row in ws.iter_rows(values_only=True)]
    for merged in ws.merged_cells.ranges:
        top = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(grid) else None
        for r in range(merged.min_row, min(merged.max_row, len(grid)) + 1):
            row = grid[r - 1]
            if len(row) < merged.max_col:
                row.extend([None] * (merged.max_col - len(row)))
            for c in range(merged.min_col, merged.max_col + 1):
                row[c - 1] = top
    return grid


def _match(row: list[Any], kind: ImportKind) -> dict[str, int]:
    words = {c.key: c.header_words() for c in kind.columns}
    found: dict[str, int] = {}
    for index, value in enumerate(row, start=1):
        word = normal_header(value)
        if not word:
            continue
        for key, accepted in words.items():
            if word in accepted and key not in found:
                found[key] = index
                break
    return found


def _data_start(ws: Worksheet, header_row: int) -> int:
    """The first row under the header, below any header cell merged downwards."""
    start = header_row + 1
    for merged in ws.merged_cells.ranges:
        if merged.min_row <= header_row <= merged.max_row:
            start = max(start, merged.max_row + 1)
    return start


def find_table(wb: Workbook, kind: ImportKind) -> FoundTable | None:
    """The visible sheet and header row matching most of the kind's columns."""
    best: tuple[int, int, Worksheet, int, dict[str, int], list[list[Any]]] | None = None
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        grid = _grid(ws)
        named = int(normal_header(ws.title) in kind.sheet_words())
        for index, row in enumerate(grid[:HEADER_SEARCH_ROWS], start=1):
            found = _match(row, kind)
            score = (len(found), named)
            if found and (best is None or score > (best[0], best[1])):
                best = (len(found), named, ws, index, found, grid)
    if best is None:
        return None
    _, _, ws, header_row, columns, grid = best
    header = grid[header_row - 1]
    titles = {
        key: f"{get_column_letter(col)} ({str(header[col - 1]).strip()})"
        for key, col in columns.items()
    }
    rows = []
    for number in range(_data_start(ws, header_row), len(grid) + 1):
        values = grid[number - 1]
        cells = {
            key: values[col - 1] if col <= len(values) else None for key, col in columns.items()
        }
        if all(is_blank(v) for v in cells.values()):
            continue  # blank and trailing rows
        rows.append(DataRow(number, cells))
    return FoundTable(ws.title, header_row, columns, titles, rows)
