"""A staff page painted before the database opens gates its buttons by the user who signs in
afterwards, not by the one the frame was built with."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from branchops.core.users.permissions import CurrentUser, Permission
from branchops.core.users.roles import Role
from branchops.ui.context import AppContext
from branchops.ui.main_window import MainWindow

READER = CurrentUser(99, "reader", "只读用户", Role.READ_ONLY)


@pytest.mark.parametrize("key", ["staff", "shifts", "leave", "roster", "timesheet"])
def test_the_frame_gates_by_the_user_signed_in_later(qtbot, demo_ctx, key):
    demo_ctx.qsettings.setValue("main/last_page", key)
    window = MainWindow()
    qtbot.addWidget(window)
    early = AppContext.before_database(demo_ctx.paths, demo_ctx.settings)
    window.show_frame(early)
    assert key in window._widgets  # built as a frame, with the single user
    early.db, early.user = demo_ctx.db, READER
    window.attach(early)
    page = window._widgets[key]
    reasons = {READER.why_not(Permission.WRITE), READER.why_not(Permission.APPROVE)}
    gated = [b for b in page.findChildren(QPushButton) if b.toolTip() in reasons]
    assert gated, f"no button on {key} says why it is disabled"
    assert all(not b.isEnabled() for b in gated)
