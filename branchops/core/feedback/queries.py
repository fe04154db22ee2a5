"""The feedback list: one page of plain rows of half a million, sorted and filtered in SQL.

Filters (``ListQuery.filters``): ``month`` (a ``Month`` or "YYYY-MM"), ``first`` / ``last``
(dates), ``kind``, ``channel``, ``category`` (a value or a list), ``staff_id``, ``rated`` (True:
only records with a rating or a recommendation score), ``today`` (the day escalation is measured
on). ``search`` looks in the description, the customer's name and phone, the complaint number
and the names of staff concerned.

Speed: every filter and sort runs on an index; a sort breaks ties by time and id in the same
direction, so an index is read forwards or backwards and nothing is sorted. Text search only
reads records that have any text (``has_text``), a small share of them (most are ratings
without a comment).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, union
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import NotFound
from branchops.core.feedback.escalation import Escalation, EscalationState, escalation_for
from branchops.core.feedback.labels import category_label, channel_label, kind_label, label
from branchops.core.feedback.models import (
    Category,
    Channel,
    Complaint,
    ComplaintStatus,
    FeedbackKind,
    FeedbackRecord,
    RatingScale,
)
from branchops.core.listing import ListQuery
from branchops.core.period import Month
from branchops.core.staff.models import Staff
from branchops.i18n import translate

R = FeedbackRecord
SUMMARY_CHARS = 160


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    received_at: datetime
    channel: Channel
    channel_label: str
    kind: FeedbackKind
    kind_label: str
    category: Category | None
    category_label: str
    staff_id: int | None
    staff: str
    customer_name: str
    customer_phone: str
    summary: str  # the description's beginning, on one line
    rating: int | None
    rating_scale: RatingScale | None
    nps: int | None
    complaint_id: int | None
    reference: str
    status: ComplaintStatus | None
    status_label: str
    due_on: date | None
    regulator: bool
    escalation: EscalationState


def _as_month(value: Any) -> Month:
    return value if isinstance(value, Month) else Month.parse(str(value))


def _values(value: Any, cls: type) -> list:
    items = value if isinstance(value, list | tuple | set | frozenset) else [value]
    return [cls(v) for v in items]


def _one_or_many(column: ColumnElement, value: Any, cls: type) -> ColumnElement[bool]:
    wanted = _values(value, cls)
    return column == wanted[0] if len(wanted) == 1 else column.in_(wanted)


def contains(session: Session, column: ColumnElement, text: str) -> ColumnElement[bool]:
    """Case-insensitive "contains" that SQLite runs without lower() (its LIKE ignores case)."""
    if session.get_bind().dialect.name == "sqlite":
        return column.contains(text, autoescape=True)
    return column.icontains(text, autoescape=True)


def search_clause(session: Session, text: str) -> ColumnElement[bool]:
    """Records whose text, complaint number or staff member's name contains ``text``."""
    with_text = select(R.id).where(
        R.has_text == True,  # noqa: E712 - the very term of the partial index's WHERE
        or_(
            contains(session, R.description, text),
            contains(session, R.customer_name, text),
            contains(session, R.customer_phone, text),
        ),
    )
    staff = select(Staff.id).where(contains(session, Staff.name, text))
    by_staff = select(R.id).where(R.staff_id.in_(staff))
    by_reference = select(Complaint.record_id).where(contains(session, Complaint.reference, text))
    return R.id.in_(union(with_text, by_staff, by_reference))


