"""Fiscal years that do not start in January."""

from __future__ import annotations

from datetime import date

import pytest

from branchops.core.budget.fiscal import FiscalYear
from branchops.core.period import Month


def test_a_fiscal_year_from_april_runs_into_the_next_calendar_year():
    year = FiscalYear(2026, 4)
    assert year.months[0] == Month(2026, 4) and year.months[-1] == Month(2027, 3)
    assert (year.first_day, year.last_day) == (date(2026, 4, 1), date(2027, 3, 31))
    assert year.index(Month(2027, 1)) == 9
    assert FiscalYear.of(date(2027, 3, 31), 4) == year
    assert FiscalYear.of(date(2027, 4, 1), 4) == year.shift(1)
    assert year.contains(date(2026, 12, 31)) and not year.contains(date(2026, 3, 31))
    with pytest.raises(ValueError):
        year.index(Month(2026, 3))


def test_share_of_the_year_elapsed_counts_days():
    year = FiscalYear(2026, 7)  # 2026-07-01 … 2027-06-30, 365 days
    assert year.days == 365
    assert year.elapsed_share(date(2026, 6, 30)) == 0.0
    assert year.elapsed_share(date(2026, 7, 1)) == pytest.approx(1 / 365)
    assert year.elapsed_share(date(2027, 6, 30)) == 1.0
    leap = FiscalYear(2027, 3)  # March 2027 … February 2028 holds 29 February
    assert leap.days == 366


def test_label_names_the_months_when_the_year_does_not_start_in_january():
    assert "2026" in FiscalYear(2026, 1).label
    assert "2026-04" in FiscalYear(2026, 4).label and "2027-03" in FiscalYear(2026, 4).label
