"""An independent check of every hard rule on a roster.

Written apart from ``rules.py`` and the solver (brute force, own date arithmetic) so that the
solver tests do not trust the code under test. Returns plain strings naming each breach.

Fixed days (``problem.fixed_days``) are taken as given: a rule is only broken when a planned
day is part of it, and a week or month the fixed days alone already fill is only broken when
the planned days add to it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from branchops.core.staff.roster_types import Assignment, RosterProblem, Rule


def _span(problem: RosterProblem, item: Assignment) -> tuple[datetime, datetime]:
    shift = next(s for s in problem.shift_types if s.code == item.shift_code)
    start = datetime(
        item.day.year, item.day.month, item.day.day, shift.start.hour, shift.start.minute
    )
    end = datetime(item.day.year, item.day.month, item.day.day, shift.end.hour, shift.end.minute)
    if end <= start:
        end += timedelta(days=1)
    return start, end


def _paid(problem: RosterProblem, item: Assignment) -> int:
    start, end = _span(problem, item)
    shift = next(s for s in problem.shift_types if s.code == item.shift_code)
    return int((end - start).total_seconds() // 60) - shift.break_minutes


def _skilled(problem: RosterProblem, person_id: int, skill: str, day: date) -> bool:
    person = next(p for p in problem.people if p.id == person_id)
    if skill not in person.skills:
        return False
    until = person.skills[skill]
    return until is None or day <= until


def _planned(problem: RosterProblem) -> set[date]:
    return set(problem.days) - set(problem.fixed_days)


def hard_breaches(problem: RosterProblem, roster: Iterable[Assignment]) -> list[str]:
    items = list(roster)
    hard = problem.limits.hard_rules
    found: list[str] = []
    found += _known_and_single(problem, items)
    found += _leave_and_unavailable(problem, items)
    found += _overlap_and_rest(problem, items, Rule.SHORT_REST in hard)
    if Rule.TOO_MANY_DAYS in hard:
        found += _runs(problem, items)
    found += _weeks(problem, items)
    found += _coverage(problem, items)
    found += _overtime(problem, items)
    kept = set(items)
    found += [
        f"published {a} was dropped"
        for a in problem.locked
        if a.day in set(problem.days) and a not in kept
    ]
    fixed = set(problem.fixed_days)
    allowed = {a for a in problem.locked if a.day in fixed}
    found += [f"{a} was added to a fixed day" for a in items if a.day in fixed and a not in allowed]
    return found


def _known_and_single(problem: RosterProblem, items: list[Assignment]) -> list[str]:
    found = []
    ids = {p.id for p in problem.people}
    codes = {s.code for s in problem.shift_types}
    for item in items:
        if item.person_id not in ids or item.shift_code not in codes:
            found.append(f"unknown person or shift in {item}")
        if item.day not in problem.days:
            found.append(f"{item} is outside the days")
    per_day = Counter((a.person_id, a.day) for a in items)
    found += [f"{key} has {n} shifts" for key, n in per_day.items() if n > 1]
    return found


def _leave_and_unavailable(problem: RosterProblem, items: list[Assignment]) -> list[str]:
    found = []
    planned = _planned(problem)
    for item in items:
        if item.day not in planned:
            continue
        for leave in problem.leave:
            if (leave.person_id, leave.day) != (item.person_id, item.day):
                continue
            half_ok = _paid(problem, item) <= problem.limits.half_day_max_paid_minutes
            if not leave.half_day or not half_ok:
                found.append(f"{item} clashes with leave")
        if any((u.person_id, u.day) == (item.person_id, item.day) for u in problem.unavailable):
            found.append(f"{item} on an unavailable day")
    return found


def _overlap_and_rest(
    problem: RosterProblem, items: list[Assignment], check_rest: bool
) -> list[str]:
    found = []
    minimum = timedelta(hours=problem.limits.min_rest_hours)
    planned = _planned(problem)
    for a in items:
        for b in items:
            if a.person_id != b.person_id or not a.day < b.day:
                continue
            if a.day not in planned and b.day not in planned:
                continue
            a_start, a_end = _span(problem, a)
            b_start, b_end = _span(problem, b)
            if b_start < a_end and a_start < b_end:
                found.append(f"{a} overlaps {b}")
            elif check_rest and timedelta(0) <= b_start - a_end < minimum:
                found.append(f"short rest between {a} and {b}")
    return found


def _runs(problem: RosterProblem, items: list[Assignment]) -> list[str]:
    found = []
    worked = defaultdict(set)
    for item in items:
        worked[item.person_id].add(item.day)
    limit = problem.limits.max_consecutive_days
    planned = _planned(problem)
    for person_id, days in worked.items():
        for day in days:
            run = 1
            while day - timedelta(days=run) in days:
                run += 1
            window = {day - timedelta(days=i) for i in range(limit + 1)}
            if run > limit and window & planned:
                found.append(f"person {person_id} works {run} days in a row up to {day}")
    return found


def _weeks(problem: RosterProblem, items: list[Assignment]) -> list[str]:
    found = []
    hard = problem.limits.hard_rules
    planned = _planned(problem)
    minutes: dict[tuple[int, int, int], int] = defaultdict(int)
    added: dict[tuple[int, int, int], int] = defaultdict(int)
    for item in items:
        iso = item.day.isocalendar()
        minutes[(item.person_id, iso[0], iso[1])] += _paid(problem, item)
        if item.day in planned:
            added[(item.person_id, iso[0], iso[1])] += _paid(problem, item)
    for (person_id, year, week), worked in minutes.items():
        if not added[(person_id, year, week)]:
            continue  # the fixed days alone: nothing the planned days could change
        person = next(p for p in problem.people if p.id == person_id)
        if Rule.WEEKLY_OVER_LEGAL in hard and worked > problem.limits.legal_weekly_hours * 60:
            found.append(f"person {person_id} over the legal hours in week {week}")
        rule = Rule.PART_TIME_OVER_CONTRACT if person.part_time else Rule.WEEKLY_OVER_CONTRACT
        if rule not in hard:
            continue
        per_day = person.contract_minutes_per_week // problem.limits.workdays_per_week
        credit = 0
        for leave in problem.leave:
            iso = leave.day.isocalendar()
            same_week = (iso[0], iso[1]) == (year, week)
            counted = leave.working_day and leave.day in problem.days
            if leave.person_id == person_id and same_week and counted:
                credit += per_day // 2 if leave.half_day else per_day
        credit = min(credit, person.contract_minutes_per_week)
        if worked + credit > person.contract_minutes_per_week:
            found.append(f"person {person_id} over contract in week {week}")
    return found


def _coverage(problem: RosterProblem, items: list[Assignment]) -> list[str]:
    found = []
    hard = problem.limits.hard_rules
    on_shift = defaultdict(list)
    for item in items:
        on_shift[(item.day, item.shift_code)].append(item.person_id)
    planned = _planned(problem)
    needed = {(n.day, n.shift_code): n for n in problem.needs if n.day in planned}
    for key in on_shift:
        if key not in needed and key[0] in planned:
            found.append(f"{key} is staffed but not needed")
    for key, need in needed.items():
        people = on_shift.get(key, [])
        if Rule.UNDERSTAFFED in hard and len(people) < need.min_headcount:
            found.append(f"{key} has {len(people)} of {need.min_headcount}")
        most = need.max_headcount
        if Rule.OVERSTAFFED in hard and most is not None and len(people) > most:
            found.append(f"{key} has {len(people)}, more than {need.max_headcount}")
        for skill, required in need.required_skills.items():
            have = sum(_skilled(problem, pid, skill, key[0]) for pid in people)
            if Rule.MISSING_SKILL in hard and have < required:
                found.append(f"{key} has {have} with {skill}, needs {required}")
    return found


def _kind(problem: RosterProblem, day: date) -> str:
    calendar = problem.calendar
    if day in calendar.holidays:
        return "holiday"
    if day in calendar.makeup_days:
        return "working"
    if day.isoweekday() in (6, 7) or day in calendar.days_off:
        return "rest"
    return "working"


def _month_overtime(
    problem: RosterProblem, person_id: int, minutes: dict[date, int]
) -> dict[tuple[int, int], int]:
    """Overtime minutes of one person by (year, month), counted apart from overtime.py."""
    policy = problem.limits.overtime
    standard = policy.standard_day_minutes
    days = set(problem.days)
    leave = {item.day for item in problem.leave if item.person_id == person_id}
    totals: dict[tuple[int, int], int] = defaultdict(int)
    for day in sorted(days):
        worked = minutes.get(day, 0)
        if _kind(problem, day) == "holiday":
            totals[(day.year, day.month)] += worked
        elif _kind(problem, day) == "working" and policy.rule == "daily":
            totals[(day.year, day.month)] += max(0, worked - standard)
        if day.isoweekday() != 7:
            continue
        week = [day - timedelta(days=i) for i in range(7)]
        if not all(d in days for d in week):
            continue
        rest = sum(minutes.get(d, 0) for d in week if _kind(problem, d) == "rest")
        lieu = sum(
            1
            for d in week
            if _kind(problem, d) == "working" and not minutes.get(d) and d not in leave
        )
        totals[(day.year, day.month)] += max(0, rest - standard * lieu)
    return totals


def _overtime(problem: RosterProblem, items: list[Assignment]) -> list[str]:
    hard = problem.limits.hard_rules
    policy = problem.limits.overtime
    planned = _planned(problem)
    found = []
    by_person: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    fixed_only: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for item in items:
        by_person[item.person_id][item.day] += _paid(problem, item)
        if item.day not in planned:
            fixed_only[item.person_id][item.day] += _paid(problem, item)
    for person_id, minutes in by_person.items():
        if Rule.DAILY_OVERTIME in hard:
            for day, worked in minutes.items():
                if (
                    day in planned
                    and worked - policy.standard_day_minutes > policy.daily_max_minutes
                ):
                    found.append(f"person {person_id} works {worked} min on {day}")
        if Rule.MONTHLY_OVERTIME not in hard:
            continue
        idle = _month_overtime(problem, person_id, fixed_only[person_id])
        for month, total in _month_overtime(problem, person_id, minutes).items():
            if total > max(policy.monthly_max_minutes, idle.get(month, 0)):
                found.append(f"person {person_id} has {total} min of overtime in {month}")
    return found
