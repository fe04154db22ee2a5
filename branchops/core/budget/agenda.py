"""Budget items for the dashboard's agenda: planned (recurring) expenses waiting to be
confirmed, due on their day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.agenda_item import AgendaItem
from branchops.core.budget.labels import category_name
from branchops.core.budget.models import BudgetCategory, Expense, ExpenseStatus, Vendor
from branchops.core.budget.money import format_money
from branchops.i18n import translate


def agenda_items(session: Session, first: date, last: date) -> list[AgendaItem]:
    """Planned expenses due up to ``last`` (the overdue ones from before ``first`` too)."""
    today = clock.today()
    stmt = (
        select(Expense.id, Expense.spent_on, Expense.amount, BudgetCategory, Vendor.name)
        .join(BudgetCategory, BudgetCategory.id == Expense.category_id)
        .outerjoin(Vendor, Vendor.id == Expense.vendor_id)
        .where(Expense.status == ExpenseStatus.PLANNED, Expense.spent_on <= last)
        .order_by(Expense.spent_on, Expense.id)
    )
    items = []
    for expense_id, day, amount, category, vendor in session.execute(stmt):
        what = category_name(category.name, category.name_en)
        if vendor:
            what = f"{what} · {vendor}"
        items.append(
            AgendaItem(
                area="budget",
                key=f"planned:{expense_id}",
                due=day,
                title=translate("Budget", "Confirm the planned expense {what}, {amount}").format(
                    what=what, amount=format_money(amount)
                ),
                overdue=day < today,
                page="budget",
                filters={"status": ExpenseStatus.PLANNED.value},
            )
        )
    return items
