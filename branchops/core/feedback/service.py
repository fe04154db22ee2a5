"""Feedback records: add, edit and delete one record (a complaint also gets its workflow row).

Every write takes the unit of work and the acting user, checks permission and input (each
problem names its field), and commits once. Survey results in bulk come through ``imports.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.actions.queries import actions_for_source
from branchops.core.actions.service import SourceKind
from branchops.core.errors import NotFound, Problems, UserError
from branchops.core.feedback.complaint_clock import open_complaint, refresh_due
from branchops.core.feedback.models import (
    Category,
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintPause,
    ComplaintStatus,
    FeedbackAttachment,
    FeedbackKind,
    FeedbackRecord,
    Severity,
)
from branchops.core.feedback.phones import normalise_phone
from branchops.core.feedback.rules import load_rules
from branchops.core.staff.models import Staff
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MAX_NAME = 64
MAX_DESCRIPTION = 4000
# A record may be dated a few minutes ahead (two PCs whose clocks differ), not more.
FUTURE_TOLERANCE = timedelta(minutes=10)


@dataclass
class RecordInput:
    received_at: datetime | None
    kind: FeedbackKind
    channel: Channel
    category: Category | None = None
    staff_id: int | None = None
    customer_name: str = ""
    customer_phone: str = ""
    description: str = ""
    rating: int | None = None
    nps: int | None = None
    severity: Severity = Severity.GENERAL  # complaints only
    handler_staff_id: int | None = None  # complaints only


def _staff_exists(session: Session, staff_id: int | None) -> bool:
    return staff_id is None or session.get(Staff, staff_id) is not None


def check_rating(problems: Problems, rating: object, nps: object) -> None:
    if rating is not None and (not isinstance(rating, int) or not 1 <= rating <= 5):
        problems.add(
            "rating",
            translate("Feedback", "The rating is on a scale of 1 to 5; {value} is not.").format(
                value=rating
            ),
        )
    if nps is not None and (not isinstance(nps, int) or not 0 <= nps <= 10):
        problems.add(
            "nps",
            translate(
                "Feedback", "The recommendation score is from 0 to 10; {value} is not."
            ).format(value=nps),
        )


def validate_record(session: Session, data: RecordInput) -> str:
    """Checks every field; returns the phone number as it will be stored."""
    problems = Problems()
    now = clock.now()
    if data.received_at is None:
        problems.add("received_at", translate("Feedback", "Give the date and time received."))
    elif data.received_at > now + FUTURE_TOLERANCE:
        problems.add(
            "received_at", translate("Feedback", "The date received cannot be in the future.")
        )
    phone = normalise_phone(data.customer_phone)
    if phone is None:
        problems.add(
            "customer_phone",
            translate(
                "Feedback",
                "“{phone}” is neither a mainland mobile number (11 digits starting 13–19) nor "
                "a landline (area code and number, e.g. 021-58881234).",
            ).format(phone=data.customer_phone.strip()),
        )
    if len(data.customer_name.strip()) > MAX_NAME:
        problems.add(
            "customer_name",
            translate("Feedback", "The name is longer than {limit} characters.").format(
                limit=MAX_NAME
            ),
        )
    if len(data.description.strip()) > MAX_DESCRIPTION:
        problems.add(
            "description",
            translate("Feedback", "The description is longer than {limit} characters.").format(
                limit=MAX_DESCRIPTION
            ),
        )
    if data.kind is FeedbackKind.COMPLAINT and not data.description.strip():
        problems.add(
            "description", translate("Feedback", "Say what the customer complained about.")
        )
    check_rating(problems, data.rating, data.nps)
    if not _staff_exists(session, data.staff_id):
        problems.add("staff", translate("Feedback", "The chosen staff member does not exist."))
    if not _staff_exists(session, data.handler_staff_id):
        problems.add("handler", translate("Feedback", "The chosen handler does not exist."))
    problems.raise_if_any()
    return phone or ""


def _apply(record: FeedbackRecord, data: RecordInput, phone: str) -> None:
    assert data.received_at is not None
    record.received_at = data.received_at.replace(microsecond=0)
    record.kind = data.kind
    record.channel = data.channel
    record.category = data.category
    record.staff_id = data.staff_id
    record.customer_name = data.customer_name.strip()
    record.customer_phone = phone
    record.description = data.description.strip()
    record.rating = data.rating
    record.nps = data.nps
    record.has_text = bool(record.description or record.customer_name or record.customer_phone)


def add_record(session: Session, user: CurrentUser, data: RecordInput) -> FeedbackRecord:
    """Check and add without committing; a complaint gets its number and clock."""
    require(user, Permission.WRITE)
    phone = validate_record(session, data)
    record = FeedbackRecord()
    _apply(record, data, phone)
    session.add(record)
    session.flush()
    if data.kind is FeedbackKind.COMPLAINT:
        open_complaint(session, record, data.severity, data.handler_staff_id, user.username)
    return record


def create_record(uow: UnitOfWork, user: CurrentUser, data: RecordInput) -> int:
    record = add_record(uow.session, user, data)
    uow.commit()
    return record.id


def _record(session: Session, record_id: int) -> FeedbackRecord:
    record = session.get(FeedbackRecord, record_id)
    if record is None:
        raise NotFound(translate("Feedback", "This feedback record no longer exists."))
    return record


def complaint_of(session: Session, record_id: int) -> Complaint | None:
    return session.scalar(select(Complaint).where(Complaint.record_id == record_id))


def record_input(session: Session, record_id: int) -> RecordInput:
    """A stored record as the form edits it."""
    record = _record(session, record_id)
    complaint = complaint_of(session, record_id)
    return RecordInput(
        received_at=record.received_at,
        kind=record.kind,
        channel=record.channel,
        category=record.category,
        staff_id=record.staff_id,
        customer_name=record.customer_name,
        customer_phone=record.customer_phone,
        description=record.description,
        rating=record.rating,
        nps=record.nps,
        severity=complaint.severity if complaint else Severity.GENERAL,
        handler_staff_id=complaint.handler_staff_id if complaint else None,
    )


def _update_complaint(session: Session, complaint: Complaint, data: RecordInput) -> None:
    assert data.received_at is not None
    received = data.received_at.date()
    if received != complaint.received_on:
        if complaint.status is not ComplaintStatus.RECEIVED or complaint.restarts:
            raise UserError(
                translate(
                    "Feedback",
                    "The date received cannot change once work on the complaint has started.",
                )
            )
        complaint.received_on = complaint.clock_start = received
        for event in session.scalars(
            select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint.id)
        ):
            event.on = received
    complaint.regulator = data.channel is Channel.REGULATOR
    complaint.handler_staff_id = data.handler_staff_id
    if data.severity is not complaint.severity:
        complaint.severity = data.severity
        complaint.base_days = load_rules(session).days_for(data.severity)
    refresh_due(session, complaint)


def change_record(session: Session, user: CurrentUser, record_id: int, data: RecordInput) -> None:
    """Check and apply an edit without committing."""
    require(user, Permission.WRITE)
    record = _record(session, record_id)
    complaint = complaint_of(session, record_id)
    if complaint is not None and data.kind is not FeedbackKind.COMPLAINT:
        raise UserError(
            translate(
                "Feedback",
                "This record is complaint {reference} with its own handling; it stays a complaint.",
            ).format(reference=complaint.reference)
        )
    phone = validate_record(session, data)
    _apply(record, data, phone)
    session.flush()
    if complaint is not None:
        _update_complaint(session, complaint, data)
    elif data.kind is FeedbackKind.COMPLAINT:
        open_complaint(session, record, data.severity, data.handler_staff_id, user.username)


def update_record(uow: UnitOfWork, user: CurrentUser, record_id: int, data: RecordInput) -> None:
    change_record(uow.session, user, record_id, data)
    uow.commit()


def delete_record(uow: UnitOfWork, user: CurrentUser, record_id: int) -> None:
    """A record entered by mistake; a complaint only while nothing was done on it."""
    require(user, Permission.WRITE)
    session = uow.session
    record = _record(session, record_id)
    complaint = complaint_of(session, record_id)
    if complaint is not None:
        actions = actions_for_source(session, SourceKind.COMPLAINT, complaint.id)
        if complaint.status is not ComplaintStatus.RECEIVED or complaint.restarts or actions:
            raise UserError(
                translate(
                    "Feedback",
                    "Complaint {reference} is being handled and cannot be deleted; record the "
                    "outcome instead.",
                ).format(reference=complaint.reference)
            )
        for table in (ComplaintEvent, ComplaintPause):
            for row in session.scalars(select(table).where(table.complaint_id == complaint.id)):
                session.delete(row)
        session.delete(complaint)
    for attachment in session.scalars(
        select(FeedbackAttachment).where(FeedbackAttachment.record_id == record_id)
    ):
        session.delete(attachment)
    session.flush()
    session.delete(record)
    uow.commit()
