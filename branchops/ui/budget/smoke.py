"""The main dialogs of the budget page, opened by ``branchops --smoke`` (empty database too)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from branchops import clock
from branchops.core.budget.facts import categories, pick_version
from branchops.core.budget.fiscal import FiscalYear, start_month
from branchops.core.budget.queries import list_expenses
from branchops.core.budget.service import BudgetInput
from branchops.core.listing import ListQuery
from branchops.ui.budget.category_dialog import CategoryDialog
from branchops.ui.budget.expense_dialog import ExpenseDialog
from branchops.ui.budget.recurring_dialog import RecurringListDialog
from branchops.ui.budget.revision_dialog import RevisionDialog
from branchops.ui.budget.spread_dialog import SpreadDialog
from branchops.ui.context import AppContext


def _year(ctx: AppContext) -> FiscalYear:
    with ctx.db.session() as session:
        return FiscalYear.of(clock.today(), start_month(session))


def _expense(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        rows = list_expenses(session, ListQuery(limit=1, filters={"status": "planned"}))
    return ExpenseDialog(ctx, parent, expense_id=rows[0].id if rows else None)


def _spread(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        first = categories(session)[0]
    return SpreadDialog(ctx, _year(ctx), first.id, first.name, None, parent)


def _revision(ctx: AppContext, parent: QWidget) -> QDialog:
    year = _year(ctx)
    with ctx.db.session() as session:
        current = pick_version(session, year.year)
    number = current.number + 1 if current is not None else 2
    return RevisionDialog(ctx, year, BudgetInput(year.year), number, parent)


def _category(ctx: AppContext, parent: QWidget) -> QDialog:
    with ctx.db.session() as session:
        first = categories(session)[0]
    return CategoryDialog(ctx, parent, first.id)


BUDGET_DIALOGS = [
    ("expense", _expense),
    ("budget_spread", _spread),
    ("budget_revision", _revision),
    ("budget_category", _category),
    ("recurring_expenses", lambda ctx, parent: RecurringListDialog(ctx, parent)),
]
