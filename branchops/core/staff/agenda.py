"""Staff on the agenda: leave awaiting a decision, and next week's roster not yet published."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.agenda_item import AgendaItem
from branchops.core.staff.models import LeaveRequest, LeaveStatus, Staff
from branchops.core.staff.roster_store import published_days
from branchops.i18n import translate


def _pending_leave(session: Session, today: date) -> list[AgendaItem]:
    stmt = (
        select(LeaveRequest.id, LeaveRequest.first_day, Staff.name)
        .join(Staff, Staff.id == LeaveRequest.staff_id)
        .where(LeaveRequest.status == LeaveStatus.REQUESTED)
        .order_by(LeaveRequest.first_day)
    )
    return [
        AgendaItem(
            area="staff",
            key=f"leave:{leave_id}",
            due=first_day,
            title=translate("Agenda", "Leave of {name} from {day} awaits approval").format(
                name=name, day=first_day.isoformat()
            ),
            overdue=first_day <= today,
            page="leave",
            filters={"status": LeaveStatus.REQUESTED.value},
        )
        for leave_id, first_day, name in session.execute(stmt)
    ]


def _next_week_unpublished(session: Session, today: date) -> list[AgendaItem]:
    monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
    sunday = monday + timedelta(days=6)
    if not session.scalar(select(Staff.id).where(Staff.active.is_(True)).limit(1)):
        return []
    if len(published_days(session, monday, sunday)) == 7:
        return []
    friday = monday - timedelta(days=3)
    return [
        AgendaItem(
            area="staff",
            key=f"roster:{monday.isoformat()}",
            due=friday,
            title=translate("Agenda", "Roster of the week from {day} is not published").format(
                day=monday.isoformat()
            ),
            overdue=False,
            page="roster",
            filters={"month": monday},
        )
    ]


def agenda_items(session: Session, first: date, last: date) -> list[AgendaItem]:
    today = clock.today()
    return _pending_leave(session, today) + _next_week_unpublished(session, today)
