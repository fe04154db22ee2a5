"""China's public holidays and make-up working days (调休) as the branch calendar sees them."""

from datetime import date, timedelta

import pytest

from branchops.core.calendar import BranchCalendar, holiday_blocks, statutory_calendar

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


# Every holiday block of 2024–2026 as the State Council's notices give it (国务院办公厅关于2024年 /
# 2025年 / 2026年部分节假日安排的通知, 2023-10-25, 2024-11-12, 2025-11-04): first and last day
# off, the make-up working days (上班), and the statutory days themselves (全国年节及纪念日放假办法
# art. 2; from 2025 春节 adds 除夕 and 劳动节 adds 2 May).
D = date
BLOCKS = [
    # 2024: "元旦：1月1日放假，与周末连休" — the weekend before, in 2023.
    ("2024 元旦", D(2023, 12, 30), D(2024, 1, 1), [], [D(2024, 1, 1)]),
    ("2024 春节", D(2024, 2, 10), D(2024, 2, 17), [D(2024, 2, 4), D(2024, 2, 18)],
     [D(2024, 2, 10), D(2024, 2, 11), D(2024, 2, 12)]),
    ("2024 清明", D(2024, 4, 4), D(2024, 4, 6), [D(2024, 4, 7)], [D(2024, 4, 4)]),
    ("2024 劳动节", D(2024, 5, 1), D(2024, 5, 5), [D(2024, 4, 28), D(2024, 5, 11)],
     [D(2024, 5, 1)]),
    ("2024 端午", D(2024, 6, 8), D(2024, 6, 10), [], [D(2024, 6, 10)]),  # 与周末连休
    ("2024 中秋", D(2024, 9, 15), D(2024, 9, 17), [D(2024, 9, 14)], [D(2024, 9, 17)]),
    ("2024 国庆", D(2024, 10, 1), D(2024, 10, 7), [D(2024, 9, 29), D(2024, 10, 12)],
     [D(2024, 10, 1), D(2024, 10, 2), D(2024, 10, 3)]),
    # 2025
    ("2025 元旦", D(2025, 1, 1), D(2025, 1, 1), [], [D(2025, 1, 1)]),
    ("2025 春节", D(2025, 1, 28), D(2025, 2, 4), [D(2025, 1, 26), D(2025, 2, 8)],
     [D(2025, 1, 28), D(2025, 1, 29), D(2025, 1, 30), D(2025, 1, 31)]),
    ("2025 清明", D(2025, 4, 4), D(2025, 4, 6), [], [D(2025, 4, 4)]),
    ("2025 劳动节", D(2025, 5, 1), D(2025, 5, 5), [D(2025, 4, 27)], [D(2025, 5, 1), D(2025, 5, 2)]),
    ("2025 端午", D(2025, 5, 31), D(2025, 6, 2), [], [D(2025, 5, 31)]),
    ("2025 国庆、中秋", D(2025, 10, 1), D(2025, 10, 8), [D(2025, 9, 28), D(2025, 10, 11)],
     [D(2025, 10, 1), D(2025, 10, 2), D(2025, 10, 3), D(2025, 10, 6)]),
    # 2026
    ("2026 元旦", D(2026, 1, 1), D(2026, 1, 3), [D(2026, 1, 4)], [D(2026, 1, 1)]),
    ("2026 春节", D(2026, 2, 15), D(2026, 2, 23), [D(2026, 2, 14), D(2026, 2, 28)],
     [D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18), D(2026, 2, 19)]),
    ("2026 清明", D(2026, 4, 4), D(2026, 4, 6), [], [D(2026, 4, 5)]),
    ("2026 劳动节", D(2026, 5, 1), D(2026, 5, 5), [D(2026, 5, 9)], [D(2026, 5, 1), D(2026, 5, 2)]),
    ("2026 端午", D(2026, 6, 19), D(2026, 6, 21), [], [D(2026, 6, 19)]),
    ("2026 中秋", D(2026, 9, 25), D(2026, 9, 27), [], [D(2026, 9, 25)]),
    ("2026 国庆", D(2026, 10, 1), D(2026, 10, 7), [D(2026, 9, 20), D(2026, 10, 10)],
     [D(2026, 10, 1), D(2026, 10, 2), D(2026, 10, 3)]),
]  # fmt: skip


@pytest.mark.parametrize(("label", "first", "last", "makeup", "statutory"), BLOCKS)
def test_holiday_block_as_the_notice_gives_it(label, first, last, makeup, statutory):
    saturdays_open = BranchCalendar(MON_SAT)
    block = saturdays_open.block_of(last)
    assert block is not None, label
    assert (block.first, block.last) == (first, last), label
    assert list(block.makeup_days) == makeup, label
    assert sorted(block.statutory) == statutory, label
    day = first
    while day <= last:  # every day off, a Saturday or Sunday inside the block included
        assert saturdays_open.is_public_holiday(day), (label, day)
        assert not saturdays_open.is_working_day(day), (label, day)
        assert saturdays_open.is_statutory_holiday(day) == (day in statutory), (label, day)
        day += timedelta(days=1)
    assert not saturdays_open.is_public_holiday(first - timedelta(days=1)), label
    assert not saturdays_open.is_public_holiday(last + timedelta(days=1)), label
    for workday in makeup:
        assert saturdays_open.is_makeup_workday(workday), (label, workday)
        assert BranchCalendar(MON_FRI).is_working_day(workday), (label, workday)


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_the_table_lists_every_block_of_the_year(year):
    table = [(first, last) for label, first, last, _m, _s in BLOCKS if label.startswith(str(year))]
    assert [(b.first, b.last) for b in holiday_blocks(year)] == table


@pytest.mark.parametrize(
    "day",
    [D(2025, 4, 5), D(2026, 1, 3), D(2026, 4, 4), D(2026, 6, 20), D(2026, 9, 26)],
)
def test_a_weekend_day_at_one_end_of_a_block_closes_a_saturday_branch(day):
    # The library lists only the weekday on one side of these days (清明 2025: 4 April only).
    assert not BranchCalendar(MON_SAT).is_working_day(day)
    assert not BranchCalendar(range(7)).is_working_day(day)


def test_statutory_calendar_counts_monday_to_friday_with_the_exchanges():
    statutory = statutory_calendar()
    assert list(statutory.working_days(D(2026, 9, 26), D(2026, 10, 11))) == [
        D(2026, 9, 28),
        D(2026, 9, 29),
        D(2026, 9, 30),
        D(2026, 10, 8),
        D(2026, 10, 9),
        D(2026, 10, 10),  # make-up Saturday
    ]
    assert statutory.is_working_day(D(2026, 9, 20))  # make-up Sunday


def test_holiday_name_names_the_festivals_of_the_block():
    assert BranchCalendar(MON_FRI).holiday_name(D(2025, 10, 4)) == "国庆节、中秋节"
    assert BranchCalendar(MON_FRI).holiday_name(D(2026, 4, 4)) == "清明节"
    assert BranchCalendar(MON_FRI).holiday_name(D(2026, 4, 11)) is None
