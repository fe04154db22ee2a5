"""Corrective actions: status rules, evidence, verifier ≠ owner, raising from a failed item."""

from __future__ import annotations

from datetime import timedelta

import pytest

from branchops import clock
from branchops.core.actions.models import ActionStatus, Priority, SourceKind
from branchops.core.actions.queries import load_action
from branchops.core.actions.service import (
    ActionInput,
    complete_action,
    create_action,
    delete_action,
    reopen_action,
    start_action,
    update_action,
    verify_action,
)
from branchops.core.errors import PermissionDenied, UserError, ValidationError
from branchops.core.staff.models import Staff
from branchops.core.users.models import Role, User
from branchops.core.users.permissions import CurrentUser

TODAY = clock.today()


@pytest.fixture
def people(db) -> dict[str, int]:
    with db.unit_of_work() as uow:
        staff = {name: Staff(employee_no=f"E{i}", name=name) for i, name in enumerate("甲乙丙")}
        uow.session.add_all(staff.values())
        uow.commit()
        return {name: person.id for name, person in staff.items()}


@pytest.fixture
def action_id(db, manager, people) -> int:
    data = ActionInput(title="补齐开门登记签字", owner_staff_id=people["甲"], due_date=TODAY)
    with db.unit_of_work(manager) as uow:
        return create_action(uow, manager, data)


def _status(db, action_id) -> ActionStatus:
    with db.session() as session:
        return load_action(session, action_id).row.status


def _add_users(db, count: int) -> None:
    with db.unit_of_work() as uow:
        uow.session.add_all(
            [
                User(username=f"user{i}", role=Role.SUPERVISOR, password_hash="x")
                for i in range(count)
            ]
        )
        uow.commit()


def test_missing_fields_are_reported_together(db, manager):
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        create_action(uow, manager, ActionInput(title=" ", owner_staff_id=None, due_date=None))
    assert {p.field for p in caught.value.problems} == {"title", "owner", "due_date"}


@pytest.mark.postgres
def test_the_whole_way_open_to_verified(db, manager, people, action_id):
    assert _status(db, action_id) is ActionStatus.OPEN
    with db.unit_of_work(manager) as uow:
        start_action(uow, manager, action_id)
    assert _status(db, action_id) is ActionStatus.IN_PROGRESS
    with db.unit_of_work(manager) as uow:
        complete_action(uow, manager, action_id, "已补签并拍照存档")
    with db.unit_of_work(manager) as uow:
        verify_action(uow, manager, action_id, people["乙"])
    with db.session() as session:
        detail = load_action(session, action_id)
    assert detail.row.status is ActionStatus.VERIFIED
    assert (detail.row.verifier, detail.verified_by) == ("乙", manager.username)
    assert detail.evidence == "已补签并拍照存档"
    assert detail.closed_on_time is True


def test_no_done_without_evidence(db, manager, action_id):
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        complete_action(uow, manager, action_id, "  ")
    assert [p.field for p in caught.value.problems] == ["evidence"]
    assert _status(db, action_id) is ActionStatus.OPEN


def test_verify_only_a_done_action(db, manager, people, action_id):
    with db.unit_of_work(manager) as uow, pytest.raises(UserError):
        verify_action(uow, manager, action_id, people["乙"])


@pytest.mark.postgres
def test_owner_cannot_verify_when_the_branch_has_several_users(db, manager, people, action_id):
    _add_users(db, 2)
    with db.unit_of_work(manager) as uow:
        complete_action(uow, manager, action_id, "已整改")
    for verifier in (people["甲"], None):
        with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
            verify_action(uow, manager, action_id, verifier)
        assert [p.field for p in caught.value.problems] == ["verifier"]
    with db.unit_of_work(manager) as uow:
        verify_action(uow, manager, action_id, people["丙"])
    assert _status(db, action_id) is ActionStatus.VERIFIED


def test_a_single_user_may_verify_their_own_action(db, manager, people, action_id):
    _add_users(db, 1)
    with db.unit_of_work(manager) as uow:
        complete_action(uow, manager, action_id, "已整改")
    with db.unit_of_work(manager) as uow:
        verify_action(uow, manager, action_id, people["甲"])
    assert _status(db, action_id) is ActionStatus.VERIFIED


def test_a_clerk_may_not_verify(db, manager, people, action_id):
    clerk = CurrentUser(9, "clerk", "", Role.CLERK)
    with db.unit_of_work(manager) as uow:
        complete_action(uow, manager, action_id, "已整改")
    with db.unit_of_work(clerk) as uow, pytest.raises(PermissionDenied):
        verify_action(uow, clerk, action_id, people["乙"])


def test_verification_not_before_done(db, manager, people, action_id):
    with db.unit_of_work(manager) as uow:
        complete_action(uow, manager, action_id, "已整改", on=TODAY)
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        verify_action(uow, manager, action_id, people["乙"], on=TODAY - timedelta(days=1))
    assert [p.field for p in caught.value.problems] == ["verified_on"]


def test_reopen_needs_a_reason_and_clears_done(db, manager, action_id):
    with db.unit_of_work(manager) as uow:
        complete_action(uow, manager, action_id, "已整改")
    with db.unit_of_work(manager) as uow, pytest.raises(UserError):
        reopen_action(uow, manager, action_id, "")
    with db.unit_of_work(manager) as uow:
        reopen_action(uow, manager, action_id, "复查仍有两处未签字")
    with db.session() as session:
        detail = load_action(session, action_id)
    assert detail.row.status is ActionStatus.IN_PROGRESS and detail.row.done_on is None
    assert "复查仍有两处未签字" in detail.description


def test_verified_actions_are_final(db, manager, people, action_id):
    with db.unit_of_work(manager) as uow:
        complete_action(uow, manager, action_id, "已整改")
    with db.unit_of_work(manager) as uow:
        verify_action(uow, manager, action_id, people["乙"])
    data = ActionInput(title="改标题", owner_staff_id=people["甲"], due_date=TODAY)
    for attempt in (
        lambda uow: update_action(uow, manager, action_id, data),
        lambda uow: start_action(uow, manager, action_id),
        lambda uow: complete_action(uow, manager, action_id, "再次"),
        lambda uow: delete_action(uow, manager, action_id),
    ):
        with db.unit_of_work(manager) as uow, pytest.raises(UserError):
            attempt(uow)


def test_update_and_delete_an_open_action(db, manager, people, action_id):
    data = ActionInput(
        title="补齐签字",
        owner_staff_id=people["丙"],
        due_date=TODAY + timedelta(days=3),
        priority=Priority.HIGH,
        source_kind=SourceKind.HQ,
        link_text="总部通报",
    )
    with db.unit_of_work(manager) as uow:
        update_action(uow, manager, action_id, data)
    with db.session() as session:
        row = load_action(session, action_id).row
    assert (row.title, row.owner, row.priority, row.source_kind) == (
        "补齐签字",
        "丙",
        Priority.HIGH,
        SourceKind.HQ,
    )
    with db.unit_of_work(manager) as uow:
        delete_action(uow, manager, action_id)
    with db.session() as session, pytest.raises(UserError):
        load_action(session, action_id)
