"""Roster rules and limits, auto-roster time limit, overtime rule and limits, labour budget
(settings). Each legal default says where it comes from in its tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchops.core.concurrency import settings_opened
from branchops.core.staff import schedule_settings
from branchops.core.staff.roster_check import RULE_LABELS, rule_label
from branchops.core.staff.schedule_settings import OVERTIME_RULES, ScheduleSettings
from branchops.core.users.permissions import Permission
from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import show_at_fields
from branchops.ui.widgets.messages import FieldErrors
from branchops.ui.widgets.writes import run_write


def _spin(low: float, high: float, suffix: str, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    return spin


class RulesForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        hours = translate("RulesForm", " h")
        self.rest = _spin(0, 24, hours)
        self.days = QSpinBox()
        self.days.setRange(1, 31)
        self.weekly = _spin(1, 84, hours)
        self.time_limit = QSpinBox()
        self.time_limit.setRange(1, 3600)
        self.time_limit.setSuffix(translate("RulesForm", " s"))
        self.overtime = QComboBox()
        for key, label in OVERTIME_RULES.items():
            self.overtime.addItem(translate("Timesheet", label), key)
        self.daily = _spin(0, 24, hours)
        self.daily_max = _spin(0, 16, hours)
        self.monthly_max = _spin(0, 744, hours)
        self.budget = _spin(0, 100_000, hours, 0)
        self.weekly.setToolTip(
            translate("RulesForm", "Default 40 h: 国务院关于职工工作时间的规定, art. 3.")
        )
        self.daily.setToolTip(
            translate("RulesForm", "The standard day, default 8 h: hours beyond it are overtime.")
        )
        self.daily_max.setToolTip(
            translate("RulesForm", "Default 3 h beyond the standard day: 劳动法 art. 41.")
        )
        self.monthly_max.setToolTip(translate("RulesForm", "Default 36 h: 劳动法 art. 41."))
        rows = (
            ("min_rest_hours", translate("RulesForm", "Minimum rest between shifts"), self.rest),
            ("max_consecutive_days", translate("RulesForm", "Most days in a row"), self.days),
            ("legal_weekly_hours", translate("RulesForm", "Weekly hours limit"), self.weekly),
            ("solver_time_limit_s", translate("RulesForm", "Auto-roster time limit"),
             self.time_limit),
            ("overtime_rule", translate("RulesForm", "Overtime counts"), self.overtime),
            ("daily_overtime_hours", translate("RulesForm", "Daily hours before overtime"),
             self.daily),
            ("daily_overtime_max_hours", translate("RulesForm", "Most overtime a day"),
             self.daily_max),
            ("monthly_overtime_max_hours", translate("RulesForm", "Most overtime a month"),
             self.monthly_max),
            ("monthly_labour_budget_hours", translate("RulesForm", "Monthly labour-hours budget"),
             self.budget),
        )  # fmt: skip
        for field, label, widget in rows:
            form.addRow(label, self.errors.register(field, widget))
        layout.addLayout(form)
        box = QGroupBox(translate("RulesForm", "Hard rules (the others are warnings)"))
        grid = QGridLayout(box)
        self.hard: dict[str, QCheckBox] = {}
        for index, rule in enumerate(RULE_LABELS):
            check = QCheckBox(rule_label(rule))
            grid.addWidget(check, index // 3, index % 3)
            self.hard[rule.value] = check
        layout.addWidget(self.errors.register("hard_rules", box))
        self.save_button = QPushButton(translate("RulesForm", "Save rules"))
        self.save_button.clicked.connect(self.save)
        if not ctx.user.allowed(Permission.MANAGE):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(ctx.user.why_not(Permission.MANAGE))
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.load()

    def refresh(self) -> None:
        self.load()

    def load(self) -> None:
        with self.ctx.db.session() as session:
            self._opened = settings_opened(session, "roster.", "timesheet.")
            data = schedule_settings.load_settings(session)
        self.rest.setValue(data.min_rest_hours)
        self.days.setValue(data.max_consecutive_days)
        self.weekly.setValue(data.legal_weekly_hours)
        self.time_limit.setValue(data.solver_time_limit_s)
        self.overtime.setCurrentIndex(max(0, self.overtime.findData(data.overtime_rule)))
        self.daily.setValue(data.daily_overtime_hours)
        self.daily_max.setValue(data.daily_overtime_max_hours)
        self.monthly_max.setValue(data.monthly_overtime_max_hours)
        self.budget.setValue(data.monthly_labour_budget_hours)
        for key, check in self.hard.items():
            check.setChecked(key in data.hard_rules)

    def data(self) -> ScheduleSettings:
        return ScheduleSettings(
            min_rest_hours=self.rest.value(),
            max_consecutive_days=self.days.value(),
            legal_weekly_hours=self.weekly.value(),
            hard_rules=[k for k, c in self.hard.items() if c.isChecked()],
            solver_time_limit_s=self.time_limit.value(),
            overtime_rule=self.overtime.currentData(),
            daily_overtime_hours=self.daily.value(),
            monthly_labour_budget_hours=self.budget.value(),
            daily_overtime_max_hours=self.daily_max.value(),
            monthly_overtime_max_hours=self.monthly_max.value(),
        )

    def save(self) -> bool:
        saved = run_write(
            self.ctx,
            self,
            "shifts",
            lambda uow: schedule_settings.save_settings(uow, self.ctx.user, self.data()),
            on_invalid=lambda error: show_at_fields(self, self.errors, error),
            opened=self._opened,
        )
        if saved:
            self.errors.clear()
            with self.ctx.db.session() as session:
                self._opened = settings_opened(session, "roster.", "timesheet.")
        return saved.ok
