"""Budget page (预算管理): variance and forecast, expenses, the budget grid, categories."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.budget.budget_tab import BudgetTab
from branchops.ui.budget.categories_tab import CategoriesTab
from branchops.ui.budget.common import AREA
from branchops.ui.budget.expenses_tab import ExpensesTab
from branchops.ui.budget.variance_tab import VarianceTab
from branchops.ui.context import AppContext


class BudgetPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(translate("BudgetPage", "Budget against actual spending"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.variance = VarianceTab(ctx)
        self.expenses = ExpensesTab(ctx)
        self.budget = BudgetTab(ctx)
        self.categories = CategoriesTab(ctx)
        self.tabs.addTab(self.variance, translate("BudgetPage", "Variance and forecast"))
        self.tabs.addTab(self.expenses, translate("BudgetPage", "Expenses"))
        self.tabs.addTab(self.budget, translate("BudgetPage", "Budget"))
        self.tabs.addTab(self.categories, translate("BudgetPage", "Categories and policies"))
        layout.addWidget(self.tabs, 1)
        self._stale = set(self._all())
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.events.data_changed.connect(self._on_data_changed)

    def _all(self) -> tuple[QWidget, ...]:
        return (self.variance, self.expenses, self.budget, self.categories)

    def refresh(self) -> None:
        self._stale = set(self._all())
        self._tab_shown()

    def _tab_shown(self, _index: int = 0) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.refresh()

    def _on_data_changed(self, area: str) -> None:
        if area in (AREA, "branch", "actions"):
            keep = {self.budget} if self.budget.has_unsaved_changes() else set()
            self._stale = set(self._all()) - keep
            self._tab_shown()

    def open_filtered(self, **filters) -> None:
        """``status``, ``category_id`` or ``overridden`` open the expenses so filtered;
        ``source_id`` (a category, from a corrective action) or nothing (a KPI tile) opens the
        running year's variance, on that category."""
        wanted = {k: v for k, v in filters.items() if k in ("status", "category_id", "overridden")}
        if wanted:
            self._show(self.expenses)
            self.expenses.set_filters(**wanted)
            return
        self._show(self.variance)
        if "source_id" in filters:
            self.variance.select_category(int(filters["source_id"]))

    def _show(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)
        if tab in self._stale or tab is self.variance:
            tab.refresh()
            self._stale.discard(tab)
