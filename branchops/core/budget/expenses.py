"""Expenses (实际支出): record, edit, confirm a planned one, delete — each checked against the
category's over-budget policy (see ``policy.py``).

"Stop" refuses the expense with a message saying by how much and against which budget; a
manager may override it with a reason, which is recorded on the expense (and in the audit log).
A planned expense (from a recurring one) is confirmed by saving it; only then is it checked and
counted. Invoice numbers are unique per vendor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.budget.attachments import store_attachment
from branchops.core.budget.fiscal import FiscalYear, start_month
from branchops.core.budget.labels import category_name
from branchops.core.budget.ledger import Ledgers
from branchops.core.budget.models import BudgetCategory, BudgetYear, Expense, ExpenseStatus
from branchops.core.budget.money import format_money, read_amount
from branchops.core.budget.policy import Finding, Rules, assess, stops
from branchops.core.budget.vendors import clean_name, find_vendor, vendor_for, vendor_key
from branchops.core.errors import FieldProblem, NotFound, Problems, UserError, ValidationError
from branchops.core.period import Month
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MAX_INVOICE = 64
MAX_NOTE = 1000


@dataclass
class ExpenseInput:
    spent_on: date | None
    category_id: int | None
    amount: Decimal | str | None
    vendor: str = ""
    invoice_no: str = ""
    note: str = ""
    attachment: Path | None = None  # a file to attach (copied into the data folder)
    remove_attachment: bool = False


@dataclass(frozen=True)
class CheckedExpense:
    spent_on: date
    category: BudgetCategory
    amount: Decimal
    vendor: str
    invoice_no: str | None
    note: str

    @property
    def month(self) -> Month:
        return Month.of(self.spent_on)


class BudgetRefused(ValidationError):
    """Over a "stop" budget without a manager's override; the problems are at ``amount``."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__([FieldProblem("amount", f.message) for f in findings])


def closed_years(session: Session) -> set[int]:
    return set(session.scalars(select(BudgetYear.fiscal_year).where(BudgetYear.closed.is_(True))))


def closed_message(year: FiscalYear) -> str:
    return translate(
        "Budget", "{year} is closed: its expenses and budget can no longer be changed."
    ).format(year=year.label)


def duplicate_invoice(
    session: Session, vendor: str, invoice_no: str, expense_id: int | None
) -> Expense | None:
    found = find_vendor(session, vendor)
    if found is None:
        return None
    stmt = select(Expense).where(Expense.vendor_id == found.id, Expense.invoice_no == invoice_no)
    if expense_id is not None:
        stmt = stmt.where(Expense.id != expense_id)
    return session.scalars(stmt.limit(1)).first()


def validate_expense(
    session: Session,
    data: ExpenseInput,
    expense_id: int | None = None,
    today: date | None = None,
    *,
    start: int | None = None,
    closed: set[int] | None = None,
    kept_category: int | None = None,
) -> CheckedExpense:
    """Checks every field (raising one ValidationError naming each); no policy check here."""
    today = today or clock.today()
    start = start if start is not None else start_month(session)
    closed = closed if closed is not None else closed_years(session)
    problems = Problems()
    if data.spent_on is None:
        problems.add("spent_on", translate("Budget", "Choose the date of the expense."))
    elif data.spent_on > today:
        problems.add(
            "spent_on",
            translate(
                "Budget", "The date {date} is after today; record an expense once it is spent."
            ).format(date=data.spent_on.isoformat()),
        )
    elif FiscalYear.of(data.spent_on, start).year in closed:
        problems.add("spent_on", closed_message(FiscalYear.of(data.spent_on, start)))
    category = session.get(BudgetCategory, data.category_id) if data.category_id else None
    if category is None:
        problems.add("category", translate("Budget", "Choose the cost category."))
    elif not category.active and category.id != kept_category:
        problems.add(
            "category",
            translate("Budget", "The category {name} is no longer in use; choose another.").format(
                name=category_name(category.name, category.name_en)
            ),
        )
    amount = read_amount(data.amount, "amount", translate("Budget", "Amount"), problems)
    vendor = clean_name(data.vendor)
    invoice = " ".join(data.invoice_no.split())
    if len(invoice) > MAX_INVOICE:
        problems.add(
            "invoice_no",
            translate("Budget", "An invoice no. has at most {limit} characters.").format(
                limit=MAX_INVOICE
            ),
        )
    elif invoice and not vendor_key(vendor):
        problems.add(
            "vendor",
            translate("Budget", "Enter the vendor who issued invoice {no}.").format(no=invoice),
        )
    elif invoice:
        other = duplicate_invoice(session, vendor, invoice, expense_id)
        if other is not None:
            problems.add(
                "invoice_no",
                translate(
                    "Budget",
                    "Invoice no. {no} of {vendor} is already recorded (expense of {date}, "
                    "{amount}); an invoice is entered once.",
                ).format(
                    no=invoice,
                    vendor=vendor,
                    date=other.spent_on.isoformat(),
                    amount=format_money(other.amount),
                ),
            )
    if len(data.note) > MAX_NOTE:
        problems.add(
            "note",
            translate("Budget", "The note has at most {limit} characters.").format(limit=MAX_NOTE),
        )
    problems.raise_if_any()
    assert data.spent_on is not None and category is not None and amount is not None
    return CheckedExpense(
        data.spent_on, category, amount, vendor, invoice or None, data.note.strip()
    )


