"""From a category over budget to a corrective action (source = budget) in one step.

The action points at the category (``source_id``) and the fiscal year (``source_sub_id``); its
link text says by how much the category is over, so the actions list reads well on its own.
"""

from __future__ import annotations

from datetime import date, timedelta

from branchops import clock
from branchops.core.actions.service import ActionInput, Priority, SourceKind
from branchops.core.budget.money import format_money, format_share
from branchops.core.budget.variance import VarianceReport
from branchops.core.errors import UserError
from branchops.i18n import translate

DAYS_TO_ACT = 14


def proposed_action(
    report: VarianceReport, category_id: int, today: date | None = None
) -> ActionInput:
    row = next((r for r in report.rows if r.category_id == category_id), None)
    if row is None:
        raise UserError(translate("Budget", "This category has no figures in this fiscal year."))
    over_to_date = row.ytd_variance if row.ytd_variance > 0 else None
    forecast_over = row.forecast_variance if row.forecast_variance > 0 else None
    if over_to_date is None and forecast_over is None:
        raise UserError(
            translate(
                "Budget", "{category} is within its budget and its forecast; no action is needed."
            ).format(category=row.category)
        )
    if over_to_date is not None:
        link = translate(
            "Budget", "{year}: {category} over budget to the end of {month} by {amount} ({share})"
        ).format(
            year=report.year.label,
            category=row.category,
            month=report.month,
            amount=format_money(over_to_date),
            share=format_share(row.ytd_variance_pct),
        )
    else:
        link = translate(
            "Budget", "{year}: {category} forecast to end the year over budget by {amount}"
        ).format(year=report.year.label, category=row.category, amount=format_money(forecast_over))
    return ActionInput(
        title=translate(
            "Budget",
            "{category} over budget: find the cause and bring spending back within the budget",
        ).format(category=row.category)[:200],
        owner_staff_id=None,
        due_date=(today or clock.today()) + timedelta(days=DAYS_TO_ACT),
        priority=Priority.HIGH,
        description="",
        source_kind=SourceKind.BUDGET,
        source_id=category_id,
        source_sub_id=report.year.year,
        link_text=link,
    )
