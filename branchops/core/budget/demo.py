"""Demo step: budgets of every fiscal year of the demo period and the expenses against them,
from the start of the first of those years (so that every year's figures are whole).

The original budget of each year is set just before it starts (round thousands, spread by the
category's season); the current year has a revision (more for marketing). Spending follows the
budget with noise, seasonality (utilities in summer and winter, marketing at quarter ends) and a
rent step each year, plus a few overruns: an emergency repair last year and a quarter-end
marketing push this year, each let through by the manager with a reason and followed by a
corrective action. Rent, property fee and electricity are recurring expenses; the occurrences of
the current month are still planned. Years before last are closed. Bulk inserts keep the large
scale (five years, over 30,000 expenses) within a few seconds.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import insert, select

from branchops.core.budget.demo_actions import budget_actions
from branchops.core.budget.demo_plan import (
    OVERRIDE_REASONS,
    PLANS,
    REVISION_REASON,
    STAFF_GROWTH,
    STAFF_MONTHLY,
    STAFF_SOCIAL_SHARE,
    Plan,
)
from branchops.core.budget.fiscal import FiscalYear, start_month
from branchops.core.budget.models import (
    BudgetCategory,
    BudgetLine,
    BudgetVersion,
    BudgetYear,
    Expense,
    ExpenseStatus,
    RecurringExpense,
    Vendor,
)
from branchops.core.budget.money import money, spread
from branchops.core.budget.vendors import vendor_key
from branchops.core.demo import DemoContext, DemoStep, register
from branchops.core.period import Month, month_range
from branchops.core.staff.models import Staff

RECURRING = (("rent", 0, 5), ("rent", 1, 5), ("utilities", 0, 20))  # (category, note index, day)


@dataclass
class _Run:
    ctx: DemoContext
    rng: random.Random
    start: int
    categories: dict[str, int]
    vendors: dict[str, int] = field(default_factory=dict)
    invoices: dict[int, int] = field(default_factory=dict)
    recurring: dict[tuple[str, int], int] = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)
    months: list[Month] = field(default_factory=list)  # from the first fiscal year's start

    @property
    def today(self) -> date:
        return self.ctx.today

    def invoice(self, vendor_id: int) -> str:
        self.invoices[vendor_id] = self.invoices.get(vendor_id, self.rng.randrange(10**6, 10**7))
        self.invoices[vendor_id] += 1
        return f"{self.invoices[vendor_id]:08d}"


def rounded(value: Decimal, unit: int) -> Decimal:
    """``value`` to the nearest ``unit`` yuan (HQ allocates round amounts)."""
    return money((value / unit).quantize(Decimal(1)) * unit)


def _year_budget(plan: Plan, year: FiscalYear, index: int) -> list[Decimal]:
    factor = (1 + plan.growth) ** index
    annual = rounded(plan.monthly * 12 * factor, 1000)
    weights = [Decimal(str(plan.season[m.month - 1])) for m in year.months]
    return spread(annual, weights)


def _headcount(session, month: Month) -> list[tuple[int, str]]:
    rows = session.execute(select(Staff.id, Staff.name, Staff.hire_date, Staff.leave_date))
    return [
        (sid, name)
        for sid, name, hired, left in rows
        if (hired is None or hired <= month.last_day) and (left is None or left >= month.first_day)
    ]


def _budgets(run: _Run, years: list[FiscalYear]) -> dict[int, dict[str, list[Decimal]]]:
    """Versions of every year; returns the grid in effect (the current version) per year."""
    session, grids = run.ctx.session, {}
    for index, year in enumerate(years):
        people = max(len(_headcount(session, year.first_month)), 3)
        staff_annual = money(people * STAFF_MONTHLY * 12 * (1 + STAFF_GROWTH) ** index)
        grid = {p.code: _year_budget(p, year, index) for p in PLANS}
        grid["staff"] = spread(rounded(staff_annual, 1000), [Decimal(1)] * 12)
        set_on = year.first_day - timedelta(days=20)
        _version(run, year, 1, "", min(set_on, run.today), grid)
        elapsed = min(year.index(Month.of(run.today)), 11) if year.contains(run.today) else -1
        if elapsed >= 0:
            revised = [*grid["marketing"]]
            for k in range(elapsed, 12):
                revised[k] = rounded(revised[k] * Decimal("1.15"), 100)
            grid = {**grid, "marketing": revised}
            day = year.months[elapsed].first_day
            _version(run, year, 2, REVISION_REASON, min(day, run.today), grid)
        grids[year.year] = grid
        closed = year.last_day < years[-1].previous.first_day
        session.add(
            BudgetYear(
                fiscal_year=year.year,
                closed=closed,
                closed_by="demo" if closed else "",
                closed_at=_at(year.last_day + timedelta(days=40)) if closed else None,
            )
        )
    return grids


def _at(day: date, hour: int = 17) -> datetime:
    return datetime.combine(day, time(hour, 0))


def _version(run: _Run, year: FiscalYear, number: int, reason: str, day: date, grid) -> None:
    version = BudgetVersion(
        fiscal_year=year.year,
        number=number,
        reason=reason,
        revised_on=day,
        source="import" if number == 1 else "typed",
        created_at=_at(day, 10),
        created_by="demo",
    )
    run.ctx.session.add(version)
    run.ctx.session.flush()
    run.ctx.session.execute(
        insert(BudgetLine),
        [
            {
                "version_id": version.id,
                "category_id": run.categories[code],
                "month": year.months[k].first_day,
                "amount": amount,
            }
            for code, row in grid.items()
            for k, amount in enumerate(row)
        ],
    )


def _days(run: _Run, month: Month, count: int) -> list[date]:
    last = min(month.last_day, run.today)
    span = (last - month.first_day).days + 1
    return sorted(month.first_day + timedelta(days=run.rng.randrange(span)) for _ in range(count))


def _add(
    run: _Run, day: date, code: str, amount: Decimal, vendor: str | None, note: str, **extra
) -> None:
    vendor_id = run.vendors[vendor] if vendor else None
    planned = extra.get("status") is ExpenseStatus.PLANNED
    run.rows.append(
        {
            "spent_on": day,
            "category_id": run.categories[code],
            "amount": amount,
            "vendor_id": vendor_id,
            "note": note,
            "invoice_no": run.invoice(vendor_id) if vendor_id and not planned else None,
            "status": ExpenseStatus.CONFIRMED,
            "recurring_id": None,
            "attachment_ext": "",
            "attachment_name": "",
            "override_reason": "",
            "override_by": "",
            "created_at": _at(day),
            "created_by": "demo",
        }
        | extra
    )


def _variable(run: _Run, plan: Plan, month: Month, target: Decimal) -> None:
    count = plan.large if run.ctx.large else plan.small
    if plan.busy_season:
        count = max(1, round(count * plan.season[month.month - 1]))
    if month == Month.of(run.today):
        share = Decimal(run.today.day) / Decimal(month.last_day.day)
        target, count = money(target * share), max(1, round(count * float(share)))
    weights = [Decimal(str(round(run.rng.uniform(0.3, 1.7), 3))) for _ in range(count)]
    for day, amount in zip(_days(run, month, count), spread(target, weights), strict=True):
        if amount > 0:
            _add(
                run,
                day,
                plan.code,
                amount,
                run.rng.choice(plan.vendors),
                run.rng.choice(plan.notes),
            )


RENT_SPLIT = (Decimal("0.86"), Decimal("0.14"))  # rent, property fee
UTILITY_SPLIT = (Decimal("0.64"), Decimal("0.12"), Decimal("0.12"), Decimal("0.12"))


def _recurring_items(run: _Run, plan: Plan, month: Month, target: Decimal) -> None:
    """Rent and property fee (fixed) and electricity (varies) come from recurring expenses;
    water, network and gas are entered as they are billed."""
    current = month == Month.of(run.today)
    split = RENT_SPLIT if plan.code == "rent" else UTILITY_SPLIT
    for index, amount in enumerate(spread(target, split)):
        recurring = [r for r in RECURRING if r[0] == plan.code and r[1] == index]
        day_no = recurring[0][2] if recurring else min(24 + index, month.last_day.day)
        day = month.first_day.replace(day=day_no)
        if day > run.today:
            continue
        extra: dict = {}
        if recurring:
            extra["recurring_id"] = run.recurring[(plan.code, index)]
            if current:
                extra["status"] = ExpenseStatus.PLANNED
        vendor = plan.vendors[0] if plan.code == "rent" else plan.vendors[index]
        _add(run, day, plan.code, amount, vendor, plan.notes[index], **extra)


def _staff(run: _Run, month: Month, target: Decimal) -> None:
    pay_day = month.first_day.replace(day=10)
    people = _headcount(run.ctx.session, month)
    if pay_day > run.today or not people:
        return
    weights = [Decimal(str(round(run.rng.uniform(0.75, 1.4), 2))) for _ in people]
    for (_, name), amount in zip(people, spread(target, weights), strict=True):
        social = money(amount * STAFF_SOCIAL_SHARE)
        _add(run, pay_day, "staff", amount - social, None, f"{month.month}月工资 {name}")
        _add(run, pay_day, "staff", social, None, f"{month.month}月社保公积金 {name}")


def _noise(run: _Run) -> Decimal:
    roll = run.rng.random()
    factor = 1.3 if roll < 0.03 else run.rng.uniform(0.86, 1.05)
    return Decimal(str(round(factor, 3)))


def _expenses(run: _Run, years: list[FiscalYear], grids) -> None:
    by_code = {p.code: p for p in PLANS}
    for month in run.months:
        year = FiscalYear.of(month, run.start)
        k = year.index(month)
        grid = grids[year.year]
        _staff(
            run,
            month,
            money(grid["staff"][k] * Decimal(str(round(run.rng.uniform(0.97, 1.02), 3)))),
        )
        for code, plan in by_code.items():
            budget = grid[code][k]
            if code == "rent":
                _recurring_items(run, plan, month, budget)
            elif code == "utilities":
                _recurring_items(run, plan, month, money(budget * _noise(run)))
            else:
                _variable(run, plan, month, money(budget * _noise(run)))


def _overruns(run: _Run, years: list[FiscalYear]) -> list[tuple[str, FiscalYear, Decimal, date]]:
    """An emergency repair last year and a quarter-end marketing push this year."""
    out = []
    plans = [
        ("maintenance", years[-2] if len(years) > 1 else None, 7),
        ("marketing", years[-1], None),
    ]
    for (code, year, calendar_month), reason in zip(plans, OVERRIDE_REASONS, strict=True):
        if year is None:
            continue
        months = [m for m in year.months if m in run.months and m.last_day < run.today]
        if calendar_month is not None:
            months = [m for m in months if m.month == calendar_month] or months[-1:]
        else:
            months = [m for m in months if m.month % 3 == 0][-1:]
        if not months:
            continue
        month = months[-1]
        amount = Decimal(18600 if code == "maintenance" else 25800)
        day = month.first_day + timedelta(days=min(14, month.last_day.day - 1))
        plan = next(p for p in PLANS if p.code == code)
        _add(
            run,
            day,
            code,
            amount,
            plan.vendors[0],
            plan.notes[0],
            override_reason=reason,
            override_by="manager",
        )
        out.append((code, year, amount, day))
    return out


def _setup(run: _Run) -> None:
    session = run.ctx.session
    names = {v for p in PLANS for v in p.vendors}
    session.add_all(Vendor(name=n, name_key=vendor_key(n)) for n in sorted(names))
    session.flush()
    run.vendors = {name: vid for name, vid in session.execute(select(Vendor.name, Vendor.id))}
    first = run.months[0].first_day
    plans = {p.code: p for p in PLANS}
    for code, note_index, day in RECURRING:
        plan = plans[code]
        item = RecurringExpense(
            category_id=run.categories[code],
            vendor_id=run.vendors[plan.vendors[0]],
            amount=money(
                plan.monthly * (RENT_SPLIT if code == "rent" else UTILITY_SPLIT)[note_index]
            ),
            day=day,
            starts_on=first.replace(day=day),
            note=plan.notes[note_index],
            active=True,
            generated_through=_last_due(run.today, day),
            created_at=_at(first, 9),
            created_by="demo",
        )
        session.add(item)
        session.flush()
        run.recurring[(code, note_index)] = item.id


def _last_due(today: date, day: int) -> date:
    month = Month.of(today)
    due = month.first_day.replace(day=day)
    return due if due <= today else month.previous.first_day.replace(day=day)


def _budget(ctx: DemoContext) -> None:
    session = ctx.session
    start = start_month(session)
    categories = {
        code: cid for code, cid in session.execute(select(BudgetCategory.code, BudgetCategory.id))
    }
    run = _Run(ctx, ctx.rng("budget"), start, categories)
    first, current = FiscalYear.of(ctx.months[0], start), FiscalYear.of(ctx.today, start)
    years = [first.shift(i) for i in range(current.year - first.year + 1)]
    run.months = list(month_range(first.first_month, Month.of(ctx.today)))
    _setup(run)
    grids = _budgets(run, years)
    index = current.index(Month.of(ctx.today))
    for (code, note_index, _), item_id in zip(RECURRING, run.recurring.values(), strict=True):
        split = RENT_SPLIT if code == "rent" else UTILITY_SPLIT
        item = session.get_one(RecurringExpense, item_id)
        item.amount = spread(grids[current.year][code][index], split)[note_index]
    _expenses(run, years, grids)
    budget_actions(ctx, run.categories, _overruns(run, years))
    for chunk in range(0, len(run.rows), 5000):
        session.execute(insert(Expense), run.rows[chunk : chunk + 5000])
    ctx.shared["expense_count"] = len(run.rows)


register(DemoStep("budget", 40, _budget))
