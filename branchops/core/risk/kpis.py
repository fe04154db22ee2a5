"""Risk and drill KPIs: open high risks and past-due reviews at the month's end (from the review
history, so a past month reads as it was), drills done vs required year to date, objectives rated
M or U, and overdue follow-up actions of drills."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.actions.models import CorrectiveAction, SourceKind
from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.period import Month
from branchops.core.risk.labels import POOR_RATINGS
from branchops.core.risk.models import (
    Drill,
    DrillRating,
    DrillStatus,
    EmergencyPlan,
)
from branchops.core.risk.programme import done_and_required
from branchops.core.risk.scoring import load_settings
from branchops.core.risk.standing import standing_reviews
from branchops.i18n import QT_TRANSLATE_NOOP

AREA = "risk"


def as_of(month: Month, today: date | None = None) -> date | None:
    """The month's last day, or today for the running month; None for a future month."""
    today = today or clock.today()
    if month.first_day > today:
        return None
    return min(month.last_day, today)


def open_high_risks(session: Session, month: Month, today: date | None = None) -> float | None:
    day = as_of(month, today)
    if day is None:
        return None
    standing = standing_reviews(day)
    high_from = load_settings(session).medium_max + 1
    stmt = select(func.count()).select_from(standing).where(standing.c.residual_score >= high_from)
    return float(session.scalar(stmt) or 0)


def reviews_past_due(session: Session, month: Month, today: date | None = None) -> float | None:
    day = as_of(month, today)
    if day is None:
        return None
    standing = standing_reviews(day)
    stmt = select(func.count()).select_from(standing).where(standing.c.next_review < day)
    return float(session.scalar(stmt) or 0)


def drills_done_vs_required(
    session: Session, month: Month, today: date | None = None
) -> float | None:
    today = today or clock.today()
    if month.first_day > today:
        return None
    done, required = done_and_required(session, month, today)
    if required == 0:
        # nothing was required yet this year: in order, unless there is no programme at all
        return 1.0 if session.scalar(select(func.count(EmergencyPlan.id))) else None
    return done / required


def poor_objectives(session: Session, month: Month) -> float | None:
    stmt = (
        select(func.count(DrillRating.id))
        .join(Drill, Drill.id == DrillRating.drill_id)
        .where(
            Drill.status == DrillStatus.DONE,
            Drill.held_on.between(month.first_day, month.last_day),
            DrillRating.rating.in_(POOR_RATINGS),
        )
    )
    return float(session.scalar(stmt) or 0)


def overdue_drill_actions(
    session: Session, month: Month, today: date | None = None
) -> float | None:
    day = as_of(month, today)
    if day is None:
        return None
    stmt = select(func.count(CorrectiveAction.id)).where(
        CorrectiveAction.source_kind == SourceKind.DRILL,
        CorrectiveAction.created_on <= day,
        or_(CorrectiveAction.done_on.is_(None), CorrectiveAction.done_on > day),
        CorrectiveAction.due_date < day,
    )
    return float(session.scalar(stmt) or 0)


register(
    KpiDef(
        key="risk.open_high",
        label=QT_TRANSLATE_NOOP("Kpi", "Open high and very high risks"),
        area=AREA,
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=None,
        monthly=open_high_risks,
        aggregate=Aggregate.LAST,
    )
)
register(
    KpiDef(
        key="risk.reviews_past_due",
        label=QT_TRANSLATE_NOOP("Kpi", "Risk reviews past due"),
        area=AREA,
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=0.0,
        monthly=reviews_past_due,
        aggregate=Aggregate.LAST,
    )
)
register(
    KpiDef(
        key="risk.drills_done_vs_required",
        label=QT_TRANSLATE_NOOP("Kpi", "Drills done vs required (year to date)"),
        area=AREA,
        unit=Unit.PERCENT,
        higher_is_better=True,
        default_target=1.0,
        monthly=drills_done_vs_required,
        aggregate=Aggregate.LAST,
    )
)
register(
    KpiDef(
        key="risk.drill_objectives_poor",
        label=QT_TRANSLATE_NOOP("Kpi", "Drill objectives rated M or U"),
        area=AREA,
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=0.0,
        monthly=poor_objectives,
        aggregate=Aggregate.SUM,
    )
)
register(
    KpiDef(
        key="risk.drill_actions_overdue",
        label=QT_TRANSLATE_NOOP("Kpi", "Overdue follow-up actions of drills"),
        area=AREA,
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=0.0,
        monthly=overdue_drill_actions,
        aggregate=Aggregate.LAST,
    )
)
