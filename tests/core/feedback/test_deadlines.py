"""The deadline calculator over holidays, make-up working days, pauses, extensions and restarts.

Dates are written out. Most cases use a branch open Monday to Friday, so weekend days inside a
holiday block are closed whatever the calendar decides about them; the one case that depends on
such a day (4 October 2025, a Saturday inside National Day) says so.
"""

from __future__ import annotations

from datetime import date

import pytest

from branchops.core.calendar import BranchCalendar
from branchops.core.feedback.deadlines import Clock, DayCounter, Pause

MON_FRI = DayCounter(BranchCalendar(range(5)))
MON_SAT = DayCounter(BranchCalendar(range(6)))


@pytest.mark.parametrize(
    ("case", "counter", "clock", "due"),
    [
        ("15 working days, no holiday", MON_FRI, Clock(date(2025, 3, 3), 15), date(2025, 3, 24)),
        (
            "over 清明 (Fri 4 Apr 2025 closed)",
            MON_FRI,
            Clock(date(2025, 4, 1), 15),
            date(2025, 4, 23),
        ),
        (
            "over 劳动节 2025 with the make-up Sunday 27 Apr counted",
            MON_FRI,
            Clock(date(2025, 4, 25), 15),
            date(2025, 5, 20),
        ),
        (
            "over 春节 2026 with make-up Saturdays 14 and 28 Feb counted",
            MON_FRI,
            Clock(date(2026, 2, 13), 15),
            date(2026, 3, 12),
        ),
        ("15 calendar days", MON_FRI, Clock(date(2025, 3, 3), 15, False), date(2025, 3, 18)),
        (
            "paused Wed 5 Mar, resumed Mon 10 Mar 2025: three working days do not count",
            MON_FRI,
            Clock(date(2025, 3, 3), 15, pauses=(Pause(date(2025, 3, 5), date(2025, 3, 10)),)),
            date(2025, 3, 27),
        ),
        (
            "paused calendar days: 5–9 Mar do not count",
            MON_FRI,
            Clock(
                date(2025, 3, 3), 15, False, pauses=(Pause(date(2025, 3, 5), date(2025, 3, 10)),)
            ),
            date(2025, 3, 23),
        ),
        (
            "a pause that ends the day it starts costs nothing",
            MON_FRI,
            Clock(date(2025, 3, 3), 15, pauses=(Pause(date(2025, 3, 5), date(2025, 3, 5)),)),
            date(2025, 3, 24),
        ),
        (
            "extended once to 30 days (Qingming 4 Apr on the way)",
            MON_FRI,
            Clock(date(2025, 3, 3), 30),
            date(2025, 4, 15),
        ),
        (
            "extended twice to 60 days (Labour Day and make-up Sunday 27 Apr on the way)",
            MON_FRI,
            Clock(date(2025, 3, 3), 60),
            date(2025, 5, 29),
        ),
        (
            "restarted by new facts on Mon 17 Mar 2025: a new clock from that day",
            MON_FRI,
            Clock(date(2025, 3, 17), 15),
            date(2025, 4, 8),
        ),
        (
            "a branch open Monday to Saturday counts Saturdays",
            MON_SAT,
            Clock(date(2025, 3, 3), 15),
            date(2025, 3, 20),
        ),
        (
            # Depends on weekend days inside holiday blocks: Saturday 4 Oct 2025 lies inside
            # National Day (1–8 Oct) and must stay closed for a branch open on Saturdays.
            "Mon–Sat over National Day 2025, make-up Saturday 11 Oct counted",
            MON_SAT,
            Clock(date(2025, 9, 30), 15),
            date(2025, 10, 25),
        ),
        ("no days: the day itself", MON_FRI, Clock(date(2025, 3, 3), 0), date(2025, 3, 3)),
    ],
)
def test_deadline(case, counter, clock, due):
    assert counter.deadline(clock) == due, case


def test_an_open_pause_has_no_deadline():
    clock = Clock(date(2025, 3, 3), 15, pauses=(Pause(date(2025, 3, 5)),))
    assert clock.paused
    assert MON_FRI.deadline(clock) is None


@pytest.mark.parametrize(
    ("clock", "until", "counted"),
    [
        (Clock(date(2025, 3, 3), 15), date(2025, 3, 10), 5),  # 4, 5, 6, 7, 10 Mar
        (Clock(date(2025, 3, 3), 15), date(2025, 3, 3), 0),
        (Clock(date(2025, 4, 1), 15), date(2025, 4, 7), 3),  # 2, 3, 7 Apr (4 Apr closed)
        (Clock(date(2025, 3, 3), 15, False), date(2025, 3, 10), 7),
        (
            Clock(date(2025, 3, 3), 15, pauses=(Pause(date(2025, 3, 5), date(2025, 3, 10)),)),
            date(2025, 3, 12),
            4,  # 4, 10, 11, 12 Mar
        ),
    ],
)
def test_days_counted(clock, until, counted):
    assert MON_FRI.counted(clock, until) == counted


@pytest.mark.parametrize(
    ("today", "left"),
    [
        (date(2025, 3, 3), 15),
        (date(2025, 3, 20), 2),  # 21 and 24 Mar to go
        (date(2025, 3, 24), 0),
        (date(2025, 3, 26), -2),  # 25 and 26 Mar past the deadline
    ],
)
def test_days_left(today, left):
    assert MON_FRI.left(Clock(date(2025, 3, 3), 15), today) == left


def test_adding_days_for_the_review_clock():
    assert MON_FRI.add(date(2025, 3, 24), 30, True) == date(2025, 5, 8)
    assert MON_FRI.add(date(2025, 3, 24), 30, False) == date(2025, 4, 23)


class _NeverOpen(BranchCalendar):
    def is_working_day(self, day: date) -> bool:
        return False


def test_a_calendar_without_working_days_does_not_loop_for_ever():
    never = DayCounter(_NeverOpen(()))
    with pytest.raises(ValueError):
        never.deadline(Clock(date(2025, 3, 3), 15))
