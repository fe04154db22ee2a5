"""The complaints list and one complaint in full (timeline, pauses, actions), as plain rows.

Filters (``ListQuery.filters``): ``status`` (a value or a list), ``open`` (True: not yet
decided), ``state`` (an ``EscalationState`` value), ``escalated`` (True: overdue or due soon),
``regulator`` (True), ``severity``, ``month`` (received), ``first`` / ``last`` (received),
``review_open`` (True), ``complaint_id``, ``record_id``, ``today`` (the day deadlines are
measured on). The default order puts escalated complaints first, regulator-forwarded ones next,
then the nearest deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, case, or_, select
from sqlalchemy.orm import Session, aliased

from branchops import clock
from branchops.core.errors import NotFound
from branchops.core.feedback.complaint_clock import day_counter
from branchops.core.feedback.deadlines import Clock, DayCounter
from branchops.core.feedback.escalation import (
    Escalation,
    EscalationState,
    escalation_for,
    state_label,
)
from branchops.core.feedback.labels import label
from branchops.core.feedback.models import (
    OPEN_STATUSES,
    Category,
    Channel,
    Complaint,
    ComplaintEvent,
    ComplaintPause,
    ComplaintStatus,
    EventKind,
    FeedbackRecord,
    PauseReason,
    RootCause,
    Satisfaction,
    Severity,
)
from branchops.core.feedback.queries import contains
from branchops.core.listing import ListQuery, count_rows
from branchops.core.period import Month
from branchops.core.staff.models import Staff
from branchops.i18n import translate

R = FeedbackRecord
Concerned = aliased(Staff)
Handler = aliased(Staff)
_STATUS_RANK = case({s: i for i, s in enumerate(ComplaintStatus)}, value=Complaint.status)
_SEVERITY_RANK = case({s: i for i, s in enumerate(Severity)}, value=Complaint.severity)


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    record_id: int
    reference: str
    received_at: datetime
    received_on: date
    channel: Channel
    channel_label: str
    regulator: bool
    severity: Severity
    severity_label: str
    status: ComplaintStatus
    status_label: str
    category: Category | None
    category_label: str
    customer_name: str
    customer_phone: str
    staff: str  # the staff member concerned
    handler_id: int | None
    handler: str
    summary: str
    due_on: date | None
    days_left: int | None  # counted days to the deadline; negative when overdue
    escalation: EscalationState
    escalation_label: str
    resolved_on: date | None
    extensions: int
    paused: bool
    review_due_on: date | None
    review_open: bool


@dataclass(frozen=True)
class EventRow:
    id: int
    kind: EventKind
    kind_label: str
    on: date
    at: datetime
    username: str
    status_label: str
    note: str


@dataclass(frozen=True)
class PauseRow:
    reason: PauseReason
    reason_label: str
    start: date
    end: date | None
    note: str


@dataclass(frozen=True)
class ComplaintDetail:
    row: ComplaintRow
    description: str
    staff_id: int | None
    clock_start: date
    working_days: bool
    base_days: int
    extension_days: int
    extension_reason: str
    second_extension_reason: str
    second_extension_approval: str
    restarts: int
    acknowledged_on: date | None
    closed_on: date | None
    resolution: str
    root_cause: RootCause | None
    root_cause_text: str
    satisfaction: Satisfaction | None
    review_requested_on: date | None
    review_done_on: date | None
    review_outcome: str
    events: list[EventRow]
    pauses: list[PauseRow]

    @property
    def allowed_days(self) -> int:
        return self.base_days + self.extension_days


def _base(session: Session, query: ListQuery, rule: Escalation) -> Select:
    f = query.filters
    stmt = (
        select(Complaint, R, Concerned.name, Handler.name)
        .join(R, R.id == Complaint.record_id)
        .outerjoin(Concerned, Concerned.id == R.staff_id)
        .outerjoin(Handler, Handler.id == Complaint.handler_staff_id)
    )
    if f.get("status"):
        wanted = f["status"] if isinstance(f["status"], list | tuple) else [f["status"]]
        stmt = stmt.where(Complaint.status.in_([ComplaintStatus(s) for s in wanted]))
    if f.get("open"):
        stmt = stmt.where(Complaint.status.in_(OPEN_STATUSES))
    if f.get("state"):
        stmt = stmt.where(rule.state_clause(EscalationState(f["state"])))
    if f.get("escalated"):
        stmt = stmt.where(rule.escalated_clause())
    if f.get("regulator"):
        stmt = stmt.where(Complaint.regulator.is_(True))
    if f.get("severity"):
        stmt = stmt.where(Complaint.severity == Severity(f["severity"]))
    if f.get("month"):
        month = f["month"] if isinstance(f["month"], Month) else Month.parse(str(f["month"]))
        stmt = stmt.where(Complaint.received_on.between(month.first_day, month.last_day))
    if f.get("first"):
        stmt = stmt.where(Complaint.received_on >= f["first"])
    if f.get("last"):
        stmt = stmt.where(Complaint.received_on <= f["last"])
    if f.get("review_open"):
        stmt = stmt.where(
            Complaint.review_requested_on.is_not(None), Complaint.review_done_on.is_(None)
        )
    if f.get("complaint_id"):
        stmt = stmt.where(Complaint.id == f["complaint_id"])
    if f.get("record_id"):
        stmt = stmt.where(Complaint.record_id == f["record_id"])
    text = query.search.strip()
    if text:
        stmt = stmt.where(
            or_(
                contains(session, Complaint.reference, text),
                contains(session, R.description, text),
                contains(session, R.customer_name, text),
                contains(session, R.customer_phone, text),
                contains(session, Concerned.name, text),
                contains(session, Handler.name, text),
            )
        )
    return stmt


SORTABLE = {
    "reference": Complaint.reference,
    "received_at": R.received_at,
    "received_on": R.received_at,
    "channel_label": R.channel,
    "regulator": Complaint.regulator,
    "severity_label": _SEVERITY_RANK,
    "status_label": _STATUS_RANK,
    "category_label": R.category,
    "handler": Handler.name,
    "due_on": Complaint.due_on,
    "days_left": Complaint.due_on,
    "escalation_label": Complaint.due_on,
    "resolved_on": Complaint.resolved_on,
}


def _ordered(stmt: Select, query: ListQuery, rule: Escalation) -> Select:
    column = SORTABLE.get(query.sort_key or "")
    if column is None:
        escalated_first = case((rule.escalated_clause(), 0), else_=1)
        open_first = case((Complaint.status.in_(OPEN_STATUSES), 0), else_=1)
        stmt = stmt.order_by(
            escalated_first,
            open_first,
            Complaint.regulator.desc(),
            Complaint.due_on.is_(None),
            Complaint.due_on,
            R.received_at.desc(),
            Complaint.id.desc(),
        )
    elif query.descending:
        stmt = stmt.order_by(column.desc(), Complaint.id.desc())
    else:
        stmt = stmt.order_by(column.asc(), Complaint.id.asc())
    stmt = stmt.offset(query.offset)
    return stmt.limit(query.limit) if query.limit is not None else stmt


def _row(found: tuple, rule: Escalation, counter: DayCounter) -> ComplaintRow:
    complaint, record, concerned, handler = found
    state = rule.state(complaint.status, complaint.due_on, complaint.working_days)
    days_left = None
    if complaint.status in OPEN_STATUSES and complaint.due_on is not None:
        days_left = _left(counter, rule.today, complaint.due_on, complaint.working_days)
    description = " ".join(record.description.split())
    return ComplaintRow(
        id=complaint.id,
        record_id=record.id,
        reference=complaint.reference,
        received_at=record.received_at,
        received_on=complaint.received_on,
        channel=record.channel,
        channel_label=label(record.channel),
        regulator=complaint.regulator,
        severity=complaint.severity,
        severity_label=label(complaint.severity),
        status=complaint.status,
        status_label=label(complaint.status),
        category=record.category,
        category_label=label(record.category),
        customer_name=record.customer_name,
        customer_phone=record.customer_phone,
        staff=concerned or "",
        handler_id=complaint.handler_staff_id,
        handler=handler or "",
        summary=description[:160],
        due_on=complaint.due_on,
        days_left=days_left,
        escalation=state,
        escalation_label=state_label(state),
        resolved_on=complaint.resolved_on,
        extensions=complaint.extensions,
        paused=complaint.paused_since is not None,
        review_due_on=complaint.review_due_on,
        review_open=complaint.review_requested_on is not None and complaint.review_done_on is None,
    )


def _left(counter: DayCounter, today: date, due: date, working: bool) -> int:
    if due >= today:
        return counter.counted(Clock(today, 0, working), due)
    return -counter.counted(Clock(due, 0, working), today)


def _context(session: Session, query: ListQuery) -> tuple[Escalation, DayCounter]:
    today = query.filters.get("today") or clock.today()
    return escalation_for(session, today), day_counter(session)


def list_complaints(session: Session, query: ListQuery) -> list[ComplaintRow]:
    rule, counter = _context(session, query)
    stmt = _ordered(_base(session, query, rule), query, rule)
    return [_row(tuple(r), rule, counter) for r in session.execute(stmt)]


def count_complaints(session: Session, query: ListQuery) -> int:
    rule, _ = _context(session, query)
    return count_rows(session, _base(session, query, rule).with_only_columns(Complaint.id))


def load_complaint_detail(
    session: Session, complaint_id: int, today: date | None = None
) -> ComplaintDetail:
    query = ListQuery(filters={"complaint_id": complaint_id, "today": today})
    rule, counter = _context(session, query)
    found = session.execute(_base(session, query, rule)).first()
    if found is None:
        raise NotFound(translate("Feedback", "This complaint no longer exists."))
    complaint, record = found[0], found[1]
    events = [
        EventRow(e.id, e.kind, label(e.kind), e.on, e.at, e.username, label(e.status), e.note)
        for e in session.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == complaint_id)
            .order_by(ComplaintEvent.on, ComplaintEvent.id)
        )
    ]
    pauses = [
        PauseRow(p.reason, label(p.reason), p.start, p.end, p.note)
        for p in session.scalars(
            select(ComplaintPause)
            .where(ComplaintPause.complaint_id == complaint_id)
            .order_by(ComplaintPause.start, ComplaintPause.id)
        )
    ]
    return ComplaintDetail(
        row=_row(tuple(found), rule, counter),
        description=record.description,
        staff_id=record.staff_id,
        clock_start=complaint.clock_start,
        working_days=complaint.working_days,
        base_days=complaint.base_days,
        extension_days=complaint.extension_days,
        extension_reason=complaint.extension_reason,
        second_extension_reason=complaint.second_extension_reason,
        second_extension_approval=complaint.second_extension_approval,
        restarts=complaint.restarts,
        acknowledged_on=complaint.acknowledged_on,
        closed_on=complaint.closed_on,
        resolution=complaint.resolution,
        root_cause=complaint.root_cause,
        root_cause_text=complaint.root_cause_text,
        satisfaction=complaint.satisfaction,
        review_requested_on=complaint.review_requested_on,
        review_done_on=complaint.review_done_on,
        review_outcome=complaint.review_outcome,
        events=events,
        pauses=pauses,
    )
