"""Turn a ``SheetModel`` into a formatted worksheet of a write-only openpyxl workbook.

Every string is written as a string cell (never a formula) and quote-prefixed when a spreadsheet
could read it as one; PII columns are masked unless the caller unmasks on purpose. Widths, the
frozen header, the filter and the A4 print set-up are derived from the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from branchops.excel import styles
from branchops.excel.cells import (
    clean_text,
    is_formula_like,
    mask_name,
    mask_phone,
    mask_phones_in_text,
)
from branchops.excel.sheetmodel import (
    Chart,
    ChartKind,
    Fields,
    Kind,
    Note,
    SheetModel,
    Table,
    Title,
    Value,
)
from branchops.i18n import translate

CHART_ROWS = 18
_PLAIN_TYPES = (int, float, Decimal, date)  # date covers datetime
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class RenderOptions:
    mask_pii: bool = True


@dataclass
class _Spec:
    """One cell before it exists: its value and how it looks."""

    value: Any
    kind: Kind = Kind.TEXT
    role: str = "data"  # title, subtitle, section, header, label, data, note
    status: str | None = None  # green / amber / red for a STATUS cell


def _data(value: Any, kind: Kind, options: RenderOptions) -> _Spec:
    if isinstance(value, Value):
        value, kind = value.value, value.kind
    status = str(value) if kind is Kind.STATUS and value is not None else None
    return _Spec(display_value(value, kind, options), kind, status=status)


@dataclass
class _Placed:
    table: Table
    header_row: int
    first_data_row: int
    last_row: int


class _Layout:
    def __init__(self, options: RenderOptions) -> None:
        self.options = options
        self.rows: list[list[_Spec]] = []
        self.tables: dict[str, _Placed] = {}
        self.main: _Placed | None = None
        self.title_rows = 0
        self.charts: list[tuple[Chart, int]] = []

    @property
    def next_row(self) -> int:
        return len(self.rows) + 1

    def add(self, cells: list[_Spec]) -> int:
        self.rows.append(cells)
        return len(self.rows)

    def blank(self) -> None:
        if self.rows and self.rows[-1]:
            self.rows.append([])


def safe_sheet_name(name: str, taken: Iterable[str]) -> str:
    """A valid, unique tab name: no ``[]:*?/\\``, at most 31 characters."""
    base = _BAD_SHEET_CHARS.sub(" ", clean_text(name)).strip().strip("'")[:31] or "Sheet"
    taken_lower = {t.lower() for t in taken}
    candidate, counter = base, 2
    while candidate.lower() in taken_lower:
        suffix = f" ({counter})"
        candidate = base[: 31 - len(suffix)] + suffix
        counter += 1
    return candidate


def display_value(value: Any, kind: Kind, options: RenderOptions) -> Any:
    """The value as the cell will hold it: masked, labelled or converted for Excel."""
    if value is None or value == "":
        return None
    if kind is Kind.PHONE:
        text = clean_text(value)
        return mask_phone(text) if options.mask_pii else text
    if kind is Kind.PERSON:
        text = clean_text(value)
        return mask_name(text) if options.mask_pii else text
    if kind is Kind.USER_TEXT:
        text = clean_text(value)
        return mask_phones_in_text(text) if options.mask_pii else text
    if kind is Kind.BOOL:
        return translate("Excel", "Yes") if value else translate("Excel", "No")
    if kind is Kind.STATUS:
        return status_label(str(value))
    if kind in (Kind.DATE, Kind.DATETIME) and isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, _PLAIN_TYPES):
        return value
    return clean_text(value)


def status_label(status: str) -> str | None:
    labels = {
        "green": translate("Excel", "On target"),
        "amber": translate("Excel", "Near target"),
        "red": translate("Excel", "Off target"),
    }
    return labels.get(status)


def _layout(model: SheetModel, options: RenderOptions) -> _Layout:
    out = _Layout(options)
    for block in model.blocks:
        if isinstance(block, Title):
            out.add([_Spec(clean_text(block.text), role="title")])
            if block.subtitle:
                out.add([_Spec(clean_text(block.subtitle), role="subtitle")])
            out.title_rows = len(out.rows)
        elif isinstance(block, Fields):
            out.blank()
            if block.title:
                out.add([_Spec(clean_text(block.title), role="section")])
            if block.across:
                out.add([_Spec(clean_text(i.label), role="header") for i in block.items])
                out.add([_data(i.value, i.kind, options) for i in block.items])
                continue
            for item in block.items:
                label = _Spec(clean_text(item.label), role="label")
                out.add([label, _data(item.value, item.kind, options)])
        elif isinstance(block, Table):
            _layout_table(out, block)
        elif isinstance(block, Note):
            out.blank()
            out.add([_Spec(clean_text(block.text), role="note")])
        elif isinstance(block, Chart):
            placed = out.tables.get(block.table)
            if placed is None or not placed.table.rows:
                continue  # nothing to plot: no empty chart, no empty space
            out.blank()
            out.charts.append((block, out.next_row))
            out.rows.extend([] for _ in range(CHART_ROWS))
    return out


def _layout_table(out: _Layout, table: Table) -> None:
    out.blank()
    if table.title:
        out.add([_Spec(clean_text(table.title), role="section")])
    header = out.add([_Spec(clean_text(c.header), role="header") for c in table.columns])
    kinds = [c.kind for c in table.columns]
    for row in table.rows:
        out.add([_data(v, k, out.options) for v, k in zip(row, kinds, strict=False)])
    if not table.rows and table.empty_text:
        out.add([_Spec(clean_text(table.empty_text), role="note")])
    placed = _Placed(table, header, header + 1, len(out.rows))
    if table.key:
        out.tables[table.key] = placed
    if table.main and out.main is None:
        out.main = placed


def _widths(out: _Layout, model: SheetModel) -> dict[int, float]:
    widths: dict[int, float] = {}
    for cells in out.rows:
        for index, spec in enumerate(cells, start=1):
            if spec.role in ("title", "subtitle", "section", "note") or spec.value is None:
                continue
            if spec.role == "header":
                width = min(styles.text_width(spec.value), 24.0)
            elif isinstance(spec.value, str):
                width = styles.text_width(spec.value)
            else:
                width = float(styles.VALUE_WIDTHS.get(spec.kind, 10))
            widths[index] = max(widths.get(index, 0.0), width)
    for table in (b for b in model.blocks if isinstance(b, Table)):
        for index, column in enumerate(table.columns, start=1):
            if column.width is not None:
                widths[index] = max(widths.get(index, 0.0), column.width)
    return {i: min(max(w + 2, styles.MIN_WIDTH), styles.MAX_WIDTH) for i, w in widths.items()}


def _cell(ws: WriteOnlyWorksheet, spec: _Spec) -> WriteOnlyCell | None:
    if spec.value is None and spec.role == "data":
        return None
    cell = WriteOnlyCell(ws, value=spec.value)
    if isinstance(spec.value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if is_formula_like(spec.value):
            cell.quotePrefix = True
    if spec.role == "data":
        number_format = styles.NUMBER_FORMATS.get(spec.kind)
        if number_format and not isinstance(spec.value, str):
            cell.number_format = number_format
        elif spec.kind is Kind.USER_TEXT:
            cell.alignment = styles.WRAP_ALIGNMENT
        if spec.status in styles.STATUS_FILLS:
            cell.fill = styles.STATUS_FILLS[spec.status]
            cell.font = styles.STATUS_FONTS[spec.status]
    elif spec.role == "header":
        cell.font, cell.fill = styles.HEADER_FONT, styles.HEADER_FILL
        cell.border, cell.alignment = styles.HEADER_BORDER, styles.HEADER_ALIGNMENT
    elif spec.role == "title":
        cell.font = styles.TITLE_FONT
    elif spec.role == "subtitle":
        cell.font = styles.SUBTITLE_FONT
    elif spec.role == "section":
        cell.font = styles.SECTION_FONT
    elif spec.role == "label":
        cell.font = styles.LABEL_FONT
    elif spec.role == "note":
        cell.font = styles.NOTE_FONT
    return cell


def render_sheet(
    wb: Workbook, model: SheetModel, options: RenderOptions | None = None
) -> WriteOnlyWorksheet:
    """Add ``model`` as a new sheet of the write-only workbook ``wb``."""
    options = options or RenderOptions()
    out = _layout(model, options)
    ws = wb.create_sheet(safe_sheet_name(model.name, wb.sheetnames))
    for index, width in _widths(out, model).items():
        ws.column_dimensions[get_column_letter(index)].width = width
    main = out.main
    # Write-only sheets stream their head (properties, view, widths) at the first row: set first.
    if main is not None:
        ws.freeze_panes = f"A{main.first_data_row}"
    elif out.title_rows:
        ws.freeze_panes = f"A{out.title_rows + 1}"
    styles.a4_landscape(ws, (main.header_row, main.header_row) if main else None)
    for cells in out.rows:
        ws.append([_cell(ws, spec) for spec in cells])
    if main is not None and main.table.rows:
        last_col = get_column_letter(len(main.table.columns))
        ws.auto_filter.ref = f"A{main.header_row}:{last_col}{main.last_row}"
    for chart, row in out.charts:
        _add_chart(ws, out, chart, row)
    return ws


def _add_chart(ws: WriteOnlyWorksheet, out: _Layout, spec: Chart, row: int) -> None:
    placed = out.tables[spec.table]
    chart = LineChart() if spec.kind is ChartKind.LINE else BarChart()
    chart.title = spec.title
    chart.height, chart.width = 8.5, 20.0
    chart.y_axis.title = spec.y_title or None
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    if spec.y_min is not None:
        chart.y_axis.scaling.min = spec.y_min
    if spec.y_max is not None:
        chart.y_axis.scaling.max = spec.y_max
    first, last = placed.header_row, placed.last_row
    for column in spec.series_columns:
        data = Reference(ws, min_col=column + 1, min_row=first, max_row=last)
        chart.add_data(data, titles_from_data=True)
    categories = Reference(ws, min_col=spec.category_column + 1, min_row=first + 1, max_row=last)
    chart.set_categories(categories)
    ws.add_chart(chart, f"A{row}")


def new_workbook() -> Workbook:
    return Workbook(write_only=True)
