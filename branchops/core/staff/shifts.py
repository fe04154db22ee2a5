"""Shift types: code, name, start and end (an overnight shift ends the next day), break, colour."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops.core.errors import NotFound, Problems
from branchops.core.staff import roster_types as rt
from branchops.core.staff.models import ShiftType
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

CODE_RE = re.compile(r"^[A-Za-z0-9]{1,8}$")
COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass
class ShiftInput:
    code: str = ""
    name: str = ""
    start: time = time(9, 0)
    end: time = time(17, 0)
    overnight: bool = False
    break_minutes: int = 60
    colour: str = "#9ecae1"
    active: bool = True


@dataclass(frozen=True)
class ShiftRow:
    id: int
    code: str
    name: str
    start: time
    end: time
    overnight: bool
    break_minutes: int
    colour: str
    active: bool
    paid_hours: float

    @property
    def times(self) -> str:
        suffix = translate("Shifts", " (+1 day)") if self.overnight else ""
        return f"{self.start:%H:%M}–{self.end:%H:%M}{suffix}"


def duration_minutes(start: time, end: time) -> int:
    first, last = start.hour * 60 + start.minute, end.hour * 60 + end.minute
    return last - first if last > first else last - first + 24 * 60


def paid_minutes(start: time, end: time, break_minutes: int) -> int:
    return duration_minutes(start, end) - break_minutes


def _row(shift: ShiftType) -> ShiftRow:
    return ShiftRow(
        shift.id,
        shift.code,
        shift.name,
        shift.start,
        shift.end,
        shift.overnight,
        shift.break_minutes,
        shift.colour,
        shift.active,
        paid_minutes(shift.start, shift.end, shift.break_minutes) / 60,
    )


def list_shifts(session: Session, *, active_only: bool = False) -> list[ShiftRow]:
    stmt = select(ShiftType).order_by(ShiftType.sort_order, ShiftType.code)
    if active_only:
        stmt = stmt.where(ShiftType.active.is_(True))
    return [_row(s) for s in session.scalars(stmt)]


def validate_shift(session: Session, data: ShiftInput, shift_id: int | None) -> None:
    problems = Problems()
    code = data.code.strip().upper()
    if not CODE_RE.match(code):
        problems.add(
            "code", translate("Shifts", "Code: 1–8 letters or digits, typed in the grid (e.g. E).")
        )
    else:
        clash = session.scalar(select(ShiftType.id).where(ShiftType.code == code))
        problems.require(
            clash is None or clash == shift_id,
            "code",
            translate("Shifts", "Another shift type already has the code {code}.").format(
                code=code
            ),
        )
    problems.require(bool(data.name.strip()), "name", translate("Shifts", "Name is required."))
    if data.start == data.end:
        problems.add("end", translate("Shifts", "The shift must end at a different time."))
    elif not data.overnight and data.end < data.start:
        problems.add(
            "end",
            translate(
                "Shifts",
                "The end ({end:%H:%M}) is before the start ({start:%H:%M}); tick "
                "'ends the next day' for an overnight shift.",
            ).format(end=data.end, start=data.start),
        )
    elif data.overnight and data.end > data.start:
        problems.add(
            "end",
            translate(
                "Shifts", "An overnight shift must end the next day, earlier than it starts."
            ),
        )
    elif not 0 <= data.break_minutes < duration_minutes(data.start, data.end):
        problems.add(
            "break_minutes",
            translate("Shifts", "The unpaid break must be 0 or more and shorter than the shift."),
        )
    problems.require(
        bool(COLOUR_RE.match(data.colour)),
        "colour",
        translate("Shifts", "Colour must look like #RRGGBB."),
    )
    problems.raise_if_any()


def save_shift(
    uow: UnitOfWork, user: CurrentUser, data: ShiftInput, shift_id: int | None = None
) -> int:
    require(user, Permission.APPROVE)
    session = uow.session
    validate_shift(session, data, shift_id)
    if shift_id is None:
        last = session.scalar(select(func.max(ShiftType.sort_order))) or 0
        row = ShiftType(sort_order=last + 1)
        session.add(row)
    else:
        row = get_shift(session, shift_id)
    row.code = data.code.strip().upper()
    row.name = data.name.strip()
    row.start, row.end, row.overnight = data.start, data.end, data.overnight
    row.break_minutes = data.break_minutes
    row.colour = data.colour.lower()
    row.active = data.active
    session.flush()
    uow.commit()
    return row.id


def get_shift(session: Session, shift_id: int) -> ShiftType:
    row = session.get(ShiftType, shift_id)
    if row is None:
        raise NotFound(translate("Shifts", "That shift type no longer exists; reload the list."))
    return row


def load_input(session: Session, shift_id: int) -> ShiftInput:
    row = get_shift(session, shift_id)
    return ShiftInput(
        row.code,
        row.name,
        row.start,
        row.end,
        row.overnight,
        row.break_minutes,
        row.colour,
        row.active,
    )


def engine_shift(row: ShiftType | ShiftRow) -> rt.ShiftType:
    return rt.ShiftType(row.code, row.name, row.start, row.end, row.break_minutes)
