"""Skills from training as the roster sees them: granted on the session's day, lapsing after the
certificate's last valid day, seen by the rule checks, the solver and the diagnosis."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from branchops import i18n
from branchops.core.staff import needs, shifts
from branchops.core.staff.problem_builder import build_problem
from branchops.core.staff.roster_types import Assignment, Rule
from branchops.core.staff.rules import check_roster
from branchops.core.staff.solver import INFEASIBLE, solve_roster
from branchops.core.training.queries import granted_skills, skill_sources

from .conftest import record

EARNED = date(2025, 3, 18)  # valid until Tuesday 2026-03-17
MONDAY = date(2026, 3, 16)
WEEK = [MONDAY + timedelta(days=i) for i in range(6)]  # Monday to Saturday


@pytest.fixture(autouse=True)
def _english():
    i18n.set_language("en")


@pytest.fixture
def early(db, manager, branch) -> int:
    """One early shift Monday to Saturday that needs one fire warden."""
    with db.unit_of_work(manager) as uow:
        shift = shifts.save_shift(
            uow, manager, shifts.ShiftInput("E", "早班", time(8, 30), time(17, 0), False, 60)
        )
    for weekday in range(6):
        with db.unit_of_work(manager) as uow:
            needs.save_weekday_needs(
                uow, manager, weekday, [needs.NeedInput(shift, 1, 1, {branch.warden_skill: 1})]
            )
    return shift


def test_granted_from_the_session_until_the_last_valid_day(db, manager, branch):
    guard, other, _, _ = branch.staff
    record(db, manager, branch.warden, EARNED, (guard, 90.0), (other, 70.0))
    with db.session() as session:
        granted = granted_skills(session, date(2026, 3, 1), date(2026, 3, 31))
        before = granted_skills(session, date(2025, 1, 1), date(2025, 3, 17))
        sources = skill_sources(session, date(2026, 3, 18))
    assert list(granted) == [guard]  # the failed one gets nothing
    (grant,) = granted[guard]
    assert (grant.skill_id, grant.valid_from, grant.valid_until) == (
        branch.warden_skill,
        EARNED,
        date(2026, 3, 17),
    )
    assert "XF02-20250318-001" in grant.source
    assert before == {}  # not yet earned
    (row,) = [r for r in sources if r.staff_id == guard]
    assert not row.by_hand and not row.valid_today and row.valid_until == date(2026, 3, 17)


def test_roster_rules_see_the_skill_lapse_on_the_exact_day(db, manager, branch, early):
    guard = branch.staff[0]
    record(db, manager, branch.warden, EARNED, (guard, 90.0))
    with db.session() as session:
        built = build_problem(session, WEEK[0], WEEK[-1])
    person = next(p for p in built.problem.people if p.id == guard)
    assert person.has_skill("fire_warden", date(2026, 3, 17))
    assert not person.has_skill("fire_warden", date(2026, 3, 18))
    assert not person.has_skill("fire_warden", date(2025, 3, 17))  # before the session
    roster = [Assignment(guard, day, "E") for day in WEEK[:4]]
    # the problem also holds the fixed days around the week: look at the week itself
    missing = [
        v
        for v in check_roster(built.problem, roster)
        if v.rule is Rule.MISSING_SKILL and v.day in WEEK
    ]
    assert [v.day for v in missing] == WEEK[2:]  # 20 and 21 March have nobody at all
    noted = [v.day for v in missing if "valid until 2026-03-17" in v.message]
    assert noted == [date(2026, 3, 18), date(2026, 3, 19)]
    assert "XF02-20250318-001" in missing[0].message


def test_a_renewal_after_a_gap_counts_from_its_day(db, manager, branch, early):
    guard = branch.staff[0]
    record(db, manager, branch.warden, EARNED, (guard, 90.0))
    record(db, manager, branch.warden, date(2026, 3, 20), (guard, 88.0))
    with db.session() as session:
        person = next(
            p for p in build_problem(session, WEEK[0], WEEK[-1]).problem.people if p.id == guard
        )
    held = [person.has_skill("fire_warden", day) for day in WEEK]
    assert held == [True, True, False, False, True, True]


def test_the_solver_picks_another_warden_after_the_expiry(db, manager, branch, early):
    guard, other, _, _ = branch.staff
    record(db, manager, branch.warden, EARNED, (guard, 90.0))
    record(db, manager, branch.warden, date(2025, 9, 1), (other, 90.0))
    with db.session() as session:
        built = build_problem(session, WEEK[0], WEEK[-1])
    solution = solve_roster(built.problem, 10)
    assert solution.has_roster
    planned = [a for a in solution.assignments if built.is_planned(a.day)]
    wardens = {a.day: a.person_id for a in planned}
    assert all(wardens[day] == other for day in WEEK if day > date(2026, 3, 17))
    assert not [
        v
        for v in check_roster(built.problem, planned)
        if v.rule is Rule.MISSING_SKILL and v.day in WEEK
    ]


def test_the_diagnosis_names_the_expired_certificate(db, manager, branch, early):
    guard = branch.staff[0]
    record(db, manager, branch.warden, EARNED, (guard, 90.0))
    with db.session() as session:
        built = build_problem(session, WEEK[0], WEEK[-1])
    solution = solve_roster(built.problem, 10)
    assert solution.status == INFEASIBLE
    texts = [d.message for d in solution.diagnosis if d.day == date(2026, 3, 18)]
    assert any("张三" in t and "valid until 2026-03-17" in t for t in texts), texts
