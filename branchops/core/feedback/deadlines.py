"""Complaint deadlines: days counted from receipt in working days of the branch calendar (or in
calendar days), extended, paused and restarted (银行业保险业消费投诉处理管理办法 as the defaults).

Counting rules, the same for every clock (decision, review):
- The day of receipt (or of the restart) is day 0; the deadline is the N-th counted day after it.
- A counted day is a working day of the branch calendar (``BranchCalendar.is_working_day``:
  opening weekdays, public holidays closed, make-up working days open), or any day when the
  complaint counts calendar days.
- A pause stops the clock from its first day up to the day before it ends; the day it ends counts
  again. While a pause is open there is no deadline (None).
- A restart (a repeat complaint with new facts) starts a new clock: earlier pauses and
  extensions belong to the old clock and are not given here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from branchops.core.calendar import BranchCalendar

# Far more than any clock needs; stops a loop on a calendar with no working day at all.
MAX_SCAN_DAYS = 3660


@dataclass(frozen=True)
class Pause:
    start: date
    end: date | None = None  # the day the clock runs again; None: still stopped

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Clock:
    start: date
    days: int  # the allowed days, extensions included
    working_days: bool = True
    pauses: tuple[Pause, ...] = field(default_factory=tuple)

    @property
    def paused(self) -> bool:
        return any(p.end is None for p in self.pauses)


class DayCounter:
    """Which days count, remembered per day (a deadline asks about the same days many times)."""

    def __init__(self, calendar: BranchCalendar) -> None:
        self.calendar = calendar
        self._working: dict[date, bool] = {}

    def is_working_day(self, day: date) -> bool:
        known = self._working.get(day)
        if known is None:
            known = self._working[day] = self.calendar.is_working_day(day)
        return known

    def counts(self, day: date, working_days: bool, pauses: Iterable[Pause] = ()) -> bool:
        if any(p.covers(day) for p in pauses):
            return False
        return self.is_working_day(day) if working_days else True

    def add(self, start: date, days: int, working_days: bool, pauses: Iterable[Pause] = ()) -> date:
        """The ``days``-th counted day after ``start`` (``start`` itself when ``days`` is 0)."""
        stops = tuple(pauses)
        day, remaining, scanned = start, days, 0
        while remaining > 0:
            day += timedelta(days=1)
            scanned += 1
            if scanned > MAX_SCAN_DAYS:
                raise ValueError("no counted day within ten years")
            if self.counts(day, working_days, stops):
                remaining -= 1
        return day

    def deadline(self, clock: Clock) -> date | None:
        """The last day to decide, or None while the clock is paused."""
        if clock.paused:
            return None
        return self.add(clock.start, clock.days, clock.working_days, clock.pauses)

    def counted(self, clock: Clock, until: date) -> int:
        """Counted days from the clock's start to ``until`` (both after day 0, ``until`` in)."""
        total, day = 0, clock.start + timedelta(days=1)
        while day <= until:
            if self.counts(day, clock.working_days, clock.pauses):
                total += 1
            day += timedelta(days=1)
        return total

    def left(self, clock: Clock, today: date) -> int | None:
        """Counted days from ``today`` (excluded) to the deadline; negative when it has passed."""
        due = self.deadline(clock)
        if due is None:
            return None
        if due >= today:
            return self.counted(Clock(today, 0, clock.working_days, clock.pauses), due)
        return -self.counted(Clock(due, 0, clock.working_days, clock.pauses), today)


def deadline(calendar: BranchCalendar, clock: Clock) -> date | None:
    return DayCounter(calendar).deadline(clock)
