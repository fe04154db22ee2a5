"""Feedback completeness: every complaint past its deadline in the month has a status note
saying where it stands (a note recorded on or after the day its deadline passed)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.feedback.models import Complaint, ComplaintEvent
from branchops.core.period import Month
from branchops.core.reports.completeness import CompletenessCheck, Gap, register
from branchops.i18n import translate

AREA = "feedback"
KEY = "feedback.overdue_without_note"
EXAMPLES = 3


def overdue_without_note(session: Session, month: Month, today: date | None = None) -> list[str]:
    """References of complaints undecided past their deadline at the month's end, no note since."""
    today = today or clock.today()
    if month.first_day > today:
        return []
    day = min(month.last_day, today)
    noted = exists().where(
        ComplaintEvent.complaint_id == Complaint.id,
        ComplaintEvent.note != "",
        ComplaintEvent.on >= Complaint.due_on,
        ComplaintEvent.on <= day,
    )
    stmt = (
        select(Complaint.reference)
        .where(
            Complaint.received_on <= day,
            or_(Complaint.resolved_on.is_(None), Complaint.resolved_on > day),
            and_(Complaint.due_on.is_not(None), Complaint.due_on < day),
            ~noted,
        )
        .order_by(Complaint.due_on, Complaint.id)
    )
    return list(session.scalars(stmt))


def check(session: Session, month: Month) -> list[Gap]:
    found = overdue_without_note(session, month)
    if not found:
        return []
    examples = "、".join(found[:EXAMPLES]) + (" …" if len(found) > EXAMPLES else "")
    return [
        Gap(
            AREA,
            KEY,
            translate(
                "Report",
                "{count} complaints were past their deadline in {month} without a status note: "
                "{examples}. Add a note on the Customer feedback page saying where each stands.",
            ).format(count=len(found), month=month, examples=examples),
        )
    ]


register(CompletenessCheck(KEY, AREA, check))
