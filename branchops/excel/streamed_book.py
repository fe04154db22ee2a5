"""openpyxl's write-only workbook, taking the cells the renderers made as they are.

Upstream, a write-only sheet first tries every appended item as a value and, for a styled cell,
falls back on the ``ValueError`` (whose message formats the cell's repr): about a fifth of the
time a large sheet takes to write (the 200-branch consolidation). Here a cell is taken as the
cell it is and a plain value goes into a new cell, as upstream does for both in the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet


class StreamedSheet(WriteOnlyWorksheet):
    def _values_to_row(self, values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            cell = value if isinstance(value, Cell) else WriteOnlyCell(self, value)
            cell.column = col_idx
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell


class StreamedWorkbook(Workbook):
    """A write-only workbook whose sheets are ``StreamedSheet``s."""

    def __init__(self) -> None:
        super().__init__(write_only=True)

    def create_sheet(self, title: Any = None, index: int | None = None) -> StreamedSheet:
        sheet = StreamedSheet(parent=self, title=title)
        self._add_sheet(sheet=sheet, index=index)  # type: ignore[attr-defined]  # not in the stubs
        return sheet
