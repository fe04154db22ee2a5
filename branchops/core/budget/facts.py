"""A fiscal year's figures by category and month, read in a few grouped queries: the budget of
a version (the current one unless asked otherwise), confirmed spending, and planned spending.

Everything the variance screen, the forecast, the KPIs, the HQ sheet and the policy checks show
comes from here, so a figure is the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from branchops.core.budget.fiscal import MONTHS, FiscalYear
from branchops.core.budget.labels import category_name
from branchops.core.budget.models import (
    BudgetCategory,
    BudgetLine,
    BudgetVersion,
    Expense,
    ExpenseStatus,
    Policy,
)
from branchops.core.budget.money import ZERO
from branchops.core.budget.policy import Rules
from branchops.core.period import Month

CURRENT, ORIGINAL = "current", "original"
_CACHE_KEY = "budget.facts"


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    code: str
    name: str  # in the current language
    active: bool
    policy_annual: Policy
    policy_monthly: Policy
    threshold_pct: int
    carry_forward: bool
    expected_monthly: bool

    @property
    def rules(self) -> Rules:
        return Rules(
            self.name,
            self.policy_annual,
            self.policy_monthly,
            self.threshold_pct,
            self.carry_forward,
        )


@dataclass(frozen=True)
class VersionInfo:
    id: int
    fiscal_year: int
    number: int
    reason: str
    revised_on: date
    created_by: str
    source: str

    @property
    def original(self) -> bool:
        return self.number == 1


def _months() -> list[Decimal]:
    return [ZERO] * MONTHS


@dataclass
class YearFacts:
    year: FiscalYear
    version: VersionInfo | None  # None: no budget for the year yet
    categories: list[CategoryInfo]
    budget: dict[int, list[Decimal]] = field(default_factory=dict)
    actual: dict[int, list[Decimal]] = field(default_factory=dict)
    planned: dict[int, list[Decimal]] = field(default_factory=dict)

    def budget_of(self, category_id: int) -> list[Decimal]:
        return self.budget.get(category_id) or _months()

    def actual_of(self, category_id: int) -> list[Decimal]:
        return self.actual.get(category_id) or _months()

    def planned_of(self, category_id: int) -> list[Decimal]:
        return self.planned.get(category_id) or _months()

    def shown_categories(self) -> list[CategoryInfo]:
        """Active categories, and inactive ones that still have figures this year."""
        used = {*self.budget, *self.actual, *self.planned}
        return [c for c in self.categories if c.active or c.id in used]


def categories(session: Session) -> list[CategoryInfo]:
    rows = session.scalars(
        select(BudgetCategory).order_by(BudgetCategory.sort_order, BudgetCategory.id)
    )
    return [
        CategoryInfo(
            c.id,
            c.code,
            category_name(c.name, c.name_en),
            c.active,
            c.policy_annual,
            c.policy_monthly,
            c.threshold_pct,
            c.carry_forward,
            c.expected_monthly,
        )
        for c in rows
    ]


def _version_info(v: BudgetVersion) -> VersionInfo:
    return VersionInfo(
        v.id, v.fiscal_year, v.number, v.reason, v.revised_on, v.created_by, v.source
    )


def versions(session: Session, fiscal_year: int) -> list[VersionInfo]:
    rows = session.scalars(
        select(BudgetVersion)
        .where(BudgetVersion.fiscal_year == fiscal_year)
        .order_by(BudgetVersion.number)
    )
    return [_version_info(v) for v in rows]


def pick_version(session: Session, fiscal_year: int, which: str | int = CURRENT):
    """The current (latest) version, the original, or the version with this id."""
    stmt = select(BudgetVersion).where(BudgetVersion.fiscal_year == fiscal_year)
    if which == ORIGINAL:
        stmt = stmt.order_by(BudgetVersion.number)
    elif which == CURRENT:
        stmt = stmt.order_by(BudgetVersion.number.desc())
    else:
        stmt = stmt.where(BudgetVersion.id == int(which))
    found = session.scalars(stmt.limit(1)).first()
    return None if found is None else _version_info(found)


def version_lines(session: Session, version_id: int, year: FiscalYear) -> dict[int, list[Decimal]]:
    out: dict[int, list[Decimal]] = {}
    stmt = select(BudgetLine.category_id, BudgetLine.month, BudgetLine.amount).where(
        BudgetLine.version_id == version_id
    )
    for category_id, month, amount in session.execute(stmt):
        if year.contains(month):
            out.setdefault(category_id, _months())[year.index(Month.of(month))] = amount
    return out


def spending_by_status(
    session: Session, year: FiscalYear, last_day: date | None = None
) -> dict[ExpenseStatus, dict[int, list[Decimal]]]:
    """Spending by status, category and month of the year (up to ``last_day``), in one query
    grouped by day (cheaper in SQLite than extracting the month of every row)."""
    end = min(last_day, year.last_day) if last_day else year.last_day
    stmt = (
        select(Expense.status, Expense.category_id, Expense.spent_on, func.sum(Expense.amount))
        .where(Expense.spent_on >= year.first_day, Expense.spent_on <= end)
        .group_by(Expense.status, Expense.category_id, Expense.spent_on)
    )
    out: dict[ExpenseStatus, dict[int, list[Decimal]]] = {s: {} for s in ExpenseStatus}
    for status, category_id, day, total in session.execute(stmt):
        months = out[status].setdefault(category_id, _months())
        months[year.index_of_day(day)] += total or ZERO
    return out


def spending(
    session: Session,
    year: FiscalYear,
    status: ExpenseStatus = ExpenseStatus.CONFIRMED,
    last_day: date | None = None,
) -> dict[int, list[Decimal]]:
    """Spending of ``status`` by category and month of the year (up to ``last_day``)."""
    return spending_by_status(session, year, last_day)[status]


def year_facts(session: Session, year: FiscalYear, which: str | int = CURRENT) -> YearFacts:
    version = pick_version(session, year.year, which)
    facts = YearFacts(year, version, categories(session))
    if version is not None:
        facts.budget = version_lines(session, version.id, year)
    by_status = spending_by_status(session, year)
    facts.actual = by_status[ExpenseStatus.CONFIRMED]
    facts.planned = by_status[ExpenseStatus.PLANNED]
    return facts


def session_cache(session: Session, name: str) -> dict:
    """A dict kept in the session until its next flush (a write makes every figure stale)."""
    caches = session.info.get(_CACHE_KEY)
    if caches is None:
        caches = session.info[_CACHE_KEY] = {}
        event.listen(session, "after_flush", lambda s, _ctx: s.info.get(_CACHE_KEY, {}).clear())
    return caches.setdefault(name, {})


def cached_year_facts(session: Session, year: FiscalYear, which: str | int = CURRENT) -> YearFacts:
    """``year_facts`` kept for the session until its next flush (KPIs ask for it many times)."""
    cache = session_cache(session, "facts")
    key = (year, which)
    if key not in cache:
        cache[key] = year_facts(session, year, which)
    return cache[key]
