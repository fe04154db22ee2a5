"""Recurring expenses: planned occurrences when due, confirmed by a person, generated once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from branchops import clock
from branchops.core.budget.expenses import ExpenseInput, delete_expense, update_expense
from branchops.core.budget.facts import year_facts
from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.models import ExpenseStatus
from branchops.core.budget.queries import list_expenses
from branchops.core.budget.recurring import (
    RecurringInput,
    create_recurring,
    generate_due_expenses,
    list_recurring,
    stop_recurring,
)
from branchops.core.errors import ValidationError
from branchops.core.listing import ListQuery
from branchops.core.users.permissions import SINGLE_USER

D = Decimal


def planned(db) -> list:
    with db.session() as session:
        rows = list_expenses(session, ListQuery(limit=None, filters={"recurring": True}))
    return sorted(rows, key=lambda r: r.spent_on)


def test_occurrences_are_planned_when_due_and_count_once_confirmed(budget, db):
    budget.save(2026, {"rent": D("120000")})
    with clock.frozen("2026-03-31T09:00"), db.unit_of_work(SINGLE_USER) as uow:
        create_recurring(
            uow,
            SINGLE_USER,
            RecurringInput(
                budget.ids["rent"],
                "10000",
                31,
                date(2026, 1, 1),
                vendor="世纪物业",
                note="房租",
            ),
        )
    rows = planned(db)
    # the 31st is the last day of shorter months
    assert [r.spent_on for r in rows] == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]
    assert all(r.planned and r.vendor == "世纪物业" for r in rows)
    with db.session() as session:
        assert sum(year_facts(session, FiscalYear(2026, 1)).actual_of(budget.ids["rent"])) == 0
    data = ExpenseInput(rows[0].spent_on, budget.ids["rent"], "10000", "世纪物业", "F001", "房租")
    with db.unit_of_work(SINGLE_USER) as uow:
        update_expense(uow, SINGLE_USER, rows[0].id, data)
    with db.session() as session:
        facts = year_facts(session, FiscalYear(2026, 1))
    assert facts.actual_of(budget.ids["rent"])[0] == D("10000.00")
    assert planned(db)[0].status is ExpenseStatus.CONFIRMED


def test_a_deleted_occurrence_is_not_generated_again_and_the_end_date_holds(budget, db):
    with clock.frozen("2026-02-10T09:00"), db.unit_of_work(SINGLE_USER) as uow:
        create_recurring(
            uow,
            SINGLE_USER,
            RecurringInput(
                budget.ids["utilities"],
                "800",
                5,
                date(2026, 1, 1),
                date(2026, 4, 30),
            ),
        )
    first = planned(db)[0]
    with db.unit_of_work(SINGLE_USER) as uow:
        delete_expense(uow, SINGLE_USER, first.id)
    with clock.frozen("2026-06-15T09:00"), db.unit_of_work(SINGLE_USER) as uow:
        added = generate_due_expenses(uow, SINGLE_USER)
    assert added == 2  # March and April; January stays deleted; nothing after the end
    assert [r.spent_on.month for r in planned(db)] == [2, 3, 4]


def test_stopping_ends_future_occurrences(budget, db):
    with db.unit_of_work(SINGLE_USER) as uow:
        item = create_recurring(
            uow,
            SINGLE_USER,
            RecurringInput(
                budget.ids["utilities"],
                "800",
                1,
                date(2026, 6, 1),
            ),
        )
    with db.unit_of_work(SINGLE_USER) as uow:
        stop_recurring(uow, SINGLE_USER, item)
    with clock.frozen("2026-09-15T09:00"), db.unit_of_work(SINGLE_USER) as uow:
        assert generate_due_expenses(uow, SINGLE_USER) == 0
    with db.session() as session:
        [row] = list_recurring(session)
    assert not row.active and row.ends_on == clock.today()


def test_bad_recurring_input_is_named(budget, db):
    with db.unit_of_work(SINGLE_USER) as uow, pytest.raises(ValidationError) as error:
        create_recurring(
            uow, SINGLE_USER, RecurringInput(None, "-1", 32, date(2026, 5, 1), date(2026, 4, 1))
        )
    assert {p.field for p in error.value.problems} == {"category", "amount", "day", "ends_on"}
