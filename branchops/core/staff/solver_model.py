"""The CP-SAT model of a roster problem: variables, hard rules and coverage.

One boolean per (person, planned day, shift) the person could work. What the fixed days hold
(the days around the period, published days) is a constant: a rule window (ISO week, run of
days in a row, rest between two days, month of overtime) is constrained only when it contains a
planned day, and then only the planned part is limited — by what the rule leaves once the fixed
part is counted, never below nothing. Hard rules are constraints; the soft goals
(``solver_objective``) add weighted terms to ``cost`` and the model minimises their sum. With
``relax_coverage`` the headcounts become slacks for the diagnosis.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from ortools.sat.python import cp_model

from branchops.core.staff.roster_types import (
    Assignment,
    Need,
    Person,
    PersonId,
    RosterProblem,
    Rule,
    iso_week,
)
from branchops.core.staff.rules import RosterFacts
from branchops.core.staff.solver_expr import Expr
from branchops.core.staff.solver_objective import POINT, add_soft_goals
from branchops.core.staff.solver_overtime import add_monthly_overtime

UNCOVERED_COST = 1000  # points per missing person when understaffing is only a warning

Key = tuple[PersonId, date, str]


@dataclass(frozen=True)
class Slack:
    """How far a need is left short (or over) when coverage is soft."""

    day: date
    shift_code: str
    skill: str | None
    over: bool
    var: cp_model.IntVar


class RosterModel:
    """The CP-SAT model of a problem. ``relax_coverage`` turns headcounts and skill counts into
    slack variables (the diagnosis minimises them); ``with_objective`` adds the soft goals;
    ``hints`` (assignments) start the search from a roster; ``symmetry`` orders
    interchangeable people."""

    def __init__(
        self,
        problem: RosterProblem,
        *,
        relax_coverage: bool = False,
        with_objective: bool = True,
        hints: Sequence[Assignment] = (),
        symmetry: bool = False,
    ) -> None:
        self.problem = problem
        self.facts = RosterFacts(problem)
        self.limits = problem.limits
        self.relax_coverage = relax_coverage
        self.model = cp_model.CpModel()
        self.x: dict[Key, cp_model.IntVar] = {}
        self.cells: dict[tuple[PersonId, date], dict[str, cp_model.IntVar]] = defaultdict(dict)
        self.fixed = self.facts.fixed  # (person, fixed day) -> shift code: constants
        self.slacks: list[Slack] = []
        # objective terms: (expression, minute points per unit)
        self.cost: list[tuple[Expr, int]] = []
        self.follow = self._forbidden_follow_ups()
        self.paid = {s.code: s.paid_minutes for s in problem.shift_types}
        self._create_variables()
        self._one_shift_a_day()
        self._rest_and_overlap()
        self._consecutive_days()
        self._weekly_hours()
        add_monthly_overtime(self)
        self._coverage()
        if symmetry:
            self._order_interchangeable_people()
        if with_objective:
            add_soft_goals(self)
            self._hints(hints)
        self._objective(with_objective)

    # -- variables and hard rules -------------------------------------------------------------

    def _add_var(self, person_id: PersonId, day: date, code: str) -> cp_model.IntVar:
        key = (person_id, day, code)
        if key not in self.x:
            var = self.model.new_bool_var(f"x_{person_id}_{day:%Y%m%d}_{code}")
            self.x[key] = var
            self.cells[(person_id, day)][code] = var
        return self.x[key]

    def excluded(self, person_id: PersonId, day: date, code: str) -> bool:
        """The person cannot work the shift that day whatever else is planned: leave, an
        unavailable day, too long a day, or a clash with a shift the fixed days hold."""
        if self.facts.blocked_by(person_id, day, code) is not None:
            return True
        policy = self.limits.overtime
        over = self.paid[code] - policy.standard_day_minutes
        if self.limits.is_hard(Rule.DAILY_OVERTIME) and over > policy.daily_max_minutes:
            return True
        for k, table in self.follow.items():
            before = self.fixed.get((person_id, day - timedelta(days=k)))
            if before is not None and code in table.get(before, ()):
                return True
            after = self.fixed.get((person_id, day + timedelta(days=k)))
            if after is not None and after in table.get(code, ()):
                return True
        return False

    def _create_variables(self) -> None:
        facts = self.facts
        for (day, code), need in sorted(facts.needs.items()):
            if not facts.is_planned(day) or need.max_headcount == 0:
                continue
            for person in self.problem.people:
                if not self.excluded(person.id, day, code):
                    self._add_var(person.id, day, code)
        # kept assignments on planned days (fixed days hold constants instead)
        self.locked = {
            (a.person_id, a.day, a.shift_code)
            for a in self.problem.locked
            if facts.is_planned(a.day)
        }
        for key in sorted(self.locked):
            var = self._add_var(*key)
            self.model.add(var == 1)
            if self.excluded(*key):
                self.model.add(var == 0)  # a kept shift that breaks a rule: the diagnosis says so

    def _one_shift_a_day(self) -> None:
        for cell in self.cells.values():
            if len(cell) > 1:
                self.model.add_at_most_one(cell.values())

    def _forbidden_follow_ups(self) -> dict[int, dict[str, list[str]]]:
        """For k days later: shift code -> codes that overlap it or leave too little rest."""
        check_rest = self.limits.is_hard(Rule.SHORT_REST)
        reference = date(2001, 1, 1)
        horizon = 2 + math.ceil(self.limits.min_rest_hours / 24) if check_rest else 2
        result: dict[int, dict[str, list[str]]] = {}
        shifts = self.problem.shift_types
        for k in range(1, horizon + 1):
            table: dict[str, list[str]] = {}
            for first in shifts:
                later = reference + timedelta(days=k)
                bad = []
                for second in shifts:
                    rule = self.facts.rest_conflict(first, reference, second, later)
                    if rule is Rule.DOUBLE_BOOKING or (rule is Rule.SHORT_REST and check_rest):
                        bad.append(second.code)
                if bad:
                    table[first.code] = bad
            if table:
                result[k] = table
        return result

    def _rest_and_overlap(self) -> None:
        forbidden = self.follow
        for (person_id, day), cell in self.cells.items():
            for k, table in forbidden.items():
                later = self.cells.get((person_id, day + timedelta(days=k)))
                if not later:
                    continue
                for code, var in cell.items():
                    clashes = [later[c] for c in table.get(code, ()) if c in later]
                    if clashes:
                        self.model.add_at_most_one([var, *clashes])

    def work(self, person_id: PersonId, day: date) -> Expr:
        """Whether the person works that day: a constant on a fixed day."""
        if (person_id, day) in self.fixed:
            return 1
        return sum(self.cells.get((person_id, day), {}).values())

    def fixed_code(self, person_id: PersonId, day: date) -> str | None:
        return self.fixed.get((person_id, day))

    def _consecutive_days(self) -> None:
        if not self.limits.is_hard(Rule.TOO_MANY_DAYS):
            return
        limit = self.limits.max_consecutive_days
        facts = self.facts
        for person in self.problem.people:
            for start in facts.days:
                window = [start + timedelta(days=i) for i in range(limit + 1)]
                if not all(d in facts.day_set for d in window):
                    continue
                worked = [v for d in window for v in self.cells.get((person.id, d), {}).values()]
                if not worked:
                    continue
                fixed = sum(1 for d in window if (person.id, d) in self.fixed)
                free = len({d for d in window if (person.id, d) in self.cells})
                if free + fixed > limit:
                    self.model.add(sum(worked) <= max(0, limit - fixed))

    def weeks(self) -> dict[tuple[int, int], list[date]]:
        """The ISO weeks that hold a planned day, with every day of the problem in them."""
        weeks: dict[tuple[int, int], list[date]] = defaultdict(list)
        for day in self.facts.days:
            weeks[iso_week(day)].append(day)
        return {w: days for w, days in weeks.items() if any(map(self.facts.is_planned, days))}

    def week_minutes(self, person_id: PersonId, days: Sequence[date]) -> Expr:
        """Paid minutes of the planned part of the days."""
        return sum(
            self.paid[code] * var
            for day in days
            for code, var in self.cells.get((person_id, day), {}).items()
        )

    def fixed_minutes(self, person_id: PersonId, days: Sequence[date]) -> int:
        return sum(
            self.paid[self.fixed[(person_id, d)]] for d in days if (person_id, d) in self.fixed
        )

    def week_cap(self, person: Person, week: tuple[int, int]) -> int | None:
        """Most paid minutes the hard rules allow in the whole week, None when unlimited."""
        caps = []
        if self.limits.is_hard(Rule.WEEKLY_OVER_LEGAL):
            caps.append(int(self.limits.legal_weekly_hours * 60))
        if self.limits.is_hard(self.facts.contract_rule(person)):
            credit = self.facts.week_leave_credit(person, week)
            caps.append(person.contract_minutes_per_week - credit)
        return min(caps) if caps else None

    def planned_cap(
        self, person: Person, week: tuple[int, int], days: Sequence[date]
    ) -> int | None:
        """What the week's cap leaves the planned days once the fixed days are counted."""
        cap = self.week_cap(person, week)
        if cap is None:
            return None
        return max(0, cap - self.fixed_minutes(person.id, days))

    def _weekly_hours(self) -> None:
        for person in self.problem.people:
            for week, days in self.weeks().items():
                cap = self.planned_cap(person, week, days)
                minutes = self.week_minutes(person.id, days)
                if cap is not None and not isinstance(minutes, int):
                    self.model.add(minutes <= cap)

    def _coverage(self) -> None:
        staffed: dict[tuple[date, str], list[cp_model.IntVar]] = defaultdict(list)
        for (_, day, code), var in self.x.items():
            staffed[(day, code)].append(var)
        for key in sorted(set(staffed) | set(self.facts.needs)):
            day, code = key
            if not self.facts.is_planned(day):
                continue
            need = self.facts.needs.get(key) or Need(day, code, 0, 0)
            self._cover(need, staffed.get(key, []))

    def _bound(
        self,
        rule: Rule,
        count: Expr,
        limit: int,
        skill: str | None,
        need: Need,
        over: bool,
    ) -> None:
        if self.limits.is_hard(rule) and not self.relax_coverage:
            self.model.add(count <= limit if over else count >= limit)
            return
        slack = self.model.new_int_var(0, max(limit, 0) if not over else 10_000, "slack")
        self.model.add(count - slack <= limit if over else count + slack >= limit)
        self.slacks.append(Slack(need.day, need.shift_code, skill, over, slack))
        if not self.relax_coverage:
            self.cost.append((slack, UNCOVERED_COST * POINT))

    def _cover(self, need: Need, staffed: list[cp_model.IntVar]) -> None:
        count = sum(staffed)
        if need.min_headcount > 0:
            self._bound(Rule.UNDERSTAFFED, count, need.min_headcount, None, need, over=False)
        if need.max_headcount is not None and len(staffed) > need.max_headcount:
            self._bound(Rule.OVERSTAFFED, count, need.max_headcount, None, need, over=True)
        for skill, required in sorted(need.required_skills.items()):
            if required <= 0:
                continue
            skilled = [
                self.x[(p.id, need.day, need.shift_code)]
                for p in self.problem.people
                if (p.id, need.day, need.shift_code) in self.x and p.has_skill(skill, need.day)
            ]
            self._bound(Rule.MISSING_SKILL, sum(skilled), required, skill, need, over=False)

    def _order_interchangeable_people(self) -> None:
        """People nothing tells apart (contract, skills, days away, preferences, no draft or
        fixed cell) can swap rosters at no cost: keep only the rosters where the one listed
        first works at least as many minutes as the next."""
        problem = self.problem
        marked = {a.person_id for a in (*problem.locked, *problem.current)}
        marked |= {pid for pid, _ in self.fixed}
        away: dict[PersonId, set] = defaultdict(set)
        for (pid, day), item in self.facts.leave.items():
            away[pid].add((day, item.half_day, item.working_day))
        for pid, day in self.facts.unavailable:
            away[pid].add((day, None, None))
        prefs: dict[PersonId, set] = defaultdict(set)
        for pref in problem.preferences:
            prefs[pref.person_id].add((pref.weekday, pref.shift_code, pref.prefers))
        groups: dict[tuple, list[Person]] = defaultdict(list)
        for person in problem.people:
            if person.id in marked:
                continue
            key = (
                person.contract_minutes_per_week,
                person.part_time,
                tuple(sorted(person.skills.items(), key=lambda kv: kv[0])),
                frozenset(away[person.id]),
                frozenset(prefs[person.id]),
            )
            groups[key].append(person)
        days = self.facts.days
        for group in groups.values():
            for first, second in pairwise(group):
                self.model.add(
                    self.week_minutes(first.id, days) >= self.week_minutes(second.id, days)
                )

    # -- objective and result -----------------------------------------------------------------

    def _hints(self, hints: Sequence[Assignment]) -> None:
        """Start from ``hints`` if given, else from the current draft (if there is one)."""
        wanted = {(a.person_id, a.day, a.shift_code) for a in hints or self.problem.current}
        if not wanted:
            return
        for key, var in self.x.items():
            self.model.add_hint(var, key in wanted or key in self.locked)

    def _objective(self, with_objective: bool) -> None:
        if not with_objective:
            self.model.minimize(sum(s.var for s in self.slacks))
            return
        if self.cost:
            exprs = [expr for expr, _ in self.cost]
            coefs = [coef for _, coef in self.cost]
            self.model.minimize(cp_model.LinearExpr.weighted_sum(exprs, coefs))

    def assignments(self, solver: cp_model.CpSolver) -> tuple[Assignment, ...]:
        """The roster found: the chosen planned cells and what the fixed days hold."""
        chosen = [
            Assignment(person_id, day, code)
            for (person_id, day, code), var in self.x.items()
            if solver.boolean_value(var)
        ]
        kept = [Assignment(p, d, c) for (p, d), c in self.fixed.items()]
        return tuple(sorted({*chosen, *kept}))
