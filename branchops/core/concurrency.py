"""Refuse a save over a newer version: the one check every service that updates a record makes.

A dialog opens a record at some ``version`` (``db/versioned.py``); the service loads the record
locked for the rest of the unit of work (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's
``BEGIN IMMEDIATE`` already serialises writers) and refuses with ``ConflictError`` when the
version moved on, naming who changed it and when from the audit log.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.errors import ConflictError
from branchops.db.audit import AuditEntry
from branchops.db.base import Base
from branchops.i18n import translate

T = TypeVar("T", bound=Base)


def locked_get(session: Session, model: type[T], ident: Any) -> T | None:
    """The row, locked until the unit of work ends, so its version cannot move meanwhile."""
    return session.get(model, ident, with_for_update={"of": model.__table__})


def conflict(session: Session, row: Any) -> ConflictError:
    """The error for a save over ``row`` changed by someone else, naming who and when."""
    entity_id = ",".join(str(part) for part in session.identity_key(instance=row)[1])
    last = session.execute(
        select(AuditEntry.username, AuditEntry.at)
        .where(AuditEntry.entity == type(row).__name__, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    user, at = (last.username, _local_time(last.at)) if last else ("?", "?")
    return ConflictError(
        translate(
            "Concurrency", "This record was changed by {user} at {time}; reopen it and save again."
        ).format(user=user, time=at)
    )


def stale_record() -> ConflictError:
    """The error when a concurrent save won the race (SQLAlchemy's ``StaleDataError``)."""
    return ConflictError(
        translate(
            "Concurrency",
            "This record was changed by someone else meanwhile; reopen it and save again.",
        )
    )


def expect_version(session: Session, row: Any, version: int | None) -> None:
    """Refuse when the user opened ``row`` at ``version`` and it has changed since."""
    if version is not None and row.version != version:
        raise conflict(session, row)


def _local_time(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at
