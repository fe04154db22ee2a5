"""A signed-in user is checked again at every unit of work: deactivated, or given another role,
since signing in, they can no longer write (they used to, until they signed out)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from branchops.core.errors import PermissionDenied
from branchops.core.staff.models import Position
from branchops.core.users.models import Role
from branchops.core.users.service import UserData, deactivate_user, sign_in, update_user
from branchops.i18n import set_language

from .conftest import PASSWORD


def _positions(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Position.id)))


def _write_as(db, user) -> None:
    with db.unit_of_work(user) as uow:
        uow.session.add(Position(name="大堂经理", sort_order=1))
        uow.commit()


@pytest.mark.postgres
def test_a_clerk_deactivated_while_signed_in_cannot_write(db, add_user, manager, clock):
    set_language("en")
    clerk_id = add_user("liming", Role.CLERK)
    with db.session() as session:
        clerk = sign_in(session, "liming", PASSWORD, clock.now)
    _write_as(db, clerk)  # allowed while the account is active
    before = _positions(db)
    with db.unit_of_work(manager) as uow:
        deactivate_user(uow, manager, clerk_id)
    with pytest.raises(PermissionDenied, match="deactivated since you signed in"):
        _write_as(db, clerk)
    assert _positions(db) == before


def test_a_role_taken_away_while_signed_in_is_noticed(db, add_user, manager, clock):
    set_language("en")
    user_id = add_user("wangfang", Role.SUPERVISOR)
    with db.session() as session:
        supervisor = sign_in(session, "wangfang", PASSWORD, clock.now)
    with db.unit_of_work(manager) as uow:
        update_user(uow, manager, user_id, UserData("wangfang", "王芳", Role.READ_ONLY))
    with pytest.raises(PermissionDenied, match="role has changed"):
        _write_as(db, supervisor)
