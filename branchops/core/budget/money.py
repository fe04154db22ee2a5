"""Exact money: amounts read from what people type, formatted as ¥, and spread over months.

Everything is ``Decimal`` with two places (whole cents); nothing here ever goes through float.
Spreading uses the largest-remainder method on cents, so the months always add up to the total
exactly (¥10,000.00 over twelve months: eight months of ¥833.33 and four of ¥833.34).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

from branchops.core.errors import Problems
from branchops.i18n import translate

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
MAX_AMOUNT = Decimal("100000000.00")  # ¥100,000,000.00


def money(value: Decimal | int | str) -> Decimal:
    """Rounded to the cent, half up (for computed values such as forecasts)."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def format_money(value: Decimal | None) -> str:
    if value is None:
        return ""
    amount = money(value)
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(amount):,.2f}"


def format_share(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f}%"


def _clean(text: str) -> str:
    value = unicodedata.normalize("NFKC", text).strip()
    for mark in ("¥", "￥", "元", ",", " "):
        value = value.replace(mark, "")
    return value


def read_amount(
    value: Decimal | int | str | None,
    field: str,
    label: str,
    problems: Problems,
    *,
    allow_zero: bool = False,
) -> Decimal | None:
    """The amount as exact cents, or a problem at ``field`` saying what is wrong with it.

    Accepts ``1234.5``, ``1,234.50``, ``¥1234.50`` and full-width digits; refuses anything else,
    negative amounts, more than two decimals and more than ¥100,000,000.00.
    """
    if isinstance(value, bool) or value is None or (isinstance(value, str) and not value.strip()):
        problems.add(field, translate("Budget", "{field}: enter an amount.").format(field=label))
        return None
    try:
        amount = Decimal(_clean(value)) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        problems.add(
            field,
            translate("Budget", "{field}: “{value}” is not an amount; write e.g. 1234.50.").format(
                field=label, value=value
            ),
        )
        return None
    if amount < 0:
        problems.add(field, translate("Budget", "{field} cannot be negative.").format(field=label))
        return None
    if amount == 0 and not allow_zero:
        problems.add(
            field, translate("Budget", "{field} must be more than zero.").format(field=label)
        )
        return None
    if amount != amount.quantize(CENT):
        problems.add(
            field,
            translate("Budget", "{field}: at most two decimals (whole fen), e.g. 1234.56.").format(
                field=label
            ),
        )
        return None
    if amount > MAX_AMOUNT:
        problems.add(
            field,
            translate("Budget", "{field} cannot be more than {limit}.").format(
                field=label, limit=format_money(MAX_AMOUNT)
            ),
        )
        return None
    return amount.quantize(CENT)


def spread(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """``total`` split in proportion to ``weights`` (largest remainder on cents).

    Equal weights give equal months, with the leftover cents on the first months that had the
    largest remainders (the earliest months when all remainders are equal). All-zero weights
    spread equally.
    """
    if not weights:
        return []
    if any(w < 0 for w in weights):
        raise ValueError("weights cannot be negative")
    if sum(weights) == 0:
        weights = [Decimal(1)] * len(weights)
    cents = int((money(total) * 100).to_integral_value())
    whole = sum(weights)
    exact = [Decimal(cents) * w / whole for w in weights]
    floors = [int(x.to_integral_value(rounding=ROUND_FLOOR)) for x in exact]
    left = cents - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [(Decimal(c) / 100).quantize(CENT) for c in floors]


def read_shares(values: Sequence[Decimal | str], field: str, problems: Problems) -> list[Decimal]:
    """Twelve typed monthly shares in percent that must add up to exactly 100 %."""
    shares: list[Decimal] = []
    for index, value in enumerate(values):
        try:
            share = Decimal(_clean(str(value)) or "0")
        except InvalidOperation:
            share = Decimal(-1)
        if not share.is_finite() or share < 0:
            problems.add(
                f"{field}[{index}]",
                translate("Budget", "Month {n}: a share is a percentage from 0 to 100.").format(
                    n=index + 1
                ),
            )
            share = Decimal(0)
        shares.append(share)
    total = sum(shares, Decimal(0))
    if total != HUNDRED:
        problems.add(
            field,
            translate(
                "Budget", "The monthly shares add up to {total} %; they must add up to 100 %."
            ).format(total=f"{total.normalize():f}"),
        )
    return shares
