"""What the dashboard lists as due: planned drills, drills the programme requires, risk reviews."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.agenda_item import AgendaItem
from branchops.core.risk.labels import localized
from branchops.core.risk.models import Drill, DrillStatus, EmergencyPlan, Risk, RiskStatus
from branchops.core.risk.programme import plan_dues
from branchops.i18n import translate

AREA = "risk"
PAGE = "risk"
SINGLE_REVIEWS = 5  # more reviews than this due in the range are one line


def _planned(session: Session, first: date, last: date, today: date) -> list[AgendaItem]:
    stmt = (
        select(Drill.id, Drill.planned_on, EmergencyPlan.name, EmergencyPlan.name_en)
        .join(EmergencyPlan, EmergencyPlan.id == Drill.plan_id)
        .where(Drill.status == DrillStatus.PLANNED, Drill.planned_on <= last)
        .where((Drill.planned_on >= first) | (Drill.planned_on < today))
        .order_by(Drill.planned_on)
    )
    items = []
    for drill_id, day, name, name_en in session.execute(stmt):
        if day is None:  # the query compares planned_on, so it is set
            continue
        late = day < today
        text = (
            translate("RiskAgenda", "Planned drill not recorded yet: {plan}")
            if late
            else translate("RiskAgenda", "Planned drill: {plan}")
        )
        items.append(
            AgendaItem(
                AREA,
                f"drill:{drill_id}",
                day,
                text.format(plan=localized(name, name_en)),
                overdue=late,
                page=PAGE,
                filters={"drill_id": drill_id},
            )
        )
    return items


def _required(session: Session, last: date, today: date) -> list[AgendaItem]:
    return [
        AgendaItem(
            AREA,
            f"due:{row.plan_id}",
            row.next_due,
            (
                translate("RiskAgenda", "Required drill overdue: {plan}")
                if row.overdue
                else translate("RiskAgenda", "Required drill due: {plan}")
            ).format(plan=row.name),
            overdue=row.overdue,
            page=PAGE,
            filters={"tab": "programme"},
        )
        for row in plan_dues(session, today)
        if row.next_due <= last
    ]


def _reviews(session: Session, first: date, last: date, today: date) -> list[AgendaItem]:
    items = []
    open_risks = Risk.status == RiskStatus.OPEN
    overdue, earliest = session.execute(
        select(func.count(Risk.id), func.min(Risk.next_review)).where(
            open_risks, Risk.next_review < today
        )
    ).one()
    if overdue:
        items.append(
            AgendaItem(
                AREA,
                "reviews:overdue",
                earliest,
                translate("RiskAgenda", "{count} risk reviews past due").format(count=overdue),
                overdue=True,
                page=PAGE,
                filters={"review_overdue": True},
            )
        )
    start = max(first, today)
    due = session.execute(
        select(Risk.id, Risk.code, Risk.title, Risk.next_review)
        .where(open_risks, Risk.next_review.between(start, last))
        .order_by(Risk.next_review, Risk.code)
    ).all()
    if len(due) > SINGLE_REVIEWS:
        items.append(
            AgendaItem(
                AREA,
                f"reviews:{start.isoformat()}",
                due[0].next_review,
                translate("RiskAgenda", "{count} risk reviews due").format(count=len(due)),
                page=PAGE,
                filters={"review_due_by": last},
            )
        )
        return items
    for risk_id, code, title, day in due:
        items.append(
            AgendaItem(
                AREA,
                f"review:{risk_id}",
                day,
                translate("RiskAgenda", "Risk review due: {code} {title}").format(
                    code=code, title=title
                ),
                page=PAGE,
                filters={"risk_id": risk_id},
            )
        )
    return items


def agenda_items(session: Session, first: date, last: date) -> list[AgendaItem]:
    """Items due from ``first`` to ``last``, and everything already overdue."""
    today = clock.today()
    return sorted(
        _planned(session, first, last, today)
        + _required(session, last, today)
        + _reviews(session, first, last, today),
        key=lambda item: (item.due, item.key),
    )
