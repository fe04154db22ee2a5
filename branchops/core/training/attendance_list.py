"""The attendance list (签到与成绩) as plain rows, one page at a time, sorted and filtered in SQL,
and one person's records for one course (a cell of the compliance matrix).

Filters (``ListQuery.filters``): ``staff_id``, ``course_id``, ``session_id``, ``first`` /
``last`` (days), ``passed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, aliased

from branchops.core.listing import (
    LIKE_ESCAPE,
    ListQuery,
    apply_paging,
    contains_pattern,
    count_rows,
)
from branchops.core.staff.models import Staff
from branchops.core.training.labels import (
    attendance_label,
    course_title,
    result_text,
)
from branchops.core.training.models import (
    AttendanceStatus,
    ExternalCertificate,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
)
from branchops.i18n import translate

Trainer = aliased(Staff)


def _hours(minutes: int | None) -> float:
    return round((minutes or 0) / 60, 2)


# -- attendance -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    session_id: int
    day: date
    course_id: int
    course: str
    staff_id: int
    employee_no: str
    name: str
    status: AttendanceStatus
    status_label: str
    score: float | None
    passed: bool
    result: str
    certificate_no: str
    valid_until: date | None


def _attendance_base(query: ListQuery) -> Select:
    f = query.filters
    stmt = (
        select(
            TrainingAttendance,
            TrainingSession.day,
            TrainingSession.course_id,
            TrainingCourse.title,
            TrainingCourse.title_en,
            TrainingCourse.pass_mark,
            Staff.employee_no,
            Staff.name,
        )
        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        .join(TrainingCourse, TrainingCourse.id == TrainingSession.course_id)
        .join(Staff, Staff.id == TrainingAttendance.staff_id)
    )
    if f.get("staff_id"):
        stmt = stmt.where(TrainingAttendance.staff_id == f["staff_id"])
    if f.get("course_id"):
        stmt = stmt.where(TrainingSession.course_id == f["course_id"])
    if f.get("session_id"):
        stmt = stmt.where(TrainingAttendance.session_id == f["session_id"])
    if f.get("first"):
        stmt = stmt.where(TrainingSession.day >= f["first"])
    if f.get("last"):
        stmt = stmt.where(TrainingSession.day <= f["last"])
    if f.get("passed") is not None:
        stmt = stmt.where(TrainingAttendance.passed.is_(bool(f["passed"])))
    if query.search.strip():
        pattern = contains_pattern(query.search)
        stmt = stmt.where(
            or_(
                Staff.name.ilike(pattern, escape=LIKE_ESCAPE),
                Staff.employee_no.ilike(pattern, escape=LIKE_ESCAPE),
                TrainingCourse.title.ilike(pattern, escape=LIKE_ESCAPE),
                TrainingCourse.title_en.ilike(pattern, escape=LIKE_ESCAPE),
                TrainingAttendance.certificate_no.ilike(pattern, escape=LIKE_ESCAPE),
            )
        )
    return stmt


ATTENDANCE_SORT = {
    "day": TrainingSession.day,
    "course": TrainingCourse.title,
    "employee_no": Staff.employee_no,
    "name": Staff.name,
    "status_label": TrainingAttendance.status,
    "score": TrainingAttendance.score,
    "result": TrainingAttendance.passed,
    "certificate_no": TrainingAttendance.certificate_no,
    "valid_until": TrainingAttendance.valid_until,
}


def list_attendances(session: Session, query: ListQuery) -> list[AttendanceRow]:
    stmt = _attendance_base(query)
    if query.sort_key is None:
        stmt = stmt.order_by(TrainingSession.day.desc(), TrainingAttendance.id.desc())
        stmt = stmt.offset(query.offset)
        stmt = stmt.limit(query.limit) if query.limit is not None else stmt
    else:
        stmt = apply_paging(stmt, query, ATTENDANCE_SORT, TrainingAttendance.id)
    rows = []
    for a, day, course_id, title, title_en, mark, number, name in session.execute(stmt):
        rows.append(
            AttendanceRow(
                id=a.id,
                session_id=a.session_id,
                day=day,
                course_id=course_id,
                course=course_title(title, title_en),
                staff_id=a.staff_id,
                employee_no=number,
                name=name,
                status=a.status,
                status_label=attendance_label(a.status),
                score=a.score,
                passed=a.passed,
                result=result_text(a.status, a.passed, a.score, mark),
                certificate_no=a.certificate_no,
                valid_until=a.valid_until,
            )
        )
    return rows


def count_attendances(session: Session, query: ListQuery) -> int:
    return count_rows(session, _attendance_base(query))


# -- one cell's history (the compliance matrix) -----------------------------------------------


@dataclass(frozen=True)
class HistoryRow:
    day: date
    what: str  # "session" or "certificate" in words
    result: str
    score: float | None
    certificate_no: str
    valid_until: date | None
    session_id: int | None
    certificate_id: int | None


def cell_history(session: Session, staff_id: int, course_id: int) -> list[HistoryRow]:
    """Every attendance of the person at the course's sessions and every outside certificate
    counted for it, newest first."""
    query = ListQuery(limit=None, filters={"staff_id": staff_id, "course_id": course_id})
    rows = [
        HistoryRow(
            r.day, translate("Training", "Session"), r.result, r.score, r.certificate_no,
            r.valid_until, r.session_id, None,
        )
        for r in list_attendances(session, query)
    ]  # fmt: skip
    outside = select(ExternalCertificate).where(
        ExternalCertificate.staff_id == staff_id, ExternalCertificate.course_id == course_id
    )
    rows += [
        HistoryRow(
            c.issued_on, translate("Training", "Outside certificate"), c.name, None, c.number,
            c.valid_until, None, c.id,
        )
        for c in session.scalars(outside)
    ]  # fmt: skip
    return sorted(rows, key=lambda r: r.day, reverse=True)
