"""The audit log for the UI: filtered, sorted and paged in SQL, rows decoded into plain data.

Writing happens in ``db/audit.py`` (one session hook for every create, update and delete); this
module only reads. Times are stored in UTC and shown in local time; a date range is in local days.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, UnaryExpression, func, or_, select
from sqlalchemy.orm import Session

from branchops.core.audit.labels import entity_label
from branchops.core.listing import LIKE_ESCAPE, contains_pattern
from branchops.db.audit import AuditEntry
from branchops.i18n import QT_TRANSLATE_NOOP, translate

MAX_PAGE = 1000

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("Audit", "Created"),
    "update": QT_TRANSLATE_NOOP("Audit", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "Deleted"),
    "refused": QT_TRANSLATE_NOOP("Audit", "Sign-in refused"),
    "lockout": QT_TRANSLATE_NOOP("Audit", "Locked out"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Restored"),
}


def action_label(action: str) -> str:
    return translate("Audit", ACTION_LABELS[action]) if action in ACTION_LABELS else action


def _show(value: Any) -> str:
    if value is None:
        return translate("Audit", "(empty)")
    if isinstance(value, bool):
        return translate("Audit", "yes") if value else translate("Audit", "no")
    return str(value)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any

    def describe(self) -> str:
        return translate("Audit", "{field}: {old} → {new}").format(
            field=self.field, old=_show(self.old), new=_show(self.new)
        )


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime  # local time, timezone-aware
    username: str
    action: str
    entity: str
    entity_id: str
    changes: tuple[FieldChange, ...]

    @property
    def action_label(self) -> str:
        return action_label(self.action)

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity)

    @property
    def summary(self) -> str:
        return "; ".join(change.describe() for change in self.changes)


class SortKey(enum.StrEnum):
    SEQ = "seq"
    AT = "at"
    USERNAME = "username"
    ACTION = "action"
    ENTITY = "entity"
    ENTITY_ID = "entity_id"


_SORT_COLUMNS = {
    SortKey.SEQ: AuditEntry.seq,
    SortKey.AT: AuditEntry.at,
    SortKey.USERNAME: AuditEntry.username,
    SortKey.ACTION: AuditEntry.action,
    SortKey.ENTITY: AuditEntry.entity,
    SortKey.ENTITY_ID: AuditEntry.entity_id,
}


@dataclass(frozen=True)
class AuditFilter:
    """Every field is optional; set fields narrow the list together."""

    username: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    action: str | None = None
    date_from: date | None = None  # first local day shown
    date_to: date | None = None  # last local day shown (inclusive)
    text: str = ""  # anywhere in user, record, id or changed values


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int  # rows matching the filter, over all pages
    offset: int
    limit: int


@dataclass(frozen=True)
class AuditChoices:
    """What the filter drop-downs offer."""

    usernames: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)


def _utc_bound(day: date) -> str:
    """Local midnight at the start of ``day`` in the stored form (UTC ISO-8601, seconds)."""
    return datetime.combine(day, time.min).astimezone(UTC).isoformat(timespec="seconds")


def _filtered(query: Select, filters: AuditFilter) -> Select:
    if filters.username:
        query = query.where(AuditEntry.username == filters.username)
    if filters.entity:
        query = query.where(AuditEntry.entity == filters.entity)
    if filters.entity_id:
        query = query.where(AuditEntry.entity_id == filters.entity_id)
    if filters.action:
        query = query.where(AuditEntry.action == filters.action)
    if filters.date_from:
        query = query.where(AuditEntry.at >= _utc_bound(filters.date_from))
    if filters.date_to:
        query = query.where(AuditEntry.at < _utc_bound(filters.date_to + timedelta(days=1)))
    text = filters.text.strip()
    if text:
        pattern = contains_pattern(text)
        query = query.where(
            or_(
                *(
                    column.ilike(pattern, escape=LIKE_ESCAPE)
                    for column in (
                        AuditEntry.username,
                        AuditEntry.entity,
                        AuditEntry.entity_id,
                        AuditEntry.changes,
                    )
                )
            )
        )
    return query


def decode_changes(raw: str) -> tuple[FieldChange, ...]:
    """``{field: [old, new]}`` as stored; anything else is shown as it is."""
    try:
        data = json.loads(raw)
    except ValueError:
        return (FieldChange("", None, raw),)
    if not isinstance(data, dict):
        return (FieldChange("", None, raw),)
    changes = []
    for name, pair in data.items():
        if isinstance(pair, list) and len(pair) == 2:
            changes.append(FieldChange(name, pair[0], pair[1]))
        else:
            changes.append(FieldChange(name, None, pair))
    return tuple(changes)


def _local_time(stored: str) -> datetime:
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()


def _to_row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        seq=entry.seq,
        at=_local_time(entry.at),
        username=entry.username,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        changes=decode_changes(entry.changes),
    )


def list_audit(
    session: Session,
    filters: AuditFilter | None = None,
    *,
    offset: int = 0,
    limit: int = 100,
    sort: SortKey = SortKey.SEQ,
    descending: bool = True,
) -> AuditPage:
    """One page of the audit log, newest first unless told otherwise, with the total count."""
    filters = filters or AuditFilter()
    offset = max(offset, 0)
    limit = min(max(limit, 1), MAX_PAGE)
    total = session.scalar(_filtered(select(func.count(AuditEntry.id)), filters)) or 0
    column = _SORT_COLUMNS[SortKey(sort)]
    order: list[UnaryExpression[Any]] = [column.desc() if descending else column.asc()]
    if column is not AuditEntry.seq:
        order.append(AuditEntry.seq.desc() if descending else AuditEntry.seq.asc())
    query = _filtered(select(AuditEntry), filters).order_by(*order).offset(offset).limit(limit)
    rows = [_to_row(entry) for entry in session.scalars(query)]
    return AuditPage(rows=rows, total=total, offset=offset, limit=limit)


def audit_choices(session: Session) -> AuditChoices:
    users = session.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username))
    entities = session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))
    return AuditChoices(usernames=list(users), entities=list(entities))
