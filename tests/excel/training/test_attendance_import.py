"""Training attendance imported from a sign-in sheet: sessions found or created, results
computed, every problem mapped to its row and column, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from branchops.core.errors import ValidationError
from branchops.core.imports.common import parse_field
from branchops.core.staff import catalog, service
from branchops.core.staff.service import StaffInput
from branchops.core.training.models import SessionStatus, TrainingAttendance, TrainingSession
from branchops.core.training.service import CourseInput, create_course
from branchops.core.training.sessions import SessionInput, save_session
from branchops.excel.imports import run_import

HEADER = ["课程", "培训日期", "工号", "姓名", "出勤", "成绩", "讲师"]


def _file(tmp_path, rows, name="签到表.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.title = "签到表"
    ws.append(["消防安全员培训签到表"])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


@pytest.fixture
def setup(db, manager):
    with db.unit_of_work(manager) as uow:
        guard = catalog.save_position(uow, manager, "保安")
    people = []
    for number, name in (("E001", "张三"), ("E002", "李四"), ("E003", "王五")):
        with db.unit_of_work(manager) as uow:
            people.append(
                service.create_staff(
                    uow,
                    manager,
                    StaffInput(number, name, guard, hire_date=date(2020, 1, 1)),
                )
            )
    with db.unit_of_work(manager) as uow:
        course = create_course(
            uow,
            manager,
            CourseInput(
                "XF02", "消防安全员培训", "Fire warden course", validity_months=12, hours=8,
                pass_mark=80, issues_certificate=True, position_ids=[guard],
            ),
        )  # fmt: skip
    return people, course


def _attendance(db) -> dict[str, tuple]:
    from branchops.core.staff.models import Staff

    with db.session() as session:
        rows = session.execute(
            select(
                Staff.employee_no,
                TrainingAttendance.status,
                TrainingAttendance.score,
                TrainingAttendance.passed,
            ).join(Staff, Staff.id == TrainingAttendance.staff_id)
        ).all()
    return {no: (status.value, score, passed) for no, status, score, passed in rows}


def test_import_creates_the_session_and_computes_results(db, manager, setup, tmp_path):
    path = _file(
        tmp_path,
        [
            ["消防安全员培训", "2026-03-16", "E001", "张三", "出席", 92, "市消防培训中心 刘老师"],
            ["XF02", "2026/3/16", "E002", None, None, 70],
            ["Fire warden course", "2026-03-16", "E003", "王五", "请假", None],
        ],
    )
    summary = run_import(db, manager, "attendance", path)
    assert (summary.created, summary.updated) == (3, 0)
    assert any("2026-03-16" in note for note in summary.notes)
    assert _attendance(db) == {
        "E001": ("present", 92.0, True),
        "E002": ("present", 70.0, False),
        "E003": ("excused", None, False),
    }
    with db.session() as session:
        (row,) = session.scalars(select(TrainingSession)).all()
        assert row.trainer_name == "市消防培训中心 刘老师" and row.minutes == 480
    # the same file again changes nothing; a corrected score updates
    again = run_import(db, manager, "attendance", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    fixed = _file(tmp_path, [["XF02", "2026-03-16", "E002", "李四", "出席", 85]], "fix.xlsx")
    assert run_import(db, manager, "attendance", fixed).updated == 1
    assert _attendance(db)["E002"] == ("present", 85.0, True)
    assert _attendance(db)["E001"] == ("present", 92.0, True)  # kept


def test_a_planned_session_becomes_held(db, manager, setup, tmp_path):
    _, course = setup
    with db.unit_of_work(manager) as uow:
        planned = SessionInput(course, date(2026, 3, 16), status=SessionStatus.PLANNED)
        save_session(uow, manager, planned)
    run_import(db, manager, "attendance", _file(tmp_path, [["XF02", "2026-03-16", "E001"]]))
    with db.session() as session:
        (row,) = session.scalars(select(TrainingSession)).all()
        assert row.status is SessionStatus.HELD


def test_bad_file_lists_every_problem_and_changes_nothing(db, manager, setup, tmp_path):
    path = _file(
        tmp_path,
        [
            ["XF02", "2026-03-16", "E001", "张三", "出席", 120],  # score above 100
            ["XF02", "2026-03-16", "E001", "张三", "出席", 90],  # the same person twice
            ["XF99", "2026-03-16", "E002", "李四", "出席", 90],  # no such course
            ["XF02", "2026-03-16", "E404", None, "出席", 90],  # no such person
            ["XF02", "2026-03-16", "E003", "赵六", "出席", 90],  # another person's number
            ["XF02", "2099-03-16", "E003", "王五", "出席", 90],  # not held yet
            ["XF02", "2026-03-17", "E002", "李四", "缺席", 50],  # absent with a score
        ],
    )
    with pytest.raises(ValidationError) as caught:
        run_import(db, manager, "attendance", path)
    places = {parse_field(p.field)[1:] for p in caught.value.problems}
    assert places == {
        (3, "score"),
        (4, "employee_no"),
        (5, "course"),
        (6, "employee_no"),
        (7, "name"),
        (8, "day"),
        (9, "score"),
    }, [p.message for p in caught.value.problems]
    with db.session() as session:
        assert session.scalar(select(func.count(TrainingSession.id))) == 0
        assert session.scalar(select(func.count(TrainingAttendance.id))) == 0
