"""The compliance matrix (合规矩阵): active staff × the courses their position requires, each cell
valid / due for renewal / expired / missing on one day, with the share compliant per course, per
person and overall.

A cell counts the best record the person had on that day: a passed attendance of a held session
of the course, or an external certificate that counts for it. A record that never expires beats
any date. "Due for renewal" is still valid: it counts as compliant.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from branchops.core.date_table import date_table
from branchops.core.memo import in_memo_scope, memo_values, memoized
from branchops.core.staff.models import Position, Staff
from branchops.core.training.labels import CellState, course_title
from branchops.core.training.models import (
    ExternalCertificate,
    SessionStatus,
    TrainingAttendance,
    TrainingCourse,
    TrainingCoursePosition,
    TrainingSession,
)
from branchops.core.training.settings import load_settings

COMPLIANT = (CellState.VALID, CellState.DUE)


@dataclass(frozen=True)
class MatrixPerson:
    id: int
    employee_no: str
    name: str
    position_id: int | None
    position: str


@dataclass(frozen=True)
class MatrixCourse:
    id: int
    code: str
    title: str
    validity_months: int | None
    required_for_all: bool
    position_ids: frozenset[int]

    def required_of(self, person: MatrixPerson) -> bool:
        return self.required_for_all or person.position_id in self.position_ids


@dataclass(frozen=True)
class Record:
    """The best record of one person for one course up to a day."""

    last_day: date  # the latest session (or issue) day counted
    valid_until: date | None  # None: never expires


@dataclass(frozen=True)
class Cell:
    state: CellState
    valid_until: date | None = None
    last_day: date | None = None

    @property
    def compliant(self) -> bool:
        return self.state in COMPLIANT


@dataclass(frozen=True)
class Share:
    compliant: int
    required: int

    @property
    def rate(self) -> float | None:
        return self.compliant / self.required if self.required else None


@dataclass(frozen=True)
class Matrix:
    day: date
    renewal_days: int
    people: list[MatrixPerson]
    courses: list[MatrixCourse]
    cells: dict[tuple[int, int], Cell]  # (person id, course id); absent: not required

    def cell(self, person_id: int, course_id: int) -> Cell | None:
        return self.cells.get((person_id, course_id))

    def _share(self, cells: Iterable[Cell]) -> Share:
        chosen = list(cells)
        return Share(sum(1 for c in chosen if c.compliant), len(chosen))

    def by_course(self, course_id: int) -> Share:
        return self._share(c for (_, cid), c in self.cells.items() if cid == course_id)

    def by_person(self, person_id: int) -> Share:
        return self._share(c for (pid, _), c in self.cells.items() if pid == person_id)

    @property
    def overall(self) -> Share:
        return self._share(self.cells.values())

    def counts(self) -> dict[CellState, int]:
        out = dict.fromkeys(CellState, 0)
        for cell in self.cells.values():
            out[cell.state] += 1
        return out


def employed_on(day: date | ColumnElement[date]) -> ColumnElement[bool]:
    """Staff employed on ``day`` (hired by then, not yet left; left people need a leaving date)."""
    return and_(
        or_(Staff.hire_date.is_(None), Staff.hire_date <= day),
        or_(Staff.leave_date.is_(None), Staff.leave_date >= day),
        or_(Staff.active.is_(True), Staff.leave_date.is_not(None)),
    )


def matrix_people(session: Session, day: date) -> list[MatrixPerson]:
    """Read once per ``memo_scope`` (an export asks for each month and sheet)."""
    return memoized(session, ("training.matrix_people", day), lambda: _matrix_people(session, day))


def prefetch_matrix_people(session: Session, days: Iterable[date]) -> None:
    """Inside a ``memo_scope``, ``matrix_people`` of several days from one query."""
    memo = memo_values(session)
    if memo is None:
        return
    missing = sorted({d for d in days if ("training.matrix_people", d) not in memo})
    if missing:
        memo.update(
            (("training.matrix_people", d), people)
            for d, people in _people_by_day(session, missing).items()
        )


def _matrix_people(session: Session, day: date) -> list[MatrixPerson]:
    return _people_by_day(session, [day])[day]


def _people_by_day(session: Session, days: list[date]) -> dict[date, list[MatrixPerson]]:
    """The people employed on each day, in the matrix's order: the days as a table."""
    on = date_table("matrix_day", ["day"], [(d,) for d in days])
    stmt = (
        select(on.c.day, Staff.id, Staff.employee_no, Staff.name, Staff.position_id, Position.name)
        .select_from(on)
        .join(Staff, employed_on(on.c.day))
        .outerjoin(Position, Position.id == Staff.position_id)
        .order_by(on.c.day, Position.sort_order, Staff.employee_no)
    )
    found: dict[date, list[MatrixPerson]] = {d: [] for d in days}
    for day, i, no, name, pid, pos in session.execute(stmt):
        found[day].append(MatrixPerson(i, no, name, pid, pos or ""))
    return found


