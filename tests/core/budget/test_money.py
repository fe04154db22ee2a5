"""Exact money: reading typed amounts, formatting, and spreading to the cent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from branchops.core.budget.money import format_money, read_amount, read_shares, spread
from branchops.core.errors import Problems


def test_ten_thousand_yuan_over_twelve_months_sums_exactly():
    months = spread(Decimal("10000.00"), [Decimal(1)] * 12)
    assert sum(months) == Decimal("10000.00")
    # 1,000,000 fen ÷ 12 = 83,333 fen remainder 4: the first four months get the extra fen
    assert months == [Decimal("833.34")] * 4 + [Decimal("833.33")] * 8


def test_spread_by_weights_gives_leftover_cents_to_the_largest_remainders():
    # ¥100.00 in thirds of 1:1:1 → 33.33 + 33.33 + 33.34 would be wrong order: the first wins ties
    assert spread(Decimal("100"), [Decimal(1)] * 3) == [
        Decimal("33.34"),
        Decimal("33.33"),
        Decimal("33.33"),
    ]
    # ¥10.00 at 1:2 → 3.333… and 6.666…: the larger remainder (0.666…) takes the fen
    assert spread(Decimal("10"), [Decimal(1), Decimal(2)]) == [Decimal("3.33"), Decimal("6.67")]
    assert spread(Decimal("0.05"), [Decimal(0), Decimal(0)]) == [Decimal("0.03"), Decimal("0.02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.5", Decimal("1234.50")),
        ("1,234.56", Decimal("1234.56")),
        ("¥88", Decimal("88.00")),
        ("１２３．４５", Decimal("123.45")),
        (Decimal("100000000.00"), Decimal("100000000.00")),
    ],
)
def test_amounts_people_type_are_read_exactly(text, expected):
    problems = Problems()
    assert read_amount(text, "amount", "金额", problems) == expected
    assert problems.items == []


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("-5", "不能为负数"),
        ("abc", "不是金额"),
        ("12.345", "最多两位小数"),
        ("100000000.01", "不能超过"),
        ("0", "必须大于零"),
        ("", "请输入金额"),
        ("NaN", "不是金额"),
    ],
)
def test_bad_amounts_name_the_field_and_say_why(text, says):
    problems = Problems()
    assert read_amount(text, "amount", "金额", problems) is None
    [problem] = problems.items
    assert problem.field == "amount"
    assert "金额" in problem.message and says in problem.message


def test_money_is_formatted_as_yuan():
    assert format_money(Decimal("1234567.5")) == "¥1,234,567.50"
    assert format_money(Decimal("-3")) == "-¥3.00"


def test_typed_shares_must_add_up_to_one_hundred():
    problems = Problems()
    read_shares(["10"] * 8 + ["5"] * 4, "shares", problems)
    assert problems.items == []
    read_shares(["10"] * 12, "shares", problems)
    [problem] = problems.items
    assert problem.field == "shares" and "120" in problem.message and "100" in problem.message
