"""The monthly overtime cap (劳动法 art. 41) as constraints of the roster model.

The overtime of a month is what ``overtime.py`` counts, written as linear terms: holiday minutes
and minutes over the standard day on the day they are worked, and per ISO week (on its Sunday)
the rest-day minutes a day off in lieu does not make up and, under the weekly rule, the minutes
over the contract. The two weekly kinds are ``max(0, …)``: an integer variable bounded below by
its expression, which the cap pushes down to the exact value.

Only months that hold a planned cell are constrained, and only the planned part is limited:
when the fixed days alone already pass the cap, the planned days may add no overtime. A month
whose overtime cannot pass the cap under the weekly hours limit (most people's, with shifts of
at most a standard day) gets no constraint: ``_most_overtime`` bounds each week by walking its
days.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from branchops.core.period import Month
from branchops.core.staff.overtime import DAILY, WEEKLY_CONTRACT, DayKind
from branchops.core.staff.roster_types import Person, Rule, iso_week
from branchops.core.staff.solver_expr import Expr

if TYPE_CHECKING:
    from branchops.core.staff.solver_model import RosterModel


@dataclass
class _Part:
    """A linear piece of a month's overtime: ``expr`` (may be a plain int), its value when no
    planned cell is worked, and an upper bound."""

    expr: Expr
    idle: int
    most: int
    variable: bool


@dataclass
class _MonthTerms:
    parts: list[_Part] = field(default_factory=list)

    def add(self, part: _Part) -> None:
        if part.most > 0:
            self.parts.append(part)


def add_monthly_overtime(built: RosterModel) -> None:
    if not built.limits.is_hard(Rule.MONTHLY_OVERTIME):
        return
    cap = built.limits.overtime.monthly_max_minutes
    for person in built.problem.people:
        most = _most_overtime(built, person)
        if all(value <= cap for value in most.values()):
            continue
        months: dict[Month, _MonthTerms] = defaultdict(_MonthTerms)
        _daily_parts(built, person, months)
        _weekly_parts(built, person, months)
        for month, terms in months.items():
            if not any(p.variable for p in terms.parts) or most.get(month, 0) <= cap:
                continue
            limit = max(cap, sum(p.idle for p in terms.parts))
            if sum(p.most for p in terms.parts) > limit:
                built.model.add(sum(p.expr for p in terms.parts) <= limit)


def _most_overtime(built: RosterModel, person: Person) -> dict[Month, int]:
    """An upper bound of each month's overtime: per ISO week, the most that the per-day kinds
    and (apart) the rest-day kind can reach within the week's hours limit, the per-day kinds
    counted for every month the week touches."""
    policy = built.limits.overtime
    calendar = built.problem.calendar
    leave = built.facts.leave_days(person.id)
    standard = policy.standard_day_minutes

    def per_day(day: date, paid: int | None) -> int:
        kind = calendar.kind(day)
        if kind is DayKind.HOLIDAY:
            return paid or 0
        if kind is DayKind.WORKING and policy.rule == DAILY:
            return max(0, (paid or 0) - standard)
        return 0

    def rest(day: date, paid: int | None) -> int:
        kind = calendar.kind(day)
        if kind is DayKind.REST:
            return paid or 0
        if kind is DayKind.WORKING and paid is None and day not in leave:
            return -standard  # a working day off: a day in lieu
        return 0

    weeks: dict[date, list[date]] = defaultdict(list)
    for day in built.facts.days:
        weeks[day - timedelta(days=day.weekday())].append(day)
    most: dict[Month, int] = defaultdict(int)
    for monday, days in weeks.items():
        cap = built.planned_cap(person, iso_week(monday), days)
        options = [_options(built, person, d) for d in days]
        daily = _walk(days, options, cap, per_day)
        for month in {Month.of(d) for d in days}:
            most[month] += daily
        if len(days) < 7:
            continue  # a week cut by the problem's edge: the per-day kinds only
        sunday = Month.of(days[-1])
        most[sunday] += max(0, _walk(days, options, cap, rest))
        if policy.rule == WEEKLY_CONTRACT:
            longest = _walk(days, options, cap, lambda _d, paid: paid or 0)
            most[sunday] += max(0, longest - person.contract_minutes_per_week)
    return dict(most)


def _options(built: RosterModel, person: Person, day: date) -> list[tuple[int | None, bool]]:
    """What the person may work that day: (paid minutes or None for off, counts towards the
    planned part's limit)."""
    fixed = built.fixed_code(person.id, day)
    if fixed is not None:
        return [(built.paid[fixed], False)]
    cell = built.cells.get((person.id, day), {})
    return [(None, False), *((m, True) for m in sorted({built.paid[c] for c in cell}))]


def _walk(
    days: list[date],
    options: list[list[tuple[int | None, bool]]],
    cap: int | None,
    value: Callable[[date, int | None], int],
) -> int:
    """The most ``value(day, paid)`` summed over the days, the planned minutes within ``cap``."""
    best: dict[int, int] = {0: 0}  # planned minutes used -> best value
    for day, choices in zip(days, options, strict=True):
        following: dict[int, int] = {}
        for used, total in best.items():
            for paid, planned in choices:
                spent = used + (paid or 0 if planned else 0)
                if cap is not None and spent > cap:
                    continue
                gained = total + value(day, paid)
                if spent not in following or following[spent] < gained:
                    following[spent] = gained
        best = following
    return max(best.values())


def _minutes(built: RosterModel, person: Person, day: date, weight) -> _Part:
    """``weight(paid minutes)`` summed over what the person may work that day."""
    fixed = built.fixed_code(person.id, day)
    if fixed is not None:
        value = weight(built.paid[fixed])
        return _Part(value, value, value, False)
    cell = built.cells.get((person.id, day), {})
    terms = [(weight(built.paid[c]), v) for c, v in cell.items() if weight(built.paid[c])]
    if not terms:
        return _Part(0, 0, 0, False)
    expr = sum(w * v for w, v in terms)
    return _Part(expr, 0, max(w for w, _ in terms), True)


def _daily_parts(built: RosterModel, person: Person, months: dict[Month, _MonthTerms]) -> None:
    policy = built.limits.overtime
    calendar = built.problem.calendar
    for day in built.facts.days:
        kind = calendar.kind(day)
        if kind is DayKind.HOLIDAY:
            part = _minutes(built, person, day, lambda m: m)
        elif kind is DayKind.WORKING and policy.rule == DAILY:
            part = _minutes(built, person, day, lambda m: max(0, m - policy.standard_day_minutes))
        else:
            continue
        months[Month.of(day)].add(part)


def _weekly_parts(built: RosterModel, person: Person, months: dict[Month, _MonthTerms]) -> None:
    policy = built.limits.overtime
    calendar = built.problem.calendar
    facts = built.facts
    leave = facts.leave_days(person.id)
    standard = policy.standard_day_minutes
    mondays = sorted({d - timedelta(days=d.weekday()) for d in facts.days})
    for monday in mondays:
        days = [monday + timedelta(days=i) for i in range(7)]
        if not all(d in facts.day_set for d in days):
            continue  # a week cut by the problem's edge holds no planned day
        kinds = {d: calendar.kind(d) for d in days}
        rest = [_minutes(built, person, d, lambda m: m) for d in days if kinds[d] is DayKind.REST]
        lieu_days = [d for d in days if kinds[d] is DayKind.WORKING and d not in leave]
        lieu = sum(1 - built.work(person.id, d) for d in lieu_days)
        idle_lieu = sum(1 for d in lieu_days if built.fixed_code(person.id, d) is None)
        rest_most = sum(p.most for p in rest)
        rest_idle = max(0, sum(p.idle for p in rest) - standard * idle_lieu)
        variable = any(p.variable for p in rest) or any(
            (person.id, d) in built.cells for d in lieu_days
        )
        month = months[Month.of(days[-1])]
        rest_var: Expr = 0
        if rest_most > 0:
            if variable:
                rest_var = built.model.new_int_var(0, rest_most, "rest_overtime")
                built.model.add(rest_var >= sum(p.expr for p in rest) - standard * lieu)
            else:
                rest_var = rest_idle
            month.add(_Part(rest_var, rest_idle, rest_most, variable))
        if policy.rule != WEEKLY_CONTRACT:
            continue
        ordinary = [
            _minutes(built, person, d, lambda m: m) for d in days if kinds[d] is not DayKind.HOLIDAY
        ]
        most = sum(p.most for p in ordinary) - person.contract_minutes_per_week
        if most <= 0:
            continue
        idle = max(0, sum(p.idle for p in ordinary) - rest_idle - person.contract_minutes_per_week)
        weekly = built.model.new_int_var(0, most, "weekly_overtime")
        built.model.add(
            weekly >= sum(p.expr for p in ordinary) - rest_var - person.contract_minutes_per_week
        )
        month.add(_Part(weekly, idle, most, True))
