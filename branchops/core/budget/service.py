"""Budget writes: save a fiscal year's grid as the original or as a revision, spread a yearly
amount over months, and close or reopen a fiscal year.

The first save of a year is the original (version 1); every later save is a new version with a
reason, a date and who made it, so the original always stays. A closed year takes no revision.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.budget.expenses import closed_message, closed_years
from branchops.core.budget.facts import (
    CURRENT,
    VersionInfo,
    pick_version,
    spending,
    version_lines,
)
from branchops.core.budget.fiscal import MONTHS, FiscalYear, start_month
from branchops.core.budget.labels import category_name
from branchops.core.budget.models import (
    BudgetCategory,
    BudgetLine,
    BudgetVersion,
    BudgetYear,
    Expense,
)
from branchops.core.budget.money import ZERO, read_amount, read_shares, spread
from branchops.core.counters import serialise
from branchops.core.errors import ConflictError, Problems, UserError, ValidationError
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

MAX_REASON = 1000


class Distribution(enum.StrEnum):
    EQUAL = "equal"
    LAST_YEAR = "last_year"  # in proportion to last year's spending of the category
    SHARES = "shares"  # twelve typed percentages adding up to 100


@dataclass
class BudgetInput:
    fiscal_year: int
    # category id → twelve amounts (Decimal or typed text), fiscal month 1 first
    amounts: Mapping[int, Sequence[Decimal | str]] = field(default_factory=dict)
    reason: str = ""  # required for a revision
    source: str = "typed"
    # The number of the year's current version the grid showed (0: none yet); None: no check
    # (an import). Saving over a revision made since is refused.
    based_on: int | None = None


def month_weights(
    session: Session,
    year: FiscalYear,
    category_id: int,
    distribution: Distribution,
    shares: Sequence[Decimal | str] = (),
) -> list[Decimal]:
    """The weights of the twelve months; last year's spending falls back to equal."""
    if distribution is Distribution.SHARES:
        problems = Problems()
        weights = read_shares(list(shares), "shares", problems)
        if len(weights) != MONTHS:
            problems.add("shares", translate("Budget", "Give a share for each of the 12 months."))
        problems.raise_if_any()
        return weights
    if distribution is Distribution.LAST_YEAR:
        last = spending(session, year.previous).get(category_id)
        if last and sum(last, ZERO) > 0:
            return list(last)
    return [Decimal(1)] * MONTHS


def spread_amount(
    session: Session,
    year: FiscalYear,
    category_id: int,
    total: Decimal | str,
    distribution: Distribution = Distribution.EQUAL,
    shares: Sequence[Decimal | str] = (),
) -> list[Decimal]:
    """A yearly amount over the twelve months, summing to it to the cent."""
    problems = Problems()
    amount = read_amount(
        total, "total", translate("Budget", "Yearly amount"), problems, allow_zero=True
    )
    problems.raise_if_any()
    assert amount is not None
    return spread(amount, month_weights(session, year, category_id, distribution, shares))


def _grid(
    session: Session, data: BudgetInput, year: FiscalYear, current: VersionInfo | None
) -> dict[int, list[Decimal]]:
    grid = version_lines(session, current.id, year) if current else {}
    known = {c.id: c for c in session.scalars(select(BudgetCategory))}
    problems = Problems()
    for category_id, cells in data.amounts.items():
        category = known.get(category_id)
        if category is None:
            problems.add(
                "amounts", translate("Budget", "A category of the budget no longer exists.")
            )
            continue
        name = category_name(category.name, category.name_en)
        if len(cells) != MONTHS:
            problems.add(
                f"amounts[{category_id}]",
                translate("Budget", "{category}: give an amount for each of the 12 months.").format(
                    category=name
                ),
            )
            continue
        row = []
        for index, cell in enumerate(cells):
            label = translate("Budget", "{category}, {month}").format(
                category=name, month=year.months[index]
            )
            value = read_amount(
                cell, f"amounts[{category_id}][{index}]", label, problems, allow_zero=True
            )
            row.append(value if value is not None else ZERO)
        grid[category_id] = row
    problems.raise_if_any()
    return grid


def check_cells(session: Session, data: BudgetInput) -> None:
    """Raise the problems of the typed amounts (each at ``amounts[category][month]``) without
    saving: the grid marks them before asking for a revision's reason."""
    year = FiscalYear(data.fiscal_year, start_month(session))
    _grid(session, data, year, pick_version(session, year.year, CURRENT))


class NothingChanged(UserError):
    def __init__(self) -> None:
        super().__init__(
            translate("Budget", "Nothing changed against the current version; nothing was saved.")
        )


