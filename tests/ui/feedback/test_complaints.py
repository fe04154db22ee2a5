"""Enter a complaint and move it through its states with the dialogs, as a user does; the
complaints list (model tester, escalation colours) and the way back from a corrective action."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from branchops import clock
from branchops.core.actions.models import SourceKind
from branchops.core.actions.queries import list_actions
from branchops.core.feedback.escalation import EscalationState
from branchops.core.feedback.models import (
    Channel,
    ComplaintStatus,
    EventKind,
    FeedbackKind,
    RootCause,
    Satisfaction,
)
from branchops.core.feedback.service import RecordInput, create_record
from branchops.core.listing import ListQuery
from branchops.core.staff.models import Staff
from branchops.ui.feedback.complaint_dialog import ComplaintDialog
from branchops.ui.feedback.complaints_tab import ComplaintsTab, decorate
from branchops.ui.feedback.feedback_page import FeedbackPage
from branchops.ui.feedback.steps import STEPS
from branchops.ui.feedback.widgets import select_data, to_qdate
from branchops.ui.main_window import MainWindow

S = ComplaintStatus


def _complaint(ctx, received: datetime | None = None, **values) -> int:
    with ctx.db.unit_of_work(ctx.user) as uow:
        uow.session.add(Staff(employee_no="E0001", name="王芳"))
        uow.commit()
    data = RecordInput(
        received_at=received or clock.now(),
        kind=FeedbackKind.COMPLAINT,
        channel=values.pop("channel", Channel.COUNTER),
        description="取号后等候一小时无人叫号",
        **values,
    )
    with ctx.db.unit_of_work(ctx.user) as uow:
        create_record(uow, ctx.user, data)
    with ctx.db.session() as session:
        from branchops.core.feedback.complaint_queries import list_complaints

        return list_complaints(session, ListQuery())[0].id


class Steps:
    """Runs a step through its dialog: fills the fields given and presses OK."""

    def __init__(self, dialog: ComplaintDialog, qtbot) -> None:
        self.dialog, self.qtbot = dialog, qtbot

    def __call__(self, key: str, **values):
        step = next(s for s in STEPS if s.key == key)
        assert self.dialog.step_buttons[key].isEnabled(), key
        form = self.dialog.step_dialog(step)
        self.qtbot.addWidget(form)
        for name, value in values.items():
            widget = form.widgets[name]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value)
            elif isinstance(widget, QDateEdit):
                widget.setDate(to_qdate(value))
            elif isinstance(widget, QComboBox):
                select_data(widget, value)
        form.save()
        self.dialog.reload()
        return form

    @property
    def status(self) -> ComplaintStatus:
        return self.dialog.detail.row.status


def test_enter_a_complaint_and_move_it_through_its_states(ui_ctx, qtbot, qtmodeltester):
    complaint_id = _complaint(ui_ctx)
    dialog = ComplaintDialog(ui_ctx, complaint_id)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.timeline)
    step = Steps(dialog, qtbot)
    assert step.status is S.RECEIVED and not dialog.step_buttons["close"].isEnabled()
    step("acknowledge", note="已当面致歉")
    step("investigate")
    refused = step("resolve")
    assert refused.result() == 0 and refused.errors._labels["resolution"].text()
    assert step.status is S.INVESTIGATING
    step("resolve", resolution="已增开窗口并电话答复客户")
    assert step.status is S.RESOLVED
    refused = step("close")
    assert all(
        refused.errors._labels[f].text() for f in ("root_cause", "root_cause_text", "satisfaction")
    )
    step(
        "close",
        root_cause=RootCause.CAPACITY,
        root_cause_text="午间窗口不足",
        satisfaction=Satisfaction.UNSATISFIED,
    )
    assert step.status is S.REOPENED
    step("investigate")
    step("resolve", resolution="补充处理后再次答复")
    step(
        "close",
        root_cause=RootCause.CAPACITY,
        root_cause_text="午间窗口不足",
        satisfaction=Satisfaction.SATISFIED,
    )
    assert step.status is S.CLOSED
    kinds = [e.kind for e in dialog.detail.events]
    assert kinds[0] is EventKind.RECEIVED and kinds[-1] is EventKind.CLOSED
    assert dialog.timeline.rowCount() == len(kinds) == 8
    assert dialog.step_buttons["review"].isEnabled()


def test_pause_extend_twice_and_restart(ui_ctx, qtbot):
    received = datetime.combine(clock.today() - timedelta(days=20), datetime.min.time())
    complaint_id = _complaint(ui_ctx, received)
    dialog = ComplaintDialog(ui_ctx, complaint_id)
    qtbot.addWidget(dialog)
    step = Steps(dialog, qtbot)
    start = received.date()
    step("pause", on=start + timedelta(days=1), note="等待客户补充凭证")
    assert dialog.detail.row.due_on is None and dialog.step_buttons["resume"].isEnabled()
    step("resume", on=start + timedelta(days=3))
    assert dialog.detail.row.due_on is not None
    first_due = dialog.detail.row.due_on
    step("extend", reason="需跨部门核查")
    second = next(s for s in STEPS if s.key == "extend")
    form = dialog.step_dialog(second)
    qtbot.addWidget(form)
    assert {"approval", "customer_told"} <= set(form.widgets)
    form.save()
    assert form.errors._labels["approval"].text() and form.errors._labels["customer_told"].text()
    step("extend", reason="案情复杂", approval="分行消保部", customer_told=True)
    assert dialog.detail.row.extensions == 2 and dialog.detail.row.due_on > first_due
    assert not dialog.step_buttons["extend"].isEnabled()
    step("restart", facts="客户补充了新的交易记录")
    assert dialog.detail.row.extensions == 0 and dialog.detail.restarts == 1


def test_complaints_list_model_escalation_and_filters(ui_ctx, qtbot, qtmodeltester):
    _complaint(ui_ctx, datetime.combine(clock.today() - timedelta(days=60), datetime.min.time()))
    tab = ComplaintsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    qtmodeltester.check(tab.model)
    row = tab.model.row_at(0)
    assert row.escalation is EscalationState.OVERDUE
    assert decorate(row, "due_on", Qt.ItemDataRole.ForegroundRole) is not None
    assert decorate(row, "reference", Qt.ItemDataRole.BackgroundRole) is not None
    tab.escalated.setChecked(True)
    assert tab.model.total == 1
    tab.regulator.setChecked(True)
    assert tab.model.total == 0


def test_a_complaint_raises_a_corrective_action_and_the_action_leads_back(
    ui_ctx, qtbot, monkeypatch
):
    complaint_id = _complaint(ui_ctx, channel=Channel.REGULATOR)
    dialog = ComplaintDialog(ui_ctx, complaint_id)
    qtbot.addWidget(dialog)
    form = dialog.action_dialog()
    qtbot.addWidget(form)
    assert form.data.source_kind is SourceKind.COMPLAINT and form.data.link_text
    select_data(form.owner, form.owner.itemData(1))
    form.save()
    dialog.reload()
    assert dialog.actions.rowCount() == 1
    assert dialog.detail.events[-1].kind is EventKind.ACTION
    with ui_ctx.db.session() as session:
        action = list_actions(session, ListQuery(filters={"source_kind": "complaint"}))[0]
    assert action.source_id == complaint_id
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    actions_page = window.show_page_key("actions")
    actions_page.open_filtered(source_kind="complaint")
    actions_page.list.table.selectRow(0)
    actions_page.open_source()
    page = window.show_page_key("feedback")
    assert isinstance(page, FeedbackPage)
    assert page.tabs.currentWidget() is page.complaints
    assert [r.id for r in page.complaints.model.loaded_rows()] == [complaint_id]


@pytest.mark.parametrize("tab", ["complaints", "records", "satisfaction"])
def test_open_filtered_shows_the_tab_asked_for(demo_ctx, qtbot, tab):
    page = FeedbackPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.open_filtered(tab=tab, **({"kind": "praise"} if tab == "records" else {}))
    widget = {"complaints": page.complaints, "records": page.records,
              "satisfaction": page.satisfaction}[tab]  # fmt: skip
    assert page.tabs.currentWidget() is widget
    if tab == "records":
        assert {r.kind for r in page.records.model.loaded_rows()} == {FeedbackKind.PRAISE}


def test_satisfaction_charts_and_ranking(demo_ctx, qtbot, qtmodeltester):
    page = FeedbackPage(demo_ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.satisfaction)
    tab = page.satisfaction
    for index in range(tab.kind.count()):
        tab.kind.setCurrentIndex(index)
        assert tab.figure is not None and tab.figure.axes
    qtmodeltester.check(tab.ranking)
    assert tab.ranking.rowCount() > 0
