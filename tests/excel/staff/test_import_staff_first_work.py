"""Staff import: the date of first employment (参加工作日期) for annual leave."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from branchops.core.errors import ValidationError
from branchops.core.staff.models import Staff
from branchops.excel.imports import run_import


def _save(tmp_path, rows, name="staff.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.title = "人员"
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _first_work(db) -> dict[str, date | None]:
    with db.session() as session:
        return {s.employee_no: s.first_work_date for s in session.scalars(select(Staff))}


def test_date_of_first_employment_is_imported_and_kept_when_left_out(db, manager, tmp_path):
    rows = [
        ["工号", "姓名", "入职日期", "参加工作日期"],
        ["E001", "王芳", "2022-04-01", "2010-07-01"],
        ["E002", "李强", "2023-05-06", None],
    ]
    run_import(db, manager, "staff", _save(tmp_path, rows))
    assert _first_work(db) == {"E001": date(2010, 7, 1), "E002": None}
    again = _save(
        tmp_path, [["工号", "姓名", "入职日期"], ["E001", "王芳", "2022-04-01"]], "b.xlsx"
    )
    run_import(db, manager, "staff", again)
    assert _first_work(db)["E001"] == date(2010, 7, 1)


def test_first_employment_after_the_hire_date_is_refused_with_its_cell(db, manager, tmp_path):
    run_import(
        db,
        manager,
        "staff",
        _save(tmp_path, [["工号", "姓名", "入职日期"], ["E001", "王芳", "2022-04-01"]]),
    )
    only_first_work = _save(
        tmp_path, [["工号", "姓名", "参加工作日期"], ["E001", "王芳", "2023-01-01"]], "late.xlsx"
    )
    with pytest.raises(ValidationError) as refused:
        run_import(db, manager, "staff", only_first_work)
    (problem,) = refused.value.problems
    assert "第 2 行" in problem.message and "参加工作日期" in problem.message
    assert _first_work(db)["E001"] is None
