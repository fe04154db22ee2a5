"""Which days a leave counts, day by day, by its kind's rule.

Working days are the statutory ones by default (Monday to Friday, public holidays off, make-up
working days on: 职工带薪年休假条例 art. 3), whatever days the branch opens; with the "roster"
setting they are the days the person is rostered, and days nobody is rostered yet fall back to
the statutory calendar. Kinds counted in calendar days count every day.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.branch.queries import branch_calendar
from branchops.core.calendar import statutory_calendar
from branchops.core.staff.leave_settings import LeaveRules, load_rules
from branchops.core.staff.models import LeaveKind, RosterAssignment


def _every_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _statutory_days(session: Session, first: date, last: date) -> list[date]:
    return list(statutory_calendar(branch_calendar(session).country).working_days(first, last))


def _rostered_days(session: Session, staff_id: int, first: date, last: date) -> list[date]:
    rostered = set(
        session.scalars(
            select(RosterAssignment.day)
            .where(RosterAssignment.day >= first, RosterAssignment.day <= last)
            .distinct()
        )
    )
    own = set(
        session.scalars(
            select(RosterAssignment.day).where(
                RosterAssignment.staff_id == staff_id,
                RosterAssignment.day >= first,
                RosterAssignment.day <= last,
            )
        )
    )
    statutory = set(_statutory_days(session, first, last))
    return [d for d in _every_day(first, last) if (d in own if d in rostered else d in statutory)]


def counted_days(
    session: Session,
    staff_id: int | None,
    kind: LeaveKind,
    first: date,
    last: date,
    half_day: bool = False,
    rules: LeaveRules | None = None,
) -> dict[date, float]:
    """Each day the leave counts, with its weight (0.5 for half a day)."""
    if last < first:
        return {}
    rules = rules or load_rules(session)
    if rules.kind(kind).calendar_days:
        days = _every_day(first, last)
    elif rules.count_on == "roster" and staff_id is not None:
        days = _rostered_days(session, staff_id, first, last)
    else:
        days = _statutory_days(session, first, last)
    weight = 0.5 if half_day else 1.0
    return {day: weight for day in days}


def days_by_year(days: dict[date, float]) -> dict[int, float]:
    years: dict[int, float] = {}
    for day, weight in days.items():
        years[day.year] = years.get(day.year, 0.0) + weight
    return years