def save_budget(uow: UnitOfWork, user: CurrentUser, data: BudgetInput) -> VersionInfo:
    """Save the year's budget: the original the first time, a revision (with a reason) after."""
    info = write_budget(uow.session, user, data)
    uow.commit()
    return info


def write_budget(session: Session, user: CurrentUser, data: BudgetInput) -> VersionInfo:
    """``save_budget`` without the commit (the budget import saves several years in one)."""
    require(user, Permission.APPROVE)
    year = FiscalYear(data.fiscal_year, start_month(session))
    if year.year in closed_years(session):
        raise UserError(closed_message(year))
    serialise(session, "budget_version")
    current = pick_version(session, year.year, CURRENT)
    if data.based_on is not None and data.based_on != (current.number if current else 0):
        raise _revised_meanwhile(session, year, current)
    reason = data.reason.strip()
    problems = Problems()
    if current is not None and not reason:
        problems.add(
            "reason",
            translate(
                "Budget",
                "{year} has a budget already: say why it is revised (the original is kept).",
            ).format(year=year.label),
        )
    elif len(reason) > MAX_REASON:
        problems.add(
            "reason",
            translate("Budget", "The reason has at most {limit} characters.").format(
                limit=MAX_REASON
            ),
        )
    try:
        grid = _grid(session, data, year, current)
    except ValidationError as error:
        problems.items.extend(error.problems)
        grid = {}
    problems.raise_if_any()
    if current is not None and grid == version_lines(session, current.id, year):
        raise NothingChanged()
    now = clock.now().replace(microsecond=0)
    number = (current.number if current else 0) + 1
    version = BudgetVersion(
        fiscal_year=year.year,
        number=number,
        reason=reason,
        revised_on=now.date(),
        source=data.source,
        created_at=now,
        created_by=user.username,
    )
    session.add(version)
    session.flush()
    session.add_all(
        BudgetLine(
            version_id=version.id, category_id=cid, month=year.months[k].first_day, amount=amount
        )
        for cid, row in grid.items()
        for k, amount in enumerate(row)
        if amount != 0
    )
    if session.get(BudgetYear, year.year) is None:
        session.add(BudgetYear(fiscal_year=year.year, closed=False))
    session.flush()
    info = pick_version(session, year.year, version.id)
    assert info is not None
    return info


def is_closed(session: Session, fiscal_year: int) -> bool:
    row = session.get(BudgetYear, fiscal_year)
    return bool(row and row.closed)


def set_year_closed(uow: UnitOfWork, user: CurrentUser, fiscal_year: int, closed: bool) -> None:
    """Close a finished fiscal year (no more expenses or revisions), or reopen it."""
    require(user, Permission.MANAGE)
    session = uow.session
    year = FiscalYear(fiscal_year, start_month(session))
    if closed and year.last_day >= clock.today():
        raise UserError(
            translate("Budget", "{year} has not ended yet; it can be closed after {day}.").format(
                year=year.label, day=year.last_day.isoformat()
            )
        )
    row = session.get(BudgetYear, fiscal_year) or BudgetYear(fiscal_year=fiscal_year)
    row.closed = closed
    row.closed_at = clock.now().replace(microsecond=0) if closed else None
    row.closed_by = user.username if closed else ""
    session.add(row)
    uow.commit()


def budget_years(session: Session, today: date | None = None) -> list[int]:
    """Fiscal years with a budget or expenses, and the current and next ones, newest first."""
    start = start_month(session)
    today = today or clock.today()
    years = set(session.scalars(select(BudgetVersion.fiscal_year).distinct()))
    first = session.scalar(select(func.min(BudgetLine.month)))
    earliest = session.scalar(select(func.min(Expense.spent_on)))
    current = FiscalYear.of(today, start).year
    for day in (first, earliest):
        if day is not None:
            years.update(range(FiscalYear.of(day, start).year, current + 1))
    years.update({current, current + 1})
    return sorted(years, reverse=True)


def _revised_meanwhile(session: Session, year: FiscalYear, current) -> ConflictError:
    row = session.get(BudgetVersion, current.id) if current is not None else None
    who = row.created_by if row is not None else "?"
    when = f"{row.created_at:%Y-%m-%d %H:%M}" if row is not None else "?"
    return ConflictError(
        translate(
            "Budget",
            "The budget of {year} was revised by {user} at {time} after you opened it; "
            "nothing was saved. Open the year again to see the new revision.",
        ).format(year=year.label, user=who, time=when)
    )