def required_courses(session: Session) -> list[MatrixCourse]:
    """Read once per ``memo_scope`` (an export asks for each month and sheet)."""
    return memoized(session, ("training.required_courses",), lambda: _required_courses(session))


def _required_courses(session: Session) -> list[MatrixCourse]:
    """Active courses some position (or everyone) must take, in the courses' order."""
    positions: dict[int, set[int]] = defaultdict(set)
    for course_id, position_id in session.execute(
        select(TrainingCoursePosition.course_id, TrainingCoursePosition.position_id)
    ):
        positions[course_id].add(position_id)
    rows = session.scalars(
        select(TrainingCourse)
        .where(TrainingCourse.active.is_(True))
        .order_by(TrainingCourse.sort_order, TrainingCourse.code)
    )
    return [
        MatrixCourse(
            c.id,
            c.code,
            course_title(c.title, c.title_en),
            c.validity_months,
            c.required_for_all,
            frozenset(positions.get(c.id, ())),
        )
        for c in rows
        if c.required_for_all or positions.get(c.id)
    ]


def best_records(
    session: Session, day: date, people: Iterable[int] | None = None
) -> dict[tuple[int, int], Record]:
    """``_best_records``, once per ``memo_scope`` for the same day: inside a scope everyone's
    records are read once and ``people``'s taken from them."""
    if not in_memo_scope(session):
        return _best_records(session, day, people)
    everyone = memoized(
        session, ("training.best_records", day), lambda: _best_records(session, day)
    )
    if people is None:
        return everyone
    chosen = set(people)
    return {key: record for key, record in everyone.items() if key[0] in chosen}


def prefetch_best_records(session: Session, days: Iterable[date]) -> None:
    """Inside a ``memo_scope``, everyone's ``best_records`` of several days from one read: the
    first day's records whole, each later day's as the day before's with the records between
    them added."""
    memo = memo_values(session)
    if memo is None:
        return
    chosen = sorted(set(days))
    spans = [
        (before, day)
        for before, day in zip([None, *chosen], chosen, strict=False)
        if ("training.best_records", day) not in memo
    ]
    if not spans:
        return
    added = _best_records_of_spans(session, spans)
    known: dict[tuple[int, int], Record] | None = None
    for day in chosen:
        key = ("training.best_records", day)
        if key not in memo:
            memo[key] = added[day] if known is None else _merged(known, added[day])
        known = memo[key]


def _merged(
    older: dict[tuple[int, int], Record], newer: dict[tuple[int, int], Record]
) -> dict[tuple[int, int], Record]:
    found = dict(older)
    for key, record in newer.items():
        old = found.get(key)
        found[key] = record if old is None else _better(old, record)
    return found


def _best_records(
    session: Session,
    day: date,
    people: Iterable[int] | None = None,
    *,
    after: date | None = None,
) -> dict[tuple[int, int], Record]:
    """(person, course) → the best record up to ``day`` (and after ``after``, if given):
    attendances and external certificates."""
    return _best_records_of_spans(session, [(after, day)], people)[day]


