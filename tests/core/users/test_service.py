"""Managing users and sign-in mode; every write checks the acting user's permission."""

import pytest
from sqlalchemy import func, select

from branchops.core import settings
from branchops.core.errors import NotFound, PermissionDenied, UserError, ValidationError
from branchops.core.users import service
from branchops.core.users.models import Role, User
from branchops.core.users.permissions import SINGLE_USER, CurrentUser
from branchops.core.users.service import UserData
from branchops.db.audit import AuditEntry
from branchops.i18n import set_language

from .conftest import PASSWORD


def _signed_in(db, username, password=PASSWORD, now=None) -> CurrentUser:
    from datetime import datetime

    with db.session() as session:
        return service.sign_in(session, username, password, now or datetime(2026, 1, 5, 9))


def _count_users(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(User.id)))


def test_create_and_list_users(db, add_user):
    add_user("zhangwei", Role.SUPERVISOR)
    add_user("Anna", Role.CLERK)
    with db.session() as session:
        rows = service.list_users(session)
    assert [(r.username, r.role, r.active, r.has_password) for r in rows] == [
        ("Anna", Role.CLERK, True, True),
        ("zhangwei", Role.SUPERVISOR, True, True),
    ]


@pytest.mark.postgres
def test_audit_names_the_acting_user_and_hides_the_hash(db, add_user):
    add_user("boss", Role.MANAGER)
    boss = _signed_in(db, "boss")
    with db.unit_of_work(boss) as uow:
        new_id = service.create_user(uow, boss, UserData("clerk1", "Clerk", Role.CLERK), PASSWORD)
    with db.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        stored_hash = session.get(User, new_id).password_hash
    assert (entry.username, entry.action, entry.entity) == ("boss", "create", "User")
    assert entry.entity_id == str(new_id)
    assert '"password_hash": [null, "***"]' in entry.changes
    assert stored_hash.split("$")[-1] not in entry.changes
    assert PASSWORD not in entry.changes


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.CLERK, Role.READ_ONLY])
def test_only_a_manager_manages_users(db, add_user, role):
    add_user("someone", role)
    actor = _signed_in(db, "someone")
    before = _count_users(db)
    with db.unit_of_work(actor) as uow, pytest.raises(PermissionDenied):
        service.create_user(uow, actor, UserData("extra", "", Role.CLERK), PASSWORD)
    with db.unit_of_work(actor) as uow, pytest.raises(PermissionDenied):
        service.reset_password(uow, actor, actor.user_id, "another-password")
    assert _count_users(db) == before


def test_validation_names_each_field_and_changes_nothing(db, add_user, manager):
    set_language("en")
    add_user("zhangwei", Role.CLERK)
    bad = UserData("ZhangWei", "x" * 65, Role.CLERK)
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        service.create_user(uow, manager, bad, "short")
    error = caught.value
    assert "already taken" in error.for_field("username")[0]
    assert error.for_field("display_name")
    assert "at least 8" in error.for_field("password")[0]
    assert _count_users(db) == 1


@pytest.mark.parametrize("username", ["a", "has space", "system", "SYSTEM", "x" * 33, ""])
def test_bad_user_names_are_refused(db, manager, username):
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        service.create_user(uow, manager, UserData(username, "", Role.CLERK), PASSWORD)
    assert caught.value.for_field("username")


def test_chinese_user_names_are_fine(db, add_user):
    add_user("王芳", Role.CLERK)
    assert _signed_in(db, "王芳").username == "王芳"


def test_password_may_not_be_the_user_name(db, manager):
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError) as caught:
        service.create_user(uow, manager, UserData("liming88", "", Role.CLERK), "LiMing88")
    assert caught.value.for_field("password")


def test_update_and_deactivate(db, add_user, manager):
    user_id = add_user("liming", Role.CLERK)
    with db.unit_of_work(manager) as uow:
        service.update_user(uow, manager, user_id, UserData("liming", "李明", Role.SUPERVISOR))
    with db.unit_of_work(manager) as uow:
        service.deactivate_user(uow, manager, user_id)
    with db.session() as session:
        row = service.get_user(session, user_id)
        assert (row.display_name, row.role, row.active) == ("李明", Role.SUPERVISOR, False)
        assert service.list_users(session, include_inactive=False) == []


def test_missing_user_is_reported(db, manager):
    with db.unit_of_work(manager) as uow, pytest.raises(NotFound):
        service.deactivate_user(uow, manager, 999)


def test_nobody_deactivates_themselves(db, add_user):
    add_user("boss", Role.MANAGER)
    boss = _signed_in(db, "boss")
    with db.unit_of_work(boss) as uow, pytest.raises(ValidationError) as caught:
        service.deactivate_user(uow, boss, boss.user_id)
    assert caught.value.for_field("active")


