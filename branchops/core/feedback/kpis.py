"""Feedback KPIs: complaints received and decided on time, overdue and escalated complaints,
CSAT, NPS, praise and regulator-forwarded complaints. Each is a formula over several months at
once (``KpiDef.months``) whose single month is the same call with that month alone: record counts
and satisfaction from the months' totals (``satisfaction.month_totals``); the complaints decided
on time from one query grouped by month, those open at each month's end from one query joining
the months' days as a table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    extract,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.date_table import count_on_days, date_table
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


def _undecided_on(day: date | ColumnElement[date]) -> ColumnElement[bool]:
    return and_(
        Complaint.received_on <= day,
        or_(Complaint.resolved_on.is_(None), Complaint.resolved_on > day),
        Complaint.due_on.is_not(None),
    )


def _days(months: Sequence[Month], today: date | None) -> dict[Month, date]:
    """Each month's day of figures: its last day, today in the running month (none later)."""
    return {m: d for m in months if (d := as_of(m, today)) is not None}


def _counted_on_days(
    session: Session,
    day: ColumnElement[date],
    condition: ColumnElement[bool],
    months: dict[Month, date],
) -> dict[Month, float | None]:
    """The complaints meeting ``condition`` on each day of the table of ``day``, counted for
    the month of each day."""
    found = count_on_days(session, day, Complaint.id, condition)
    return {m: float(found.get(d) or 0) for m, d in months.items()}


def overdue_by_month(
    session: Session, months: Sequence[Month], today: date | None = None
) -> dict[Month, float | None]:
    """``overdue_open`` of each month: the months' days as a table, one count per day."""
    found = _days(months, today)
    if not found:
        return dict.fromkeys(months)
    days = date_table("overdue_day", ["day"], [(d,) for d in found.values()])
    condition = and_(_undecided_on(days.c.day), Complaint.due_on < days.c.day)
    return dict.fromkeys(months) | _counted_on_days(session, days.c.day, condition, found)


def escalated_by_month(
    session: Session, months: Sequence[Month], today: date | None = None
) -> dict[Month, float | None]:
    """``escalated`` of each month: the months' days with their escalation limits as a table,
    one count per day."""
    found = _days(months, today)
    if not found:
        return dict.fromkeys(months)
    rules = [escalation_for(session, d) for d in found.values()]
    days = date_table(
        "escalation_day",
        ["day", "soon_working", "soon_calendar"],
        [(r.today, r.soon_working, r.soon_calendar) for r in rules],
    )
    limit = case(
        (Complaint.working_days.is_(True), days.c.soon_working), else_=days.c.soon_calendar
    )
    condition = and_(_undecided_on(days.c.day), Complaint.due_on <= limit)
    return dict.fromkeys(months) | _counted_on_days(session, days.c.day, condition, found)


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
