"""Users, roles and signing in (§11).

Single-user mode (the default) needs no sign-in: whoever uses the PC acts as the manager
(``permissions.SINGLE_USER``). The manager may turn sign-in on once an active manager account
with a password exists and its password has been typed again. Five wrong passwords in a row lock
an account for five minutes. Passwords are kept only as salted scrypt hashes (``passwords.py``);
the audit log shows ``***`` for them.

``now`` is always the local wall-clock time, passed in so tests can use a fake clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops.core import settings
from branchops.core.errors import NotFound, Problems, UserError, ValidationError
from branchops.core.users.models import Role, User
from branchops.core.users.passwords import burn_time, hash_password, needs_rehash, verify_password
from branchops.core.users.permissions import SINGLE_USER, CurrentUser, Permission, require
from branchops.db.audit import LOCKED_OUT, SIGN_IN_REFUSED, record_event
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

LOCKOUT_ATTEMPTS = 5
LOCKOUT_DURATION = timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
USERNAME_RE = re.compile(r"^[\w.@-]{2,32}$")
RESERVED_USERNAMES = frozenset({"system"})


class SignInFailed(UserError):
    """Wrong name or password, a locked or a deactivated account; the message says what to do."""


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    has_password: bool
    locked_until: datetime | None
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


@dataclass
class UserData:
    username: str = ""
    display_name: str = ""
    role: Role = Role.CLERK
    active: bool = True


# --- reading -------------------------------------------------------------------------------------


def _row(user: User) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        active=user.active,
        has_password=bool(user.password_hash),
        locked_until=user.locked_until,
        record_version=user.version,
    )


def list_users(session: Session, include_inactive: bool = True) -> list[UserRow]:
    query = select(User).order_by(func.lower(User.username))
    if not include_inactive:
        query = query.where(User.active.is_(True))
    return [_row(user) for user in session.scalars(query)]


def get_user(session: Session, user_id: int) -> UserRow:
    return _row(_load(session, user_id))


def sign_in_required(session: Session) -> bool:
    return bool(settings.get(session, settings.SIGN_IN_REQUIRED))


def user_without_sign_in(session: Session) -> CurrentUser | None:
    """The acting user when nobody needs to sign in (single-user mode), else None."""
    return None if sign_in_required(session) else SINGLE_USER


def current_user(user: User) -> CurrentUser:
    return CurrentUser(user.id, user.username, user.display_name, user.role)


# --- signing in ----------------------------------------------------------------------------------


def _local(now: datetime) -> datetime:
    return now.astimezone().replace(tzinfo=None) if now.tzinfo else now


def _find(session: Session, username: str) -> User | None:
    key = username.strip().lower()
    return session.scalar(select(User).where(func.lower(User.username) == key)) if key else None


def _locked_message(until: datetime) -> str:
    shown = until.replace(second=0, microsecond=0)
    if shown < until:  # round up: "after 09:06" must not be too early
        shown += timedelta(minutes=1)
    return translate(
        "Users", "Too many wrong passwords: this account is locked. Try again after {time}."
    ).format(time=f"{shown:%H:%M}")


def _check_password(
    session: Session, user: User, password: str, now: datetime, wrong_message: str
) -> None:
    """Check ``password`` against the account, counting failures towards the lock-out.

    A failure is audited and committed before the error is raised, so the count survives the
    refusal.
    """
    if user.locked_until is not None and now < user.locked_until:
        _refused(session, user.username, str(user.id), "locked")
        raise SignInFailed(_locked_message(user.locked_until))
    if not verify_password(password, user.password_hash):
        user.failed_attempts = (user.failed_attempts or 0) + 1
        attempts = user.failed_attempts
        locked = attempts >= LOCKOUT_ATTEMPTS
        message = wrong_message
        if locked:
            user.failed_attempts = 0
            user.locked_until = until = now + LOCKOUT_DURATION
            message = _locked_message(until)
            record_event(
                session,
                user.username,
                LOCKED_OUT,
                "User",
                str(user.id),
                {"attempts": attempts, "locked_until": user.locked_until},
            )
        else:
            record_event(
                session,
                user.username,
                SIGN_IN_REFUSED,
                "User",
                str(user.id),
                {"reason": "wrong_password", "attempts": attempts},
            )
        session.commit()
        raise SignInFailed(message)
    if user.failed_attempts or user.locked_until is not None:
        user.failed_attempts = 0
        user.locked_until = None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)


def _refused(session: Session, username: str, entity_id: str, reason: str) -> None:
    """Audit a refused sign-in that changes no account (and commit it)."""
    record_event(session, username, SIGN_IN_REFUSED, "User", entity_id, {"reason": reason})
    session.commit()


def _wrong_credentials() -> str:
    return translate("Users", "Wrong user name or password. Check both and try again.")


def _authenticate(session: Session, username: str, password: str, now: datetime) -> User:
    user = _find(session, username)
    if user is None:
        burn_time(password)  # answer as slowly as for a real account
        _refused(session, username.strip() or "?", "", "unknown_user")
        raise SignInFailed(_wrong_credentials())
    _check_password(session, user, password, _local(now), _wrong_credentials())
    if not user.active:
        _refused(session, user.username, str(user.id), "deactivated")
        raise SignInFailed(
            translate(
                "Users", "The account {user} has been deactivated. Ask the branch manager."
            ).format(user=user.username)
        )
    return user


def sign_in(
    target: Session | UnitOfWork, username: str, password: str, now: datetime
) -> CurrentUser:
    """Check a user name and password; raise ``SignInFailed`` with the reason and what to do."""
    session = target.session if isinstance(target, UnitOfWork) else target
    user = _authenticate(session, username, password, now)
    session.commit()
    return current_user(user)


# --- managing users ------------------------------------------------------------------------------


def _load(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(translate("Users", "This user no longer exists. Reload the list."))
    return user


def _password_problems(problems: Problems, password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH or not password.strip():
        problems.add(
            "password",
            translate("Users", "The password needs at least {count} characters.").format(
                count=MIN_PASSWORD_LENGTH
            ),
        )
    elif len(password) > MAX_PASSWORD_LENGTH:
        problems.add(
            "password",
            translate("Users", "The password may have at most {count} characters.").format(
                count=MAX_PASSWORD_LENGTH
            ),
        )
    elif password.strip().lower() == username.strip().lower():
        problems.add(
            "password", translate("Users", "The password must not be the same as the user name.")
        )


def _validate(session: Session, data: UserData, user_id: int | None, problems: Problems) -> None:
    name = data.username.strip()
    if not USERNAME_RE.match(name) or name.lower() in RESERVED_USERNAMES:
        problems.add(
            "username",
            translate(
                "Users",
                "User name: 2–32 letters, digits, '.', '_', '-' or '@', without spaces "
                "(and not 'system').",
            ),
        )
    else:
        other = _find(session, name)
        if other is not None and other.id != user_id:
            problems.add(
                "username",
                translate("Users", "The user name {name} is already taken.").format(name=name),
            )
    if len(data.display_name.strip()) > 64:
        problems.add("display_name", translate("Users", "The display name is too long (max. 64)."))
    if not isinstance(data.role, Role):
        problems.add("role", translate("Users", "Choose a role."))


def _sign_in_managers(session: Session, excluding: int | None = None) -> int:
    """Active managers with a password, who could still sign in."""
    query = select(func.count(User.id)).where(
        User.role == Role.MANAGER, User.active.is_(True), User.password_hash != ""
    )
    if excluding is not None:
        query = query.where(User.id != excluding)
    return session.scalar(query) or 0


def _keep_a_manager(session: Session, user: User, data: UserData) -> None:
    """With sign-in on, the last manager who can sign in may be neither demoted nor removed."""
    could_sign_in = user.role is Role.MANAGER and user.active and bool(user.password_hash)
    still_manager = data.active and data.role is Role.MANAGER
    if (
        could_sign_in
        and not still_manager
        and sign_in_required(session)
        and _sign_in_managers(session, excluding=user.id) == 0
    ):
        raise ValidationError.single(
            "role",
            translate(
                "Users",
                "{user} is the last manager who can sign in. Make another user a manager "
                "first, or turn sign-in off.",
            ).format(user=user.username),
        )


def create_user(uow: UnitOfWork, actor: CurrentUser, data: UserData, password: str) -> int:
    require(actor, Permission.MANAGE)
    session = uow.session
    problems = Problems()
    _validate(session, data, None, problems)
    _password_problems(problems, password, data.username)
    problems.raise_if_any()
    user = User(
        username=data.username.strip(),
        display_name=data.display_name.strip(),
        role=data.role,
        active=data.active,
        password_hash=hash_password(password),
        failed_attempts=0,
    )
    session.add(user)
    session.flush()
    uow.commit()
    return user.id


def update_user(uow: UnitOfWork, actor: CurrentUser, user_id: int, data: UserData) -> None:
    require(actor, Permission.MANAGE)
    session = uow.session
    user = _load(session, user_id)
    problems = Problems()
    _validate(session, data, user_id, problems)
    if actor.user_id == user_id and not data.active:
        problems.add(
            "active",
            translate("Users", "You cannot deactivate the account you are signed in with."),
        )
    problems.raise_if_any()
    _keep_a_manager(session, user, data)
    user.username = data.username.strip()
    user.display_name = data.display_name.strip()
    user.role = data.role
    user.active = data.active
    uow.commit()


def deactivate_user(uow: UnitOfWork, actor: CurrentUser, user_id: int) -> None:
    """Users are deactivated, never deleted, so the audit log keeps naming them."""
    user = _load(uow.session, user_id)
    data = UserData(user.username, user.display_name, user.role, active=False)
    update_user(uow, actor, user_id, data)


def reset_password(uow: UnitOfWork, actor: CurrentUser, user_id: int, new_password: str) -> None:
    """The manager sets a new password for someone (forgotten password); unlocks the account."""
    require(actor, Permission.MANAGE)
    user = _load(uow.session, user_id)
    problems = Problems()
    _password_problems(problems, new_password, user.username)
    problems.raise_if_any()
    user.password_hash = hash_password(new_password)
    user.failed_attempts = 0
    user.locked_until = None
    uow.commit()


def change_password(
    uow: UnitOfWork, actor: CurrentUser, old_password: str, new_password: str, now: datetime
) -> None:
    """A signed-in user changes their own password, typing the current one first."""
    if actor.user_id is None:
        raise UserError(
            translate(
                "Users",
                "In single-user mode nobody signs in, so there is no password to change. "
                "Create users and turn sign-in on first.",
            )
        )
    session = uow.session
    user = _load(session, actor.user_id)
    wrong = translate("Users", "The current password is wrong.")
    try:
        _check_password(session, user, old_password, _local(now), wrong)
    except SignInFailed as error:
        raise ValidationError.single("old_password", str(error)) from error
    problems = Problems()
    _password_problems(problems, new_password, user.username)
    problems.raise_if_any()
    user.password_hash = hash_password(new_password)
    uow.commit()


def enable_sign_in(
    uow: UnitOfWork, actor: CurrentUser, username: str, password: str, now: datetime
) -> CurrentUser:
    """Turn sign-in on after an active manager typed their password; returns that manager."""
    require(actor, Permission.MANAGE)
    session = uow.session
    user = _authenticate(session, username, password, now)
    if user.role is not Role.MANAGER:
        session.commit()
        raise ValidationError.single(
            "username",
            translate(
                "Users", "Sign-in can be turned on only with the name and password of a manager."
            ),
        )
    settings.put(session, settings.SIGN_IN_REQUIRED, True)
    uow.commit()
    return current_user(user)


def disable_sign_in(uow: UnitOfWork, actor: CurrentUser) -> None:
    """Back to single-user mode: whoever uses the PC acts as the manager."""
    require(actor, Permission.MANAGE)
    settings.put(uow.session, settings.SIGN_IN_REQUIRED, False)
    uow.commit()
