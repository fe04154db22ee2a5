"""The variance screen (models, roles, original against current, raising an action), the
categories and recurring lists, and opening the page from elsewhere."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from branchops import clock
from branchops.core.actions.models import SourceKind
from branchops.core.actions.queries import list_actions
from branchops.core.budget.facts import categories
from branchops.core.listing import ListQuery
from branchops.ui.actions.action_dialog import ActionDialog
from branchops.ui.budget.budget_page import BudgetPage
from branchops.ui.budget.category_dialog import CategoryDialog
from branchops.ui.budget.recurring_dialog import RecurringDialog, RecurringListDialog
from branchops.ui.budget.variance_tab import VarianceTab
from branchops.ui.widgets.table_model import SORT_ROLE


def _variance(ctx, qtbot) -> VarianceTab:
    tab = VarianceTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def test_variance_models_pass_the_model_tester(demo_ctx, qtbot, qtmodeltester):
    tab = _variance(demo_ctx, qtbot)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.forecasts)
    assert tab.model.rowCount() == 10  # nine categories and the total


def test_variance_roles_money_percent_and_decoration(budgeted, ids, year, qtbot):
    from tests.core.budget.conftest import Budget

    Budget(budgeted.db).spend(year.first_day, "office", "150.00")
    tab = _variance(budgeted, qtbot)
    tab.month.setCurrentIndex(0)  # the first month of the year
    model = tab.model
    row = next(i for i, r in enumerate(model.loaded_rows()) if r.row.category_id == ids["office"])
    variance = model.index(row, model.column_index("ytd_variance"))
    assert model.data(variance) == "¥50.00"
    assert model.data(variance, SORT_ROLE) == 50.0
    assert model.data(variance, Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    pct = model.index(row, model.column_index("ytd_variance_pct"))
    assert model.data(pct) == "50.0%"
    total = model.index(model.rowCount() - 1, 0)
    assert isinstance(model.data(total, Qt.ItemDataRole.FontRole), QFont)
    assert "¥121,200.00" in tab.summary.text()


def test_against_the_original_and_a_corrective_action(budgeted, ids, year, qtbot, monkeypatch):
    from tests.core.budget.conftest import Budget

    helper = Budget(budgeted.db)
    helper.save(year.year, {"office": Decimal("600")}, reason="压降办公费用")
    helper.spend(year.first_day, "office", "80.00")
    tab = _variance(budgeted, qtbot)
    tab.month.setCurrentIndex(0)
    rows = {r.row.category_id: r.row for r in tab.model.loaded_rows() if not r.total}
    assert rows[ids["office"]].ytd_budget == Decimal("50.00")
    tab.against.setCurrentIndex(tab.against.findData("original"))
    rows = {r.row.category_id: r.row for r in tab.model.loaded_rows() if not r.total}
    assert rows[ids["office"]].ytd_budget == Decimal("100.00")
    tab.against.setCurrentIndex(0)
    tab.select_category(ids["office"])
    assert tab.action_button.isEnabled()
    opened = []

    def run(dialog: ActionDialog) -> int:
        opened.append(dialog.data)
        with budgeted.db.unit_of_work(budgeted.user) as uow:
            from branchops.core.staff.models import Staff

            uow.session.add(Staff(employee_no="E1", name="王芳"))
            uow.commit()
        dialog.owner.addItem("王芳", 1)
        dialog.owner.setCurrentIndex(dialog.owner.findData(1))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", run)
    tab.raise_action()
    [proposal] = opened
    assert proposal.source_kind is SourceKind.BUDGET and proposal.source_id == ids["office"]
    assert "¥30.00" in proposal.link_text
    assert proposal.due_date == clock.today() + timedelta(days=14)
    with budgeted.db.session() as session:
        [action] = list_actions(session, ListQuery(filters={"source_kind": "budget"}))
    assert action.source_id == ids["office"]


def test_page_opens_filtered_from_an_action_and_the_agenda(demo_ctx, qtbot):
    page = BudgetPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    with demo_ctx.db.session() as session:
        marketing = next(c.id for c in categories(session) if c.code == "marketing")
    page.open_filtered(source_id=marketing)
    assert page.tabs.currentWidget() is page.variance
    assert page.variance.current_row().row.category_id == marketing
    page.open_filtered(status="planned")
    assert page.tabs.currentWidget() is page.expenses
    assert all(r.planned for r in page.expenses.model.loaded_rows())
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)  # every tab loads without error


def test_categories_and_recurring_models(demo_ctx, qtbot, qtmodeltester):
    page = BudgetPage(demo_ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.categories)
    qtmodeltester.check(page.categories.model)
    assert page.categories.model.rowCount() == 9
    listing = RecurringListDialog(demo_ctx)
    qtbot.addWidget(listing)
    qtmodeltester.check(listing.model)
    assert listing.model.rowCount() == 3


def test_category_dialog_changes_the_policy(ui_ctx, ids, qtbot):
    dialog = CategoryDialog(ui_ctx, category_id=ids["marketing"])
    qtbot.addWidget(dialog)
    dialog.monthly.setCurrentIndex(dialog.monthly.findData("stop"))
    dialog.threshold.setValue(80)
    dialog.carry.setChecked(False)
    dialog.save()
    with ui_ctx.db.session() as session:
        marketing = next(c for c in categories(session) if c.id == ids["marketing"])
    assert (marketing.policy_monthly, marketing.threshold_pct, marketing.carry_forward) == (
        "stop",
        80,
        False,
    )
    empty = CategoryDialog(ui_ctx)
    qtbot.addWidget(empty)
    empty.save()
    assert empty.result() == 0 and empty.errors._labels["name"].isVisibleTo(empty)


def test_recurring_dialog_marks_fields_then_saves(ui_ctx, ids, qtbot):
    dialog = RecurringDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.result() == 0 and dialog.errors._labels["amount"].isVisibleTo(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData(ids["rent"]))
    qtbot.keyClicks(dialog.amount, "86000")
    dialog.save()
    assert dialog.saved_id is not None


def test_an_action_raised_from_the_budget_opens_its_category(demo_ctx, qtbot):
    from branchops.ui.main_window import MainWindow

    demo_ctx.qsettings.setValue("main/last_page", "actions")  # not the dashboard's loading
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    actions = window.show_page_key("actions")
    actions.open_filtered(source_kind="budget")
    rows = actions.model.loaded_rows()
    if not rows:  # on 1 January no quarter of the year has ended: no overrun yet this year
        return
    actions.list.table.selectRow(0)
    category = actions.list.current_row().source_id
    actions.open_source()
    page = window.page_widget([s.key for s in window.pages].index("budget"))
    assert window.stack.currentWidget() is page
    assert page.variance.current_row().row.category_id == category


def test_the_burn_chart_is_drawn_after_the_table_paints(demo_ctx, qtbot):
    tab = _variance(demo_ctx, qtbot)
    assert tab.chart.figure is None  # not shown yet: the table has not painted
    tab.show()
    qtbot.waitUntil(lambda: tab.chart.figure is not None)
    assert tab.chart.canvas is not None
