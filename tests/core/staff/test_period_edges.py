"""Rule checks and the auto-roster at the edges of a period: the days around are context."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from branchops.core.staff import autoroster, roster, roster_check, shifts
from branchops.core.staff.problem_builder import date_range
from branchops.core.staff.roster_store import CellEdit
from branchops.core.staff.roster_types import Rule
from tests.core.staff.scheduling_setup import small_branch

OCT_FIRST, OCT_LAST = date(2026, 10, 1), date(2026, 10, 31)
NOV_FIRST, NOV_LAST = date(2026, 11, 1), date(2026, 11, 30)


@pytest.fixture
def branch(db, manager):
    found = small_branch(db, manager)
    with db.unit_of_work(manager) as uow:  # ends at 23:00: 9.5 h before an early shift
        shifts.save_shift(
            uow, manager, shifts.ShiftInput("N", "夜班", time(14, 0), time(23, 0), False, 60)
        )
    return found


def _edit(db, user, edits) -> None:
    with db.unit_of_work(user) as uow:
        roster.edit_cells(uow, user, edits)


def _found(db, first, last, rule, person=None):
    with db.session() as session:
        found = roster_check.check_period(session, first, last)
    return [
        c.violation
        for c in found
        if c.violation.rule is rule and (person is None or c.violation.person_id == person)
    ]


def test_days_in_a_row_across_the_month_edge(db, manager, branch):
    person = branch.staff[3]
    days = [*date_range(date(2026, 10, 26), OCT_LAST), NOV_FIRST]  # six in October, one after
    _edit(db, manager, [CellEdit(person, d, "E") for d in days])
    november = _found(db, NOV_FIRST, NOV_LAST, Rule.TOO_MANY_DAYS, person)
    assert [v.day for v in november] == [NOV_FIRST]
    assert "7" in november[0].message
    october = _found(db, OCT_FIRST, OCT_LAST, Rule.TOO_MANY_DAYS, person)
    assert [v.day for v in october] == [NOV_FIRST]  # the run involves October's days too


def test_short_rest_across_the_month_edge(db, manager, branch):
    person = branch.staff[4]
    _edit(db, manager, [CellEdit(person, OCT_LAST, "N"), CellEdit(person, NOV_FIRST, "E")])
    november = _found(db, NOV_FIRST, NOV_LAST, Rule.SHORT_REST, person)
    assert [(v.day, v.shift_code) for v in november] == [(NOV_FIRST, "E")]
    assert "9.5" in november[0].message
    assert _found(db, OCT_FIRST, OCT_LAST, Rule.SHORT_REST, person) == november


def test_iso_week_split_by_the_month_edge_counts_both_months(db, manager, branch):
    person = branch.staff[5]
    # Monday 28 September to Saturday 3 October: 6 × 7.5 h = 45 h in one ISO week
    week = date_range(date(2026, 9, 28), date(2026, 10, 3))
    _edit(db, manager, [CellEdit(person, d, "E") for d in week])
    for first, last in ((date(2026, 9, 1), date(2026, 9, 30)), (OCT_FIRST, OCT_LAST)):
        legal = _found(db, first, last, Rule.WEEKLY_OVER_LEGAL, person)
        contract = _found(db, first, last, Rule.WEEKLY_OVER_CONTRACT, person)
        assert [v.day for v in legal] == [date(2026, 9, 28)]
        assert "45.0" in legal[0].message
        assert [v.day for v in contract] == [date(2026, 9, 28)]


def test_violations_wholly_outside_the_period_are_not_reported(db, manager, branch):
    runner, rester = branch.staff[3], branch.staff[4]
    # seven days in a row ending on 31 October (off on 1 November), and a short rest on
    # 26/27 October: both inside November's context days, neither involves November
    run = date_range(date(2026, 10, 25), OCT_LAST)
    _edit(db, manager, [CellEdit(runner, d, "E") for d in run])
    _edit(
        db,
        manager,
        [CellEdit(rester, date(2026, 10, 26), "N"), CellEdit(rester, date(2026, 10, 27), "E")],
    )
    with db.session() as session:
        november = roster_check.check_period(session, NOV_FIRST, NOV_LAST)
    assert all(NOV_FIRST <= c.violation.day <= NOV_LAST for c in november)
    assert not [c for c in november if c.violation.person_id in (runner, rester)]
    assert _found(db, OCT_FIRST, OCT_LAST, Rule.TOO_MANY_DAYS, runner)
    assert _found(db, OCT_FIRST, OCT_LAST, Rule.SHORT_REST, rester)


def test_auto_roster_respects_the_days_before_and_changes_only_the_period(db, manager, branch):
    saturday = date(2026, 8, 1)  # Friday 31 July is the day before
    tired = branch.staff[0]
    _edit(db, manager, [CellEdit(tired, saturday - timedelta(days=1), "N")])
    with db.session() as session:
        built = autoroster.prepare(session, saturday, saturday)
    assert built.planned_days == [saturday]
    assert (tired, date(2026, 7, 31), "N") in {
        (a.person_id, a.day, a.shift_code) for a in built.problem.locked
    }
    result = autoroster.run_auto_roster(built, 10)
    assert result.solution.has_roster
    assert {a.day for a in result.solution.assignments} == {saturday}
    assert (tired, saturday, "E") not in {
        (a.person_id, a.day, a.shift_code) for a in result.solution.assignments
    }
    assert {r.day for r in result.diff} == {saturday}
    with db.unit_of_work(manager) as uow:
        autoroster.accept(uow, manager, result)
    with db.session() as session:
        found = roster_check.check_period(session, saturday, saturday)
        kept = roster.load_grid(session, date(2026, 7, 31), date(2026, 7, 31)).cells
    assert not [c for c in found if c.blocking]
    assert kept == {(tired, date(2026, 7, 31)): "N"}
