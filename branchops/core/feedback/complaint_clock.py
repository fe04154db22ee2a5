"""A complaint's clock as stored: open a complaint, build its ``Clock``, keep ``due_on`` current."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.branch.queries import branch_calendar
from branchops.core.counters import serialise
from branchops.core.feedback.deadlines import Clock, DayCounter, Pause
from branchops.core.feedback.models import (
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintPause,
    ComplaintStatus,
    EventKind,
    FeedbackRecord,
    Severity,
)
from branchops.core.feedback.rules import ComplaintRules, load_rules

REFERENCE_PREFIX = "TS"


COUNTER_KEY = "feedback.day_counter"


def day_counter(session: Session) -> DayCounter:
    """The branch calendar's day counter, made once per session (it remembers every day)."""
    counter = session.info.get(COUNTER_KEY)
    if counter is None:
        counter = session.info[COUNTER_KEY] = DayCounter(branch_calendar(session))
    return counter


def pauses_of(session: Session, complaint: Complaint) -> tuple[Pause, ...]:
    """The pauses of the running clock (those that end after its start, or are open)."""
    rows = session.scalars(
        select(ComplaintPause)
        .where(ComplaintPause.complaint_id == complaint.id)
        .order_by(ComplaintPause.start, ComplaintPause.id)
    )
    return tuple(
        Pause(p.start, p.end) for p in rows if p.end is None or p.end > complaint.clock_start
    )


def clock_of(complaint: Complaint, pauses: tuple[Pause, ...]) -> Clock:
    return Clock(
        start=complaint.clock_start,
        days=complaint.base_days + complaint.extension_days,
        working_days=complaint.working_days,
        pauses=pauses,
    )


def refresh_due(session: Session, complaint: Complaint, counter: DayCounter | None = None) -> None:
    session.flush()
    counter = counter or day_counter(session)
    complaint.due_on = counter.deadline(clock_of(complaint, pauses_of(session, complaint)))


def next_reference(session: Session, year: int) -> str:
    serialise(session, "complaint_reference")
    prefix = f"{REFERENCE_PREFIX}-{year}-"
    last = session.scalar(
        select(func.max(Complaint.reference)).where(Complaint.reference.like(f"{prefix}%"))
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{number:04d}"


def add_event(
    session: Session,
    complaint: Complaint,
    kind: EventKind,
    username: str,
    on: date,
    note: str = "",
) -> ComplaintEvent:
    event = ComplaintEvent(
        complaint_id=complaint.id,
        kind=kind,
        on=on,
        at=clock.now().replace(microsecond=0),
        username=username,
        status=complaint.status,
        note=note.strip(),
    )
    session.add(event)
    return event


def open_complaint(
    session: Session,
    record: FeedbackRecord,
    severity: Severity,
    handler_staff_id: int | None,
    username: str,
    rules: ComplaintRules | None = None,
) -> Complaint:
    """The complaint of a new complaint record: its number, its clock, its first timeline line."""
    rules = rules or load_rules(session)
    received = record.received_at.date()
    complaint = Complaint(
        record_id=record.id,
        reference=next_reference(session, received.year),
        severity=severity,
        regulator=record.channel is Channel.REGULATOR,
        status=ComplaintStatus.RECEIVED,
        handler_staff_id=handler_staff_id,
        received_on=received,
        clock_start=received,
        working_days=rules.working_days,
        base_days=rules.days_for(severity),
        extension_days=0,
        extensions=0,
        restarts=0,
    )
    session.add(complaint)
    session.flush()
    add_event(session, complaint, EventKind.RECEIVED, username, received)
    refresh_due(session, complaint)
    return complaint
