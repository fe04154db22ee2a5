"""The plan editor: a plan with no steps is refused at the steps; target times typed as 3:00;
a new version once a drill was recorded against the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from branchops.core.risk.models import EmergencyPlan, PlanVersion
from branchops.core.risk.plan_input import StepInput
from branchops.ui.risk.drill_dialog import DrillDialog
from branchops.ui.risk.plan_editor import PlanEditor
from branchops.ui.risk.settings_dialog import RiskSettingsDialog


def test_a_plan_without_steps_is_refused_then_saved(ui_ctx, qtbot, qtmodeltester):
    editor = PlanEditor(ui_ctx)
    qtbot.addWidget(editor)
    editor.name.setText("电梯困人应急预案")
    editor.save()
    assert editor.errors._labels["steps"].text()
    with ui_ctx.db.session() as session:
        assert session.scalar(select(func.count(EmergencyPlan.id))) == 0
    model = editor.steps
    model.add_row(StepInput(""))
    assert model.setData(model.index(0, 0), "拨打电梯维保电话", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, 4), "3:00", Qt.ItemDataRole.EditRole)
    assert model.data(model.index(0, 4)) == "3:00"
    for tested in (editor.steps, editor.roles, editor.objectives):
        qtmodeltester.check(tested)
    editor.save()
    with ui_ctx.db.session() as session:
        plan = session.scalar(select(EmergencyPlan))
        assert plan.name == "电梯困人应急预案" and plan.frequency_months == 12


def test_editing_a_drilled_plan_makes_a_new_version(risk_ctx, qtbot):
    drill = DrillDialog(risk_ctx)
    qtbot.addWidget(drill)
    plan_id = drill.state.plan_id
    assert drill.save()
    editor = PlanEditor(risk_ctx, plan_id=plan_id)
    qtbot.addWidget(editor)
    editor.steps.move_row(0, 1)
    editor.save()
    with risk_ctx.db.session() as session:
        versions = session.scalar(
            select(func.count(PlanVersion.id)).where(PlanVersion.plan_id == plan_id)
        )
    assert versions == 2


def test_level_bands_that_do_not_rise_are_refused(risk_ctx, qtbot):
    dialog = RiskSettingsDialog(risk_ctx)
    qtbot.addWidget(dialog)
    dialog.medium_max.setValue(3)
    dialog.save()
    assert dialog.errors._labels["bands"].text()
    dialog.medium_max.setValue(8)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
