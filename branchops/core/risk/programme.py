"""The drill programme: when each plan's next drill is due, and done vs required per year.

A plan requires a drill every ``frequency_months``: the next one is due that many months after
the last recorded drill (or after the programme start when none is recorded yet); it is overdue
the day after. Done vs required counts recorded drills per fiscal year against the drills the
frequency asks for in a year (two for every half year, one for yearly).
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from branchops.core.branch.models import BranchProfile
from branchops.core.period import Month
from branchops.core.risk.labels import localized
from branchops.core.risk.models import Drill, DrillStatus, EmergencyPlan
from branchops.i18n import QT_TRANSLATE_NOOP, translate

DUE_SOON_DAYS = 30


class DueState(enum.StrEnum):
    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


DUE_STATE_LABELS = {
    DueState.OK: QT_TRANSLATE_NOOP("Drill", "On schedule"),
    DueState.DUE_SOON: QT_TRANSLATE_NOOP("Drill", "Due soon"),
    DueState.OVERDUE: QT_TRANSLATE_NOOP("Drill", "Overdue"),
}


def due_state_label(state: DueState) -> str:
    return translate("Drill", DUE_STATE_LABELS[state])


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or that month's last day (31 Aug + 6 → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def per_year(frequency_months: int) -> int:
    return 12 // frequency_months


def fiscal_start_month(session: Session) -> int:
    profile = session.get(BranchProfile, 1)
    return profile.fiscal_year_start_month if profile else 1


def fiscal_year(day: date, start_month: int) -> tuple[date, date]:
    """The first and last day of the fiscal year ``day`` falls in."""
    first = Month.of(day).fiscal_year_start(start_month).first_day
    return first, add_months(first, 12) - timedelta(days=1)


@dataclass(frozen=True)
class PlanDue:
    plan_id: int
    name: str
    frequency_months: int
    last_done: date | None
    next_due: date
    next_planned: date | None
    state: DueState

    @property
    def overdue(self) -> bool:
        return self.state is DueState.OVERDUE


def _state(next_due: date, today: date) -> DueState:
    if next_due < today:
        return DueState.OVERDUE
    if next_due <= today + timedelta(days=DUE_SOON_DAYS):
        return DueState.DUE_SOON
    return DueState.OK


def plan_dues(session: Session, today: date, plan_ids: list[int] | None = None) -> list[PlanDue]:
    """Each active plan's next due drill as seen on ``today`` (drills after it do not count)."""
    last_done = dict(
        session.execute(
            select(Drill.plan_id, func.max(Drill.held_on))
            .where(Drill.status == DrillStatus.DONE, Drill.held_on <= today)
            .group_by(Drill.plan_id)
        ).all()
    )
    next_planned = dict(
        session.execute(
            select(Drill.plan_id, func.min(Drill.planned_on))
            .where(Drill.status == DrillStatus.PLANNED, Drill.planned_on >= today)
            .group_by(Drill.plan_id)
        ).all()
    )
    stmt = (
        select(EmergencyPlan)
        .where(EmergencyPlan.archived.is_(False), EmergencyPlan.programme_start <= today)
        .order_by(EmergencyPlan.sort_order, EmergencyPlan.id)
    )
    if plan_ids is not None:
        stmt = stmt.where(EmergencyPlan.id.in_(plan_ids))
    rows = []
    for plan in session.scalars(stmt):
        last = last_done.get(plan.id)
        due = add_months(last or plan.programme_start, plan.frequency_months)
        rows.append(
            PlanDue(
                plan_id=plan.id,
                name=localized(plan.name, plan.name_en),
                frequency_months=plan.frequency_months,
                last_done=last,
                next_due=due,
                next_planned=next_planned.get(plan.id),
                state=_state(due, today),
            )
        )
    return rows


def overdue_plan_ids(session: Session, today: date) -> set[int]:
    return {row.plan_id for row in plan_dues(session, today) if row.overdue}


@dataclass(frozen=True)
class ProgrammeRow:
    due: PlanDue
    required: int  # in the fiscal year
    done: int  # recorded in the fiscal year (up to today)
    planned: int  # planned and not recorded yet, in the rest of the fiscal year

    @property
    def missing(self) -> int:
        return max(0, self.required - self.done)


def _counts(session: Session, status: DrillStatus, column, first: date, last: date) -> dict:
    return dict(
        session.execute(
            select(Drill.plan_id, func.count(Drill.id))
            .where(Drill.status == status, column.between(first, last))
            .group_by(Drill.plan_id)
        ).all()
    )


def programme(session: Session, day: date, today: date) -> list[ProgrammeRow]:
    """Done vs required for every active plan in the fiscal year of ``day``."""
    first, last = fiscal_year(day, fiscal_start_month(session))
    done = _counts(session, DrillStatus.DONE, Drill.held_on, first, min(last, today))
    planned = _counts(session, DrillStatus.PLANNED, Drill.planned_on, max(first, today), last)
    return [
        ProgrammeRow(
            due=due,
            required=per_year(due.frequency_months),
            done=done.get(due.plan_id, 0),
            planned=planned.get(due.plan_id, 0),
        )
        for due in plan_dues(session, today)
    ]


def done_and_required_by_month(
    session: Session, months: Sequence[Month], today: date
) -> dict[Month, tuple[int, int]]:
    """Year to date at the end of each month: drills done (each plan counted up to what it
    requires) and drills required so far (a plan's yearly count, pro rata by whole months); the
    drills and plans of all the months read once."""
    if not months:
        return {}
    start_month = fiscal_start_month(session)
    windows = {
        m: (fiscal_year(m.first_day, start_month)[0], min(m.last_day, today)) for m in months
    }
    held_on = Drill.held_on
    done_stmt = (
        select(
            Drill.plan_id,
            *(
                func.count(case((held_on.between(first, last), 1)))
                for first, last in windows.values()
            ),
        )
        .where(
            Drill.status == DrillStatus.DONE,
            held_on.between(
                min(first for first, _ in windows.values()),
                max(last for _, last in windows.values()),
            ),
        )
        .group_by(Drill.plan_id)
    )
    done = {row[0]: dict(zip(windows, row[1:], strict=True)) for row in session.execute(done_stmt)}
    plans = list(
        session.scalars(
            select(EmergencyPlan).where(
                EmergencyPlan.archived.is_(False),
                EmergencyPlan.programme_start <= max(months).last_day,
            )
        )
    )
    result = {}
    for month, (first, _last) in windows.items():
        elapsed = month.months_since(Month.of(first)) + 1
        total_done = total_required = 0
        for plan in plans:
            if plan.programme_start > month.last_day:
                continue
            required = elapsed * per_year(plan.frequency_months) // 12
            total_required += required
            total_done += min(done.get(plan.id, {}).get(month, 0), required)
        result[month] = (total_done, total_required)
    return result


def done_and_required(session: Session, month: Month, today: date) -> tuple[int, int]:
    """``done_and_required_by_month`` of one month."""
    return done_and_required_by_month(session, [month], today)[month]
