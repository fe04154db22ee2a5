"""Turn a ``SheetModel`` into a formatted worksheet of a write-only openpyxl workbook.

Every value goes into its cell through ``cells.put`` (text is never a formula); PII columns are
masked unless the caller unmasks on purpose, and what was masked is counted. ``layout.py`` decides
the columns, row heights and page breaks; this module writes them with the shared styles, the
frozen header, the filter, the print titles and the A4 page set-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.pagebreak import Break

from branchops.excel import styles
from branchops.excel.cells import (
    MaskCount,
    clean_text,
    is_formula_like,
    mask_free_text,
    mask_name,
    mask_phone,
    new_cell,
)
from branchops.excel.datasheet.figures import FiguresDigest
from branchops.excel.layout import CHART_HEIGHT_CM, SheetLayout, Spec, lay_out
from branchops.excel.sheetmodel import (
    Chart,
    ChartKind,
    Fields,
    Kind,
    SheetModel,
    Table,
    Value,
)
from branchops.excel.streamed_book import Ready, StreamedSheet, StreamedWorkbook
from branchops.i18n import translate

_PLAIN_TYPES = (int, float, Decimal, date)  # date covers datetime
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_NUMERIC_KINDS = frozenset(styles.NUMBER_FORMATS) - {Kind.DATE, Kind.DATETIME}
# kinds whose values display_value masks or labels, whatever their type
_LABELLED_KINDS = frozenset({Kind.PHONE, Kind.PERSON, Kind.USER_TEXT, Kind.BOOL, Kind.STATUS})


@dataclass
class RenderOptions:
    mask_pii: bool = True
    masked: MaskCount = field(default_factory=MaskCount)  # what masking replaced, added up
    figures: FiguresDigest | None = None  # every value written, for the data sheet's digest


def _data(value: Any, kind: Kind, options: RenderOptions) -> Spec:
    if isinstance(value, Value):
        value, kind = value.value, value.kind
    status = str(value) if kind is Kind.STATUS and value is not None else None
    return Spec(display_value(value, kind, options), kind, status=status)


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
    if kind not in _LABELLED_KINDS:  # the common cases first: the answers of the end below
        cls = type(value)
        if cls is int or cls is float:
            return value
        if cls is str:
            return clean_text(value)
    if kind is Kind.PHONE:
        text = clean_text(value)
        if not options.mask_pii or not text.strip():
            return text
        options.masked.phones += 1
        return mask_phone(text)
    if kind is Kind.PERSON:
        text = clean_text(value)
        if not options.mask_pii or not text.strip():
            return text
        options.masked.names += 1
        return mask_name(text)
    if kind is Kind.USER_TEXT:
        text = clean_text(value)
        return mask_free_text(text, options.masked) if options.mask_pii else text
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


def count_masked(models: Iterable[SheetModel]) -> MaskCount:
    """What masking finds in ``models``: the summary sheet states it before the sheets are written
    (as masked, or as written in full when the manager unmasked on purpose)."""
    options = RenderOptions(mask_pii=True)
    for model in models:
        for block in model.blocks:
            if isinstance(block, Table):
                kinds = [c.kind for c in block.columns]
                for row in block.rows:
                    for value, kind in zip(row, kinds, strict=False):
                        _data(value, kind, options)
            elif isinstance(block, Fields):
                for item in block.items:
                    _data(item.value, item.kind, options)
    return options.masked


def _style(cell: Any, spec: Spec) -> None:
    if spec.role == "data":
        number_format = styles.NUMBER_FORMATS.get(spec.kind)
        if number_format and not isinstance(spec.value, str):
            cell.number_format = number_format
        if spec.status in styles.STATUS_FILLS:
            cell.fill = styles.STATUS_FILLS[spec.status]
            cell.font = styles.STATUS_FONTS[spec.status]
        if spec.wrap:
            cell.alignment = styles.WRAP_ALIGNMENT
    elif spec.role == "header":
        cell.font, cell.fill = styles.HEADER_FONT, styles.HEADER_FILL
        cell.border = styles.HEADER_BORDER
        numeric = spec.kind in _NUMERIC_KINDS
        cell.alignment = styles.HEADER_ALIGNMENT_NUMBER if numeric else styles.HEADER_ALIGNMENT
    else:
        cell.font = styles.ROLE_FONTS.get(spec.role, cell.font)
        if spec.wrap:
            cell.alignment = styles.WRAP_ALIGNMENT
        elif spec.role in ("title", "subtitle", "section", "note") and spec.span > 1:
            cell.alignment = Alignment(vertical="top")


def _cell(ws: StreamedSheet, spec: Spec) -> Ready | None:
    """The spec as a ``Ready`` cell: each look (what ``put`` and ``_style`` make of a spec, given
    the type of its value) is made on a pattern cell once a sheet."""
    value = spec.value
    if value is None and spec.role == "data":
        return None
    text = isinstance(value, str)
    if text and spec.role != "data":  # a data cell's text is display_value's, cleaned
        value = clean_text(value)
    look = (
        type(value),
        text and is_formula_like(value),
        spec.role,
        spec.kind,
        spec.status,
        spec.wrap,
        spec.span > 1,
    )
    return ws.ready(value, look) or ws.learn(look, value, _pattern(ws, spec, value))


def _pattern(ws: StreamedSheet, spec: Spec, value: Any) -> Any:
    cell = new_cell(ws, value)
    _style(cell, spec)
    return cell


def _print_setup(ws: WriteOnlyWorksheet, layout: SheetLayout) -> None:
    styles.a4_landscape(ws, layout.scale)
    main = layout.main
    if main is not None and layout.main_is_last and not main.repeated_header:
        ws.print_title_rows = f"{main.header_row}:{main.header_row}"
    for row in layout.breaks:
        styles.printable(ws).row_breaks.append(Break(id=row))


def render_sheet(
    wb: Workbook, model: SheetModel, options: RenderOptions | None = None
) -> WriteOnlyWorksheet:
    """Add ``model`` as a new sheet of the write-only workbook ``wb``."""
    options = options or RenderOptions()
    layout = lay_out(model, lambda value, kind: _data(value, kind, options))
    ws: Any = wb.create_sheet(safe_sheet_name(model.name, wb.sheetnames))  # new_workbook's
    for index, width in layout.widths.items():
        ws.column_dimensions[get_column_letter(index)].width = width
    main = layout.main
    # Write-only sheets stream their head (properties, view, widths) at the first row: set first.
    if main is not None:
        ws.freeze_panes = f"A{main.first_data_row}"
    elif layout.title_rows:
        ws.freeze_panes = f"A{layout.title_rows + 1}"
    _print_setup(ws, layout)
    for number, line in enumerate(layout.lines, start=1):
        ws.set_height(number, round(line.height, 2))
        width = max(line.cells, default=0)
        row: list[Any] = [None] * width
        for column, spec in line.cells.items():
            row[column - 1] = cell = _cell(ws, spec)
            if cell is not None and options.figures is not None:
                options.figures.add(ws.title, number, column, cell.value)
            if spec.span > 1 and spec.value is not None:
                last = get_column_letter(column + spec.span - 1)
                ws.merged_cells.add(f"{get_column_letter(column)}{number}:{last}{number}")
        ws.append(row)
    if main is not None and main.table.rows and not main.repeated_header:
        last_col = get_column_letter(main.columns[-1])
        ws.auto_filter.ref = f"A{main.header_row}:{last_col}{main.last_row}"
    for chart, chart_row in layout.charts:
        _add_chart(ws, layout, chart, chart_row)
    return ws


def _add_chart(ws: WriteOnlyWorksheet, layout: SheetLayout, spec: Chart, row: int) -> None:
    placed = layout.tables[spec.table]
    chart = LineChart() if spec.kind is ChartKind.LINE else BarChart()
    chart.title = spec.title
    chart.height, chart.width = CHART_HEIGHT_CM, 20
    chart.y_axis.title = spec.y_title or None
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    if spec.y_min is not None:
        chart.y_axis.scaling.min = spec.y_min
    if spec.y_max is not None:
        chart.y_axis.scaling.max = spec.y_max
    first, last = placed.header_row, placed.last_row
    for column in spec.series_columns:
        sheet_column = placed.columns[column]
        data = Reference(ws, min_col=sheet_column, min_row=first, max_row=last)
        chart.add_data(data, titles_from_data=True)
    category = placed.columns[spec.category_column]
    categories = Reference(ws, min_col=category, min_row=first + 1, max_row=last)
    chart.set_categories(categories)
    styles.printable(ws).add_chart(chart, f"A{row}")


def new_workbook() -> Workbook:
    return StreamedWorkbook()
