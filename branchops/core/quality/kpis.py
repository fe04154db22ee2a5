"""Service-quality KPIs: average score, inspections done against due, critical failures."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.period import Month
from branchops.core.quality.models import InspectionStatus, QcInspection
from branchops.core.quality.schedule import done_and_due
from branchops.i18n import QT_TRANSLATE_NOOP

AVERAGE_SCORE_KPI = "quality.average_score"


def _completed_in(month: Month):
    start = datetime.combine(month.first_day, time())
    end = datetime.combine(month.last_day + timedelta(days=1), time())
    return (
        QcInspection.status == InspectionStatus.COMPLETED,
        QcInspection.performed_at >= start,
        QcInspection.performed_at < end,
    )


def average_score(session: Session, month: Month) -> float | None:
    value = session.scalar(select(func.avg(QcInspection.score)).where(*_completed_in(month)))
    return None if value is None else round(float(value), 2)


def done_vs_due(session: Session, month: Month) -> float | None:
    done, due = done_and_due(session, month)
    return None if due == 0 else done / due


def critical_failures(session: Session, month: Month) -> float | None:
    value = session.scalar(
        select(func.sum(QcInspection.critical_failures)).where(*_completed_in(month))
    )
    return float(value or 0)


register(
    KpiDef(
        key=AVERAGE_SCORE_KPI,
        label=QT_TRANSLATE_NOOP("Kpi", "Average inspection score"),
        area="quality",
        unit=Unit.SCORE,
        higher_is_better=True,
        default_target=90.0,
        monthly=average_score,
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
        aggregate=Aggregate.SUM,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi", "Critical items answered as failed in the month's inspections."
        ),
        page="quality",
        filters=(("result", "failed"),),
    )
)
