"""Dates in import cells: a day that does not exist is named as such, not as a format error."""

from __future__ import annotations

from datetime import date

import pytest

from branchops import i18n
from branchops.excel.imports.spec import ColumnSpec, ValueType
from branchops.excel.imports.values import BadValue, convert

DAY = ColumnSpec("day", "Date", ValueType.DATE)


@pytest.fixture(autouse=True)
def _english():
    previous = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(previous)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-02-29", date(2024, 2, 29)),  # a leap year
        ("2000-02-29", date(2000, 2, 29)),
        ("31/12/2026", date(2026, 12, 31)),
        ("2026年12月31日", date(2026, 12, 31)),
    ],
)
def test_real_days_are_read(text, expected):
    assert convert(DAY, text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-02-29", "2025-02 has no day 29: it has 28 days."),
        ("1900-02-29", "1900-02 has no day 29: it has 28 days."),
        ("2026-04-31", "2026-04 has no day 31: it has 30 days."),
        ("31/04/2026", "2026-04 has no day 31: it has 30 days."),
    ],
)
def test_a_day_the_month_does_not_have_is_named(text, message):
    with pytest.raises(BadValue) as error:
        convert(DAY, text)
    assert str(error.value) == message


def test_a_thirteenth_month_is_a_format_error():
    with pytest.raises(BadValue) as error:
        convert(DAY, "2026-13-01")
    assert "YYYY-MM-DD" in str(error.value)
