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
from branchops.excel import styles
from branchops.excel.cells import new_cell
from branchops.excel.render import new_workbook
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
    ws.row_dimensions[2].height = 30
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

    def use() -> None:
        monkeypatch.setattr(StreamedSheet, "_write_rows", WriteOnlyWorksheet._write_rows)

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


def test_the_monthly_workbook_is_written_as_upstream_writes_it(tmp_path, upstream_rows):
    (tmp_path / "demo").mkdir()
    demo = make_demo(tmp_path / "demo")
    source = Path(demo.engine.url.database or "")
    demo.dispose()
    books = []
    for name in ("ours", "theirs"):
        if name == "theirs":
            upstream_rows()
        copy = tmp_path / name / "branch.sqlite3"
        copy.parent.mkdir()
        shutil.copyfile(source, copy)
        db, _ = open_database(DatabaseTarget.parse(copy), tmp_path / name / "backups")
        try:
            with clock.frozen("2026-06-15T10:30:00"):
                month = Month.of(clock.today()).previous
                request = ReportRequest(month, tmp_path / name / "report.xlsx")
                books.append(export_monthly_workbook(db, SINGLE_USER, request).path)
        finally:
            db.dispose()
    ours, theirs = (_sheets(path) for path in books)
    assert len(ours) > 10 and ours == theirs
