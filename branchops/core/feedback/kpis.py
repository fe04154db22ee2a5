"""Feedback KPIs: complaints received and decided on time, overdue and escalated complaints,
CSAT, NPS, praise and regulator-forwarded complaints. Each is a formula over several months at
once (``KpiDef.months``) whose single month is the same call with that month alone: record counts
and satisfaction from the months' totals (``satisfaction.month_totals``), the complaints' figures
from one query with a count per month."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from sqlalchemy import ColumnElement, and_, case, extract, func, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.feedback.escalation import escalation_for
from branchops.core.feedback.models import Complaint, FeedbackKind
from branchops.core.feedback.satisfaction import MonthTotals, month_totals
from branchops.core.kpi import Aggregate, KpiDef, MonthsFormula, Unit, register
from branchops.core.period import Month, month_runs
from branchops.i18n import QT_TRANSLATE_NOOP


def as_of(month: Month, today: date | None = None) -> date | None:
    """The month's last day, or today for the running month; None for a future month."""
    today = today or clock.today()
    if month.first_day > today:
        return None
    return min(month.last_day, today)


def _from_totals(
    figure: Callable[[MonthTotals], float | None], until_today: bool = True
) -> MonthsFormula:
    """A formula of the months' totals; with ``until_today`` a future month has no figure."""

    def by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
        counted = [m for m in months if not until_today or as_of(m) is not None]
        totals = month_totals(session, counted)
        return {m: figure(totals[m]) if m in totals else None for m in months}

    return by_month


complaints_by_month = _from_totals(lambda t: float(t.complaints))
praise_by_month = _from_totals(lambda t: float(t.praise))
regulator_by_month = _from_totals(lambda t: float(t.regulator_complaints))
csat_by_month = _from_totals(lambda t: t.total.csat, until_today=False)
nps_by_month = _from_totals(lambda t: t.total.nps, until_today=False)


def complaints_received(session: Session, month: Month) -> float | None:
    return complaints_by_month(session, [month])[month]


def praise(session: Session, month: Month) -> float | None:
    return praise_by_month(session, [month])[month]


def regulator_forwarded(session: Session, month: Month) -> float | None:
    return regulator_by_month(session, [month])[month]


def csat(session: Session, month: Month) -> float | None:
    return csat_by_month(session, [month])[month]


def nps(session: Session, month: Month) -> float | None:
    return nps_by_month(session, [month])[month]


def resolved_on_time(session: Session, month: Month) -> float | None:
    """Of the complaints decided in the month, the share decided by their deadline (0..1)."""
    return resolved_on_time_by_month(session, [month])[month]


def resolved_on_time_by_month(
    session: Session, months: Sequence[Month]
) -> dict[Month, float | None]:
    if not months:
        return {}
    year, number = extract("year", Complaint.resolved_on), extract("month", Complaint.resolved_on)
    good = func.sum(case((Complaint.resolved_on <= Complaint.due_on, 1), else_=0))
    decided_in = [
        Complaint.resolved_on.between(first.first_day, last.last_day)
        for first, last in month_runs(months)
    ]
    stmt = (
        select(year, number, func.count(Complaint.id), good)
        .where(or_(*decided_in))
        .group_by(year, number)
    )
    found = {
        Month(int(y), int(n)): (total, in_time) for y, n, total, in_time in session.execute(stmt)
    }
    shares: dict[Month, float | None] = {}
    for month in months:
        total, in_time = found.get(month, (0, 0))
        shares[month] = None if not total else float(in_time or 0) / total
    return shares


def _undecided_on(day: date) -> ColumnElement[bool]:
    return and_(
        Complaint.received_on <= day,
        or_(Complaint.resolved_on.is_(None), Complaint.resolved_on > day),
        Complaint.due_on.is_not(None),
    )


