"""The branch calendar: working days from opening hours and China's public holidays.

Holidays and make-up working days (调休) come from the maintained ``holidays`` library.
A make-up working day is a working day even on a weekday the branch is normally closed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from functools import lru_cache

import holidays

DEFAULT_COUNTRY = "CN"


@lru_cache(maxsize=32)
def _country_calendar(country: str, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays(country, years=[year])


class BranchCalendar:
    def __init__(self, open_weekdays: Iterable[int], country: str = DEFAULT_COUNTRY) -> None:
        """``open_weekdays``: Monday = 0 … Sunday = 6, the days the branch normally opens."""
        self.open_weekdays = frozenset(open_weekdays)
        self.country = country

    def holiday_name(self, day: date) -> str | None:
        return _country_calendar(self.country, day.year).get(day)

    def is_makeup_workday(self, day: date) -> bool:
        cal = _country_calendar(self.country, day.year)
        return day in getattr(cal, "weekend_workdays", set())

    def is_public_holiday(self, day: date) -> bool:
        """A listed holiday, or a weekend inside a holiday block (4–5 Oct 2025 in Golden Week)."""
        if self._listed(day):
            return True
        if day.weekday() < 5 or self.is_makeup_workday(day):
            return False
        before = day - timedelta(days=day.weekday() - 4)  # the Friday before
        after = day + timedelta(days=7 - day.weekday())  # the Monday after
        return self._listed(before) and self._listed(after)

    def _listed(self, day: date) -> bool:
        return day in _country_calendar(self.country, day.year)

    def is_working_day(self, day: date) -> bool:
        if self.is_public_holiday(day):
            return False
        if self.is_makeup_workday(day):
            return True
        return day.weekday() in self.open_weekdays

    def working_days(self, first: date, last: date) -> Iterator[date]:
        day = first
        while day <= last:
            if self.is_working_day(day):
                yield day
            day += timedelta(days=1)

    def add_working_days(self, start: date, count: int) -> date:
        """The date ``count`` working days after ``start`` (deadlines counted in working days)."""
        day = start
        remaining = count
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day
