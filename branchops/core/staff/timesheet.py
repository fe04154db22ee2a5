"""Timesheet: planned hours from the roster, actual hours entered per day, overtime, budget.

A day without an entered actual counts as worked as rostered once it has passed (a day the
person is not employed on — after leaving or deactivation — counts nothing unless entered).
Overtime is split by the three kinds of ``overtime.py``: working days (150 %, by the configured
rule: beyond the daily hours, the weekly contract or the rostered hours of the day), rest days
without a day off in lieu (200 %) and statutory holidays (300 %); a week's rest-day and weekly
overtime counts in the month its Sunday falls in. More than 3 h beyond the standard day, or more
than 36 h of overtime in the month (both settings), is listed as a warning.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.branch.queries import branch_calendar
from branchops.core.errors import Problems
from branchops.core.memo import memo_values
from branchops.core.period import Month, month_range, month_runs
from branchops.core.staff import overtime as ot
from branchops.core.staff.leave import leave_by_cell, working_days_taken
from branchops.core.staff.models import (
    LeaveRequest,
    LeaveStatus,
    ShiftType,
    Staff,
    TimesheetEntry,
)
from branchops.core.staff.overtime import monday_of
from branchops.core.staff.problem_builder import date_range
from branchops.core.staff.roster_store import cells_between
from branchops.core.staff.roster_types import format_day, format_hours
from branchops.core.staff.rules import monthly_overtime_text
from branchops.core.staff.schedule_settings import ScheduleSettings, load_settings
from branchops.core.staff.shifts import paid_minutes
from branchops.core.staff.work_calendar import work_calendar
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
    overtime_hours: float  # the three kinds together
    leave_days: float
    overtime_working_hours: float = 0.0  # on working days (150 %)
    overtime_rest_hours: float = 0.0  # on rest days without a day off in lieu (200 %)
    overtime_holiday_hours: float = 0.0  # on statutory holidays (300 %)

    @property
    def difference_hours(self) -> float:
        return self.actual_hours - self.planned_hours


@dataclass(frozen=True)
class TimesheetWarning:
    staff_id: int
    day: date | None  # None: the month as a whole
    message: str


@dataclass(frozen=True)
class Timesheet:
    month: Month
    rows: list[TimesheetRow]
    budget_hours: float  # 0: no budget set
    warnings: list[TimesheetWarning] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # how each overtime figure is counted

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
    def overtime_working_hours(self) -> float:
        return sum(r.overtime_working_hours for r in self.rows)

    @property
    def overtime_rest_hours(self) -> float:
        return sum(r.overtime_rest_hours for r in self.rows)

    @property
    def overtime_holiday_hours(self) -> float:
        return sum(r.overtime_holiday_hours for r in self.rows)

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


def leave_taken_by_month(
    session: Session, months: Iterable[Month]
) -> dict[Month, dict[int, float]]:
    """Approved leave per person in each month: days taken as ``leave.working_days_taken``
    counts them (half days 0.5); the leave of each run of consecutive months read once."""
    found: dict[Month, dict[int, float]] = {}
    for run_first, run_last in month_runs(months):
        rows = list(
            session.scalars(
                select(LeaveRequest).where(
                    LeaveRequest.status == LeaveStatus.APPROVED,
                    LeaveRequest.first_day <= run_last.last_day,
                    LeaveRequest.last_day >= run_first.first_day,
                )
            )
        )
        for month in month_range(run_first, run_last):
            first, last = month.first_day, month.last_day
            totals: dict[int, float] = defaultdict(float)
            for row in rows:
                if row.first_day <= last and row.last_day >= first:
                    start, end = max(row.first_day, first), min(row.last_day, last)
                    totals[row.staff_id] += working_days_taken(session, start, end, row.half_day)
            found[month] = dict(totals)
    return found


def _leave_dates(session: Session, first: date, last: date) -> dict[int, set[date]]:
    found: dict[int, set[date]] = defaultdict(set)
    for pid, day in leave_by_cell(session, first, last):
        found[pid].add(day)
    return found


def overtime_rules(config: ScheduleSettings) -> list[str]:
    """In words, how each overtime figure of the timesheet is counted."""
    standard = config.daily_overtime_hours
    working = {
        ot.DAILY: translate(
            "Timesheet", "Working days (150 %): hours beyond the {hours:g} h standard day."
        ).format(hours=standard),
        ot.WEEKLY_CONTRACT: translate(
            "Timesheet",
            "Working days (150 %): hours beyond the contracted week, in the month of the "
            "week's Sunday.",
        ),
        ot.PLANNED: translate(
            "Timesheet", "Working days (150 %): hours beyond the rostered hours of the day."
        ),
    }
    return [
        working.get(config.overtime_rule, working[ot.DAILY]),
        translate(
            "Timesheet",
            "Rest days (200 %): hours on Saturdays, Sundays and the days off of a holiday block, "
            "less {hours:g} h for each working day off in the same week (a day off in lieu), in "
            "the month of the week's Sunday.",
        ).format(hours=standard),
        translate(
            "Timesheet", "Public holidays (300 %): every hour worked on a statutory holiday."
        ),
        translate(
            "Timesheet",
            "Warnings: more than {day:g} h beyond the standard day, or more than {month:g} h "
            "of overtime in the month.",
        ).format(day=config.daily_overtime_max_hours, month=config.monthly_overtime_max_hours),
    ]


def month_timesheet(session: Session, month: Month, today: date | None = None) -> Timesheet:
    """The month's timesheet, computed once per ``memo_scope`` (the KPIs and the HQ workbook's
    staffing sheet read the same one)."""
    return month_timesheets(session, [month], today)[month]


def month_timesheets(
    session: Session, months: Iterable[Month], today: date | None = None
) -> dict[Month, Timesheet]:
    """``month_timesheet`` of several months, reading each run of consecutive months not yet
    computed in the ``memo_scope`` once."""
    today = today or clock.today()
    chosen = sorted(set(months))
    memo = memo_values(session)
    missing = [m for m in chosen if memo is None or _memo_key(m, today) not in memo]
    computed: dict[Month, Timesheet] = {}
    staff: dict[int, Staff] = {}  # each person read once for all the runs
    for run_first, run_last in month_runs(missing):
        inputs = _Inputs.read(session, run_first, run_last, staff)
        for month in month_range(run_first, run_last):
            computed[month] = _month_timesheet(inputs, month, today)
    if memo is not None:
        memo.update({_memo_key(m, today): sheet for m, sheet in computed.items()})
        return {m: memo[_memo_key(m, today)] for m in chosen}
    return computed


def _memo_key(month: Month, today: date) -> tuple:
    return ("staff.month_timesheet", month, today)


@dataclass(frozen=True)
class _Inputs:
    """What the timesheets of a run of months read, once, from ``first`` to ``last``."""

    session: Session
    config: ScheduleSettings
    paid: dict[str, int]
    cells: dict[int, dict[date, str]]  # person -> day -> shift code
    entries: dict[int, dict[date, int]]  # person -> day -> minutes entered
    leave_dates: dict[int, set[date]]
    leave_days: dict[Month, dict[int, float]]  # month -> person -> days of leave taken
    calendar: ot.WorkCalendar
    staff: dict[int, Staff]
    people_by_day: dict[date, set[int]]  # who has a cell or an entry on each day

    @classmethod
    def read(
        cls, session: Session, run_first: Month, run_last: Month, staff: dict[int, Staff]
    ) -> _Inputs:
        """The run's inputs, from the Monday of its first month's first week; ``staff`` the
        people already read (shared by the runs of one call)."""
        first, last = monday_of(run_first.first_day), run_last.last_day
        cells: dict[int, dict[date, str]] = defaultdict(dict)
        entries: dict[int, dict[date, int]] = defaultdict(dict)
        by_day: dict[date, set[int]] = defaultdict(set)
        for (pid, day), code in cells_between(session, first, last).items():
            cells[pid][day] = code
            by_day[day].add(pid)
        for (pid, day), entry in _entries(session, first, last).items():
            entries[pid][day] = entry.actual_minutes
            by_day[day].add(pid)
        return cls(
            session,
            load_settings(session),
            _paid(session),
            cells,
            entries,
            _leave_dates(session, first, last),
            leave_taken_by_month(session, month_range(run_first, run_last)),
            work_calendar(branch_calendar(session), first, last),
            staff,
            by_day,
        )

    def people(self, pids: set[int]) -> dict[int, Staff]:
        """Staff rows of ``pids``, each read once for the run."""
        unread = pids - set(self.staff)
        if unread:
            self.staff.update(
                (s.id, s) for s in self.session.scalars(select(Staff).where(Staff.id.in_(unread)))
            )
        return {pid: self.staff[pid] for pid in pids if pid in self.staff}


def _month_timesheet(inputs: _Inputs, month: Month, today: date) -> Timesheet:
    config = inputs.config
    policy = config.overtime_policy()
    first, last = month.first_day, month.last_day
    # whole ISO weeks whose Sunday falls in the month
    span_first, _ = ot.month_span(month)
    paid, calendar = inputs.paid, inputs.calendar
    leave_days = inputs.leave_days[month]
    days = date_range(span_first, last)
    people = {pid for day in days for pid in inputs.people_by_day.get(day, ())} | set(leave_days)
    staff = inputs.people(people) if people else {}
    rows, warnings = [], []
    for pid in sorted(staff, key=lambda k: staff[k].employee_no):
        person = staff[pid]
        employed = person.employed_days(days)
        cells, entries = inputs.cells.get(pid, {}), inputs.entries.get(pid, {})
        planned = {d: paid.get(cells.get(d, ""), 0) if d in employed else 0 for d in days}
        actual = {
            d: entries[d] if d in entries else planned[d]
            for d in days
            if d in entries or d <= today
        }
        leave = {d for d in inputs.leave_dates.get(pid, ()) if span_first <= d <= last}
        splits = ot.person_overtime(
            actual,
            span_first,
            last,
            calendar,
            policy,
            leave=leave,
            planned=planned,
            contract_minutes=person.contract_minutes_per_week,
        )
        total = ot.total_between(splits, first, last)
        in_month = [d for d in planned if d >= first]
        rows.append(
            TimesheetRow(
                pid,
                person.employee_no,
                person.name,
                sum(planned[d] for d in in_month) / 60,
                sum(actual.get(d, 0) for d in in_month) / 60,
                total.total / 60,
                leave_days.get(pid, 0.0),
                total.working_day / 60,
                total.rest_day / 60,
                total.holiday / 60,
            )
        )
        warnings += _warnings(person, month, actual, total, policy)
    return Timesheet(
        month, rows, config.monthly_labour_budget_hours, warnings, overtime_rules(config)
    )


def _warnings(
    person: Staff,
    month: Month,
    actual: dict[date, int],
    total: ot.OvertimeSplit,
    policy: ot.OvertimePolicy,
) -> list[TimesheetWarning]:
    found = []
    first, last = month.first_day, month.last_day
    for day, minutes in sorted(actual.items()):
        if not first <= day <= last:
            continue
        over = ot.over_standard_day(minutes, policy)
        if over <= policy.daily_max_minutes:
            continue
        text = translate(
            "Timesheet",
            "{name} worked {hours} h on {day}, {over} h beyond the standard {std:g} h day; "
            "overtime is at most {max:g} h a day.",
        ).format(
            name=person.name,
            hours=format_hours(minutes),
            day=format_day(day),
            over=format_hours(over),
            std=policy.standard_day_minutes / 60,
            max=policy.daily_max_minutes / 60,
        )
        found.append(TimesheetWarning(person.id, day, text))
    if total.total > policy.monthly_max_minutes:
        text = monthly_overtime_text(person.name, str(month), total, policy.monthly_max_minutes)
        found.append(TimesheetWarning(person.id, None, text))
    return found
