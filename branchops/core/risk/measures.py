"""The monthly figures behind the risk and drill KPIs (registered in ``kpis.py``): open high risks
and past-due reviews at the month's end (from the review history, so a past month reads as it
was), drills done vs required year to date, objectives rated M or U, and overdue follow-up actions
of drills. The HQ sheet reads them here too."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.actions.queries import list_actions
from branchops.core.actions.service import SourceKind
from branchops.core.listing import ListQuery
from branchops.core.memo import memoized
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
    """Follow-up actions of drills open and past their due date on the month's last day."""
    day = as_of(month, today)
    if day is None:
        return None
    query = ListQuery(limit=None, filters={"source_kind": SourceKind.DRILL})
    rows = memoized(session, ("risk.drill_actions",), lambda: list_actions(session, query))
    late = [
        r
        for r in rows
        if r.created_on <= day and (r.done_on is None or r.done_on > day) and r.due_date < day
    ]
    return float(len(late))
