"""The budget-allocation and expense imports, through the budget area's own services and rules.

- Budget (HQ's allocation workbook): one row per fiscal year and category, with the yearly
  amount, the twelve calendar-month amounts, or both (then they must agree to the cent). A year
  that has a budget already gets a revision, which needs the reason column; the categories the
  file leaves out keep their current amounts.
- Expenses: one row per expense, checked like the expense form, and against the over-budget
  policy row after row in file order: a row over a "stop" budget rejects the file, naming it.
All or nothing, one transaction; problems come back with file, sheet, row and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.budget.categories import category_names, match_category
from branchops.core.budget.expenses import (
    ExpenseInput,
    closed_years,
    validate_expense,
)
from branchops.core.budget.facts import CURRENT, pick_version
from branchops.core.budget.fiscal import MONTHS, FiscalYear, start_month
from branchops.core.budget.labels import category_name
from branchops.core.budget.ledger import Ledgers
from branchops.core.budget.models import BudgetCategory, Expense, ExpenseStatus
from branchops.core.budget.money import ZERO, format_money, read_amount, spread
from branchops.core.budget.policy import Level, Rules, assess
from branchops.core.budget.service import BudgetInput, NothingChanged, write_budget
from branchops.core.budget.vendors import vendor_for, vendor_key
from branchops.core.errors import FieldProblem, Problems, UserError, ValidationError
from branchops.core.imports.common import ImportSummary, RowRef, row_problem
from branchops.core.period import Month
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MONTH_KEYS = tuple(f"m{n:02d}" for n in range(1, 13))  # calendar months, January first
MAX_NOTES = 10


@dataclass(frozen=True)
class BudgetImportRow:
    ref: RowRef
    fiscal_year: int | None
    category: str
    annual: Decimal | None = None
    months: tuple[Decimal | None, ...] = (None,) * 12  # calendar months, January first
    reason: str = ""


@dataclass(frozen=True)
class ExpenseImportRow:
    ref: RowRef
    spent_on: date | None
    category: str
    amount: Decimal | None
    vendor: str = ""
    invoice_no: str = ""
    note: str = ""


def _unknown_category(session: Session, ref: RowRef, text: str) -> FieldProblem:
    return row_problem(
        ref,
        "category",
        text,
        translate("Import", "unknown cost category; use one of: {names}.").format(
            names=category_names(session)
        ),
    )


def _amounts(
    row: BudgetImportRow, year: FiscalYear, problems: list[FieldProblem]
) -> list[Decimal] | None:
    """The row's twelve fiscal-month amounts, or None (with problems) when they are wrong."""
    local = Problems()
    label = translate("Import", "amount")
    cells: list[Decimal | None] = [None] * MONTHS
    for calendar_index, value in enumerate(row.months):
        if value is not None:
            fiscal_index = (calendar_index + 1 - year.start) % MONTHS
            cells[fiscal_index] = read_amount(
                value, MONTH_KEYS[calendar_index], label, local, allow_zero=True
            )
    annual = None
    if row.annual is not None:
        annual = read_amount(row.annual, "annual", label, local, allow_zero=True)
    for problem in local.items:
        problems.append(row_problem(row.ref, problem.field, None, problem.message))
    if local.items:
        return None
    if all(v is None for v in row.months):
        if annual is None:
            problems.append(
                row_problem(
                    row.ref,
                    "annual",
                    None,
                    translate("Import", "give the yearly amount or the twelve monthly amounts."),
                )
            )
            return None
        return spread(annual, [Decimal(1)] * MONTHS)
    months = [v if v is not None else ZERO for v in cells]
    if annual is not None and sum(months, ZERO) != annual:
        problems.append(
            row_problem(
                row.ref,
                "annual",
                format_money(annual),
                translate(
                    "Import", "the monthly amounts add up to {sum}, not to the yearly amount."
                ).format(sum=format_money(sum(months, ZERO))),
            )
        )
        return None
    return months


def _map_problem(
    error_field: str,
    rows: dict[int, BudgetImportRow],
    first: BudgetImportRow,
    year: FiscalYear,
    message: str,
) -> FieldProblem:
    if error_field.startswith("amounts["):
        parts = error_field.replace("]", "").split("[")
        row = rows.get(int(parts[1]), first)
        if len(parts) > 2:
            calendar_month = year.months[int(parts[2])].month
            return row_problem(row.ref, MONTH_KEYS[calendar_month - 1], None, message)
        return row_problem(row.ref, "category", None, message)
    return row_problem(first.ref, "reason" if error_field == "reason" else "", None, message)


