"""Add or edit a cost category and its over-budget policy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchops.core.budget.categories import (
    CategoryInput,
    category_input,
    create_category,
    update_category,
)
from branchops.core.budget.labels import policy_label
from branchops.core.budget.models import BudgetCategory, Policy
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate
from branchops.ui.budget.common import AREA
from branchops.ui.context import AppContext
from branchops.ui.widgets.form_dialog import FormDialog


def _policies(value: Policy) -> QComboBox:
    combo = QComboBox()
    for policy in Policy:
        combo.addItem(policy_label(policy), policy.value)
    combo.setCurrentIndex(combo.findData(Policy(value).value))
    return combo


class CategoryDialog(FormDialog):
    AREA = AREA

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, category_id=None):
        super().__init__(ctx, parent)
        self.category_id = category_id
        self.saved_id: int | None = None
        data = CategoryInput("")
        if category_id is not None:
            with ctx.db.session() as session:
                self.open_record(session, BudgetCategory, category_id)
                data = category_input(session, category_id)
        self.setWindowTitle(translate("BudgetPage", "Cost category"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(data.name)
        self.name.setMaxLength(64)
        form.addRow(translate("BudgetPage", "Name"), self.errors.register("name", self.name))
        self.name_en = QLineEdit(data.name_en)
        self.name_en.setMaxLength(64)
        form.addRow(translate("BudgetPage", "English name"), self.name_en)
        self.annual = _policies(data.policy_annual)
        form.addRow(translate("BudgetPage", "Over the annual budget"), self.annual)
        self.monthly = _policies(data.policy_monthly)
        form.addRow(translate("BudgetPage", "Over the monthly budget"), self.monthly)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(data.threshold_pct)
        form.addRow(
            translate("BudgetPage", "Warn from"),
            self.errors.register("threshold_pct", self.threshold),
        )
        self.carry = QCheckBox(translate("BudgetPage", "Unused monthly budget carries forward"))
        self.carry.setChecked(data.carry_forward)
        form.addRow("", self.carry)
        self.expected = QCheckBox(translate("BudgetPage", "Has expenses every month"))
        self.expected.setChecked(data.expected_monthly)
        self.expected.setToolTip(
            translate("BudgetPage", "The HQ export then reports a month with none as incomplete.")
        )
        form.addRow("", self.expected)
        self.active = QCheckBox(translate("BudgetPage", "In use"))
        self.active.setChecked(data.active)
        form.addRow("", self.active)
        layout.addLayout(form)
        help_text = QLabel(
            translate(
                "BudgetPage",
                "Stop refuses an expense over the budget (a manager may override it with a "
                "reason); Warn saves it after a warning; Ignore says nothing. ERPNext's "
                "defaults: annual Stop, monthly Warn.",
            )
        )
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        layout.addWidget(self.save_buttons())
        self.resize(480, 380)

    def collected(self) -> CategoryInput:
        return CategoryInput(
            name=self.name.text(),
            name_en=self.name_en.text(),
            policy_annual=Policy(self.annual.currentData()),
            policy_monthly=Policy(self.monthly.currentData()),
            threshold_pct=self.threshold.value(),
            carry_forward=self.carry.isChecked(),
            expected_monthly=self.expected.isChecked(),
            active=self.active.isChecked(),
        )

    def _store(self, uow: UnitOfWork) -> None:
        if self.category_id is None:
            self.saved_id = create_category(uow, self.ctx.user, self.collected())
        else:
            update_category(uow, self.ctx.user, self.category_id, self.collected())
            self.saved_id = self.category_id