def _count_on_days(
    session: Session, conditions: Mapping[Month, ColumnElement[bool]], days: Sequence[date]
) -> dict[Month, float]:
    """One count per month of the complaints meeting its condition, in one query over the
    complaints undecided on some of ``days``."""
    if not conditions:
        return {}
    first, last = min(days), max(days)
    stmt = select(*(func.count(case((c, 1))) for c in conditions.values())).where(
        Complaint.received_on <= last,
        or_(Complaint.resolved_on.is_(None), Complaint.resolved_on > first),
        Complaint.due_on.is_not(None),
    )
    counts = session.execute(stmt).one()
    return {m: float(n or 0) for m, n in zip(conditions, counts, strict=True)}


def _stock_by_month(
    session: Session,
    months: Sequence[Month],
    today: date | None,
    condition: Callable[[Session, date], ColumnElement[bool]],
) -> dict[Month, float | None]:
    """A count of complaints at each month's end (today in the running month)."""
    days = {m: d for m in months if (d := as_of(m, today)) is not None}
    conditions = {m: and_(_undecided_on(d), condition(session, d)) for m, d in days.items()}
    counts = _count_on_days(session, conditions, list(days.values()))
    return {m: counts.get(m) for m in months}


def _past_deadline(session: Session, day: date) -> ColumnElement[bool]:
    return Complaint.due_on < day


def _escalation_limit(session: Session, day: date) -> ColumnElement[bool]:
    rule = escalation_for(session, day)
    limit = case((Complaint.working_days.is_(True), rule.soon_working), else_=rule.soon_calendar)
    return Complaint.due_on <= limit


def overdue_by_month(
    session: Session, months: Sequence[Month], today: date | None = None
) -> dict[Month, float | None]:
    return _stock_by_month(session, months, today, _past_deadline)


def escalated_by_month(
    session: Session, months: Sequence[Month], today: date | None = None
) -> dict[Month, float | None]:
    return _stock_by_month(session, months, today, _escalation_limit)


def overdue_open(session: Session, month: Month, today: date | None = None) -> float | None:
    """Complaints not decided at the month's end (today in the running month) past deadline."""
    return overdue_by_month(session, [month], today)[month]


def escalated(session: Session, month: Month, today: date | None = None) -> float | None:
    """Undecided complaints past their deadline or within the escalation limit of it."""
    return escalated_by_month(session, [month], today)[month]


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


def _kpi(
    key: str, label: str, unit: Unit, higher: bool, target, formula, months, aggregate
) -> None:
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
            months=months,
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
    complaints_by_month,
    Aggregate.SUM,
)
_kpi(
    "resolved_on_time",
    QT_TRANSLATE_NOOP("Kpi", "Complaints resolved within deadline"),
    Unit.PERCENT,
    True,
    0.95,
    resolved_on_time,
    resolved_on_time_by_month,
    Aggregate.MEAN,
)
_kpi(
    "overdue",
    QT_TRANSLATE_NOOP("Kpi", "Overdue open complaints"),
    Unit.COUNT,
    False,
    0.0,
    overdue_open,
    overdue_by_month,
    Aggregate.LAST,
)
_kpi(
    "escalated",
    QT_TRANSLATE_NOOP("Kpi", "Escalated complaints"),
    Unit.COUNT,
    False,
    0.0,
    escalated,
    escalated_by_month,
    Aggregate.LAST,
)
_kpi(
    "csat",
    QT_TRANSLATE_NOOP("Kpi", "CSAT"),
    Unit.PERCENT,
    True,
    0.9,
    csat,
    csat_by_month,
    Aggregate.MEAN,
)
_kpi(
    "nps",
    QT_TRANSLATE_NOOP("Kpi", "NPS"),
    Unit.NUMBER,
    True,
    40.0,
    nps,
    nps_by_month,
    Aggregate.MEAN,
)
_kpi(
    "praise",
    QT_TRANSLATE_NOOP("Kpi", "Praise received"),
    Unit.COUNT,
    True,
    None,
    praise,
    praise_by_month,
    Aggregate.SUM,
)
_kpi(
    "regulator",
    QT_TRANSLATE_NOOP("Kpi", "Regulator-forwarded complaints"),
    Unit.COUNT,
    False,
    0.0,
    regulator_forwarded,
    regulator_by_month,
    Aggregate.SUM,
)
