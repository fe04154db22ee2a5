"""Reminders: required courses and certificates that expire within a window (or have expired and
were not renewed), for the people employed on the day.

Three sources, each person's best record only: the compliance matrix's cells (courses their
position requires), certificates of courses they are not required to take (e.g. a teller who is a
fire warden), and external certificates not counted for a required course.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.memo import memoized
from branchops.core.training.compliance import (
    Record,
    best_records,
    cell_state,
    compliance_matrix,
    matrix_people,
)
from branchops.core.training.labels import CellState, course_title
from branchops.core.training.models import ExternalCertificate, TrainingCourse

EXPIRING_STATES = (CellState.DUE, CellState.EXPIRED)


@dataclass(frozen=True)
class ExpiringRow:
    key: str  # "course:<staff>:<course>" or "certificate:<id>"
    staff_id: int
    employee_no: str
    name: str
    what: str  # the course or certificate
    kind: str  # "course" or "certificate"
    certificate: bool  # a certificate (not only a course to repeat)
    required: bool  # the person's position requires it
    course_id: int | None
    certificate_id: int | None
    valid_until: date
    days_left: int  # negative once expired
    state: CellState


def expiring(
    session: Session, day: date, within_days: int, *, include_expired: bool = True
) -> list[ExpiringRow]:
    """Rows expiring within ``within_days`` of ``day``, soonest first."""
    records = best_records(session, day)
    matrix = compliance_matrix(session, day, renewal_days=within_days, records=records)
    people = {p.id: p for p in matrix.people}
    courses = {c.id: c for c in matrix.courses}
    certifying = _certifying_courses(session)
    rows: list[ExpiringRow] = []

    def add(key, staff_id, number, name, what, kind, cert, required, course_id, cert_id, until):
        state = cell_state(Record(day, until), day, within_days)
        if state in EXPIRING_STATES and (include_expired or state is CellState.DUE):
            rows.append(
                ExpiringRow(
                    key, staff_id, number, name, what, kind, cert, required, course_id,
                    cert_id, until, (until - day).days, state,
                )
            )  # fmt: skip

    for (pid, cid), cell in matrix.cells.items():
        if cell.valid_until is not None:
            person = people[pid]
            add(
                f"course:{pid}:{cid}", pid, person.employee_no, person.name, courses[cid].title,
                "course", cid in certifying, True, cid, None, cell.valid_until,
            )  # fmt: skip
    on_day = matrix_people(session, day)
    employed = {p.id: p.employee_no for p in on_day}
    names = {p.id: p.name for p in on_day}
    for (pid, cid), record in records.items():
        if pid not in employed or (pid, cid) in matrix.cells or cid not in certifying:
            continue
        if record.valid_until is None:
            continue
        course = certifying[cid]
        add(
            f"course:{pid}:{cid}", pid, employed[pid], names[pid],
            course_title(course.title, course.title_en), "course", True, False, cid, None,
            record.valid_until,
        )  # fmt: skip
    rows += _external(session, day, within_days, employed, names, matrix.cells, include_expired)
    rows.sort(key=lambda r: (r.valid_until, r.employee_no, r.what))
    return rows


def _certifying_courses(session: Session) -> dict[int, TrainingCourse]:
    """Read once per ``memo_scope`` (an export asks for each month)."""

    def read() -> dict[int, TrainingCourse]:
        stmt = select(TrainingCourse).where(TrainingCourse.issues_certificate.is_(True))
        return {c.id: c for c in session.scalars(stmt)}

    return memoized(session, ("training.certifying_courses",), read)


def _external_certificates(session: Session) -> list[ExternalCertificate]:
    """Read once per ``memo_scope``: every day's reminders take theirs from it."""

    def read() -> list[ExternalCertificate]:
        return list(session.scalars(select(ExternalCertificate).order_by(ExternalCertificate.id)))

    return memoized(session, ("training.external_certificates",), read)


def _external(session, day, within_days, employed, names, required_cells, include_expired):
    latest: dict[tuple[int, str], ExternalCertificate] = {}
    for cert in _external_certificates(session):
        if cert.issued_on > day or cert.staff_id not in employed:
            continue
        key = (cert.staff_id, cert.name.strip().casefold())
        old = latest.get(key)
        if old is None or _later(cert, old):
            latest[key] = cert
    out = []
    horizon = day + timedelta(days=within_days)
    for cert in latest.values():
        until = cert.valid_until
        if until is None or until > horizon:
            continue
        if cert.course_id is not None and (cert.staff_id, cert.course_id) in required_cells:
            continue  # the required course's row says it already
        if until < day and not include_expired:
            continue
        state = CellState.EXPIRED if until < day else CellState.DUE
        out.append(
            ExpiringRow(
                f"certificate:{cert.id}", cert.staff_id, employed[cert.staff_id],
                names[cert.staff_id], cert.name, "certificate", True, False, cert.course_id,
                cert.id, until, (until - day).days, state,
            )
        )  # fmt: skip
    return out


def _later(a: ExternalCertificate, b: ExternalCertificate) -> bool:
    if a.valid_until is None or b.valid_until is None:
        return a.valid_until is None and b.valid_until is not None
    return (a.valid_until, a.issued_on) > (b.valid_until, b.issued_on)


def certificates_expiring(session: Session, day: date, within_days: int = 30) -> int:
    """Certificates still valid on ``day`` whose last valid day is within ``within_days``."""
    return sum(
        1 for r in expiring(session, day, within_days, include_expired=False) if r.certificate
    )
