"""openpyxl's write-only workbook, taking the cells the renderers made as they are, and writing
the rows' XML as text.

Upstream, a write-only sheet first tries every appended item as a value and, for a styled cell,
falls back on the ``ValueError`` (whose message formats the cell's repr): about a fifth of the
time a large sheet takes to write (the 200-branch consolidation). Here a cell is taken as the
cell it is and a plain value goes into a new cell, as upstream does for both in the end.

Upstream then builds an element per cell and serializes it with namespace bookkeeping: most of
what writing a large sheet costs. ``value_xml`` writes the same characters for the cells the
renderers make (numbers, text, dates, booleans, blanks, with or without a style); a cell with
a formula, rich text, a comment or a hyperlink goes through upstream's own writer in its place.
A renderer may append ``Ready`` cells: a value with the data type and style id of a pattern
cell, written without a ``Cell`` of its own.
``tests/excel/test_streamed_book.py`` holds the sheets' XML equal to upstream's.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Hashable, Iterable, Iterator
from copy import copy
from dataclasses import dataclass
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
from openpyxl.worksheet.dimensions import RowDimension

_NUMBERS = (int, float, Decimal)
_DATES = (datetime, date, time)


@dataclass(slots=True)  # not frozen: a frozen one costs a call per field to make
class Ready:
    """A cell made without a ``Cell``: its value as the cell holds it, its data type and its
    registered style (``StreamedSheet.ready`` and ``learn``). For a renderer that writes many
    cells of a few looks: building, styling and registering a ``Cell`` for each is most of what
    it costs."""

    value: Any
    data_type: str
    style_id: int | None


class StreamedSheet(WriteOnlyWorksheet):
    def __init__(self, parent: Any, title: Any) -> None:
        super().__init__(parent, title)
        self._heights: dict[int, str] = {}  # row → its height's attributes, as upstream writes
        self._height_attrs: dict[float, str] = {}
        self._looks: dict[Hashable, tuple[str, int | None]] = {}  # look → data type, style id

    def set_height(self, row: int, height: float) -> None:
        """``row_dimensions[row].height = height`` without a ``RowDimension`` object per row
        (a tenth of what writing a long sheet costs)."""
        if LXML:
            self.row_dimensions[row].height = height  # type: ignore[attr-defined]
            return
        attrs = self._height_attrs.get(height)
        if attrs is None:
            dimension = RowDimension(self, index=row, ht=height)  # type: ignore[arg-type]
            attrs = "".join(f' {k}="{_escape_attrib(v)}"' for k, v in dimension)
            self._height_attrs[height] = attrs
        self._heights[row] = attrs

    def ready(self, value: Any, look: Hashable) -> Ready | None:
        """``value`` as a ``Ready`` cell of a look already learnt, or None."""
        known = self._looks.get(look)
        return None if known is None else Ready(value, *known)

    def learn(self, look: Hashable, value: Any, pattern: Cell) -> Ready:
        """Learns ``look`` from ``pattern`` (a cell holding what its cells hold and looking as
        they do; it is not written) and gives ``value`` as a cell of it."""
        known = self._looks[look] = (
            pattern.data_type,
            pattern.style_id if pattern.has_style else None,
        )
        return Ready(value, *known)

    def _values_to_row(self, values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
        for col_idx, value in enumerate(values, 1):
            if value is not None:
                yield self._placed(value, col_idx, row_idx)

    def _placed(self, value: Any, col_idx: int, row_idx: int) -> Cell:
        if isinstance(value, Ready):
            cell = self._cell_of(value)
        elif isinstance(value, Cell):
            cell = value
        else:
            cell = WriteOnlyCell(self, value)
        cell.column = col_idx
        cell.row = row_idx
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate
        return cell

    def _cell_of(self, ready: Ready) -> Cell:
        cell = WriteOnlyCell(self)
        cell._value, cell.data_type = ready.value, ready.data_type  # type: ignore[attr-defined]
        if ready.style_id is not None:
            styles: Any = self.parent._cell_styles  # type: ignore[union-attr]
            cell._style = copy(styles[ready.style_id])  # type: ignore[attr-defined]
        return cell

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
                    self._write_row(xf, row, row_idx)
                    row_idx += 1
            except GeneratorExit:
                pass
        ws._writer.xf.send(None)

    def _write_row(self, xf: Any, values: Iterable[Any], row_idx: int) -> None:
        ws: Any = self
        write: Callable[[str], Any] = xf._file
        height = self._heights.get(row_idx)
        if height is not None:
            write(f'<row r="{row_idx}"{height}>')
        else:
            attrs = {"r": f"{row_idx}"}
            attrs.update(ws.row_dimensions.get(row_idx, {}))
            write("<row" + "".join(f' {k}="{_escape_attrib(v)}"' for k, v in attrs.items()) + ">")
        workbook = self.parent
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Ready):
                if value.value is None and value.style_id is None:
                    continue  # as upstream skips a blank cell without a style
                text = value_xml(
                    col_idx, row_idx, value.style_id, value.data_type, value.value, workbook
                )
                if text is not None:
                    write(text)
                    continue
            self._write_cell(xf, write, self._placed(value, col_idx, row_idx))
        write("</row>")

    def _write_cell(self, xf: Any, write: Callable[[str], Any], cell: Any) -> None:
        if cell._comment is not None:
            self._comments.append(CommentRecord.from_cell(cell))  # type: ignore[attr-defined]
        styled = cell.has_style
        if cell._value is None and not styled and not cell._comment:
            return
        text = None
        if cell._hyperlink is None and cell._comment is None:
            style_id = cell.style_id if styled else None
            text = value_xml(
                cell.column, cell.row, style_id, cell.data_type, cell._value, cell.parent.parent
            )
        if text is None:
            write_cell(xf, self, cell, styled)
        else:
            write(text)


def value_xml(
    column: int, row: int, style_id: int | None, kind: str, value: Any, workbook: Any
) -> str | None:
    """The ``<c>`` element as upstream writes it, or None for a cell upstream must write (a
    formula, rich text, a type of value not made here)."""
    head = f'<c r="{get_column_letter(column)}{row}"'
    if style_id is not None:
        head += f' s="{style_id}"'
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
