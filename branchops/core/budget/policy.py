"""The over-budget policy (ERPNext's stop / warn / ignore), separately for the annual and the
cumulative-monthly budget of a category, with a warning threshold and carry-forward.

- Annual: everything spent in the fiscal year, with this expense, against the year's budget.
- Cumulative monthly, carry-forward on: spending from the start of the fiscal year through the
  expense's month against the budget through that month, so budget left unused in earlier
  months can be spent later. Carry-forward off: the month's spending against the month's budget.
- Exactly at the budget is within it; one cent more is over. Over a "stop" budget the expense is
  refused (a manager may override it with a reason); over a "warn" budget it is saved after a
  warning; "ignore" says nothing. Reaching the threshold (e.g. 90 %) of a budget that is not
  ignored gives a notice.

Pure functions on a ``Ledger`` (one category's budget and confirmed spending by month of one
fiscal year), so the expense form and the expense import apply exactly the same rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

from branchops.core.budget.fiscal import MONTHS, FiscalYear
from branchops.core.budget.models import Policy
from branchops.core.budget.money import HUNDRED, ZERO, format_money
from branchops.core.period import Month
from branchops.i18n import translate


class Scope(enum.StrEnum):
    ANNUAL = "annual"
    MONTHLY = "monthly"


class Level(enum.StrEnum):
    STOP = "stop"  # over a stop budget: refused unless a manager overrides
    WARN = "warn"  # over a warn budget
    NEAR = "near"  # at or past the warning threshold, still within the budget


@dataclass(frozen=True)
class Rules:
    category: str  # the category's name, for messages
    policy_annual: Policy
    policy_monthly: Policy
    threshold_pct: int
    carry_forward: bool


@dataclass
class Ledger:
    """One category in one fiscal year: the budget and the confirmed spending of each month."""

    year: FiscalYear
    has_budget: bool  # False: the year has no budget version, so nothing is checked
    budget: list[Decimal] = field(default_factory=lambda: [ZERO] * MONTHS)
    actual: list[Decimal] = field(default_factory=lambda: [ZERO] * MONTHS)

    def add(self, month: Month, amount: Decimal) -> None:
        self.actual[self.year.index(month)] += amount


@dataclass(frozen=True)
class Finding:
    scope: Scope
    level: Level
    limit: Decimal  # the budget checked against
    after: Decimal  # spent against it, this expense included
    month: Month  # the expense's month
    carry_forward: bool
    category: str
    year: FiscalYear
    threshold_pct: int

    @property
    def over_by(self) -> Decimal:
        return max(self.after - self.limit, ZERO)

    @property
    def share(self) -> float | None:
        return None if self.limit <= 0 else float(self.after / self.limit)

    def budget_name(self) -> str:
        if self.scope is Scope.ANNUAL:
            return translate("Budget", "the annual budget of {category} for {year}").format(
                category=self.category, year=self.year.label
            )
        if self.carry_forward:
            return translate(
                "Budget", "the budget of {category} from the start of {year} to the end of {month}"
            ).format(category=self.category, year=self.year.label, month=self.month)
        return translate("Budget", "the budget of {category} for {month}").format(
            category=self.category, month=self.month
        )

    @property
    def message(self) -> str:
        values = {
            "budget": self.budget_name(),
            "limit": format_money(self.limit),
            "over": format_money(self.over_by),
            "after": format_money(self.after),
        }
        if self.level is Level.STOP:
            return translate(
                "Budget",
                "Refused: this expense goes over {budget} ({limit}) by {over}. A manager may "
                "override with a reason.",
            ).format(**values)
        if self.level is Level.WARN:
            return translate(
                "Budget", "Over budget: this expense goes over {budget} ({limit}) by {over}."
            ).format(**values)
        return translate(
            "Budget", "With this expense {after} is spent of {budget} ({limit}): {share}."
        ).format(**values, share=f"{(self.share or 0) * 100:.1f}%")


def _check(
    scope: Scope,
    policy: Policy,
    limit: Decimal,
    after: Decimal,
    rules: Rules,
    ledger: Ledger,
    month: Month,
) -> Finding | None:
    if policy is Policy.IGNORE:
        return None
    if after > limit:
        level = Level.STOP if policy is Policy.STOP else Level.WARN
    elif limit > 0 and after * HUNDRED >= limit * rules.threshold_pct:
        level = Level.NEAR
    else:
        return None
    return Finding(
        scope,
        level,
        limit,
        after,
        month,
        rules.carry_forward,
        rules.category,
        ledger.year,
        rules.threshold_pct,
    )


def assess(rules: Rules, ledger: Ledger, month: Month, amount: Decimal) -> list[Finding]:
    """What adding ``amount`` in ``month`` means for the category's budgets (worst first)."""
    if not ledger.has_budget:
        return []
    index = ledger.year.index(month)
    annual = _check(
        Scope.ANNUAL,
        rules.policy_annual,
        sum(ledger.budget, ZERO),
        sum(ledger.actual, ZERO) + amount,
        rules,
        ledger,
        month,
    )
    if rules.carry_forward:
        limit = sum(ledger.budget[: index + 1], ZERO)
        after = sum(ledger.actual[: index + 1], ZERO) + amount
    else:
        limit, after = ledger.budget[index], ledger.actual[index] + amount
    monthly = _check(Scope.MONTHLY, rules.policy_monthly, limit, after, rules, ledger, month)
    order = {Level.STOP: 0, Level.WARN: 1, Level.NEAR: 2}
    return sorted((f for f in (annual, monthly) if f), key=lambda f: order[f.level])


def stops(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.level is Level.STOP]
