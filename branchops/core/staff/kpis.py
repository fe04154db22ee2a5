"""Staffing KPIs."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.period import Month
from branchops.core.staff.models import Staff
from branchops.i18n import QT_TRANSLATE_NOOP


def headcount(session: Session, month: Month) -> float | None:
    """People employed on the last day of the month."""
    end = month.last_day
    query = select(func.count(Staff.id)).where(
        or_(Staff.hire_date.is_(None), Staff.hire_date <= end),
        or_(Staff.leave_date.is_(None), Staff.leave_date > end),
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
    )
)
