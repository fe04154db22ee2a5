"""A long list exported row by row: formula-safe, masked, with progress; cancelled, no file."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from branchops.excel.list_stream import write_list_streamed

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
