"""The actions list: one page of plain rows, sorted and filtered in SQL, and its count.

Filters (``ListQuery.filters``): ``status`` (one status or a list), ``open`` (True: open or in
progress), ``owner_id``, ``source_kind``, ``source_id`` (with ``source_kind``), ``overdue``
(True), ``due_first`` / ``due_last``, ``active_first`` / ``active_last`` (created by the last day
and not done before the first: opened, closed or open in that span), ``today`` (the day overdue is
measured on; default today).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, case, or_, select
from sqlalchemy.orm import Session, aliased

from branchops import clock
from branchops.core.actions.labels import priority_label, source_label, status_label
from branchops.core.actions.models import (
    OPEN_STATUSES,
    ActionStatus,
    CorrectiveAction,
    Priority,
    SourceKind,
)
from branchops.core.errors import NotFound
from branchops.core.listing import (
    LIKE_ESCAPE,
    ListQuery,
    apply_paging,
    contains_pattern,
    count_rows,
)
from branchops.core.staff.models import Staff
from branchops.i18n import translate

Owner = aliased(Staff)
Verifier = aliased(Staff)

_PRIORITY_RANK = case({p: rank for rank, p in enumerate(Priority)}, value=CorrectiveAction.priority)
_STATUS_RANK = case({s: rank for rank, s in enumerate(ActionStatus)}, value=CorrectiveAction.status)


@dataclass(frozen=True)
class ActionRow:
    id: int
    title: str
    source_kind: SourceKind
    source_label: str
    source_id: int | None
    source_sub_id: int | None
    link_text: str
    owner_id: int
    owner: str
    due_date: date
    priority: Priority
    priority_label: str
    status: ActionStatus
    status_label: str
    overdue: bool
    done_on: date | None
    verified_on: date | None
    verifier: str
    created_on: date
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


@dataclass(frozen=True)
class ActionDetail:
    row: ActionRow
    description: str
    evidence: str
    started_on: date | None
    verifier_staff_id: int | None
    verified_by: str
    created_by: str
    version: int | None = None  # to refuse a save over a newer version

    @property
    def closed_on_time(self) -> bool | None:
        if self.row.done_on is None:
            return None
        return self.row.done_on <= self.row.due_date


def overdue_clause(today: date):
    return and_(CorrectiveAction.status.in_(OPEN_STATUSES), CorrectiveAction.due_date < today)


def _base(query: ListQuery) -> Select:
    f = query.filters
    today = f.get("today") or clock.today()
    stmt = (
        select(
            CorrectiveAction,
            Owner.name.label("owner_name"),
            Verifier.name.label("verifier_name"),
            overdue_clause(today).label("is_overdue"),
        )
        .join(Owner, Owner.id == CorrectiveAction.owner_staff_id)
        .outerjoin(Verifier, Verifier.id == CorrectiveAction.verifier_staff_id)
    )
    status = f.get("status")
    if status:
        wanted = [status] if isinstance(status, str) else list(status)
        stmt = stmt.where(CorrectiveAction.status.in_([ActionStatus(s) for s in wanted]))
    if f.get("open"):
        stmt = stmt.where(CorrectiveAction.status.in_(OPEN_STATUSES))
    if f.get("owner_id"):
        stmt = stmt.where(CorrectiveAction.owner_staff_id == f["owner_id"])
    if f.get("source_kind"):
        stmt = stmt.where(CorrectiveAction.source_kind == SourceKind(f["source_kind"]))
    if f.get("source_id") is not None:
        stmt = stmt.where(CorrectiveAction.source_id == f["source_id"])
    if f.get("overdue"):
        stmt = stmt.where(overdue_clause(today))
    if f.get("due_first"):
        stmt = stmt.where(CorrectiveAction.due_date >= f["due_first"])
    if f.get("due_last"):
        stmt = stmt.where(CorrectiveAction.due_date <= f["due_last"])
    if f.get("active_last"):
        stmt = stmt.where(CorrectiveAction.created_on <= f["active_last"])
    if f.get("active_first"):
        first = f["active_first"]
        stmt = stmt.where(
            or_(
                CorrectiveAction.done_on.is_(None),
                CorrectiveAction.done_on >= first,
                CorrectiveAction.created_on >= first,
            )
        )
    text = query.search.strip()
    if text:
        pattern = contains_pattern(text)
        stmt = stmt.where(
            or_(
                CorrectiveAction.title.ilike(pattern, escape=LIKE_ESCAPE),
                CorrectiveAction.link_text.ilike(pattern, escape=LIKE_ESCAPE),
                Owner.name.ilike(pattern, escape=LIKE_ESCAPE),
            )
        )
    return stmt


SORTABLE = {
    "title": CorrectiveAction.title,
    "source_label": CorrectiveAction.source_kind,
    "link_text": CorrectiveAction.link_text,
    "owner": Owner.name,
    "due_date": CorrectiveAction.due_date,
    "priority": _PRIORITY_RANK,
    "priority_label": _PRIORITY_RANK,
    "status": _STATUS_RANK,
    "status_label": _STATUS_RANK,
    "overdue": CorrectiveAction.due_date,
    "done_on": CorrectiveAction.done_on,
    "verified_on": CorrectiveAction.verified_on,
    "verifier": Verifier.name,
    "created_on": CorrectiveAction.created_on,
}


def _row(action: CorrectiveAction, owner: str, verifier: str | None, overdue: bool) -> ActionRow:
    return ActionRow(
        id=action.id,
        title=action.title,
        source_kind=action.source_kind,
        source_label=source_label(action.source_kind),
        source_id=action.source_id,
        source_sub_id=action.source_sub_id,
        link_text=action.link_text,
        owner_id=action.owner_staff_id,
        owner=owner,
        due_date=action.due_date,
        priority=action.priority,
        priority_label=priority_label(action.priority),
        status=action.status,
        status_label=status_label(action.status),
        overdue=bool(overdue),
        done_on=action.done_on,
        verified_on=action.verified_on,
        verifier=verifier or "",
        created_on=action.created_on,
        record_version=action.version,
    )


def list_actions(session: Session, query: ListQuery) -> list[ActionRow]:
    if query.sort_key is None:
        stmt = _base(query).order_by(
            overdue_clause(query.filters.get("today") or clock.today()).desc(),
            CorrectiveAction.due_date,
            CorrectiveAction.id,
        )
        stmt = stmt.offset(query.offset)
        stmt = stmt.limit(query.limit) if query.limit is not None else stmt
    else:
        stmt = apply_paging(_base(query), query, SORTABLE, CorrectiveAction.id)
    return [_row(*r) for r in session.execute(stmt)]


def count_actions(session: Session, query: ListQuery) -> int:
    return count_rows(session, _base(query))


def load_action(session: Session, action_id: int, today: date | None = None) -> ActionDetail:
    found = session.execute(
        _base(ListQuery(filters={"today": today})).where(CorrectiveAction.id == action_id)
    ).first()
    if found is None:
        raise NotFound(translate("Actions", "This corrective action no longer exists."))
    action = found[0]
    return ActionDetail(
        row=_row(*found),
        description=action.description,
        evidence=action.evidence,
        started_on=action.started_on,
        verifier_staff_id=action.verifier_staff_id,
        verified_by=action.verified_by,
        created_by=action.created_by,
        version=action.version,
    )


def actions_for_source(session: Session, kind: SourceKind, source_id: int) -> list[ActionRow]:
    query = ListQuery(limit=None, filters={"source_kind": kind, "source_id": source_id})
    return list_actions(session, query)
