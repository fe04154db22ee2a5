"""The expense list: one page of plain rows, sorted and filtered in SQL, and its count.

Filters (``ListQuery.filters``): ``first`` / ``last`` (dates), ``category_id``, ``status``
(``planned`` / ``confirmed``), ``vendor_id``, ``overridden`` (True: only expenses a manager let
through a stop budget), ``recurring`` (True: only those from a recurring expense).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from branchops.core.budget.labels import category_name, status_label
from branchops.core.budget.models import BudgetCategory, Expense, ExpenseStatus, Vendor
from branchops.core.errors import NotFound
from branchops.core.listing import (
    LIKE_ESCAPE,
    ListQuery,
    apply_paging,
    contains_pattern,
    count_rows,
)
from branchops.i18n import translate


@dataclass(frozen=True)
class ExpenseRow:
    id: int
    spent_on: date
    category_id: int
    category: str
    amount: Decimal
    vendor: str
    invoice_no: str
    note: str
    status: ExpenseStatus
    status_label: str
    planned: bool
    attachment: str  # the attached file's original name, "" for none
    overridden: bool
    override_reason: str
    recurring_id: int | None
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


@dataclass(frozen=True)
class ExpenseDetail:
    row: ExpenseRow
    attachment_sha256: str | None
    attachment_ext: str
    override_by: str
    created_by: str


def _base(query: ListQuery) -> Select:
    f = query.filters
    stmt = (
        select(Expense, BudgetCategory.name, BudgetCategory.name_en, Vendor.name)
        .join(BudgetCategory, BudgetCategory.id == Expense.category_id)
        .outerjoin(Vendor, Vendor.id == Expense.vendor_id)
    )
    if f.get("first"):
        stmt = stmt.where(Expense.spent_on >= f["first"])
    if f.get("last"):
        stmt = stmt.where(Expense.spent_on <= f["last"])
    if f.get("category_id"):
        stmt = stmt.where(Expense.category_id == f["category_id"])
    if f.get("status"):
        stmt = stmt.where(Expense.status == ExpenseStatus(f["status"]))
    if f.get("vendor_id"):
        stmt = stmt.where(Expense.vendor_id == f["vendor_id"])
    if f.get("overridden"):
        stmt = stmt.where(Expense.override_reason != "")
    if f.get("recurring"):
        stmt = stmt.where(Expense.recurring_id.is_not(None))
    text = query.search.strip()
    if text:
        pattern = contains_pattern(text)
        stmt = stmt.where(
            or_(
                Vendor.name.ilike(pattern, escape=LIKE_ESCAPE),
                Expense.invoice_no.ilike(pattern, escape=LIKE_ESCAPE),
                Expense.note.ilike(pattern, escape=LIKE_ESCAPE),
                BudgetCategory.name.ilike(pattern, escape=LIKE_ESCAPE),
            )
        )
    return stmt


SORTABLE = {
    "spent_on": Expense.spent_on,
    "category": BudgetCategory.sort_order,
    "amount": Expense.amount,
    "vendor": Vendor.name,
    "invoice_no": Expense.invoice_no,
    "note": Expense.note,
    "status_label": Expense.status,
    "attachment": Expense.attachment_name,
    "overridden": Expense.override_reason,
}


def _row(expense: Expense, name: str, name_en: str, vendor: str | None) -> ExpenseRow:
    return ExpenseRow(
        id=expense.id,
        spent_on=expense.spent_on,
        category_id=expense.category_id,
        category=category_name(name, name_en),
        amount=expense.amount,
        vendor=vendor or "",
        invoice_no=expense.invoice_no or "",
        note=expense.note,
        status=expense.status,
        status_label=status_label(expense.status),
        planned=expense.status is ExpenseStatus.PLANNED,
        attachment=expense.attachment_name if expense.attachment_sha256 else "",
        overridden=bool(expense.override_reason),
        override_reason=expense.override_reason,
        recurring_id=expense.recurring_id,
        record_version=expense.version,
    )


def list_expenses(session: Session, query: ListQuery) -> list[ExpenseRow]:
    if query.sort_key is None:  # newest first
        stmt = _base(query).order_by(Expense.spent_on.desc(), Expense.id.desc())
        stmt = stmt.offset(query.offset)
        stmt = stmt.limit(query.limit) if query.limit is not None else stmt
    else:
        stmt = apply_paging(_base(query), query, SORTABLE, Expense.id)
    return [_row(*r) for r in session.execute(stmt)]


def count_expenses(session: Session, query: ListQuery) -> int:
    return count_rows(session, _base(query))


def load_expense(session: Session, expense_id: int) -> ExpenseDetail:
    found = session.execute(_base(ListQuery()).where(Expense.id == expense_id)).first()
    if found is None:
        raise NotFound(translate("Budget", "This expense no longer exists."))
    expense = found[0]
    return ExpenseDetail(
        _row(*found),
        expense.attachment_sha256,
        expense.attachment_ext,
        expense.override_by,
        expense.created_by,
    )
