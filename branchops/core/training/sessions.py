"""Training sessions (培训场次) and their attendance, saved together in one unit of work.

Each attendance gets its result on saving: passed (present, and the score reaches the course's
pass mark when it has one), the certificate number (numbered automatically when the course
issues certificates and none was typed) and the last day it is valid (from the course's
validity). Attendance is checked against employment: nobody attends before their hire date or
after leaving, a person who has left without a leaving date cannot attend, and nobody attends
one session twice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.counters import serialise
from branchops.core.errors import NotFound, Problems
from branchops.core.staff.models import Staff
from branchops.core.training.models import (
    AttendanceStatus,
    SessionStatus,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
)
from branchops.core.training.service import MAX_HOURS
from branchops.core.training.validity import expiry_date, has_passed
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MAX_TEXT = 128
MAX_CERTIFICATE_NO = 64


@dataclass
class AttendanceInput:
    staff_id: int | None
    status: AttendanceStatus = AttendanceStatus.PRESENT
    score: float | None = None
    certificate_no: str = ""


@dataclass
class SessionInput:
    course_id: int | None
    day: date | None
    start_time: time | None = None
    hours: float | None = None  # None: the course's hours
    status: SessionStatus = SessionStatus.HELD
    trainer_staff_id: int | None = None
    trainer_name: str = ""
    place: str = ""
    online: bool = False
    note: str = ""
    attendances: list[AttendanceInput] = field(default_factory=list)


def attendance_field(index: int, name: str) -> str:
    """``attendances[3].score``: where a problem of one attendance line is shown."""
    return f"attendances[{index}].{name}"


def _check_session(session: Session, data: SessionInput, today: date) -> TrainingCourse | None:
    problems = Problems()
    course = session.get(TrainingCourse, data.course_id) if data.course_id is not None else None
    problems.require(course is not None, "course_id", translate("Training", "Choose a course."))
    problems.require(data.day is not None, "day", translate("Training", "Choose the day."))
    if data.day is not None and data.status is SessionStatus.HELD and data.day > today:
        problems.add(
            "status",
            translate(
                "Training",
                "A session on {day} has not been held yet; save it as planned.",
            ).format(day=data.day.isoformat()),
        )
    if data.hours is not None:
        problems.require(
            math.isfinite(data.hours) and 0 < data.hours <= MAX_HOURS,
            "hours",
            translate("Training", "Hours must be more than 0 and at most {max:g}.").format(
                max=MAX_HOURS
            ),
        )
    if data.trainer_staff_id is not None and session.get(Staff, data.trainer_staff_id) is None:
        problems.add("trainer", translate("Training", "The chosen trainer does not exist."))
    for name, value in (("trainer", data.trainer_name), ("place", data.place)):
        problems.require(
            len(value.strip()) <= MAX_TEXT,
            name,
            translate("Training", "At most {limit} characters.").format(limit=MAX_TEXT),
        )
    if data.attendances and data.status is not SessionStatus.HELD:
        problems.add(
            "attendances",
            translate("Training", "Attendance is recorded once the session has been held."),
        )
    problems.raise_if_any()
    return course


def _employment_problem(person: Staff, day: date) -> str | None:
    if person.hire_date is not None and day < person.hire_date:
        return translate(
            "Training", "{name} was hired on {hired}, after this session on {day}."
        ).format(name=person.name, hired=person.hire_date.isoformat(), day=day.isoformat())
    if person.leave_date is not None and day > person.leave_date:
        return translate("Training", "{name} left on {left}, before this session on {day}.").format(
            name=person.name, left=person.leave_date.isoformat(), day=day.isoformat()
        )
    if not person.active and person.leave_date is None:
        return translate(
            "Training", "{name} is no longer active; attendance cannot be recorded."
        ).format(name=person.name)
    return None


def check_attendances(
    session: Session, course: TrainingCourse, day: date, lines: list[AttendanceInput]
) -> None:
    """Every problem of the attendance lines at once, each at its line and field."""
    problems = Problems()
    people = {
        s.id: s
        for s in session.scalars(
            select(Staff).where(Staff.id.in_([a.staff_id for a in lines if a.staff_id]))
        )
    }
    seen: dict[int, int] = {}
    for index, line in enumerate(lines):
        person = people.get(line.staff_id) if line.staff_id is not None else None
        if person is None:
            problems.add(
                attendance_field(index, "staff_id"), translate("Training", "Choose a person.")
            )
            continue
        if person.id in seen:
            problems.add(
                attendance_field(index, "staff_id"),
                translate("Training", "{name} is listed twice (lines {first} and {line}).").format(
                    name=person.name, first=seen[person.id] + 1, line=index + 1
                ),
            )
            continue
        seen[person.id] = index
        employment = _employment_problem(person, day)
        if employment:
            problems.add(attendance_field(index, "staff_id"), employment)
        _check_line(problems, index, person, course, line)
    problems.raise_if_any()


def _check_line(
    problems: Problems, index: int, person: Staff, course: TrainingCourse, line: AttendanceInput
) -> None:
    if line.score is not None:
        if not math.isfinite(line.score) or not 0 <= line.score <= 100:
            problems.add(
                attendance_field(index, "score"),
                translate("Training", "{name}: a score is from 0 to 100.").format(name=person.name),
            )
        elif line.status is not AttendanceStatus.PRESENT:
            problems.add(
                attendance_field(index, "score"),
                translate("Training", "{name} was not present, so has no score.").format(
                    name=person.name
                ),
            )
    number = line.certificate_no.strip()
    if number:
        if len(number) > MAX_CERTIFICATE_NO:
            problems.add(
                attendance_field(index, "certificate_no"),
                translate("Training", "A certificate number is at most {limit} characters.").format(
                    limit=MAX_CERTIFICATE_NO
                ),
            )
        elif not course.issues_certificate:
            problems.add(
                attendance_field(index, "certificate_no"),
                translate("Training", "This course issues no certificates."),
            )
        elif not has_passed(line.status, line.score, course.pass_mark):
            problems.add(
                attendance_field(index, "certificate_no"),
                translate("Training", "{name} did not pass, so gets no certificate.").format(
                    name=person.name
                ),
            )


def _certificate_prefix(course: TrainingCourse, day: date) -> str:
    return f"{course.code}-{day:%Y%m%d}-"


def _next_numbers(session: Session, course: TrainingCourse, day: date, taken: set[str]):
    serialise(session, "certificate_number")
    prefix = _certificate_prefix(course, day)
    used = set(
        session.scalars(
            select(TrainingAttendance.certificate_no).where(
                TrainingAttendance.certificate_no.like(f"{prefix}%")
            )
        )
    )
    used |= taken
    number = 1
    while True:
        candidate = f"{prefix}{number:03d}"
        if candidate not in used:
            used.add(candidate)
            yield candidate
        number += 1


def apply_attendances(
    session: Session, row: TrainingSession, course: TrainingCourse, lines: list[AttendanceInput]
) -> None:
    """Replace the session's attendance with ``lines`` (already checked), results computed."""
    kept = {a.staff_id: a for a in row.attendances}
    wanted = {line.staff_id for line in lines}
    for staff_id, old in list(kept.items()):
        if staff_id not in wanted:
            row.attendances.remove(old)
    session.flush()
    typed = {line.certificate_no.strip() for line in lines if line.certificate_no.strip()}
    numbers = _next_numbers(session, course, row.day, typed)
    for line in lines:
        assert line.staff_id is not None, "check_attendances refuses a line without a person"
        attendance = kept.get(line.staff_id) or TrainingAttendance(staff_id=line.staff_id)
        passed = has_passed(line.status, line.score, course.pass_mark)
        number = line.certificate_no.strip()
        if passed and course.issues_certificate and not number:
            previous = attendance.certificate_no if attendance.id else ""
            number = previous or next(numbers)
        attendance.status = line.status
        attendance.score = line.score
        attendance.passed = passed
        attendance.certificate_no = number if passed and course.issues_certificate else ""
        attendance.valid_until = expiry_date(row.day, course.validity_months) if passed else None
        if attendance.id is None:
            row.attendances.append(attendance)


