"""Fixed days in the engine: kept whole, constraining only windows with a planned day, limiting
only the planned part, named for what they are in the diagnosis, and no constant in the gap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from branchops import i18n
from branchops.core.staff.roster_types import (
    Assignment,
    Need,
    Person,
    RosterProblem,
    RuleLimits,
    ShiftType,
    SoftWeights,
    Unavailable,
)
from branchops.core.staff.solver import INFEASIBLE, OPTIMAL, solve_roster

from .roster_checker import hard_breaches

MON = date(2027, 1, 25)
EARLY = ShiftType("E", "早班", time(8, 30), time(17, 0), 60)  # 7.5 h paid
LATE = ShiftType("L", "晚班", time(11, 30), time(20, 0), 60)  # ends 20:00: 12.5 h before E
NIGHT = ShiftType("N", "夜班", time(14, 0), time(23, 0), 60)  # ends 23:00: 9.5 h before E
NOTHING = SoftWeights(fairness=0, contract_hours=0, preferences=0, changes=0, stability=0)


@pytest.fixture(autouse=True)
def _english_messages():
    i18n.set_language("en")


def _days(first: date, count: int) -> list[date]:
    return [first + timedelta(days=i) for i in range(count)]


def _people(count: int, **skills) -> list[Person]:
    return [
        Person(i, f"员工{i}", 40 * 60, skills={k: None for k, ids in skills.items() if i in ids})
        for i in range(1, count + 1)
    ]


def test_a_fixed_day_is_kept_whole():
    """People off on a published day stay off, even when its shift is short of staff."""
    days = _days(MON, 3)
    problem = RosterProblem(
        days,
        _people(4),
        [EARLY],
        [Need(d, "E", 2, 4) for d in days],
        locked=[Assignment(1, days[0], "E")],
        fixed_days=frozenset({days[0]}),
        published=frozenset({days[0]}),
        weights=NOTHING,
    )
    solution = solve_roster(problem, 5)
    assert solution.has_roster
    assert [a for a in solution.assignments if a.day == days[0]] == [Assignment(1, days[0], "E")]
    assert hard_breaches(problem, solution.assignments) == []


def test_windows_of_fixed_days_alone_block_nothing():
    """A 45 h week, too short rests and a long run wholly on fixed days: the planned week
    after them still has a roster; only the planned part is limited."""
    fixed = _days(MON, 7)  # Monday 25 to Sunday 31 January
    planned = _days(MON + timedelta(days=7), 7)
    held = [Assignment(1, d, "N" if d.weekday() % 2 else "E") for d in fixed[:6]]  # 45 h
    problem = RosterProblem(
        [*fixed, *planned],
        _people(3),
        [EARLY, LATE, NIGHT],
        [Need(d, "E", 1, 2) for d in planned],
        locked=held,
        fixed_days=frozenset(fixed),
        limits=RuleLimits(min_rest_hours=13, max_consecutive_days=6),
    )
    solution = solve_roster(problem, 5)
    assert solution.status == OPTIMAL
    assert set(held) <= set(solution.assignments)
    assert hard_breaches(problem, solution.assignments) == []
    # person 1 worked six days to Saturday: rested on Sunday, so may work from Monday on
    mine = sorted(a.day for a in solution.assignments if a.person_id == 1 and a.day in planned)
    assert len(mine) <= 5


def test_the_fixed_part_of_a_week_only_limits_the_planned_part():
    days = _days(MON, 7)
    held = [Assignment(1, d, "E") for d in days[:5]]  # 37.5 h Monday to Friday
    problem = RosterProblem(
        days,
        _people(2),
        [EARLY],
        [Need(days[5], "E", 1, 2)],
        locked=held,
        fixed_days=frozenset(days[:5]),
        weights=NOTHING,
    )
    solution = solve_roster(problem, 5)
    assert solution.has_roster
    assert [a.person_id for a in solution.assignments if a.day == days[5]] == [2]


def _blocked_by_the_day_before(published: bool) -> RosterProblem:
    """1 February needs the only supervisor, who ends a night shift at 23:00 on 31 January."""
    before, day = date(2027, 1, 31), date(2027, 2, 1)
    return RosterProblem(
        [before, day],
        _people(3, supervisor={1}),
        [EARLY, NIGHT],
        [Need(day, "E", 1, 3, {"supervisor": 1})],
        locked=[Assignment(1, before, "N")],
        fixed_days=frozenset({before}),
        published=frozenset({before}) if published else frozenset(),
    )


@pytest.mark.parametrize(
    ("published", "words"),
    [(True, "next to a published shift"), (False, "next to a shift outside the period")],
)
def test_the_diagnosis_says_what_is_fixed(published: bool, words: str):
    solution = solve_roster(_blocked_by_the_day_before(published), 5)
    assert solution.status == INFEASIBLE
    text = " ".join(d.message for d in solution.diagnosis)
    assert words in text
    assert "A published assignment cannot be kept" not in text


def test_a_week_with_nothing_to_decide_costs_nothing():
    """A week the person cannot work at all added its whole contract to the objective."""
    days = _days(MON, 14)
    problem = RosterProblem(
        days,
        _people(1),
        [EARLY],
        [Need(d, "E", 0, 1) for d in days],
        unavailable=[Unavailable(1, d) for d in days[7:]],
        weights=replace(NOTHING, contract_hours=1),
    )
    solution = solve_roster(problem, 5)
    assert solution.status == OPTIMAL
    assert solution.objective == pytest.approx(2.5)  # five shifts, 37.5 h of 40 h in week 1


def test_cells_of_fixed_days_and_draft_cells_that_cannot_stay_cost_nothing():
    days = _days(MON, 2)
    problem = RosterProblem(
        days,
        _people(3),
        [EARLY, LATE],
        [Need(days[1], "E", 1, 1)],
        locked=[Assignment(1, days[0], "E"), Assignment(2, days[0], "E")],
        # the draft had a late shift that day, which is no longer run
        current=[Assignment(3, days[1], "E"), Assignment(1, days[1], "L")],
        fixed_days=frozenset({days[0]}),
        weights=replace(NOTHING, changes=4),
    )
    solution = solve_roster(problem, 5)
    assert solution.status == OPTIMAL
    assert solution.objective == 0
    assert Assignment(3, days[1], "E") in solution.assignments
