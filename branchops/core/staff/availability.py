"""Unavailability (days a person cannot work) and preferences (prefers / avoids a day or shift)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from branchops.core.branch.labels import weekday_name
from branchops.core.errors import NotFound, Problems
from branchops.core.staff import roster_types as rt
from branchops.core.staff.models import ShiftPreference, ShiftType, Staff, Unavailability
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate


@dataclass
class UnavailabilityInput:
    staff_id: int
    first_day: date
    last_day: date | None = None
    weekday: int | None = None  # only this weekday of the range
    note: str = ""


@dataclass
class PreferenceInput:
    staff_id: int
    weekday: int | None = None
    shift_type_id: int | None = None
    prefers: bool = True


@dataclass(frozen=True)
class AvailabilityRow:
    id: int
    staff_id: int
    name: str
    kind: str  # "unavailable" / "prefers" / "avoids"
    description: str


def _person_problem(session: Session, problems: Problems, staff_id: int) -> None:
    problems.require(
        session.get(Staff, staff_id) is not None,
        "staff_id",
        translate("Leave", "Choose a person."),
    )


def save_unavailability(
    uow: UnitOfWork, user: CurrentUser, data: UnavailabilityInput, row_id: int | None = None
) -> int:
    require(user, Permission.WRITE)
    session = uow.session
    problems = Problems()
    _person_problem(session, problems, data.staff_id)
    if data.last_day is None:
        problems.require(
            data.weekday is not None,
            "last_day",
            translate("Leave", "Give a last day, or choose a weekday that repeats."),
        )
    else:
        problems.require(
            data.last_day >= data.first_day,
            "last_day",
            translate("Leave", "The last day cannot be before the first day."),
        )
    problems.require(
        data.weekday is None or 0 <= data.weekday <= 6,
        "weekday",
        translate("Leave", "Choose a weekday from Monday to Sunday."),
    )
    problems.raise_if_any()
    row = _get(session, Unavailability, row_id) if row_id else Unavailability()
    row.staff_id, row.first_day, row.last_day = data.staff_id, data.first_day, data.last_day
    row.weekday, row.note = data.weekday, data.note.strip()
    session.add(row)
    session.flush()
    uow.commit()
    return row.id


def save_preference(
    uow: UnitOfWork, user: CurrentUser, data: PreferenceInput, row_id: int | None = None
) -> int:
    require(user, Permission.WRITE)
    session = uow.session
    problems = Problems()
    _person_problem(session, problems, data.staff_id)
    problems.require(
        data.weekday is not None or data.shift_type_id is not None,
        "weekday",
        translate("Leave", "Choose a weekday, a shift, or both."),
    )
    problems.require(
        data.shift_type_id is None or session.get(ShiftType, data.shift_type_id) is not None,
        "shift_type_id",
        translate("Leave", "Choose a shift type."),
    )
    problems.raise_if_any()
    row = _get(session, ShiftPreference, row_id) if row_id else ShiftPreference()
    row.staff_id, row.weekday = data.staff_id, data.weekday
    row.shift_type_id, row.prefers = data.shift_type_id, data.prefers
    session.add(row)
    session.flush()
    uow.commit()
    return row.id


def delete_availability(uow: UnitOfWork, user: CurrentUser, kind: str, row_id: int) -> None:
    require(user, Permission.WRITE)
    model = Unavailability if kind == "unavailable" else ShiftPreference
    session = uow.session
    session.delete(_get(session, model, row_id))
    uow.commit()


def _get(session: Session, model: type, row_id: int):
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(translate("Leave", "That record no longer exists; reload the list."))
    return row


def list_availability(session: Session, staff_id: int | None = None) -> list[AvailabilityRow]:
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    shifts = dict(session.execute(select(ShiftType.id, ShiftType.name)).all())
    rows: list[AvailabilityRow] = []
    stmt = select(Unavailability).order_by(Unavailability.first_day)
    if staff_id is not None:
        stmt = stmt.where(Unavailability.staff_id == staff_id)
    for u in session.scalars(stmt):
        until = u.last_day.isoformat() if u.last_day else "…"
        text = f"{u.first_day.isoformat()} – {until}"
        if u.weekday is not None:
            text = translate("Leave", "every {weekday}, {range}").format(
                weekday=weekday_name(u.weekday), range=text
            )
        if u.note:
            text += f" ({u.note})"
        rows.append(
            AvailabilityRow(u.id, u.staff_id, names.get(u.staff_id, ""), "unavailable", text)
        )
    preferences = select(ShiftPreference).order_by(ShiftPreference.id)
    if staff_id is not None:
        preferences = preferences.where(ShiftPreference.staff_id == staff_id)
    for p in session.scalars(preferences):
        parts = []
        if p.weekday is not None:
            parts.append(weekday_name(p.weekday))
        if p.shift_type_id is not None:
            parts.append(shifts.get(p.shift_type_id, ""))
        kind = "prefers" if p.prefers else "avoids"
        rows.append(
            AvailabilityRow(p.id, p.staff_id, names.get(p.staff_id, ""), kind, " ".join(parts))
        )
    return rows


def unavailable_days(session: Session, first: date, last: date) -> list[rt.Unavailable]:
    stmt = select(Unavailability).where(
        Unavailability.first_day <= last,
        or_(Unavailability.last_day.is_(None), Unavailability.last_day >= first),
    )
    result = []
    for row in session.scalars(stmt):
        day = max(row.first_day, first)
        end = min(row.last_day or last, last)
        while day <= end:
            if row.weekday is None or day.weekday() == row.weekday:
                result.append(rt.Unavailable(row.staff_id, day))
            day += timedelta(days=1)
    return result


def preferences(session: Session, people: set[int]) -> list[rt.Preference]:
    codes = dict(session.execute(select(ShiftType.id, ShiftType.code)).all())
    return [
        rt.Preference(
            p.staff_id,
            p.weekday,
            codes.get(p.shift_type_id) if p.shift_type_id is not None else None,
            p.prefers,
        )
        for p in session.scalars(select(ShiftPreference))
        if p.staff_id in people
    ]
