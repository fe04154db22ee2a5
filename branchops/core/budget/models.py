"""Budget against actual spending (§6, 预算管理): categories with their over-budget policy,
fiscal-year budgets in versions, expenses with vendors, and recurring expenses.

Budget lines hold calendar months (the first day of the month), so a fiscal year is simply the
twelve months from the branch's fiscal-year start month; a version is a whole copy of one fiscal
year's grid. The original (version 1) is never changed: every later save is a revision with a
reason. Money is ``Money`` (integer cents in the database, ``Decimal`` in Python).
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from branchops.db.base import Base
from branchops.db.types import Money, enum_column
from branchops.db.versioned import Versioned


class Policy(enum.StrEnum):
    """What happens when an expense goes over a budget (as ERPNext offers)."""

    STOP = "stop"  # refused; a manager may override with a reason
    WARN = "warn"  # saved after a warning
    IGNORE = "ignore"


class ExpenseStatus(enum.StrEnum):
    PLANNED = "planned"  # generated from a recurring expense, not yet confirmed
    CONFIRMED = "confirmed"


class BudgetCategory(Versioned, Base):
    __tablename__ = "budget_category"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    name_en: Mapped[str] = mapped_column(String(64), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    policy_annual: Mapped[Policy] = mapped_column(enum_column(Policy), default=Policy.STOP)
    policy_monthly: Mapped[Policy] = mapped_column(enum_column(Policy), default=Policy.WARN)
    threshold_pct: Mapped[int] = mapped_column(Integer, default=90)
    carry_forward: Mapped[bool] = mapped_column(Boolean, default=True)
    expected_monthly: Mapped[bool] = mapped_column(Boolean, default=False)


class BudgetYear(Base):
    """A fiscal year's state: a closed year takes no more expenses or revisions."""

    __tablename__ = "budget_year"

    fiscal_year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(64), default="")


class BudgetVersion(Base):
    __tablename__ = "budget_version"
    __table_args__ = (
        UniqueConstraint("fiscal_year", "number", name="uq_budget_version_year_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1 is the original
    reason: Mapped[str] = mapped_column(Text, default="")
    revised_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16), default="typed")  # typed / import
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class BudgetLine(Versioned, Base):
    __tablename__ = "budget_line"
    __table_args__ = (
        UniqueConstraint("version_id", "category_id", "month", name="uq_budget_line_cell"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("budget_version.id"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("budget_category.id"))
    month: Mapped[date] = mapped_column(Date)  # the first day of the calendar month
    amount: Mapped[Decimal] = mapped_column(Money)


class Vendor(Base):
    __tablename__ = "vendor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    name_key: Mapped[str] = mapped_column(String(128), unique=True)  # normalised for matching


class RecurringExpense(Versioned, Base):
    """Rent, utilities …: one planned expense a month on ``day`` from ``starts_on`` until
    ``ends_on``; generated when due and confirmed by a person."""

    __tablename__ = "recurring_expense"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("budget_category.id"))
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendor.id"), nullable=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    day: Mapped[int] = mapped_column(Integer)  # 1–31, the month's last day when shorter
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    generated_through: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class Expense(Versioned, Base):
    __tablename__ = "expense"
    __table_args__ = (
        UniqueConstraint("vendor_id", "invoice_no", name="uq_expense_vendor_invoice"),
        UniqueConstraint("recurring_id", "spent_on", name="uq_expense_recurring_day"),
        Index("ix_expense_category_day", "category_id", "spent_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    spent_on: Mapped[date] = mapped_column(Date, index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("budget_category.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    vendor_id: Mapped[int | None] = mapped_column(
        ForeignKey("vendor.id"), nullable=True, index=True
    )
    invoice_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ExpenseStatus] = mapped_column(
        enum_column(ExpenseStatus), default=ExpenseStatus.CONFIRMED, index=True
    )
    recurring_id: Mapped[int | None] = mapped_column(
        ForeignKey("recurring_expense.id"), nullable=True
    )
    attachment_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    attachment_ext: Mapped[str] = mapped_column(String(16), default="")
    attachment_name: Mapped[str] = mapped_column(String(255), default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")
