"""Who may do what. Services call ``require``; the UI asks ``allowed`` to disable actions."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from branchops.core.errors import PermissionDenied
from branchops.core.users.roles import Role
from branchops.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Permission(enum.StrEnum):
    READ = "read"
    WRITE = "write"  # everyday records: inspections, actions, roster edits, feedback
    APPROVE = "approve"  # approve leave, verify actions, publish rosters
    MANAGE = "manage"  # settings, users, overrides of rule warnings, restore


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.MANAGER: frozenset(Permission),
    Role.SUPERVISOR: frozenset({Permission.READ, Permission.WRITE, Permission.APPROVE}),
    Role.CLERK: frozenset({Permission.READ, Permission.WRITE}),
    Role.READ_ONLY: frozenset({Permission.READ}),
}

ROLE_LABELS = {
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "Supervisor"),
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "Clerk"),
    Role.READ_ONLY: QT_TRANSLATE_NOOP("Roles", "Read-only"),
}


def role_label(role: Role) -> str:
    return translate("Roles", ROLE_LABELS[role])


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user (or, in single-user mode, the manager). Used as the audit actor."""

    user_id: int | None
    username: str
    display_name: str
    role: Role

    def allowed(self, permission: Permission) -> bool:
        return permission in _GRANTS[self.role]

    def why_not(self, permission: Permission) -> str:
        return translate(
            "Permissions", "Your role ({role}) may not do this. Ask the branch manager."
        ).format(role=role_label(self.role))

    def verify(self, session: Session) -> None:
        """Checked at the start of every unit of work: the account that signed in is still
        active and still has the role it signed in with. (Accounts are never deleted; an id
        without an account is a user made up by a test.)"""
        if self.user_id is None:
            return
        from branchops.core.users.models import User  # the model only when someone signed in

        account = session.get(User, self.user_id)
        if account is None:
            return
        if not account.active:
            raise PermissionDenied(
                translate(
                    "Permissions",
                    "Your account has been deactivated since you signed in; nothing was saved. "
                    "Ask the branch manager.",
                )
            )
        if account.role is not self.role:
            raise PermissionDenied(
                translate(
                    "Permissions",
                    "Your role has changed since you signed in; nothing was saved. Sign in again.",
                )
            )


SINGLE_USER = CurrentUser(None, "manager", "", Role.MANAGER)


def require(user: CurrentUser, permission: Permission) -> None:
    if not user.allowed(permission):
        raise PermissionDenied(user.why_not(permission))
