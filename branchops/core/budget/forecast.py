"""Year-end forecast of a category's spending, three ways (domain defaults, budget):

With ``n`` months of the fiscal year elapsed, ``YTD`` spent in them, and last year's spending
``L1 … L12`` by month (total ``L``):

- **run-rate**: ``YTD ÷ n × 12``.
- **ratio to date**: ``YTD ÷ (L1 + … + Ln) / L`` — this year's spending divided by the share of
  last year's total that had been spent by the same month.
- **seasonal index**: ``YTD + (Ln+1 + … + L12) / L × level``, where this year's level (the
  year's total at this year's pace) is the mean, over the elapsed months with spending last
  year, of ``this month's spending ÷ (Lk / L)``. Each month is judged against its own season, so
  one unusual month moves the forecast less than it moves ratio-to-date.

Without a prior year (``L`` is zero, or no elapsed month had spending last year) ratio to date
and seasonal index fall back to run-rate, and say so. With all twelve months elapsed every
method gives ``YTD``. Results are rounded to the cent.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from branchops.core.budget.fiscal import MONTHS
from branchops.core.budget.money import ZERO, money


class Method(enum.StrEnum):
    RUN_RATE = "run_rate"
    RATIO_TO_DATE = "ratio_to_date"
    SEASONAL = "seasonal"


DEFAULT_METHOD = Method.SEASONAL


@dataclass(frozen=True)
class Forecast:
    method: Method  # the method asked for
    value: Decimal
    fell_back: bool = False  # True: computed by run-rate for want of a prior year


def _check(actual: Sequence[Decimal], elapsed: int) -> None:
    if len(actual) != MONTHS or not 1 <= elapsed <= MONTHS:
        raise ValueError("twelve months and 1..12 elapsed months are needed")


def run_rate(actual: Sequence[Decimal], elapsed: int) -> Decimal:
    _check(actual, elapsed)
    ytd = sum(actual[:elapsed], ZERO)
    return money(ytd / elapsed * MONTHS)


def ratio_to_date(
    actual: Sequence[Decimal], elapsed: int, last_year: Sequence[Decimal]
) -> Decimal | None:
    _check(actual, elapsed)
    total = sum(last_year, ZERO)
    by_now = sum(last_year[:elapsed], ZERO)
    if total <= 0 or by_now <= 0:
        return None
    ytd = sum(actual[:elapsed], ZERO)
    return money(ytd * total / by_now)


def seasonal_index(
    actual: Sequence[Decimal], elapsed: int, last_year: Sequence[Decimal]
) -> Decimal | None:
    _check(actual, elapsed)
    total = sum(last_year, ZERO)
    if total <= 0:
        return None
    levels = [actual[k] * total / last_year[k] for k in range(elapsed) if last_year[k] > 0]
    if not levels:
        return None
    level = sum(levels, Decimal(0)) / len(levels)
    remaining_share = sum(last_year[elapsed:], ZERO) / total
    ytd = sum(actual[:elapsed], ZERO)
    return money(ytd + remaining_share * level)


def forecast(
    method: Method,
    actual: Sequence[Decimal],
    elapsed: int,
    last_year: Sequence[Decimal] | None,
) -> Forecast:
    method = Method(method)
    if method is not Method.RUN_RATE and last_year is not None:
        compute = ratio_to_date if method is Method.RATIO_TO_DATE else seasonal_index
        value = compute(actual, elapsed, last_year)
        if value is not None:
            return Forecast(method, value)
    fell_back = method is not Method.RUN_RATE
    return Forecast(method, run_rate(actual, elapsed), fell_back)


def all_methods(
    actual: Sequence[Decimal], elapsed: int, last_year: Sequence[Decimal] | None
) -> dict[Method, Forecast]:
    return {m: forecast(m, actual, elapsed, last_year) for m in Method}
