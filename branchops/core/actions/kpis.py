"""Corrective-action KPIs: open and overdue at the month's end, and the share closed on time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


def _overdue_on(day: date) -> ColumnElement[bool]:
    return and_(_open_on(day), CorrectiveAction.due_date < day)


def _counted_at_month_ends(
    session: Session,
    months: Sequence[Month],
    today: date | None,
    counted: Callable[[date], ColumnElement[bool]],
) -> dict[Month, float | None]:
    """The actions ``counted`` on each month's ``_as_of`` day, all days in one query."""
    days = {m: _as_of(m, today) for m in months}
    asked = sorted({d for d in days.values() if d is not None})
    found: dict[date, int] = {}
    if asked:
        stmt = select(*(func.count(case((counted(d), 1))) for d in asked)).where(
            CorrectiveAction.created_on <= asked[-1],
            or_(CorrectiveAction.done_on.is_(None), CorrectiveAction.done_on > asked[0]),
        )
        found = dict(zip(asked, session.execute(stmt).one(), strict=True))
    return {m: None if d is None else float(found[d]) for m, d in days.items()}


def open_by_month(
    session: Session, months: Sequence[Month], today: date | None = None
) -> dict[Month, float | None]:
    """Actions not yet done on each month's last day (today for the running month)."""
    return _counted_at_month_ends(session, months, today, _open_on)


def overdue_by_month(
    session: Session, months: Sequence[Month], today: date | None = None
) -> dict[Month, float | None]:
    """Open actions past their due date on each month's last day (today for the running month)."""
    return _counted_at_month_ends(session, months, today, _overdue_on)


def open_actions(session: Session, month: Month, today: date | None = None) -> float | None:
    return open_by_month(session, [month], today)[month]


def overdue_actions(session: Session, month: Month, today: date | None = None) -> float | None:
    return overdue_by_month(session, [month], today)[month]


def closed_on_time_by_month(session: Session, months: Sequence[Month]) -> dict[Month, float | None]:
    """Of the actions done in each month, the share done by their due date (0..1)."""
    if not months:
        return {}
    done_on = CorrectiveAction.done_on
    columns = []
    for m in months:
        in_month = done_on.between(m.first_day, m.last_day)
        columns += [
            func.count(case((in_month, 1))),
            func.count(case((and_(in_month, done_on <= CorrectiveAction.due_date), 1))),
        ]
    stmt = select(*columns).where(done_on.between(min(months).first_day, max(months).last_day))
    counts = session.execute(stmt).one()
    return {
        m: float(counts[2 * i + 1]) / counts[2 * i] if counts[2 * i] else None
        for i, m in enumerate(months)
    }


def closed_on_time(session: Session, month: Month) -> float | None:
    """Of the actions done in the month, the share done by their due date (0..1)."""
    return closed_on_time_by_month(session, [month])[month]


register(
    KpiDef(
        key="actions.open",
        label=QT_TRANSLATE_NOOP("Kpi", "Open corrective actions"),
        area="actions",
        unit=Unit.COUNT,
        higher_is_better=False,
        default_target=None,
        monthly=open_actions,
        months=open_by_month,
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
        months=overdue_by_month,
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
        months=closed_on_time_by_month,
        aggregate=Aggregate.MEAN,
        explanation=QT_TRANSLATE_NOOP(
            "Kpi", "Actions done in the month by their due date ÷ all actions done in the month."
        ),
        page="actions",
    )
)
