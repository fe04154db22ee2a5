"""Budget page (预算管理): variance and forecast, expenses, the budget grid, categories."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from branchops.i18n import translate
from branchops.ui.context import AppContext
from branchops.ui.widgets.lazy_tabs import LazyTabs


class BudgetPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(translate("BudgetPage", "Budget against actual spending"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        # each tab is built when first shown: the page paints before the database opens
        self.tabs = LazyTabs(
            ctx,
            [
                (
                    "variance",
                    translate("BudgetPage", "Variance and forecast"),
                    "branchops.ui.budget.variance_tab:VarianceTab",
                ),
                (
                    "expenses",
                    translate("BudgetPage", "Expenses"),
                    "branchops.ui.budget.expenses_tab:ExpensesTab",
                ),
                (
                    "budget",
                    translate("BudgetPage", "Budget"),
                    "branchops.ui.budget.budget_tab:BudgetTab",
                ),
                (
                    "categories",
                    translate("BudgetPage", "Categories and policies"),
                    "branchops.ui.budget.categories_tab:CategoriesTab",
                ),
            ],
        )
        layout.addWidget(self.tabs, 1)
        self._stale = set(self.tabs.keys)
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.events.data_changed.connect(self._on_data_changed)

    @property
    def variance(self):
        return self.tabs.tab("variance")

    @property
    def expenses(self):
        return self.tabs.tab("expenses")

    @property
    def budget(self):
        return self.tabs.tab("budget")

    @property
    def categories(self):
        return self.tabs.tab("categories")

    def refresh(self) -> None:
        self._stale = set(self.tabs.keys)
        self._tab_shown()

    def _tab_shown(self, _index: int = 0) -> None:
        key = self.tabs.current_key()
        if key in self._stale:
            self._stale.discard(key)
            self.tabs.tab(key).refresh()

    def _on_data_changed(self, area: str) -> None:
        from branchops.ui.budget.common import AREA  # it imports the area's services

        if area in (AREA, "branch", "actions"):
            unsaved = self.tabs.is_built("budget") and self.budget.has_unsaved_changes()
            self._stale = set(self.tabs.keys) - ({"budget"} if unsaved else set())
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
        key = self.tabs.key_of(tab)
        if key in self._stale or key == "variance":
            tab.refresh()
            self._stale.discard(key)
