"""Put a drill in the calendar (or move a planned one): plan, day, announced or not, lead."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from branchops import clock
from branchops.core.errors import ValidationError
from branchops.core.risk.drill_service import plan_drill
from branchops.core.risk.drill_view import load_drill
from branchops.core.risk.models import Drill
from branchops.core.risk.plan_queries import list_plans
from branchops.core.staff.queries import active_people
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.actions.action_dialog import from_qdate, to_qdate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog
from branchops.ui.widgets.messages import FieldErrors

DEFAULT_DAYS_AHEAD = 14


class PlanDrillDialog(FormDialog):
    AREA = "risk"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        plan_id: int | None = None,
        drill_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.drill_id = drill_id
        day = clock.today() + timedelta(days=DEFAULT_DAYS_AHEAD)
        announced, lead, scenario = True, None, ""
        with ctx.db.session() as session:
            plans = list_plans(session)
            people = active_people(session)
            if drill_id is not None:
                self.open_record(session, Drill, drill_id)
                detail = load_drill(session, drill_id, ctx.paths.photos)
                plan_id, day = detail.plan_id, detail.planned_on or day
                announced, lead, scenario = detail.announced, detail.lead_staff_id, detail.scenario
        self.setWindowTitle(
            translate("DrillDialog", "Plan a drill")
            if drill_id is None
            else translate("DrillDialog", "Move a planned drill")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.plan = QComboBox()
        for plan in plans:
            self.plan.addItem(plan.name, plan.id)
        self.plan.setCurrentIndex(max(0, self.plan.findData(plan_id)))
        form.addRow(
            translate("DrillDialog", "Emergency plan"), self.errors.register("plan", self.plan)
        )
        self.day = QDateEdit(to_qdate(day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        form.addRow(
            translate("DrillDialog", "Planned for"), self.errors.register("planned_on", self.day)
        )
        self.lead = QComboBox()
        self.lead.addItem("", None)
        for person in people:
            self.lead.addItem(person.name, person.id)
        self.lead.setCurrentIndex(max(0, self.lead.findData(lead)))
        form.addRow(translate("DrillDialog", "Drill lead"), self.errors.register("lead", self.lead))
        self.scenario = QLineEdit(scenario)
        self.scenario.setPlaceholderText(
            translate("DrillDialog", "What was simulated, e.g. smoke in the cash room")
        )
        form.addRow(translate("DrillDialog", "Scenario"), self.scenario)
        self.announced = QCheckBox(translate("DrillDialog", "Announced in advance"))
        self.announced.setChecked(announced)
        form.addRow("", self.announced)
        layout.addLayout(form)
        self.leftover = QLabel()
        self.leftover.setStyleSheet(FieldErrors.STYLE)
        layout.addWidget(self.leftover)
        layout.addWidget(self.save_buttons())
        self.resize(480, 260)

    def _store(self, uow: UnitOfWork) -> int:
        return plan_drill(
            uow,
            self.ctx.user,
            self.plan.currentData(),
            from_qdate(self.day.date()),
            announced=self.announced.isChecked(),
            lead_staff_id=self.lead.currentData(),
            scenario=self.scenario.text(),
            drill_id=self.drill_id,
        )

    def _show_invalid(self, error: ValidationError) -> None:
        self.leftover.setText("\n".join(self.errors.show(error)))
