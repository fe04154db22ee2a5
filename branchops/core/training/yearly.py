"""The yearly view: training hours per person against the yearly target, and sessions planned
and held per month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, extract, func, select
from sqlalchemy.orm import Session

from branchops.core.staff.models import Position, Staff
from branchops.core.training.models import (
    AttendanceStatus,
    SessionStatus,
    TrainingAttendance,
    TrainingSession,
)
from branchops.core.training.queries import trained_minutes
from branchops.core.training.settings import load_settings


@dataclass(frozen=True)
class PersonHours:
    staff_id: int
    employee_no: str
    name: str
    position: str
    hours: float
    target: float
    share: float | None  # hours / target (0..), None without a target

    @property
    def short_of_target(self) -> bool:
        return self.share is not None and self.share < 1


@dataclass(frozen=True)
class MonthPlan:
    month: int
    planned: int  # every session of the month, whatever became of it
    held: int
    cancelled: int
    attendances: int  # present
    hours: float  # attended hours, all people


def hours_per_person(session: Session, year: int) -> list[PersonHours]:
    first, last = date(year, 1, 1), date(year, 12, 31)
    target = load_settings(session).yearly_target_hours
    minutes = trained_minutes(session, first, last)
    stmt = (
        select(Staff.id, Staff.employee_no, Staff.name, Position.name)
        .outerjoin(Position, Position.id == Staff.position_id)
        .where(
            (Staff.hire_date.is_(None)) | (Staff.hire_date <= last),
            (Staff.leave_date.is_(None)) | (Staff.leave_date >= first),
        )
        .order_by(Staff.employee_no)
    )
    rows = []
    for staff_id, number, name, position in session.execute(stmt):
        hours = round(minutes.get(staff_id, 0) / 60, 2)
        rows.append(
            PersonHours(
                staff_id, number, name, position or "", hours, target,
                hours / target if target else None,
            )
        )  # fmt: skip
    return rows


def plan_by_month(session: Session, year: int) -> list[MonthPlan]:
    month = extract("month", TrainingSession.day)
    first, last = date(year, 1, 1), date(year, 12, 31)
    counts = {
        int(m): (int(total), int(held or 0), int(cancelled or 0))
        for m, total, held, cancelled in session.execute(
            select(
                month,
                func.count(TrainingSession.id),
                func.sum(case((TrainingSession.status == SessionStatus.HELD, 1), else_=0)),
                func.sum(case((TrainingSession.status == SessionStatus.CANCELLED, 1), else_=0)),
            )
            .where(TrainingSession.day.between(first, last))
            .group_by(month)
        )
    }
    attended = {
        int(m): (int(n), int(minutes or 0))
        for m, n, minutes in session.execute(
            select(month, func.count(TrainingAttendance.id), func.sum(TrainingSession.minutes))
            .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
            .where(
                TrainingSession.day.between(first, last),
                TrainingSession.status == SessionStatus.HELD,
                TrainingAttendance.status == AttendanceStatus.PRESENT,
            )
            .group_by(month)
        )
    }
    out = []
    for m in range(1, 13):
        total, held, cancelled = counts.get(m, (0, 0, 0))
        people, minutes = attended.get(m, (0, 0))
        out.append(MonthPlan(m, total, held, cancelled, people, round(minutes / 60, 1)))
    return out
