"""Signing in, with a fake clock: wrong passwords, lock-out after 5 failures for 5 minutes."""

import pytest
from sqlalchemy import select

from branchops.core.users import passwords
from branchops.core.users.models import Role, User
from branchops.core.users.service import (
    LOCKOUT_ATTEMPTS,
    SignInFailed,
    deactivate_user,
    sign_in,
)
from branchops.db.audit import AuditEntry
from branchops.i18n import set_language

from .conftest import PASSWORD


def _fail(db, username, password, now):
    with db.session() as session, pytest.raises(SignInFailed) as caught:
        sign_in(session, username, password, now)
    return str(caught.value)


def _user(db, username) -> User:
    with db.session() as session:
        return session.scalar(select(User).where(User.username == username))


def test_right_password_gives_the_current_user(db, add_user, clock):
    user_id = add_user("wangfang", Role.SUPERVISOR)
    with db.session() as session:
        user = sign_in(session, "wangfang", PASSWORD, clock.now)
    assert (user.user_id, user.username, user.role) == (user_id, "wangfang", Role.SUPERVISOR)
    assert user.display_name == "Wangfang"


def test_user_name_is_matched_without_case_or_spaces(db, add_user, clock):
    add_user("LiMing", Role.CLERK)
    with db.unit_of_work() as uow:
        assert sign_in(uow, "  liming ", PASSWORD, clock.now).username == "LiMing"


@pytest.mark.postgres
def test_wrong_password_and_unknown_user_get_the_same_message(db, add_user, clock):
    set_language("en")
    add_user("liming", Role.CLERK)
    wrong = _fail(db, "liming", "not-the-password", clock.now)
    unknown = _fail(db, "nobody", PASSWORD, clock.now)
    assert wrong == unknown
    assert "Wrong user name or password" in wrong
    assert _user(db, "liming").failed_attempts == 1


@pytest.mark.postgres
def test_five_failures_lock_for_five_minutes(db, add_user, clock):
    set_language("en")
    add_user("liming", Role.CLERK)
    for _ in range(LOCKOUT_ATTEMPTS - 1):
        assert "Wrong" in _fail(db, "liming", "guess", clock.advance(seconds=10))
    fifth = _fail(db, "liming", "guess", clock.advance(seconds=10))  # 09:00:50
    assert "locked" in fifth
    assert "09:06" in fifth  # locked until 09:05:50, shown rounded up to the minute
    # Even the right password is refused while locked, and says when to try again.
    clock.advance(minutes=4, seconds=59)
    assert "09:06" in _fail(db, "liming", PASSWORD, clock.now)
    clock.advance(seconds=1)
    with db.session() as session:
        assert sign_in(session, "liming", PASSWORD, clock.now).username == "liming"
    user = _user(db, "liming")
    assert (user.failed_attempts, user.locked_until) == (0, None)


def test_a_success_resets_the_count(db, add_user, clock):
    add_user("liming", Role.CLERK)
    for _ in range(LOCKOUT_ATTEMPTS - 1):
        _fail(db, "liming", "guess", clock.now)
    with db.session() as session:
        sign_in(session, "liming", PASSWORD, clock.now)
    for _ in range(LOCKOUT_ATTEMPTS - 1):
        _fail(db, "liming", "guess", clock.now)
    assert _user(db, "liming").locked_until is None


def test_timezone_aware_clock_is_accepted(db, add_user, clock):
    add_user("liming", Role.CLERK)
    with db.session() as session:
        assert sign_in(session, "liming", PASSWORD, clock.now.astimezone()).user_id


def test_deactivated_account_is_told_so_only_with_the_right_password(db, add_user, manager, clock):
    set_language("en")
    user_id = add_user("liming", Role.CLERK)
    with db.unit_of_work(manager) as uow:
        deactivate_user(uow, manager, user_id)
    assert "deactivated" in _fail(db, "liming", PASSWORD, clock.now)
    assert "Wrong user name or password" in _fail(db, "liming", "guess", clock.now)


def test_an_old_hash_is_upgraded_at_sign_in(db, add_user, clock, monkeypatch):
    add_user("liming", Role.CLERK)
    before = _user(db, "liming").password_hash
    monkeypatch.setattr(passwords, "COST", passwords.Cost(n=2**5, r=1, p=1))
    with db.session() as session:
        sign_in(session, "liming", PASSWORD, clock.now)
    after = _user(db, "liming").password_hash
    assert after != before
    assert after.startswith("scrypt$32$1$1$")
    assert passwords.verify_password(PASSWORD, after)


def test_failed_attempts_are_audited_without_the_password(db, add_user, clock):
    add_user("liming", Role.CLERK)
    _fail(db, "liming", "my-secret-guess", clock.now)
    with db.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    last = entries[-1]
    assert (last.action, last.entity) == ("update", "User")
    assert '"failed_attempts": [0, 1]' in last.changes
    assert all("my-secret-guess" not in e.changes for e in entries)
