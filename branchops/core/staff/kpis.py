"""Staffing KPIs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from branchops.core.branch.queries import branch_calendar
from branchops.core.date_table import count_on_days, date_table
from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.period import Month, month_runs
from branchops.core.staff.models import Skill, Staff, employed_between
from branchops.core.staff.needs import needs_for_days
from branchops.core.staff.problem_builder import date_range, roster_people
from branchops.core.staff.roster_store import assignments_between
from branchops.core.staff.rules import short_of_a_skill, understaffed
from branchops.core.staff.timesheet import leave_taken_by_month, month_timesheets
from branchops.i18n import QT_TRANSLATE_NOOP


def headcount(session: Session, month: Month) -> float | None:
    """People employed on the last day of the month (not leaving that day)."""
    return headcount_by_month(session, [month])[month]


def headcount_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    """``headcount`` of each month: the months' last days as a table, one count per day."""
    if not months:
        return {}
    ends = date_table(
        "month_end",
        ["last", "after"],
        [(m.last_day, m.last_day + timedelta(days=1)) for m in months],
    )
    employed = and_(
        or_(Staff.hire_date.is_(None), Staff.hire_date <= ends.c.last),
        employed_between(ends.c.after, ends.c.after),
    )
    found = count_on_days(session, ends.c.last, Staff.id, employed)
    return {m: float(found.get(m.last_day) or 0) for m in months}


register(
    KpiDef(
        key="staff.headcount",
        label=QT_TRANSLATE_NOOP("Kpi", "Headcount"),
        area="staff",
        unit=Unit.COUNT,
        higher_is_better=True,
        default_target=None,
        monthly=headcount,
        months=headcount_by_month,
        aggregate=Aggregate.LAST,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "People employed on the month's last day.",
        ),
    )
)


def coverage_gaps(session: Session, month: Month) -> float | None:
    """Shifts of the month left short of their headcount or a required skill."""
    return coverage_gaps_by_month(session, [month])[month]


def coverage_gaps_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    """``coverage_gaps`` of each month, reading each run of consecutive months once: the
    shifts the roster check reports as understaffed or missing a skill (``rules.understaffed``,
    ``rules.short_of_a_skill``), counted from the needs and the stored assignments."""
    found: dict[Month, float | None] = {m: 0.0 for m in months}
    calendar = branch_calendar(session)
    codes = {s.id: s.code for s in session.scalars(select(Skill))}
    for run_first, run_last in month_runs(months):
        first, last = run_first.first_day, run_last.last_day
        needs = {
            (n.day, n.shift_code): n
            for n in needs_for_days(session, date_range(first, last), calendar)
        }
        staffed: dict[tuple[date, str], list[int]] = defaultdict(list)
        for item in set(assignments_between(session, first, last)):
            staffed[(item.day, item.shift_code)].append(item.person_id)
        skilled = {
            pid
            for key, need in needs.items()
            if need.required_skills
            for pid in staffed.get(key, ())
        }
        rows = list(session.scalars(select(Staff).where(Staff.id.in_(skilled)))) if skilled else []
        people = {p.id: p for p in roster_people(session, rows, first, last, codes)}
        for (day, code), need in needs.items():
            ids = staffed.get((day, code), [])
            if understaffed(need, len(ids)) or short_of_a_skill(
                need, [people[i] for i in ids], day
            ):
                month = Month.of(day)
                if month in found:
                    found[month] = (found[month] or 0.0) + 1
    return found


def overtime_hours(session: Session, month: Month) -> float | None:
    return overtime_hours_by_month(session, [month])[month]


def overtime_hours_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    return {m: round(t.overtime_hours, 1) for m, t in month_timesheets(session, months).items()}


def labour_hours_vs_budget(session: Session, month: Month) -> float | None:
    """Hours worked as a share of the monthly labour-hours budget (none without a budget)."""
    return labour_hours_vs_budget_by_month(session, [month])[month]


def labour_hours_vs_budget_by_month(
    session: Session, months: Sequence[Month]
) -> dict[Month, float | None]:
    return {m: t.budget_used for m, t in month_timesheets(session, months).items()}


def leave_days(session: Session, month: Month) -> float | None:
    return leave_days_by_month(session, [month])[month]


def leave_days_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    return {
        m: float(sum(days.values())) for m, days in leave_taken_by_month(session, months).items()
    }


register(
    KpiDef(
        key="staff.coverage_gaps",
        label=QT_TRANSLATE_NOOP("Kpi", "Roster coverage gaps"),
        area="staff",
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=0.0,
        monthly=coverage_gaps,
        months=coverage_gaps_by_month,
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
        months=overtime_hours_by_month,
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
        months=labour_hours_vs_budget_by_month,
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
        months=leave_days_by_month,
        aggregate=Aggregate.SUM,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Days of approved leave taken in the month.",
        ),
        page="leave",
        filters=(("status", "approved"),),
    )
)
