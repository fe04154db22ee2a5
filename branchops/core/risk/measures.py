"""The monthly figures behind the risk and drill KPIs (registered in ``kpis.py``): open high risks
and past-due reviews at the month's end (from the review history, so a past month reads as it
was), drills done vs required year to date, objectives rated M or U, and overdue follow-up actions
of drills. The HQ sheet reads them here too."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date

from sqlalchemy import Date, Integer, Select, bindparam, case, func, select
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
from branchops.core.risk.programme import done_and_required_by_month
from branchops.core.risk.scoring import load_settings
from branchops.core.risk.standing import standing_reviews


def as_of(month: Month, today: date | None = None) -> date | None:
    """The month's last day, or today for the running month; None for a future month."""
    today = today or clock.today()
    if month.first_day > today:
        return None
    return min(month.last_day, today)


@functools.cache
def _standing_counts_statement() -> Select[int, int]:
    """Open risks rated high or very high, and open risks whose review date had passed, on the
    bound ``day`` (built once: it is run for many month ends)."""
    day = bindparam("day", type_=Date)
    standing = standing_reviews(day)
    high = standing.c.residual_score >= bindparam("high_from", type_=Integer)
    return select(
        func.count(case((high, 1))), func.count(case((standing.c.next_review < day, 1)))
    ).select_from(standing)


def _standing_counts(session: Session, day: date) -> tuple[int, int]:
    """``_standing_counts_statement`` on ``day``: read once per memo scope for both KPIs."""

    def read() -> tuple[int, int]:
        high_from = memoized(
            session, ("risk.high_from",), lambda: load_settings(session).medium_max + 1
        )
        values = {"day": day, "high_from": high_from}
        high, past_due = session.execute(_standing_counts_statement(), values).one()
        return high, past_due

    return memoized(session, ("risk.standing_counts", day), read)


def open_high_risks(session: Session, month: Month, today: date | None = None) -> float | None:
    day = as_of(month, today)
    return None if day is None else float(_standing_counts(session, day)[0])


def reviews_past_due(session: Session, month: Month, today: date | None = None) -> float | None:
    day = as_of(month, today)
    return None if day is None else float(_standing_counts(session, day)[1])


def drills_done_vs_required_by_month(
    session: Session, months: Sequence[Month], today: date | None = None
) -> dict[Month, float | None]:
    today = today or clock.today()
    counts = done_and_required_by_month(session, [m for m in months if m.first_day <= today], today)
    any_plan: list[bool] = []

    def value(done: int, required: int) -> float | None:
        if required == 0:
            # nothing was required yet this year: in order, unless there is no programme at all
            if not any_plan:
                any_plan.append(bool(session.scalar(select(func.count(EmergencyPlan.id)))))
            return 1.0 if any_plan[0] else None
        return done / required

    return {m: value(*counts[m]) if m in counts else None for m in months}


def drills_done_vs_required(
    session: Session, month: Month, today: date | None = None
) -> float | None:
    return drills_done_vs_required_by_month(session, [month], today)[month]


def poor_objectives_by_month(
    session: Session, months: Sequence[Month]
) -> dict[Month, float | None]:
    """Objectives of each month's drills rated M or U."""
    if not months:
        return {}
    held_on = Drill.held_on
    stmt = (
        select(*(func.count(case((held_on.between(m.first_day, m.last_day), 1))) for m in months))
        .select_from(DrillRating)
        .join(Drill, Drill.id == DrillRating.drill_id)
        .where(
            Drill.status == DrillStatus.DONE,
            held_on.between(min(months).first_day, max(months).last_day),
            DrillRating.rating.in_(POOR_RATINGS),
        )
    )
    return {m: float(n) for m, n in zip(months, session.execute(stmt).one(), strict=True)}


def poor_objectives(session: Session, month: Month) -> float | None:
    return poor_objectives_by_month(session, [month])[month]


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
