"""Service-quality KPIs: average score, inspections done against due, critical failures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.period import Month
from branchops.core.quality.models import InspectionStatus, QcInspection
from branchops.core.quality.schedule import done_and_due_by_month
from branchops.i18n import QT_TRANSLATE_NOOP

AVERAGE_SCORE_KPI = "quality.average_score"


def _start(month: Month) -> datetime:
    return datetime.combine(month.first_day, time())


def _end(month: Month) -> datetime:
    return datetime.combine(month.last_day + timedelta(days=1), time())


def _completed_by_month(
    session: Session,
    months: Sequence[Month],
    figure: Callable[[ColumnElement[bool]], ColumnElement[Any]],
) -> dict[Month, Any]:
    """``figure`` of the inspections completed in each month (given the month's condition), all
    months in one query."""
    if not months:
        return {}
    performed_at = QcInspection.performed_at
    columns = [figure(and_(performed_at >= _start(m), performed_at < _end(m))) for m in months]
    stmt = select(*columns).where(
        QcInspection.status == InspectionStatus.COMPLETED,
        performed_at >= _start(min(months)),
        performed_at < _end(max(months)),
    )
    return dict(zip(months, session.execute(stmt).one(), strict=True))


def average_score_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    found = _completed_by_month(
        session, months, lambda in_month: func.avg(case((in_month, QcInspection.score)))
    )
    return {m: None if v is None else round(float(v), 2) for m, v in found.items()}


def average_score(session: Session, month: Month) -> float | None:
    return average_score_by_month(session, [month])[month]


def done_vs_due_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    counts = done_and_due_by_month(session, months)
    return {m: None if due == 0 else done / due for m, (done, due) in counts.items()}


def done_vs_due(session: Session, month: Month) -> float | None:
    return done_vs_due_by_month(session, [month])[month]


def critical_failures_by_month(
    session: Session, months: Sequence[Month]
) -> dict[Month, float | None]:
    found = _completed_by_month(
        session,
        months,
        lambda in_month: func.sum(case((in_month, QcInspection.critical_failures))),
    )
    return {m: float(v or 0) for m, v in found.items()}


def critical_failures(session: Session, month: Month) -> float | None:
    return critical_failures_by_month(session, [month])[month]


register(
    KpiDef(
        key=AVERAGE_SCORE_KPI,
        label=QT_TRANSLATE_NOOP("Kpi", "Average inspection score"),
        area="quality",
        unit=Unit.SCORE,
        higher_is_better=True,
        default_target=90.0,
        monthly=average_score,
        months=average_score_by_month,
        aggregate=Aggregate.MEAN,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi", "Mean score of the inspections completed in the month (0–100)."
        ),
        page="quality",
    )
)
register(
    KpiDef(
        key="quality.done_vs_due",
        label=QT_TRANSLATE_NOOP("Kpi", "Inspections done vs due"),
        area="quality",
        unit=Unit.PERCENT,
        higher_is_better=True,
        default_target=0.95,
        monthly=done_vs_due,
        months=done_vs_due_by_month,
        aggregate=Aggregate.MEAN,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi", "Inspections done ÷ inspections due so far this month."
        ),
        page="quality",
        filters=(("tab", "due"),),
    )
)
register(
    KpiDef(
        key="quality.critical_failures",
        label=QT_TRANSLATE_NOOP("Kpi", "Critical failures in inspections"),
        area="quality",
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=0.0,
        monthly=critical_failures,
        months=critical_failures_by_month,
        aggregate=Aggregate.SUM,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi", "Critical items answered as failed in the month's inspections."
        ),
        page="quality",
        filters=(("result", "failed"),),
    )
)
