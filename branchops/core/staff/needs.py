"""Staffing needs per weekday and shift, special days that replace them, and the needs of a day.

A day's needs: a special day covering it wins (with no needs it is a closed day); otherwise a
day the branch calendar closes (rest day, public holiday) has none; otherwise the weekday's needs
(a make-up working day on a normally closed weekday uses the first open weekday's needs). Needs
of a deactivated shift type are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.branch.queries import branch_calendar
from branchops.core.calendar import BranchCalendar
from branchops.core.errors import NotFound, Problems
from branchops.core.staff import roster_types as rt
from branchops.core.staff.models import NeedSkill, ShiftType, Skill, SpecialDay, StaffingNeed
from branchops.core.staff.queries import active_count
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate


@dataclass
class NeedInput:
    shift_type_id: int
    min_headcount: int = 1
    max_headcount: int | None = None
    skills: dict[int, int] = field(default_factory=dict)  # skill id -> at least this many


@dataclass(frozen=True)
class NeedRow:
    id: int
    weekday: int | None
    shift_type_id: int
    shift_code: str
    shift_name: str
    min_headcount: int
    max_headcount: int | None
    skills: dict[int, int]
    skills_text: str


@dataclass
class SpecialDayInput:
    name: str = ""
    first_day: date = field(default_factory=date.today)
    last_day: date = field(default_factory=date.today)
    needs: list[NeedInput] = field(default_factory=list)


@dataclass(frozen=True)
class SpecialDayRow:
    id: int
    name: str
    first_day: date
    last_day: date
    closed: bool
    needs: list[NeedRow]
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


def _validate_needs(session: Session, needs: list[NeedInput], prefix: str) -> Problems:
    problems = Problems()
    staff = active_count(session)
    shift_ids = set(session.scalars(select(ShiftType.id)))
    skill_ids = set(session.scalars(select(Skill.id)))
    seen: set[int] = set()
    for index, need in enumerate(needs):
        where = f"{prefix}[{index}]"
        if need.shift_type_id not in shift_ids:
            problems.add(f"{where}.shift", translate("Needs", "Choose a shift type."))
        elif need.shift_type_id in seen:
            problems.add(f"{where}.shift", translate("Needs", "A shift is listed twice."))
        seen.add(need.shift_type_id)
        if need.min_headcount < 0:
            problems.add(f"{where}.min", translate("Needs", "The minimum cannot be negative."))
        elif need.min_headcount > staff:
            problems.add(
                f"{where}.min",
                translate(
                    "Needs", "The minimum of {min} is more than the {staff} active staff."
                ).format(min=need.min_headcount, staff=staff),
            )
        if need.max_headcount is not None and need.max_headcount < max(need.min_headcount, 1):
            problems.add(
                f"{where}.max",
                translate("Needs", "The maximum must be at least the minimum (and 1)."),
            )
        for skill_id, count in need.skills.items():
            if skill_id not in skill_ids:
                problems.add(f"{where}.skills", translate("Needs", "Choose skills from the list."))
            elif count < 1 or (need.max_headcount is not None and count > need.max_headcount):
                problems.add(
                    f"{where}.skills",
                    translate("Needs", "A skill count must be from 1 to the maximum headcount."),
                )
    return problems


def _store(session: Session, owner: dict, needs: Iterable[NeedInput]) -> None:
    for need in needs:
        row = StaffingNeed(
            shift_type_id=need.shift_type_id,
            min_headcount=need.min_headcount,
            max_headcount=need.max_headcount,
            **owner,
        )
        row.skills = [NeedSkill(skill_id=k, count=v) for k, v in sorted(need.skills.items())]
        session.add(row)


def save_weekday_needs(
    uow: UnitOfWork, user: CurrentUser, weekday: int, needs: list[NeedInput]
) -> None:
    """Replace the needs of one weekday (Monday = 0)."""
    require(user, Permission.APPROVE)
    session = uow.session
    problems = _validate_needs(session, needs, "needs")
    problems.require(
        0 <= weekday <= 6, "weekday", translate("Needs", "Choose a weekday from Monday to Sunday.")
    )
    problems.raise_if_any()
    old = session.scalars(
        select(StaffingNeed).where(
            StaffingNeed.weekday == weekday, StaffingNeed.special_day_id.is_(None)
        )
    )
    for row in old:
        session.delete(row)
    session.flush()
    _store(session, {"weekday": weekday}, needs)
    uow.commit()


def _validate_special(session: Session, data: SpecialDayInput) -> None:
    problems = _validate_needs(session, data.needs, "needs")
    problems.require(bool(data.name.strip()), "name", translate("Needs", "Name is required."))
    problems.require(
        data.last_day >= data.first_day,
        "last_day",
        translate("Needs", "The last day cannot be before the first day."),
    )
    problems.raise_if_any()


def save_special_day(
    uow: UnitOfWork, user: CurrentUser, data: SpecialDayInput, special_id: int | None = None
) -> int:
    require(user, Permission.APPROVE)
    session = uow.session
    _validate_special(session, data)
    row: SpecialDay | None
    if special_id is None:
        row = SpecialDay()
        session.add(row)
    else:
        row = session.get(SpecialDay, special_id)
        if row is None:
            raise NotFound(translate("Needs", "That special day no longer exists."))
        for need in session.scalars(
            select(StaffingNeed).where(StaffingNeed.special_day_id == special_id)
        ):
            session.delete(need)
    row.name, row.first_day, row.last_day = data.name.strip(), data.first_day, data.last_day
    session.flush()
    _store(session, {"special_day_id": row.id}, data.needs)
    uow.commit()
    return row.id


def delete_special_day(uow: UnitOfWork, user: CurrentUser, special_id: int) -> None:
    require(user, Permission.APPROVE)
    session = uow.session
    row = session.get(SpecialDay, special_id)
    if row is not None:
        for need in session.scalars(
            select(StaffingNeed).where(StaffingNeed.special_day_id == special_id)
        ):
            session.delete(need)
        session.delete(row)
    uow.commit()


def _need_rows(session: Session, stmt) -> list[NeedRow]:
    shifts = {s.id: s for s in session.scalars(select(ShiftType))}
    skills = {s.id: s.name for s in session.scalars(select(Skill))}
    rows = []
    for need in session.scalars(stmt):
        shift = shifts[need.shift_type_id]
        counts = {s.skill_id: s.count for s in need.skills}
        text = ", ".join(f"≥{n} {skills.get(k, '?')}" for k, n in sorted(counts.items()))
        rows.append(
            NeedRow(
                need.id,
                need.weekday,
                shift.id,
                shift.code,
                shift.name,
                need.min_headcount,
                need.max_headcount,
                counts,
                text,
            )
        )
    rows.sort(
        key=lambda r: (
            r.weekday if r.weekday is not None else -1,
            shifts[r.shift_type_id].sort_order,
        )
    )
    return rows


def weekday_needs(session: Session) -> list[NeedRow]:
    return _need_rows(session, select(StaffingNeed).where(StaffingNeed.special_day_id.is_(None)))


def list_special_days(session: Session) -> list[SpecialDayRow]:
    rows = []
    for special in session.scalars(select(SpecialDay).order_by(SpecialDay.first_day.desc())):
        needs = _need_rows(
            session, select(StaffingNeed).where(StaffingNeed.special_day_id == special.id)
        )
        rows.append(
            SpecialDayRow(
                special.id,
                special.name,
                special.first_day,
                special.last_day,
                not needs,
                needs,
                special.version,
            )
        )
    return rows


def special_day_input(session: Session, special_id: int) -> SpecialDayInput:
    for row in list_special_days(session):
        if row.id == special_id:
            return SpecialDayInput(
                row.name,
                row.first_day,
                row.last_day,
                [
                    NeedInput(n.shift_type_id, n.min_headcount, n.max_headcount, dict(n.skills))
                    for n in row.needs
                ],
            )
    raise NotFound(translate("Needs", "That special day no longer exists."))


def needs_for_days(
    session: Session, days: Iterable[date], calendar: BranchCalendar | None = None
) -> list[rt.Need]:
    """The engine's needs for every day given, with skills by code. A shift type no longer in
    use (deactivated) is not run, whatever needs still name it."""
    calendar = calendar or branch_calendar(session)
    days = sorted(set(days))
    if not days:
        return []
    shifts = {s.id: s.code for s in session.scalars(select(ShiftType)) if s.active}
    skills = {s.id: s.code for s in session.scalars(select(Skill))}
    by_weekday: dict[int, list[StaffingNeed]] = defaultdict(list)
    by_special: dict[int, list[StaffingNeed]] = defaultdict(list)
    for need in session.scalars(select(StaffingNeed)):
        if need.special_day_id is not None:
            by_special[need.special_day_id].append(need)
        elif need.weekday is not None:
            by_weekday[need.weekday].append(need)
    specials = list(
        session.scalars(
            select(SpecialDay)
            .where(SpecialDay.first_day <= days[-1], SpecialDay.last_day >= days[0])
            .order_by(SpecialDay.id)
        )
    )
    fallback = next(
        (by_weekday[d] for d in sorted(calendar.open_weekdays) if by_weekday.get(d)), []
    )
    result: list[rt.Need] = []
    for day in days:
        special = next((s for s in reversed(specials) if s.first_day <= day <= s.last_day), None)
        if special is not None:
            chosen = by_special.get(special.id, [])
        elif not calendar.is_working_day(day):
            chosen = []
        else:
            chosen = by_weekday.get(day.weekday()) or (
                fallback if day.weekday() not in calendar.open_weekdays else []
            )
        for need in chosen:
            if need.shift_type_id not in shifts:
                continue
            result.append(
                rt.Need(
                    day=day,
                    shift_code=shifts[need.shift_type_id],
                    min_headcount=need.min_headcount,
                    max_headcount=need.max_headcount,
                    required_skills={skills[s.skill_id]: s.count for s in need.skills},
                )
            )
    return result
