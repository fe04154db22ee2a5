"""Import kinds ``budget`` (HQ's budget allocation, 预算分配) and ``expenses`` (实际支出).

Amounts are read as numbers and handed to the budget area as exact decimals (the shortest text
of the number, so 1234.56 stays 1234.56); the budget area checks decimals and limits.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from branchops.core.budget.defaults import DEFAULT_CATEGORIES
from branchops.core.budget.imports import (
    MONTH_KEYS,
    BudgetImportRow,
    ExpenseImportRow,
    import_budget,
    import_expenses,
)
from branchops.core.budget.labels import DEFAULT_CATEGORY_TITLES
from branchops.core.imports.common import RowRef
from branchops.excel.imports.spec import ChoiceSpec, ColumnSpec, ImportKind, ValueType
from branchops.i18n import QT_TRANSLATE_NOOP

MAX_AMOUNT = 100_000_000
MONTH_TITLES = (
    QT_TRANSLATE_NOOP("Import", "January"),
    QT_TRANSLATE_NOOP("Import", "February"),
    QT_TRANSLATE_NOOP("Import", "March"),
    QT_TRANSLATE_NOOP("Import", "April"),
    QT_TRANSLATE_NOOP("Import", "May"),
    QT_TRANSLATE_NOOP("Import", "June"),
    QT_TRANSLATE_NOOP("Import", "July"),
    QT_TRANSLATE_NOOP("Import", "August"),
    QT_TRANSLATE_NOOP("Import", "September"),
    QT_TRANSLATE_NOOP("Import", "October"),
    QT_TRANSLATE_NOOP("Import", "November"),
    QT_TRANSLATE_NOOP("Import", "December"),
)
MONTH_ALIASES = tuple((f"{n}月", f"{n:02d}月", f"{n}月份", f"m{n}", f"{n}") for n in range(1, 13))


def exact(value: Any) -> Decimal | None:
    """A parsed number as the decimal it was written as (``repr`` of a float is shortest)."""
    if value is None:
        return None
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _money(key: str, title: str, aliases: tuple[str, ...], **extra: Any) -> ColumnSpec:
    return ColumnSpec(
        key,
        title,
        ValueType.NUMBER,
        aliases=aliases,
        minimum=0,
        maximum=MAX_AMOUNT,
        width=13,
        **extra,
    )


_CATEGORY = ColumnSpec(
    "category",
    QT_TRANSLATE_NOOP("Import", "Cost category"),
    ValueType.CHOICE,
    choices=tuple(
        ChoiceSpec(c.code, "Budget", DEFAULT_CATEGORY_TITLES[c.code], (c.name, c.name_en))
        for c in DEFAULT_CATEGORIES
    ),
    open_choices=True,  # categories the branch added or renamed are checked by the budget area
    required=True,
    aliases=("费用类别", "预算类别", "类别", "科目", "费用科目", "category"),
    example="营销",
    max_length=64,
    help=QT_TRANSLATE_NOOP(
        "Import",
        "One from the list, or as named on the Budget page for a category added there.",
    ),
)

BUDGET_COLUMNS = (
    ColumnSpec(
        "fiscal_year",
        QT_TRANSLATE_NOOP("Import", "Fiscal year"),
        ValueType.INT,
        required=True,
        aliases=("财年", "年度", "预算年度", "fiscal year"),
        minimum=2000,
        maximum=2100,
        example=2026,
        width=9,
        help=QT_TRANSLATE_NOOP("Import", "The calendar year the fiscal year starts in, e.g. 2026."),
    ),
    _CATEGORY,
    _money(
        "annual",
        QT_TRANSLATE_NOOP("Import", "Yearly amount"),
        ("年度预算", "全年预算", "年度金额", "合计", "全年"),
        example=120000,
        help=QT_TRANSLATE_NOOP(
            "Import", "Alone: spread equally over the months. With monthly amounts: their total."
        ),
    ),
    *(
        _money(key, title, aliases)
        for key, title, aliases in zip(MONTH_KEYS, MONTH_TITLES, MONTH_ALIASES, strict=True)
    ),
    ColumnSpec(
        "reason",
        QT_TRANSLATE_NOOP("Import", "Reason for revision"),
        aliases=("修订原因", "调整原因", "调整说明", "reason"),
        max_length=1000,
        width=30,
        help=QT_TRANSLATE_NOOP(
            "Import", "Required when the fiscal year has a budget already (on any of its rows)."
        ),
    ),
)


def make_budget_row(ref: RowRef, values: dict[str, Any]) -> BudgetImportRow:
    return BudgetImportRow(
        ref=ref,
        fiscal_year=values.get("fiscal_year"),
        category=values.get("category") or "",
        annual=exact(values.get("annual")),
        months=tuple(exact(values.get(key)) for key in MONTH_KEYS),
        reason=values.get("reason") or "",
    )


BUDGET_KIND = ImportKind(
    key="budget",
    title=QT_TRANSLATE_NOOP("Import", "Budget allocation"),
    sheet=QT_TRANSLATE_NOOP("Import", "Budget"),
    sheet_aliases=("预算", "预算分配", "预算分配表", "费用预算"),
    columns=BUDGET_COLUMNS,
    unique=("fiscal_year", "category"),
    notes=(
        QT_TRANSLATE_NOOP(
            "Import",
            "One row per fiscal year and cost category. The month columns are calendar months: "
            "with a fiscal year starting in April, January to March belong to the next calendar "
            "year.",
        ),
        QT_TRANSLATE_NOOP(
            "Import",
            "The first import of a fiscal year is its original budget; a later one is a "
            "revision (the original is kept) and needs a reason. Categories left out keep their "
            "amounts.",
        ),
    ),
    commit=import_budget,
    make_row=make_budget_row,
)

EXPENSE_COLUMNS = (
    ColumnSpec(
        "date",
        QT_TRANSLATE_NOOP("Import", "Date"),
        ValueType.DATE,
        required=True,
        aliases=("日期", "支出日期", "发生日期", "date"),
        example=date(2026, 3, 18),
        width=12,
    ),
    _CATEGORY,
    _money(
        "amount",
        QT_TRANSLATE_NOOP("Import", "Amount (CNY)"),
        ("金额", "金额（元）", "金额(元)", "支出金额", "amount"),
        required=True,
        example=1280.5,
        help=QT_TRANSLATE_NOOP("Import", "Yuan with at most two decimals, more than 0."),
    ),
    ColumnSpec(
        "vendor",
        QT_TRANSLATE_NOOP("Import", "Vendor"),
        aliases=("供应商", "收款方", "收款单位", "vendor"),
        max_length=128,
        example="晨光文具店",
        width=24,
    ),
    ColumnSpec(
        "invoice_no",
        QT_TRANSLATE_NOOP("Import", "Invoice no."),
        aliases=("发票号", "发票号码", "发票编号", "invoice"),
        max_length=64,
        example="04512876",
        help=QT_TRANSLATE_NOOP("Import", "Unique per vendor; needs the vendor."),
        width=14,
    ),
    ColumnSpec(
        "note",
        QT_TRANSLATE_NOOP("Import", "Note"),
        aliases=("备注", "摘要", "说明", "用途"),
        max_length=1000,
        example="打印纸 20 箱",
        width=30,
    ),
)


def make_expense_row(ref: RowRef, values: dict[str, Any]) -> ExpenseImportRow:
    return ExpenseImportRow(
        ref=ref,
        spent_on=values.get("date"),
        category=values.get("category") or "",
        amount=exact(values.get("amount")),
        vendor=values.get("vendor") or "",
        invoice_no=str(values.get("invoice_no") or ""),
        note=values.get("note") or "",
    )


EXPENSES_KIND = ImportKind(
    key="expenses",
    title=QT_TRANSLATE_NOOP("Import", "Expenses"),
    sheet=QT_TRANSLATE_NOOP("Import", "Expenses"),
    sheet_aliases=("实际支出", "支出", "费用明细", "支出明细"),
    columns=EXPENSE_COLUMNS,
    unique=("vendor", "invoice_no"),
    notes=(
        QT_TRANSLATE_NOOP(
            "Import",
            "One row per expense. Each is checked against its category's over-budget policy in "
            "the order of the rows: a row over a “stop” budget rejects the file (a manager can "
            "enter such an expense with a reason on the Budget page).",
        ),
    ),
    commit=import_expenses,
    make_row=make_expense_row,
)

KINDS = (BUDGET_KIND, EXPENSES_KIND)
