"""Overtime by its three legal kinds (劳动法 art. 41, 44): the classification, the roster rules
over 3 h a day and 36 h a month, and the auto-roster keeping the monthly cap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from branchops import i18n
from branchops.core.calendar import BranchCalendar
from branchops.core.period import Month
from branchops.core.staff import overtime as ot
from branchops.core.staff.overtime import (
    DAILY,
    PLANNED,
    WEEKLY_CONTRACT,
    DayKind,
    OvertimePolicy,
    OvertimeSplit,
    WorkCalendar,
    by_month,
    person_overtime,
)
from branchops.core.staff.roster_types import (
    ALL_RULES,
    Assignment,
    Leave,
    Need,
    Person,
    RosterProblem,
    Rule,
    RuleLimits,
    ShiftType,
    SoftWeights,
)
from branchops.core.staff.rules import check_roster
from branchops.core.staff.solver import INFEASIBLE, solve_roster
from branchops.core.staff.work_calendar import work_calendar

from .roster_checker import hard_breaches

POLICY = OvertimePolicy()
CN = BranchCalendar(range(7))  # open every day: every day can be worked
LONG = ShiftType("X", "长班", time(8, 0), time(20, 0), 30)  # 11.5 h paid
EARLY = ShiftType("E", "早班", time(8, 30), time(17, 0), 60)  # 7.5 h paid
DUTY = ShiftType("D", "值班", time(9, 0), time(16, 0), 30)  # 6.5 h paid


@pytest.fixture(autouse=True)
def _english_messages():
    i18n.set_language("en")


def _calendar(first: date, last: date) -> WorkCalendar:
    return work_calendar(CN, first, last)


def _total(worked: dict[date, int], first: date, last: date, policy=POLICY, **kw):
    splits = person_overtime(worked, first, last, _calendar(first, last), policy, **kw)
    return sum(splits.values(), OvertimeSplit())


def test_statutory_calendar_of_national_day_2026():
    cal = _calendar(date(2026, 9, 1), date(2026, 10, 31))
    kinds = {d: cal.kind(d) for d in (date(2026, 10, i) for i in range(1, 12))}
    # 1–3 October are the statutory holidays; 4–8 the rest days of the block; Saturday 10
    # October is a make-up working day, Sunday 20 September too
    assert [d.day for d, k in kinds.items() if k is DayKind.HOLIDAY] == [1, 2, 3]
    assert [d.day for d, k in kinds.items() if k is DayKind.REST] == [4, 5, 6, 7, 11]
    assert kinds[date(2026, 10, 10)] is DayKind.WORKING
    assert cal.kind(date(2026, 9, 20)) is DayKind.WORKING
    assert cal.kind(date(2026, 9, 25)) is DayKind.HOLIDAY  # Mid-Autumn Festival


def test_holiday_duty_is_holiday_overtime_under_the_daily_rule():
    """The 6.5 h duty shifts of 1–3 October were counted as no overtime at all."""
    worked = {date(2026, 10, d): 390 for d in (1, 2, 3)}
    total = _total(worked, date(2026, 9, 28), date(2026, 10, 4))
    assert total == OvertimeSplit(holiday=3 * 390)


def test_rest_day_work_counts_unless_a_working_day_is_off_in_the_same_week():
    monday = date(2026, 3, 2)
    week = [monday + timedelta(days=i) for i in range(7)]
    five_and_saturday = {d: 450 for d in week[:6]}  # Monday to Saturday, 7.5 h each
    assert _total(five_and_saturday, week[0], week[-1]) == OvertimeSplit(rest_day=450)
    day_off_in_lieu = {d: 450 for d in (*week[:3], *week[4:6])}  # Thursday off, Saturday on
    assert _total(day_off_in_lieu, week[0], week[-1]) == OvertimeSplit()
    # a working day on leave is not a day off in lieu
    leave = {week[3]}
    assert _total(day_off_in_lieu, week[0], week[-1], leave=leave).rest_day == 450


def test_working_day_kind_follows_the_configured_rule():
    monday = date(2026, 3, 2)
    worked = {monday: 600, monday + timedelta(days=1): 450}
    daily = _total(worked, monday, monday + timedelta(days=6))
    assert daily == OvertimeSplit(working_day=120)  # 10 h against the 8 h standard day
    planned = {monday: 450, monday + timedelta(days=1): 450}
    by_roster = _total(
        worked, monday, monday + timedelta(days=6), replace(POLICY, rule=PLANNED), planned=planned
    )
    assert by_roster == OvertimeSplit(working_day=150)
    weekly = {monday + timedelta(days=i): 540 for i in range(5)}  # 45 h in five days
    total = _total(
        weekly, monday, monday + timedelta(days=6), replace(POLICY, rule=WEEKLY_CONTRACT)
    )
    assert total == OvertimeSplit(working_day=300)


def test_a_week_counts_in_the_month_of_its_sunday():
    # Monday 30 November to Saturday 5 December 2026 worked: the Saturday has no day in lieu
    monday = date(2026, 11, 30)
    sunday = monday + timedelta(days=6)
    worked = {monday + timedelta(days=i): 450 for i in range(6)}
    splits = person_overtime(worked, monday, sunday, _calendar(monday, sunday), POLICY)
    assert by_month(splits.items()) == {Month(2026, 12): OvertimeSplit(rest_day=450)}


def _person(pid: int = 1) -> Person:
    return Person(pid, f"员工{pid}", 40 * 60)


def _march(days: int = 31) -> list[date]:
    return [date(2027, 3, 1) + timedelta(days=i) for i in range(days)]


def _long_days_problem(**limits) -> RosterProblem:
    days = _march()
    return RosterProblem(
        days,
        [_person(1), _person(2)],
        [LONG, EARLY],
        [Need(d, c, 0, 2) for d in days for c in ("X", "E")],
        limits=RuleLimits(legal_weekly_hours=84, **limits),
        calendar=_calendar(days[0], days[-1]),
    )


def test_eleven_and_a_half_hours_on_thirteen_days_breaks_both_limits():
    """11.5 h on 13 days gave 45.5 h of overtime with nothing flagged."""
    problem = _long_days_problem(hard_rules=ALL_RULES - {Rule.WEEKLY_OVER_CONTRACT})
    workdays = [d for d in problem.days if d.weekday() < 5][:13]
    roster = [Assignment(1, d, "X") for d in workdays]
    found = check_roster(problem, roster)
    daily = [v for v in found if v.rule is Rule.DAILY_OVERTIME]
    monthly = [v for v in found if v.rule is Rule.MONTHLY_OVERTIME]
    assert [v.day for v in daily] == workdays
    assert "3.5 h beyond the standard 8 h day" in daily[0].message
    assert len(monthly) == 1 and "45.5 h of overtime in 2027-03" in monthly[0].message
    assert monthly[0].day == workdays[10]  # the eleventh long day passes 36 h
    assert "over the limit of 36 h a month" in monthly[0].message


def test_the_solver_leaves_out_shifts_longer_than_a_day_may_be():
    problem = replace(
        _long_days_problem(),
        needs=[Need(d, "X", 1, 1) for d in _march(3)] + [Need(d, "E", 0, 2) for d in _march(3)],
        days=_march(3),
    )
    solution = solve_roster(problem, 5)
    assert solution.status == INFEASIBLE
    assert any(
        "more than the standard 8 h day plus the 3 h" in d.message for d in solution.diagnosis
    )
    soft = replace(
        problem, limits=replace(problem.limits, hard_rules=ALL_RULES - {Rule.DAILY_OVERTIME})
    )
    assert solve_roster(soft, 5).has_roster


def test_the_solver_keeps_the_monthly_cap_and_the_rule_check_agrees():
    # one warden must cover every National Day duty: 6.5 h on 1–3 October is 19.5 h of
    # holiday overtime; with a cap of 15 h a month a second warden has to take a share
    days = [date(2026, 9, 28) + timedelta(days=i) for i in range(14)]
    needs = [Need(d, "D", 1, 1) for d in days if d.day in (1, 2, 3) and d.month == 10]
    needs += [Need(d, "E", 1, 2) for d in days if d.weekday() < 5 and d.month == 10 and d.day > 7]
    people = [_person(1), _person(2)]
    base = RosterProblem(
        days,
        people,
        [DUTY, EARLY],
        needs,
        preferences=[],
        weights=SoftWeights(fairness=0, contract_hours=0, preferences=0, changes=0, stability=0),
        calendar=_calendar(days[0], days[-1]),
        limits=RuleLimits(overtime=replace(POLICY, monthly_max_minutes=15 * 60)),
    )
    # person 2 is on leave on 2 October: 1 and 3 October alone for person 2 are 13 h, so
    # person 1 must take 2 October
    problem = replace(base, leave=[Leave(2, date(2026, 10, 2))])
    solution = solve_roster(problem, 5)
    assert solution.has_roster
    assert hard_breaches(problem, solution.assignments) == []
    assert not [
        v for v in check_roster(problem, solution.assignments) if v.rule is Rule.MONTHLY_OVERTIME
    ]
    duty = sorted((a.day.day, a.person_id) for a in solution.assignments if a.shift_code == "D")
    assert duty[1] == (2, 1)
    assert len({pid for _, pid in duty}) == 2  # nobody takes all three (19.5 h > 15 h)
    # a roster with one person on all three breaks the cap, and the check says so
    one = [Assignment(1, date(2026, 10, d), "D") for d in (1, 2, 3)]
    assert [v.rule for v in check_roster(base, one) if v.rule is Rule.MONTHLY_OVERTIME] == [
        Rule.MONTHLY_OVERTIME
    ]


def test_daily_rule_is_the_default_and_every_limit_is_a_setting():
    assert OvertimePolicy(DAILY, 480, 180, 2160) == POLICY
    assert RuleLimits().legal_weekly_hours == 40
    assert {Rule.DAILY_OVERTIME, Rule.MONTHLY_OVERTIME} <= RuleLimits().hard_rules


def test_week_days_and_the_total_of_a_span():
    leap_week = ot.week_days(date(2024, 2, 26))
    assert [d.isoformat() for d in (leap_week[3], leap_week[4], leap_week[-1])] == [
        "2024-02-29",
        "2024-03-01",
        "2024-03-03",
    ]
    splits = {
        date(2023, 12, 31): ot.OvertimeSplit(rest_day=60),
        date(2024, 1, 1): ot.OvertimeSplit(holiday=480),
        date(2024, 2, 29): ot.OvertimeSplit(working_day=90),
        date(2024, 3, 1): ot.OvertimeSplit(working_day=30),
    }
    assert ot.total_between(splits, date(2024, 1, 1), date(2024, 2, 29)) == ot.OvertimeSplit(
        90, 0, 480
    )
    assert ot.total_between(splits, date(2024, 3, 2), date(2024, 3, 31)) == ot.NO_OVERTIME
