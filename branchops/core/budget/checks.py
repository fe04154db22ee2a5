"""Budget completeness before the HQ export: the categories that have spending every month
(rent, utilities, staff costs: "expected every month") have some in the report's month, and
planned expenses of the month have been confirmed."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops.core.budget.labels import category_name
from branchops.core.budget.models import BudgetCategory, Expense, ExpenseStatus
from branchops.core.period import Month
from branchops.core.reports.completeness import CompletenessCheck, Gap, register
from branchops.i18n import translate

AREA = "budget"


def _in_month(month: Month):
    return Expense.spent_on.between(month.first_day, month.last_day)


def expected_expenses(session: Session, month: Month) -> list[Gap]:
    expected = session.scalars(
        select(BudgetCategory)
        .where(BudgetCategory.active.is_(True), BudgetCategory.expected_monthly.is_(True))
        .order_by(BudgetCategory.sort_order, BudgetCategory.id)
    ).all()
    if not expected:
        return []
    present = set(
        session.scalars(
            select(Expense.category_id)
            .where(_in_month(month), Expense.status == ExpenseStatus.CONFIRMED)
            .distinct()
        )
    )
    missing = [category_name(c.name, c.name_en) for c in expected if c.id not in present]
    if not missing:
        return []
    return [
        Gap(
            AREA,
            "budget.expected_expenses",
            translate(
                "Report",
                "No expenses of {categories} are recorded for {month}, though they occur every "
                "month; enter them on the Budget page.",
            ).format(categories="、".join(missing), month=month),
        )
    ]


def planned_confirmed(session: Session, month: Month) -> list[Gap]:
    count = session.scalar(
        select(func.count(Expense.id)).where(
            _in_month(month), Expense.status == ExpenseStatus.PLANNED
        )
    )
    if not count:
        return []
    return [
        Gap(
            AREA,
            "budget.planned_confirmed",
            translate(
                "Report",
                "{count} planned expenses of {month} are not confirmed yet; confirm them (with "
                "the invoiced amount) on the Budget page.",
            ).format(count=count, month=month),
        )
    ]


register(CompletenessCheck("budget.expected_expenses", AREA, expected_expenses))
register(CompletenessCheck("budget.planned_confirmed", AREA, planned_confirmed))
