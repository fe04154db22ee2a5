"""Training lists (courses, sessions, outside certificates) as plain rows, one page at a time,
sorted and filtered in SQL.

Filters (``ListQuery.filters``):
- courses: ``active`` (True/False), ``category``;
- sessions: ``course_id``, ``status``, ``first`` / ``last`` (days), ``trainer_staff_id``;
- certificates: ``staff_id``, ``expiring_by`` (valid until on or before that day),
  ``active_staff``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from branchops.core.listing import (
    LIKE_ESCAPE,
    ListQuery,
    apply_paging,
    contains_pattern,
    count_rows,
)
from branchops.core.staff.models import Position, Skill, Staff
from branchops.core.training.labels import (
    category_label,
    course_title,
    session_status_label,
    validity_text,
)
from branchops.core.training.models import (
    AttendanceStatus,
    CourseCategory,
    ExternalCertificate,
    SessionStatus,
    TrainingAttendance,
    TrainingCourse,
    TrainingCoursePosition,
    TrainingSession,
)
from branchops.i18n import translate

Trainer = aliased(Staff)


def _hours(minutes: int | None) -> float:
    return round((minutes or 0) / 60, 2)


# -- courses ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CourseRow:
    id: int
    code: str
    title: str
    category: CourseCategory
    category_label: str
    validity_months: int | None
    validity: str
    hours: float
    pass_mark: float | None
    issues_certificate: bool
    skill: str
    required_for: str
    active: bool
    sessions: int


def _course_base(query: ListQuery) -> Select:
    f = query.filters
    sessions = (
        select(TrainingSession.course_id, func.count(TrainingSession.id).label("n"))
        .group_by(TrainingSession.course_id)
        .subquery()
    )
    stmt = (
        select(TrainingCourse, Skill.name.label("skill_name"), func.coalesce(sessions.c.n, 0))
        .outerjoin(Skill, Skill.id == TrainingCourse.grants_skill_id)
        .outerjoin(sessions, sessions.c.course_id == TrainingCourse.id)
    )
    if f.get("active") is not None:
        stmt = stmt.where(TrainingCourse.active.is_(bool(f["active"])))
    if f.get("category"):
        stmt = stmt.where(TrainingCourse.category == CourseCategory(f["category"]))
    if query.search.strip():
        pattern = contains_pattern(query.search)
        stmt = stmt.where(
            or_(
                TrainingCourse.title.ilike(pattern, escape=LIKE_ESCAPE),
                TrainingCourse.title_en.ilike(pattern, escape=LIKE_ESCAPE),
                TrainingCourse.code.ilike(pattern, escape=LIKE_ESCAPE),
            )
        )
    return stmt


COURSE_SORT = {
    "code": TrainingCourse.code,
    "title": TrainingCourse.title,
    "category_label": TrainingCourse.category,
    "validity": TrainingCourse.validity_months,
    "hours": TrainingCourse.minutes,
    "pass_mark": TrainingCourse.pass_mark,
    "issues_certificate": TrainingCourse.issues_certificate,
    "skill": Skill.name,
    "active": TrainingCourse.active,
}


def _position_names(session: Session) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    stmt = (
        select(TrainingCoursePosition.course_id, Position.name)
        .join(Position, Position.id == TrainingCoursePosition.position_id)
        .order_by(Position.sort_order)
    )
    for course_id, name in session.execute(stmt):
        out.setdefault(course_id, []).append(name)
    return out


def list_courses(session: Session, query: ListQuery) -> list[CourseRow]:
    stmt = _course_base(query)
    if query.sort_key is None:
        stmt = stmt.order_by(TrainingCourse.sort_order, TrainingCourse.code).offset(query.offset)
        stmt = stmt.limit(query.limit) if query.limit is not None else stmt
    else:
        stmt = apply_paging(stmt, query, COURSE_SORT, TrainingCourse.id)
    positions = _position_names(session)
    rows = []
    for course, skill, sessions in session.execute(stmt):
        required = (
            translate("Training", "Everyone")
            if course.required_for_all
            else "、".join(positions.get(course.id, []))
        )
        rows.append(
            CourseRow(
                id=course.id,
                code=course.code,
                title=course_title(course.title, course.title_en),
                category=course.category,
                category_label=category_label(course.category),
                validity_months=course.validity_months,
                validity=validity_text(course.validity_months),
                hours=_hours(course.minutes),
                pass_mark=course.pass_mark,
                issues_certificate=course.issues_certificate,
                skill=skill or "",
                required_for=required,
                active=course.active,
                sessions=int(sessions),
            )
        )
    return rows


def count_courses(session: Session, query: ListQuery) -> int:
    return count_rows(session, _course_base(query))


# -- sessions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRow:
    id: int
    day: date
    start_time: time | None
    course_id: int
    course: str
    status: SessionStatus
    status_label: str
    trainer: str
    place: str
    hours: float
    attendees: int
    present: int
    passed: int
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


def _session_counts():
    present = func.sum(case((TrainingAttendance.status == AttendanceStatus.PRESENT, 1), else_=0))
    passed = func.sum(case((TrainingAttendance.passed.is_(True), 1), else_=0))
    return (
        select(
            TrainingAttendance.session_id,
            func.count(TrainingAttendance.id).label("total"),
            present.label("present"),
            passed.label("passed"),
        )
        .group_by(TrainingAttendance.session_id)
        .subquery()
    )


def _session_base(query: ListQuery, counts) -> Select:
    f = query.filters
    stmt = (
        select(
            TrainingSession,
            TrainingCourse.title,
            TrainingCourse.title_en,
            Trainer.name.label("trainer"),
            func.coalesce(counts.c.total, 0),
            func.coalesce(counts.c.present, 0),
            func.coalesce(counts.c.passed, 0),
        )
        .join(TrainingCourse, TrainingCourse.id == TrainingSession.course_id)
        .outerjoin(Trainer, Trainer.id == TrainingSession.trainer_staff_id)
        .outerjoin(counts, counts.c.session_id == TrainingSession.id)
    )
    if f.get("course_id"):
        stmt = stmt.where(TrainingSession.course_id == f["course_id"])
    if f.get("status"):
        stmt = stmt.where(TrainingSession.status == SessionStatus(f["status"]))
    if f.get("first"):
        stmt = stmt.where(TrainingSession.day >= f["first"])
    if f.get("last"):
        stmt = stmt.where(TrainingSession.day <= f["last"])
    if f.get("trainer_staff_id"):
        stmt = stmt.where(TrainingSession.trainer_staff_id == f["trainer_staff_id"])
    if query.search.strip():
        pattern = contains_pattern(query.search)
        stmt = stmt.where(
            or_(
                TrainingCourse.title.ilike(pattern, escape=LIKE_ESCAPE),
                TrainingCourse.title_en.ilike(pattern, escape=LIKE_ESCAPE),
                TrainingSession.trainer_name.ilike(pattern, escape=LIKE_ESCAPE),
                TrainingSession.place.ilike(pattern, escape=LIKE_ESCAPE),
                Trainer.name.ilike(pattern, escape=LIKE_ESCAPE),
            )
        )
    return stmt


def _session_sort(counts) -> dict:
    return {
        "day": TrainingSession.day,
        "start_time": TrainingSession.start_time,
        "course": TrainingCourse.title,
        "status_label": TrainingSession.status,
        "trainer": func.coalesce(Trainer.name, TrainingSession.trainer_name),
        "place": TrainingSession.place,
        "hours": TrainingSession.minutes,
        "attendees": func.coalesce(counts.c.total, 0),
        "present": func.coalesce(counts.c.present, 0),
        "passed": func.coalesce(counts.c.passed, 0),
    }


def list_sessions(session: Session, query: ListQuery) -> list[SessionRow]:
    counts = _session_counts()
    stmt = _session_base(query, counts)
    if query.sort_key is None:
        stmt = stmt.order_by(TrainingSession.day.desc(), TrainingSession.id.desc())
        stmt = stmt.offset(query.offset)
        stmt = stmt.limit(query.limit) if query.limit is not None else stmt
    else:
        stmt = apply_paging(stmt, query, _session_sort(counts), TrainingSession.id)
    rows = []
    online = translate("Training", "Online")
    for row, title, title_en, trainer, total, present, passed in session.execute(stmt):
        rows.append(
            SessionRow(
                id=row.id,
                day=row.day,
                start_time=row.start_time,
                course_id=row.course_id,
                course=course_title(title, title_en),
                status=row.status,
                status_label=session_status_label(row.status),
                trainer=trainer or row.trainer_name,
                place=online if row.online and not row.place else row.place,
                hours=_hours(row.minutes),
                attendees=int(total),
                present=int(present),
                passed=int(passed),
                record_version=row.version,
            )
        )
    return rows


def count_sessions(session: Session, query: ListQuery) -> int:
    return count_rows(session, _session_base(query, _session_counts()))


# -- external certificates --------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateRow:
    id: int
    staff_id: int
    employee_no: str
    person: str
    name: str
    number: str
    issuer: str
    issued_on: date
    valid_until: date | None
    course: str
    skill: str
    has_scan: bool
    scan_sha256: str
    scan_extension: str
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


def _certificate_base(query: ListQuery) -> Select:
    f = query.filters
    stmt = (
        select(
            ExternalCertificate,
            Staff.employee_no,
            Staff.name,
            TrainingCourse.title,
            TrainingCourse.title_en,
            Skill.name,
        )
        .join(Staff, Staff.id == ExternalCertificate.staff_id)
        .outerjoin(TrainingCourse, TrainingCourse.id == ExternalCertificate.course_id)
        .outerjoin(Skill, Skill.id == ExternalCertificate.skill_id)
    )
    if f.get("staff_id"):
        stmt = stmt.where(ExternalCertificate.staff_id == f["staff_id"])
    if f.get("expiring_by"):
        stmt = stmt.where(ExternalCertificate.valid_until <= f["expiring_by"])
    if f.get("active_staff"):
        stmt = stmt.where(Staff.active.is_(True))
    if query.search.strip():
        pattern = contains_pattern(query.search)
        stmt = stmt.where(
            or_(
                Staff.name.ilike(pattern, escape=LIKE_ESCAPE),
                ExternalCertificate.name.ilike(pattern, escape=LIKE_ESCAPE),
                ExternalCertificate.number.ilike(pattern, escape=LIKE_ESCAPE),
                ExternalCertificate.issuer.ilike(pattern, escape=LIKE_ESCAPE),
            )
        )
    return stmt


CERTIFICATE_SORT = {
    "employee_no": Staff.employee_no,
    "person": Staff.name,
    "name": ExternalCertificate.name,
    "number": ExternalCertificate.number,
    "issuer": ExternalCertificate.issuer,
    "issued_on": ExternalCertificate.issued_on,
    "valid_until": ExternalCertificate.valid_until,
    "course": TrainingCourse.title,
    "skill": Skill.name,
}


def list_certificates(session: Session, query: ListQuery) -> list[CertificateRow]:
    stmt = _certificate_base(query)
    if query.sort_key is None:
        stmt = stmt.order_by(ExternalCertificate.valid_until, ExternalCertificate.id)
        stmt = stmt.offset(query.offset)
        stmt = stmt.limit(query.limit) if query.limit is not None else stmt
    else:
        stmt = apply_paging(stmt, query, CERTIFICATE_SORT, ExternalCertificate.id)
    return [
        CertificateRow(
            id=c.id,
            staff_id=c.staff_id,
            employee_no=number,
            person=person,
            name=c.name,
            number=c.number,
            issuer=c.issuer,
            issued_on=c.issued_on,
            valid_until=c.valid_until,
            course=course_title(title, title_en) if title else "",
            skill=skill or "",
            has_scan=bool(c.scan_sha256),
            scan_sha256=c.scan_sha256,
            scan_extension=c.scan_extension,
            record_version=c.version,
        )
        for c, number, person, title, title_en, skill in session.execute(stmt)
    ]


def count_certificates(session: Session, query: ListQuery) -> int:
    return count_rows(session, _certificate_base(query))