def findings_for(
    session: Session, checked: CheckedExpense, expense_id: int | None = None
) -> list[Finding]:
    ledgers = Ledgers(session, start_month(session)).without(expense_id)
    rules = _rules(checked.category)
    return assess(
        rules, ledgers.get(checked.category.id, checked.month), checked.month, checked.amount
    )


def _rules(category: BudgetCategory) -> Rules:
    return Rules(
        category_name(category.name, category.name_en),
        category.policy_annual,
        category.policy_monthly,
        category.threshold_pct,
        category.carry_forward,
    )


def check_expense(
    session: Session, data: ExpenseInput, expense_id: int | None = None
) -> list[Finding]:
    """What saving would say: field problems raise; budget findings are returned, worst first."""
    kept = _kept_category(session, expense_id)
    checked = validate_expense(session, data, expense_id, kept_category=kept)
    return findings_for(session, checked, expense_id)


def _kept_category(session: Session, expense_id: int | None) -> int | None:
    if expense_id is None:
        return None
    expense = session.get(Expense, expense_id)
    return expense.category_id if expense is not None else None


def check_override(user: CurrentUser, findings: list[Finding], reason: str) -> str:
    """The override reason to record ("" when nothing is over a stop budget); raises when an
    expense over a stop budget has no reason or the user may not override."""
    refused = stops(findings)
    if not refused:
        return ""
    if not reason.strip():
        raise BudgetRefused(refused)
    if not user.allowed(Permission.MANAGE):
        raise UserError(
            translate(
                "Budget",
                "Only a manager may override a stop budget. {problem}",
            ).format(problem=refused[0].message)
        )
    return reason.strip()


def _load(session: Session, expense_id: int) -> Expense:
    expense = session.get(Expense, expense_id)
    if expense is None:
        raise NotFound(translate("Budget", "This expense no longer exists."))
    return expense


def _ensure_open_year(session: Session, day: date) -> None:
    year = FiscalYear.of(day, start_month(session))
    if year.year in closed_years(session):
        raise UserError(closed_message(year))


def _store(
    expense: Expense,
    checked: CheckedExpense,
    data: ExpenseInput,
    session: Session,
    attachments: Path | None,
) -> None:
    vendor = vendor_for(session, checked.vendor)
    expense.spent_on = checked.spent_on
    expense.category_id = checked.category.id
    expense.amount = checked.amount
    expense.vendor_id = vendor.id if vendor else None
    expense.invoice_no = checked.invoice_no
    expense.note = checked.note
    if data.remove_attachment:
        expense.attachment_sha256, expense.attachment_ext, expense.attachment_name = None, "", ""
    if data.attachment is not None:
        if attachments is None:
            raise ValueError("an attachment needs the attachments folder")
        stored = store_attachment(attachments, data.attachment)
        expense.attachment_sha256 = stored.sha256
        expense.attachment_ext = stored.extension
        expense.attachment_name = stored.name


def record_expense(
    uow: UnitOfWork,
    user: CurrentUser,
    data: ExpenseInput,
    *,
    override_reason: str = "",
    attachments: Path | None = None,
) -> int:
    require(user, Permission.WRITE)
    session = uow.session
    checked = validate_expense(session, data)
    reason = check_override(user, findings_for(session, checked), override_reason)
    now = clock.now().replace(microsecond=0)
    expense = Expense(
        status=ExpenseStatus.CONFIRMED,
        created_at=now,
        created_by=user.username,
        override_reason=reason,
        override_by=user.username if reason else "",
    )
    _store(expense, checked, data, session, attachments)
    session.add(expense)
    session.flush()
    uow.commit()
    return expense.id


def update_expense(
    uow: UnitOfWork,
    user: CurrentUser,
    expense_id: int,
    data: ExpenseInput,
    *,
    override_reason: str = "",
    attachments: Path | None = None,
) -> None:
    """Save changes; a planned expense is confirmed by saving it."""
    require(user, Permission.WRITE)
    session = uow.session
    expense = _load(session, expense_id)
    _ensure_open_year(session, expense.spent_on)
    checked = validate_expense(session, data, expense_id, kept_category=expense.category_id)
    findings = findings_for(session, checked, expense_id)
    overridden = bool(expense.override_reason) and not override_reason.strip()
    no_more = checked.amount <= expense.amount and checked.category.id == expense.category_id
    if not (stops(findings) and overridden and no_more):  # else the recorded override stands
        reason = check_override(user, findings, override_reason)
        if reason:
            expense.override_reason, expense.override_by = reason, user.username
    expense.status = ExpenseStatus.CONFIRMED
    _store(expense, checked, data, session, attachments)
    uow.commit()


def delete_expense(uow: UnitOfWork, user: CurrentUser, expense_id: int) -> None:
    require(user, Permission.WRITE)
    expense = _load(uow.session, expense_id)
    _ensure_open_year(uow.session, expense.spent_on)
    uow.session.delete(expense)
    uow.commit()
