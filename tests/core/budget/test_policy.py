"""The over-budget policy at its boundaries: exactly at the budget is within it, one fen more
is over; annual and cumulative-monthly apart; carry-forward; threshold; ignore."""

from __future__ import annotations

from decimal import Decimal

import pytest

from branchops.core.budget.fiscal import FiscalYear
from branchops.core.budget.models import Policy
from branchops.core.budget.policy import Ledger, Level, Rules, Scope, assess
from branchops.core.period import Month

D = Decimal
YEAR = FiscalYear(2026, 1)
FEB = Month(2026, 2)


THOUSAND, JAN, FEB_SPENT = D("1000.00"), D("400.00"), D("900.00")


def ledger(budget=THOUSAND, jan=JAN, feb=FEB_SPENT) -> Ledger:
    """A budget of ¥1,000.00 a month (¥12,000.00 a year); ¥400 spent in January, ¥900 in
    February: ¥1,300.00 of the ¥2,000.00 budgeted to the end of February."""
    book = Ledger(YEAR, True, [budget] * 12, [D(0)] * 12)
    book.actual[0], book.actual[1] = jan, feb
    return book


def rules(annual=Policy.STOP, monthly=Policy.STOP, carry=True, threshold=90) -> Rules:
    return Rules("营销", annual, monthly, threshold, carry)


def levels(findings) -> set[tuple[Scope, Level]]:
    return {(f.scope, f.level) for f in findings}


def test_cumulative_monthly_with_carry_forward_exactly_at_budget_passes():
    # 1,300.00 + 700.00 = 2,000.00 = the budget to the end of February: within it (at 100 %)
    findings = assess(rules(), ledger(), FEB, D("700.00"))
    assert levels(findings) == {(Scope.MONTHLY, Level.NEAR)}


def test_cumulative_monthly_one_fen_over_is_refused_saying_by_how_much():
    [finding] = assess(rules(), ledger(), FEB, D("700.01"))
    assert (finding.scope, finding.level) == (Scope.MONTHLY, Level.STOP)
    assert finding.limit == D("2000.00") and finding.over_by == D("0.01")
    assert "¥0.01" in finding.message and "¥2,000.00" in finding.message


def test_without_carry_forward_the_month_stands_alone():
    # February's own budget is 1,000.00 and 900.00 is spent: 100.00 fits, 100.01 does not;
    # January's unused 600.00 does not carry over
    assert levels(assess(rules(carry=False), ledger(), FEB, D("100.00"))) == {
        (Scope.MONTHLY, Level.NEAR)
    }
    [finding] = assess(rules(carry=False), ledger(), FEB, D("100.01"))
    assert finding.limit == D("1000.00") and finding.over_by == D("0.01")
    # with carry-forward the same 100.01 is well within the 2,000.00 to date
    assert assess(rules(carry=True, threshold=100), ledger(), FEB, D("100.01")) == []


def test_annual_budget_at_and_over_the_boundary():
    book = ledger()
    book.actual[2:12] = [D("1000.00")] * 10  # 1,300 + 10,000 = 11,300.00 spent of 12,000.00
    at = assess(rules(monthly=Policy.IGNORE), book, FEB, D("700.00"))
    assert levels(at) == {(Scope.ANNUAL, Level.NEAR)}
    [over] = assess(rules(monthly=Policy.IGNORE), book, FEB, D("700.01"))
    assert (over.scope, over.level, over.over_by) == (Scope.ANNUAL, Level.STOP, D("0.01"))
    assert over.limit == D("12000.00")


@pytest.mark.parametrize(
    ("policy", "level"), [(Policy.WARN, Level.WARN), (Policy.STOP, Level.STOP)]
)
def test_warn_and_stop_differ_only_in_level(policy, level):
    [finding] = assess(rules(annual=Policy.IGNORE, monthly=policy), ledger(), FEB, D("800"))
    assert finding.level is level


def test_ignore_says_nothing_even_far_over():
    assert assess(rules(Policy.IGNORE, Policy.IGNORE), ledger(), FEB, D("99999")) == []


def test_threshold_notice_starts_at_the_threshold():
    # 90 % of 2,000.00 = 1,800.00: 1,300 + 499.99 is below, 1,300 + 500.00 is at it
    assert assess(rules(annual=Policy.IGNORE), ledger(), FEB, D("499.99")) == []
    [near] = assess(rules(annual=Policy.IGNORE), ledger(), FEB, D("500.00"))
    assert near.level is Level.NEAR and near.share == pytest.approx(0.9)


def test_a_zero_budget_refuses_any_spending_and_no_budget_checks_nothing():
    book = ledger(budget=D(0), jan=D(0), feb=D(0))
    assert {f.level for f in assess(rules(), book, FEB, D("0.01"))} == {Level.STOP}
    book.has_budget = False
    assert assess(rules(), book, FEB, D("0.01")) == []


def test_worst_finding_comes_first():
    findings = assess(rules(annual=Policy.WARN, monthly=Policy.STOP), ledger(), FEB, D("20000"))
    assert [f.level for f in findings] == [Level.STOP, Level.WARN]
