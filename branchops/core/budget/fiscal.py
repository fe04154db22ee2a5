"""Fiscal years: twelve calendar months from the branch's fiscal-year start month.

A fiscal year is named by the calendar year it starts in: with a start in April, fiscal year
2026 runs from April 2026 to March 2027. The start month is the branch profile's setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from branchops.core.branch.models import PROFILE_ID, BranchProfile
from branchops.core.memo import memoized
from branchops.core.period import Month
from branchops.i18n import translate

MONTHS = 12


def start_month(session: Session) -> int:
    """Read once per ``memo_scope`` (the KPIs ask for it for every month)."""

    def read() -> int:
        profile = session.get(BranchProfile, PROFILE_ID)
        return profile.fiscal_year_start_month if profile is not None else 1

    return memoized(session, ("budget.start_month",), read)


@dataclass(frozen=True, order=True)
class FiscalYear:
    year: int
    start: int = 1  # the calendar month it starts in

    @classmethod
    def of(cls, when: date | Month, start: int) -> FiscalYear:
        month = when if isinstance(when, Month) else Month.of(when)
        return cls(month.fiscal_year_start(start).year, start)

    @property
    def first_month(self) -> Month:
        return Month(self.year, self.start)

    @property
    def months(self) -> list[Month]:
        first = self.first_month
        return [first.shift(i) for i in range(MONTHS)]

    @property
    def first_day(self) -> date:
        return self.first_month.first_day

    @property
    def last_day(self) -> date:
        return self.first_month.shift(MONTHS - 1).last_day

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def contains(self, when: date | Month) -> bool:
        month = when if isinstance(when, Month) else Month.of(when)
        return self.first_month <= month <= self.first_month.shift(MONTHS - 1)

    def index(self, month: Month) -> int:
        """0 for the first month of the year … 11 for the last."""
        if not self.contains(month):
            raise ValueError(f"{month} is not in fiscal year {self.year}")
        return month.months_since(self.first_month)

    def index_of_day(self, day: date) -> int:
        """``index`` of the day's month, by arithmetic (called for every row of a year)."""
        index = (day.year - self.year) * 12 + day.month - self.start
        if not 0 <= index < MONTHS:
            raise ValueError(f"{day} is not in fiscal year {self.year}")
        return index

    def shift(self, years: int) -> FiscalYear:
        return FiscalYear(self.year + years, self.start)

    @property
    def previous(self) -> FiscalYear:
        return self.shift(-1)

    @property
    def label(self) -> str:
        if self.start == 1:
            return translate("Budget", "FY{year}").format(year=self.year)
        return translate("Budget", "FY{year} ({first} – {last})").format(
            year=self.year, first=self.first_month, last=self.first_month.shift(MONTHS - 1)
        )

    def elapsed_share(self, as_of: date) -> float:
        """The share of the year's days up to and including ``as_of`` (0..1)."""
        if as_of < self.first_day:
            return 0.0
        if as_of >= self.last_day:
            return 1.0
        return ((as_of - self.first_day).days + 1) / self.days
