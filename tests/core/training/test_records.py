"""Courses, sessions with attendance and external certificates: results computed on saving, and
every kind of bad input refused with a message at its field, nothing saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from branchops import clock
from branchops.core.errors import PermissionDenied, ValidationError
from branchops.core.staff import service
from branchops.core.training.builtin import builtin_courses, install_builtin_courses
from branchops.core.training.certificates import CertificateInput, save_certificate
from branchops.core.training.models import (
    AttendanceStatus,
    ExternalCertificate,
    SessionStatus,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
)
from branchops.core.training.service import load_course_input, update_course
from branchops.core.training.sessions import (
    AttendanceInput,
    SessionInput,
    load_session_input,
    save_session,
)
from branchops.core.users.permissions import CurrentUser
from branchops.core.users.roles import Role

from .conftest import add_course, add_staff, record

DAY = date(2026, 3, 16)


def _fields(error: ValidationError) -> set[str]:
    return {p.field for p in error.problems}


def _count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_results_are_computed_on_saving(db, manager, branch):
    guard, other, teller, _ = branch.staff
    session_id = record(
        db, manager, branch.warden, DAY, (guard, 92.0), (other, 60.0), (teller, None,
        AttendanceStatus.EXCUSED),
    )  # fmt: skip
    with db.session() as session:
        rows = {
            a.staff_id: a
            for a in session.scalars(
                select(TrainingAttendance).where(TrainingAttendance.session_id == session_id)
            )
        }
        stored = session.get(TrainingSession, session_id)
        assert stored.minutes == 8 * 60 and stored.status is SessionStatus.HELD
    assert rows[guard].passed and rows[guard].valid_until == date(2027, 3, 15)
    assert rows[guard].certificate_no == "XF02-20260316-001"
    assert not rows[other].passed and rows[other].valid_until is None
    assert rows[other].certificate_no == ""
    assert not rows[teller].passed and rows[teller].score is None


def test_editing_keeps_certificate_numbers(db, manager, branch):
    guard, other, _, _ = branch.staff
    session_id = record(db, manager, branch.warden, DAY, (guard, 92.0))
    with db.session() as session:
        data = load_session_input(session, session_id)
    data.attendances.append(AttendanceInput(other, AttendanceStatus.PRESENT, 85.0))
    with db.unit_of_work(manager) as uow:
        save_session(uow, manager, data, session_id)
    with db.session() as session:
        numbers = dict(
            session.execute(
                select(TrainingAttendance.staff_id, TrainingAttendance.certificate_no)
            ).all()
        )
    assert numbers == {guard: "XF02-20260316-001", other: "XF02-20260316-002"}


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ([AttendanceInput(1, AttendanceStatus.PRESENT, 101.0)], "attendances[0].score"),
        ([AttendanceInput(1, AttendanceStatus.PRESENT, -1.0)], "attendances[0].score"),
        ([AttendanceInput(1, AttendanceStatus.ABSENT, 50.0)], "attendances[0].score"),
        ([AttendanceInput(1), AttendanceInput(1)], "attendances[1].staff_id"),
        ([AttendanceInput(None)], "attendances[0].staff_id"),
        (
            [AttendanceInput(1, AttendanceStatus.PRESENT, 50.0, "X-1")],
            "attendances[0].certificate_no",
        ),
    ],
)
def test_bad_attendance_lines(db, manager, branch, lines, field):
    for line in lines:
        if line.staff_id == 1:
            line.staff_id = branch.staff[0]
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        save_session(uow, manager, SessionInput(branch.warden, DAY, attendances=lines))
    assert field in _fields(caught.value)
    assert _count(db, TrainingSession) == 0 and _count(db, TrainingAttendance) == 0


def test_attendance_follows_employment(db, manager, branch):
    late = add_staff(db, manager, "E010", "钱七", branch.guard, hire=date(2026, 4, 1))
    gone = add_staff(db, manager, "E011", "孙八", branch.guard)
    with db.unit_of_work(manager) as uow:
        service.deactivate_staff(uow, manager, gone, date(2026, 3, 1))
    lines = [AttendanceInput(late, score=90.0), AttendanceInput(gone, score=90.0)]
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        save_session(uow, manager, SessionInput(branch.warden, DAY, attendances=lines))
    messages = [p.message for p in caught.value.problems]
    assert any("2026-04-01" in m and "钱七" in m for m in messages)  # hired after the session
    assert any("2026-03-01" in m and "孙八" in m for m in messages)  # left before it
    # before leaving, the same person may still be recorded
    record(db, manager, branch.warden, date(2026, 2, 20), (gone, 90.0))
    assert _count(db, TrainingAttendance) == 1


def test_session_checks(db, manager, branch):
    future = clock.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        save_session(uow, manager, SessionInput(None, None, hours=0))
    assert {"course_id", "day", "hours"} <= _fields(caught.value)
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        save_session(uow, manager, SessionInput(branch.warden, future))  # held in the future
    assert "status" in _fields(caught.value)
    lines = [AttendanceInput(branch.staff[0], score=90.0)]
    planned = SessionInput(branch.warden, future, status=SessionStatus.PLANNED, attendances=lines)
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        save_session(uow, manager, planned)
    assert "attendances" in _fields(caught.value)
    planned.attendances = []
    with db.unit_of_work(manager) as uow:
        save_session(uow, manager, planned)
    read_only = CurrentUser(None, "viewer", "", Role.READ_ONLY)
    with pytest.raises(PermissionDenied), db.unit_of_work(read_only) as uow:
        save_session(uow, read_only, planned)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"validity_months": 0}, "validity_months"),
        ({"validity_months": -6}, "validity_months"),
        ({"grants_skill_id": 999}, "grants_skill_id"),
        ({"pass_mark": 120.0}, "pass_mark"),
        ({"hours": 0.0}, "hours"),
        ({"code": "XF 02"}, "code"),
        ({"title": " "}, "title"),
        ({"position_ids": [999]}, "position_ids"),
    ],
)
def test_bad_course(db, manager, changes, field):
    with pytest.raises(ValidationError) as caught:
        add_course(db, manager, **changes)
    assert field in _fields(caught.value)
    assert _count(db, TrainingCourse) == 0


def test_course_code_is_unique_and_edit_keeps_positions(db, manager, branch):
    with pytest.raises(ValidationError) as caught:
        add_course(db, manager)
    assert "code" in _fields(caught.value)
    with db.session() as session:
        data = load_course_input(session, branch.warden)
    assert data.position_ids == [branch.guard] and data.hours == 8
    data.required_for_all = True
    with db.unit_of_work(manager) as uow:
        update_course(uow, manager, branch.warden, data)
    with db.session() as session:
        assert load_course_input(session, branch.warden).position_ids == []


def test_builtin_courses_install_once(db, manager):
    with db.unit_of_work(manager) as uow:
        added = install_builtin_courses(uow, manager)
    with db.unit_of_work(manager) as uow:
        again = install_builtin_courses(uow, manager)
    assert added == len(builtin_courses()) >= 12 and again == 0
    with db.session() as session:
        courses = {c.builtin_key: c for c in session.scalars(select(TrainingCourse))}
    assert courses["fire_safety"].validity_months == 6  # public hall: every half year
    assert courses["aml"].validity_months == 12
    assert courses["first_aid"].validity_months == 36
    assert courses["fire_warden"].grants_skill_id is not None


def test_external_certificate(db, manager, branch, tmp_path):
    scan = tmp_path / "证书.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned")
    data = CertificateInput(
        branch.staff[0], "红十字救护员证", date(2026, 1, 10), date(2025, 12, 31), scan=scan
    )
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        save_certificate(uow, manager, data, tmp_path / "photos")
    assert _fields(caught.value) == {"valid_until"}  # expires before it was issued
    assert _count(db, ExternalCertificate) == 0 and not (tmp_path / "photos").exists()
    data.valid_until = date(2029, 1, 9)
    data.skill_id = 999
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        save_certificate(uow, manager, data, tmp_path / "photos")
    assert _fields(caught.value) == {"skill_id"}
    data.skill_id = branch.warden_skill
    with db.unit_of_work(manager) as uow:
        cert_id = save_certificate(uow, manager, data, tmp_path / "photos")
    with db.session() as session:
        stored = session.get(ExternalCertificate, cert_id)
        assert stored.scan_extension == ".pdf" and stored.scan_name == "证书.pdf"
    assert len(list((tmp_path / "photos").rglob("*.pdf"))) == 1
    not_a_scan = tmp_path / "note.txt"
    not_a_scan.write_text("hello")
    data.scan = not_a_scan
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        save_certificate(uow, manager, data, tmp_path / "photos", cert_id)
    assert _fields(caught.value) == {"scan"}
