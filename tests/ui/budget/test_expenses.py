"""Typing an expense through the dialog: fields, the policy's questions, the override; and the
expense list's model, roles and filters."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt

from branchops import clock
from branchops.core.budget.categories import category_input, update_category
from branchops.core.budget.models import Policy
from branchops.core.budget.queries import list_expenses, load_expense
from branchops.core.listing import ListQuery
from branchops.core.users.permissions import CurrentUser
from branchops.core.users.roles import Role
from branchops.ui.budget.common import ALL_YEARS
from branchops.ui.budget.expense_dialog import ExpenseDialog
from branchops.ui.budget.expenses_tab import ExpensesTab
from branchops.ui.widgets.table_model import SORT_ROLE


def _dialog(ctx, qtbot, ids, amount: str, category: str = "office") -> ExpenseDialog:
    dialog = ExpenseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData(ids[category]))
    qtbot.keyClicks(dialog.amount, amount)
    dialog.vendor.setCurrentText("晨光文具店")
    qtbot.keyClicks(dialog.invoice, "00012345")
    dialog.note.setPlainText("打印纸")
    return dialog


def _saved(ctx) -> list:
    with ctx.db.session() as session:
        return list_expenses(session, ListQuery(limit=None))


def test_type_an_expense_within_budget(budgeted, ids, qtbot):
    dialog = _dialog(budgeted, qtbot, ids, "88.50")
    dialog.save()
    assert dialog.result() == 1
    [row] = _saved(budgeted)
    assert (row.amount, row.vendor, row.invoice_no, row.note, row.spent_on) == (
        Decimal("88.50"),
        "晨光文具店",
        "00012345",
        "打印纸",
        clock.today(),
    )


def test_bad_amount_is_marked_at_the_field(budgeted, ids, qtbot):
    dialog = _dialog(budgeted, qtbot, ids, "12.345")
    dialog.save()
    assert dialog.result() == 0 and _saved(budgeted) == []
    assert dialog.errors._labels["amount"].isVisibleTo(dialog)
    assert "两位小数" in dialog.errors._labels["amount"].text()


def test_over_a_stop_budget_a_manager_gives_a_reason(budgeted, ids, qtbot, monkeypatch):
    asked = []

    def reason(self, stops):
        asked.append(stops[0].message)
        return "年底集中采购"

    monkeypatch.setattr(ExpenseDialog, "ask_override_reason", reason)
    dialog = _dialog(budgeted, qtbot, ids, "1200.01")
    dialog.save()
    assert "¥0.01" in asked[0] and "¥1,200.00" in asked[0]
    [row] = _saved(budgeted)
    assert row.overridden and row.override_reason == "年底集中采购"


def test_a_clerk_is_told_why_not(budgeted, ids, qtbot):
    clerk = replace(budgeted, user=CurrentUser(9, "clerk", "", Role.CLERK))
    dialog = _dialog(clerk, qtbot, ids, "1300")
    dialog.save()
    assert dialog.result() == 0 and _saved(budgeted) == []
    assert "¥100.00" in dialog.errors._labels["amount"].text()


def test_over_a_warn_budget_asks_then_saves(budgeted, ids, qtbot, message_boxes):
    with budgeted.db.session() as session:
        marketing = category_input(session, ids["marketing"])
    marketing.policy_annual = Policy.IGNORE  # only the monthly "warn" budget speaks
    with budgeted.db.unit_of_work(budgeted.user) as uow:
        update_category(uow, budgeted.user, ids["marketing"], marketing)
    # ¥10,000.00 a month, carried forward: the budget to the end of this month
    to_date = Decimal(10000) * clock.today().month
    dialog = _dialog(budgeted, qtbot, ids, str(to_date + 1), "marketing")
    dialog.save()
    assert [m.kind for m in message_boxes] == ["question"]
    assert "¥1.00" in message_boxes[0].text
    assert len(_saved(budgeted)) == 1


def _tab(ctx, qtbot) -> ExpensesTab:
    tab = ExpensesTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def test_expense_list_passes_the_model_tester(demo_ctx, qtbot, qtmodeltester):
    tab = _tab(demo_ctx, qtbot)
    tab.set_filters(year=ALL_YEARS)  # every demo month, not only this fiscal year's
    qtmodeltester.check(tab.model)
    assert tab.model.total > 100


def test_expense_list_roles_sort_and_filters(demo_ctx, qtbot):
    tab = _tab(demo_ctx, qtbot)
    model = tab.model
    column = model.column_index("amount")
    index = model.index(0, column)
    row = model.row_at(0)
    assert model.data(index) == f"¥{row.amount:,.2f}"
    assert model.data(index, SORT_ROLE) == float(row.amount)
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    model.sort(column, Qt.SortOrder.DescendingOrder)
    amounts = [r.amount for r in model.loaded_rows()]
    assert amounts == sorted(amounts, reverse=True)
    tab.set_filters(status="planned")
    assert all(r.planned for r in model.loaded_rows())
    tab.set_filters(status=None, overridden=True)
    assert all(r.overridden for r in model.loaded_rows())


def test_editing_a_planned_expense_confirms_it(demo_ctx, qtbot):
    with demo_ctx.db.session() as session:
        planned = list_expenses(session, ListQuery(limit=1, filters={"status": "planned"}))
    if not planned:  # before the 5th of a month nothing is due yet
        return
    dialog = ExpenseDialog(demo_ctx, expense_id=planned[0].id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.invoice, "F-99")
    dialog.save()
    with demo_ctx.db.session() as session:
        row = load_expense(session, planned[0].id).row
    assert not row.planned and row.invoice_no == "F-99"
