"""The month's complaints as the HQ workbook lists them: status, deadline, days taken, on time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.feedback.complaint_clock import clock_of, day_counter
from branchops.core.feedback.deadlines import Pause
from branchops.core.feedback.labels import label
from branchops.core.feedback.models import (
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintPause,
    ComplaintStatus,
    FeedbackRecord,
    Severity,
)
from branchops.core.period import Month


@dataclass(frozen=True)
class MonthComplaint:
    reference: str
    received_on: date
    channel: Channel
    channel_label: str
    regulator: bool
    severity: Severity
    severity_label: str
    category_label: str
    customer_name: str
    customer_phone: str
    description: str
    status: ComplaintStatus
    status_label: str
    due_on: date | None
    resolved_on: date | None
    days_taken: int  # counted days from the clock's start to the decision (or to the month end)
    within_deadline: bool | None  # None while undecided and not yet late
    root_cause_label: str
    root_cause_text: str


def month_complaints(session: Session, month: Month, as_of: date) -> list[MonthComplaint]:
    """Complaints received in ``month``, as they stood on ``as_of`` (status from the timeline)."""
    rows = session.execute(
        select(Complaint, FeedbackRecord)
        .join(FeedbackRecord, FeedbackRecord.id == Complaint.record_id)
        .where(Complaint.received_on.between(month.first_day, month.last_day))
        .order_by(FeedbackRecord.received_at, Complaint.id)
    ).all()
    ids = [c.id for c, _ in rows]
    pauses: dict[int, list[Pause]] = {}
    for pause in session.scalars(
        select(ComplaintPause)
        .where(ComplaintPause.complaint_id.in_(ids))
        .order_by(ComplaintPause.start)
    ):
        pauses.setdefault(pause.complaint_id, []).append(Pause(pause.start, pause.end))
    status_then: dict[int, ComplaintStatus] = {}
    for complaint_id, status in session.execute(
        select(ComplaintEvent.complaint_id, ComplaintEvent.status)
        .where(ComplaintEvent.complaint_id.in_(ids), ComplaintEvent.on <= as_of)
        .order_by(ComplaintEvent.on, ComplaintEvent.id)
    ):
        status_then[complaint_id] = status
    counter = day_counter(session)
    out = []
    for complaint, record in rows:
        own = tuple(
            p
            for p in pauses.get(complaint.id, [])
            if p.end is None or p.end > complaint.clock_start
        )
        decided = (
            complaint.resolved_on
            if complaint.resolved_on and complaint.resolved_on <= as_of
            else None
        )
        until = decided or as_of
        taken = counter.counted(clock_of(complaint, own), until)
        due = complaint.due_on
        within: bool | None
        if decided is not None:
            within = due is not None and decided <= due
        else:
            within = False if due is not None and due < as_of else None
        out.append(
            MonthComplaint(
                reference=complaint.reference,
                received_on=complaint.received_on,
                channel=record.channel,
                channel_label=label(record.channel),
                regulator=complaint.regulator,
                severity=complaint.severity,
                severity_label=label(complaint.severity),
                category_label=label(record.category),
                customer_name=record.customer_name,
                customer_phone=record.customer_phone,
                description=record.description,
                status=status_then.get(complaint.id, complaint.status),
                status_label=label(status_then.get(complaint.id, complaint.status)),
                due_on=due,
                resolved_on=decided,
                days_taken=taken,
                within_deadline=within,
                root_cause_label=label(complaint.root_cause),
                root_cause_text=complaint.root_cause_text,
            )
        )
    return out


def complaints_per_month(
    session: Session, first: Month, last: Month
) -> list[tuple[Month, int, int]]:
    """``(month, complaints received, of which regulator-forwarded)`` for every month."""
    counts: dict[Month, list[int]] = {}
    for received, regulator in session.execute(
        select(Complaint.received_on, Complaint.regulator).where(
            Complaint.received_on.between(first.first_day, last.last_day)
        )
    ):
        entry = counts.setdefault(Month.of(received), [0, 0])
        entry[0] += 1
        entry[1] += int(bool(regulator))
    out, month = [], first
    while month <= last:
        total, regulator_count = counts.get(month, (0, 0))
        out.append((month, total, regulator_count))
        month = month.shift(1)
    return out
