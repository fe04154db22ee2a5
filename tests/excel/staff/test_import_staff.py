"""Staff import from files built here: messy but valid layouts, and every kind of mistake."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.staff.models import Position, Skill, Staff
from branchops.excel.imports import parse_file, run_import
from branchops.excel.imports.kinds import get_kind

HEADER = ["工号", "姓名", "岗位", "用工类型", "每周合同工时", "入职日期", "技能", "手机"]


def _save(tmp_path, rows, name="staff.xlsx", title_rows=0, merges=(), extra=None):
    wb = Workbook()
    ws = wb.active
    ws.title = "人员名单"
    for index in range(title_rows):
        ws.append([f"城东支行人员名单（第 {index + 1} 行标题）"])
    for row in rows:
        ws.append(row)
    for merge in merges:
        ws.merge_cells(merge)
    if extra:
        extra(ws)
    path = tmp_path / name
    wb.save(path)
    return path


def _count(db, model=Staff) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def _people(db) -> dict[str, Staff]:
    with db.session() as session:
        return {s.employee_no: s for s in session.scalars(select(Staff))}


def test_messy_but_valid_file_imports(db, manager, tmp_path):
    rows = [
        [*HEADER, "备注（多余的列）"],
        [
            "Ｅ００１",
            "王　芳",
            "柜员",
            "全职",
            "４０",
            "2021-03-01",
            "柜员上岗、急救",
            "13812345678",
            "x",
        ],
        ["E002", "李 强", "大堂经理", "兼职", "20", 44300, "现场主管", "139 0000 1111", ""],
        ["E003", "张伟", "柜员", "", 37.5, "2022/7/15", "", "", ""],
        [None] * 9,
        [None] * 9,
    ]
    path = _save(tmp_path, rows, title_rows=2)
    summary = run_import(db, manager, "staff", path)
    assert (summary.created, summary.updated) == (3, 0)
    people = _people(db)
    assert set(people) == {"E001", "E002", "E003"}
    assert people["E001"].name == "王 芳" and people["E001"].contract_minutes_per_week == 2400
    assert people["E002"].hire_date == date(2021, 4, 14)  # Excel serial 44300
    assert people["E003"].hire_date == date(2022, 7, 15)
    assert people["E003"].contract_minutes_per_week == 2250
    assert _count(db, Position) == 2 and _count(db, Skill) == 3


def test_merged_two_row_header(db, manager, tmp_path):
    rows = [
        ["工号", "基本信息", None, "用工", None],
        [None, "姓名", "岗位", "用工类型", "入职日期"],
        ["E010", "赵敏", "保安", "全职", "2020-01-02"],
    ]
    path = _save(tmp_path, rows, merges=("A1:A2", "B1:C1", "D1:E1"))
    table = parse_file(get_kind("staff"), path).table
    assert table.header_row == 2 and [r.number for r in table.rows] == [3]
    run_import(db, manager, "staff", path)
    assert _people(db)["E010"].position.name == "保安"


def test_reimport_updates_by_employee_no_and_never_duplicates(db, manager, tmp_path):
    first = _save(tmp_path, [HEADER, ["E001", "王芳", "柜员", "全职", 40, None, "急救", ""]])
    run_import(db, manager, "staff", first)
    again = _save(
        tmp_path,
        [["工号", "姓名", "岗位", "离职日期"], ["E001", "王芳", "客户经理", "2024-01-31"]],
        name="again.xlsx",
    )
    summary = run_import(db, manager, "staff", again)
    assert (summary.created, summary.updated) == (0, 1)
    assert _count(db) == 1
    person = _people(db)["E001"]
    assert person.position.name == "客户经理" and not person.active
    assert [s.skill.name for s in person.skills] == ["急救"]  # no skills column: kept
    assert run_import(db, manager, "staff", again).unchanged == 1


def test_active_no_without_a_leaving_date_takes_the_import_day(db, manager, tmp_path):
    """Active = No left the person inactive with no date, and the auto-roster gave them shifts."""
    first = _save(tmp_path, [HEADER, ["E001", "王芳", "柜员", "全职", 40, "2020-01-01", "", ""]])
    run_import(db, manager, "staff", first)
    gone = _save(tmp_path, [["工号", "姓名", "在职"], ["E001", "王芳", "否"]], name="gone.xlsx")
    with clock.frozen("2026-12-01T10:00"):
        run_import(db, manager, "staff", gone)
        run_import(db, manager, "staff", gone)  # again: the first day is kept
    person = _people(db)["E001"]
    assert (person.active, person.leave_date) == (False, None)
    assert person.deactivated_on == date(2026, 12, 1)
    assert person.employed_on(date(2026, 11, 30)) and not person.employed_on(date(2026, 12, 1))
    back = _save(tmp_path, [["工号", "姓名", "在职"], ["E001", "王芳", "是"]], name="back.xlsx")
    run_import(db, manager, "staff", back)
    assert _people(db)["E001"].deactivated_on is None


def test_every_problem_is_reported_at_once_and_nothing_changes(db, manager, tmp_path):
    run_import(
        db,
        manager,
        "staff",
        _save(tmp_path, [HEADER, ["E100", "原有", "", "", 40, None, "", ""]], name="seed.xlsx"),
    )
    rows = [
        HEADER,
        ["E101", "", "柜员", "全职", "四十", "2021-02-30", "", "13800000000"],
        ["E102", "钱七", "柜员", "临时工", 100, "soon", "", "abc"],
        ["E102", "孙八", "柜员", "全职", 40, None, "", ""],
        ["E103", "周九", "柜员", "全职", 40, None, "", "call me"],
    ]
    path = _save(tmp_path, rows)
    with pytest.raises(ValidationError) as error:
        run_import(db, manager, "staff", path)
    lines = [p.message for p in error.value.problems]
    assert len(lines) == 8, lines
    assert all(line.startswith("staff.xlsx") and "人员名单" in line for line in lines)
    assert any("2" in line and "B (姓名)" in line for line in lines)  # name missing on row 2
    assert any("“临时工”" in line and "D (用工类型)" in line for line in lines)
    assert any("“E102”" in line and "4" in line for line in lines)  # duplicate on row 4
    assert any("“call me”" in line and "H (手机)" in line for line in lines)  # core check
    assert _count(db) == 1  # the rejected file changed nothing


def test_missing_required_column_is_named(db, manager, tmp_path):
    path = _save(tmp_path, [["工号", "岗位"], ["E1", "柜员"]])
    with pytest.raises(ValidationError) as error:
        run_import(db, manager, "staff", path)
    assert len(error.value.problems) == 1
    assert get_kind("staff").columns[1].label in error.value.problems[0].message
    assert _count(db) == 0


def test_dry_run_checks_and_changes_nothing(db, manager, tmp_path):
    path = _save(tmp_path, [HEADER, ["E001", "王芳", "新岗位", "全职", 40, None, "新技能", ""]])
    summary = run_import(db, manager, "staff", path, dry_run=True)
    assert summary.dry_run and summary.created == 1 and len(summary.notes) == 2
    assert _count(db) == 0 and _count(db, Position) == 0 and _count(db, Skill) == 0


def test_core_checks_again_what_the_file_cannot(db, manager, tmp_path):
    """Values a column type allows but the staff rules do not (bad employee no., dates)."""
    rows = [
        [*HEADER, "离职日期"],
        ["E 1/2", "王芳", "", "", 40, "2024-05-01", "", "", "2024-01-01"],
    ]
    with pytest.raises(ValidationError) as error:
        run_import(db, manager, "staff", _save(tmp_path, rows))
    fields = sorted(p.field.rpartition(":")[2] for p in error.value.problems)
    assert fields == ["employee_no", "leave_date"]
    assert _count(db) == 0


def test_a_leaving_date_before_the_stored_hire_date_is_refused(db, manager, tmp_path):
    first = _save(tmp_path, [HEADER, ["E001", "王芳", "柜员", "全职", 40, "2023-05-01", "", ""]])
    run_import(db, manager, "staff", first)
    only_leaving = _save(
        tmp_path,
        [["工号", "姓名", "离职日期"], ["E001", "王芳", "2022-12-31"]],
        name="leaving.xlsx",
    )
    with pytest.raises(ValidationError) as refused:
        run_import(db, manager, "staff", only_leaving)
    assert any("2022-12-31" in p.message for p in refused.value.problems)
    assert _people(db)["E001"].leave_date is None
