"""The statutory calendar overtime is counted on (``overtime.WorkCalendar``), from the branch's
holiday calendar: which days are statutory holidays, which weekdays a holiday block makes rest
days and which weekend days are make-up working days.

A statutory holiday (法定节假日, paid 300 % when worked) is a day the ``holidays`` library lists
by its own name — not a day off moved there from a weekend (调休) and not an "observed" day that
stands in for a holiday falling on a weekend; those are rest days of the block (200 %).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from branchops.core.calendar import BranchCalendar, country_holidays
from branchops.core.staff.overtime import WorkCalendar

# The library's English labels of the days that only stand in for a holiday.
_STAND_IN_MARKERS = ("day off (substituted", "(observed")


@lru_cache(maxsize=64)
def _statutory(country: str, year: int) -> frozenset[date]:
    try:
        listed = country_holidays(country, year, observed=False)
    except NotImplementedError:
        return frozenset()
    return frozenset(
        day
        for day, name in listed.items()
        if any(not _stands_in(part) for part in name.split("; "))
    )


def _stands_in(name: str) -> bool:
    return any(marker in name.lower() for marker in _STAND_IN_MARKERS)


def statutory_holidays(country: str, first: date, last: date) -> frozenset[date]:
    found: set[date] = set()
    for year in range(first.year, last.year + 1):
        found |= {d for d in _statutory(country, year) if first <= d <= last}
    return frozenset(found)


def work_calendar(calendar: BranchCalendar, first: date, last: date) -> WorkCalendar:
    own = statutory_holidays(calendar.country, first, last)
    days_off, makeup = set(), set()
    day = first
    while day <= last:
        if day.weekday() < 5 and day not in own and calendar.is_public_holiday(day):
            days_off.add(day)
        if calendar.is_makeup_workday(day):
            makeup.add(day)
        day += timedelta(days=1)
    return WorkCalendar(own, frozenset(days_off), frozenset(makeup))
