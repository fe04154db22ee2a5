from datetime import date

import pytest

from branchops.core.period import Month, month_range, month_runs


def test_parse_and_format_round_trip():
    assert Month.parse("2026-03") == Month(2026, 3)
    assert Month.parse(" 2026-3 ") == Month(2026, 3)
    assert str(Month(2026, 3)) == "2026-03"
    assert str(Month.parse(str(Month(987, 12)))) == "0987-12"


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026/03", "26-03", "", "2026-03-01"])
def test_parse_rejects_what_is_not_a_month(text):
    with pytest.raises(ValueError):
        Month.parse(text)


def test_month_out_of_range_is_refused():
    with pytest.raises(ValueError):
        Month(2026, 0)


def test_first_and_last_day_including_leap_february():
    assert Month(2024, 2).last_day == date(2024, 2, 29)
    assert Month(2025, 2).last_day == date(2025, 2, 28)
    assert Month(2025, 12).first_day == date(2025, 12, 1)
    assert Month(2025, 12).last_day == date(2025, 12, 31)
    days = list(Month(2025, 4).days())
    assert len(days) == 30
    assert days[0] == date(2025, 4, 1)
    assert days[-1] == date(2025, 4, 30)


def test_of_a_day():
    assert Month.of(date(2026, 1, 31)) == Month(2026, 1)


def test_shift_across_year_ends():
    assert Month(2026, 1).previous == Month(2025, 12)
    assert Month(2025, 12).shift(1) == Month(2026, 1)
    assert Month(2026, 5).shift(-17) == Month(2024, 12)
    assert Month(2026, 5).shift(24) == Month(2028, 5)
    assert Month(2026, 5).same_month_last_year == Month(2025, 5)


@pytest.mark.parametrize(
    ("month", "start", "expected"),
    [
        (Month(2026, 5), 1, Month(2026, 1)),
        (Month(2026, 5), 4, Month(2026, 4)),
        (Month(2026, 3), 4, Month(2025, 4)),
        (Month(2026, 4), 4, Month(2026, 4)),
        (Month(2026, 12), 12, Month(2026, 12)),
    ],
)
def test_fiscal_year_start(month, start, expected):
    assert month.fiscal_year_start(start) == expected


def test_months_since_and_ordering():
    assert Month(2026, 3).months_since(Month(2025, 11)) == 4
    assert Month(2025, 11).months_since(Month(2026, 3)) == -4
    assert Month(2025, 12) < Month(2026, 1) < Month(2026, 2)
    assert sorted([Month(2026, 2), Month(2025, 7)]) == [Month(2025, 7), Month(2026, 2)]


def test_month_range_is_inclusive_and_empty_when_reversed():
    months = list(month_range(Month(2025, 11), Month(2026, 2)))
    assert [str(m) for m in months] == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert list(month_range(Month(2026, 2), Month(2026, 1))) == []


def test_month_runs_join_consecutive_months_across_a_year_end():
    months = [Month(2024, 2), Month(2023, 12), Month(2024, 1), Month(2024, 2), Month(2024, 5)]
    assert month_runs(months) == [
        (Month(2023, 12), Month(2024, 2)),
        (Month(2024, 5), Month(2024, 5)),
    ]
    assert month_runs([]) == []
    assert month_runs([Month(2025, 11), Month(2026, 10), Month(2026, 11)]) == [
        (Month(2025, 11), Month(2025, 11)),
        (Month(2026, 10), Month(2026, 11)),
    ]