def import_budget(
    uow: UnitOfWork, user: CurrentUser, rows: list[BudgetImportRow], *, dry_run: bool = False
) -> ImportSummary:
    require(user, Permission.APPROVE)
    session = uow.session
    start = start_month(session)
    problems: list[FieldProblem] = []
    years: dict[int, dict[int, tuple[BudgetImportRow, list[Decimal]]]] = {}
    for row in rows:
        if row.fiscal_year is None:
            continue  # the parser has said so already
        category = match_category(session, row.category)
        if category is None:
            problems.append(_unknown_category(session, row.ref, row.category))
            continue
        year = FiscalYear(row.fiscal_year, start)
        amounts = _amounts(row, year, problems)
        if amounts is not None:
            years.setdefault(row.fiscal_year, {})[category.id] = (row, amounts)
    created = updated = unchanged = 0
    notes: list[str] = []
    for fiscal_year, by_category in sorted(years.items()):
        year = FiscalYear(fiscal_year, start)
        placed = {cid: row for cid, (row, _) in by_category.items()}
        first = min(placed.values(), key=lambda r: r.ref.row)
        reason = next(
            (
                r.reason
                for r in sorted(placed.values(), key=lambda r: r.ref.row)
                if r.reason.strip()
            ),
            "",
        )
        existed = pick_version(session, fiscal_year, CURRENT) is not None
        data = BudgetInput(
            fiscal_year,
            {cid: amounts for cid, (_, amounts) in by_category.items()},
            reason,
            source="import",
        )
        try:
            version = write_budget(session, user, data)
        except NothingChanged:
            unchanged += len(by_category)
            continue
        except ValidationError as error:
            problems.extend(
                _map_problem(p.field, placed, first, year, p.message) for p in error.problems
            )
            continue
        except UserError as error:
            problems.append(row_problem(first.ref, "fiscal_year", fiscal_year, str(error)))
            continue
        if existed:
            updated += len(by_category)
        else:
            created += len(by_category)
        notes.append(
            translate("Import", "{year}: budget version {number} saved.").format(
                year=year.label, number=version.number
            )
        )
    if problems:
        raise ValidationError(problems)
    return _finish(uow, ImportSummary(created, updated, unchanged, tuple(notes), dry_run))


def _finish(uow: UnitOfWork, summary: ImportSummary) -> ImportSummary:
    uow.session.flush()
    if summary.dry_run:
        uow.rollback()
    else:
        uow.commit()
    return summary


_EXPENSE_COLUMNS = {
    "spent_on": "date",
    "category": "category",
    "amount": "amount",
    "vendor": "vendor",
    "invoice_no": "invoice_no",
    "note": "note",
}


def _rules(category: BudgetCategory) -> Rules:
    return Rules(
        category_name(category.name, category.name_en),
        category.policy_annual,
        category.policy_monthly,
        category.threshold_pct,
        category.carry_forward,
    )


def import_expenses(
    uow: UnitOfWork, user: CurrentUser, rows: list[ExpenseImportRow], *, dry_run: bool = False
) -> ImportSummary:
    require(user, Permission.WRITE)
    session = uow.session
    start, closed = start_month(session), closed_years(session)
    ledgers = Ledgers(session, start)
    problems: list[FieldProblem] = []
    notes: list[str] = []
    invoices: dict[tuple[str, str], int] = {}
    accepted = []
    for row in rows:
        category = match_category(session, row.category)
        if category is None:
            problems.append(_unknown_category(session, row.ref, row.category))
            continue
        data = ExpenseInput(
            row.spent_on, category.id, row.amount, row.vendor, row.invoice_no, row.note
        )
        try:
            checked = validate_expense(session, data, start=start, closed=closed)
        except ValidationError as error:
            problems.extend(
                row_problem(row.ref, _EXPENSE_COLUMNS.get(p.field, ""), None, p.message)
                for p in error.problems
            )
            continue
        if checked.invoice_no:
            key = (vendor_key(checked.vendor), checked.invoice_no.casefold())
            if key in invoices:
                problems.append(
                    row_problem(
                        row.ref,
                        "invoice_no",
                        checked.invoice_no,
                        translate(
                            "Import", "the same invoice of the same vendor is on row {row}."
                        ).format(row=invoices[key]),
                    )
                )
                continue
            invoices[key] = row.ref.row
        month = Month.of(checked.spent_on)
        ledger = ledgers.get(category.id, month)
        for finding in assess(_rules(category), ledger, month, checked.amount):
            if finding.level is Level.STOP:
                problems.append(row_problem(row.ref, "amount", None, finding.message))
            elif finding.level is Level.WARN and len(notes) < MAX_NOTES:
                notes.append(
                    translate("Import", "Row {row}: {message}").format(
                        row=row.ref.row, message=finding.message
                    )
                )
        ledger.add(month, checked.amount)
        accepted.append(checked)
    if problems:
        raise ValidationError(problems)
    vendors: dict[str, int | None] = {}
    for checked in accepted:
        name_key = vendor_key(checked.vendor)
        if name_key not in vendors:
            found = vendor_for(session, checked.vendor)
            vendors[name_key] = found.id if found else None
    now = clock.now().replace(microsecond=0)
    session.add_all(
        Expense(
            spent_on=c.spent_on,
            category_id=c.category.id,
            amount=c.amount,
            vendor_id=vendors[vendor_key(c.vendor)],
            invoice_no=c.invoice_no,
            note=c.note,
            status=ExpenseStatus.CONFIRMED,
            created_at=now,
            created_by=user.username,
        )
        for c in accepted
    )
    return _finish(uow, ImportSummary(len(accepted), 0, 0, tuple(notes), dry_run))