def _best_records_of_spans(
    session: Session,
    spans: list[tuple[date | None, date]],
    people: Iterable[int] | None = None,
) -> dict[date, dict[tuple[int, int], Record]]:
    """``_best_records`` of each span (after, day], the spans as a table: one query for the
    attendances and one for the external certificates, grouped by span."""
    span = date_table(
        "record_span", ["after", "day"], [(after or date.min, day) for after, day in spans]
    )
    forever = func.max(case((TrainingAttendance.valid_until.is_(None), 1), else_=0))
    stmt = (
        select(
            span.c.day,
            TrainingAttendance.staff_id,
            TrainingSession.course_id,
            func.max(TrainingSession.day),
            func.max(TrainingAttendance.valid_until),
            forever,
        )
        .select_from(span)
        .join(
            TrainingSession,
            and_(TrainingSession.day > span.c.after, TrainingSession.day <= span.c.day),
        )
        .join(TrainingAttendance, TrainingSession.id == TrainingAttendance.session_id)
        .where(
            TrainingAttendance.passed.is_(True),
            TrainingSession.status == SessionStatus.HELD,
        )
        .group_by(span.c.day, TrainingAttendance.staff_id, TrainingSession.course_id)
    )
    outside_forever = func.max(case((ExternalCertificate.valid_until.is_(None), 1), else_=0))
    outside = (
        select(
            span.c.day,
            ExternalCertificate.staff_id,
            ExternalCertificate.course_id,
            func.max(ExternalCertificate.issued_on),
            func.max(ExternalCertificate.valid_until),
            outside_forever,
        )
        .select_from(span)
        .join(
            ExternalCertificate,
            and_(
                ExternalCertificate.issued_on > span.c.after,
                ExternalCertificate.issued_on <= span.c.day,
            ),
        )
        .where(ExternalCertificate.course_id.is_not(None))
        .group_by(span.c.day, ExternalCertificate.staff_id, ExternalCertificate.course_id)
    )
    if people is not None:
        ids = list(people)
        stmt = stmt.where(TrainingAttendance.staff_id.in_(ids))
        outside = outside.where(ExternalCertificate.staff_id.in_(ids))
    found: dict[date, dict[tuple[int, int], Record]] = {day: {} for _, day in spans}
    for query in (stmt, outside):
        for day, staff_id, course_id, last_day, until, never in session.execute(query):
            records = found[day]
            record = Record(last_day, None if never else until)
            old = records.get((staff_id, course_id))
            records[(staff_id, course_id)] = record if old is None else _better(old, record)
    return found


def _better(a: Record, b: Record) -> Record:
    last = max(a.last_day, b.last_day)
    if a.valid_until is None or b.valid_until is None:
        return Record(last, None)
    return Record(last, max(a.valid_until, b.valid_until))


def cell_state(record: Record | None, day: date, renewal_days: int) -> CellState:
    if record is None:
        return CellState.MISSING
    if record.valid_until is None:
        return CellState.VALID
    if record.valid_until < day:
        return CellState.EXPIRED
    if record.valid_until - timedelta(days=renewal_days) <= day:
        return CellState.DUE
    return CellState.VALID


def compliance_matrix(
    session: Session,
    day: date,
    renewal_days: int | None = None,
    course_ids: set[int] | None = None,
    records: dict[tuple[int, int], Record] | None = None,
) -> Matrix:
    """``records``: the ``best_records`` of ``day`` when the caller has them already."""
    window = load_settings(session).renewal_days if renewal_days is None else renewal_days
    people = matrix_people(session, day)
    courses = required_courses(session)
    if course_ids is not None:
        courses = [c for c in courses if c.id in course_ids]
    if records is None:
        records = best_records(session, day, [p.id for p in people])
    cells = {}
    for person in people:
        for course in courses:
            if course.required_of(person):
                record = records.get((person.id, course.id))
                cells[(person.id, course.id)] = Cell(
                    cell_state(record, day, window),
                    record.valid_until if record else None,
                    record.last_day if record else None,
                )
    used = {pid for pid, _ in cells}
    return Matrix(day, window, [p for p in people if p.id in used], courses, cells)


def compliance_rate(session: Session, day: date) -> float | None:
    return compliance_matrix(session, day).overall.rate


def people_required(session: Session, course_id: int, day: date) -> list[MatrixPerson]:
    """The people employed on ``day`` whose position requires the course (everyone for a
    course required of all; nobody for a course no position requires)."""
    course = next((c for c in required_courses(session) if c.id == course_id), None)
    if course is None:
        return []
    return [p for p in matrix_people(session, day) if course.required_of(p)]
