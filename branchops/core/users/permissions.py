"""Who may do what. Services call ``require``; the UI asks ``allowed`` to disable actions."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from branchops.core.errors import PermissionDenied
from branchops.core.users.roles import Role
from branchops.i18n import QT_TRANSLATE_NOOP, translate


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


SINGLE_USER = CurrentUser(None, "manager", "", Role.MANAGER)


def require(user: CurrentUser, permission: Permission) -> None:
    if not user.allowed(permission):
        raise PermissionDenied(user.why_not(permission))
