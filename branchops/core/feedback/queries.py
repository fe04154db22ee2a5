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

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    func,
    literal_column,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session

from branchops import clock
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

R = FeedbackRecord
SUMMARY_CHARS = 160
SCAN_ABOVE = 20_000  # matches of a filter above which the sort's index is read


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
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


def _as_month(value: Any) -> Month:
    return value if isinstance(value, Month) else Month.parse(str(value))


def _values(value: Any, cls: type) -> list:
    items = value if isinstance(value, list | tuple | set | frozenset) else [value]
    return [cls(v) for v in items]


def _one_or_many(column: SQLColumnExpression[Any], value: Any, cls: type) -> ColumnElement[bool]:
    wanted = [v.value for v in _values(value, cls)]
    return column == wanted[0] if len(wanted) == 1 else column.in_(wanted)


def contains(session: Session, column: SQLColumnExpression[Any], text: str) -> ColumnElement[bool]:
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


def _unindexed(column: ColumnElement) -> ColumnElement:
    """The column as SQLite's ``+column``: the same value, but no index is chosen for it."""
    return literal_column(f"+{R.__tablename__}.{column.key}")


def filter_clauses(
    session: Session, query: ListQuery, unindexed: frozenset[str] = frozenset()
) -> list[ColumnElement[bool]]:
    f: Mapping[str, Any] = query.filters

    def col(key: str) -> ColumnElement:
        column = getattr(R, key)
        return _unindexed(column) if key in unindexed else column

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
        clauses.append(_one_or_many(col("kind"), f["kind"], FeedbackKind))
    if f.get("channel"):
        clauses.append(_one_or_many(col("channel"), f["channel"], Channel))
    if f.get("category"):
        clauses.append(_one_or_many(col("category"), f["category"], Category))
    if f.get("staff_id"):
        clauses.append(R.staff_id == f["staff_id"])
    if f.get("rated"):
        clauses.append(or_(R.rating.is_not(None), R.nps.is_not(None)))
    text = query.search.strip()
    if text:
        clauses.append(search_clause(session, text))
    return clauses


SORTABLE: dict[str, SQLColumnExpression[Any]] = {
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
    keys: list[SQLColumnExpression[Any]] = [R.received_at, R.id]
    if column is not None and column is not R.received_at:
        keys.insert(0, column)
    stmt = stmt.order_by(*(k.desc() if descending else k.asc() for k in keys))
    stmt = stmt.offset(query.offset)
    return stmt.limit(query.limit) if query.limit is not None else stmt


def _select(session: Session, query: ListQuery, unindexed: frozenset[str] = frozenset()) -> Select:
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
            R.version,
        )
        .outerjoin(Staff, Staff.id == R.staff_id)
        .outerjoin(Complaint, Complaint.record_id == R.id)
    )
    return stmt.where(*filter_clauses(session, query, unindexed))


def _row(values: tuple, escalation: Escalation) -> FeedbackRow:
    (
        record_id, received_at, channel, kind, category, staff_id, staff, name, phone, text,
        rating, scale, nps, complaint_id, reference, status, due_on, regulator, working,
        version,
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
        record_version=version,
    )


def _scan_sort_index(session: Session, query: ListQuery) -> frozenset[str]:
    """The filters SQLite should check row by row while it reads the sort's index.

    Sorted by one column and filtered by another (type, channel, category), SQLite picks the
    filter's index and sorts every match: seconds when most of half a million records match.
    When more than ``SCAN_ABOVE`` match, reading the sort's index in order and skipping the
    others finds a page after a few thousand rows; fewer matches are sorted quickly. PostgreSQL
    weighs this from its statistics by itself.
    """
    column = SORTABLE.get(query.sort_key or "")
    f = query.filters
    if session.get_bind().dialect.name != "sqlite" or column is None or column is R.received_at:
        return frozenset()
    if query.search.strip() or any(f.get(k) for k in ("month", "first", "last", "staff_id")):
        return frozenset()
    keys = frozenset(k for k in ("kind", "channel", "category") if f.get(k))
    keys = frozenset(k for k in keys if getattr(R, k) is not column)
    if not keys or not _more_than(session, query, SCAN_ABOVE):
        return frozenset()
    return keys


def _more_than(session: Session, query: ListQuery, limit: int) -> bool:
    """Whether more than ``limit`` records match: stops counting after ``limit + 1`` (a full
    count would cost as much as the page it decides about)."""
    matches = select(R.id).where(*filter_clauses(session, query)).limit(limit + 1).subquery()
    return (session.scalar(select(func.count()).select_from(matches)) or 0) > limit


def list_feedback(session: Session, query: ListQuery) -> list[FeedbackRow]:
    escalation = escalation_for(session, query.filters.get("today") or clock.today())
    stmt = _select(session, query, _scan_sort_index(session, query))
    rows = session.execute(_ordered(stmt, query)).all()
    return [_row(tuple(r), escalation) for r in rows]


def iter_feedback(session: Session, query: ListQuery, batch: int = 2000) -> Iterator[FeedbackRow]:
    """Every row of the list in its order, read ``batch`` rows at a time (an export of half a
    million rows keeps only a batch in memory; a server-side cursor on PostgreSQL)."""
    escalation = escalation_for(session, query.filters.get("today") or clock.today())
    stmt = _ordered(_select(session, query), query.page(0, None))
    result = session.execute(stmt.execution_options(yield_per=batch))
    for rows in result.partitions():
        for r in rows:
            yield _row(tuple(r), escalation)


def count_feedback(session: Session, query: ListQuery) -> int:
    stmt = select(func.count()).select_from(R).where(*filter_clauses(session, query))
    return session.scalar(stmt) or 0
