"""What the audit page reads: pages of the log, the filter choices and the chain check.

Apart from the page so that the page imports no SQLAlchemy: it paints before the database opens
and calls these once it is open (the list's pages from the background).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from branchops.core.audit.service import (
    ACTION_LABELS,
    AuditFilter,
    SortKey,
    audit_choices,
    list_audit,
)
from branchops.core.listing import ListQuery
from branchops.db.integrity import check_database

if TYPE_CHECKING:
    from branchops.db.lifecycle import Database

SORT_KEYS = {
    "seq": SortKey.SEQ,
    "at": SortKey.AT,
    "username": SortKey.USERNAME,
    "action_label": SortKey.ACTION,
    "entity_label": SortKey.ENTITY,
    "entity_id": SortKey.ENTITY_ID,
}


@dataclass(frozen=True)
class Choices:
    """What the filter drop-downs offer: (value, untranslated label) of each action."""

    usernames: list[str]
    entities: list[str]
    actions: list[tuple[str, str]]


def choices(db: Database) -> Choices:
    with db.session() as session:
        found = audit_choices(session)
    return Choices(found.usernames, found.entities, list(ACTION_LABELS.items()))


def _filters(query: ListQuery) -> AuditFilter:
    """``query.filters["audit"]``: the drop-downs' and dates' values, by AuditFilter field."""
    wanted: dict[str, Any] = query.filters.get("audit") or {}
    return AuditFilter(**wanted, text=query.search)


def fetch(db: Database, query: ListQuery) -> list:
    with db.session() as session:
        page = list_audit(
            session,
            _filters(query),
            offset=query.offset,
            limit=query.limit or 1000,
            sort=SORT_KEYS.get(query.sort_key or "seq", SortKey.SEQ),
            descending=query.descending,
        )
    return page.rows


def count(db: Database, query: ListQuery) -> int:
    with db.session() as session:
        return list_audit(session, _filters(query), limit=1).total


def check_against_recorded_heads(db: Database, backups: Path) -> list[str]:
    """The whole check, with the chain heads the backups' manifests recorded."""
    from branchops.core.branch.queries import load_profile
    from branchops.db.chain_head import records_in

    with db.session() as session:
        profile = load_profile(session)
    key = profile.hq_key if profile is not None else ""
    return check_database(db, records_in(backups, key), key)
