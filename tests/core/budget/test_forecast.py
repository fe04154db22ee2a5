"""The three year-end forecast methods, each on a worked example with the numbers written out.

Last year, by month:  50, 150, 100, 100 | 200, 200, 200, 200, 100, 100, 100, 500 (total 2,000).
This year, four months elapsed: 120, 110, 130, 140 (year to date 500).
"""

from __future__ import annotations

from decimal import Decimal

from branchops.core.budget.forecast import (
    Method,
    all_methods,
    forecast,
    ratio_to_date,
    run_rate,
    seasonal_index,
)

D = Decimal
LAST_YEAR = [D(v) for v in (50, 150, 100, 100, 200, 200, 200, 200, 100, 100, 100, 500)]
THIS_YEAR = [D(v) for v in (120, 110, 130, 140)] + [D(0)] * 8


def test_run_rate():
    # 500 ÷ 4 months × 12 = 1,500.00
    assert run_rate(THIS_YEAR, 4) == D("1500.00")


def test_ratio_to_date():
    # by April last year 50 + 150 + 100 + 100 = 400 of 2,000 had been spent: 20 %
    # 500 ÷ 0.20 = 2,500.00
    assert ratio_to_date(THIS_YEAR, 4, LAST_YEAR) == D("2500.00")


def test_seasonal_index():
    # last year's share of each elapsed month: 50/2000 = 2.5 %, 7.5 %, 5 %, 5 %
    # each month's level (the year at its pace): 120/0.025 = 4,800; 110/0.075 = 1,466.67;
    #   130/0.05 = 2,600; 140/0.05 = 2,800; mean = 11,666.67 ÷ 4 = 2,916.67 (this year's level)
    # the remaining eight months were 1,600/2,000 = 80 % of last year: 0.8 × 2,916.67 = 2,333.33
    # 500 + 2,333.33 = 2,833.33
    assert seasonal_index(THIS_YEAR, 4, LAST_YEAR) == D("2833.33")


def test_the_methods_side_by_side():
    result = all_methods(THIS_YEAR, 4, LAST_YEAR)
    assert {m: f.value for m, f in result.items()} == {
        Method.RUN_RATE: D("1500.00"),
        Method.RATIO_TO_DATE: D("2500.00"),
        Method.SEASONAL: D("2833.33"),
    }
    assert not any(f.fell_back for f in result.values())


def test_without_a_prior_year_every_method_falls_back_to_run_rate_and_says_so():
    for method in Method:
        result = forecast(method, THIS_YEAR, 4, None)
        assert result.value == D("1500.00")
        assert result.fell_back == (method is not Method.RUN_RATE)
    # a prior year with nothing spent by the same month cannot scale this year's either
    late = [D(0)] * 11 + [D(2000)]
    assert forecast(Method.RATIO_TO_DATE, THIS_YEAR, 4, late).fell_back
    assert forecast(Method.SEASONAL, THIS_YEAR, 4, late).fell_back


def test_a_whole_year_elapsed_gives_what_was_spent():
    spent = [D(100)] * 11 + [D("0.01")]
    for method in Method:
        assert forecast(method, spent, 12, LAST_YEAR).value == D("1100.01")


def test_results_are_rounded_to_the_fen():
    # 100.00 ÷ 3 × 12 = 400.00 exactly; 100.01 ÷ 3 × 12 = 400.04
    months = [D("33.33"), D("33.33"), D("33.35")] + [D(0)] * 9
    assert run_rate(months, 3) == D("400.04")
