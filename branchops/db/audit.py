"""The audit log: every create, update and delete, recorded by one session hook.

``attach`` puts the hook on a session factory; ``db/engine.py`` attaches it to every factory it
makes, so every write through a ``Database`` is recorded whoever imported what. Events that change
no row (a refused sign-in, a lock-out, a restore) are written with ``record_event``.

Rows are hash-chained: each stores the previous row's hash and its own hash over its content, so
an edited row or a row deleted from the middle breaks the chain and ``verify_chain`` names it.
Deleting the newest rows leaves a shorter chain that is still sound: ``db/chain_head.py`` keeps the
chain's head outside the log to catch that.
Models may set ``__audit_exclude__`` to columns whose values must never be written (passwords).
"""

from __future__ import annotations

import hashlib
import json
import weakref
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, Text, event, insert, inspect, select
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from branchops import clock
from branchops.db.base import Base
from branchops.db.uow import ACTOR_KEY, AUDIT_ENABLED_KEY

GENESIS_HASH = "0" * 64
HIDDEN_VALUE = "***"
# What ``action`` holds (at most 8 characters): the hook writes the first three.
CREATE, UPDATE, DELETE = "create", "update", "delete"
SIGN_IN_REFUSED, LOCKED_OUT, RESTORED = "refused", "lockout", "restore"


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[str] = mapped_column(String(32), index=True)  # UTC ISO-8601, part of the hash
    username: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(8))  # create / update / delete
    entity: Mapped[str] = mapped_column(String(64), index=True)
    entity_id: Mapped[str] = mapped_column(String(64))
    changes: Mapped[str] = mapped_column(Text)  # JSON {field: [old, new]}
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    kind: str  # "edited" / "missing" / "broken_link"


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if hasattr(value, "value"):  # enums
        return _plain(value.value)
    return str(value)


def row_hash(prev_hash: str, row: dict[str, Any]) -> str:
    content = json.dumps(
        [
            prev_hash,
            row["seq"],
            row["at"],
            row["username"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["changes"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _changes(obj: Any, action: str) -> dict[str, list[Any]]:
    state = inspect(obj)
    excluded = set(getattr(obj, "__audit_exclude__", ()))
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        hist = state.attrs[key].history
        if action == "create":
            new = hist.added[0] if hist.added else getattr(obj, key, None)
            if new is None:
                continue
            old = None
        elif action == "delete":
            old, new = state.dict.get(key), None
            if old is None:
                continue
        else:
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
        if key in excluded:
            changes[key] = [HIDDEN_VALUE if old is not None else None, HIDDEN_VALUE]
        else:
            changes[key] = [_plain(old), _plain(new)]
    return changes


def _identity(obj: Any) -> str:
    state = inspect(obj)
    # A new row gets its identity key only after the flush ends; its primary key is set already.
    ident = state.identity or state.mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in ident) if ident else ""


_ATTACHED: weakref.WeakSet[sessionmaker[Session]] = weakref.WeakSet()


def attach(factory: sessionmaker[Session]) -> None:
    """Record every create, update and delete flushed by sessions of ``factory``."""
    # Not ``event.contains``: SQLAlchemy keys listeners by ``id()`` of the factory's session
    # class and keeps the key after the class is freed, so a new factory whose class reuses
    # that id looked attached already and its writes went unaudited.
    if factory not in _ATTACHED:
        event.listen(factory, "after_flush", _record_changes)
        _ATTACHED.add(factory)


def _record_changes(session: Session, _context: Any) -> None:
    if not session.info.get(AUDIT_ENABLED_KEY, True):
        return
    pending: list[tuple[str, Any]] = []
    pending += [("create", obj) for obj in session.new]
    pending += [("update", obj) for obj in session.dirty if session.is_modified(obj)]
    pending += [("delete", obj) for obj in session.deleted]
    pending = [(a, o) for a, o in pending if not isinstance(o, AuditEntry)]
    if not pending:
        return
    entries = []
    for action, obj in pending:
        changes = _changes(obj, action)
        if action == "update" and not changes:
            continue
        entries.append((action, obj.__class__.__name__, _identity(obj), changes))
    if entries:
        append_entries(session, session.info.get(ACTOR_KEY, "system"), entries)


def append_entries(
    session: Session, username: str, entries: list[tuple[str, str, str, dict[str, Any]]]
) -> None:
    """Append audit rows on the session's connection, continuing the hash chain."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        # One writer at a time extends the chain when several PCs share the server.
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(727274)")
    last = connection.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last.seq, last.hash) if last else (0, GENESIS_HASH)
    at = clock.now_utc().isoformat(timespec="seconds")
    rows = []
    for action, entity, entity_id, changes in entries:
        seq += 1
        row: dict[str, Any] = {
            "seq": seq,
            "at": at,
            "username": username,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
        }
        row["prev_hash"] = prev
        row["hash"] = prev = row_hash(prev, row)
        rows.append(row)
    connection.execute(insert(AuditEntry), rows)


def record_event(
    session: Session, username: str, action: str, entity: str, entity_id: str, details: dict
) -> None:
    """One audit row for an event that changes no record (e.g. a refused sign-in)."""
    changes = {key: [None, _plain(value)] for key, value in details.items()}
    append_entries(session, username[:64], [(action, entity, entity_id[:64], changes)])


def verify_chain(session: Session) -> list[ChainProblem]:
    problems: list[ChainProblem] = []
    prev_hash, prev_seq = GENESIS_HASH, 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for entry in rows:
        row = {c: getattr(entry, c) for c in ("seq", "at", "username", "action", "entity")}
        row |= {"entity_id": entry.entity_id, "changes": entry.changes}
        if entry.seq != prev_seq + 1:
            problems.append(ChainProblem(prev_seq + 1, "missing"))
        elif entry.prev_hash != prev_hash:
            problems.append(ChainProblem(entry.seq, "broken_link"))
        if row_hash(entry.prev_hash, row) != entry.hash:
            problems.append(ChainProblem(entry.seq, "edited"))
        prev_hash, prev_seq = entry.hash, entry.seq
    return problems
