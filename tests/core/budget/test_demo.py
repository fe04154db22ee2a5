"""The budget demo: whole years of budgets and expenses with their seasons and a revision."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from branchops import clock
from branchops.core.actions.models import CorrectiveAction, SourceKind
from branchops.core.budget.facts import versions, year_facts
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.models import Expense, ExpenseStatus, RecurringExpense
from branchops.core.demo.service import generate_demo
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import open_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("budget_demo")
    db, _ = open_database(DatabaseTarget.parse(folder / "demo.sqlite3"), folder / "backups")
    generate_demo(db, months=13, staff=12, seed=3, today=clock.today())
    yield db
    db.dispose()


def test_every_year_of_the_period_has_a_budget_and_the_current_one_a_revision(demo):
    today = clock.today()
    current = FiscalYear.of(today, 1)
    with demo.session() as session:
        assert [v.number for v in versions(session, current.year)] == [1, 2]
        assert versions(session, current.year)[1].reason
        assert [v.number for v in versions(session, current.year - 1)] == [1]
        facts = year_facts(session, current.previous)
        codes = {c.code: c.id for c in facts.categories}
        utilities = facts.actual_of(codes["utilities"])
        marketing = facts.budget_of(codes["marketing"])
        rent_now = sum(year_facts(session, current).budget_of(codes["rent"]))
        rent_before = sum(facts.budget_of(codes["rent"]))
    assert utilities[6] > utilities[3] and utilities[0] > utilities[4]  # July, January > spring
    assert marketing[2] > 2 * marketing[1]  # March, a quarter end, against February
    assert rent_now > rent_before  # the yearly rent step
    assert all(sum(facts.actual_of(c)) > 0 for c in codes.values())


def test_recurring_and_overridden_expenses_and_a_budget_action(demo):
    with demo.session() as session:
        assert session.scalar(select(func.count(RecurringExpense.id))) == 3
        overridden = session.scalars(select(Expense).where(Expense.override_reason != "")).all()
        actions = session.scalars(
            select(CorrectiveAction).where(CorrectiveAction.source_kind == SourceKind.BUDGET)
        ).all()
        planned = session.scalar(
            select(func.count(Expense.id)).where(Expense.status == ExpenseStatus.PLANNED)
        )
    # last year's emergency repair; this year's quarter-end push once a quarter has ended
    assert 1 <= len(overridden) <= 2 and {e.override_by for e in overridden} == {"manager"}
    assert len(actions) == len(overridden) and all(a.source_id for a in actions)
    # the running month's rent (due on the 5th) waits for confirmation when the day has come
    assert planned == (2 if clock.today().day >= 5 else 0) + (clock.today().day >= 20)
    assert all(isinstance(e.amount, Decimal) for e in overridden)
