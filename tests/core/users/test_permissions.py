"""Roles and what they may do, enforced inside the services (not only by the UI)."""

import pytest
from sqlalchemy import func, select

from branchops.core.branch.queries import ProfileData, is_set_up
from branchops.core.branch.service import save_profile, save_targets
from branchops.core.errors import PermissionDenied
from branchops.core.users.models import Role
from branchops.core.users.permissions import (
    SINGLE_USER,
    CurrentUser,
    Permission,
    require,
    role_label,
)
from branchops.db.audit import AuditEntry
from branchops.i18n import set_language

READ_ONLY = CurrentUser(7, "viewer", "Viewer", Role.READ_ONLY)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.MANAGER, {"read", "write", "approve", "manage"}),
        (Role.SUPERVISOR, {"read", "write", "approve"}),
        (Role.CLERK, {"read", "write"}),
        (Role.READ_ONLY, {"read"}),
    ],
)
def test_what_each_role_may_do(role, allowed):
    user = CurrentUser(1, "u", "", role)
    assert {p.value for p in Permission if user.allowed(p)} == allowed


def test_single_user_mode_acts_as_the_manager():
    assert SINGLE_USER.role is Role.MANAGER
    assert SINGLE_USER.username == "manager"
    require(SINGLE_USER, Permission.MANAGE)


def test_refusal_names_the_role_in_the_users_language():
    set_language("en")
    with pytest.raises(PermissionDenied) as caught:
        require(READ_ONLY, Permission.WRITE)
    assert "Read-only" in str(caught.value)
    assert role_label(Role.CLERK) == "Clerk"


def _audit_rows(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(AuditEntry.id)))


@pytest.mark.postgres
def test_read_only_users_save_is_refused_and_changes_nothing(db):
    with db.unit_of_work(READ_ONLY) as uow, pytest.raises(PermissionDenied):
        save_profile(uow, READ_ONLY, ProfileData(code="BR01", name="城东支行"))
    with db.unit_of_work(READ_ONLY) as uow, pytest.raises(PermissionDenied):
        save_targets(uow, READ_ONLY, {"staff.headcount": 20})
    with db.session() as session:
        assert not is_set_up(session)
    assert _audit_rows(db) == 0


def test_a_supervisor_may_not_change_branch_settings(db):
    supervisor = CurrentUser(2, "deputy", "", Role.SUPERVISOR)
    with db.unit_of_work(supervisor) as uow, pytest.raises(PermissionDenied):
        save_profile(uow, supervisor, ProfileData(code="BR01", name="城东支行"))
    assert _audit_rows(db) == 0


def test_the_settings_save_is_all_or_nothing(db, manager):
    from branchops.core import settings
    from branchops.core.branch.queries import load_profile
    from branchops.core.branch.service import save_branch_settings
    from branchops.core.errors import ValidationError

    with db.unit_of_work(manager) as uow:
        save_profile(uow, manager, ProfileData(code="BR01", name="城东支行"))
    changed = ProfileData(code="BR02", name="城西支行")
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError):
        save_branch_settings(uow, manager, changed, {settings.BACKUP_KEEP: 0}, {"x": 1.0})
    with db.session() as session:
        assert load_profile(session).code == "BR01"
        assert settings.get(session, settings.BACKUP_KEEP) == settings.DEFAULT_BACKUP_KEEP
