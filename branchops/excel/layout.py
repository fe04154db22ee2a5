"""Where every block of a ``SheetModel`` goes: sheet columns, row heights and page breaks.

Columns: the sheet's main table (or its widest table) decides the column widths; every other
table keeps its own widths by letting a column span (merge) as many sheet columns as it needs, so
a long "Details" column of one table does not stretch the numbers of another.

Pages: rows get explicit heights and the sheet one fixed scale (``pages.py``), so the breaks the
layout plans are the breaks every program prints: a chart, a block of fields or the start of a
table never straddles a break; a table that continues on the next page repeats its header there
(the main table, when it is the sheet's last block, does so through the print titles).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from branchops.excel import pages, styles
from branchops.excel.sheetmodel import Block, Chart, Fields, Kind, Note, SheetModel, Table, Title

CHART_HEIGHT_CM = 8.5
CHART_ROW_HEIGHT = 15.0
CHART_PAD_HEIGHT = 4.0
HEADER_WRAP_AT = 18.0  # a header longer than this wraps onto a second line
TEXT_WIDTH_CAP = 50.0
MAX_ROW_HEIGHT = 409.0  # Excel's limit
MIN_TABLE_START_ROWS = 3  # a table starts on a page only if its header and 3 rows fit there
WIDEN_AT_MOST = 6.0  # characters a set sheet column may grow for another table's column
MAIN_MIN_SCALE = 55  # the smallest print scale that keeps a main table on one page
FONT_SIZES = {"title": 14, "section": 12}
FULL_WIDTH_ROLES = ("title", "subtitle", "section", "note")


@dataclass(slots=True)  # one for every cell of a sheet
class Spec:
    """One cell before it exists: its value and how it looks."""

    value: Any
    kind: Kind = Kind.TEXT
    role: str = "data"  # title, subtitle, section, header, label, data, note
    status: str | None = None  # green / amber / red for a STATUS cell
    span: int = 1  # sheet columns covered (merged when more than one)
    wrap: bool = False
    measured: float | None = field(default=None, repr=False, compare=False)  # its text width


@dataclass(slots=True)
class Line:
    cells: dict[int, Spec]  # sheet column (1-based) → cell
    height: float
    unit: int  # index of the block it belongs to; -1 for a spacer
    role: str = "data"


@dataclass
class PlacedTable:
    table: Table
    columns: list[int]  # sheet column of each table column
    header_row: int = 0
    first_data_row: int = 0
    last_row: int = 0
    repeated_header: bool = False  # a copy of the header was inserted after a page break


@dataclass
class _Unit:
    block: Block
    rows: list[tuple[str, list[Spec | None]]]  # (role, cell per logical column)
    desired: list[float]  # widths the block would choose on a sheet of its own
    needed: list[float] = field(default_factory=list)  # the least it can take (headers wrap)
    mapping: list[tuple[int, int]] = field(default_factory=list)  # (sheet column, span)
    lines: list[Line] = field(default_factory=list)


@dataclass
class SheetLayout:
    lines: list[Line]
    widths: dict[int, float]
    scale: int
    breaks: list[int]  # a page break after each of these rows
    tables: dict[str, PlacedTable]
    main: PlacedTable | None
    main_is_last: bool
    title_rows: int
    charts: list[tuple[Chart, int]]  # (chart, first row of its space)


def _text_width(spec: Spec | None) -> float:
    """The width of the cell's widest line (measured once: column widths and wrapping both
    ask)."""
    if spec is None or spec.value is None:
        return 0.0
    if spec.measured is None:
        spec.measured = _measure(spec.value, spec.kind)
    return spec.measured


def _measure(value: Any, kind: Kind) -> float:
    if isinstance(value, str):
        if "\n" not in value:
            return styles.text_width(value)
        return max(styles.text_width(part) for part in value.split("\n"))
    shown = styles.shown_text(value, kind)
    if shown is not None:
        return float(len(shown))
    return float(styles.VALUE_WIDTHS.get(kind, 10))


def _word_width(spec: Spec | None) -> float:
    """The longest word of a header: it wraps at its spaces, so it needs no more than that."""
    if spec is None or not isinstance(spec.value, str):
        return _text_width(spec)
    return max((styles.text_width(word) for word in spec.value.split()), default=0.0)


def _widths(
    rows: list[tuple[str, list[Spec | None]]], count: int
) -> tuple[list[float], list[float]]:
    """Per logical column, the width it would choose on a sheet of its own (a header wraps at
    ``HEADER_WRAP_AT``) and the least it can take (its data, its header's longest word)."""
    desired, needed = [0.0] * count, [0.0] * count
    widest = [0.0] * count  # of the data
    for role, cells in rows:
        if role == "header":
            for index, spec in enumerate(cells[:count]):
                wanted, least = min(_text_width(spec), HEADER_WRAP_AT), _word_width(spec)
                desired[index] = max(desired[index], wanted)
                needed[index] = max(needed[index], least)
            continue
        for index, spec in enumerate(cells[:count]):
            measured = _text_width(spec)
            if measured > widest[index]:
                widest[index] = measured
    return (
        [min(max(w, data), TEXT_WIDTH_CAP) + 2 for w, data in zip(desired, widest, strict=True)],
        [min(max(w, data), TEXT_WIDTH_CAP) + 2 for w, data in zip(needed, widest, strict=True)],
    )


def _map(
    desired: list[float], base: dict[int, float], needed: list[float] | None = None
) -> list[tuple[int, int]]:
    """Give each logical column a first sheet column and a span. A new sheet column takes the
    desired width; a set one is widened by at most ``WIDEN_AT_MOST`` to what the column needs,
    else the column spans further sheet columns (merged), so its neighbours stay aligned."""
    out, column = [], 1
    for index, wanted in enumerate(desired):
        wanted = min(max(wanted, styles.MIN_WIDTH), styles.MAX_WIDTH)
        if column not in base:
            base[column] = wanted
        elif needed is not None and index < len(needed):
            wanted = min(max(needed[index], styles.MIN_WIDTH), wanted)
            if base[column] < wanted <= base[column] + WIDEN_AT_MOST:
                base[column] = wanted
        have, span = base[column], 1
        while have < wanted * 0.92:
            nxt = column + span
            if nxt not in base:
                base[nxt] = max(wanted - have - 1, styles.MIN_WIDTH)
            have += base[nxt] + 1
            span += 1
        out.append((column, span))
        column += span
    return out


def _units(model: SheetModel, data: Any) -> list[_Unit]:
    """Each block as rows of logical columns; ``data(value, kind)`` makes a data cell."""
    units = []
    for block in model.blocks:
        rows: list[tuple[str, list[Spec | None]]] = []
        if isinstance(block, Title):
            rows.append(("title", [Spec(block.text, role="title")]))
            if block.subtitle:
                rows.append(("subtitle", [Spec(block.subtitle, role="subtitle")]))
        elif isinstance(block, Fields):
            if block.title:
                rows.append(("section", [Spec(block.title, role="section")]))
            if block.across:
                rows.append(("header", [Spec(i.label, role="header") for i in block.items]))
                rows.append(("data", [data(i.value, i.kind) for i in block.items]))
            else:
                rows.extend(
                    ("data", [Spec(i.label, role="label"), data(i.value, i.kind)])
                    for i in block.items
                )
        elif isinstance(block, Table):
            if block.title:
                rows.append(("section", [Spec(block.title, role="section")]))
            header: list[Spec | None] = [
                Spec(c.header, c.kind, role="header") for c in block.columns
            ]
            rows.append(("header", header))
            kinds = [c.kind for c in block.columns]
            rows.extend(
                ("data", [data(v, k) for v, k in zip(row, kinds, strict=False)])
                for row in block.rows
            )
            if not block.rows and block.empty_text:
                rows.append(("note", [Spec(block.empty_text, role="note")]))
        elif isinstance(block, Note):
            rows.append(("note", [Spec(block.text, role="note")]))
        elif isinstance(block, Chart):
            rows.append(("chart", []))
        count = max((len(cells) for role, cells in rows if role not in FULL_WIDTH_ROLES), default=0)
        own = [r for r in rows if r[0] not in FULL_WIDTH_ROLES]
        desired, needed = _widths(own, count)
        if isinstance(block, Table):
            for index, column in enumerate(block.columns):
                if column.width is not None and index < len(desired):
                    desired[index] = needed[index] = column.width + 2
        units.append(_Unit(block, rows, desired, needed))
    return units


def _primary(units: list[_Unit]) -> _Unit | None:
    tables = [u for u in units if isinstance(u.block, Table)]
    main = [u for u in tables if isinstance(u.block, Table) and u.block.main]
    if main:
        return main[0]
    return max(tables, key=lambda u: len(u.desired), default=None)


def _row_height(role: str, cells: dict[int, Spec], widths: dict[int, float]) -> float:
    base = pages.line_height(FONT_SIZES.get(role, 11))
    lines = 1
    for column, spec in cells.items():
        if not spec.wrap or spec.value is None:
            continue
        available = sum(widths.get(column + i, 8.43) for i in range(spec.span)) + spec.span - 1
        text = spec.value if isinstance(spec.value, str) else ""
        count = sum(pages.lines_needed(styles.text_width(p), available) for p in text.split("\n"))
        lines = max(lines, count)
    return min(base * lines + (3 if lines > 1 else 0), MAX_ROW_HEIGHT)


def _materialise(unit: _Unit, index: int, widths: dict[int, float], last_column: int) -> None:
    # the width each logical column has across the sheet columns it spans
    room = [
        sum(widths[column + i] for i in range(span)) + span - 1 for column, span in unit.mapping
    ]
    for role, cells in unit.rows:
        placed: dict[int, Spec] = {}
        if role == "chart":
            chart_rows = int(CHART_HEIGHT_CM * pages.MM * 10 // CHART_ROW_HEIGHT) + 1
            # a thin row above: LibreOffice otherwise also draws (clipped) a chart that starts
            # on the first row of a page on the page before
            unit.lines.append(Line({}, CHART_PAD_HEIGHT, index, "chart"))
            unit.lines.extend(Line({}, CHART_ROW_HEIGHT, index, "chart") for _ in range(chart_rows))
            continue
        if role in FULL_WIDTH_ROLES:
            spec = cells[0]
            assert spec is not None, "a full-width row holds one cell"
            spec.span = last_column
            spec.wrap = _text_width(spec) > widths.get(1, 8.43)
            placed[1] = spec
        else:
            for logical, spec in enumerate(cells):
                if spec is None or logical >= len(unit.mapping):
                    continue
                column, span = unit.mapping[logical]
                spec.span = span
                available = room[logical]
                spec.wrap = role == "header" or (
                    isinstance(spec.value, str) and _text_width(spec) > available
                )
                placed[column] = spec
        unit.lines.append(Line(placed, _row_height(role, placed, widths), index, role))


def _keep_together(unit: _Unit) -> bool:
    return isinstance(unit.block, Chart | Fields | Note | Title)


def lay_out(model: SheetModel, data: Any) -> SheetLayout:
    units = _units(model, data)
    widths: dict[int, float] = {}
    primary = _primary(units)
    order = ([primary] if primary else []) + [u for u in units if u is not primary]
    for unit in order:
        needed = unit.needed if unit is not primary else None
        unit.mapping = _map(unit.desired, widths, needed) if unit.desired else []
    last_column = max(widths, default=1)
    for index, unit in enumerate(units):
        _materialise(unit, index, widths, last_column)
    scale = pages.scale_for(widths)
    return _paginate(units, widths, _main_on_one_page(units, primary, scale), primary)


def _main_on_one_page(units: list[_Unit], primary: _Unit | None, scale: int) -> int:
    """The scale at which a main table that other blocks follow ends on the first page.

    Such a table cannot use print titles (they would head the pages of the blocks after it) and
    must not get a copy of its header inside its rows (its filter and sort would take the copy
    for data), so it is kept on one page, down to ``MAIN_MIN_SCALE``; a longer one continues
    without a repeated header."""
    if primary is None or not isinstance(primary.block, Table) or not primary.block.main:
        return scale
    if units.index(primary) == len(units) - 1:
        return scale
    upto = units[: units.index(primary) + 1]
    height = sum(line.height for unit in upto for line in unit.lines)
    height += pages.line_height(11) * (len(upto) - 1)  # the spacers between blocks
    if height <= pages.page_capacity(scale):
        return scale
    fit = math.floor(pages.page_capacity(100) * 100 / height)
    return min(scale, max(MAIN_MIN_SCALE, fit))


class _Pager:
    def __init__(self, capacity: float) -> None:
        self.capacity = capacity
        self.lines: list[Line] = []
        self.breaks: list[int] = []
        self.used = 0.0

    def fits(self, height: float) -> bool:
        return self.used + height <= self.capacity

    def new_page(self) -> None:
        if self.lines and (not self.breaks or self.breaks[-1] != len(self.lines)):
            self.breaks.append(len(self.lines))
        self.used = 0.0

    def add(self, line: Line) -> int:
        self.lines.append(line)
        self.used += line.height
        return len(self.lines)


def _paginate(
    units: list[_Unit], widths: dict[int, float], scale: int, primary: _Unit | None
) -> SheetLayout:
    pager = _Pager(pages.page_capacity(scale))
    tables: dict[str, PlacedTable] = {}
    charts: list[tuple[Chart, int]] = []
    main: PlacedTable | None = None
    title_rows = 0
    charted = {u.block.table for u in units if isinstance(u.block, Chart)}
    keyed = {u.block.key: u.block for u in units if isinstance(u.block, Table) and u.block.key}
    for index, unit in enumerate(units):
        block = unit.block
        if isinstance(block, Chart):
            target = keyed.get(block.table)
            if target is None or not target.rows:
                continue  # nothing to plot: no empty chart, no empty space
        if pager.lines and pager.used > 0:
            spacer = Line({}, pages.line_height(11), -1, "spacer")
            if pager.fits(spacer.height):
                pager.add(spacer)
            else:
                pager.new_page()
        height = sum(line.height for line in unit.lines)
        if _keep_together(unit):
            if not pager.fits(height) and height <= pager.capacity:
                pager.new_page()
            first = len(pager.lines) + 1
            for line in unit.lines:
                pager.add(line)
            if isinstance(block, Chart):
                charts.append((block, first + 1))  # below the thin row
            if isinstance(block, Title) and index == 0:
                title_rows = len(pager.lines)
            continue
        assert isinstance(block, Table)
        placed = PlacedTable(block, [column for column, _ in unit.mapping])
        repeats = block.key not in charted and not block.main
        _place_table(pager, unit, placed, repeats)
        if block.key:
            tables[block.key] = placed
        if block.main and main is None:
            main = placed
    main_is_last = main is not None and main.last_row == len(pager.lines)
    return SheetLayout(
        pager.lines,
        widths,
        scale,
        pager.breaks,
        tables,
        main,
        main_is_last,
        title_rows,
        charts,
    )


def _place_table(pager: _Pager, unit: _Unit, placed: PlacedTable, repeats: bool) -> None:
    lines = unit.lines
    header_at = next(i for i, line in enumerate(lines) if line.role == "header")
    start = sum(line.height for line in lines[: header_at + 1 + MIN_TABLE_START_ROWS])
    if not pager.fits(start) and start <= pager.capacity:
        pager.new_page()
    header = lines[header_at]
    for position, line in enumerate(lines):
        if position > header_at and not pager.fits(line.height):
            pager.new_page()
            if repeats:
                pager.add(Line(dict(header.cells), header.height, header.unit, "header"))
                placed.repeated_header = True
            else:
                pager.used += header.height  # the print titles repeat the header
        row = pager.add(line)
        if position == header_at:
            placed.header_row = row
            placed.first_data_row = row + 1
        placed.last_row = row
