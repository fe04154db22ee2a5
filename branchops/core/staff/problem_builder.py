"""Build the engine's ``RosterProblem`` for a date range from the database.

People: everyone employed on some day of the range (days outside their employment are
unavailable). Needs: weekly needs, special days and closed days (``needs.needs_for_days``).
Assignments on published days are locked unless ``unlock_published``; the rest are the current
draft the solver changes as little as possible.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from branchops.core.branch.service import branch_calendar
from branchops.core.staff import roster_types as rt
from branchops.core.staff.availability import preferences, unavailable_days
from branchops.core.staff.leave import approved_leave
from branchops.core.staff.models import Employment, Skill, Staff
from branchops.core.staff.needs import needs_for_days
from branchops.core.staff.roster_store import assignments_between, published_days
from branchops.core.staff.schedule_models import ShiftType
from branchops.core.staff.schedule_settings import rule_limits
from branchops.core.staff.shifts import engine_shift


@dataclass(frozen=True)
class BuiltProblem:
    problem: rt.RosterProblem
    published: frozenset[date]
    assignments: tuple[rt.Assignment, ...]  # every stored assignment of the range


def date_range(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _people(session: Session, first: date, last: date, ids_with_work: set[int]) -> list[Staff]:
    employed = or_(
        Staff.id.in_(ids_with_work) if ids_with_work else False,
        (
            (or_(Staff.hire_date.is_(None), Staff.hire_date <= last))
            & (or_(Staff.leave_date.is_(None), Staff.leave_date >= first))
            & (or_(Staff.active.is_(True), Staff.leave_date.is_not(None)))
        ),
    )
    return list(session.scalars(select(Staff).where(employed).order_by(Staff.employee_no)))


def _person(staff: Staff, skill_codes: dict[int, str]) -> rt.Person:
    return rt.Person(
        id=staff.id,
        name=staff.name,
        contract_minutes_per_week=max(staff.contract_minutes_per_week, 1),
        part_time=staff.employment is Employment.PART_TIME,
        skills={skill_codes[s.skill_id]: s.valid_until for s in staff.skills},
    )


def _outside_employment(staff: Staff, days: list[date]) -> list[rt.Unavailable]:
    return [
        rt.Unavailable(staff.id, day)
        for day in days
        if (staff.hire_date is not None and day < staff.hire_date)
        or (staff.leave_date is not None and day > staff.leave_date)
    ]


def build_problem(
    session: Session,
    first: date,
    last: date,
    *,
    unlock_published: bool = False,
    assignments: list[rt.Assignment] | None = None,
) -> BuiltProblem:
    """``assignments`` replaces the stored ones (the grid's unsaved view), if given."""
    days = date_range(first, last)
    stored = assignments if assignments is not None else assignments_between(session, first, last)
    published = frozenset(published_days(session, first, last))
    calendar = branch_calendar(session)
    skills = {s.id: s for s in session.scalars(select(Skill))}
    codes = {k: s.code for k, s in skills.items()}
    people = _people(session, first, last, {a.person_id for a in stored})
    unavailable = [u for staff in people for u in _outside_employment(staff, days)]
    unavailable += unavailable_days(session, first, last)
    ids = {p.id for p in people}
    locked = [a for a in stored if a.day in published and not unlock_published]
    current = [a for a in stored if a not in set(locked)]
    problem = rt.RosterProblem(
        days=days,
        people=[_person(p, codes) for p in people],
        shift_types=[engine_shift(s) for s in session.scalars(select(ShiftType))],
        needs=needs_for_days(session, days, calendar),
        leave=[x for x in approved_leave(session, first, last) if x.person_id in ids],
        unavailable=[u for u in unavailable if u.person_id in ids],
        preferences=preferences(session, ids),
        locked=locked,
        current=current,
        holidays=frozenset(d for d in days if calendar.is_public_holiday(d)),
        limits=rule_limits(session),
        skill_names={s.code: s.name for s in skills.values()},
    )
    return BuiltProblem(problem, published, tuple(stored))


def with_assignments(built: BuiltProblem, assignments: list[rt.Assignment]) -> BuiltProblem:
    """The same problem over other assignments (the grid after an edit)."""
    locked = [a for a in assignments if a.day in built.published]
    current = [a for a in assignments if a.day not in built.published]
    problem = replace(built.problem, locked=locked, current=current)
    return BuiltProblem(problem, built.published, tuple(assignments))
