"""Soft goals of the roster model: contract hours, fairness, preferences, changes, stability.

Each goal adds (expression, weight) terms to ``RosterModel.cost`` in "minute points": an hour
away from the contract with weight 1 costs 60, every other soft unit costs 60 × its weight.
Reported objective and bound are divided by ``POINT``. Only what the planned cells can change is
counted: no term is a constant (a week with nothing to plan, a draft cell that cannot be kept,
what the fixed days hold), so the gap is measured on the part the solver decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

from branchops.core.staff.roster_types import Person, PersonId, Rule
from branchops.core.staff.solver_expr import Expr
from branchops.core.staff.solver_hull import lower_facets
from branchops.core.staff.solver_spread import Score, least_spread

if TYPE_CHECKING:
    from branchops.core.staff.solver_model import RosterModel

POINT = 60  # internal objective units per reported point
MAX_HULL_LENGTHS = 2  # distinct paid shift lengths in a week the exact hull handles
MAX_HULL_POINTS = 60


def add_soft_goals(built: RosterModel) -> None:
    """Add every soft goal whose weight is above 0 to ``built.cost``."""
    _contract_hours(built)
    _fairness(built)
    _preferences(built)
    _changes(built)
    _stability(built)


# -- contract hours ---------------------------------------------------------------------------


def _contract_hours(built: RosterModel) -> None:
    weight = built.problem.weights.contract_hours
    if weight <= 0:
        return
    hours = _ContractHours(built)
    for person in built.problem.people:
        for week, days in built.weeks().items():
            target = planned_target(built, person, week, days)
            hours.deviation(person, week, days, target, weight)


def planned_target(
    built: RosterModel, person: Person, week: tuple[int, int], days: Sequence[date]
) -> int:
    """Contract minutes the planned days of an ISO week should hold.

    The week's target is the contract less its leave. What the fixed days hold counts towards
    it; the days still to be planned (fixed days not published with nothing on them yet — after
    the period, typically — and days beyond the problem) keep their share by calendar day, so a
    week running past the period's end asks of its planned days only their part and people are
    not piled onto the last days."""
    facts = built.facts
    leave = facts.leave
    whole = max(0, person.contract_minutes_per_week - facts.week_leave_credit(person, week))
    week_days = [monday_of_week(days[0]) + timedelta(days=i) for i in range(7)]

    def available(day: date) -> bool:
        item = leave.get((person.id, day))
        return item is None or item.half_day

    planned = sum(1 for d in days if facts.is_planned(d) and available(d))
    # days still to plan: fixed days with nothing on them yet, and days beyond the problem
    later = sum(
        1 for d in week_days if (d not in facts.day_set or facts.still_to_plan(d)) and available(d)
    )
    left = max(0, whole - built.fixed_minutes(person.id, days))
    if planned + later == 0:
        return 0
    return left * planned // (planned + later)


def monday_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday())


class _ContractHours:
    """The contract-hours terms of one model, with the weekly patterns it has walked."""

    def __init__(self, built: RosterModel) -> None:
        self.built = built
        self.paid = built.paid
        self._pattern_cache: dict[tuple, list[tuple[int, ...]]] = {}

    def deviation(
        self, person: Person, week: tuple[int, int], days: Sequence[date], target: int, weight: int
    ) -> None:
        """|worked - target| for one person-week, bounded below by the lower convex hull of
        (shift count per paid length, deviation) over the weekly patterns the shifts allow.

        With only dev >= |worked - target| the LP relaxation mixes fractional shifts (a bit of
        a 10 h night for every warden) to hit each target exactly and the bound never closes;
        the hull facets are plain inequalities, so the search stays as easy as before."""
        cells = [self.built.cells.get((person.id, day), {}) for day in days]
        lengths = sorted({self.paid[c] for cell in cells for c in cell})
        if not lengths:  # nothing to decide: a constant, left out
            return
        patterns = self._patterns(person, week, days, lengths)
        if not patterns:  # published shifts exceed the cap; the hard rule fails anyway
            return
        counts: list[Expr] = [
            sum(var for cell in cells for code, var in cell.items() if self.paid[code] == length)
            for length in lengths
        ]
        points = tuple((*p, abs(_minutes(p, lengths) - target)) for p in patterns)
        facets: tuple[tuple[int, ...], ...] = ()
        if len(lengths) <= MAX_HULL_LENGTHS and len(patterns) <= MAX_HULL_POINTS:
            facets = lower_facets(points)
        if not any(f[-2] > 0 for f in facets):
            # too many patterns, or patterns on a line: a hull over the total minutes only
            counts = [cp_model.LinearExpr.weighted_sum(counts, lengths)]
            points = tuple(sorted({(_minutes(p[:-1], lengths), p[-1]) for p in points}))
            facets = lower_facets(points)
        dev = self.built.model.new_int_var(
            min(p[-1] for p in points), max(p[-1] for p in points), "dev"
        )
        worked = sum(self.paid[c] * v for cell in cells for c, v in cell.items())
        self.built.model.add(dev >= worked - target)
        self.built.model.add(dev >= target - worked)
        for *normal, dev_coef, rhs in facets:
            terms = cp_model.LinearExpr.sum(
                [c * x for c, x in zip(normal, counts, strict=True) if c]
            )
            self.built.model.add(terms + dev_coef * dev >= rhs)
        self.built.cost.append((dev, weight))

    def _patterns(
        self, person: Person, week: tuple[int, int], days: Sequence[date], lengths: list[int]
    ) -> list[tuple[int, ...]]:
        """Shift counts per paid length the week can hold, walking day by day with the weekly
        cap, rest to the next day and days in a row. It ignores the neighbouring weeks, so it
        is a superset of what the rules allow and the bound it gives stays valid."""
        max_run = self.built.limits.max_consecutive_days
        if not self.built.limits.is_hard(Rule.TOO_MANY_DAYS) or max_run >= len(days):
            max_run = 0  # cannot bind inside the week: not tracked, which keeps states few
        steps = []
        previous: date | None = None
        for day in days:
            gap = previous is not None and day - previous != timedelta(days=1)
            steps.append((gap, tuple(self._day_options(person.id, day))))
            previous = day
        key = (tuple(steps), self.built.planned_cap(person, week, days), tuple(lengths), max_run)
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
        next_day = self.built.follow.get(1, {})
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
        """Shift codes the person may work that day; "" stands for a day off (and for a fixed
        day: its minutes are a constant, outside the pattern)."""
        cell = self.built.cells.get((person_id, day), {})
        locked = [c for c in cell if (person_id, day, c) in self.built.locked]
        return locked[:1] if locked else ["", *cell]


def _minutes(pattern: tuple[int, ...], lengths: list[int]) -> int:
    return sum(n * length for n, length in zip(pattern, lengths, strict=True))


# -- fairness, preferences, changes, stability ------------------------------------------------


def _fairness(built: RosterModel) -> None:
    """Weekend and holiday shifts of the planned days shared evenly."""
    weight = built.problem.weights.fairness
    people = built.problem.people
    special = [
        d
        for d in built.facts.days
        if built.facts.is_planned(d) and built.problem.is_weekend_or_holiday(d)
    ]
    if weight <= 0 or not special or len(people) < 2:
        return
    demand = sum(n.min_headcount for (d, _), n in built.facts.needs.items() if d in special)
    present = {p.id: sum(1 for d in special if (p.id, d) in built.cells) for p in people}
    rate = demand / max(1, sum(present.values()))
    reference = max(p.contract_minutes_per_week for p in people)
    scores: list[Expr] = []
    reach: list[Score] = []
    top = 0
    for person in people:
        # part-timers count double (per contracted hour); people away on some weekends
        # are credited the share they would have worked
        coef = round(reference / person.contract_minutes_per_week)
        offset = round(coef * (len(special) - present[person.id]) * rate)
        scores.append(coef * sum(built.work(person.id, d) for d in special) + offset)
        reach.append(Score(coef, offset, present[person.id]))
        top = max(top, coef * len(special) + offset)
    high = built.model.new_int_var(0, top, "fair_high")
    low = built.model.new_int_var(0, top, "fair_low")
    for score in scores:
        built.model.add(high >= score)
        built.model.add(low <= score)
    spread = least_spread(reach, *_special_shift_totals(built, special))
    if spread > 0:  # what whole shifts cannot avoid; the LP relaxation would count none
        built.model.add(high - low >= spread)
    built.cost.append((high - low, weight * POINT))


def _special_shift_totals(built: RosterModel, special: Sequence[date]) -> tuple[int, int | None]:
    """Fewest and most shifts the hard coverage rules allow over the special days (one shift
    a person a day, so also the sum of everyone's special-day shifts); None: no upper limit."""
    needs = [n for (d, _), n in built.facts.needs.items() if d in special]
    hard = not built.relax_coverage
    least = 0
    if hard and built.limits.is_hard(Rule.UNDERSTAFFED):
        least = sum(n.min_headcount for n in needs)
    most: int | None = None
    capped = all(n.max_headcount is not None for n in needs)
    if hard and built.limits.is_hard(Rule.OVERSTAFFED) and capped:
        most = sum(n.max_headcount or 0 for n in needs)
    return least, most


def _preferences(built: RosterModel) -> None:
    weight = built.problem.weights.preferences
    if weight <= 0:
        return
    for pref in built.problem.preferences:
        for day in built.facts.days:
            if pref.weekday is not None and day.weekday() != pref.weekday:
                continue
            cell = built.cells.get((pref.person_id, day), {})
            if cell:
                _preference_cost(built, pref.prefers, pref.weekday, pref.shift_code, cell, weight)


def _preference_cost(
    built: RosterModel,
    prefers: bool,
    weekday: int | None,
    code: str | None,
    cell: dict[str, cp_model.IntVar],
    weight: int,
) -> None:
    cost = weight * POINT
    if not prefers:
        built.cost.append((sum(v for c, v in cell.items() if code in (None, c)), cost))
    elif code is None:
        if weekday is not None:
            built.cost.append((1 - sum(cell.values()), cost))  # wants to work that day
    elif weekday is None:
        built.cost.append((sum(v for c, v in cell.items() if c != code), cost))
    elif code in cell:
        built.cost.append((1 - cell[code], cost))


def _changes(built: RosterModel) -> None:
    """Cells of the current draft changed; a draft cell that cannot be kept is a change
    whatever the solver does, so it is left out."""
    weight = built.problem.weights.changes
    current = {
        (a.person_id, a.day): a.shift_code
        for a in built.problem.current
        if built.facts.is_planned(a.day)
    }
    if weight <= 0 or not current:
        return
    for cell_key in set(built.cells) | set(current):
        cell = built.cells.get(cell_key, {})
        code = current.get(cell_key)
        changed: Expr
        if code is None:
            changed = sum(cell.values())
        elif code in cell:
            changed = 1 - cell[code]
        else:
            continue  # changes whatever is planned there
        if cell:
            built.cost.append((changed, weight * POINT))


def _stability(built: RosterModel) -> None:
    """A switch to another shift type on the next day, also next to a fixed day."""
    weight = built.problem.weights.stability
    if weight <= 0 or len(built.problem.shift_types) < 2:
        return
    for (person_id, day), cell in built.cells.items():
        after = day + timedelta(days=1)
        before_code = built.fixed_code(person_id, day - timedelta(days=1))
        if before_code is not None:  # from a fixed shift into this cell
            others = [v for c, v in cell.items() if c != before_code]
            if others:
                built.cost.append((sum(others), weight * POINT))
        after_code = built.fixed_code(person_id, after)
        if after_code is not None:  # from this cell into a fixed shift
            others = [v for c, v in cell.items() if c != after_code]
            if others:
                built.cost.append((sum(others), weight * POINT))
            continue
        following = built.cells.get((person_id, after))
        if not following or (len(cell) == 1 and set(cell) == set(following)):
            continue  # no switch possible
        switch = built.model.new_bool_var("switch")
        works_next = sum(following.values())
        for code, var in cell.items():
            built.model.add(switch >= var + works_next - following.get(code, 0) - 1)
        built.cost.append((switch, weight * POINT))
