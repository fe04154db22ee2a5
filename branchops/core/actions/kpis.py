"""Corrective-action KPIs: open and overdue at the month's end, and the share closed on time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.actions.models import CorrectiveAction
from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.period import Month
from branchops.i18n import QT_TRANSLATE_NOOP


def _as_of(month: Month, today: date | None = None) -> date | None:
    """The month's last day, or today for the running month; None for a future month."""
    today = today or clock.today()
    if month.first_day > today:
        return None
    return min(month.last_day, today)


def _open_on(day: date) -> ColumnElement[bool]:
    return and_(
        CorrectiveAction.created_on <= day,
        or_(CorrectiveAction.done_on.is_(None), CorrectiveAction.done_on > day),
    )


def open_actions(session: Session, month: Month, today: date | None = None) -> float | None:
    day = _as_of(month, today)
    if day is None:
        return None
    return float(session.scalar(select(func.count(CorrectiveAction.id)).where(_open_on(day))) or 0)


def overdue_actions(session: Session, month: Month, today: date | None = None) -> float | None:
    day = _as_of(month, today)
    if day is None:
        return None
    stmt = select(func.count(CorrectiveAction.id)).where(
        _open_on(day), CorrectiveAction.due_date < day
    )
    return float(session.scalar(stmt) or 0)


def closed_on_time(session: Session, month: Month) -> float | None:
    """Of the actions done in the month, the share done by their due date (0..1)."""
    on_time = func.sum(case((CorrectiveAction.done_on <= CorrectiveAction.due_date, 1), else_=0))
    stmt = select(func.count(CorrectiveAction.id), on_time).where(
        CorrectiveAction.done_on.between(month.first_day, month.last_day)
    )
    total, good = session.execute(stmt).one()
    return None if not total else float(good or 0) / total


register(
    KpiDef(
        key="actions.open",
        label=QT_TRANSLATE_NOOP("Kpi", "Open corrective actions"),
        area="actions",
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=None,
        monthly=open_actions,
        aggregate=Aggregate.LAST,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi", "Corrective actions not yet done at the month's end (today for this month)."
        ),
        page="actions",
    )
)
register(
    KpiDef(
        key="actions.overdue",
        label=QT_TRANSLATE_NOOP("Kpi", "Overdue corrective actions"),
        area="actions",
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=0.0,
        monthly=overdue_actions,
        aggregate=Aggregate.LAST,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi", "Open corrective actions past their due date at the month's end."
        ),
        page="actions",
        filters=(("overdue", True),),
    )
)
register(
    KpiDef(
        key="actions.closed_on_time",
        label=QT_TRANSLATE_NOOP("Kpi", "Actions closed on time"),
        area="actions",
        unit=Unit.PERCENT,
        higher_is_better=True,
        default_target=0.9,
        monthly=closed_on_time,
        aggregate=Aggregate.MEAN,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi", "Actions done in the month by their due date ÷ all actions done in the month."
        ),
        page="actions",
    )
)
