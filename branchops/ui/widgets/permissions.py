"""Enable a control only for the roles allowed to use it, saying why when it is not."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from branchops.core.users.permissions import CurrentUser, Permission


def gate(widget: QWidget, user: CurrentUser, permission: Permission, when: bool = True) -> bool:
    """Enable ``widget`` if ``user`` has ``permission`` and ``when`` holds; a role that lacks
    the permission gets a tooltip saying so. Returns whether the widget is enabled."""
    allowed = user.allowed(permission)
    widget.setEnabled(allowed and when)
    widget.setToolTip("" if allowed else user.why_not(permission))
    return allowed and when
