"""Annual-leave entitlement by the statute, with its reasons (职工带薪年休假条例, 实施办法)."""

from datetime import date

import pytest

from branchops.core.staff.entitlement import (
    Service,
    SickLeave,
    after_sick_leave,
    anniversary,
    completed_years,
    statutory,
)

D = date


@pytest.mark.parametrize(
    ("service", "year", "days"),
    [
        # joined 2025-09-03 with five earlier years: 120 remaining days ÷ 365 × 5 = 1.6
        (Service(D(2020, 3, 1), D(2025, 9, 3)), 2025, 1.0),
        (Service(D(2020, 3, 1), D(2025, 9, 3)), 2026, 5.0),
        # a first job from 2025-09-03: none in 2025, pro rata from 2026-09-03, full in 2027
        (Service(None, D(2025, 9, 3)), 2025, 0.0),
        (Service(None, D(2025, 9, 3)), 2026, 1.0),
        (Service(None, D(2025, 9, 3)), 2027, 5.0),
        # total service counts earlier employers: hired 2022, working since 2010 / 2006
        (Service(D(2010, 7, 1), D(2022, 4, 1)), 2026, 10.0),
        (Service(D(2006, 1, 1), D(2022, 4, 1)), 2026, 15.0),
        (Service(D(2006, 1, 2), D(2022, 4, 1)), 2026, 10.0),  # 20 years only on 2026-01-02
        # joined 2026-03-01 with 10 years: 306 days ÷ 365 × 10 = 8.4
        (Service(D(2015, 6, 1), D(2026, 3, 1)), 2026, 8.0),
        # leaving 2026-04-30 after eight years: 120 days ÷ 365 × 5 = 1.6 (实施办法 art. 12)
        (Service(None, D(2018, 1, 1), D(2026, 4, 30)), 2026, 1.0),
        # leaving 2026-12-30: 364 days ÷ 365 × 15 = 14.96
        (Service(D(2000, 1, 1), D(2018, 1, 1), D(2026, 12, 30)), 2026, 14.0),
        # joined 2026-03-02 and left 2026-08-31 with 3 earlier years: 183 ÷ 365 × 5 = 2.5
        (Service(D(2023, 1, 1), D(2026, 3, 2), D(2026, 8, 31)), 2026, 2.0),
        # a leap year is still divided by 365: from 2028-01-01 all year long is the full year
        (Service(None, D(2026, 1, 1)), 2028, 5.0),
        (Service(None, D(2027, 2, 1)), 2028, 4.0),  # 335 days from 2028-02-01 ÷ 365 × 5 = 4.6
        # not employed in the year at all
        (Service(None, D(2027, 1, 4)), 2026, 0.0),
        (Service(None, D(2018, 1, 1), D(2025, 12, 31)), 2026, 0.0),
        # nothing recorded: the statutory minimum
        (Service(None, None), 2026, 5.0),
    ],
)
def test_statutory_days(service, year, days):
    assert statutory(service, year).days == days


def test_reasons_name_the_rule_and_the_pro_rata_start():
    from branchops import i18n

    i18n.set_language("en")
    joined = statutory(Service(D(2020, 3, 1), D(2025, 9, 3)), 2025)
    assert joined.text == "5 days: 1–10 years of service; pro rata from 2025-09-03: 1 day"
    first_job = statutory(Service(None, D(2025, 9, 3)), 2025)
    assert first_job.text == "none: 12 months of total service are reached on 2026-09-03"
    leaver = statutory(Service(None, D(2018, 1, 1), D(2026, 4, 30)), 2026)
    assert leaver.text == (
        "5 days: 1–10 years of service; pro rata to the leaving day 2026-04-30: 1 day"
    )
    i18n.set_language("zh_CN")
    assert statutory(Service(D(2006, 1, 1), D(2022, 4, 1)), 2026).text == "15天：累计工作满20年"


def test_years_and_anniversaries_across_29_february():
    assert completed_years(D(2024, 2, 29), D(2025, 2, 28)) == 0
    assert completed_years(D(2024, 2, 29), D(2025, 3, 1)) == 1
    assert anniversary(D(2024, 2, 29), 1) == D(2025, 3, 1)
    assert anniversary(D(2024, 2, 29), 4) == D(2028, 2, 29)
    # a first job from 2024-02-29: twelve months on 2025-03-01, 306 days ÷ 365 × 5 = 4.2
    assert statutory(Service(None, D(2024, 2, 29)), 2025).days == 4.0


FIVE = statutory(Service(None, D(2018, 1, 1)), 2026)  # 5 days, the 60-day tier


@pytest.mark.parametrize(
    ("this_year", "last_year", "days"),
    [
        (SickLeave(59), SickLeave(), 5.0),
        (SickLeave(60), SickLeave(), 0.0),  # 2 months or more (条例 art. 4 (三))
        (SickLeave(75), SickLeave(), 0.0),
        (SickLeave(75, annual_taken=3), SickLeave(), 3.0),  # taken days stay (办法 art. 8)
        (SickLeave(), SickLeave(80, annual_taken=2), 0.0),  # ... and the next year lapses
        (SickLeave(), SickLeave(80), 5.0),  # last year's own leave lapsed instead
    ],
)
def test_long_sick_leave_forfeits_the_year(this_year, last_year, days):
    assert after_sick_leave(FIVE, 2026, this_year, last_year, 60, 60).days == days
