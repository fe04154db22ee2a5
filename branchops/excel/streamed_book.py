"""openpyxl's write-only workbook, taking the cells the renderers made as they are, and writing
the rows' XML as text.

Upstream, a write-only sheet first tries every appended item as a value and, for a styled cell,
falls back on the ``ValueError`` (whose message formats the cell's repr): about a fifth of the
time a large sheet takes to write (the 200-branch consolidation). Here a cell is taken as the
cell it is and a plain value goes into a new cell, as upstream does for both in the end.

Upstream then builds an element per cell and serializes it with namespace bookkeeping: most of
what writing a large sheet costs. ``cell_xml`` writes the same characters for the cells the
renderers make (numbers, text, dates, booleans, blanks, with or without a style); a cell with
a formula, rich text, a comment or a hyperlink goes through upstream's own writer in its place.
``tests/excel/test_streamed_book.py`` holds the sheets' XML equal to upstream's.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from math import isinf, isnan
from typing import Any
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # type: ignore[attr-defined]

from openpyxl import LXML, Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell._writer import write_cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_NUMBERS = (int, float, Decimal)
_DATES = (datetime, date, time)


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

    def _write_rows(self) -> Generator[None, Any, None]:  # upstream's generator, as text
        ws: Any = self  # upstream's private parts, not in the stubs
        if LXML:  # lxml's writer takes no text as it is: upstream's way
            yield from WriteOnlyWorksheet._write_rows(ws)  # type: ignore[attr-defined]
            return
        try:
            xf = ws._writer.xf.send(True)
        except StopIteration:
            ws._already_saved()  # raises
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = yield
                    self._write_row(xf, self._values_to_row(row, row_idx), row_idx)
                    row_idx += 1
            except GeneratorExit:
                pass
        ws._writer.xf.send(None)

    def _write_row(self, xf: Any, cells: Iterable[Any], row_idx: int) -> None:
        ws: Any = self
        write: Callable[[str], Any] = xf._file
        attrs = {"r": f"{row_idx}"}
        attrs.update(ws.row_dimensions.get(row_idx, {}))
        write("<row" + "".join(f' {k}="{_escape_attrib(v)}"' for k, v in attrs.items()) + ">")
        for cell in cells:
            if cell._comment is not None:
                ws._comments.append(CommentRecord.from_cell(cell))
            styled = cell.has_style
            if cell._value is None and not styled and not cell._comment:
                continue
            text = cell_xml(cell, styled)
            if text is None:
                write_cell(xf, self, cell, styled)
            else:
                write(text)
        write("</row>")


def cell_xml(cell: Any, styled: bool) -> str | None:
    """The cell's ``<c>`` element as upstream writes it, or None for a cell upstream must write
    (a formula, rich text, a hyperlink or comment, a type of value not made here)."""
    if cell._hyperlink is not None or cell._comment is not None:
        return None
    kind, value = cell.data_type, cell._value
    head = f'<c r="{get_column_letter(cell.column)}{cell.row}"'
    if styled:
        head += f' s="{cell.style_id}"'
    if kind == "s":
        if not isinstance(value, str):
            return None
        if value == "":
            return head + ' t="inlineStr" />'
        stripped = value.strip()
        space = ' xml:space="preserve"' if stripped and stripped != value else ""
        return f'{head} t="inlineStr"><is><t{space}>{_escape_cdata(value)}</t></is></c>'
    if kind == "n" or kind == "b":
        if value is None or value == "":
            return f'{head} t="{kind}" />'
        if not isinstance(value, _NUMBERS):
            return None
        return f'{head} t="{kind}">{_number(value)}</c>'
    if kind == "d":
        if not isinstance(value, _DATES) or isinstance(value, timedelta):
            return None
        workbook = cell.parent.parent
        if workbook.iso_dates or getattr(value, "tzinfo", None) is not None:
            return None
        return f'{head} t="n">{_number(to_excel(value, workbook.epoch))}</c>'
    return None


def _number(value: Any) -> str:
    """The ``<v>`` element of a number (empty for one Excel cannot hold)."""
    if isnan(value) or isinf(value):
        return "<v />"
    return f"<v>{float(value):.16g}</v>"  # as openpyxl's "%.16g" % value


class StreamedWorkbook(Workbook):
    """A write-only workbook whose sheets are ``StreamedSheet``s."""

    def __init__(self) -> None:
        super().__init__(write_only=True)

    def create_sheet(self, title: Any = None, index: int | None = None) -> StreamedSheet:
        sheet = StreamedSheet(parent=self, title=title)
        self._add_sheet(sheet=sheet, index=index)  # type: ignore[attr-defined]  # not in the stubs
        return sheet
