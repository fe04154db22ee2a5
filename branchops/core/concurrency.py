"""Refuse a save over a newer version: one check for every record a user edits.

A dialog (or grid) opens a record at some ``version`` (``db/versioned.py``) and says so with
``expect(session, Model, id, version)`` on the unit of work that saves it (``run_write`` does
this for a ``FormDialog``'s ``opened`` records). Before the first flush that writes anything,
one ``before_flush`` hook locks each expected row (``SELECT … FOR UPDATE`` on PostgreSQL;
SQLite's ``BEGIN IMMEDIATE`` already serialises writers) and refuses with ``ConflictError`` when
its version moved on, naming who changed it and when from the audit log. A record whose own row
the save does not change (only its lines, say) has its version moved on too, so the next
stale save of it is refused as well. Services carry no code of their own for this.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import and_, event, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from branchops.core.errors import ConflictError
from branchops.db.audit import AuditEntry
from branchops.db.versioned import Versioned
from branchops.i18n import translate

OPENED_KEY = "opened_versions"
ABSENT = 0  # the version of a record the user saw as not there yet (a setting at its default)

Opened = Mapping[tuple[type[Versioned], Any], int]


def expect(session: Session, model: type[Versioned], ident: Any, version: int | None) -> None:
    """The user opened ``model`` ``ident`` at ``version``: refuse this unit of work's save if
    the record changed since (None: nothing to check, e.g. a new record)."""
    if version is not None and ident is not None:
        session.info.setdefault(OPENED_KEY, {})[(model, ident)] = version


def expect_all(session: Session, opened: Opened) -> None:
    for (model, ident), version in opened.items():
        expect(session, model, ident, version)


def row_opened(model: type[Versioned], row: Any) -> dict[tuple[type[Versioned], Any], int]:
    """A list row acted on (close, approve, delete…) at the version the list read it
    (``row.record_version``): the action is refused like a form's save when the record changed
    since the list showed it."""
    version = getattr(row, "record_version", None)
    return {} if version is None else {(model, row.id): version}


def version_of(session: Session, model: type[Versioned], ident: Any) -> int | None:
    """The record's version now (read it before the record's data, so a change in between
    makes the later save refused rather than lost)."""
    return session.scalar(select(model.version).where(_key_is(model, ident)))


def settings_opened(session: Session, *prefixes: str) -> dict[tuple[type, Any], int]:
    """The versions of the branch-wide settings under ``prefixes`` (e.g. ``"risk."``) that a form
    shows, ``ABSENT`` for one still at its default: read before the form reads the values."""
    from branchops.core import settings
    from branchops.core.branch.models import Setting

    return versions_opened(session, Setting, settings.keys_under(*prefixes))


def versions_opened(
    session: Session, model: type[Versioned], idents: Iterable[Any]
) -> dict[tuple[type, Any], int]:
    """The versions of the rows of ``model`` a form or grid shows, ``ABSENT`` for one not stored
    yet (a default it shows): read before the form reads the values."""
    idents = list(idents)
    columns = model.__mapper__.primary_key  # type: ignore[attr-defined]
    if len(columns) == 1:
        stored = dict(
            session.execute(select(columns[0], model.version).where(columns[0].in_(idents))).all()
        )
    else:
        stored = {ident: version_of(session, model, ident) for ident in idents}
    return {(model, ident): stored.get(ident) or ABSENT for ident in idents}


def locked_get(session: Session, model: type[Any], ident: Any) -> Any:
    """The row, locked until the unit of work ends, so its version cannot move meanwhile."""
    return session.get(model, ident, with_for_update={"of": model.__table__})


def conflict(session: Session, model: type[Any], ident: Any) -> ConflictError:
    """The error for a save over a record changed by someone else, naming who and when."""
    last = session.execute(
        select(AuditEntry.username, AuditEntry.at)
        .where(AuditEntry.entity == model.__name__, AuditEntry.entity_id == _audit_id(ident))
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


@event.listens_for(Session, "before_flush")
def _check_opened(session: Session, _context: object, _instances: object) -> None:
    pending: dict[tuple[type[Versioned], Any], int] | None = session.info.get(OPENED_KEY)
    if not pending or not (session.new or session.dirty or session.deleted):
        return
    for (model, ident), version in list(pending.items()):
        del pending[(model, ident)]
        table = sa_inspect(model).local_table  # the mixin has a table once it is mapped
        current: int | None = session.scalar(
            select(model.version).where(_key_is(model, ident)).with_for_update(of=table)
        )
        if current is None:
            if version == ABSENT:
                continue  # still not there (a concurrent first save fails on its key)
            raise conflict(session, model, ident)  # deleted meanwhile: the audit says by whom
        if current != version:
            raise conflict(session, model, ident)
        row = session.get(model, ident)
        if row is None or row.version != current:
            raise conflict(session, model, ident)
        untouched = row not in session.dirty and row not in session.deleted
        if untouched and model.touch_when_lines_change:
            row.version = current + 1  # its lines changed: the record did


def _key_is(model: type[Any], ident: Any) -> Any:
    """The WHERE clause for one row by its key: a value, or a tuple for a key of several
    columns (``(staff_id, year)``, as ``session.get`` takes it)."""
    columns = model.__mapper__.primary_key
    values = ident if isinstance(ident, tuple) else (ident,)
    return and_(*(column == value for column, value in zip(columns, values, strict=True)))


def _audit_id(ident: Any) -> str:
    """The record's id as the audit log writes it (``db/audit.py``: a key's parts by commas)."""
    return ",".join(map(str, ident)) if isinstance(ident, tuple) else str(ident)


def _local_time(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at
