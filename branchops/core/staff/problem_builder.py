"""Build the engine's ``RosterProblem`` for a date range from the database.

People: everyone employed on some day of the range (days outside their employment — before the
hire date, after the leaving date or from the day an inactive person was deactivated — are
unavailable), and anyone holding a shift there. Needs: weekly needs, special days and closed
days (``needs.needs_for_days``); shift types no longer in use are not run.

Period edges: the problem also covers context days around the planned ones (``context_window``:
back far enough for the longest run of days in a row and to the Monday of the first ISO week and
of the first month, forward to the Sunday of the last week, the end of the last month and as far
as a run of days in a row). The context days, and the published days of the period unless
``unlock_published``, are fixed days: kept whole as stored (people off stay off), nothing decided
there; the rules and the solver see rest, runs of days, ISO weeks and months of overtime across
them, and limit only what the planned days add. ``roster_check`` reports only violations that
involve a day of the period; the auto-roster keeps only the planned days of a solution.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from branchops.core.branch.queries import branch_calendar
from branchops.core.staff import roster_types as rt
from branchops.core.staff.availability import preferences, unavailable_days
from branchops.core.staff.leave import approved_leave, working_days_taken
from branchops.core.staff.models import Employment, ShiftType, Skill, Staff, employed_between
from branchops.core.staff.needs import needs_for_days
from branchops.core.staff.roster_store import assignments_between, published_days
from branchops.core.staff.schedule_settings import rule_limits
from branchops.core.staff.shifts import engine_shift
from branchops.core.staff.work_calendar import work_calendar
from branchops.core.training.queries import GrantedSkill, granted_skills


@dataclass(frozen=True)
class BuiltProblem:
    problem: rt.RosterProblem  # its days include the context days around the planned ones
    published: frozenset[date]  # published days of the period
    assignments: tuple[rt.Assignment, ...]  # every stored assignment of the period
    first: date  # the period, first to last
    last: date
    context: tuple[rt.Assignment, ...] = ()  # every stored assignment of the context days
    kept: frozenset[date] = frozenset()  # days of the period kept whole (published)

    def is_planned(self, day: date) -> bool:
        """A day of the period (the rule checks report on these)."""
        return self.first <= day <= self.last

    def is_decided(self, day: date) -> bool:
        """A day of the period the auto-roster plans (not kept whole)."""
        return self.is_planned(day) and day not in self.kept

    @property
    def planned_days(self) -> list[date]:
        return date_range(self.first, self.last)


def date_range(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _people(session: Session, first: date, last: date, ids_with_work: set[int]) -> list[Staff]:
    employed = or_(
        Staff.id.in_(ids_with_work) if ids_with_work else False,
        employed_between(first, last),
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


def roster_people(
    session: Session, staff: list[Staff], first: date, last: date, codes: dict[int, str]
) -> list[rt.Person]:
    """The engine's people, with the skills they hold from ``first`` to ``last`` (by hand or
    from training); ``codes``: skill id -> code."""
    granted = granted_skills(session, first, last, {p.id for p in staff})
    return [_person(p, codes, granted.get(p.id, [])) for p in staff]


def _outside_employment(staff: Staff, days: list[date]) -> list[rt.Unavailable]:
    employed = staff.employed_days(days)
    return [rt.Unavailable(staff.id, day) for day in days if day not in employed]


def _leave(session: Session, first: date, last: date, ids: set[int]) -> list[rt.Leave]:
    """Approved leave, each day marked with whether it counts as a day of leave taken — the
    definition of ``leave.working_days_taken``, so the weekly contract and the leave balance
    agree (a Saturday of leave in a branch closed on Saturdays counts for neither)."""
    counted: dict[date, bool] = {}
    result = []
    for item in approved_leave(session, first, last):
        if item.person_id not in ids:
            continue
        if item.day not in counted:
            counted[item.day] = working_days_taken(session, item.day, item.day, False) > 0
        result.append(replace(item, working_day=counted[item.day]))
    return result


def context_window(first: date, last: date, limits: rt.RuleLimits) -> tuple[date, date]:
    """The days the rules of ``first``..``last`` depend on: a run of days in a row (plus one),
    the whole first ISO week and the weeks of the first month (overtime is capped a month);
    the whole last ISO week, the rest of the last month, a run of days in a row and a day of
    rest after."""
    run = timedelta(days=limits.max_consecutive_days + 1)
    monday = first - timedelta(days=first.weekday())
    month_start = first.replace(day=1)
    month_monday = month_start - timedelta(days=month_start.weekday())
    sunday = last + timedelta(days=6 - last.weekday())
    month_end = (last.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return (
        min(first - run, monday, month_monday),
        max(last + run, sunday, month_end, last + timedelta(days=1)),
    )


def build_problem(
    session: Session,
    first: date,
    last: date,
    *,
    unlock_published: bool = False,
    assignments: list[rt.Assignment] | None = None,
    with_context: bool = True,
) -> BuiltProblem:
    """``assignments`` replaces the stored ones of the period (the grid's unsaved view), if
    given. ``with_context`` adds the context days around (see the module docstring)."""
    limits = rule_limits(session)
    start, end = context_window(first, last, limits) if with_context else (first, last)
    window = date_range(start, end)
    stored = assignments if assignments is not None else assignments_between(session, first, last)
    stored = [a for a in stored if first <= a.day <= last]
    context = (
        [a for a in assignments_between(session, start, end) if not first <= a.day <= last]
        if (start, end) != (first, last)
        else []  # no day around the period
    )
    published = frozenset(published_days(session, start, end))
    in_period = frozenset(d for d in published if first <= d <= last)
    kept = frozenset() if unlock_published else in_period
    calendar = branch_calendar(session)
    skills = {s.id: s for s in session.scalars(select(Skill))}
    codes = {k: s.code for k, s in skills.items()}
    people = _people(session, first, last, {a.person_id for a in (*stored, *context)})
    unavailable = [u for staff in people for u in _outside_employment(staff, window)]
    unavailable += unavailable_days(session, start, end)
    ids = {p.id for p in people}
    fixed_days = frozenset(d for d in window if not first <= d <= last) | kept
    locked = [a for a in (*stored, *context) if a.day in fixed_days]
    problem = rt.RosterProblem(
        days=window,
        people=roster_people(session, people, start, end, codes),
        shift_types=[engine_shift(s) for s in session.scalars(select(ShiftType))],
        needs=needs_for_days(session, window, calendar),
        leave=_leave(session, start, end, ids),
        unavailable=[u for u in unavailable if u.person_id in ids],
        preferences=preferences(session, ids),
        locked=locked,
        current=[a for a in stored if a.day not in fixed_days],
        holidays=frozenset(d for d in window if calendar.is_public_holiday(d)),
        limits=limits,
        skill_names={s.code: s.name for s in skills.values()},
        fixed_days=fixed_days,
        published=published,
        calendar=work_calendar(calendar, start, end),
    )
    return BuiltProblem(problem, in_period, tuple(stored), first, last, tuple(context), kept)


def with_assignments(built: BuiltProblem, assignments: list[rt.Assignment]) -> BuiltProblem:
    """The same problem over other assignments of the period (the grid after an edit); the
    context days keep their stored assignments."""
    planned = [a for a in assignments if built.is_planned(a.day)]
    fixed = built.problem.fixed_days
    locked = [a for a in planned if a.day in fixed]
    current = [a for a in planned if a.day not in fixed]
    context = [a for a in built.problem.locked if not built.is_planned(a.day)]
    problem = replace(built.problem, locked=[*locked, *context], current=current)
    return replace(built, problem=problem, assignments=tuple(planned))
