"""Import a session's attendance (培训签到表): one row per person, grouped into sessions by course
and day (and start time, when given).

A row's course is named by its code or title. A session of that course on that day is found (a
planned one becomes held) or created. Each person's line replaces what that session had for
them. The sessions' own checks (employment, scores, certificates, duplicates) are mapped back to
the file's rows. One transaction: a file with any problem changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.errors import FieldProblem, ValidationError
from branchops.core.imports.common import ImportSummary, RowRef, row_problem
from branchops.core.staff.models import Staff
from branchops.core.training.labels import course_title
from branchops.core.training.models import (
    AttendanceStatus,
    SessionStatus,
    TrainingCourse,
    TrainingSession,
)
from branchops.core.training.sessions import (
    AttendanceInput,
    SessionInput,
    load_session_input,
    write_session,
)
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

_TIME_RE = re.compile(r"^\s*(\d{1,2})\s*[:：.]\s*(\d{2})\s*$")
_LINE_RE = re.compile(r"^attendances\[(\d+)\]\.(\w+)$")
# the session's input field → the import column it comes from
_COLUMN_OF = {
    "staff_id": "employee_no",
    "score": "score",
    "certificate_no": "certificate_no",
    "status": "day",
    "day": "day",
    "hours": "hours",
    "trainer": "trainer",
    "place": "place",
    "course_id": "course",
    "attendances": "day",
}


@dataclass(frozen=True)
class AttendanceImportRow:
    ref: RowRef
    course: str
    day: date | None
    employee_no: str
    name: str = ""
    status: AttendanceStatus | None = None  # None: present
    score: float | None = None
    certificate_no: str = ""
    start_time: str = ""
    trainer: str = ""
    place: str = ""
    hours: float | None = None


@dataclass
class _Group:
    course: TrainingCourse
    day: date
    start: time | None
    first: RowRef
    rows: list[tuple[AttendanceImportRow, int]] = field(default_factory=list)  # (row, staff)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def _start(row: AttendanceImportRow, problems: list[FieldProblem]) -> time | None:
    if not row.start_time.strip():
        return None
    match = _TIME_RE.match(row.start_time)
    if match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
        return time(int(match.group(1)), int(match.group(2)))
    problems.append(
        row_problem(
            row.ref, "start_time", row.start_time, translate("Import", "write a time as 17:30.")
        )
    )
    return None


def _courses(session: Session) -> dict[str, TrainingCourse]:
    out: dict[str, TrainingCourse] = {}
    for course in session.scalars(select(TrainingCourse)):
        for word in (course.code, course.title, course.title_en):
            if word.strip():
                out.setdefault(_norm(word), course)
    return out


def _group(
    session: Session, rows: list[AttendanceImportRow], problems: list[FieldProblem]
) -> dict[tuple[int, date, time | None], _Group]:
    courses = _courses(session)
    people = {_norm(s.employee_no): s for s in session.scalars(select(Staff))}
    groups: dict[tuple[int, date, time | None], _Group] = {}
    for row in rows:
        course = courses.get(_norm(row.course))
        person = people.get(_norm(row.employee_no))
        start = _start(row, problems)
        if course is None:
            problems.append(
                row_problem(
                    row.ref, "course", row.course,
                    translate(
                        "Import",
                        "no course has this code or title; add it on the Training page first.",
                    ),
                )
            )  # fmt: skip
        if person is None:
            problems.append(
                row_problem(
                    row.ref, "employee_no", row.employee_no,
                    translate("Import", "no staff member has this employee no."),
                )
            )  # fmt: skip
        elif row.name.strip() and _norm(row.name) != _norm(person.name):
            problems.append(
                row_problem(
                    row.ref, "name", row.name,
                    translate("Import", "employee no. {no} is {name}; check the row.").format(
                        no=person.employee_no, name=person.name
                    ),
                )
            )  # fmt: skip
        if course is None or person is None or row.day is None:
            continue
        key = (course.id, row.day, start)
        group = groups.setdefault(key, _Group(course, row.day, start, row.ref))
        group.rows.append((row, person.id))
    return groups


def _existing(session: Session, group: _Group) -> int | None:
    stmt = (
        select(TrainingSession.id)
        .where(
            TrainingSession.course_id == group.course.id,
            TrainingSession.day == group.day,
            TrainingSession.status != SessionStatus.CANCELLED,
        )
        .order_by(TrainingSession.id)
    )
    if group.start is not None:
        stmt = stmt.where(TrainingSession.start_time == group.start)
    return session.scalars(stmt).first()


def _input(session: Session, group: _Group, session_id: int | None) -> SessionInput:
    if session_id is None:
        data = SessionInput(group.course.id, group.day, group.start)
    else:
        data = load_session_input(session, session_id)
    data.status = SessionStatus.HELD
    hours = next((r.hours for r, _ in group.rows if r.hours is not None), None)
    trainer = next((r.trainer for r, _ in group.rows if r.trainer.strip()), "")
    place = next((r.place for r, _ in group.rows if r.place.strip()), "")
    if hours is not None:
        data.hours = hours
    if trainer:
        data.trainer_name, data.trainer_staff_id = trainer, None
    if place:
        data.place = place
    return data


@dataclass
class _Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    new_sessions: list[str] = field(default_factory=list)


def _merge(data: SessionInput, group: _Group, counts: _Counts) -> list[RowRef | None]:
    """Put the file's lines into ``data``; returns each line's row (None: kept from before)."""
    places: list[RowRef | None] = [None] * len(data.attendances)
    index = {a.staff_id: i for i, a in enumerate(data.attendances)}
    for row, staff_id in group.rows:
        line = AttendanceInput(
            staff_id, row.status or AttendanceStatus.PRESENT, row.score, row.certificate_no
        )
        if staff_id in index:
            old = data.attendances[index[staff_id]]
            same = (old.status, old.score) == (line.status, line.score) and (
                not line.certificate_no or line.certificate_no == old.certificate_no
            )
            if not line.certificate_no:
                line.certificate_no = old.certificate_no if same else ""
            data.attendances[index[staff_id]] = line
            places[index[staff_id]] = row.ref
            counts.unchanged += same
            counts.updated += not same
        else:
            data.attendances.append(line)
            places.append(row.ref)
            counts.created += 1
    return places


def _mapped(group: _Group, places: list[RowRef | None], error: ValidationError):
    out = []
    for problem in error.problems:
        match = _LINE_RE.match(problem.field)
        if match:
            ref = places[int(match.group(1))] or group.first
            column = _COLUMN_OF.get(match.group(2), "employee_no")
        else:
            ref, column = group.first, _COLUMN_OF.get(problem.field, "day")
        out.append(row_problem(ref, column, None, problem.message))
    return out


def import_attendance(
    uow: UnitOfWork, user: CurrentUser, rows: list[AttendanceImportRow], *, dry_run: bool = False
) -> ImportSummary:
    require(user, Permission.WRITE)
    session = uow.session
    problems: list[FieldProblem] = []
    groups = _group(session, rows, problems)
    counts = _Counts()
    for group in groups.values():
        session_id = _existing(session, group)
        data = _input(session, group, session_id)
        places = _merge(data, group, counts)
        try:
            write_session(session, user, data, session_id)
        except ValidationError as error:
            taken = {p.field for p in problems}
            problems.extend(p for p in _mapped(group, places, error) if p.field not in taken)
            continue
        if session_id is None:
            title = course_title(group.course.title, group.course.title_en)
            counts.new_sessions.append(f"{title} {group.day.isoformat()}")
    if problems:
        raise ValidationError(problems)
    notes = tuple(
        translate("Import", "New training session: {session}").format(session=text)
        for text in counts.new_sessions
    )
    summary = ImportSummary(counts.created, counts.updated, counts.unchanged, notes, dry_run)
    if dry_run:
        uow.rollback()
    else:
        uow.commit()
    return summary
