"""Actions raised for a category over budget: "found in" rebuilt from the category and year.

The amount over budget when the action was raised is not stored apart from the text, so the
rebuilt text names the category and the fiscal year; the budget sheet gives today's figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.actions.queries import ActionRow
from branchops.core.actions.service import SourceKind
from branchops.core.budget.fiscal import FiscalYear, start_month
from branchops.core.budget.labels import category_name
from branchops.core.budget.models import BudgetCategory
from branchops.core.found_in import FoundIn, register
from branchops.i18n import translate


def _texts(session: Session, rows: Sequence[ActionRow]) -> dict[int, str]:
    wanted = {r.source_id for r in rows if r.source_id}
    names = {
        category_id: category_name(name, name_en)
        for category_id, name, name_en in session.execute(
            select(BudgetCategory.id, BudgetCategory.name, BudgetCategory.name_en).where(
                BudgetCategory.id.in_(wanted)
            )
        )
    }
    start = start_month(session)
    return {
        r.id: translate("Budget", "Overspending of {category} in {year}").format(
            category=names[r.source_id], year=FiscalYear(r.source_sub_id, start).label
        )
        for r in rows
        if r.source_id in names and r.source_sub_id
    }


register(FoundIn("budget.category", SourceKind.BUDGET.value, _texts))
