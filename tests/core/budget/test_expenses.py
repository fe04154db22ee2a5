"""Expenses against the policy: stop refuses saying by how much and against which budget, a
manager overrides with a reason (recorded), warn saves; unique invoice per vendor; closed
years; attachments stored by content."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from branchops.core.budget.expenses import (
    BudgetRefused,
    ExpenseInput,
    check_expense,
    delete_expense,
    update_expense,
)
from branchops.core.budget.models import Expense
from branchops.core.budget.policy import Level
from branchops.core.budget.queries import count_expenses, list_expenses, load_expense
from branchops.core.budget.service import set_year_closed
from branchops.core.errors import UserError, ValidationError
from branchops.core.listing import ListQuery
from branchops.core.users.permissions import SINGLE_USER, CurrentUser
from branchops.core.users.roles import Role

D = Decimal
CLERK = CurrentUser(2, "clerk", "", Role.CLERK)


def count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(Expense.id)))


@pytest.fixture
def office(budget):
    """Office supplies: ¥1,200.00 a year, ¥100.00 a month; annual stop, monthly warn."""
    budget.save(2026, {"office": D("1200")})
    return budget


def test_within_budget_saves(office, db):
    expense_id = office.spend(
        date(2026, 3, 2), "office", "99.99", vendor="晨光文具店", invoice_no="0001", note="打印纸"
    )
    with db.session() as session:
        row = load_expense(session, expense_id).row
    assert (row.amount, row.vendor, row.invoice_no, row.overridden) == (
        D("99.99"),
        "晨光文具店",
        "0001",
        False,
    )


def test_stop_refuses_with_how_much_and_which_budget(office, db):
    office.spend(date(2026, 1, 5), "office", "1000.00", user=SINGLE_USER)
    with pytest.raises(BudgetRefused) as error:
        office.spend(date(2026, 2, 5), "office", "200.01")
    [problem] = error.value.problems
    assert problem.field == "amount"
    assert "¥0.01" in problem.message and "¥1,200.00" in problem.message
    assert "2026" in problem.message
    assert count(db) == 1
    # exactly at the annual budget is allowed (the monthly "warn" is only a warning)
    office.spend(date(2026, 2, 5), "office", "200.00")
    assert count(db) == 2


def test_a_manager_overrides_stop_with_a_reason_a_clerk_cannot(office, db):
    office.spend(date(2026, 1, 5), "office", "1200.00")
    with pytest.raises(UserError):
        office.spend(date(2026, 2, 5), "office", "50", user=CLERK, override_reason="急需")
    expense_id = office.spend(date(2026, 2, 5), "office", "50", override_reason="打印机硒鼓急需")
    with db.session() as session:
        detail = load_expense(session, expense_id)
        overridden = list_expenses(session, ListQuery(filters={"overridden": True}))
    assert detail.row.override_reason == "打印机硒鼓急需" and detail.override_by == "manager"
    assert [r.id for r in overridden] == [expense_id]


def test_check_reports_warnings_before_saving(office, db):
    with db.session() as session:
        findings = check_expense(
            session, ExpenseInput(date(2026, 3, 1), office.ids["office"], "150.00")
        )
    # March's cumulative budget is ¥300.00 (carry-forward): fine; the month alone is not checked
    assert findings == []
    office.spend(date(2026, 3, 1), "office", "250.00")
    with db.session() as session:
        findings = check_expense(
            session, ExpenseInput(date(2026, 3, 2), office.ids["office"], "60.00")
        )
    assert [f.level for f in findings] == [Level.WARN]  # 310 of 300 to date: over by ¥10.00
    assert findings[0].over_by == D("10.00")


def test_invoice_numbers_are_unique_per_vendor(office, db):
    office.spend(date(2026, 1, 5), "office", "10", vendor="晨光文具店", invoice_no="A1")
    office.spend(date(2026, 1, 5), "office", "10", vendor="得力办公", invoice_no="A1")
    with pytest.raises(ValidationError) as error:
        office.spend(date(2026, 1, 6), "office", "10", vendor=" 晨光 文具店 ", invoice_no="A1")
    [problem] = error.value.problems
    assert problem.field == "invoice_no" and "2026-01-05" in problem.message
    with pytest.raises(ValidationError) as error:
        office.spend(date(2026, 1, 6), "office", "10", invoice_no="B7")
    assert error.value.problems[0].field == "vendor"
    assert count(db) == 2


def test_bad_fields_are_all_named_and_nothing_is_saved(office, db):
    with pytest.raises(ValidationError) as error:
        office.spend(date(2026, 12, 31), "office", "12.345", note="x" * 1001)
    assert {p.field for p in error.value.problems} == {"spent_on", "amount", "note"}
    assert count(db) == 0


def test_a_closed_year_takes_no_expense_and_its_expenses_stay(budget, db):
    budget.save(2025, {"office": D("1200")})
    expense_id = budget.spend(date(2025, 6, 1), "office", "10")
    with db.unit_of_work(SINGLE_USER) as uow:
        set_year_closed(uow, SINGLE_USER, 2025, True)
    with pytest.raises(ValidationError) as error:
        budget.spend(date(2025, 6, 2), "office", "10")
    assert error.value.problems[0].field == "spent_on"
    with db.unit_of_work(SINGLE_USER) as uow, pytest.raises(UserError):
        delete_expense(uow, SINGLE_USER, expense_id)
    assert count(db) == 1


def test_an_edit_replaces_its_own_amount_in_the_check(office, db):
    expense_id = office.spend(date(2026, 1, 5), "office", "1200.00")
    data = ExpenseInput(date(2026, 1, 5), office.ids["office"], "1150.00", note="改")
    with db.unit_of_work(SINGLE_USER) as uow:
        update_expense(uow, CLERK, expense_id, data)
    with db.session() as session:
        assert load_expense(session, expense_id).row.amount == D("1150.00")


def test_an_overridden_expense_keeps_its_reason_when_edited_down(office, db):
    office.spend(date(2026, 1, 5), "office", "1200.00")
    expense_id = office.spend(date(2026, 1, 6), "office", "80", override_reason="应急采购")
    data = ExpenseInput(date(2026, 1, 6), office.ids["office"], "70", note="改备注")
    with db.unit_of_work(CLERK) as uow:
        update_expense(uow, CLERK, expense_id, data)
    data.amount = "90"
    with db.unit_of_work(CLERK) as uow, pytest.raises(BudgetRefused):
        update_expense(uow, CLERK, expense_id, data)
    with db.session() as session:
        row = load_expense(session, expense_id).row
    assert (row.amount, row.override_reason) == (D("70.00"), "应急采购")


def test_attachments_are_stored_once_by_content(office, db, tmp_path):
    folder = tmp_path / "attachments"
    scan = tmp_path / "发票.pdf"
    scan.write_bytes(b"%PDF-1.4 invoice")
    copy = tmp_path / "copy.PDF"
    copy.write_bytes(b"%PDF-1.4 invoice")
    first = office.spend(date(2026, 1, 5), "office", "1", attachment=scan, attachments=folder)
    office.spend(date(2026, 1, 6), "office", "1", attachment=copy, attachments=folder)
    stored = [p for p in folder.rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].suffix == ".pdf"
    with db.session() as session:
        detail = load_expense(session, first)
    assert detail.row.attachment == "发票.pdf" and stored[0].stem == detail.attachment_sha256


def test_the_list_filters_sorts_and_counts_in_sql(office, db):
    for day, amount in ((3, "5"), (1, "30"), (2, "20")):
        office.spend(date(2026, 1, day), "office", amount, vendor="晨光文具店")
    with db.session() as session:
        newest = list_expenses(session, ListQuery())
        by_amount = list_expenses(session, ListQuery(sort_key="amount", descending=True))
        january = ListQuery(filters={"first": date(2026, 1, 2), "last": date(2026, 1, 31)})
        assert count_expenses(session, january) == 2
        assert count_expenses(session, ListQuery(search="晨光")) == 3
    assert [r.spent_on.day for r in newest] == [3, 2, 1]
    assert [r.amount for r in by_amount] == [D("30.00"), D("20.00"), D("5.00")]
