"""Helpers for the budget tests: category ids, saving a year's budget, recording expenses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from branchops import clock
from branchops.core.branch.queries import ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.budget.expenses import ExpenseInput, record_expense
from branchops.core.budget.models import BudgetCategory
from branchops.core.budget.money import spread
from branchops.core.budget.service import BudgetInput, save_budget
from branchops.core.users.permissions import SINGLE_USER


class Budget:
    def __init__(self, db) -> None:
        self.db = db
        with db.session() as session:
            self.ids = dict(session.execute(select(BudgetCategory.code, BudgetCategory.id)).all())

    def profile(self, fiscal_start: int = 1) -> None:
        with self.db.unit_of_work(SINGLE_USER) as uow:
            save_profile(
                uow,
                SINGLE_USER,
                ProfileData(code="BR0001", name="测试支行", fiscal_year_start_month=fiscal_start),
            )

    def save(self, year: int, amounts: dict, reason: str = "", user=SINGLE_USER):
        """``amounts``: code → a yearly Decimal (spread equally) or twelve monthly amounts."""
        grid = {
            self.ids[code]: spread(Decimal(v), [Decimal(1)] * 12)
            if not isinstance(v, list | tuple)
            else [Decimal(x) for x in v]
            for code, v in amounts.items()
        }
        with self.db.unit_of_work(user) as uow:
            return save_budget(uow, user, BudgetInput(year, grid, reason))

    def spend(self, day: date, code: str, amount, user=SINGLE_USER, **fields) -> int:
        override = fields.pop("override_reason", "")
        attachments = fields.pop("attachments", None)
        data = ExpenseInput(day, self.ids[code], amount, **fields)
        with self.db.unit_of_work(user) as uow:
            return record_expense(
                uow, user, data, override_reason=override, attachments=attachments
            )


FIXED_NOW = "2026-06-15T10:30:00"


@pytest.fixture
def budget(db, monkeypatch) -> Iterator[Budget]:
    """The budget tests tell a story in 2025–2026: they run with the clock on 15 June 2026
    (``test_today.py`` runs at every edge date instead)."""
    monkeypatch.setenv(clock.ENV_VAR, FIXED_NOW)
    with clock.frozen(FIXED_NOW):
        helper = Budget(db)
        helper.profile()
        yield helper
