"""Agenda items for the dashboard: complaint decisions and reviews due in the range, or escalated
(past their deadline, or within the escalation limit of it, counted from the range's first day).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from branchops.core.agenda_item import AgendaItem
from branchops.core.feedback.escalation import escalation_for
from branchops.core.feedback.models import OPEN_STATUSES, Complaint, FeedbackRecord
from branchops.i18n import translate

AREA = "feedback"
PAGE = "feedback"


def _title(reference: str, summary: str, regulator: bool) -> str:
    text = translate("Feedback", "Complaint {reference}: decide by the deadline — {summary}")
    title = text.format(reference=reference, summary=summary)
    if regulator:
        title = translate("Feedback", "[Regulator] {title}").format(title=title)
    return title


def agenda_items(session: Session, first: date, last: date) -> list[AgendaItem]:
    rule = escalation_for(session, first)
    limit = max(last, rule.soon_working, rule.soon_calendar)
    items: list[AgendaItem] = []
    decisions = session.execute(
        select(
            Complaint.id,
            Complaint.reference,
            Complaint.due_on,
            Complaint.regulator,
            FeedbackRecord.description,
        )
        .join(FeedbackRecord, FeedbackRecord.id == Complaint.record_id)
        .where(
            Complaint.status.in_(OPEN_STATUSES),
            Complaint.due_on.is_not(None),
            or_(Complaint.due_on <= last, rule.escalated_clause()),
            Complaint.due_on <= limit,
        )
        .order_by(Complaint.due_on, Complaint.id)
    )
    for complaint_id, reference, due, regulator, description in decisions:
        if due is None:  # the query compares due_on, so it is set
            continue
        summary = " ".join(description.split())[:60]
        items.append(
            AgendaItem(
                area=AREA,
                key=f"complaint:{complaint_id}",
                due=due,
                title=_title(reference, summary, regulator),
                overdue=due < first,
                page=PAGE,
                filters={"tab": "complaints", "complaint_id": complaint_id},
            )
        )
    reviews = session.execute(
        select(Complaint.id, Complaint.reference, Complaint.review_due_on).where(
            and_(
                Complaint.review_requested_on.is_not(None),
                Complaint.review_done_on.is_(None),
                Complaint.review_due_on <= last,
            )
        )
    )
    for complaint_id, reference, due in reviews:
        if due is None:  # the query compares review_due_on, so it is set
            continue
        items.append(
            AgendaItem(
                area=AREA,
                key=f"review:{complaint_id}",
                due=due,
                title=translate("Feedback", "Review of complaint {reference} due").format(
                    reference=reference
                ),
                overdue=due < first,
                page=PAGE,
                filters={"tab": "complaints", "complaint_id": complaint_id},
            )
        )
    items.sort(key=lambda i: (i.due, i.key))
    return items
