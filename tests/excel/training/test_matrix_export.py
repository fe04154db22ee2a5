"""The compliance matrix written to Excel as shown: dates, states coloured, shares, no formulas."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from branchops.core.training.compliance import (
    Cell,
    Matrix,
    MatrixCourse,
    MatrixPerson,
)
from branchops.core.training.labels import CellState
from branchops.excel.training_matrix import STATE_FILLS, write_matrix
from tests.excel.conftest import formula_cells


def test_matrix_to_excel(tmp_path):
    people = [
        MatrixPerson(1, "E001", "=张三", 1, "保安"),  # a name that looks like a formula
        MatrixPerson(2, "E002", "李四", 1, "保安"),
    ]
    courses = [
        MatrixCourse(10, "XF02", "消防安全员培训", 12, False, frozenset({1})),
        MatrixCourse(11, "RZ01", "新员工岗前培训", None, True, frozenset()),
    ]
    cells = {
        (1, 10): Cell(CellState.VALID, date(2027, 3, 15), date(2026, 3, 16)),
        (2, 10): Cell(CellState.EXPIRED, date(2026, 1, 9), date(2025, 1, 10)),
        (1, 11): Cell(CellState.VALID, None, date(2020, 2, 1)),
        (2, 11): Cell(CellState.MISSING),
    }
    matrix = Matrix(date(2026, 6, 15), 30, people, courses, cells)
    path = write_matrix(tmp_path / "matrix.xlsx", matrix, "城东支行")
    assert formula_cells(path) == []
    ws = load_workbook(path).worksheets[0]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=4) if r[0].value}
    first, second = rows["E001"], rows["E002"]
    assert first[1].value == "=张三" and first[1].data_type == "s"
    assert first[3].value.date() == date(2027, 3, 15)
    assert first[3].fill.fgColor.rgb.endswith(STATE_FILLS[CellState.VALID].fgColor.rgb[-6:])
    assert second[3].fill.fgColor.rgb.endswith(STATE_FILLS[CellState.EXPIRED].fgColor.rgb[-6:])
    assert second[4].fill.fgColor.rgb.endswith(STATE_FILLS[CellState.MISSING].fgColor.rgb[-6:])
    assert first[5].value == 1.0 and second[5].value == 0.0
    footer = next(r for r in ws.iter_rows(min_row=4) if r[0].value and r[1].value is None)
    assert footer[3].value == 0.5 and footer[5].value == 0.5
