"""Budget KPIs, the completeness check before the HQ export, and agenda items."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from branchops.core import kpi
from branchops.core.budget.agenda import agenda_items
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.forecast import Method
from branchops.core.budget.recurring import RecurringInput, create_recurring
from branchops.core.budget.variance import variance_report
from branchops.core.period import Month
from branchops.core.reports.completeness import all_checks
from branchops.core.users.permissions import SINGLE_USER

D = Decimal


def value(key: str, session, month: Month) -> float | None:
    """A KPI as the registry computes it (the dashboard and the HQ workbook read it there)."""
    return kpi.get(key).monthly(session, month)


def check(key: str, session, month: Month):
    return next(c for c in all_checks() if c.key == key).run(session, month)


def test_kpis_follow_the_variance(budget, db):
    budget.save(2026, {"office": D("12000"), "marketing": D("24000")})
    budget.spend(date(2026, 1, 10), "office", "1500")
    budget.spend(date(2026, 2, 10), "marketing", "1000")
    with db.session() as session:
        jan, feb = Month(2026, 1), Month(2026, 2)
        assert value("budget.used", session, feb) == pytest.approx(2500 / 36000)
        assert value("budget.year_elapsed", session, jan) == pytest.approx(31 / 365)
        assert value("budget.month_spend", session, jan) == 1500.0
        assert value("budget.month_vs_budget", session, feb) == pytest.approx(1000 / 3000)
        # office is over its budget to the end of January (1,500 of 1,000)
        assert value("budget.categories_over", session, jan) == 1.0
        # run-rate by February (no prior year): office 1,500 ÷ 2 × 12 = 9,000, marketing 6,000
        assert value("budget.forecast_variance", session, feb) == pytest.approx(15000 - 36000)
        assert value("budget.forecast_variance_pct", session, feb) == pytest.approx(-21000 / 36000)
        assert value("budget.used", session, Month(2027, 1)) is None  # a future month
        keys = {k.key for k in kpi.all_kpis() if k.area == "budget"}
    assert "budget.forecast_variance" in keys and len(keys) == 7


def test_no_budget_no_budget_kpis(budget, db):
    with db.session() as session:
        assert value("budget.used", session, Month(2026, 3)) is None
        assert value("budget.month_spend", session, Month(2026, 3)) is None


def test_completeness_names_categories_with_no_expenses_in_the_month(budget, db):
    budget.spend(date(2026, 5, 5), "rent", "1000")
    with db.session() as session:
        [gap] = check("budget.expected_expenses", session, Month(2026, 5))
    assert "水电" in gap.message and "人力成本" in gap.message and "房租物业" not in gap.message
    assert gap.check == "budget.expected_expenses"


def test_planned_expenses_show_in_the_check_and_the_agenda(budget, db):
    with db.unit_of_work(SINGLE_USER) as uow:
        create_recurring(
            uow,
            SINGLE_USER,
            RecurringInput(
                budget.ids["rent"],
                "9000",
                5,
                date(2026, 6, 1),
                vendor="世纪物业",
            ),
        )
    with db.session() as session:
        [gap] = check("budget.planned_confirmed", session, Month(2026, 6))
        [item] = agenda_items(session, date(2026, 6, 15), date(2026, 6, 21))
    assert "1" in gap.message
    assert item.due == date(2026, 6, 5) and item.overdue and "¥9,000.00" in item.title
    assert item.page == "budget" and item.filters == {"status": "planned"}


def test_a_running_month_is_left_out_of_the_forecast(budget, db):
    # the clock is on 15 June 2026: June is still running
    budget.save(2026, {"office": D("12000")})
    for month in range(1, 6):
        budget.spend(date(2026, month, 3), "office", "1000")
    budget.spend(date(2026, 6, 3), "office", "10")
    with db.session() as session:
        running = variance_report(session, FiscalYear(2026, 1), Month(2026, 6))
        may = variance_report(session, FiscalYear(2026, 1), Month(2026, 5))
    # five complete months of 1,000: 5,000 ÷ 5 × 12 = 12,000 (June's ¥10 so far is not a pace)
    assert running.forecast_months == 5 and running.forecast_through == Month(2026, 5)
    assert running.total.forecasts[Method.RUN_RATE].value == D("12000.00")
    assert running.total.ytd_actual == D("5010.00")
    assert may.forecast_months == 5
