"""Asking for the reasons the roster rules need: a change to a published day, and a manager's
acceptance of broken rules (the service refuses with ``RuleWarning`` until one is given)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QInputDialog, QWidget

from branchops.core.errors import UserError
from branchops.core.staff.roster_check import RuleWarning
from branchops.core.users.permissions import CurrentUser, Permission
from branchops.i18n import translate
from branchops.ui.widgets.messages import show_user_error

T = TypeVar("T")


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A reason typed by the user, or None when cancelled or left empty."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text.strip() if ok and text.strip() else None


def ask_change_reason(parent: QWidget | None) -> str | None:
    return ask_text(
        parent,
        translate("RosterPage", "Change a published roster"),
        translate(
            "RosterPage",
            "These days are published. Why are they changed? The reason is kept and the change "
            "is marked on the next print.",
        ),
    )


def ask_override_reason(parent: QWidget | None, warning: RuleWarning) -> str | None:
    return ask_text(
        parent,
        translate("RosterPage", "Accept broken roster rules"),
        translate(
            "RosterPage", "{problems}\n\nAs the manager, give the reason to accept them:"
        ).format(problems="\n".join(v.message for v in warning.violations[:12])),
    )


def run_with_override(
    parent: QWidget | None, user: CurrentUser, action: Callable[[str], T]
) -> T | None:
    """Call ``action(override_reason)``; on ``RuleWarning`` a manager may give a reason and the
    action runs again. Returns None when the user gave up or a user error was shown."""
    override = ""
    while True:
        try:
            return action(override)
        except RuleWarning as warning:
            if not user.allowed(Permission.MANAGE):
                show_user_error(parent, warning)
                return None
            given = ask_override_reason(parent, warning)
            if given is None:
                return None
            override = given
        except UserError as error:
            show_user_error(parent, error)
            return None
