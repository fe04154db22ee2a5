"""Categories and policies (类别与控制): each cost category's over-budget policy, threshold and
carry-forward, and which forecast method gives the headline figure."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchops.core.budget.facts import CategoryInfo, categories
from branchops.core.budget.fiscal import start_month
from branchops.core.budget.forecast import Method
from branchops.core.budget.labels import method_help, method_label, policy_label
from branchops.core.budget.preferences import headline_method, set_headline_method
from branchops.core.users.permissions import Permission
from branchops.i18n import QT_TRANSLATE_NOOP, translate
from branchops.ui.budget.category_dialog import CategoryDialog
from branchops.ui.budget.common import AREA, plain_table
from branchops.ui.context import AppContext
from branchops.ui.widgets.permissions import gate
from branchops.ui.widgets.table_model import ROW_ROLE, Column, ColumnKind, InMemoryTableModel
from branchops.ui.widgets.writes import run_write

COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Columns", "Category"), width=170),
    Column("annual", QT_TRANSLATE_NOOP("Columns", "Over the year's budget"), width=120),
    Column("monthly", QT_TRANSLATE_NOOP("Columns", "Over the month's budget"), width=120),
    Column("threshold", QT_TRANSLATE_NOOP("Columns", "Warn from"), ColumnKind.PERCENT, 80),
    Column("carry_forward", QT_TRANSLATE_NOOP("Columns", "Carry forward"), ColumnKind.BOOL, 90),
    Column("expected_monthly", QT_TRANSLATE_NOOP("Columns", "Every month"), ColumnKind.BOOL, 90),
    Column("active", QT_TRANSLATE_NOOP("Columns", "In use"), ColumnKind.BOOL, 60),
)


@dataclass(frozen=True)
class CategoryLine:
    info: CategoryInfo

    def __getattr__(self, name: str):
        if name == "annual":
            return policy_label(self.info.policy_annual)
        if name == "monthly":
            return policy_label(self.info.policy_monthly)
        if name == "threshold":
            return self.info.threshold_pct / 100
        return getattr(self.info, name)


class CategoriesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = InMemoryTableModel(COLUMNS)
        layout = QVBoxLayout(self)
        self.table = plain_table(self.model)
        layout.addWidget(self.table, 1)
        line = QHBoxLayout()
        self.new_button = QPushButton(translate("BudgetPage", "New category…"))
        self.edit_button = QPushButton(translate("BudgetPage", "Edit…"))
        line.addWidget(self.new_button)
        line.addWidget(self.edit_button)
        line.addStretch(1)
        layout.addLayout(line)
        method_line = QHBoxLayout()
        method_line.addWidget(QLabel(translate("BudgetPage", "Headline year-end forecast")))
        self.method = QComboBox()
        for method in Method:
            self.method.addItem(method_label(method), method.value)
            self.method.setItemData(self.method.count() - 1, method_help(method), 3)
        method_line.addWidget(self.method)
        self.method_help = QLabel()
        self.method_help.setWordWrap(True)
        method_line.addWidget(self.method_help, 1)
        layout.addLayout(method_line)
        self.fiscal = QLabel()
        self.fiscal.setWordWrap(True)
        layout.addWidget(self.fiscal)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.method.currentIndexChanged.connect(self._method_chosen)
        gate(self.new_button, ctx.user, Permission.MANAGE)
        gate(self.edit_button, ctx.user, Permission.MANAGE)
        gate(self.method, ctx.user, Permission.MANAGE)

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            rows = [CategoryLine(c) for c in categories(session)]
            method = headline_method(session)
            start = start_month(session)
        self.model.set_rows(rows)
        self.method.blockSignals(True)
        self.method.setCurrentIndex(self.method.findData(method.value))
        self.method.blockSignals(False)
        self.method_help.setText(method_help(method))
        self.fiscal.setText(
            translate(
                "BudgetPage",
                "The fiscal year starts in month {month} (the branch profile, under Settings).",
            ).format(month=start)
        )

    def current(self) -> CategoryLine | None:
        index = self.table.currentIndex()
        return self.table.model().data(index, ROW_ROLE) if index.isValid() else None

    def new(self) -> None:
        if CategoryDialog(self.ctx, self).exec():
            self.refresh()

    def edit(self) -> None:
        row = self.current()
        if row is None or not self.ctx.user.allowed(Permission.MANAGE):
            return
        if CategoryDialog(self.ctx, self, row.info.id).exec():
            self.refresh()

    def _method_chosen(self) -> None:
        method = Method(self.method.currentData())
        if run_write(
            self.ctx, self, AREA, lambda uow: set_headline_method(uow, self.ctx.user, method)
        ):
            self.method_help.setText(method_help(method))
