"""Variance of a fiscal year up to a month: by category and in total, for the month and year to
date, in money and %; the share of the year's budget used against the share of the year
elapsed; the year-end forecast by all three methods; and the burn-up of actual against plan.

Variance is actual − budget: positive means over budget. Against the current version unless the
original is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.budget.facts import CURRENT, VersionInfo, YearFacts, cached_year_facts
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.forecast import Forecast, Method, all_methods
from branchops.core.budget.money import ZERO
from branchops.core.budget.preferences import headline_method
from branchops.core.period import Month


def ratio(part: Decimal, whole: Decimal) -> float | None:
    return None if whole == 0 else float(part / whole)


@dataclass(frozen=True)
class VarianceRow:
    category_id: int | None  # None: the total row
    category: str
    month_budget: Decimal
    month_actual: Decimal
    ytd_budget: Decimal
    ytd_actual: Decimal
    annual_budget: Decimal
    planned: Decimal  # planned (unconfirmed) spending of the year
    forecasts: dict[Method, Forecast]
    headline: Method

    @property
    def month_variance(self) -> Decimal:
        return self.month_actual - self.month_budget

    @property
    def month_variance_pct(self) -> float | None:
        return ratio(self.month_variance, self.month_budget)

    @property
    def ytd_variance(self) -> Decimal:
        return self.ytd_actual - self.ytd_budget

    @property
    def ytd_variance_pct(self) -> float | None:
        return ratio(self.ytd_variance, self.ytd_budget)

    @property
    def used_share(self) -> float | None:
        """The share of the year's budget spent so far."""
        return ratio(self.ytd_actual, self.annual_budget)

    @property
    def forecast(self) -> Forecast:
        return self.forecasts[self.headline]

    @property
    def forecast_variance(self) -> Decimal:
        return self.forecast.value - self.annual_budget

    @property
    def forecast_variance_pct(self) -> float | None:
        return ratio(self.forecast_variance, self.annual_budget)

    @property
    def over_budget(self) -> bool:
        """Spent more than budgeted to date, or more than the whole year's budget."""
        return self.ytd_actual > self.ytd_budget or self.ytd_actual > self.annual_budget


@dataclass(frozen=True)
class BurnPoint:
    month: Month
    plan: Decimal  # cumulative budget
    actual: Decimal | None  # cumulative spending; None after the chosen month


@dataclass(frozen=True)
class VarianceReport:
    year: FiscalYear
    month: Month
    elapsed_months: int
    as_of: date
    version: VersionInfo | None
    rows: list[VarianceRow]
    total: VarianceRow
    burn: list[BurnPoint]
    headline: Method
    forecast_months: int  # the complete months the forecast is made from

    @property
    def forecast_through(self) -> Month:
        return self.year.months[self.forecast_months - 1]

    @property
    def elapsed_share(self) -> float:
        return self.year.elapsed_share(self.as_of)

    @property
    def categories_over(self) -> int:
        return sum(1 for row in self.rows if row.over_budget)


def as_of_day(month: Month, today: date | None = None) -> date:
    today = today or clock.today()
    return min(month.last_day, today) if month.first_day <= today else month.last_day


def _row(
    category_id: int | None,
    name: str,
    budget: list[Decimal],
    actual: list[Decimal],
    planned: list[Decimal],
    last_year: list[Decimal] | None,
    index: int,
    headline: Method,
    basis: int,
) -> VarianceRow:
    shown = [a if k < basis else ZERO for k, a in enumerate(actual)]
    return VarianceRow(
        category_id=category_id,
        category=name,
        month_budget=budget[index],
        month_actual=actual[index],
        ytd_budget=sum(budget[: index + 1], ZERO),
        ytd_actual=sum(actual[: index + 1], ZERO),
        annual_budget=sum(budget, ZERO),
        planned=sum(planned, ZERO),
        forecasts=all_methods(shown, basis, last_year),
        headline=headline,
    )


def _total(rows: list[VarianceRow], name: str, headline: Method) -> VarianceRow:
    def add(attr: str) -> Decimal:
        return sum((getattr(r, attr) for r in rows), ZERO)

    forecasts = {
        m: Forecast(
            m,
            sum((r.forecasts[m].value for r in rows), ZERO),
            any(r.forecasts[m].fell_back for r in rows),
        )
        for m in Method
    }
    return VarianceRow(
        None,
        name,
        add("month_budget"),
        add("month_actual"),
        add("ytd_budget"),
        add("ytd_actual"),
        add("annual_budget"),
        add("planned"),
        forecasts,
        headline,
    )


def variance_report(
    session: Session,
    year: FiscalYear,
    month: Month,
    against: str | int = CURRENT,
    today: date | None = None,
    total_name: str = "",
) -> VarianceReport:
    """``month`` must be in ``year``; the months up to it count as elapsed, and the forecast is
    made from those that are complete."""
    index = year.index(month)
    as_of = as_of_day(month, today)
    # a month still running is left out of the forecast (its spending is not all in yet),
    # unless it is the first month of the year
    basis = index + 1 if as_of >= month.last_day or index == 0 else index
    facts: YearFacts = cached_year_facts(session, year, against)
    before = cached_year_facts(session, year.previous, CURRENT)
    headline = headline_method(session)
    rows = []
    for category in facts.shown_categories():
        last = before.actual.get(category.id)
        rows.append(
            _row(
                category.id,
                category.name,
                facts.budget_of(category.id),
                facts.actual_of(category.id),
                facts.planned_of(category.id),
                last,
                index,
                headline,
                basis,
            )
        )
    total = _total(rows, total_name, headline)
    burn, plan, spent = [], ZERO, ZERO
    for k, m in enumerate(year.months):
        plan += sum((facts.budget_of(r.category_id)[k] for r in rows if r.category_id), ZERO)
        spent += sum((facts.actual_of(r.category_id)[k] for r in rows if r.category_id), ZERO)
        burn.append(BurnPoint(m, plan, spent if k <= index else None))
    return VarianceReport(
        year, month, index + 1, as_of, facts.version, rows, total, burn, headline, basis
    )
