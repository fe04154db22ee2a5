"""The streamed workbook writes the very XML openpyxl's write-only workbook writes."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import LXML, Workbook
from openpyxl.comments import Comment
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from branchops import clock
from branchops.core.period import Month
from branchops.core.users.permissions import SINGLE_USER
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database
from branchops.excel import render, styles
from branchops.excel.cells import new_cell
from branchops.excel.render import new_workbook
from branchops.excel.sheetmodel import Column, Field, Fields, Kind, Note, SheetModel, Table, Title
from branchops.excel.streamed_book import StreamedSheet
from branchops.excel.workbook import ReportRequest, export_monthly_workbook
from tests.excel.conftest import make_demo

VALUES = [
    "text",
    "  leading and trailing  ",
    "   ",
    "",
    "a & b < c > d \"quoted\" 'single'",
    "=SUM(A1:A2)",
    "多行\n文本",
    0,
    -17,
    10**15 + 1,
    3.14159265358979,
    1e-12,
    float("nan"),
    float("inf"),
    Decimal("12.50"),
    True,
    False,
    date(2028, 2, 29),
    datetime(2026, 12, 31, 23, 59, 59),
    time(8, 30),
    timedelta(hours=36),
    None,
]


def _sheets(path: Path) -> dict[str, bytes]:
    """Every part of the package but the document properties (they hold the time of saving)."""
    with zipfile.ZipFile(path) as package:
        return {
            info.filename: package.read(info)
            for info in package.infolist()
            if not info.filename.startswith("docProps/")
        }


def _fill(wb: Workbook) -> None:
    ws = wb.create_sheet("values")
    ws.set_height(1, 15)
    ws.row_dimensions[2].height = 30
    ws.set_height(4, 0)
    ws.append(VALUES)  # as plain values
    styled = []
    for value in VALUES:
        cell = new_cell(ws, value)
        cell.font, cell.fill = styles.HEADER_FONT, styles.HEADER_FILL
        styled.append(cell)
    ws.append(styled)
    ws.append([])
    noted = new_cell(ws, "with a comment")
    noted.comment = Comment("a note", "BranchOps")
    linked = new_cell(ws, "with a link")
    linked.hyperlink = "https://example.com/a?b=1&c=2"
    ws.append([None, noted, None, linked, "=1+1"])


@pytest.fixture
def upstream_rows(monkeypatch: pytest.MonkeyPatch):
    """Makes the streamed sheets write their rows as openpyxl does."""

    def height(sheet, row, height):
        sheet.row_dimensions[row].height = height

    def use() -> None:
        monkeypatch.setattr(StreamedSheet, "_write_rows", WriteOnlyWorksheet._write_rows)
        monkeypatch.setattr(StreamedSheet, "set_height", height)

    return use


@pytest.fixture
def cell_by_cell(monkeypatch: pytest.MonkeyPatch):
    """Makes the renderer style a ``Cell`` of its own for every value, as it once did."""

    def own_cell(ws, spec):
        if spec.value is None and spec.role == "data":
            return None
        cell = new_cell(ws, spec.value)
        render._style(cell, spec)
        return cell

    def use() -> None:
        monkeypatch.setattr(render, "_cell", own_cell)

    return use


def test_every_kind_of_cell_is_written_as_upstream_writes_it(tmp_path, upstream_rows):
    assert not LXML  # else both are upstream's
    ours = tmp_path / "ours.xlsx"
    wb = new_workbook()
    _fill(wb)
    wb.save(ours)
    theirs = tmp_path / "theirs.xlsx"
    upstream_rows()
    wb = new_workbook()
    _fill(wb)
    wb.save(theirs)
    assert _sheets(ours) == _sheets(theirs)


def test_the_monthly_workbook_is_written_as_upstream_writes_it_cell_by_cell(
    tmp_path, upstream_rows, cell_by_cell
):
    """The same bytes with the rows written by openpyxl, and with a cell styled for each value
    (every look the renderer registers once is the look of each cell it stands for)."""
    (tmp_path / "demo").mkdir()
    demo = make_demo(tmp_path / "demo")
    source = Path(demo.engine.url.database or "")
    demo.dispose()
    books = {}
    for name, change in (("ours", None), ("upstream", upstream_rows), ("cells", cell_by_cell)):
        if change is not None:
            change()
        copy = tmp_path / name / "branch.sqlite3"
        copy.parent.mkdir()
        shutil.copyfile(source, copy)
        db, _ = open_database(DatabaseTarget.parse(copy), tmp_path / name / "backups")
        try:
            with clock.frozen("2026-06-15T10:30:00"):
                month = Month.of(clock.today()).previous
                request = ReportRequest(month, tmp_path / name / "report.xlsx")
                books[name] = _sheets(export_monthly_workbook(db, SINGLE_USER, request).path)
        finally:
            db.dispose()
    assert len(books["ours"]) > 10
    assert books["ours"] == books["upstream"] == books["cells"]


def test_a_sheet_of_every_look_is_written_as_cell_by_cell(tmp_path, cell_by_cell):
    model = SheetModel(
        "looks",
        [
            Title("标题", "副标题"),
            Fields([Field("文本", "  带空格  "), Field("日期", date(2028, 2, 29), Kind.DATE)]),
            Table(
                [
                    Column("文本"),
                    Column("整数", Kind.INT),
                    Column("小数", Kind.DECIMAL),
                    Column("百分比", Kind.PERCENT),
                    Column("日期", Kind.DATE),
                    Column("时间", Kind.DATETIME),
                    Column("状态", Kind.STATUS),
                    Column("是否", Kind.BOOL),
                    Column("说明", Kind.USER_TEXT, width=12),
                ],
                [
                    [
                        "=1+1",
                        3,
                        2.5,
                        0.25,
                        date(2026, 1, 31),
                        datetime(2026, 12, 31, 8),
                        "green",
                        True,
                        "很长的说明 " * 20,
                    ],
                    ["文本", "不是数", None, Decimal("0.5"), "不是日期", None, "red", False, ""],
                    [None, 0, -1.5, 1, None, datetime(2027, 1, 1), "amber", None, "@x"],
                ],
                main=True,
            ),
            Note("说明文字"),
        ],
    )
    books = []
    for name in ("ours", "cells"):
        if name == "cells":
            cell_by_cell()
        wb = new_workbook()
        render.render_sheet(wb, model, render.RenderOptions())
        wb.save(tmp_path / f"{name}.xlsx")
        books.append(_sheets(tmp_path / f"{name}.xlsx"))
    assert books[0] == books[1]
