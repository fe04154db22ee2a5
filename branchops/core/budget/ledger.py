"""Ledgers for the policy check, read from the database: the current budget version and the
confirmed spending of a category's fiscal year, leaving out the expense being edited."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.budget.facts import CURRENT, pick_version, spending, version_lines
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.models import Expense, ExpenseStatus
from branchops.core.budget.policy import Ledger
from branchops.core.period import Month


class Ledgers:
    """Every (category, fiscal year) ledger a use case touches, read once and kept up to date
    in memory as expenses are added (the import checks row after row this way)."""

    def __init__(self, session: Session, start: int) -> None:
        self.session = session
        self.start = start
        self._years: dict[int, tuple[bool, dict, dict]] = {}
        self._ledgers: dict[tuple[int, int], Ledger] = {}

    def _year(self, year: FiscalYear) -> tuple[bool, dict, dict]:
        if year.year not in self._years:
            version = pick_version(self.session, year.year, CURRENT)
            budget = version_lines(self.session, version.id, year) if version else {}
            actual = spending(self.session, year, ExpenseStatus.CONFIRMED)
            self._years[year.year] = (version is not None, budget, actual)
        return self._years[year.year]

    def get(self, category_id: int, month: Month) -> Ledger:
        year = FiscalYear.of(month, self.start)
        key = (category_id, year.year)
        if key not in self._ledgers:
            has_budget, budget, actual = self._year(year)
            ledger = Ledger(year, has_budget)
            if category_id in budget:
                ledger.budget = list(budget[category_id])
            if category_id in actual:
                ledger.actual = list(actual[category_id])
            self._ledgers[key] = ledger
        return self._ledgers[key]

    def without(self, expense_id: int | None) -> Ledgers:
        """Take the stored (confirmed) expense out of its ledger, as an edit replaces it."""
        if expense_id is None:
            return self
        found = self.session.execute(
            select(Expense.category_id, Expense.spent_on, Expense.amount, Expense.status).where(
                Expense.id == expense_id
            )
        ).first()
        if found is not None and found.status is ExpenseStatus.CONFIRMED:
            self.get(found.category_id, Month.of(found.spent_on)).add(
                Month.of(found.spent_on), -found.amount
            )
        return self
