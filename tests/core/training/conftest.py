"""A small branch for the training tests: two positions, a fire-warden skill, four staff and a
fire-warden course (12 months, pass mark 80, certificate, grants the skill)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from branchops.core.staff import catalog, service
from branchops.core.staff.service import StaffInput
from branchops.core.training.models import AttendanceStatus, CourseCategory
from branchops.core.training.service import CourseInput, create_course
from branchops.core.training.sessions import AttendanceInput, SessionInput, save_session

HIRED = date(2020, 1, 1)


@dataclass
class Branch:
    teller: int  # position ids
    guard: int
    warden_skill: int
    staff: list[int]  # 0, 1: guards; 2, 3: tellers
    warden: int  # course id: fire-warden course


def add_staff(db, user, number: str, name: str, position: int, hire: date = HIRED) -> int:
    with db.unit_of_work(user) as uow:
        return service.create_staff(
            uow,
            user,
            StaffInput(employee_no=number, name=name, position_id=position, hire_date=hire),
        )


def add_course(db, user, **changes) -> int:
    data = CourseInput(
        code="XF02",
        title="消防安全员培训",
        title_en="Fire warden course",
        category=CourseCategory.FIRE_SAFETY,
        validity_months=12,
        hours=8,
        pass_mark=80,
        issues_certificate=True,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    with db.unit_of_work(user) as uow:
        return create_course(uow, user, data)


def record(db, user, course: int, day: date, *lines: tuple, **changes) -> int:
    """A held session with ``(staff id, score)`` or ``(staff id, score, status)`` lines."""
    attendances = [
        AttendanceInput(line[0], line[2] if len(line) > 2 else AttendanceStatus.PRESENT, line[1])
        for line in lines
    ]
    data = SessionInput(course_id=course, day=day, attendances=attendances, **changes)
    with db.unit_of_work(user) as uow:
        return save_session(uow, user, data)


@pytest.fixture
def branch(db, manager) -> Branch:
    with db.unit_of_work(manager) as uow:
        teller = catalog.save_position(uow, manager, "柜员")
    with db.unit_of_work(manager) as uow:
        guard = catalog.save_position(uow, manager, "保安")
    with db.unit_of_work(manager) as uow:
        skill = catalog.save_skill(uow, manager, "fire_warden", "消防安全员")
    staff = [
        add_staff(db, manager, "E001", "张三", guard),
        add_staff(db, manager, "E002", "李四", guard),
        add_staff(db, manager, "E003", "王五", teller),
        add_staff(db, manager, "E004", "赵六", teller),
    ]
    warden = add_course(db, manager, grants_skill_id=skill, position_ids=[guard])
    return Branch(teller, guard, skill, staff, warden)