def _apply(row: TrainingSession, course: TrainingCourse, data: SessionInput) -> None:
    assert data.day is not None, "_check_session refuses a session without a day"
    row.course_id = course.id
    row.day = data.day
    row.start_time = data.start_time
    row.minutes = round((data.hours if data.hours is not None else course.minutes / 60) * 60)
    row.status = data.status
    row.trainer_staff_id = data.trainer_staff_id
    row.trainer_name = data.trainer_name.strip()
    row.place = data.place.strip()
    row.online = data.online
    row.note = data.note.strip()


def write_session(
    session: Session, user: CurrentUser, data: SessionInput, session_id: int | None = None
) -> TrainingSession:
    """Check and write a session with its attendance without committing (imports call this)."""
    require(user, Permission.WRITE)
    row = get_session(session, session_id) if session_id is not None else None
    course = _check_session(session, data, clock.today())
    assert course is not None and data.day is not None
    check_attendances(session, course, data.day, data.attendances)
    if row is None:
        row = TrainingSession(
            created_at=clock.now().replace(microsecond=0), created_by=user.username
        )
        session.add(row)
    _apply(row, course, data)
    session.flush()
    apply_attendances(session, row, course, data.attendances)
    session.flush()
    return row


def save_session(
    uow: UnitOfWork, user: CurrentUser, data: SessionInput, session_id: int | None = None
) -> int:
    """Create (``session_id`` None) or replace a session with its attendance; commits once."""
    row = write_session(uow.session, user, data, session_id)
    uow.commit()
    return row.id


def get_session(session: Session, session_id: int) -> TrainingSession:
    row = session.get(TrainingSession, session_id)
    if row is None:
        raise NotFound(translate("Training", "This session no longer exists; reload the list."))
    return row


def load_session_input(session: Session, session_id: int) -> SessionInput:
    row = get_session(session, session_id)
    people = dict(session.execute(select(Staff.id, Staff.employee_no)).all())
    lines = sorted(row.attendances, key=lambda a: people.get(a.staff_id, ""))
    return SessionInput(
        course_id=row.course_id,
        day=row.day,
        start_time=row.start_time,
        hours=row.minutes / 60,
        status=row.status,
        trainer_staff_id=row.trainer_staff_id,
        trainer_name=row.trainer_name,
        place=row.place,
        online=row.online,
        note=row.note,
        attendances=[
            AttendanceInput(a.staff_id, a.status, a.score, a.certificate_no) for a in lines
        ],
    )


def delete_session(uow: UnitOfWork, user: CurrentUser, session_id: int) -> None:
    """Delete a session entered by mistake, with its attendance (and the certificates it gave)."""
    require(user, Permission.APPROVE)
    uow.session.delete(get_session(uow.session, session_id))
    uow.commit()
