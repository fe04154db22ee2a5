"""Certificate expiry (months, month ends, leap years) and pass / fail."""

from __future__ import annotations

from datetime import date

import pytest

from branchops.core.training.models import AttendanceStatus
from branchops.core.training.validity import anniversary, expiry_date, has_passed


@pytest.mark.parametrize(
    ("earned", "months", "last_valid"),
    [
        (date(2025, 3, 16), 12, date(2026, 3, 15)),  # the day before the anniversary
        (date(2025, 1, 1), 12, date(2025, 12, 31)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),  # 31 February → 1 March: valid to 28th
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # ... to the 29th in a leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),  # 29 February in a common year
        (date(2024, 2, 29), 48, date(2028, 2, 28)),  # a leap year again: the 29th exists
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2025, 12, 15), 3, date(2026, 3, 14)),  # across the year end
        (date(2025, 6, 1), 36, date(2028, 5, 31)),
    ],
)
def test_expiry_date(earned, months, last_valid):
    assert expiry_date(earned, months) == last_valid


def test_once_never_expires_and_anniversary_moves_back_too():
    assert expiry_date(date(2025, 5, 5), None) is None
    assert anniversary(date(2026, 3, 31), -1) == date(2026, 3, 1)  # 31 February → 1 March
    assert anniversary(date(2026, 7, 15), -12) == date(2025, 7, 15)


@pytest.mark.parametrize(
    ("status", "score", "mark", "passed"),
    [
        (AttendanceStatus.PRESENT, 80.0, 80.0, True),  # exactly the pass mark passes
        (AttendanceStatus.PRESENT, 79.5, 80.0, False),
        (AttendanceStatus.PRESENT, None, 80.0, False),  # no score yet
        (AttendanceStatus.PRESENT, None, None, True),  # attending is enough
        (AttendanceStatus.ABSENT, None, None, False),
        (AttendanceStatus.EXCUSED, None, 60.0, False),
    ],
)
def test_pass_or_fail(status, score, mark, passed):
    assert has_passed(status, score, mark) is passed