def test_reset_password_unlocks_and_replaces_the_old_one(db, add_user, manager, clock):
    user_id = add_user("liming", Role.CLERK)
    for _ in range(service.LOCKOUT_ATTEMPTS):
        with db.session() as session, pytest.raises(service.SignInFailed):
            service.sign_in(session, "liming", "guess", clock.now)
    with db.unit_of_work(manager) as uow:
        service.reset_password(uow, manager, user_id, "brand-new-pass")
    assert _signed_in(db, "liming", "brand-new-pass", clock.now).user_id == user_id
    with db.session() as session, pytest.raises(service.SignInFailed):
        service.sign_in(session, "liming", PASSWORD, clock.now)


def test_change_own_password(db, add_user, clock):
    add_user("liming", Role.CLERK)
    me = _signed_in(db, "liming")
    with db.unit_of_work(me) as uow, pytest.raises(ValidationError) as caught:
        service.change_password(uow, me, "wrong-old", "brand-new-pass", clock.now)
    assert caught.value.for_field("old_password")
    with db.unit_of_work(me) as uow:
        service.change_password(uow, me, PASSWORD, "brand-new-pass", clock.now)
    assert _signed_in(db, "liming", "brand-new-pass").username == "liming"


def test_change_password_counts_towards_lock_out(db, add_user, clock):
    set_language("en")
    add_user("liming", Role.CLERK)
    me = _signed_in(db, "liming")
    for _ in range(service.LOCKOUT_ATTEMPTS):
        with db.unit_of_work(me) as uow, pytest.raises(ValidationError) as caught:
            service.change_password(uow, me, "wrong-old", "brand-new-pass", clock.now)
    assert "locked" in caught.value.for_field("old_password")[0]


def test_single_user_mode_has_no_password_to_change(db, clock):
    with db.unit_of_work(SINGLE_USER) as uow, pytest.raises(UserError):
        service.change_password(uow, SINGLE_USER, "x", "brand-new-pass", clock.now)


@pytest.mark.postgres
def test_sign_in_mode_needs_a_verified_manager(db, add_user, manager, clock):
    add_user("boss", Role.MANAGER)
    add_user("clerk1", Role.CLERK)
    with db.session() as session:
        assert service.user_without_sign_in(session) is SINGLE_USER
    with db.unit_of_work(manager) as uow, pytest.raises(service.SignInFailed):
        service.enable_sign_in(uow, manager, "boss", "wrong-password", clock.now)
    with db.unit_of_work(manager) as uow, pytest.raises(ValidationError):
        service.enable_sign_in(uow, manager, "clerk1", PASSWORD, clock.now)
    with db.session() as session:
        assert not service.sign_in_required(session)
    with db.unit_of_work(manager) as uow:
        boss = service.enable_sign_in(uow, manager, "boss", PASSWORD, clock.now)
    assert (boss.username, boss.role) == ("boss", Role.MANAGER)
    with db.session() as session:
        assert service.sign_in_required(session)
        assert settings.get(session, settings.SIGN_IN_REQUIRED) is True
        assert service.user_without_sign_in(session) is None
    with db.unit_of_work(boss) as uow:
        service.disable_sign_in(uow, boss)
    with db.session() as session:
        assert service.user_without_sign_in(session) is SINGLE_USER


def test_only_a_manager_turns_sign_in_on(db, add_user, clock):
    add_user("boss", Role.MANAGER)
    add_user("super", Role.SUPERVISOR)
    supervisor = _signed_in(db, "super")
    with db.unit_of_work(supervisor) as uow, pytest.raises(PermissionDenied):
        service.enable_sign_in(uow, supervisor, "boss", PASSWORD, clock.now)
    with db.unit_of_work(supervisor) as uow, pytest.raises(PermissionDenied):
        service.disable_sign_in(uow, supervisor)


def test_the_last_manager_who_can_sign_in_is_kept(db, add_user, manager, clock):
    boss_id = add_user("boss", Role.MANAGER)
    with db.unit_of_work(manager) as uow:
        boss = service.enable_sign_in(uow, manager, "boss", PASSWORD, clock.now)
    with db.unit_of_work(boss) as uow, pytest.raises(ValidationError):
        service.update_user(uow, boss, boss_id, UserData("boss", "", Role.CLERK))
    deputy_id = add_user("deputy", Role.MANAGER)
    with db.unit_of_work(boss) as uow:
        service.update_user(uow, boss, deputy_id, UserData("deputy", "", Role.SUPERVISOR))
    with db.unit_of_work(boss) as uow:
        service.update_user(uow, boss, deputy_id, UserData("deputy", "", Role.MANAGER))
    with db.unit_of_work(boss) as uow:  # now another manager can sign in: allowed
        service.update_user(uow, boss, boss_id, UserData("boss", "", Role.SUPERVISOR))
    with db.session() as session:
        assert service.get_user(session, boss_id).role is Role.SUPERVISOR
