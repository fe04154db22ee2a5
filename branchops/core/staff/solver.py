"""Automatic rostering with OR-Tools CP-SAT.

One boolean per (person, day, shift) the person could work. Hard rules are constraints, soft
goals a weighted objective in "minute points": an hour away from the contract with weight 1 costs
60, every other soft unit costs 60 × its weight. Reported objective and bound are divided by 60.
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache, reduce
from itertools import combinations
from math import gcd

from ortools.sat.python import cp_model

from branchops.core.staff.diagnosis import Diagnosis, diagnose, quick_checks
from branchops.core.staff.roster_types import (
    Assignment,
    Need,
    Person,
    PersonId,
    RosterInputError,
    RosterProblem,
    Rule,
    iso_week,
)
from branchops.core.staff.rules import RosterFacts
from branchops.i18n import translate

OPTIMAL = "optimal"
FEASIBLE = "feasible"
INFEASIBLE = "infeasible"
CANCELLED_WITH_SOLUTION = "cancelled_with_solution"
NO_SOLUTION_IN_TIME = "no_solution_in_time"

POINT = 60  # internal objective units per reported point
UNCOVERED_COST = 1000  # points per missing person when understaffing is only a warning
DIAGNOSIS_TIME_LIMIT_S = 10.0
MAX_HULL_LENGTHS = 2  # distinct paid shift lengths in a week the exact hull handles
MAX_HULL_POINTS = 60

Key = tuple[PersonId, date, str]


@dataclass(frozen=True)
class SolverProgress:
    objective: float
    bound: float
    gap: float
    elapsed_s: float
    solutions: int


@dataclass(frozen=True)
class RosterSolution:
    """``status`` 'optimal' means proven optimal (gap 0); a roster within the gap limit that is
    not proven optimal is 'feasible' with its ``gap``. ``cancelled`` is set whenever the user
    stopped the search, also when nothing was found yet ('no_solution_in_time')."""

    status: str
    assignments: tuple[Assignment, ...]
    objective: float | None
    bound: float | None
    gap: float | None
    wall_time: float
    first_solution_time: float | None
    diagnosis: tuple[Diagnosis, ...] = ()
    cancelled: bool = False

    @property
    def has_roster(self) -> bool:
        return self.status in (OPTIMAL, FEASIBLE, CANCELLED_WITH_SOLUTION)


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
    slack variables (the diagnosis minimises them); ``with_objective`` adds the soft goals."""

    def __init__(
        self, problem: RosterProblem, *, relax_coverage: bool = False, with_objective: bool = True
    ) -> None:
        self.problem = problem
        self.facts = RosterFacts(problem)
        self.limits = problem.limits
        self.relax_coverage = relax_coverage
        self.model = cp_model.CpModel()
        self.x: dict[Key, cp_model.IntVar] = {}
        self.cells: dict[tuple[PersonId, date], dict[str, cp_model.IntVar]] = defaultdict(dict)
        self.slacks: list[Slack] = []
        self._cost: list[tuple[cp_model.LinearExprT, int]] = []
        self._constant = 0
        self._follow = self._forbidden_follow_ups()
        self.paid = {s.code: s.paid_minutes for s in problem.shift_types}
        self._pattern_cache: dict[tuple, list[tuple[int, ...]]] = {}
        self._create_variables()
        self._one_shift_a_day()
        self._rest_and_overlap()
        self._consecutive_days()
        self._weekly_hours()
        self._coverage()
        if with_objective:
            self._contract_hours()
            self._fairness()
            self._preferences()
            self._changes()
            self._stability()
            self._hints()
        self._objective(with_objective)

    # -- variables and hard rules -------------------------------------------------------------

    def _add_var(self, person_id: PersonId, day: date, code: str) -> cp_model.IntVar:
        key = (person_id, day, code)
        if key not in self.x:
            var = self.model.new_bool_var(f"x_{person_id}_{day:%Y%m%d}_{code}")
            self.x[key] = var
            self.cells[(person_id, day)][code] = var
        return self.x[key]

    def _create_variables(self) -> None:
        facts = self.facts
        for (day, code), need in sorted(facts.needs.items()):
            if day not in facts.day_set or need.max_headcount == 0:
                continue
            for person in self.problem.people:
                if facts.blocked_by(person.id, day, code) is None:
                    self._add_var(person.id, day, code)
        self.locked = {
            (a.person_id, a.day, a.shift_code)
            for a in self.problem.locked
            if a.day in facts.day_set
        }
        for key in sorted(self.locked):
            var = self._add_var(*key)
            self.model.add(var == 1)
            if facts.blocked_by(*key) is not None:
                self.model.add(var == 0)  # a published shift on leave: the diagnosis says so

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
        forbidden = self._follow
        for (person_id, day), cell in self.cells.items():
            for k, table in forbidden.items():
                later = self.cells.get((person_id, day + timedelta(days=k)))
                if not later:
                    continue
                for code, var in cell.items():
                    clashes = [later[c] for c in table.get(code, ()) if c in later]
                    if clashes:
                        self.model.add_at_most_one([var, *clashes])

    def work(self, person_id: PersonId, day: date) -> cp_model.LinearExprT:
        return sum(self.cells.get((person_id, day), {}).values())

    def _consecutive_days(self) -> None:
        if not self.limits.is_hard(Rule.TOO_MANY_DAYS):
            return
        limit = self.limits.max_consecutive_days
        for person in self.problem.people:
            for start in self.facts.days:
                window = [start + timedelta(days=i) for i in range(limit + 1)]
                if not all(d in self.facts.day_set for d in window):
                    continue
                worked = [v for d in window for v in self.cells.get((person.id, d), {}).values()]
                if len({k for k in window if (person.id, k) in self.cells}) > limit:
                    self.model.add(sum(worked) <= limit)

    def weeks(self) -> dict[tuple[int, int], list[date]]:
        weeks: dict[tuple[int, int], list[date]] = defaultdict(list)
        for day in self.facts.days:
            weeks[iso_week(day)].append(day)
        return weeks

    def week_minutes(self, person_id: PersonId, days: Sequence[date]) -> cp_model.LinearExprT:
        return sum(
            self.paid[code] * var
            for day in days
            for code, var in self.cells.get((person_id, day), {}).items()
        )

    def week_cap(self, person: Person, week: tuple[int, int]) -> int | None:
        """Most paid minutes the hard rules allow in the week, None when unlimited."""
        caps = []
        if self.limits.is_hard(Rule.WEEKLY_OVER_LEGAL):
            caps.append(int(self.limits.legal_weekly_hours * 60))
        if self.limits.is_hard(self.facts.contract_rule(person)):
            credit = self.facts.week_leave_credit(person, week)
            caps.append(person.contract_minutes_per_week - credit)
        return min(caps) if caps else None

    def _weekly_hours(self) -> None:
        for person in self.problem.people:
            for week, days in self.weeks().items():
                cap = self.week_cap(person, week)
                minutes = self.week_minutes(person.id, days)
                if cap is not None and not isinstance(minutes, int):
                    self.model.add(minutes <= cap)

    def _coverage(self) -> None:
        staffed: dict[tuple[date, str], list[cp_model.IntVar]] = defaultdict(list)
        for (_, day, code), var in self.x.items():
            staffed[(day, code)].append(var)
        for key in sorted(set(staffed) | set(self.facts.needs)):
            day, code = key
            if day not in self.facts.day_set:
                continue
            need = self.facts.needs.get(key) or Need(day, code, 0, 0)
            self._cover(need, staffed.get(key, []))

    def _bound(
        self,
        rule: Rule,
        count: cp_model.LinearExprT,
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
            self._cost.append((slack, UNCOVERED_COST * POINT))

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

    # -- soft goals ---------------------------------------------------------------------------

    def _contract_hours(self) -> None:
        weight = self.problem.weights.contract_hours
        if weight <= 0:
            return
        for person in self.problem.people:
            for week, days in self.weeks().items():
                target = person.contract_minutes_per_week * len(days) // 7
                target = max(0, target - self.facts.week_leave_credit(person, week))
                self._deviation(person, week, days, target, weight)

    def _deviation(
        self, person: Person, week: tuple[int, int], days: Sequence[date], target: int, weight: int
    ) -> None:
        """|worked - target| for one person-week, bounded below by the lower convex hull of
        (shift count per paid length, deviation) over the weekly patterns the shifts allow.

        With only dev >= |worked - target| the LP relaxation mixes fractional shifts (a bit of
        a 10 h night for every warden) to hit each target exactly and the bound never closes;
        the hull facets are plain inequalities, so the search stays as easy as before."""
        cells = [self.cells.get((person.id, day), {}) for day in days]
        lengths = sorted({self.paid[c] for cell in cells for c in cell})
        if not lengths:  # nothing to decide: on leave or not needed all week
            self._constant += weight * target
            return
        patterns = self._patterns(person, week, days, lengths)
        if not patterns:  # published shifts exceed the cap; the hard rule fails anyway
            return
        counts = [
            sum(var for cell in cells for code, var in cell.items() if self.paid[code] == length)
            for length in lengths
        ]
        points = tuple((*p, abs(_minutes(p, lengths) - target)) for p in patterns)
        facets = ()
        if len(lengths) <= MAX_HULL_LENGTHS and len(patterns) <= MAX_HULL_POINTS:
            facets = _lower_facets(points)
        if not any(f[-2] > 0 for f in facets):
            # too many patterns, or patterns on a line: a hull over the total minutes only
            counts = [sum(n * m for n, m in zip(counts, lengths, strict=True))]
            points = tuple(sorted({(_minutes(p[:-1], lengths), p[-1]) for p in points}))
            facets = _lower_facets(points)
        dev = self.model.new_int_var(min(p[-1] for p in points), max(p[-1] for p in points), "dev")
        worked = sum(self.paid[c] * v for cell in cells for c, v in cell.items())
        self.model.add(dev >= worked - target)
        self.model.add(dev >= target - worked)
        for *normal, dev_coef, rhs in facets:
            terms = sum(c * x for c, x in zip(normal, counts, strict=True) if c)
            self.model.add(terms + dev_coef * dev >= rhs)
        self._cost.append((dev, weight))

    def _patterns(
        self, person: Person, week: tuple[int, int], days: Sequence[date], lengths: list[int]
    ) -> list[tuple[int, ...]]:
        """Shift counts per paid length the week can hold, walking day by day with the weekly
        cap, rest to the next day and days in a row. It ignores the neighbouring weeks, so it
        is a superset of what the rules allow and the bound it gives stays valid."""
        max_run = self.limits.max_consecutive_days
        if not self.limits.is_hard(Rule.TOO_MANY_DAYS) or max_run >= len(days):
            max_run = 0  # cannot bind inside the week: not tracked, which keeps states few
        steps = []
        previous: date | None = None
        for day in days:
            gap = previous is not None and day - previous != timedelta(days=1)
            steps.append((gap, tuple(self._day_options(person.id, day))))
            previous = day
        key = (tuple(steps), self.week_cap(person, week), tuple(lengths), max_run)
        if key not in self._pattern_cache:
            self._pattern_cache[key] = self._walk_patterns(*key)
        return self._pattern_cache[key]

    def _walk_patterns(
        self,
        steps: tuple[tuple[bool, tuple[str, ...]], ...],
        cap: int | None,
        lengths: tuple[int, ...],
        max_run: int,
    ) -> list[tuple[int, ...]]:
        next_day = self._follow.get(1, {})
        # state: (counts, minutes, shift the day before if it limits the next day, run)
        states = {((0,) * len(lengths), 0, "", 0)}
        for gap, options in steps:
            if gap:
                states = {(counts, minutes, "", 0) for counts, minutes, _, _ in states}
            following = set()
            for counts, minutes, last, run in states:
                for code in options:
                    if not code:
                        following.add((counts, minutes, "", 0))
                        continue
                    paid = self.paid[code]
                    if code in next_day.get(last, ()) or (max_run and run >= max_run):
                        continue
                    if cap is not None and minutes + paid > cap:
                        continue
                    grown = tuple(n + (m == paid) for n, m in zip(counts, lengths, strict=True))
                    limiting = code if code in next_day else ""
                    following.add((grown, minutes + paid, limiting, run + 1 if max_run else 0))
            states = following
        return sorted({state[0] for state in states})

    def _day_options(self, person_id: PersonId, day: date) -> list[str]:
        """Shift codes the person may work that day; "" stands for a day off."""
        cell = self.cells.get((person_id, day), {})
        locked = [c for c in cell if (person_id, day, c) in self.locked]
        return locked[:1] if locked else ["", *cell]

    def _fairness(self) -> None:
        weight = self.problem.weights.fairness
        people = self.problem.people
        special = [d for d in self.facts.days if self.problem.is_weekend_or_holiday(d)]
        if weight <= 0 or not special or len(people) < 2:
            return
        demand = sum(n.min_headcount for (d, _), n in self.facts.needs.items() if d in special)
        present = {p.id: sum(1 for d in special if (p.id, d) in self.cells) for p in people}
        rate = demand / max(1, sum(present.values()))
        reference = max(p.contract_minutes_per_week for p in people)
        scores: list[cp_model.LinearExprT] = []
        top = 0
        for person in people:
            # part-timers count double (per contracted hour); people away on some weekends
            # are credited the share they would have worked
            coef = round(reference / person.contract_minutes_per_week)
            offset = round(coef * (len(special) - present[person.id]) * rate)
            scores.append(coef * sum(self.work(person.id, d) for d in special) + offset)
            top = max(top, coef * len(special) + offset)
        high = self.model.new_int_var(0, top, "fair_high")
        low = self.model.new_int_var(0, top, "fair_low")
        for score in scores:
            self.model.add(high >= score)
            self.model.add(low <= score)
        self._cost.append((high - low, weight * POINT))

    def _preferences(self) -> None:
        weight = self.problem.weights.preferences
        if weight <= 0:
            return
        for pref in self.problem.preferences:
            for day in self.facts.days:
                if pref.weekday is not None and day.weekday() != pref.weekday:
                    continue
                cell = self.cells.get((pref.person_id, day), {})
                if cell:
                    self._preference_cost(pref.prefers, pref.weekday, pref.shift_code, cell, weight)

    def _preference_cost(
        self,
        prefers: bool,
        weekday: int | None,
        code: str | None,
        cell: dict[str, cp_model.IntVar],
        weight: int,
    ) -> None:
        cost = weight * POINT
        if not prefers:
            self._cost.append((sum(v for c, v in cell.items() if code in (None, c)), cost))
        elif code is None:
            if weekday is not None:
                self._cost.append((1 - sum(cell.values()), cost))  # wants to work that day
        elif weekday is None:
            self._cost.append((sum(v for c, v in cell.items() if c != code), cost))
        elif code in cell:
            self._cost.append((1 - cell[code], cost))

    def _changes(self) -> None:
        weight = self.problem.weights.changes
        current = {
            (a.person_id, a.day): a.shift_code
            for a in self.problem.current
            if a.day in self.facts.day_set
        }
        if weight <= 0 or not current:
            return
        for cell_key in set(self.cells) | set(current):
            cell = self.cells.get(cell_key, {})
            code = current.get(cell_key)
            if code is None:
                changed = sum(cell.values())
            elif code in cell:
                changed = 1 - cell[code]
            else:
                changed = 1
            self._cost.append((changed, weight * POINT))

    def _stability(self) -> None:
        weight = self.problem.weights.stability
        if weight <= 0 or len(self.problem.shift_types) < 2:
            return
        for (person_id, day), cell in self.cells.items():
            following = self.cells.get((person_id, day + timedelta(days=1)))
            if not following or (len(cell) == 1 and set(cell) == set(following)):
                continue  # no switch possible
            switch = self.model.new_bool_var("switch")
            works_next = sum(following.values())
            for code, var in cell.items():
                self.model.add(switch >= var + works_next - following.get(code, 0) - 1)
            self._cost.append((switch, weight * POINT))

    def _hints(self) -> None:
        current = {(a.person_id, a.day, a.shift_code) for a in self.problem.current}
        if not current:
            return
        for key, var in self.x.items():
            self.model.add_hint(var, key in current or key in self.locked)

    def _objective(self, with_objective: bool) -> None:
        if not with_objective:
            self.model.minimize(sum(s.var for s in self.slacks))
            return
        if self._cost:
            exprs = [expr for expr, _ in self._cost]
            coefs = [coef for _, coef in self._cost]
            objective = cp_model.LinearExpr.weighted_sum(exprs, coefs)
            self.model.minimize(objective + self._constant)

    def assignments(self, solver: cp_model.CpSolver) -> tuple[Assignment, ...]:
        return tuple(
            Assignment(person_id, day, code)
            for (person_id, day, code), var in sorted(self.x.items())
            if solver.boolean_value(var)
        )


def solve_roster(
    problem: RosterProblem,
    time_limit_s: float,
    on_progress: Callable[[SolverProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    *,
    num_workers: int = 2,
    relative_gap_limit: float = 0.01,
) -> RosterSolution:
    """Find a roster meeting every hard rule, as good as possible on the soft goals.

    ``on_progress`` is called from a solver thread on every improving roster and better bound;
    ``should_stop`` is polled from a helper thread (read a flag, do no GUI work) and cancels the
    search, keeping the best roster found so far. The search also stops once the gap between
    the best roster and the bound is at most ``relative_gap_limit``.
    """
    if not time_limit_s > 0:
        raise RosterInputError(
            translate(
                "RosterSolver", "The time limit must be more than 0 seconds (got {value})."
            ).format(value=time_limit_s)
        )
    started = time.perf_counter()
    built = RosterModel(problem)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit_s
    solver.parameters.num_workers = num_workers
    solver.parameters.relative_gap_limit = relative_gap_limit
    solver.parameters.random_seed = 7
    # Presolve turns "at least one supervisor/warden" rows into clauses, which the default LP
    # leaves out; the bound then stalls far from the optimum (benchmarks/bench_roster.py).
    solver.parameters.cp_model_presolve = False
    tracker = _Tracker(solver, started, on_progress, should_stop)
    solver.best_bound_callback = tracker.on_bound
    with StopWatcher(solver, should_stop) as watcher:
        status = solver.solve(built.model, tracker)
    if tracker.error is not None:
        raise tracker.error
    return _solution(
        problem,
        built,
        solver,
        status,
        tracker,
        watcher.cancelled or tracker.cancelled,
        started,
        time_limit_s,
        should_stop,
    )


def _solution(
    problem: RosterProblem,
    built: RosterModel,
    solver: cp_model.CpSolver,
    status: int,
    tracker: _Tracker,
    cancelled: bool,
    started: float,
    time_limit_s: float,
    should_stop: Callable[[], bool] | None,
) -> RosterSolution:
    if status == cp_model.MODEL_INVALID:
        raise RuntimeError(built.model.validate())
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        objective = solver.objective_value / POINT
        raw_bound = max(0.0, solver.best_objective_bound)
        bound = raw_bound / POINT
        gap = _gap(solver.objective_value, raw_bound)
        if status == cp_model.OPTIMAL and gap == 0:
            name = OPTIMAL
        else:
            name = CANCELLED_WITH_SOLUTION if cancelled else FEASIBLE
        return RosterSolution(
            name,
            built.assignments(solver),
            objective,
            bound,
            gap,
            time.perf_counter() - started,
            tracker.first_solution_time,
            cancelled=cancelled,
        )
    if status == cp_model.INFEASIBLE:
        found = diagnose(problem, min(time_limit_s, DIAGNOSIS_TIME_LIMIT_S), should_stop)
        name = INFEASIBLE
    else:
        found = quick_checks(problem)
        name = NO_SOLUTION_IN_TIME
    return RosterSolution(
        name,
        (),
        None,
        None,
        None,
        time.perf_counter() - started,
        None,
        tuple(found),
        cancelled=cancelled,
    )


@lru_cache(maxsize=4096)
def _lower_facets(points: tuple[tuple[int, ...], ...]) -> tuple[tuple[int, ...], ...]:
    """Facets of the epigraph hull of integer points (x_1 .. x_k, y): conv(points) plus every
    point above them. Each is integers (a_1 .. a_k, b, rhs), b >= 0, meaning a.x + b.y >= rhs
    for every point; b = 0 are the side facets that bound x alone.

    Brute force over point subsets; callers keep k and the number of points small."""
    dim = len(points[0])
    found: set[tuple[int, ...]] = set()
    for subset in combinations(points, dim):
        normal = _normal(subset)
        if normal[-1] != 0:
            _add_facet(found, points, subset[0], normal if normal[-1] > 0 else _neg(normal))
    for subset in combinations(points, dim - 1):
        side = (*_normal(tuple(p[:-1] for p in subset)), 0) if dim > 2 else (1, 0)
        if any(side):
            _add_facet(found, points, subset[0], side)
            _add_facet(found, points, subset[0], _neg(side))
    if len(points) == 1:
        found.add((*([0] * (dim - 1)), 1, points[0][-1]))
    return tuple(sorted(found))


def _add_facet(
    found: set[tuple[int, ...]],
    points: tuple[tuple[int, ...], ...],
    base: tuple[int, ...],
    normal: tuple[int, ...],
) -> None:
    divisor = reduce(gcd, normal)
    normal = tuple(n // divisor for n in normal)
    rhs = _dot(normal, base)
    if (*normal, rhs) in found:
        return
    above = False
    for point in points:
        value = _dot(normal, point)
        if value < rhs:
            return
        above = above or value > rhs
    # a side facet with every point on it would be an equality: left out
    if normal[-1] > 0 or above:
        found.add((*normal, rhs))


def _dot(a: Sequence[int], b: Sequence[int]) -> int:
    return sum(x * y for x, y in zip(a, b, strict=True))


def _neg(vector: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(-v for v in vector)


def _normal(subset: tuple[tuple[int, ...], ...]) -> tuple[int, ...]:
    """Integer normal of the hyperplane through ``len(subset)`` points in as many dimensions
    (all zero when they are degenerate)."""
    rows = [[v - b for v, b in zip(p, subset[0], strict=True)] for p in subset[1:]]
    return tuple(
        (-1) ** i * _det([row[:i] + row[i + 1 :] for row in rows]) for i in range(len(subset))
    )


def _det(matrix: list[list[int]]) -> int:
    if not matrix:
        return 1
    if len(matrix) == 1:
        return matrix[0][0]
    return sum(
        (-1) ** j * matrix[0][j] * _det([row[:j] + row[j + 1 :] for row in matrix[1:]])
        for j in range(len(matrix))
    )


def _minutes(pattern: tuple[int, ...], lengths: list[int]) -> int:
    return sum(n * length for n, length in zip(pattern, lengths, strict=True))


def _gap(objective: float, bound: float) -> float:
    return abs(objective - bound) / max(1.0, abs(objective))


class _Tracker(cp_model.CpSolverSolutionCallback):
    """Reports every improving roster and every better bound once a roster exists."""

    def __init__(
        self,
        solver: cp_model.CpSolver,
        started: float,
        on_progress: Callable[[SolverProgress], None] | None,
        should_stop: Callable[[], bool] | None,
    ) -> None:
        super().__init__()
        self.solver = solver
        self.should_stop = should_stop
        self.cancelled = False
        self.started = started
        self.on_progress = on_progress
        self.solutions = 0
        self.first_solution_time: float | None = None
        self.error: BaseException | None = None
        self._objective: float | None = None
        self._bound = 0.0  # every cost term is >= 0; CP-SAT's first bounds may be negative
        self._lock = threading.Lock()

    def on_solution_callback(self) -> None:
        with self._lock:
            elapsed = time.perf_counter() - self.started
            self.solutions += 1
            if self.first_solution_time is None:
                self.first_solution_time = elapsed
            self._objective = self.objective_value
            self._bound = max(self._bound, self.best_objective_bound)
            self._report(elapsed)
            # checked here too so a cancel takes effect at once, not at the next poll
            if self.should_stop is not None and self.should_stop():
                self.cancelled = True
                self.stop_search()

    def on_bound(self, bound: float) -> None:
        with self._lock:
            self._bound = max(self._bound, bound)
            if self._objective is not None:
                self._report(time.perf_counter() - self.started)

    def _report(self, elapsed: float) -> None:
        if self.on_progress is None or self.error is not None or self._objective is None:
            return
        objective, bound = self._objective, self._bound
        progress = SolverProgress(
            objective / POINT, bound / POINT, _gap(objective, bound), elapsed, self.solutions
        )
        try:
            self.on_progress(progress)
        except Exception as error:  # raised to the caller once the solver has returned
            self.error = error
            self.solver.stop_search()


class StopWatcher:
    """Polls ``should_stop`` while the solver runs, so a cancel works before any solution."""

    POLL_S = 0.05

    def __init__(self, solver: cp_model.CpSolver, should_stop: Callable[[], bool] | None):
        self.solver = solver
        self.should_stop = should_stop
        self.cancelled = False
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> StopWatcher:
        if self.should_stop is not None:
            if self.should_stop():
                self.cancelled = True
            self._thread = threading.Thread(target=self._watch, daemon=True)
            self._thread.start()
        return self

    def _watch(self) -> None:
        assert self.should_stop is not None
        while not self._done.wait(self.POLL_S):
            if self.cancelled or self.should_stop():
                self.cancelled = True
                # repeated: a stop asked before the search has started would be lost
                self.solver.stop_search()

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()
