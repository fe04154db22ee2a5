"""The emergency plan editor: name, drill frequency, purpose; roles, ordered steps with optional
target times, and the objectives a drill is rated on. Saving a plan that a recorded drill used
makes a new version (the service decides); past drills keep theirs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.risk.models import EmergencyPlan
from branchops.core.risk.plan_input import (
    FREQUENCIES,
    ObjectiveInput,
    PlanInput,
    RoleInput,
    StepInput,
)
from branchops.core.risk.plan_queries import load_plan_input
from branchops.core.risk.plan_service import save_plan
from branchops.db.uow import UnitOfWork
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.actions.action_dialog import from_qdate, to_qdate
from branchops.ui.context import AppContext
from branchops.ui.risk.edit_table import EditTable
from branchops.ui.risk.programme_tab import every_text
from branchops.ui.risk.rows_model import SECONDS, Field, RowsModel
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors

STEP_FIELDS = (
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Step"), "text", width=240),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Step (English)"), "text_en", width=180),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Role"), "role", width=110),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Role (English)"), "role_en", width=110),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Target time"), "target_seconds", SECONDS, 80),
)
ROLE_FIELDS = (
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Role"), "name", width=130),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Role (English)"), "name_en", width=130),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Duties"), "duty", width=260),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Duties (English)"), "duty_en", width=200),
)
OBJECTIVE_FIELDS = (
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Objective"), "text", width=340),
    Field(QT_TRANSLATE_NOOP("RiskEdit", "Objective (English)"), "text_en", width=300),
)


class RowsEditor(QWidget):
    """A table with Add, Remove, Up and Down."""

    def __init__(self, model: RowsModel, new_row: Callable[[], object], hint: str = "") -> None:
        super().__init__()
        self.model = model
        self.new_row = new_row
        self.table = EditTable(model)
        self.problem = QLabel()
        self.problem.setStyleSheet(FieldErrors.STYLE)
        layout = QVBoxLayout(self)
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.table, 1)
        line = QHBoxLayout()
        buttons = (
            (translate("PlanEditor", "Add"), self._add),
            (translate("PlanEditor", "Remove"), self._remove),
            (translate("PlanEditor", "Up"), lambda: self._move(-1)),
            (translate("PlanEditor", "Down"), lambda: self._move(1)),
        )
        for text, handler in buttons:
            button = QPushButton(text)
            button.clicked.connect(handler)
            line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addWidget(self.problem)
        model.rejected.connect(self.problem.setText)
        model.edited.connect(self.problem.clear)

    def _add(self) -> None:
        position = self.model.add_row(self.new_row())
        self.table.setCurrentIndex(self.model.index(position, 0))
        self.table.edit(self.model.index(position, 0))

    def _remove(self) -> None:
        self.model.remove_row(self.table.current_position())

    def _move(self, delta: int) -> None:
        position = self.model.move_row(self.table.current_position(), delta)
        self.table.setCurrentIndex(self.model.index(position, 0))


class PlanEditor(FormDialog):
    AREA = "risk"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, plan_id: int | None = None):
        super().__init__(ctx, parent)
        self.plan_id = plan_id
        if plan_id is not None:
            with ctx.db.session() as session:
                self.open_record(session, EmergencyPlan, plan_id)
                self.data = load_plan_input(session, plan_id)
        else:
            self.data = PlanInput(name="", programme_start=clock.today())
        self.setWindowTitle(
            translate("PlanEditor", "New emergency plan")
            if plan_id is None
            else translate("PlanEditor", "Emergency plan: {name}").format(name=self.data.name)
        )
        self._build()
        self.resize(900, 620)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self.data.name)
        self.name_en = QLineEdit(self.data.name_en)
        names = QHBoxLayout()
        names.addWidget(self.errors.register("name", self.name), 1)
        names.addWidget(QLabel(translate("PlanEditor", "English")))
        names.addWidget(self.name_en, 1)
        form.addRow(translate("PlanEditor", "Name"), names)
        self.frequency = QComboBox()
        for months in FREQUENCIES:
            self.frequency.addItem(every_text(months), months)
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(self.data.frequency_months)))
        self.start = QDateEdit(to_qdate(self.data.programme_start or clock.today()))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        programme = QHBoxLayout()
        programme.addWidget(self.errors.register("frequency", self.frequency))
        programme.addWidget(QLabel(translate("PlanEditor", "in the programme since")))
        programme.addWidget(self.start)
        programme.addStretch(1)
        form.addRow(translate("PlanEditor", "Drill required"), programme)
        self.purpose = QLineEdit(self.data.purpose)
        self.purpose_en = QLineEdit(self.data.purpose_en)
        form.addRow(translate("PlanEditor", "Purpose"), self.purpose)
        form.addRow(translate("PlanEditor", "Purpose (English)"), self.purpose_en)
        layout.addLayout(form)
        self.steps = RowsModel(STEP_FIELDS, self.data.steps)
        self.roles = RowsModel(ROLE_FIELDS, self.data.roles)
        self.objectives = RowsModel(OBJECTIVE_FIELDS, self.data.objectives)
        self.tabs = QTabWidget()
        steps_hint = translate(
            "PlanEditor",
            "Steps in the order they are done. A target time (e.g. 3:00 for “evacuation "
            "complete”) is what a drill's step time is compared with.",
        )
        editors = (
            (self.steps, lambda: StepInput(""), steps_hint, "steps",
             translate("PlanEditor", "Steps")),
            (self.roles, lambda: RoleInput(""), "", "roles", translate("PlanEditor", "Roles")),
            (self.objectives, lambda: ObjectiveInput(""), "", "objectives",
             translate("PlanEditor", "Objectives")),
        )  # fmt: skip
        for model, new_row, hint, field, title in editors:
            self.tabs.addTab(self.errors.register(field, RowsEditor(model, new_row, hint)), title)
        layout.addWidget(self.tabs, 1)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        self.leftover.setWordWrap(True)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())

    def collected(self) -> PlanInput:
        return PlanInput(
            name=self.name.text(),
            name_en=self.name_en.text(),
            frequency_months=self.frequency.currentData(),
            purpose=self.purpose.text(),
            purpose_en=self.purpose_en.text(),
            programme_start=from_qdate(self.start.date()),
            roles=self.roles.rows,
            steps=self.steps.rows,
            objectives=self.objectives.rows,
        )

    def _store(self, uow: UnitOfWork) -> int:
        self.plan_id = save_plan(uow, self.ctx.user, self.collected(), self.plan_id)
        return self.plan_id

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
        tabs = {"steps": 0, "roles": 1, "objectives": 2}
        first = error.problems[0].field.split("[")[0].split(".")[0] if error.problems else ""
        if first in tabs:
            self.tabs.setCurrentIndex(tabs[first])
