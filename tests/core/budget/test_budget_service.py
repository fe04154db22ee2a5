"""Budget versions: the original stays, a revision needs a reason, variance against either;
spreading by distribution; closed years; fiscal years not starting in January."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from branchops import clock
from branchops.core.budget.facts import ORIGINAL, versions, year_facts
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.money import ZERO
from branchops.core.budget.service import (
    BudgetInput,
    Distribution,
    NothingChanged,
    save_budget,
    set_year_closed,
    spread_amount,
)
from branchops.core.budget.variance import variance_report
from branchops.core.errors import PermissionDenied, UserError, ValidationError
from branchops.core.period import Month
from branchops.core.users.permissions import SINGLE_USER, CurrentUser
from branchops.core.users.roles import Role

D = Decimal
CLERK = CurrentUser(2, "clerk", "", Role.CLERK)


def test_first_save_is_the_original_then_revisions_need_a_reason(budget, db):
    original = budget.save(2026, {"marketing": D("120000"), "rent": D("240000")})
    assert (original.number, original.reason, original.original) == (1, "", True)
    with pytest.raises(ValidationError) as error:
        budget.save(2026, {"marketing": D("150000")})
    assert [p.field for p in error.value.problems] == ["reason"]
    revision = budget.save(2026, {"marketing": D("150000")}, reason="总部追加营销预算")
    assert (revision.number, revision.reason, revision.created_by) == (
        2,
        "总部追加营销预算",
        "manager",
    )
    assert revision.revised_on == clock.today()
    with db.session() as session:
        assert [v.number for v in versions(session, 2026)] == [1, 2]
        year = FiscalYear(2026, 1)
        current, first = year_facts(session, year), year_facts(session, year, ORIGINAL)
        ids = budget.ids
        assert sum(current.budget_of(ids["marketing"])) == D("150000.00")
        assert sum(first.budget_of(ids["marketing"])) == D("120000.00")
        # rent was left out of the revision: it keeps its amounts
        assert sum(current.budget_of(ids["rent"])) == D("240000.00")


def test_saving_the_same_budget_again_saves_nothing(budget):
    budget.save(2026, {"office": D("12000")})
    with pytest.raises(NothingChanged):
        budget.save(2026, {"office": D("12000")}, reason="再次导入")


def test_bad_cells_are_named_and_nothing_is_saved(budget, db):
    cells = ["1000"] * 10 + ["-1", "12.345"]
    with db.unit_of_work(SINGLE_USER) as uow, pytest.raises(ValidationError) as error:
        save_budget(uow, SINGLE_USER, BudgetInput(2026, {budget.ids["office"]: cells}))
    fields = [p.field for p in error.value.problems]
    assert fields == [
        f"amounts[{budget.ids['office']}][10]",
        f"amounts[{budget.ids['office']}][11]",
    ]
    assert "2026-11" in error.value.problems[0].message
    with db.session() as session:
        assert versions(session, 2026) == []


def test_only_approvers_save_budgets(budget, db):
    with db.unit_of_work(CLERK) as uow, pytest.raises(PermissionDenied):
        save_budget(uow, CLERK, BudgetInput(2026, {budget.ids["office"]: ["1"] * 12}))


def test_spreading_by_distribution(budget, db):
    office = budget.ids["office"]
    year = FiscalYear(2026, 1)
    with db.session() as session:
        equal = spread_amount(session, year, office, "10000.00")
        assert sum(equal) == D("10000.00") and set(equal) == {D("833.34"), D("833.33")}
        shares = ["5"] * 8 + ["15"] * 4
        typed = spread_amount(session, year, office, "1200", Distribution.SHARES, shares)
        assert typed == [D("60.00")] * 8 + [D("180.00")] * 4
        with pytest.raises(ValidationError) as error:
            spread_amount(session, year, office, "1200", Distribution.SHARES, ["5"] * 12)
        assert error.value.problems[0].field == "shares"
        # no spending last year: last year's pattern falls back to equal months
        assert (
            spread_amount(session, year, office, "1200", Distribution.LAST_YEAR)
            == [D("100.00")] * 12
        )


def test_last_years_actuals_shape_the_spread(budget, db):
    budget.save(2025, {"office": D("9999")})
    budget.spend(date(2025, 3, 10), "office", "100.00")
    budget.spend(date(2025, 11, 10), "office", "300.00")
    with db.session() as session:
        months = spread_amount(
            session, FiscalYear(2026, 1), budget.ids["office"], "2000", Distribution.LAST_YEAR
        )
    assert months[2] == D("500.00") and months[10] == D("1500.00") and sum(months) == D("2000")


def test_a_closed_year_takes_no_revision_and_an_open_one_cannot_be_closed(budget, db):
    budget.save(2025, {"office": D("1200")})
    with db.unit_of_work(SINGLE_USER) as uow, pytest.raises(UserError):
        set_year_closed(uow, SINGLE_USER, 2026, True)  # the running year (clock: 2026)
    with db.unit_of_work(SINGLE_USER) as uow:
        set_year_closed(uow, SINGLE_USER, 2025, True)
    with pytest.raises(UserError) as error:
        budget.save(2025, {"office": D("2400")}, reason="补录")
    assert "2025" in str(error.value)


def test_variance_against_current_and_original(budget, db):
    budget.save(2026, {"marketing": D("12000")})
    budget.save(2026, {"marketing": D("24000")}, reason="追加")
    budget.spend(date(2026, 1, 20), "marketing", "1500.00")
    year, jan = FiscalYear(2026, 1), Month(2026, 1)
    with db.session() as session:
        current = variance_report(session, year, jan, today=date(2026, 6, 15))
        original = variance_report(session, year, jan, ORIGINAL, today=date(2026, 6, 15))
    row = next(r for r in current.rows if r.category_id == budget.ids["marketing"])
    assert (row.month_budget, row.month_actual, row.month_variance) == (
        D("2000.00"),
        D("1500.00"),
        D("-500.00"),
    )
    assert row.month_variance_pct == pytest.approx(-0.25)
    assert row.used_share == pytest.approx(1500 / 24000)
    first = next(r for r in original.rows if r.category_id == budget.ids["marketing"])
    assert (first.month_budget, first.month_variance) == (D("1000.00"), D("500.00"))
    assert first.over_budget and not row.over_budget
    assert original.categories_over == 1 and current.version.number == 2


def test_fiscal_year_from_april(budget, db):
    helper = budget
    helper.profile(fiscal_start=4)
    helper.save(2026, {"rent": [D(1000 + k) for k in range(12)]})  # April 2026 first
    helper.spend(date(2026, 4, 5), "rent", "1000.00")
    helper.spend(date(2026, 6, 5), "rent", "1002.00")
    year = FiscalYear(2026, 4)
    with db.session() as session:
        facts = year_facts(session, year)
        assert facts.budget_of(helper.ids["rent"])[0] == D("1000.00")  # April
        assert facts.budget_of(helper.ids["rent"])[9] == D("1009.00")  # January 2027
        report = variance_report(session, year, Month(2026, 6), today=date(2026, 6, 15))
    row = next(r for r in report.rows if r.category_id == helper.ids["rent"])
    assert (row.ytd_budget, row.ytd_actual) == (D("3003.00"), D("2002.00"))
    assert report.elapsed_months == 3
    assert report.burn[2].actual == D("2002.00") and report.burn[3].actual is None
    assert report.burn[-1].plan == sum((D(1000 + k) for k in range(12)), ZERO)
