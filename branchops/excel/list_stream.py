"""Export a long list (hundreds of thousands of rows) to .xlsx in bounded memory.

``write_list`` (list_export.py) lays the whole table out first, for print set-up and row
heights: right for a few thousand rows, not for half a million. ``write_list_streamed`` writes a
write-only sheet row by row as the rows come from the database (title, header, frozen panes,
filter, column widths from the header and the first rows), with the same formula-safety and
masking (``render.display_value``, ``cells.new_cell``). ``progress(done)`` is called every
``batch`` rows and may raise to stop; then no file is written.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter

from branchops import clock
from branchops.excel import styles
from branchops.excel.cells import clean_text, is_formula_like, new_cell
from branchops.excel.files import save_atomically
from branchops.excel.list_export import _kind, _pii_kind
from branchops.excel.render import RenderOptions, display_value, new_workbook, safe_sheet_name
from branchops.excel.sheetmodel import Kind
from branchops.i18n import translate

SAMPLE_ROWS = 200  # rows read before writing, for PII kinds and column widths
MAX_WIDTH = 60


def _width(values: Iterable[Any]) -> float:
    """Characters of the widest value; CJK characters count double."""
    widest = 0
    for value in values:
        text = "" if value is None else str(value)
        widest = max(widest, sum(2 if ord(ch) > 0x2E7F else 1 for ch in text))
    return min(widest + 2, MAX_WIDTH)


def _discard(ws: Any) -> None:
    """Close the sheet's half-written temporary file and remove it."""
    ws.close()
    ws._writer.cleanup()


class _Cells:
    """Turns a row of plain values into the cells of one sheet line: ``Ready`` cells, each
    column's looks (per type of value) made on a pattern cell once."""

    def __init__(self, ws: Any, kinds: Sequence[Kind], options: RenderOptions) -> None:
        self.ws, self.kinds, self.options = ws, kinds, options
        self.formats = [styles.NUMBER_FORMATS.get(k) for k in kinds]

    def line(self, row: Sequence[Any]) -> list[Any]:
        cells: list[Any] = []
        for index, (value, kind) in enumerate(zip(row, self.kinds, strict=False)):
            shown = display_value(value, kind, self.options)
            if shown is None:
                cells.append(None)
                continue
            cls = type(shown)
            look = (index, cls, cls is str and is_formula_like(shown))
            cells.append(
                self.ws.ready(shown, look)
                or self.ws.learn(look, shown, self.pattern(shown, self.formats[index]))
            )
        return cells

    def pattern(self, shown: Any, number_format: str | None) -> Cell:
        """The cell ``shown`` would be on its own (its text is display_value's, cleaned)."""
        if isinstance(shown, str):
            return new_cell(self.ws, shown)
        cell = WriteOnlyCell(self.ws, value=shown)
        if number_format:
            cell.number_format = number_format
        return cell


def write_list_streamed(
    path: str | Path,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    column_kinds: Sequence[Kind | str] | None = None,
    pii_columns: Collection[int] = (),
    *,
    total: int | None = None,
    mask_pii: bool = True,
    progress: Callable[[int], None] | None = None,
    batch: int = 2000,
) -> int:
    """Write the rows as they come; returns how many were written."""
    rows_iter: Iterator[Sequence[Any]] = iter(rows)
    sample = list(islice(rows_iter, SAMPLE_ROWS))
    kinds = [_kind(k) for k in (column_kinds or [Kind.TEXT] * len(headers))]
    kinds += [Kind.TEXT] * (len(headers) - len(kinds))
    for index in pii_columns:
        if 0 <= index < len(kinds):
            kinds[index] = _pii_kind(kinds[index], sample, index)
    wb = new_workbook()
    ws = wb.create_sheet(safe_sheet_name(title or translate("Excel", "List"), []))
    options = RenderOptions(mask_pii=mask_pii)
    for index, header in enumerate(headers):
        values = [header, *(r[index] for r in sample if index < len(r))]
        width = max(_width(values), styles.VALUE_WIDTHS.get(kinds[index], 0))
        ws.column_dimensions[get_column_letter(index + 1)].width = width
    ws.freeze_panes = "A4"  # written with the sheet's head: before the first row
    stamp = clock.now().strftime("%Y-%m-%d %H:%M")
    subtitle = translate("Excel", "Exported {time} · {count} rows").format(
        time=stamp, count=total if total is not None else len(sample)
    )
    heading = new_cell(ws, clean_text(title))
    if "title" in styles.ROLE_FONTS:
        heading.font = styles.ROLE_FONTS["title"]
    ws.append([heading])
    ws.append([new_cell(ws, subtitle)])
    header_cells = []
    for header in headers:
        cell = new_cell(ws, header)
        cell.font, cell.fill, cell.border = (
            styles.HEADER_FONT,
            styles.HEADER_FILL,
            styles.HEADER_BORDER,
        )
        header_cells.append(cell)
    ws.append(header_cells)
    cells = _Cells(ws, kinds, options)
    written = 0
    try:
        for row in chain(sample, rows_iter):
            ws.append(cells.line(row))
            written += 1
            if progress is not None and written % batch == 0:
                progress(written)
    except BaseException:
        _discard(ws)
        raise
    if written:
        ws.auto_filter.ref = f"A3:{get_column_letter(len(headers))}{written + 3}"
    else:
        ws.append([new_cell(ws, translate("Excel", "No rows."))])
    if progress is not None:
        progress(written)
    save_atomically(wb, Path(path))
    return written
