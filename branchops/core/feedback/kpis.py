"""Feedback KPIs: complaints received and decided on time, overdue and escalated complaints,
CSAT, NPS, praise and regulator-forwarded complaints. Record counts and satisfaction come from
one grouped query per month (``satisfaction.month_figures``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.feedback.escalation import escalation_for
from branchops.core.feedback.models import Channel, Complaint, FeedbackKind
from branchops.core.feedback.satisfaction import month_figures
from branchops.core.kpi import Aggregate, KpiDef, Unit, register
from branchops.core.period import Month
from branchops.i18n import QT_TRANSLATE_NOOP


def as_of(month: Month, today: date | None = None) -> date | None:
    """The month's last day, or today for the running month; None for a future month."""
    today = today or clock.today()
    if month.first_day > today:
        return None
    return min(month.last_day, today)


def complaints_received(session: Session, month: Month) -> float | None:
    if as_of(month) is None:
        return None
    return float(month_figures(session, month).count(kind=FeedbackKind.COMPLAINT))


def praise(session: Session, month: Month) -> float | None:
    if as_of(month) is None:
        return None
    return float(month_figures(session, month).count(kind=FeedbackKind.PRAISE))


def regulator_forwarded(session: Session, month: Month) -> float | None:
    if as_of(month) is None:
        return None
    figures = month_figures(session, month)
    return float(figures.count(kind=FeedbackKind.COMPLAINT, channel=Channel.REGULATOR))


def csat(session: Session, month: Month) -> float | None:
    return month_figures(session, month).total.csat


def nps(session: Session, month: Month) -> float | None:
    return month_figures(session, month).total.nps


def resolved_on_time(session: Session, month: Month) -> float | None:
    """Of the complaints decided in the month, the share decided by their deadline (0..1)."""
    good = func.sum(case((Complaint.resolved_on <= Complaint.due_on, 1), else_=0))
    stmt = select(func.count(Complaint.id), good).where(
        Complaint.resolved_on.between(month.first_day, month.last_day)
    )
    total, in_time = session.execute(stmt).one()
    return None if not total else float(in_time or 0) / total


def _undecided_on(day: date):
    return and_(
        Complaint.received_on <= day,
        or_(Complaint.resolved_on.is_(None), Complaint.resolved_on > day),
        Complaint.due_on.is_not(None),
    )


def overdue_open(session: Session, month: Month, today: date | None = None) -> float | None:
    """Complaints not decided at the month's end (today in the running month) past deadline."""
    day = as_of(month, today)
    if day is None:
        return None
    stmt = select(func.count(Complaint.id)).where(_undecided_on(day), Complaint.due_on < day)
    return float(session.scalar(stmt) or 0)


def escalated(session: Session, month: Month, today: date | None = None) -> float | None:
    """Undecided complaints past their deadline or within the escalation limit of it."""
    day = as_of(month, today)
    if day is None:
        return None
    rule = escalation_for(session, day)
    limit = case((Complaint.working_days.is_(True), rule.soon_working), else_=rule.soon_calendar)
    stmt = select(func.count(Complaint.id)).where(_undecided_on(day), Complaint.due_on <= limit)
    return float(session.scalar(stmt) or 0)


# what each tile explains on hover, and the list its click opens (FeedbackPage.open_filtered)
EXPLAINED: dict[str, tuple[str, tuple[tuple[str, object], ...]]] = {
    "complaints": (
        QT_TRANSLATE_NOOP("Kpi", "Complaints received in the month, whatever their channel."),
        (("tab", "records"), ("kind", FeedbackKind.COMPLAINT.value)),
    ),
    "resolved_on_time": (
        QT_TRANSLATE_NOOP(
            "Kpi", "Complaints decided in the month by their deadline ÷ complaints decided."
        ),
        (("tab", "complaints"), ("status", None)),
    ),
    "overdue": (
        QT_TRANSLATE_NOOP(
            "Kpi", "Complaints not yet decided and past their deadline at the month's end."
        ),
        (("tab", "complaints"), ("escalated", True)),
    ),
    "escalated": (
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Complaints not yet decided that are past their deadline or within the escalation "
            "window of it at the month's end.",
        ),
        (("tab", "complaints"), ("escalated", True)),
    ),
    "csat": (
        QT_TRANSLATE_NOOP("Kpi", "Ratings of 4 or 5 ÷ all ratings given in the month."),
        (("tab", "satisfaction"),),
    ),
    "nps": (
        QT_TRANSLATE_NOOP(
            "Kpi", "% of scores 9–10 − % of scores 0–6 of the month's 0–10 recommendation scores."
        ),
        (("tab", "satisfaction"),),
    ),
    "praise": (
        QT_TRANSLATE_NOOP("Kpi", "Praise received in the month."),
        (("tab", "records"), ("kind", FeedbackKind.PRAISE.value)),
    ),
    "regulator": (
        QT_TRANSLATE_NOOP("Kpi", "Complaints forwarded by the regulator received in the month."),
        (("tab", "complaints"), ("regulator", True)),
    ),
}


def _kpi(key: str, label: str, unit: Unit, higher: bool, target, formula, aggregate) -> None:
    explanation, filters = EXPLAINED[key]
    register(
        KpiDef(
            key=f"feedback.{key}",
            label=label,
            area="feedback",
            unit=unit,
            higher_is_better=higher,
            default_target=target,
            monthly=formula,
            aggregate=aggregate,
            explanation=explanation,
            page="feedback",
            filters=filters,
        )
    )


_kpi(
    "complaints",
    QT_TRANSLATE_NOOP("Kpi", "Complaints received"),
    Unit.COUNT,
    False,
    None,
    complaints_received,
    Aggregate.SUM,
)
_kpi(
    "resolved_on_time",
    QT_TRANSLATE_NOOP("Kpi", "Complaints resolved within deadline"),
    Unit.PERCENT,
    True,
    0.95,
    resolved_on_time,
    Aggregate.MEAN,
)
_kpi(
    "overdue",
    QT_TRANSLATE_NOOP("Kpi", "Overdue open complaints"),
    Unit.COUNT,
    False,
    0.0,
    overdue_open,
    Aggregate.LAST,
)
_kpi(
    "escalated",
    QT_TRANSLATE_NOOP("Kpi", "Escalated complaints"),
    Unit.COUNT,
    False,
    0.0,
    escalated,
    Aggregate.LAST,
)
_kpi("csat", QT_TRANSLATE_NOOP("Kpi", "CSAT"), Unit.PERCENT, True, 0.9, csat, Aggregate.MEAN)
_kpi("nps", QT_TRANSLATE_NOOP("Kpi", "NPS"), Unit.NUMBER, True, 40.0, nps, Aggregate.MEAN)
_kpi(
    "praise",
    QT_TRANSLATE_NOOP("Kpi", "Praise received"),
    Unit.COUNT,
    True,
    None,
    praise,
    Aggregate.SUM,
)
_kpi(
    "regulator",
    QT_TRANSLATE_NOOP("Kpi", "Regulator-forwarded complaints"),
    Unit.COUNT,
    False,
    0.0,
    regulator_forwarded,
    Aggregate.SUM,
)
