"""How long a certificate lasts and whether an attendance passed: plain rules, no database."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from branchops.core.training.models import AttendanceStatus


def anniversary(day: date, months: int) -> date:
    """The same day ``months`` later; a day the month does not have (31 April, 29 February of
    a common year) moves to the first day of the next month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    if day.day <= calendar.monthrange(year, month)[1]:
        return date(year, month, day.day)
    return date(year, month, calendar.monthrange(year, month)[1]) + timedelta(days=1)


def expiry_date(day: date, months: int | None) -> date | None:
    """The last valid day of a certificate earned on ``day``: the day before its anniversary
    (earned 2025-03-16 for 12 months: valid until 2026-03-15). None when it never expires."""
    if months is None:
        return None
    return anniversary(day, months) - timedelta(days=1)


def has_passed(status: AttendanceStatus, score: float | None, pass_mark: float | None) -> bool:
    """Present, and the score reaches the pass mark when the course has one."""
    if status is not AttendanceStatus.PRESENT:
        return False
    if pass_mark is None:
        return True
    return score is not None and score >= pass_mark
