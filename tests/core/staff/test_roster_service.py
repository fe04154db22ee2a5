"""Roster storage: edits, publishing, changes with a reason, overrides, swaps, copy a week."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from branchops.core.errors import PermissionDenied, ValidationError
from branchops.core.staff import roster, roster_check
from branchops.core.staff.models import RosterChange, RuleOverride
from branchops.core.staff.roster_check import RuleWarning
from branchops.core.staff.roster_store import CellEdit, cells_between
from branchops.core.staff.swap import swap_shifts
from branchops.core.users.models import Role
from branchops.core.users.permissions import CurrentUser
from tests.core.staff.scheduling_setup import small_branch

MONDAY = date(2026, 3, 2)
SUPERVISOR = CurrentUser(3, "li", "", Role.SUPERVISOR)


def _edit(db, user, edits, **kwargs) -> int:
    with db.unit_of_work(user) as uow:
        return roster.edit_cells(uow, user, edits, **kwargs)


def _full_day(branch, day):
    """Three people cover day: E001 (cashier+supervisor), E002 (supervisor) early, E003 late."""
    s = branch.staff
    return [CellEdit(s[0], day, "E"), CellEdit(s[1], day, "E"), CellEdit(s[2], day, "L")]


@pytest.fixture
def branch(db, manager):
    return small_branch(db, manager)


@pytest.mark.postgres
def test_draft_edits_are_saved_and_checked(db, manager, branch):
    changed = _edit(db, manager, _full_day(branch, MONDAY))
    assert changed == 3
    assert _edit(db, manager, [CellEdit(branch.staff[2], MONDAY, None)]) == 1
    with db.session() as session:
        cells = cells_between(session, MONDAY, MONDAY)
        found = roster_check.check_period(session, MONDAY, MONDAY)
    assert cells == {(branch.staff[0], MONDAY): "E", (branch.staff[1], MONDAY): "E"}
    assert [c.violation.rule.value for c in found] == ["understaffed", "missing_skill"]
    assert all(c.blocking for c in found)


def test_unknown_shift_code_is_refused(db, manager, branch):
    with pytest.raises(ValidationError) as caught:
        _edit(db, manager, [CellEdit(branch.staff[0], MONDAY, "Q")])
    assert "Q" in caught.value.for_field("shift_code")[0]


@pytest.mark.postgres
def test_publish_needs_an_override_for_broken_rules(db, manager, branch):
    _edit(db, manager, _full_day(branch, MONDAY)[:2])  # the late shift is empty
    with pytest.raises(RuleWarning) as caught, db.unit_of_work(SUPERVISOR) as uow:
        roster.publish(uow, SUPERVISOR, MONDAY, MONDAY)
    assert "晚班" in str(caught.value)
    with pytest.raises(RuleWarning), db.unit_of_work(SUPERVISOR) as uow:
        roster.publish(uow, SUPERVISOR, MONDAY, MONDAY, override_reason="only a manager may")
    with db.unit_of_work(manager) as uow:
        roster.publish(uow, manager, MONDAY, MONDAY, override_reason="临时缺人，已报备")
    with db.session() as session:
        found = roster_check.check_period(session, MONDAY, MONDAY)
        overrides = session.scalars(select(RuleOverride)).all()
        grid = roster.load_grid(session, MONDAY, MONDAY)
    assert {o.reason for o in overrides} == {"临时缺人，已报备"}
    assert found and not any(c.blocking for c in found)
    assert grid.published == {MONDAY} and grid.published_at is not None


def test_published_days_change_only_with_a_reason(db, manager, branch):
    _edit(db, manager, _full_day(branch, MONDAY))
    with db.unit_of_work(manager) as uow:
        roster.publish(uow, manager, MONDAY, MONDAY)
    swap_in = [CellEdit(branch.staff[2], MONDAY, None), CellEdit(branch.staff[4], MONDAY, "L")]
    with pytest.raises(ValidationError) as caught:
        _edit(db, manager, swap_in)
    assert caught.value.for_field("reason")
    clerk = CurrentUser(4, "zhao", "", Role.CLERK)
    with pytest.raises(PermissionDenied):
        _edit(db, clerk, swap_in, reason="sick")
    assert _edit(db, SUPERVISOR, swap_in, reason="员工3病假") == 2
    with db.session() as session:
        changes = session.scalars(select(RosterChange).order_by(RosterChange.staff_id)).all()
        grid = roster.load_grid(session, MONDAY, MONDAY)
    assert [(c.old_shift, c.new_shift, c.reason) for c in changes] == [
        ("L", "", "员工3病假"),
        ("", "L", "员工3病假"),
    ]
    assert grid.changed == {(branch.staff[2], MONDAY): "L", (branch.staff[4], MONDAY): ""}


def test_a_published_change_that_breaks_a_rule_needs_a_manager(db, manager, branch):
    _edit(db, manager, _full_day(branch, MONDAY))
    with db.unit_of_work(manager) as uow:
        roster.publish(uow, manager, MONDAY, MONDAY)
    remove_late = [CellEdit(branch.staff[2], MONDAY, None)]
    with pytest.raises(RuleWarning) as caught:
        _edit(db, SUPERVISOR, remove_late, reason="家中有事")
    assert [v.rule.value for v in caught.value.violations] == ["understaffed", "missing_skill"]
    with db.session() as session:
        assert cells_between(session, MONDAY, MONDAY)[(branch.staff[2], MONDAY)] == "L"
    _edit(db, manager, remove_late, reason="家中有事", override_reason="主任批准")
    with db.session() as session:
        assert (branch.staff[2], MONDAY) not in cells_between(session, MONDAY, MONDAY)
        assert len(session.scalars(select(RuleOverride)).all()) == 2


def test_swap_on_one_day_and_across_days(db, manager, branch):
    tuesday = MONDAY + timedelta(days=1)
    s = branch.staff
    _edit(db, manager, [*_full_day(branch, MONDAY), *_full_day(branch, tuesday)])
    # E001 and E003 exchange their Monday shifts: both keep a cashier on each shift
    with db.unit_of_work(manager) as uow:
        swap_shifts(uow, manager, s[0], MONDAY, s[2], MONDAY)
    with db.session() as session:
        cells = cells_between(session, MONDAY, tuesday)
    assert cells[(s[0], MONDAY)] == "L" and cells[(s[2], MONDAY)] == "E"
    # across days, E003 would take E005's Monday while already working that Monday
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        swap_shifts(uow, manager, s[2], tuesday, s[4], MONDAY)
    assert caught.value.for_field("a")
    # E005 (cashier, off on Tuesday) takes E003's Tuesday late shift
    with db.unit_of_work(manager) as uow:
        swap_shifts(uow, manager, s[2], tuesday, s[4], tuesday)
    with db.session() as session:
        cells = cells_between(session, MONDAY, tuesday)
    assert cells[(s[4], tuesday)] == "L" and (s[2], tuesday) not in cells


def test_swap_breaking_a_rule_is_refused_even_in_a_draft(db, manager, branch):
    s = branch.staff
    _edit(db, manager, _full_day(branch, MONDAY))
    # E004 (no cashier skill) would take E003's late shift, the only cashier on it
    with pytest.raises(RuleWarning), db.unit_of_work(SUPERVISOR) as uow:
        swap_shifts(uow, SUPERVISOR, s[2], MONDAY, s[3], MONDAY)
    with db.session() as session:
        assert cells_between(session, MONDAY, MONDAY)[(s[2], MONDAY)] == "L"


def test_copy_previous_week(db, manager, branch):
    _edit(db, manager, [*_full_day(branch, MONDAY), *_full_day(branch, MONDAY + timedelta(2))])
    with db.session() as session:
        edits = roster.previous_week_edits(session, MONDAY + timedelta(days=7))
    _edit(db, manager, edits)
    with db.session() as session:
        cells = cells_between(session, MONDAY + timedelta(7), MONDAY + timedelta(13))
    assert sorted((d - MONDAY).days for _, d in cells) == [7, 7, 7, 9, 9, 9]
