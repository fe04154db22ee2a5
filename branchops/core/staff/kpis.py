"""Staffing KPIs."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.memo import memoized
from branchops.core.period import Month
from branchops.core.staff.models import Staff, employed_between
from branchops.core.staff.needs import needs_for_days
from branchops.core.staff.problem_builder import date_range, people_by_id
from branchops.core.staff.roster_store import assignments_between
from branchops.core.staff.timesheet import leave_days_in, month_timesheet
from branchops.i18n import QT_TRANSLATE_NOOP


def headcount(session: Session, month: Month) -> float | None:
    """People employed on the last day of the month (not leaving that day)."""
    after = month.last_day + timedelta(days=1)
    query = select(func.count(Staff.id)).where(
        or_(Staff.hire_date.is_(None), Staff.hire_date <= month.last_day),
        employed_between(after, after),
    )
    return float(session.scalar(query) or 0)


register(
    KpiDef(
        key="staff.headcount",
        label=QT_TRANSLATE_NOOP("Kpi", "Headcount"),
        area="staff",
        unit=Unit.COUNT,
        higher_is_better=True,
        default_target=None,
        monthly=headcount,
        aggregate=Aggregate.LAST,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "People employed on the month's last day.",
        ),
    )
)


def coverage_gaps(session: Session, month: Month) -> float | None:
    """Shifts of the month left short of their headcount or a required skill: the shifts the
    roster check reports as understaffed or missing a skill, counted from the month's needs and
    assignments alone (the check's other rules need the whole problem and are not wanted here).
    """
    first, last = month.first_day, month.last_day
    staffed: dict[tuple[date, str], list[int]] = defaultdict(list)
    for item in assignments_between(session, first, last):
        staffed[(item.day, item.shift_code)].append(item.person_id)
    needs = needs_for_days(session, date_range(first, last))
    skilled = any(n.required_skills for n in needs)
    people = people_by_id(session, {p for ids in staffed.values() for p in ids}, first, last)
    gaps = 0
    for need in {(n.day, n.shift_code): n for n in needs}.values():
        ids = staffed.get((need.day, need.shift_code), [])
        short = len(ids) < need.min_headcount
        if not short and skilled:
            short = any(
                sum(people[i].has_skill(skill, need.day) for i in ids) < required
                for skill, required in need.required_skills.items()
            )
        gaps += short
    return float(gaps)


def overtime_hours(session: Session, month: Month) -> float | None:
    return round(_timesheet(session, month).overtime_hours, 1)


def labour_hours_vs_budget(session: Session, month: Month) -> float | None:
    """Hours worked as a share of the monthly labour-hours budget (none without a budget)."""
    return _timesheet(session, month).budget_used


def _timesheet(session: Session, month: Month):
    """The month's timesheet, once per export for both KPIs that read it."""
    return memoized(
        session, ("staff.month_timesheet", month), lambda: month_timesheet(session, month)
    )


def leave_days(session: Session, month: Month) -> float | None:
    return float(sum(leave_days_in(session, month.first_day, month.last_day).values()))


register(
    KpiDef(
        key="staff.coverage_gaps",
        label=QT_TRANSLATE_NOOP("Kpi", "Roster coverage gaps"),
        area="staff",
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=0.0,
        monthly=coverage_gaps,
        aggregate=Aggregate.SUM,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Shifts of the month's roster short of their headcount or of a required skill.",
        ),
        page="roster",
    )
)
register(
    KpiDef(
        key="staff.overtime_hours",
        label=QT_TRANSLATE_NOOP("Kpi", "Overtime hours"),
        area="staff",
        unit=Unit.HOURS,
        higher_is_better=False,
        default_target=None,
        monthly=overtime_hours,
        aggregate=Aggregate.SUM,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Hours worked beyond the standard hours in the month's timesheet.",
        ),
        page="timesheet",
    )
)
register(
    KpiDef(
        key="staff.labour_hours_vs_budget",
        label=QT_TRANSLATE_NOOP("Kpi", "Labour hours vs budget"),
        area="staff",
        unit=Unit.PERCENT,
        higher_is_better=False,
        default_target=1.0,
        monthly=labour_hours_vs_budget,
        aggregate=Aggregate.MEAN,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Hours worked in the month ÷ the month's labour-hours budget.",
        ),
        page="timesheet",
    )
)
register(
    KpiDef(
        key="staff.leave_days",
        label=QT_TRANSLATE_NOOP("Kpi", "Leave days"),
        area="staff",
        unit=Unit.NUMBER,
        higher_is_better=False,
        default_target=None,
        monthly=leave_days,
        aggregate=Aggregate.SUM,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Days of approved leave taken in the month.",
        ),
        page="leave",
        filters=(("status", "approved"),),
    )
)
