"""The running fiscal year at every edge date: first of a month, year end, 1 January,
28 February, 29 February, National Day."""

from __future__ import annotations

from decimal import Decimal

from branchops import clock
from branchops.core import kpi
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.queries import list_expenses
from branchops.core.budget.recurring import RecurringInput, create_recurring
from branchops.core.budget.variance import variance_report
from branchops.core.listing import ListQuery
from branchops.core.period import Month
from branchops.core.users.permissions import SINGLE_USER
from tests.core.budget.conftest import Budget

D = Decimal


def test_today_in_the_running_year(db, at_date):
    helper = Budget(db)
    helper.profile(fiscal_start=4)
    today = clock.today()
    year = FiscalYear.of(today, 4)
    helper.save(year.year, {"office": D("1200")})
    helper.spend(today, "office", "10.00")
    month = Month.of(today)
    with db.session() as session:
        report = variance_report(session, year, month)
        assert report.total.ytd_actual == D("10.00")
        assert report.as_of == today
        assert 0 < report.elapsed_share <= 1
        assert report.elapsed_months == year.index(month) + 1
        assert kpi.get("budget.month_spend").monthly(session, month) == 10.0


def test_a_monthly_expense_on_the_31st_falls_on_each_months_last_day(db, at_date):
    helper = Budget(db)
    helper.profile()
    today = clock.today()
    start = Month.of(today).shift(-2).first_day
    with db.unit_of_work(SINGLE_USER) as uow:
        create_recurring(uow, SINGLE_USER, RecurringInput(helper.ids["rent"], "100", 31, start))
    with db.session() as session:
        rows = list_expenses(session, ListQuery(limit=None, filters={"recurring": True}))
    days = sorted(r.spent_on for r in rows)
    expected = [Month.of(start).shift(i).last_day for i in range(3)]
    assert days == [d for d in expected if d <= today]
