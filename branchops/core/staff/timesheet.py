"""Timesheet: planned hours from the roster, actual hours entered per day, overtime, budget.

A day without an entered actual counts as worked as rostered once it has passed. Overtime
follows the configured rule: beyond the weekly contract (a week counts in the month its Sunday
falls in), beyond a daily number of hours, or beyond the rostered hours of the day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.branch.service import branch_calendar
from branchops.core.errors import Problems
from branchops.core.period import Month
from branchops.core.staff.leave import leave_by_cell
from branchops.core.staff.models import Staff
from branchops.core.staff.problem_builder import date_range
from branchops.core.staff.roster_store import cells_between
from branchops.core.staff.schedule_models import (
    LeaveRequest,
    LeaveStatus,
    ShiftType,
    TimesheetEntry,
)
from branchops.core.staff.schedule_settings import load_settings
from branchops.core.staff.shifts import paid_minutes
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate


@dataclass(frozen=True)
class TimesheetDay:
    day: date
    shift_code: str
    planned_minutes: int
    actual_minutes: int | None  # None: a future day with nothing entered
    entered: bool
    note: str


@dataclass(frozen=True)
class TimesheetRow:
    staff_id: int
    employee_no: str
    name: str
    planned_hours: float
    actual_hours: float
    overtime_hours: float
    leave_days: float

    @property
    def difference_hours(self) -> float:
        return self.actual_hours - self.planned_hours


@dataclass(frozen=True)
class Timesheet:
    month: Month
    rows: list[TimesheetRow]
    budget_hours: float  # 0: no budget set

    @property
    def planned_hours(self) -> float:
        return sum(r.planned_hours for r in self.rows)

    @property
    def actual_hours(self) -> float:
        return sum(r.actual_hours for r in self.rows)

    @property
    def overtime_hours(self) -> float:
        return sum(r.overtime_hours for r in self.rows)

    @property
    def budget_used(self) -> float | None:
        return self.actual_hours / self.budget_hours if self.budget_hours > 0 else None


def set_actual(
    uow: UnitOfWork,
    user: CurrentUser,
    staff_id: int,
    day: date,
    minutes: int | None,
    note: str = "",
) -> None:
    """Enter the minutes actually worked on a day; None goes back to the rostered hours."""
    require(user, Permission.WRITE)
    problems = Problems()
    session = uow.session
    problems.require(
        session.get(Staff, staff_id) is not None,
        "staff_id",
        translate("Timesheet", "Choose a person."),
    )
    problems.require(
        minutes is None or 0 <= minutes <= 24 * 60,
        "actual",
        translate("Timesheet", "Actual hours must be from 0 to 24."),
    )
    problems.raise_if_any()
    row = session.scalar(
        select(TimesheetEntry).where(TimesheetEntry.staff_id == staff_id, TimesheetEntry.day == day)
    )
    if minutes is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(
            TimesheetEntry(staff_id=staff_id, day=day, actual_minutes=minutes, note=note.strip())
        )
    else:
        row.actual_minutes, row.note = minutes, note.strip()
    uow.commit()


def _paid(session: Session) -> dict[str, int]:
    return {
        s.code: paid_minutes(s.start, s.end, s.break_minutes)
        for s in session.scalars(select(ShiftType))
    }


def _entries(session: Session, first: date, last: date) -> dict[tuple[int, date], TimesheetEntry]:
    rows = session.scalars(
        select(TimesheetEntry).where(TimesheetEntry.day >= first, TimesheetEntry.day <= last)
    )
    return {(r.staff_id, r.day): r for r in rows}


def days_of(
    session: Session, staff_id: int, first: date, last: date, today: date | None = None
) -> list[TimesheetDay]:
    today = today or clock.today()
    cells = {d: c for (p, d), c in cells_between(session, first, last).items() if p == staff_id}
    entries = _entries(session, first, last)
    paid = _paid(session)
    result = []
    for day in date_range(first, last):
        code = cells.get(day, "")
        planned = paid.get(code, 0)
        entry = entries.get((staff_id, day))
        if entry is not None:
            actual: int | None = entry.actual_minutes
        else:
            actual = planned if day <= today else None
        note = entry.note if entry else ""
        result.append(TimesheetDay(day, code, planned, actual, entry is not None, note))
    return result


def leave_days_in(session: Session, first: date, last: date) -> dict[int, float]:
    """Approved leave per person: working days from ``first`` to ``last`` (half days 0.5)."""
    calendar = branch_calendar(session)
    rows = session.scalars(
        select(LeaveRequest).where(
            LeaveRequest.status == LeaveStatus.APPROVED,
            LeaveRequest.first_day <= last,
            LeaveRequest.last_day >= first,
        )
    )
    totals: dict[int, float] = defaultdict(float)
    for row in rows:
        days = sum(
            1 for _ in calendar.working_days(max(row.first_day, first), min(row.last_day, last))
        )
        totals[row.staff_id] += 0.5 if row.half_day and days else days
    return dict(totals)


def month_timesheet(session: Session, month: Month, today: date | None = None) -> Timesheet:
    today = today or clock.today()
    config = load_settings(session)
    first, last = month.first_day, month.last_day
    # whole ISO weeks whose Sunday falls in the month, for the weekly overtime rule
    week_first = first - timedelta(days=first.weekday())
    span_first = min(first, week_first)
    cells = cells_between(session, span_first, last)
    entries = _entries(session, span_first, last)
    paid = _paid(session)
    leave_days = leave_days_in(session, first, last)
    people = {pid for pid, _ in cells} | {pid for pid, _ in entries} | set(leave_days)
    staff = (
        {s.id: s for s in session.scalars(select(Staff).where(Staff.id.in_(people)))}
        if people
        else {}
    )
    rows = []
    for pid in sorted(staff, key=lambda k: staff[k].employee_no):
        planned: dict[date, int] = {}
        actual: dict[date, int] = {}
        for day in date_range(span_first, last):
            planned[day] = paid.get(cells.get((pid, day), ""), 0)
            entry = entries.get((pid, day))
            if entry is not None:
                actual[day] = entry.actual_minutes
            elif day <= today:
                actual[day] = planned[day]
        in_month = [d for d in planned if d >= first]
        overtime = _overtime(config, staff[pid].contract_minutes_per_week, planned, actual, month)
        rows.append(
            TimesheetRow(
                pid,
                staff[pid].employee_no,
                staff[pid].name,
                sum(planned[d] for d in in_month) / 60,
                sum(actual.get(d, 0) for d in in_month) / 60,
                overtime / 60,
                leave_days.get(pid, 0.0),
            )
        )
    return Timesheet(month, rows, config.monthly_labour_budget_hours)


def _overtime(config, contract: int, planned: dict, actual: dict, month: Month) -> int:
    if config.overtime_rule == "daily":
        limit = round(config.daily_overtime_hours * 60)
        return sum(max(0, m - limit) for d, m in actual.items() if Month.of(d) == month)
    if config.overtime_rule == "planned":
        return sum(max(0, m - planned[d]) for d, m in actual.items() if Month.of(d) == month)
    weeks: dict[date, int] = defaultdict(int)
    for day, minutes in actual.items():
        weeks[day + timedelta(days=6 - day.weekday())] += minutes
    return sum(max(0, m - contract) for sunday, m in weeks.items() if Month.of(sunday) == month)


def leave_cells(session: Session, staff_id: int, first: date, last: date) -> set[date]:
    return {d for (p, d) in leave_by_cell(session, first, last) if p == staff_id}
