"""The annual-leave entitlements dialog: a real table model, edits saved through the service,
wrong entries marked and explained, the button gated by permission."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from branchops import clock
from branchops.core.staff import leave
from branchops.core.users.permissions import CurrentUser
from branchops.core.users.roles import Role
from branchops.ui.staff.entitlement_dialog import EntitlementDialog
from branchops.ui.staff.leave_page import LeavePage
from branchops.ui.staff.smoke import LEAVE_DIALOGS

YEAR = clock.today().year
CLERK = CurrentUser(9, "wang", "", Role.CLERK)


def _entitled_index(dialog: EntitlementDialog, row: int):
    return dialog.model.index(row, dialog.model.column_index("entitled_text"))


def _balance(ctx, staff_id: int) -> leave.LeaveBalance:
    with ctx.db.session() as session:
        return leave.balance(session, staff_id, YEAR)


def test_entitlements_are_listed_edited_and_saved(demo_ctx, qtbot, qtmodeltester):
    dialog = EntitlementDialog(demo_ctx, None, YEAR)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 15
    first = dialog.model.row_at(0)
    before = _balance(demo_ctx, first.staff_id)
    assert dialog.model.data(_entitled_index(dialog, 0)) == f"{before.entitled:g}"
    remaining = dialog.model.index(0, dialog.model.column_index("remaining"))
    assert float(dialog.model.data(remaining).replace(",", "")) == before.remaining
    index = _entitled_index(dialog, 0)
    assert dialog.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert dialog.model.setData(index, "12.5")
    assert dialog.model.row_at(0).remaining == 12.5 - before.taken - before.pending
    assert dialog.save()
    assert _balance(demo_ctx, first.staff_id).entitled == 12.5
    assert not dialog.errors.isVisible() and not dialog.model.changed_rows()
    qtmodeltester.check(dialog.model)


def test_wrong_entries_are_marked_and_not_saved(demo_ctx, qtbot):
    dialog = EntitlementDialog(demo_ctx, None, YEAR)
    qtbot.addWidget(dialog)
    dialog.show()
    people = [dialog.model.row_at(i) for i in range(3)]
    before = [_balance(demo_ctx, p.staff_id).entitled for p in people]
    dialog.model.setData(_entitled_index(dialog, 0), "abc")
    assert not dialog.save()
    assert dialog.errors.isVisible() and people[0].name in dialog.errors.text()
    assert dialog.model.data(_entitled_index(dialog, 0), Qt.ItemDataRole.BackgroundRole)
    dialog.model.setData(_entitled_index(dialog, 0), "400")  # the service refuses over 365
    dialog.model.setData(_entitled_index(dialog, 1), "8")
    assert not dialog.save()
    assert "365" in dialog.errors.text() and people[0].name in dialog.errors.text()
    assert people[1].name not in dialog.errors.text()
    # all or nothing: the valid row waits until every row is right
    assert _balance(demo_ctx, people[0].staff_id).entitled == before[0]
    assert _balance(demo_ctx, people[1].staff_id).entitled == before[1]
    dialog.model.setData(_entitled_index(dialog, 0), f"{before[0]:g}")
    assert dialog.save()
    assert _balance(demo_ctx, people[1].staff_id).entitled == 8
    dialog.model.setData(_entitled_index(dialog, 1), "")  # back to the statutory days
    assert dialog.save()
    assert _balance(demo_ctx, people[1].staff_id).entitled == before[1]


def test_button_and_saving_need_the_approve_permission(demo_ctx, qtbot):
    page = LeavePage(demo_ctx)
    qtbot.addWidget(page)
    assert page.entitlements_button.isEnabled()
    clerk_ctx = replace(demo_ctx, user=CLERK)
    clerk_page = LeavePage(clerk_ctx)
    qtbot.addWidget(clerk_page)
    assert not clerk_page.entitlements_button.isEnabled()
    assert clerk_page.entitlements_button.toolTip()
    dialog = EntitlementDialog(clerk_ctx, None, YEAR)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert not dialog.model.flags(_entitled_index(dialog, 0)) & Qt.ItemFlag.ItemIsEditable


def test_smoke_opens_the_dialog_on_an_empty_database(ui_ctx, qtbot):
    factory = dict(LEAVE_DIALOGS)["leave_entitlements"]
    dialog = factory(ui_ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
