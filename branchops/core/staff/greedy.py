"""A fast greedy roster: day by day, fill each need with the least-loaded people who may work.

Not optimal and it may leave gaps; it keeps leave, unavailability, rest, days in a row, the
weekly contract and the hours a day may have. Fixed days keep what they hold (and count for the
rules). Used to generate years of demo rosters in seconds and as the auto-roster's first hint.
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
    Rule,
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
        for (pid, day), code in facts.fixed.items():  # counted for the whole week at once
            self.week_minutes[(pid, iso_week(day))] += facts.shifts[code].paid_minutes
        self.last: dict[PersonId, tuple[date, ShiftType]] = {}
        self.run: dict[PersonId, int] = defaultdict(int)
        self.weekend: dict[PersonId, int] = defaultdict(int)

    def can_work(self, person: Person, day: date, shift: ShiftType) -> bool:
        facts = self.facts
        if facts.blocked_by(person.id, day, shift.code) is not None:
            return False
        limits = facts.problem.limits
        over = shift.paid_minutes - limits.overtime.standard_day_minutes
        if limits.is_hard(Rule.DAILY_OVERTIME) and over > limits.overtime.daily_max_minutes:
            return False
        week = self.week_minutes[(person.id, iso_week(day))]
        if week + shift.paid_minutes > person.contract_minutes_per_week:
            return False
        if week + shift.paid_minutes > facts.problem.limits.legal_weekly_hours * 60:
            return False
        limit = limits.max_consecutive_days
        run = 1 + self._fixed_run_after(person.id, day)
        previous = self.last.get(person.id)
        if previous is not None:
            last_day, last_shift = previous
            if last_day == day - timedelta(days=1):
                run += self.run[person.id]
            if facts.rest_conflict(last_shift, last_day, shift, day) is not None:
                return False
        if run > limit:
            return False
        for k in (1, 2):
            later = day + timedelta(days=k)
            code = facts.fixed.get((person.id, later))
            if code and facts.rest_conflict(shift, day, facts.shifts[code], later) is not None:
                return False
        return True

    def _fixed_run_after(self, person_id: PersonId, day: date) -> int:
        """Fixed working days in a row right after ``day``."""
        count = 0
        while (person_id, day + timedelta(days=count + 1)) in self.facts.fixed:
            count += 1
        return count

    def book(
        self, person: Person, day: date, shift: ShiftType, weekend: bool, *, fixed: bool = False
    ) -> None:
        previous = self.last.get(person.id)
        consecutive = previous is not None and previous[0] == day - timedelta(days=1)
        self.run[person.id] = self.run[person.id] + 1 if consecutive else 1
        self.last[person.id] = (day, shift)
        if not fixed:
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
        if not facts.is_planned(day):
            for (pid, fixed_day), code in facts.fixed.items():
                if fixed_day == day and pid in facts.people:
                    load.book(facts.people[pid], day, facts.shifts[code], weekend, fixed=True)
                    result.append(Assignment(pid, day, code))
            continue
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
