"""The actions page: model tester, filters, the status steps through their dialogs, opening the
source, and the action dialog's field problems."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from branchops import clock
from branchops.core.actions.models import ActionStatus, SourceKind
from branchops.core.actions.queries import load_action
from branchops.core.actions.service import ActionInput, create_action
from branchops.core.staff.models import Staff
from branchops.ui.actions.action_dialog import ActionDialog
from branchops.ui.actions.actions_page import ActionsPage
from branchops.ui.actions.status_dialogs import DoneDialog, VerifyDialog
from branchops.ui.quality.run_dialog import InspectionDialog


def _page(ctx, qtbot) -> ActionsPage:
    page = ActionsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_model_and_filters_on_demo_data(demo_ctx, qtbot, qtmodeltester):
    page = _page(demo_ctx, qtbot)
    qtmodeltester.check(page.model)
    open_rows = page.model.loaded_rows()
    assert open_rows
    assert all(r.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS) for r in open_rows)
    page.overdue.setChecked(True)
    assert all(r.overdue for r in page.model.loaded_rows())
    page.open_filtered(status="verified")
    assert page.model.total > 0
    assert all(r.status is ActionStatus.VERIFIED for r in page.model.loaded_rows())
    page.open_filtered(source_kind="hq")
    assert {r.source_kind for r in page.model.loaded_rows()} == {SourceKind.HQ}
    page.model.sort(page.model.column_index("due_date"), Qt.SortOrder.DescendingOrder)
    dues = [r.due_date for r in page.model.loaded_rows()]
    assert dues == sorted(dues, reverse=True)


def test_open_source_opens_the_inspection(demo_ctx, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(InspectionDialog, "exec", lambda self: opened.append(self.inspection_id))
    page = _page(demo_ctx, qtbot)
    page.open_filtered(source_kind="inspection")
    page.list.table.selectRow(0)
    row = page.list.current_row()
    assert page.buttons["source"].isEnabled()
    page.open_source()
    assert opened == [row.source_id]


def _people(ctx) -> list[int]:
    with ctx.db.unit_of_work(ctx.user) as uow:
        people = [Staff(employee_no="E1", name="王芳"), Staff(employee_no="E2", name="李强")]
        uow.session.add_all(people)
        uow.commit()
        return [p.id for p in people]


def test_action_dialog_marks_fields_then_saves(ui_ctx, qtbot):
    owners = _people(ui_ctx)
    dialog = ActionDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.saved_id is None and dialog.result() == 0
    dialog.title.setText("更新利率公示牌")
    dialog.owner.setCurrentIndex(dialog.owner.findData(owners[1]))
    dialog.save()
    with ui_ctx.db.session() as session:
        row = load_action(session, dialog.saved_id).row
    assert (row.title, row.owner, row.status) == ("更新利率公示牌", "李强", ActionStatus.OPEN)


def test_steps_start_done_verify(ui_ctx, qtbot):
    owners = _people(ui_ctx)
    data = ActionInput(
        title="补签开门登记", owner_staff_id=owners[0], due_date=clock.today() + timedelta(days=3)
    )
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        action_id = create_action(uow, ui_ctx.user, data)
    page = _page(ui_ctx, qtbot)
    page.list.table.selectRow(0)
    assert page.buttons["start"].isEnabled() and not page.buttons["verify"].isEnabled()
    page.start()
    page.list.table.selectRow(0)
    done = DoneDialog(ui_ctx, page.list.current_row())
    qtbot.addWidget(done)
    done.save()  # no evidence yet
    assert done.result() == 0
    done.evidence.setPlainText("已补签，主管复核")
    done.save()
    assert done.result() == 1
    page.open_filtered(status="done")
    page.list.table.selectRow(0)
    assert page.buttons["verify"].isEnabled()
    verify = VerifyDialog(ui_ctx, page.list.current_row())
    qtbot.addWidget(verify)
    verify.verifier.setCurrentIndex(verify.verifier.findData(owners[1]))
    verify.save()
    with ui_ctx.db.session() as session:
        detail = load_action(session, action_id)
    assert detail.row.status is ActionStatus.VERIFIED
    assert (detail.evidence, detail.row.verifier) == ("已补签，主管复核", "李强")


def test_the_status_and_source_choices_come_once_with_the_first_refresh(demo_ctx, qtbot):
    page = ActionsPage(demo_ctx)
    qtbot.addWidget(page)
    assert (page.status.count(), page.source.count(), page.owner.count()) == (2, 1, 0)
    page.refresh()
    page.refresh()
    assert page.status.count() == 2 + len(ActionStatus)
    assert page.source.count() == 1 + len(SourceKind)
    assert page.status.currentData() == "not_done" and page.owner.count() > 1


def test_a_frame_built_before_sign_in_gates_by_the_user_who_signed_in(
    demo_ctx, qtbot, background_lists
):
    from branchops.core.users.permissions import CurrentUser, Permission
    from branchops.core.users.roles import Role
    from branchops.ui.context import AppContext
    from branchops.ui.main_window import MainWindow

    demo_ctx.qsettings.setValue("main/last_page", "actions")
    window = MainWindow()
    qtbot.addWidget(window)
    early = AppContext.before_database(demo_ctx.paths, demo_ctx.settings)
    window.show_frame(early)
    page = window._widgets["actions"]
    early.db, early.user = demo_ctx.db, CurrentUser(99, "reader", "只读用户", Role.READ_ONLY)
    window.attach(early)
    assert window.stack.currentWidget() is page and page.isEnabled()
    assert not page.buttons["new"].isEnabled()
    assert page.buttons["new"].toolTip() == early.user.why_not(Permission.WRITE)
    qtbot.waitUntil(lambda: not page.model.busy)
