"""A fast greedy roster: day by day, fill each need with the least-loaded people who may work.

Not optimal and it may leave gaps; it keeps leave, unavailability, rest, days in a row and the
weekly contract. Used to generate years of demo rosters in seconds (the solver is for real use).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from branchops.core.staff.roster_types import (
    Assignment,
    Need,
    Person,
    PersonId,
    RosterProblem,
    ShiftType,
    iso_week,
    leave_credit_minutes,
)
from branchops.core.staff.rules import RosterFacts


class _Load:
    def __init__(self, facts: RosterFacts) -> None:
        self.facts = facts
        self.week_minutes: dict[tuple[PersonId, tuple[int, int]], int] = defaultdict(int)
        for (pid, _day), leave in facts.leave.items():
            person = facts.people[pid]
            credit = leave_credit_minutes(person, leave, facts.problem.limits)
            self.week_minutes[(pid, iso_week(_day))] += credit
        self.last: dict[PersonId, tuple[date, ShiftType]] = {}
        self.run: dict[PersonId, int] = defaultdict(int)
        self.weekend: dict[PersonId, int] = defaultdict(int)

    def can_work(self, person: Person, day: date, shift: ShiftType) -> bool:
        facts = self.facts
        if facts.blocked_by(person.id, day, shift.code) is not None:
            return False
        week = self.week_minutes[(person.id, iso_week(day))]
        if week + shift.paid_minutes > person.contract_minutes_per_week:
            return False
        if week + shift.paid_minutes > facts.problem.limits.legal_weekly_hours * 60:
            return False
        previous = self.last.get(person.id)
        if previous is not None:
            last_day, last_shift = previous
            limit = facts.problem.limits.max_consecutive_days
            if last_day == day - timedelta(days=1) and self.run[person.id] >= limit:
                return False
            if facts.rest_conflict(last_shift, last_day, shift, day) is not None:
                return False
        return True

    def book(self, person: Person, day: date, shift: ShiftType, weekend: bool) -> None:
        previous = self.last.get(person.id)
        consecutive = previous is not None and previous[0] == day - timedelta(days=1)
        self.run[person.id] = self.run[person.id] + 1 if consecutive else 1
        self.last[person.id] = (day, shift)
        self.week_minutes[(person.id, iso_week(day))] += shift.paid_minutes
        if weekend:
            self.weekend[person.id] += 1

    def order_key(self, person: Person, day: date, weekend: bool) -> tuple:
        used = self.week_minutes[(person.id, iso_week(day))] / person.contract_minutes_per_week
        return (
            self.weekend[person.id] if weekend else 0,
            used,
            (person.id * 7919 + day.toordinal()) % 97,
        )


def greedy_roster(problem: RosterProblem) -> list[Assignment]:
    facts = RosterFacts(problem)
    load = _Load(facts)
    by_day: dict[date, list[Need]] = defaultdict(list)
    for need in problem.needs:
        by_day[need.day].append(need)
    result: list[Assignment] = []
    for day in facts.days:
        weekend = problem.is_weekend_or_holiday(day)
        busy: set[PersonId] = set()
        for need in sorted(by_day.get(day, []), key=lambda n: facts.shifts[n.shift_code].start):
            shift = facts.shifts[need.shift_code]
            free = [p for p in problem.people if p.id not in busy and load.can_work(p, day, shift)]
            free.sort(key=lambda p: load.order_key(p, day, weekend))
            chosen: list[Person] = []
            for skill, count in sorted(need.required_skills.items()):
                have = sum(1 for p in chosen if p.has_skill(skill, day))
                for person in free:
                    if have >= count:
                        break
                    if person not in chosen and person.has_skill(skill, day):
                        chosen.append(person)
                        have += 1
            for person in free:
                if len(chosen) >= need.min_headcount:
                    break
                if person not in chosen:
                    chosen.append(person)
            for person in chosen:
                busy.add(person.id)
                load.book(person, day, shift, weekend)
                result.append(Assignment(person.id, day, shift.code))
    return result
