"""Spread a yearly amount over the twelve months of one category: equally, like last year's
spending, or by typed shares that add up to 100 %. The months always add up to the cent."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.service import Distribution, spread_amount
from branchops.core.errors import ValidationError
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.messages import FieldErrors

DISTRIBUTIONS = (
    (Distribution.EQUAL, QT_TRANSLATE_NOOP("BudgetPage", "Equal months")),
    (Distribution.LAST_YEAR, QT_TRANSLATE_NOOP("BudgetPage", "Like last year's spending")),
    (Distribution.SHARES, QT_TRANSLATE_NOOP("BudgetPage", "Typed shares (%)")),
)


class SpreadDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        year: FiscalYear,
        category_id: int,
        category: str,
        total: Decimal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.year, self.category_id = ctx, year, category_id
        self.result_months: list[Decimal] | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(
            translate("BudgetPage", "Spread a yearly amount: {category}").format(category=category)
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.total = QLineEdit("" if not total else f"{total:.2f}")
        self.total.setPlaceholderText(translate("BudgetPage", "Yuan, e.g. 120000"))
        form.addRow(
            translate("BudgetPage", "Yearly amount"), self.errors.register("total", self.total)
        )
        self.distribution = QComboBox()
        for value, label in DISTRIBUTIONS:
            self.distribution.addItem(translate("BudgetPage", label), value.value)
        form.addRow(translate("BudgetPage", "Distribution"), self.distribution)
        layout.addLayout(form)
        grid = QGridLayout()
        self.shares: list[QLineEdit] = []
        for index, month in enumerate(year.months):
            edit = QLineEdit()
            edit.setPlaceholderText("%")
            edit.setMaximumWidth(70)
            self.shares.append(edit)
            grid.addWidget(QLabel(str(month)), index // 6 * 2, index % 6)
            grid.addWidget(edit, index // 6 * 2 + 1, index % 6)
        self.shares_box = QWidget()
        self.shares_box.setLayout(grid)
        layout.addWidget(self.errors.register("shares", self.shares_box))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.distribution.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.shares_box.setEnabled(self.distribution.currentData() == Distribution.SHARES.value)

    def apply(self) -> None:
        distribution = Distribution(self.distribution.currentData())
        try:
            with self.ctx.db.session() as session:
                self.result_months = spread_amount(
                    session,
                    self.year,
                    self.category_id,
                    self.total.text(),
                    distribution,
                    [edit.text() for edit in self.shares],
                )
        except ValidationError as error:
            self.errors.show(error)
            return
        self.accept()
