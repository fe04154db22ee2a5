"""From a complaint to a corrective action (source = complaint), with a link back to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.actions.queries import ActionRow, actions_for_source
from branchops.core.actions.service import ActionInput, Priority, SourceKind, add_action
from branchops.core.feedback.complaint_clock import add_event
from branchops.core.feedback.models import EventKind, FeedbackRecord
from branchops.core.feedback.workflow import load_complaint
from branchops.core.users.permissions import CurrentUser
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

DAYS_TO_FIX = 14
DAYS_TO_FIX_REGULATOR = 7


def link_text(reference: str, received: date, description: str) -> str:
    summary = description.strip().splitlines()[0] if description.strip() else ""
    return translate("Feedback", "Complaint {reference} of {date}: {summary}").format(
        reference=reference, date=received.isoformat(), summary=summary[:120]
    )


def proposed_action(session: Session, complaint_id: int, today: date | None = None) -> ActionInput:
    """The action a complaint calls for, ready to confirm or adjust."""
    complaint = load_complaint(session, complaint_id)
    record = session.get(FeedbackRecord, complaint.record_id)
    assert record is not None
    today = today or clock.today()
    urgent = complaint.regulator
    text = (complaint.root_cause_text or record.description).strip()
    return ActionInput(
        title=text.splitlines()[0][:200] if text else complaint.reference,
        owner_staff_id=complaint.handler_staff_id or record.staff_id,
        due_date=today + timedelta(days=DAYS_TO_FIX_REGULATOR if urgent else DAYS_TO_FIX),
        priority=Priority.HIGH if urgent else Priority.MEDIUM,
        description=record.description,
        source_kind=SourceKind.COMPLAINT,
        source_id=complaint.id,
        link_text=link_text(complaint.reference, complaint.received_on, record.description),
    )


def raise_action(uow: UnitOfWork, user: CurrentUser, complaint_id: int, data: ActionInput) -> int:
    """Add the action and a timeline line in one transaction."""
    session = uow.session
    complaint = load_complaint(session, complaint_id)
    data = replace(data, source_kind=SourceKind.COMPLAINT, source_id=complaint.id)
    action = add_action(session, user, data)
    add_event(
        session,
        complaint,
        EventKind.ACTION,
        user.username,
        clock.today(),
        translate("Feedback", "Corrective action {id}: {title}").format(
            id=action.id, title=action.title
        ),
    )
    uow.commit()
    return action.id


def complaint_actions(session: Session, complaint_id: int) -> list[ActionRow]:
    return actions_for_source(session, SourceKind.COMPLAINT, complaint_id)
