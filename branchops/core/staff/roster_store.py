"""Reading and writing roster cells; no permissions or rules here (see ``roster.py``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.errors import ValidationError
from branchops.core.staff import roster_types as rt
from branchops.core.staff.models import (
    RosterAssignment,
    RosterPublication,
    ShiftType,
)
from branchops.i18n import translate


@dataclass(frozen=True)
class CellEdit:
    """Put ``shift_code`` in a cell; None or "" makes the person off that day."""

    staff_id: int
    day: date
    shift_code: str | None


def shift_ids(session: Session) -> dict[str, int]:
    return dict(session.execute(select(ShiftType.code, ShiftType.id)).all())


def assignments_between(session: Session, first: date, last: date) -> list[rt.Assignment]:
    stmt = (
        select(RosterAssignment.staff_id, RosterAssignment.day, ShiftType.code)
        .join(ShiftType, ShiftType.id == RosterAssignment.shift_type_id)
        .where(RosterAssignment.day >= first, RosterAssignment.day <= last)
    )
    return [rt.Assignment(pid, day, code) for pid, day, code in session.execute(stmt)]


def cells_between(session: Session, first: date, last: date) -> dict[tuple[int, date], str]:
    return {(a.person_id, a.day): a.shift_code for a in assignments_between(session, first, last)}


def publications_between(session: Session, first: date, last: date) -> list[RosterPublication]:
    return list(
        session.scalars(
            select(RosterPublication)
            .where(RosterPublication.first_day <= last, RosterPublication.last_day >= first)
            .order_by(RosterPublication.published_at)
        )
    )


def published_days(session: Session, first: date, last: date) -> set[date]:
    days: set[date] = set()
    for pub in publications_between(session, first, last):
        day = max(pub.first_day, first)
        while day <= min(pub.last_day, last):
            days.add(day)
            day += timedelta(days=1)
    return days


def apply_edits(session: Session, edits: Iterable[CellEdit]) -> dict[tuple[int, date], str]:
    """Write the cells; returns the old code ("" for off) of every changed cell."""
    edits = list(edits)
    if not edits:
        return {}
    ids = shift_ids(session)
    unknown = sorted({e.shift_code for e in edits if e.shift_code and e.shift_code not in ids})
    if unknown:
        raise ValidationError.single(
            "shift_code",
            translate("Roster", "There is no shift type with the code {code}.").format(
                code=", ".join(unknown)
            ),
        )
    first, last = min(e.day for e in edits), max(e.day for e in edits)
    rows = {
        (r.staff_id, r.day): r
        for r in session.scalars(
            select(RosterAssignment).where(
                RosterAssignment.day >= first,
                RosterAssignment.day <= last,
                RosterAssignment.staff_id.in_({e.staff_id for e in edits}),
            )
        )
    }
    codes = {v: k for k, v in ids.items()}
    old: dict[tuple[int, date], str] = {}
    for edit in edits:
        key = (edit.staff_id, edit.day)
        row = rows.get(key)
        before = codes[row.shift_type_id] if row is not None else ""
        after = edit.shift_code or ""
        if before == after:
            continue
        old.setdefault(key, before)
        if row is not None and not after:
            session.delete(row)
            rows.pop(key)
        elif row is not None:
            row.shift_type_id = ids[after]
        else:
            row = RosterAssignment(staff_id=edit.staff_id, day=edit.day, shift_type_id=ids[after])
            session.add(row)
            rows[key] = row
    session.flush()
    return old
