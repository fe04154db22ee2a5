"""Training KPIs: compliance at the month's end, hours trained in the month, certificates
expiring within 30 days, and sessions held against those planned."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, case, extract, func, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.period import Month, month_runs
from branchops.core.training.compliance import (
    compliance_rate,
    prefetch_best_records,
    prefetch_matrix_people,
)
from branchops.core.training.models import (
    AttendanceStatus,
    SessionStatus,
    TrainingAttendance,
    TrainingSession,
)
from branchops.core.training.reminders import certificates_expiring
from branchops.i18n import QT_TRANSLATE_NOOP

EXPIRY_WINDOW_DAYS = 30


def as_of(month: Month, today: date | None = None) -> date | None:
    """The month's last day, or today for the running month; None for a future month."""
    today = today or clock.today()
    if month.first_day > today:
        return None
    return min(month.last_day, today)


def compliance(session: Session, month: Month, today: date | None = None) -> float | None:
    """Valid cells ÷ required cells of the compliance matrix at the month's end (0..1)."""
    day = as_of(month, today)
    return None if day is None else compliance_rate(session, day)


def compliance_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    """``compliance`` of each month, the months' people and best records read together."""
    _prefetch(session, months)
    return {m: compliance(session, m) for m in months}


def _prefetch(session: Session, months: Sequence[Month]) -> None:
    days = [d for d in map(as_of, months) if d is not None]
    prefetch_matrix_people(session, days)
    prefetch_best_records(session, days)


def hours_trained(session: Session, month: Month) -> float | None:
    """Hours of held sessions attended by anyone in the month (one person's hour is one hour)."""
    return hours_by_month(session, [month])[month]


def _by_month(
    months: Sequence[Month],
) -> tuple[tuple[ColumnElement[int], ColumnElement[int]], ColumnElement[bool]]:
    """The month of a session's day (year, month) in SQL, and the days of ``months``."""
    day = TrainingSession.day
    in_months = or_(*(day.between(a.first_day, b.last_day) for a, b in month_runs(months)))
    return (extract("year", day), extract("month", day)), in_months


def hours_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    if not months:
        return {}
    keys, in_months = _by_month(months)
    stmt = (
        select(*keys, func.sum(TrainingSession.minutes))
        .join(TrainingAttendance, TrainingAttendance.session_id == TrainingSession.id)
        .where(
            TrainingSession.status == SessionStatus.HELD,
            in_months,
            TrainingAttendance.status == AttendanceStatus.PRESENT,
        )
        .group_by(*keys)
    )
    found = {Month(int(y), int(m)): total for y, m, total in session.execute(stmt)}
    return {m: round((found.get(m) or 0) / 60, 2) for m in months}


def expiring_certificates(session: Session, month: Month, today: date | None = None):
    day = as_of(month, today)
    if day is None:
        return None
    return float(certificates_expiring(session, day, EXPIRY_WINDOW_DAYS))


def expiring_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    """``expiring_certificates`` of each month, the months' people and best records read
    together."""
    _prefetch(session, months)
    return {m: expiring_certificates(session, m) for m in months}


def sessions_held(session: Session, month: Month) -> float | None:
    """Of the month's sessions (held, still planned or cancelled), the share held (0..1)."""
    return sessions_held_by_month(session, [month])[month]


def sessions_held_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    if not months:
        return {}
    keys, in_months = _by_month(months)
    held = func.sum(case((TrainingSession.status == SessionStatus.HELD, 1), else_=0))
    stmt = select(*keys, func.count(TrainingSession.id), held).where(in_months).group_by(*keys)
    found = {Month(int(y), int(m)): (total, done) for y, m, total, done in session.execute(stmt)}
    shares: dict[Month, float | None] = {}
    for month in months:
        total, done = found.get(month, (0, 0))
        shares[month] = None if not total else float(done or 0) / total
    return shares


register(
    KpiDef(
        key="training.compliance",
        label=QT_TRANSLATE_NOOP("Kpi", "Training compliance"),
        area="training",
        unit=Unit.PERCENT,
        higher_is_better=True,
        default_target=0.95,
        monthly=compliance,
        months=compliance_by_month,
        aggregate=Aggregate.LAST,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Valid cells of the compliance matrix ÷ cells required by each person's position, at "
            "the month's end.",
        ),
        filters=(("tab", "matrix"),),
    )
)
register(
    KpiDef(
        key="training.hours",
        label=QT_TRANSLATE_NOOP("Kpi", "Training hours"),
        area="training",
        unit=Unit.HOURS,
        higher_is_better=True,
        default_target=None,
        monthly=hours_trained,
        months=hours_by_month,
        aggregate=Aggregate.SUM,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Hours of the sessions held in the month, counted once per person who attended.",
        ),
        filters=(("tab", "yearly"),),
    )
)
register(
    KpiDef(
        key="training.expiring",
        label=QT_TRANSLATE_NOOP("Kpi", "Certificates expiring within 30 days"),
        area="training",
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=None,
        monthly=expiring_certificates,
        months=expiring_by_month,
        aggregate=Aggregate.LAST,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Certificates and required courses whose validity ends within 30 days of the month's "
            "end.",
        ),
        filters=(("tab", "reminders"),),
    )
)
register(
    KpiDef(
        key="training.sessions_held",
        label=QT_TRANSLATE_NOOP("Kpi", "Training sessions held vs planned"),
        area="training",
        unit=Unit.PERCENT,
        higher_is_better=True,
        default_target=1.0,
        monthly=sessions_held,
        months=sessions_held_by_month,
        aggregate=Aggregate.MEAN,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi",
            "Sessions held ÷ sessions planned for the month (held, still planned or cancelled).",
        ),
        filters=(("tab", "sessions"),),
    )
)
