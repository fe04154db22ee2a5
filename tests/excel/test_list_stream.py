"""A long list exported row by row: formula-safe, masked, with progress; cancelled, no file."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from openpyxl.cell import WriteOnlyCell

from branchops import clock
from branchops.excel import list_stream
from branchops.excel.cells import new_cell
from branchops.excel.list_stream import write_list_streamed
from branchops.excel.render import display_value

HEADERS = ["Received", "What was said", "Phone", "Rating"]
KINDS = ["datetime", "text", "text", "int"]


def _rows(count: int):
    for i in range(count):
        yield [datetime(2026, 5, 1, 9, i % 60), f'=HYPERLINK("x") {i}', "13812345678", i % 5 + 1]


def test_rows_are_written_as_they_come_formula_safe_and_masked(tmp_path):
    done: list[int] = []
    path = tmp_path / "list.xlsx"
    written = write_list_streamed(
        path, "Feedback", HEADERS, _rows(4500), KINDS, {2}, total=4500, progress=done.append,
        batch=1000,
    )  # fmt: skip
    assert written == 4500 and done == [1000, 2000, 3000, 4000, 4500]
    ws = load_workbook(path).active
    assert [c.value for c in ws[3]] == HEADERS
    first = [c.value for c in ws[4]]
    assert first[1] == '=HYPERLINK("x") 0' and ws.cell(4, 2).data_type == "s"
    assert first[2] == "138****5678" and first[3] == 1 and first[0] == datetime(2026, 5, 1, 9, 0)
    assert ws.max_row == 4503 and ws.freeze_panes == "A4" and ws.auto_filter.ref == "A3:D4503"


def test_cancelling_leaves_no_file(tmp_path):
    def stop(done: int) -> None:
        if done >= 2000:
            raise KeyboardInterrupt

    path = tmp_path / "list.xlsx"
    with pytest.raises(KeyboardInterrupt):
        write_list_streamed(path, "Feedback", HEADERS, _rows(10_000), KINDS, progress=stop)
    assert not path.exists()


def _cell_by_cell(cells, row):
    """The line as it was written before looks were kept: a styled ``Cell`` for every value."""
    line = []
    for value, kind, number_format in zip(row, cells.kinds, cells.formats, strict=False):
        shown = display_value(value, kind, cells.options)
        if shown is None:
            line.append(None)
        elif isinstance(shown, str):
            line.append(new_cell(cells.ws, shown))
        elif number_format:
            cell = WriteOnlyCell(cells.ws, value=shown)
            cell.number_format = number_format
            line.append(cell)
        else:
            line.append(shown)
    return line


def test_the_cells_are_those_a_cell_by_cell_writer_makes(tmp_path, monkeypatch):
    """Every kind of value, masked or not, in the very bytes of styling each cell on its own."""
    rows = [
        [datetime(2026, 5, 1, 9), "=1+1", "13812345678", 3, date(2028, 2, 29), 2.5, "王小明", True],
        [None, "  spaced  ", "", 0, None, None, "", False],
        ["2026-05-01", "普通文字", "010-12345678", -4, datetime(2027, 1, 1), 1, "李四", 1],
    ]
    headers = [f"c{i}" for i in range(8)]
    kinds = ["datetime", "text", "phone", "int", "date", "percent", "person", "bool"]
    books = {}
    for name in ("looks", "cells"):
        if name == "cells":
            monkeypatch.setattr(list_stream._Cells, "line", _cell_by_cell)
        for mask in (True, False):
            path = tmp_path / f"{name}-{mask}.xlsx"
            with clock.frozen("2026-06-15T10:30:00"):
                write_list_streamed(path, "列表", headers, rows, kinds, {2, 6}, mask_pii=mask)
            with zipfile.ZipFile(path) as package:
                books[name, mask] = {
                    n: package.read(n) for n in package.namelist() if not n.startswith("docProps")
                }
    assert books["looks", True] == books["cells", True]
    assert books["looks", False] == books["cells", False]
    assert books["looks", True] != books["looks", False]  # masking shows in the bytes
