"""Settings → Users: a refusal that is not about a field is a message, never the crash dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from branchops import clock
from branchops.core.errors import NotFound
from branchops.core.users.permissions import SINGLE_USER, CurrentUser
from branchops.core.users.roles import Role
from branchops.core.users.service import UserData, create_user, sign_in
from branchops.ui.dialogs import users_tab
from branchops.ui.dialogs.user_dialogs import PasswordDialog, UserDialog
from branchops.ui.dialogs.users_tab import UsersTab

READER = CurrentUser(99, "reader", "只读用户", Role.READ_ONLY)


@pytest.fixture
def opened(ui_ctx, monkeypatch) -> list[UserDialog]:
    """A user exists; the user dialog is answered OK once, then cancelled."""
    with ui_ctx.db.unit_of_work(SINGLE_USER) as uow:
        create_user(uow, SINGLE_USER, UserData("wang", "王芳"), "Secret-Pass-2024")
    shown: list[UserDialog] = []

    def exec_once(dialog: UserDialog) -> int:
        shown.append(dialog)
        accepted = len(shown) == 1
        return int(QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected)

    monkeypatch.setattr(UserDialog, "exec", exec_once)
    return shown


def test_read_only_user_double_clicking_a_user_opens_nothing(ui_ctx, qtbot, opened):
    ui_ctx.user = READER
    tab = UsersTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    tab.table.doubleClicked.emit(tab.table.currentIndex())
    assert opened == []


def test_a_refusal_while_editing_is_shown_as_a_message(
    ui_ctx, qtbot, opened, monkeypatch, message_boxes
):
    def vanished(*_args):
        raise NotFound("This user no longer exists. Reload the list.")

    monkeypatch.setattr(users_tab, "update_user", vanished)
    tab = UsersTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    tab.edit.click()
    assert len(opened) == 1  # not shown again: the message says what happened
    assert [m.text for m in message_boxes] == ["This user no longer exists. Reload the list."]


def test_a_refused_password_reopens_the_dialog_with_the_reason(ui_ctx, qtbot, monkeypatch):
    with ui_ctx.db.unit_of_work(SINGLE_USER) as uow:
        create_user(uow, SINGLE_USER, UserData("wang", "王芳"), "Secret-Pass-2024")
    typed = iter(["short", "Better-Pass-2025"])
    rounds: list[str] = []

    def exec_typing(dialog: PasswordDialog) -> int:
        rounds.append(dialog.password.text())
        dialog.password.setText(next(typed))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PasswordDialog, "exec", exec_typing)
    tab = UsersTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    tab._set_password()
    assert rounds == ["", "short"]  # the second time it shows what was typed
    with ui_ctx.db.session() as session:
        assert sign_in(session, "wang", "Better-Pass-2025", clock.now()).username == "wang"
