"""Building the RosterProblem from the database and solving a small month."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from branchops.core.errors import ConflictError, ValidationError
from branchops.core.period import Month
from branchops.core.staff import autoroster, availability, leave, roster, roster_check, service
from branchops.core.staff.leave import LeaveInput
from branchops.core.staff.models import LeaveKind
from branchops.core.staff.roster_store import CellEdit, cells_between
from branchops.core.staff.rules import HARD
from tests.core.staff.scheduling_setup import small_branch

MARCH = Month(2026, 3)


@pytest.fixture
def branch(db, manager):
    return small_branch(db, manager)


def test_problem_from_database(db, manager, branch):
    s = branch.staff
    with db.unit_of_work(manager) as uow:
        leave.request_leave(
            uow,
            manager,
            LeaveInput(s[0], LeaveKind.ANNUAL, date(2026, 3, 9), date(2026, 3, 10)),
            approve=True,
        )
    with db.unit_of_work(manager) as uow:
        availability.save_unavailability(
            uow, manager, availability.UnavailabilityInput(s[1], date(2026, 3, 1), None, 2)
        )
    with db.unit_of_work(manager) as uow:
        service.deactivate_staff(uow, manager, s[7], date(2026, 3, 15))
    with db.unit_of_work(manager) as uow:
        roster.edit_cells(uow, manager, [CellEdit(s[2], date(2026, 3, 2), "E")])
    with db.unit_of_work(manager) as uow:
        roster.edit_cells(uow, manager, [CellEdit(s[3], date(2026, 3, 3), "L")])
    with db.unit_of_work(manager) as uow:
        roster.publish(uow, manager, date(2026, 3, 2), date(2026, 3, 2), override_reason="test")
    with db.session() as session:
        built = autoroster.prepare(session, MARCH.first_day, MARCH.last_day)
    problem = built.problem
    assert len(built.planned_days) == 31 and len(problem.people) == 8
    # context days around March: back to Sunday 22 Feb (7 days before 1 March, a run of six
    # days in a row plus one), forward to Tuesday 7 April (7 days after 31 March)
    assert (problem.days[0], problem.days[-1]) == (date(2026, 2, 22), date(2026, 4, 7))
    # Mon–Sat need two shifts; Sundays are closed (the context days have their needs too)
    assert len([n for n in problem.needs if built.is_planned(n.day)]) == 2 * 26
    # the context days and the published 2 March are kept whole
    assert problem.fixed_days == frozenset(d for d in problem.days if not built.is_planned(d)) | {
        date(2026, 3, 2)
    }
    assert {(x.person_id, x.day) for x in problem.leave} == {
        (s[0], date(2026, 3, 9)),
        (s[0], date(2026, 3, 10)),
    }
    unavailable = {(u.person_id, u.day) for u in problem.unavailable}
    assert (s[1], date(2026, 3, 4)) in unavailable  # every Wednesday
    assert (s[7], date(2026, 3, 16)) in unavailable and (s[7], date(2026, 3, 15)) not in unavailable
    assert [a.shift_code for a in problem.locked] == ["E"]
    assert [a.shift_code for a in problem.current] == ["L"]
    assert problem.people[0].skills == {"cashier": None, "supervisor": None}
    assert problem.limits.min_rest_hours == 11


@pytest.mark.postgres
def test_solve_a_small_month_and_accept(db, manager, branch):
    with db.session() as session:
        built = autoroster.prepare(session, MARCH.first_day, MARCH.last_day)
    progress = []
    result = autoroster.run_auto_roster(built, 20, on_progress=progress.append)
    assert result.solution.has_roster and progress
    assert len(result.diff) == len(result.solution.assignments) > 0
    with db.session() as session:
        assert cells_between(session, MARCH.first_day, MARCH.last_day) == {}  # nothing yet
    with db.unit_of_work(manager) as uow:
        changed = autoroster.accept(uow, manager, result)
    assert changed == len(result.diff)
    with db.session() as session:
        found = roster_check.check_period(session, MARCH.first_day, MARCH.last_day)
    assert [c.violation.message for c in found if c.violation.severity == HARD] == []


def test_time_limit_zero_is_a_validation_error(db, manager, branch):
    with db.session() as session:
        built = autoroster.prepare(session, MARCH.first_day, MARCH.last_day)
    with pytest.raises(ValidationError) as caught:
        autoroster.run_auto_roster(built, 0)
    assert caught.value.for_field("time_limit_s")


def test_infeasible_month_explains_and_keeps_the_draft(db, manager, branch):
    s = branch.staff
    first = date(2026, 3, 2)
    with db.unit_of_work(manager) as uow:
        roster.edit_cells(uow, manager, [CellEdit(s[4], first, "L")])
    # everyone with the supervisor skill is on leave on Tuesday 3 March
    for person in s[:3]:
        with db.unit_of_work(manager) as uow:
            leave.request_leave(
                uow,
                manager,
                LeaveInput(person, LeaveKind.TRAINING, date(2026, 3, 3), date(2026, 3, 3)),
                approve=True,
            )
    with db.session() as session:
        built = autoroster.prepare(session, first, first + timedelta(days=6))
    result = autoroster.run_auto_roster(built, 10)
    assert result.solution.status == "infeasible" and result.diff == ()
    assert any("2026-03-03" in message for message in result.messages)
    with pytest.raises(ValidationError), db.unit_of_work(manager) as uow:
        autoroster.accept(uow, manager, result)
    with db.session() as session:
        assert cells_between(session, first, first) == {(s[4], first): "L"}


def test_an_auto_roster_over_cells_edited_meanwhile_is_refused_for_those_cells(db, manager, branch):
    """PC A solves the month; PC B edits a cell of it; A's accept names B's cell, saves nothing."""
    with db.session() as session:
        built = autoroster.prepare(session, MARCH.first_day, MARCH.last_day)
    result = autoroster.run_auto_roster(built, 20)
    assert result.solution.has_roster
    chosen = {(a.person_id, a.day): a.shift_code for a in result.solution.assignments}
    cell = min(chosen, key=lambda k: (k[1], k[0]))
    other = next(a for a in result.solution.assignments if a.day == cell[1])  # same day: E or L
    edited = "L" if chosen[cell] == "E" else "E"
    with db.unit_of_work(manager) as uow:  # PC B
        roster.edit_cells(uow, manager, [CellEdit(cell[0], cell[1], edited)])
    with pytest.raises(ConflictError) as refused, db.unit_of_work(manager) as uow:
        autoroster.accept(uow, manager, result)
    assert f"{cell[1]:%Y-%m-%d}" in str(refused.value)
    with db.session() as session:
        assert cells_between(session, MARCH.first_day, MARCH.last_day) == {cell: edited}
    # A cell B set to what the solver chose anyway is no conflict.
    with db.unit_of_work(manager) as uow:
        roster.edit_cells(uow, manager, [CellEdit(cell[0], cell[1], chosen[cell])])
    with db.unit_of_work(manager) as uow:
        autoroster.accept(uow, manager, result)
    with db.session() as session:
        saved = cells_between(session, MARCH.first_day, MARCH.last_day)
    assert saved[(other.person_id, other.day)] == other.shift_code and saved[cell] == chosen[cell]


def test_a_grid_edit_over_a_cell_changed_since_it_was_shown_is_refused(db, manager, branch):
    day = date(2026, 3, 2)
    with db.unit_of_work(manager) as uow:  # PC A
        roster.edit_cells(uow, manager, [CellEdit(branch.staff[0], day, "E")], shown={})
    with pytest.raises(ConflictError), db.unit_of_work(manager) as uow:  # PC B still shows off
        roster.edit_cells(
            uow, manager, [CellEdit(branch.staff[0], day, "L")], shown={(branch.staff[0], day): ""}
        )
    with db.session() as session:
        assert cells_between(session, day, day) == {(branch.staff[0], day): "E"}
