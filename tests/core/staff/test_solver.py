"""Auto-roster solver: hard rules hold (checked independently), soft goals, cancel, diagnosis."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from branchops import i18n
from branchops.core.staff.roster_types import (
    ALL_RULES,
    Assignment,
    Leave,
    Need,
    Person,
    Preference,
    RosterInputError,
    RosterProblem,
    Rule,
    RuleLimits,
    ShiftType,
    SoftWeights,
    Unavailable,
)
from branchops.core.staff.rules import HARD, WARNING, check_roster
from branchops.core.staff.solver import (
    CANCELLED_WITH_SOLUTION,
    FEASIBLE,
    INFEASIBLE,
    NO_SOLUTION_IN_TIME,
    OPTIMAL,
    SolverProgress,
    solve_roster,
)

from .roster_checker import hard_breaches


@pytest.fixture(autouse=True)
def _english_messages():
    """These tests read the English wording of the messages."""
    i18n.set_language("en")


MON = date(2026, 12, 7)
WEEK = [MON + timedelta(days=i) for i in range(7)]
TWO_WEEKS = [MON + timedelta(days=i) for i in range(14)]
LIMIT_S = 5.0  # every problem here finishes far sooner

EARLY = ShiftType("E", "早班", time(8, 30), time(17, 0), 60)
LATE = ShiftType("L", "晚班", time(12, 0), time(20, 30), 60)
NIGHT = ShiftType("N", "值班", time(22, 0), time(6, 0), 0)
HALF = ShiftType("H", "半班", time(9, 0), time(13, 0), 0)
NAMES = {"cashier": "柜员", "supervisor": "主管", "warden": "消防员"}
ONLY = SoftWeights(fairness=0, contract_hours=0, preferences=0, changes=0, stability=0)


def person(pid: int, *skills: str, part_time: bool = False, **until: date) -> Person:
    held: dict[str, date | None] = dict.fromkeys(skills)
    held.update(until)
    return Person(pid, f"员工{pid}", (20 if part_time else 40) * 60, part_time, held)


def branch(days: list[date] = WEEK, **changes: object) -> RosterProblem:
    """A small branch: early and late shifts every day, a cashier and a supervisor on each."""
    people = [
        person(1, "cashier", "supervisor"),
        person(2, "cashier", "supervisor"),
        person(3, "cashier"),
        person(4, "cashier"),
        person(5, "cashier"),
        person(6, "supervisor"),
        person(7, part_time=True),
    ]
    needs = []
    for day in days:
        weekend = day.weekday() >= 5
        needs.append(Need(day, "E", 1 if weekend else 2, 3, {"cashier": 1, "supervisor": 1}))
        needs.append(Need(day, "L", 1, 2, {"cashier": 1}))
    base = RosterProblem(days, people, [EARLY, LATE], needs, skill_names=NAMES)
    return replace(base, **changes)


def assert_all_hard_rules_hold(problem: RosterProblem, roster: tuple[Assignment, ...]) -> None:
    assert hard_breaches(problem, roster) == []
    assert [v for v in check_roster(problem, roster) if v.severity == HARD] == []


# -- solving -----------------------------------------------------------------------------------


def test_small_branch_is_solved_optimally() -> None:
    progress: list[SolverProgress] = []
    problem = branch()
    solution = solve_roster(problem, LIMIT_S, progress.append)
    assert solution.status == OPTIMAL
    assert solution.gap == 0 and solution.objective == solution.bound
    assert solution.assignments
    assert_all_hard_rules_hold(problem, solution.assignments)
    assert progress and progress[-1].solutions >= 1
    assert solution.first_solution_time is not None
    assert solution.first_solution_time <= solution.wall_time < LIMIT_S


def test_progress_reports_are_consistent() -> None:
    progress: list[SolverProgress] = []
    solve_roster(branch(TWO_WEEKS), LIMIT_S, progress.append)
    assert progress
    for item in progress:
        assert item.bound <= item.objective + 1e-6
        assert 0 <= item.gap <= 1
        assert item.elapsed_s >= 0
    counts = [item.solutions for item in progress]
    assert counts == sorted(counts)


def test_overnight_shifts_rest_and_leave_hold() -> None:
    people = [person(i, "cashier", "warden") for i in range(1, 7)] + [
        person(7, "cashier"),
        person(8, "cashier", warden=date(2026, 12, 9)),  # warden certificate lapses mid-week
    ]
    needs = []
    for day in WEEK:
        needs.append(Need(day, "E", 2, 3, {"cashier": 1}))
        needs.append(Need(day, "L", 1, 2))
        needs.append(Need(day, "N", 1, 1, {"warden": 1}))
    problem = RosterProblem(
        WEEK,
        people,
        [EARLY, LATE, NIGHT, HALF],
        needs,
        leave=[Leave(1, WEEK[0]), Leave(1, WEEK[1]), Leave(2, WEEK[2], half_day=True)],
        unavailable=[Unavailable(3, WEEK[3]), Unavailable(3, WEEK[4])],
        skill_names=NAMES,
    )
    solution = solve_roster(problem, LIMIT_S)
    assert solution.has_roster
    assert_all_hard_rules_hold(problem, solution.assignments)
    # a night shift is never followed by an early or late shift the next morning
    nights = {(a.person_id, a.day) for a in solution.assignments if a.shift_code == "N"}
    for item in solution.assignments:
        if item.shift_code in "EL":
            assert (item.person_id, item.day - timedelta(days=1)) not in nights


def test_half_day_leave_allows_only_a_short_shift() -> None:
    people = [person(1), person(2)]
    needs = [Need(WEEK[0], "H", 1, 1), Need(WEEK[0], "E", 1, 1)]
    problem = RosterProblem(
        WEEK[:1], people, [EARLY, HALF], needs, leave=[Leave(1, WEEK[0], half_day=True)]
    )
    solution = solve_roster(problem, LIMIT_S)
    assert set(solution.assignments) == {
        Assignment(1, WEEK[0], "H"),
        Assignment(2, WEEK[0], "E"),
    }


def test_locked_assignments_are_kept() -> None:
    # 员工6 would rather not work Mondays, but the published Monday late shift stays
    locked = [Assignment(6, WEEK[0], "L"), Assignment(7, WEEK[1], "E")]
    problem = branch(locked=locked, preferences=[Preference(6, weekday=0, prefers=False)])
    solution = solve_roster(problem, LIMIT_S)
    assert set(locked) <= set(solution.assignments)
    assert_all_hard_rules_hold(problem, solution.assignments)


def test_weekly_contract_is_respected_for_part_timers() -> None:
    solution = solve_roster(branch(), LIMIT_S)
    part_timer = [a for a in solution.assignments if a.person_id == 7]
    assert len(part_timer) * 7.5 <= 20


# -- soft goals --------------------------------------------------------------------------------


def test_fairness_spreads_weekend_shifts() -> None:
    people = [person(i) for i in range(1, 5)]
    needs = [
        Need(d, "E", 1 if d.weekday() >= 5 else 2, None if d.weekday() < 5 else 1)
        for d in TWO_WEEKS
    ]
    weights = replace(ONLY, fairness=10)
    problem = RosterProblem(TWO_WEEKS, people, [EARLY], needs, weights=weights)
    solution = solve_roster(problem, LIMIT_S)
    weekend = Counter(a.person_id for a in solution.assignments if a.day.weekday() >= 5)
    assert [weekend[p.id] for p in people] == [1, 1, 1, 1]


def test_holidays_count_as_weekend_for_fairness() -> None:
    people = [person(i) for i in range(1, 4)]
    holiday = WEEK[2]
    needs = [Need(d, "E", 1, 1) for d in WEEK]
    weights = replace(ONLY, fairness=10)
    problem = RosterProblem(WEEK, people, [EARLY], needs, holidays={holiday}, weights=weights)
    solution = solve_roster(problem, LIMIT_S)
    special = Counter(
        a.person_id for a in solution.assignments if a.day == holiday or a.day.weekday() >= 5
    )
    assert sorted(special[p.id] for p in people) == [1, 1, 1]


def test_hours_close_to_contract() -> None:
    people = [person(1), person(2)]
    needs = [Need(d, "E", 0, 2) for d in WEEK]
    problem = RosterProblem(WEEK, people, [EARLY], needs, weights=replace(ONLY, contract_hours=1))
    solution = solve_roster(problem, LIMIT_S)
    shifts = Counter(a.person_id for a in solution.assignments)
    assert shifts == {1: 5, 2: 5}  # 37.5 h is the closest to 40 h under the contract cap
    assert solution.objective == pytest.approx(2 * 2.5)


def test_preferences_are_followed_when_possible() -> None:
    problem = branch(
        weights=replace(ONLY, preferences=5),
        preferences=[Preference(3, shift_code="L"), Preference(6, weekday=5, prefers=False)],
    )
    solution = solve_roster(problem, LIMIT_S)
    assert not [a for a in solution.assignments if a.person_id == 3 and a.shift_code != "L"]
    assert not [a for a in solution.assignments if a.person_id == 6 and a.day.weekday() == 5]


def test_current_draft_changes_little() -> None:
    first = solve_roster(branch(), LIMIT_S)
    # a new day of leave: only that cell (and what covers it) should move
    moved = first.assignments[0]
    problem = branch(current=list(first.assignments), leave=[Leave(moved.person_id, moved.day)])
    second = solve_roster(problem, LIMIT_S)
    changed = set(first.assignments) ^ set(second.assignments)
    assert moved in changed
    assert len(changed) <= 4
    assert_all_hard_rules_hold(problem, second.assignments)


def test_stability_avoids_switching_shift_types() -> None:
    people = [person(i) for i in range(1, 5)]
    needs = [Need(d, c, 1, 1) for d in WEEK[:5] for c in ("E", "L")]
    problem = RosterProblem(
        WEEK[:5], people, [EARLY, LATE], needs, weights=replace(ONLY, stability=3)
    )
    solution = solve_roster(problem, LIMIT_S)
    by_person: dict[int, dict[date, str]] = {}
    for a in solution.assignments:
        by_person.setdefault(a.person_id, {})[a.day] = a.shift_code
    for days in by_person.values():
        for day, code in days.items():
            following = days.get(day + timedelta(days=1))
            assert following in (None, code)
    assert solution.objective == 0


# -- when rules are only warnings --------------------------------------------------------------


def test_soft_understaffing_still_gives_a_roster() -> None:
    limits = RuleLimits(hard_rules=ALL_RULES - {Rule.UNDERSTAFFED, Rule.MISSING_SKILL})
    problem = branch(people=[person(1, "cashier", "supervisor")], limits=limits)
    solution = solve_roster(problem, LIMIT_S)
    assert solution.has_roster and solution.assignments
    found = check_roster(problem, solution.assignments)
    # one person cannot cover both shifts a day: short of people and of their skills
    assert {v.rule for v in found} == {Rule.UNDERSTAFFED, Rule.MISSING_SKILL}
    assert {v.severity for v in found} == {WARNING}
    assert hard_breaches(problem, solution.assignments) == []


def test_full_timer_may_exceed_contract_when_that_rule_is_soft() -> None:
    limits = RuleLimits(hard_rules=ALL_RULES - {Rule.WEEKLY_OVER_CONTRACT})
    people = [person(1)]
    needs = [Need(d, "E", 1, 1) for d in WEEK[:6]]  # 45 h: over the 40 h contract
    problem = RosterProblem(
        WEEK, people, [EARLY], needs, limits=replace(limits, legal_weekly_hours=48)
    )
    solution = solve_roster(problem, LIMIT_S)
    assert len(solution.assignments) == 6
    hard = solve_roster(
        replace(problem, limits=replace(problem.limits, hard_rules=ALL_RULES)), LIMIT_S
    )
    assert hard.status == INFEASIBLE


# -- infeasible problems are explained -----------------------------------------------------------


def test_infeasible_names_day_shift_and_skill() -> None:
    christmas_eve = date(2026, 12, 24)
    days = [christmas_eve + timedelta(days=i) for i in range(2)]
    people = [
        person(1, "cashier"),
        person(2, cashier=date(2026, 12, 23)),  # lapsed the day before
        person(3, "cashier"),
        person(4),
    ]
    needs = [Need(d, "E", 2, 3, {"cashier": 2}) for d in days]
    problem = RosterProblem(
        days, people, [EARLY], needs, leave=[Leave(3, christmas_eve)], skill_names=NAMES
    )
    solution = solve_roster(problem, LIMIT_S)
    assert solution.status == INFEASIBLE
    assert solution.assignments == ()
    (first, *_) = solution.diagnosis
    assert (first.day, first.shift_code, first.skill, first.short_by) == (
        christmas_eve,
        "E",
        "cashier",
        1,
    )
    assert "2026-12-24" in first.message and "早班" in first.message and "柜员" in first.message
    assert "员工2" in first.message  # whose skill lapsed


def test_infeasible_by_weekly_hours_is_explained_by_relaxing() -> None:
    # two cashiers cover 14 cashier shifts a week, but each may work only 5
    people = [person(1, "cashier"), person(2, "cashier"), person(3), person(4)]
    needs = [Need(d, c, 1, 2, {"cashier": 1}) for d in WEEK for c in ("E", "L")]
    problem = RosterProblem(WEEK, people, [EARLY, LATE], needs, skill_names=NAMES)
    solution = solve_roster(problem, LIMIT_S)
    assert solution.status == INFEASIBLE
    assert solution.diagnosis
    total_short = sum(d.short_by for d in solution.diagnosis)
    assert total_short == 4  # 14 shifts, 10 possible
    for item in solution.diagnosis:
        assert item.skill == "cashier" and item.day in WEEK and item.shift_code in "EL"
        assert "cannot be covered" in item.message and "柜员" in item.message
        assert "weekly hours" in item.message


def test_locked_assignment_on_leave_is_diagnosed() -> None:
    locked = [Assignment(3, WEEK[0], "E")]
    problem = branch(locked=locked, leave=[Leave(3, WEEK[0])])
    solution = solve_roster(problem, LIMIT_S)
    assert solution.status == INFEASIBLE
    assert any(
        d.person_id == 3 and d.day == WEEK[0] and "published" in d.message
        for d in solution.diagnosis
    )


def test_diagnosis_is_never_empty() -> None:
    # a day needs more people than the branch has
    needs = [Need(WEEK[0], "E", 5), Need(WEEK[0], "L", 5)]
    problem = RosterProblem(WEEK[:1], [person(i) for i in range(1, 8)], [EARLY, LATE], needs)
    solution = solve_roster(problem, LIMIT_S)
    assert solution.status == INFEASIBLE
    assert solution.diagnosis
    assert all(d.message for d in solution.diagnosis)
    assert any(d.shift_code is None and d.short_by == 3 for d in solution.diagnosis)


# -- time limit and cancel ---------------------------------------------------------------------


@pytest.mark.parametrize("limit", [0, -1.0, math.nan])
def test_time_limit_must_be_positive(limit: float) -> None:
    with pytest.raises(ValueError, match="time limit") as error:
        solve_roster(branch(), limit)
    assert isinstance(error.value, RosterInputError)


def _larger_branch() -> RosterProblem:
    days = [MON + timedelta(days=i) for i in range(28)]
    people = [person(i, "cashier") if i % 3 else person(i, "supervisor") for i in range(1, 25)]
    needs = []
    for day in days:
        needs.append(Need(day, "E", 6, 9, {"cashier": 3, "supervisor": 1}))
        needs.append(Need(day, "L", 5, 8, {"cashier": 2, "supervisor": 1}))
    leave = [Leave(p.id, days[(p.id * 5) % 28]) for p in people]
    return RosterProblem(days, people, [EARLY, LATE], needs, leave=leave, skill_names=NAMES)


def test_cancel_keeps_the_best_roster_found() -> None:
    problem = _larger_branch()
    seen: list[SolverProgress] = []
    solution = solve_roster(problem, LIMIT_S, seen.append, should_stop=lambda: bool(seen))
    assert solution.cancelled
    assert solution.status == CANCELLED_WITH_SOLUTION
    assert solution.assignments
    assert_all_hard_rules_hold(problem, solution.assignments)
    assert solution.objective == pytest.approx(seen[-1].objective)


def test_cancel_before_any_roster_returns_at_once() -> None:
    solution = solve_roster(_larger_branch(), LIMIT_S, should_stop=lambda: True)
    assert solution.cancelled
    assert solution.status in (NO_SOLUTION_IN_TIME, CANCELLED_WITH_SOLUTION)
    assert solution.wall_time < 1.5


def test_progress_callback_errors_reach_the_caller() -> None:
    def boom(_: SolverProgress) -> None:
        raise RuntimeError("progress sink failed")

    with pytest.raises(RuntimeError, match="progress sink failed"):
        solve_roster(branch(), LIMIT_S, boom)


def test_statuses_are_the_documented_ones() -> None:
    solution = solve_roster(_larger_branch(), 0.05)
    assert solution.status in (OPTIMAL, FEASIBLE, NO_SOLUTION_IN_TIME)


def test_the_diagnosis_names_whose_skill_expired_and_when() -> None:
    """ "Nobody holds X on the 25th: Y's skill expired on the 15th"."""
    day = date(2026, 12, 25)
    people = [person(1, cashier=date(2026, 12, 15)), person(2)]
    problem = RosterProblem(
        [day], people, [EARLY], [Need(day, "E", 1, 2, {"cashier": 1})], skill_names=NAMES
    )
    solution = solve_roster(problem, LIMIT_S)
    assert solution.status == INFEASIBLE
    assert any("员工1's skill expired on 2026-12-15." in d.message for d in solution.diagnosis)
    found = check_roster(problem, [Assignment(1, day, "E")])
    assert any("员工1's skill expired on 2026-12-15." in v.message for v in found)


def test_chinese_diagnosis_has_no_ascii_separators() -> None:
    from branchops.core.staff.diagnosis import _reason_text
    from branchops.core.staff.rules import RosterFacts

    people = [person(1, "cashier"), person(2, "cashier")]
    friday = WEEK[4]
    needs = [Need(d, c, 1, 2, {"cashier": 1}) for d in WEEK for c in ("E", "L")]
    problem = RosterProblem(WEEK, people, [EARLY, LATE], needs, skill_names=NAMES)
    # 员工1 works the early shift on Friday; 员工2 has worked 40 h by Thursday
    roster = (Assignment(1, friday, "E"), *(Assignment(2, d, "E") for d in WEEK[:4]))
    roster += (Assignment(2, WEEK[5], "E"),)
    i18n.set_language("zh_CN")
    try:
        text = _reason_text(RosterFacts(problem), roster, people, friday, "L")
    finally:
        i18n.set_language("en")
    assert "；" in text and "; " not in text