def filter_clauses(session: Session, query: ListQuery) -> list[ColumnElement[bool]]:
    f: Mapping[str, Any] = query.filters
    clauses: list[ColumnElement[bool]] = []
    if f.get("month"):
        month = _as_month(f["month"])
        clauses.append(R.received_at >= datetime.combine(month.first_day, time()))
        clauses.append(R.received_at < datetime.combine(month.shift(1).first_day, time()))
    if f.get("first"):
        clauses.append(R.received_at >= datetime.combine(f["first"], time()))
    if f.get("last"):
        clauses.append(R.received_at < datetime.combine(f["last"] + timedelta(days=1), time()))
    if f.get("kind"):
        clauses.append(_one_or_many(R.kind, f["kind"], FeedbackKind))
    if f.get("channel"):
        clauses.append(_one_or_many(R.channel, f["channel"], Channel))
    if f.get("category"):
        clauses.append(_one_or_many(R.category, f["category"], Category))
    if f.get("staff_id"):
        clauses.append(R.staff_id == f["staff_id"])
    if f.get("rated"):
        clauses.append(or_(R.rating.is_not(None), R.nps.is_not(None)))
    text = query.search.strip()
    if text:
        clauses.append(search_clause(session, text))
    return clauses


SORTABLE: dict[str, ColumnElement] = {
    "received_at": R.received_at,
    "kind": R.kind,
    "kind_label": R.kind,
    "channel": R.channel,
    "channel_label": R.channel,
    "category": R.category,
    "category_label": R.category,
    "rating": R.rating,
    "nps": R.nps,
}


def _ordered(stmt: Select, query: ListQuery) -> Select:
    """Newest first by default; any order runs on an index, ties broken the same way round."""
    column = SORTABLE.get(query.sort_key or "")
    descending = (query.descending if column is not None else True) != query.from_end
    keys = [R.received_at, R.id]
    if column is not None and column is not R.received_at:
        keys.insert(0, column)
    stmt = stmt.order_by(*(k.desc() if descending else k.asc() for k in keys))
    stmt = stmt.offset(query.offset)
    return stmt.limit(query.limit) if query.limit is not None else stmt


def _select(session: Session, query: ListQuery) -> Select:
    stmt = (
        select(
            R.id,
            R.received_at,
            R.channel,
            R.kind,
            R.category,
            R.staff_id,
            Staff.name,
            R.customer_name,
            R.customer_phone,
            func.substr(R.description, 1, SUMMARY_CHARS),
            R.rating,
            R.rating_scale,
            R.nps,
            Complaint.id,
            Complaint.reference,
            Complaint.status,
            Complaint.due_on,
            Complaint.regulator,
            Complaint.working_days,
        )
        .outerjoin(Staff, Staff.id == R.staff_id)
        .outerjoin(Complaint, Complaint.record_id == R.id)
    )
    return stmt.where(*filter_clauses(session, query))


def _row(values: tuple, escalation: Escalation) -> FeedbackRow:
    (
        record_id, received_at, channel, kind, category, staff_id, staff, name, phone, text,
        rating, scale, nps, complaint_id, reference, status, due_on, regulator, working,
    ) = values  # fmt: skip
    return FeedbackRow(
        id=record_id,
        received_at=received_at,
        channel=channel,
        channel_label=channel_label(channel),
        kind=kind,
        kind_label=kind_label(kind),
        category=category,
        category_label=category_label(category),
        staff_id=staff_id,
        staff=staff or "",
        customer_name=name,
        customer_phone=phone,
        summary=" ".join((text or "").split()),
        rating=rating,
        rating_scale=scale,
        nps=nps,
        complaint_id=complaint_id,
        reference=reference or "",
        status=status,
        status_label=label(status),
        due_on=due_on,
        regulator=bool(regulator),
        escalation=escalation.state(status, due_on, bool(working)),
    )


def list_feedback(session: Session, query: ListQuery) -> list[FeedbackRow]:
    escalation = escalation_for(session, query.filters.get("today") or clock.today())
    rows = session.execute(_ordered(_select(session, query), query)).all()
    return [_row(tuple(r), escalation) for r in rows]


def count_feedback(session: Session, query: ListQuery) -> int:
    stmt = select(func.count()).select_from(R).where(*filter_clauses(session, query))
    return session.scalar(stmt) or 0


def load_record_row(session: Session, record_id: int) -> FeedbackRow:
    escalation = escalation_for(session, clock.today())
    found = session.execute(_select(session, ListQuery()).where(R.id == record_id)).first()
    if found is None:
        raise NotFound(translate("Feedback", "This feedback record no longer exists."))
    return _row(tuple(found), escalation)
