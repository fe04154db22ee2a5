"""Recurring expenses (rent, utilities …): monthly on a day, from a date until a date.

Each occurrence is generated as a *planned* expense once its day has come; it is shown as
planned until someone confirms it (with the real amount and invoice), and only then counts as
spent and meets the over-budget policy. Deleting a planned occurrence skips that month: an
occurrence is generated once (``generated_through``), never again.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.budget.expenses import closed_years
from branchops.core.budget.fiscal import FiscalYear, start_month
from branchops.core.budget.labels import category_name
from branchops.core.budget.models import (
    BudgetCategory,
    Expense,
    ExpenseStatus,
    RecurringExpense,
    Vendor,
)
from branchops.core.budget.money import read_amount
from branchops.core.budget.vendors import vendor_for
from branchops.core.errors import NotFound, Problems
from branchops.core.period import Month
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MAX_NOTE = 1000


@dataclass
class RecurringInput:
    category_id: int | None
    amount: Decimal | str | None
    day: int
    starts_on: date | None
    ends_on: date | None = None
    vendor: str = ""
    note: str = ""


@dataclass(frozen=True)
class RecurringRow:
    id: int
    category_id: int
    category: str
    vendor: str
    amount: Decimal
    day: int
    starts_on: date
    ends_on: date | None
    note: str
    active: bool
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


def occurrence(month: Month, day: int) -> date:
    last = calendar.monthrange(month.year, month.month)[1]
    return date(month.year, month.month, min(day, last))


def occurrences(item: RecurringExpense, through: date) -> Iterator[date]:
    """The days due after ``generated_through`` up to ``through`` (and ``ends_on``)."""
    last = min(through, item.ends_on) if item.ends_on else through
    month = Month.of(item.starts_on)
    while month.first_day <= last:
        day = occurrence(month, item.day)
        done = item.generated_through is not None and day <= item.generated_through
        if item.starts_on <= day <= last and not done:
            yield day
        month = month.shift(1)


def generate_due(session: Session, today: date | None = None) -> int:
    """Add the planned expenses that have come due (no commit); returns how many."""
    today = today or clock.today()
    start, closed = start_month(session), closed_years(session)
    added = 0
    items = session.scalars(select(RecurringExpense).where(RecurringExpense.active.is_(True)))
    for item in items:
        for day in occurrences(item, today):
            if FiscalYear.of(day, start).year not in closed:
                session.add(
                    Expense(
                        spent_on=day,
                        category_id=item.category_id,
                        amount=item.amount,
                        vendor_id=item.vendor_id,
                        note=item.note,
                        status=ExpenseStatus.PLANNED,
                        recurring_id=item.id,
                        created_at=clock.now().replace(microsecond=0),
                        created_by="system",
                    )
                )
                added += 1
            item.generated_through = day
    session.flush()
    return added


def generate_due_expenses(uow: UnitOfWork, user: CurrentUser, today: date | None = None) -> int:
    require(user, Permission.WRITE)
    added = generate_due(uow.session, today)
    uow.commit()
    return added


def _check(session: Session, data: RecurringInput) -> Decimal:
    problems = Problems()
    category = session.get(BudgetCategory, data.category_id) if data.category_id else None
    if category is None or not category.active:
        problems.add("category", translate("Budget", "Choose the cost category."))
    amount = read_amount(data.amount, "amount", translate("Budget", "Amount"), problems)
    if not 1 <= data.day <= 31:
        problems.add("day", translate("Budget", "The day of the month is from 1 to 31."))
    if data.starts_on is None:
        problems.add("starts_on", translate("Budget", "Choose the first month."))
    elif data.ends_on is not None and data.ends_on < data.starts_on:
        problems.add("ends_on", translate("Budget", "The end cannot be before the start."))
    if len(data.note) > MAX_NOTE:
        problems.add(
            "note",
            translate("Budget", "The note has at most {limit} characters.").format(limit=MAX_NOTE),
        )
    problems.raise_if_any()
    assert amount is not None
    return amount


def _apply(session: Session, item: RecurringExpense, data: RecurringInput, amount: Decimal):
    assert data.category_id is not None and data.starts_on is not None, "_check refuses them"
    vendor = vendor_for(session, data.vendor)
    item.category_id = data.category_id
    item.vendor_id = vendor.id if vendor else None
    item.amount = amount
    item.day = data.day
    item.starts_on = data.starts_on
    item.ends_on = data.ends_on
    item.note = data.note.strip()


def create_recurring(uow: UnitOfWork, user: CurrentUser, data: RecurringInput) -> int:
    require(user, Permission.WRITE)
    session = uow.session
    amount = _check(session, data)
    now = clock.now().replace(microsecond=0)
    item = RecurringExpense(created_at=now, created_by=user.username, active=True)
    _apply(session, item, data, amount)
    session.add(item)
    session.flush()
    generate_due(session)
    uow.commit()
    return item.id


def _load(session: Session, recurring_id: int) -> RecurringExpense:
    item = session.get(RecurringExpense, recurring_id)
    if item is None:
        raise NotFound(translate("Budget", "This recurring expense no longer exists."))
    return item


def update_recurring(
    uow: UnitOfWork, user: CurrentUser, recurring_id: int, data: RecurringInput
) -> None:
    """Changes apply to occurrences not generated yet."""
    require(user, Permission.WRITE)
    session = uow.session
    item = _load(session, recurring_id)
    amount = _check(session, data)
    _apply(session, item, data, amount)
    generate_due(session)
    uow.commit()


def stop_recurring(uow: UnitOfWork, user: CurrentUser, recurring_id: int) -> None:
    """No more occurrences after today; those generated stay."""
    require(user, Permission.WRITE)
    item = _load(uow.session, recurring_id)
    item.active = False
    item.ends_on = min(item.ends_on or clock.today(), clock.today())
    uow.commit()


def recurring_input(session: Session, recurring_id: int) -> RecurringInput:
    item = _load(session, recurring_id)
    vendor = session.get(Vendor, item.vendor_id) if item.vendor_id else None
    return RecurringInput(
        item.category_id,
        item.amount,
        item.day,
        item.starts_on,
        item.ends_on,
        vendor.name if vendor else "",
        item.note,
    )


def list_recurring(session: Session) -> list[RecurringRow]:
    stmt = (
        select(RecurringExpense, BudgetCategory, Vendor.name)
        .join(BudgetCategory, BudgetCategory.id == RecurringExpense.category_id)
        .outerjoin(Vendor, Vendor.id == RecurringExpense.vendor_id)
        .order_by(RecurringExpense.active.desc(), RecurringExpense.day, RecurringExpense.id)
    )
    return [
        RecurringRow(
            r.id,
            r.category_id,
            category_name(c.name, c.name_en),
            vendor or "",
            r.amount,
            r.day,
            r.starts_on,
            r.ends_on,
            r.note,
            r.active,
            r.version,
        )
        for r, c, vendor in session.execute(stmt)
    ]
