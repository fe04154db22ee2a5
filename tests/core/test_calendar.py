"""China's public holidays and make-up working days (调休) as the branch calendar sees them."""

from datetime import date

import pytest

from branchops.core.calendar import BranchCalendar

MON_FRI = range(5)
MON_SAT = range(6)


@pytest.fixture
def weekdays() -> BranchCalendar:
    return BranchCalendar(MON_FRI)


@pytest.mark.parametrize(
    "day",
    [
        date(2025, 1, 1),  # 元旦
        date(2025, 1, 28),  # 除夕
        date(2025, 1, 31),  # 春节
        date(2025, 2, 3),  # 春节 (moved from a Sunday)
        date(2025, 2, 4),
        date(2025, 4, 4),  # 清明
        date(2025, 5, 5),  # 劳动节
        date(2025, 6, 2),  # 端午 (observed)
        date(2025, 10, 1),  # 国庆
        date(2025, 10, 8),
        date(2026, 1, 2),  # 元旦 (moved from Sunday 4 January)
        date(2026, 2, 17),  # 春节
        date(2026, 2, 23),
        date(2026, 4, 6),  # 清明 (observed)
        date(2026, 5, 5),  # 劳动节
        date(2026, 6, 19),  # 端午
        date(2026, 9, 25),  # 中秋
        date(2026, 10, 7),  # 国庆
    ],
)
def test_public_holidays_are_not_working_days(weekdays, day):
    assert day.weekday() < 5, "chosen on a weekday, so only the holiday closes the branch"
    assert weekdays.is_public_holiday(day)
    assert weekdays.holiday_name(day)
    assert not weekdays.is_working_day(day)


@pytest.mark.parametrize(
    "day",
    [
        date(2025, 1, 26),  # Sunday before 春节
        date(2025, 2, 8),  # Saturday after 春节
        date(2025, 4, 27),  # Sunday before 劳动节
        date(2025, 9, 28),  # Sunday before 国庆
        date(2025, 10, 11),  # Saturday after 国庆
        date(2026, 1, 4),  # Sunday after 元旦
        date(2026, 2, 14),  # Saturday before 春节
        date(2026, 2, 28),  # Saturday after 春节
        date(2026, 5, 9),  # Saturday after 劳动节
        date(2026, 9, 20),  # Sunday before 国庆
        date(2026, 10, 10),  # Saturday after 国庆
    ],
)
def test_makeup_weekend_days_are_working_days(weekdays, day):
    assert day.weekday() >= 5
    assert weekdays.is_makeup_workday(day)
    assert not weekdays.is_public_holiday(day)
    assert weekdays.is_working_day(day)


def test_ordinary_days_follow_opening_hours():
    saturday, sunday, tuesday = date(2025, 3, 8), date(2025, 3, 9), date(2025, 3, 11)
    assert not BranchCalendar(MON_FRI).is_working_day(saturday)
    assert BranchCalendar(MON_SAT).is_working_day(saturday)
    assert not BranchCalendar(MON_SAT).is_working_day(sunday)
    assert BranchCalendar(MON_FRI).is_working_day(tuesday)
    assert not BranchCalendar(MON_FRI).is_makeup_workday(tuesday)


def test_makeup_day_opens_even_a_branch_closed_on_that_weekday():
    closed_sundays = BranchCalendar(MON_SAT)
    assert closed_sundays.is_working_day(date(2025, 1, 26))


def test_working_days_of_golden_week_2025(weekdays):
    days = list(weekdays.working_days(date(2025, 9, 27), date(2025, 10, 12)))
    assert days == [
        date(2025, 9, 28),  # make-up Sunday
        date(2025, 9, 29),
        date(2025, 9, 30),
        date(2025, 10, 9),
        date(2025, 10, 10),
        date(2025, 10, 11),  # make-up Saturday
    ]


def test_working_days_in_an_ordinary_month(weekdays):
    assert len(list(weekdays.working_days(date(2025, 3, 1), date(2025, 3, 31)))) == 21


def test_add_working_days_skips_spring_festival_and_counts_makeup_days(weekdays):
    # Friday 24 January 2025 + 1 → Sunday 26 January, a make-up working day.
    assert weekdays.add_working_days(date(2025, 1, 24), 1) == date(2025, 1, 26)
    # Then Monday 27; 28 January – 4 February is the holiday; Wednesday 5 February.
    assert weekdays.add_working_days(date(2025, 1, 24), 3) == date(2025, 2, 5)


def test_add_working_days_for_a_complaint_deadline_across_golden_week_2026(weekdays):
    # Received Friday 25 September 2026 (中秋); 15 working days later, 国庆 in between.
    due = weekdays.add_working_days(date(2026, 9, 25), 15)
    assert due == date(2026, 10, 22)
    assert len(list(weekdays.working_days(date(2026, 9, 26), due))) == 15


def test_add_zero_working_days_is_the_same_day(weekdays):
    assert weekdays.add_working_days(date(2025, 10, 1), 0) == date(2025, 10, 1)


def test_weekend_inside_golden_week_is_a_holiday_even_for_a_saturday_branch():
    calendar = BranchCalendar(range(6))  # open Monday to Saturday
    assert not calendar.is_working_day(date(2025, 10, 4))  # Saturday inside 1–8 October
    assert not calendar.is_working_day(date(2025, 10, 5))
    assert calendar.is_working_day(date(2025, 10, 11))  # make-up working Saturday
    assert calendar.is_working_day(date(2025, 10, 18))  # an ordinary Saturday
