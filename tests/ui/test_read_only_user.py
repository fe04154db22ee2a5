"""A read-only user sees write actions disabled, each saying why."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from branchops.core.users.permissions import CurrentUser, Permission
from branchops.core.users.roles import Role
from branchops.ui.main_window import MainWindow

READER = CurrentUser(99, "reader", "只读用户", Role.READ_ONLY)
PAGES_WITH_WRITES = ["quality", "actions", "staff", "leave", "roster", "timesheet"]


@pytest.mark.parametrize("key", PAGES_WITH_WRITES)
def test_write_buttons_are_disabled_with_the_reason(qtbot, demo_ctx, key):
    demo_ctx.user = READER
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    page = window.show_page_key(key)
    reason = READER.why_not(Permission.WRITE)
    gated = [b for b in page.findChildren(QPushButton) if b.toolTip() == reason]
    assert gated, f"no write button on {key} says why it is disabled"
    assert all(not b.isEnabled() for b in gated)
