"""Budget UI fixtures: a fresh database with this fiscal year's budget, the page itself."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from branchops import clock
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.models import BudgetCategory
from branchops.core.budget.money import spread
from branchops.core.budget.service import BudgetInput, save_budget


@pytest.fixture
def ids(ui_ctx) -> dict[str, int]:
    with ui_ctx.db.session() as session:
        return dict(session.execute(select(BudgetCategory.code, BudgetCategory.id)).all())


@pytest.fixture
def year() -> FiscalYear:
    return FiscalYear.of(clock.today(), 1)


@pytest.fixture
def budgeted(ui_ctx, ids, year):
    """This fiscal year: office supplies ¥1,200.00 (¥100.00 a month), marketing ¥120,000.00."""
    grid = {
        ids["office"]: spread(Decimal("1200"), [Decimal(1)] * 12),
        ids["marketing"]: spread(Decimal("120000"), [Decimal(1)] * 12),
    }
    with ui_ctx.db.unit_of_work(ui_ctx.user) as uow:
        save_budget(uow, ui_ctx.user, BudgetInput(year.year, grid))
    return ui_ctx
