"""Build the engine's ``RosterProblem`` for a date range from the database.

People: everyone employed on some day of the range (days outside their employment are
unavailable). Needs: weekly needs, special days and closed days (``needs.needs_for_days``).
Assignments on published days are locked unless ``unlock_published``; the rest are the current
draft the solver changes as little as possible.

Period edges: the problem also covers context days around the planned ones (``context_window``:
back far enough for the longest run of days in a row and to the Monday of the first ISO week,
forward to the Sunday of the last week and as far as a run of days in a row). Their stored
assignments are locked, nobody else can work them and no staffing is needed there, so the rules
and the solver see rest, runs of days and ISO weeks across the edge without planning the context
days. ``roster_check`` reports only violations that involve a planned day; the auto-roster keeps
only the planned days of a solution.
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
from branchops.core.staff.rules import RosterFacts
from branchops.core.staff.schedule_models import ShiftType
from branchops.core.staff.schedule_settings import rule_limits
from branchops.core.staff.shifts import engine_shift
from branchops.core.training.queries import GrantedSkill, granted_skills


@dataclass(frozen=True)
class BuiltProblem:
    problem: rt.RosterProblem  # its days include the context days around the planned ones
    published: frozenset[date]
    assignments: tuple[rt.Assignment, ...]  # every stored assignment of the planned days
    first: date  # the planned days, first to last
    last: date
    context: tuple[rt.Assignment, ...] = ()  # every stored assignment of the context days

    def is_planned(self, day: date) -> bool:
        return self.first <= day <= self.last

    @property
    def planned_days(self) -> list[date]:
        return date_range(self.first, self.last)


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


def _person(staff: Staff, skill_codes: dict[int, str], granted: list[GrantedSkill]) -> rt.Person:
    skills = {skill_codes[s.skill_id]: s.valid_until for s in staff.skills}
    periods: dict[str, list[rt.SkillPeriod]] = {}
    for grant in granted:  # a skill from training is held on the days its certificate is valid
        held = periods.setdefault(skill_codes[grant.skill_id], [])
        held.append(rt.SkillPeriod(grant.valid_from, grant.valid_until, grant.source))
    for code, held in periods.items():
        if code in skills:  # entered by hand too
            held.append(rt.SkillPeriod(None, skills[code]))
        lasts = [p.last for p in held]
        skills[code] = None if None in lasts else max(d for d in lasts if d is not None)
    return rt.Person(
        id=staff.id,
        name=staff.name,
        contract_minutes_per_week=max(staff.contract_minutes_per_week, 1),
        part_time=staff.employment is Employment.PART_TIME,
        skills=skills,
        skill_periods={code: tuple(held) for code, held in periods.items()},
    )


def _outside_employment(staff: Staff, days: list[date]) -> list[rt.Unavailable]:
    return [
        rt.Unavailable(staff.id, day)
        for day in days
        if (staff.hire_date is not None and day < staff.hire_date)
        or (staff.leave_date is not None and day > staff.leave_date)
    ]


def context_window(first: date, last: date, limits: rt.RuleLimits) -> tuple[date, date]:
    """The days the rules of ``first``..``last`` depend on: a run of days in a row (plus one)
    and the whole first ISO week before; the whole last ISO week, a run of days in a row and a
    day of rest after."""
    run = timedelta(days=limits.max_consecutive_days + 1)
    monday = first - timedelta(days=first.weekday())
    sunday = last + timedelta(days=6 - last.weekday())
    return min(first - run, monday), max(last + run, sunday, last + timedelta(days=1))


def build_problem(
    session: Session,
    first: date,
    last: date,
    *,
    unlock_published: bool = False,
    assignments: list[rt.Assignment] | None = None,
    with_context: bool = True,
) -> BuiltProblem:
    """``assignments`` replaces the stored ones of the planned days (the grid's unsaved view),
    if given. ``with_context`` adds the context days around (see the module docstring)."""
    limits = rule_limits(session)
    days = date_range(first, last)
    start, end = context_window(first, last, limits) if with_context else (first, last)
    window = date_range(start, end)
    stored = assignments if assignments is not None else assignments_between(session, first, last)
    stored = [a for a in stored if first <= a.day <= last]
    context = [a for a in assignments_between(session, start, end) if not first <= a.day <= last]
    published = frozenset(published_days(session, first, last))
    calendar = branch_calendar(session)
    skills = {s.id: s for s in session.scalars(select(Skill))}
    codes = {k: s.code for k, s in skills.items()}
    people = _people(session, first, last, {a.person_id for a in (*stored, *context)})
    unavailable = [u for staff in people for u in _outside_employment(staff, window)]
    unavailable += unavailable_days(session, start, end)
    ids = {p.id for p in people}
    granted = granted_skills(session, start, end, ids)
    locked = [a for a in stored if a.day in published and not unlock_published]
    current = [a for a in stored if a not in set(locked)]
    problem = rt.RosterProblem(
        days=window,
        people=[_person(p, codes, granted.get(p.id, [])) for p in people],
        shift_types=[engine_shift(s) for s in session.scalars(select(ShiftType))],
        needs=needs_for_days(session, days, calendar),
        leave=[x for x in approved_leave(session, start, end) if x.person_id in ids],
        unavailable=[u for u in unavailable if u.person_id in ids],
        preferences=preferences(session, ids),
        locked=locked,
        current=current,
        holidays=frozenset(d for d in window if calendar.is_public_holiday(d)),
        limits=limits,
        skill_names={s.code: s.name for s in skills.values()},
    )
    problem = _with_context(problem, context, set(days))
    return BuiltProblem(problem, published, tuple(stored), first, last, tuple(context))


def _with_context(
    problem: rt.RosterProblem, context: list[rt.Assignment], planned: set[date]
) -> rt.RosterProblem:
    """Fix the context days: their stored assignments locked (those the person cannot work are
    left out: nothing can be decided there), everyone else unavailable, no headcount needed."""
    facts = RosterFacts(problem)
    fixed = [a for a in context if facts.blocked_by(a.person_id, a.day, a.shift_code) is None]
    working = {(a.person_id, a.day) for a in fixed}
    idle = [
        rt.Unavailable(p.id, day)
        for day in problem.days
        if day not in planned
        for p in problem.people
        if (p.id, day) not in working
    ]
    needs = [rt.Need(d, c, 0) for d, c in sorted({(a.day, a.shift_code) for a in fixed})]
    return replace(
        problem,
        needs=[*problem.needs, *needs],
        unavailable=[*problem.unavailable, *idle],
        locked=[*problem.locked, *fixed],
    )


def with_assignments(built: BuiltProblem, assignments: list[rt.Assignment]) -> BuiltProblem:
    """The same problem over other assignments of the planned days (the grid after an edit);
    the context days keep their stored assignments."""
    planned = [a for a in assignments if built.is_planned(a.day)]
    locked = [a for a in planned if a.day in built.published]
    current = [a for a in planned if a.day not in built.published]
    context = [a for a in built.problem.locked if not built.is_planned(a.day)]
    problem = replace(built.problem, locked=[*locked, *context], current=current)
    return replace(built, problem=problem, assignments=tuple(planned))
