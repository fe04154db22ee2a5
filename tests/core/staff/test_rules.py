"""Roster rules: each rule broken and kept, overnight shifts, skill expiry, half-day leave."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from branchops import i18n
from branchops.core.staff.roster_types import (
    ALL_RULES,
    Assignment,
    Leave,
    Need,
    Person,
    RosterInputError,
    RosterProblem,
    Rule,
    RuleLimits,
    ShiftType,
    Unavailable,
)
from branchops.core.staff.rules import HARD, WARNING, check_roster


@pytest.fixture(autouse=True)
def _english_messages():
    """These tests read the English wording of the messages."""
    i18n.set_language("en")


MON = date(2026, 12, 7)  # a Monday; the week runs to Sunday 12-13
DAYS = [MON + timedelta(days=i) for i in range(7)]

EARLY = ShiftType("E", "早班", time(8, 30), time(17, 0), 60)  # 7.5 h paid
LATE = ShiftType("L", "晚班", time(12, 0), time(20, 30), 60)  # 7.5 h paid
NIGHT = ShiftType("N", "夜班", time(22, 0), time(6, 0), 0)  # 8 h, crosses midnight
LONG_NIGHT = ShiftType("X", "长夜班", time(20, 0), time(9, 0), 60)  # ends after 早班 starts
HALF = ShiftType("H", "半班", time(9, 0), time(13, 0), 0)  # 4 h

ZHANG, LI, WANG = 1, 2, 3
PEOPLE = [
    # 张伟's cashier certificate lapses after Wednesday 12-09
    Person(ZHANG, "张伟", 40 * 60, skills={"cashier": date(2026, 12, 9)}),
    Person(LI, "李娜", 40 * 60, skills={"supervisor": None, "cashier": None}),
    Person(WANG, "王芳", 20 * 60, part_time=True),
]


def problem(**changes: object) -> RosterProblem:
    """Every shift runs every day for 0..3 people: only what a test adds can break a rule."""
    base = RosterProblem(
        days=DAYS,
        people=PEOPLE,
        shift_types=[EARLY, LATE, NIGHT, LONG_NIGHT, HALF],
        needs=[Need(d, s.code, 0, 3) for d in DAYS for s in (EARLY, LATE, NIGHT, LONG_NIGHT, HALF)],
        skill_names={"cashier": "柜员", "supervisor": "主管"},
    )
    return replace(base, **changes)


def a(person: int, day: int, code: str) -> Assignment:
    return Assignment(person, DAYS[day], code)


def rules_of(prob: RosterProblem, roster: list[Assignment]) -> set[Rule]:
    return {v.rule for v in check_roster(prob, roster)}


# -- shift types -------------------------------------------------------------------------------


def test_shift_type_derived_values() -> None:
    assert EARLY.paid_minutes == 450 and not EARLY.crosses_midnight
    assert NIGHT.paid_minutes == 480 and NIGHT.crosses_midnight
    start, end = NIGHT.span_on(MON)
    assert start == datetime(2026, 12, 7, 22, 0)
    assert end == datetime(2026, 12, 8, 6, 0)


def test_break_longer_than_shift_is_rejected() -> None:
    with pytest.raises(RosterInputError, match="break"):
        ShiftType("B", "坏班", time(9, 0), time(10, 0), 60)


# -- one table: each rule broken and kept --------------------------------------------------------

CASES = [
    # (id, problem changes, roster, rule, expected broken)
    ("double booking", {}, [a(ZHANG, 0, "E"), a(ZHANG, 0, "L")], Rule.DOUBLE_BOOKING, True),
    ("one shift a day", {}, [a(ZHANG, 0, "E"), a(ZHANG, 1, "L")], Rule.DOUBLE_BOOKING, False),
    ("overnight overlap", {}, [a(ZHANG, 0, "X"), a(ZHANG, 1, "E")], Rule.DOUBLE_BOOKING, True),
    ("night then late", {}, [a(ZHANG, 0, "N"), a(ZHANG, 1, "L")], Rule.DOUBLE_BOOKING, False),
    ("night then early", {}, [a(ZHANG, 0, "N"), a(ZHANG, 1, "E")], Rule.SHORT_REST, True),
    ("late then early 12 h", {}, [a(ZHANG, 0, "L"), a(ZHANG, 1, "E")], Rule.SHORT_REST, False),
    (
        "late then early under 13 h",
        {"limits": RuleLimits(min_rest_hours=13)},
        [a(ZHANG, 0, "L"), a(ZHANG, 1, "E")],
        Rule.SHORT_REST,
        True,
    ),
    ("night then night", {}, [a(ZHANG, 0, "N"), a(ZHANG, 1, "N")], Rule.SHORT_REST, False),
    ("7 days in a row", {}, [a(LI, d, "H") for d in range(7)], Rule.TOO_MANY_DAYS, True),
    ("6 days in a row", {}, [a(LI, d, "H") for d in range(6)], Rule.TOO_MANY_DAYS, False),
    (
        "over legal hours",
        {"limits": RuleLimits(legal_weekly_hours=30)},
        [a(LI, d, "E") for d in range(5)],
        Rule.WEEKLY_OVER_LEGAL,
        True,
    ),
    ("within legal hours", {}, [a(LI, d, "E") for d in range(5)], Rule.WEEKLY_OVER_LEGAL, False),
    (
        "over contract",
        {"people": [replace(PEOPLE[0], contract_minutes_per_week=30 * 60), *PEOPLE[1:]]},
        [a(ZHANG, d, "E") for d in range(5)],
        Rule.WEEKLY_OVER_CONTRACT,
        True,
    ),
    ("within contract", {}, [a(ZHANG, d, "E") for d in range(5)], Rule.WEEKLY_OVER_CONTRACT, False),
    (
        "leave counts against contract",
        {"leave": [Leave(ZHANG, DAYS[5]), Leave(ZHANG, DAYS[6])]},
        [a(ZHANG, d, "E") for d in range(4)],  # 30 h + 16 h of leave > 40 h
        Rule.WEEKLY_OVER_CONTRACT,
        True,
    ),
    (
        "part-timer over contract",
        {},
        [a(WANG, d, "E") for d in range(3)],
        Rule.PART_TIME_OVER_CONTRACT,
        True,
    ),
    (
        "part-timer within contract",
        {},
        [a(WANG, d, "E") for d in range(2)],
        Rule.PART_TIME_OVER_CONTRACT,
        False,
    ),
    (
        "understaffed",
        {"needs": [Need(DAYS[0], "E", 2)]},
        [a(ZHANG, 0, "E")],
        Rule.UNDERSTAFFED,
        True,
    ),
    (
        "staffed",
        {"needs": [Need(DAYS[0], "E", 2)]},
        [a(ZHANG, 0, "E"), a(LI, 0, "E")],
        Rule.UNDERSTAFFED,
        False,
    ),
    (
        "overstaffed",
        {"needs": [Need(DAYS[0], "E", 1, 1)]},
        [a(ZHANG, 0, "E"), a(LI, 0, "E")],
        Rule.OVERSTAFFED,
        True,
    ),
    ("shift not run", {"needs": []}, [a(ZHANG, 0, "E")], Rule.OVERSTAFFED, True),
    (
        "missing supervisor",
        {"needs": [Need(DAYS[0], "E", 1, None, {"supervisor": 1})]},
        [a(ZHANG, 0, "E")],
        Rule.MISSING_SKILL,
        True,
    ),
    (
        "supervisor present",
        {"needs": [Need(DAYS[0], "E", 1, None, {"supervisor": 1})]},
        [a(LI, 0, "E")],
        Rule.MISSING_SKILL,
        False,
    ),
    (
        "skill valid on its last day",
        {"needs": [Need(DAYS[2], "E", 1, None, {"cashier": 1})]},
        [a(ZHANG, 2, "E")],
        Rule.MISSING_SKILL,
        False,
    ),
    (
        "skill expired the day after",
        {"needs": [Need(DAYS[3], "E", 1, None, {"cashier": 1})]},
        [a(ZHANG, 3, "E")],
        Rule.MISSING_SKILL,
        True,
    ),
    ("on leave", {"leave": [Leave(ZHANG, DAYS[0])]}, [a(ZHANG, 0, "E")], Rule.LEAVE_CLASH, True),
    (
        "half-day leave and a full shift",
        {"leave": [Leave(ZHANG, DAYS[0], half_day=True)]},
        [a(ZHANG, 0, "E")],
        Rule.LEAVE_CLASH,
        True,
    ),
    (
        "half-day leave and a half shift",
        {"leave": [Leave(ZHANG, DAYS[0], half_day=True)]},
        [a(ZHANG, 0, "H")],
        Rule.LEAVE_CLASH,
        False,
    ),
    (
        "leave another day",
        {"leave": [Leave(ZHANG, DAYS[1])]},
        [a(ZHANG, 0, "E")],
        Rule.LEAVE_CLASH,
        False,
    ),
    (
        "unavailable",
        {"unavailable": [Unavailable(ZHANG, DAYS[0])]},
        [a(ZHANG, 0, "E")],
        Rule.UNAVAILABLE,
        True,
    ),
    (
        "available",
        {"unavailable": [Unavailable(LI, DAYS[0])]},
        [a(ZHANG, 0, "E")],
        Rule.UNAVAILABLE,
        False,
    ),
]


@pytest.mark.parametrize(
    ("changes", "roster", "rule", "broken"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_rule(changes: dict, roster: list[Assignment], rule: Rule, broken: bool) -> None:
    assert (rule in rules_of(problem(**changes), roster)) is broken


def test_a_clean_roster_has_no_violations() -> None:
    roster = [a(ZHANG, d, "E") for d in range(5)] + [a(LI, d, "L") for d in range(2, 7)]
    assert check_roster(problem(), roster) == []


# -- messages and details ----------------------------------------------------------------------


def test_short_rest_message_names_person_shifts_and_hours() -> None:
    (violation,) = check_roster(problem(), [a(ZHANG, 0, "N"), a(ZHANG, 1, "E")])
    assert violation.rule is Rule.SHORT_REST
    assert violation.person_id == ZHANG
    assert violation.day == DAYS[1] and violation.shift_code == "E"
    assert violation.severity == HARD
    assert violation.message == (
        "张伟 has only 2.5 h rest between 夜班 on 2026-12-07 and 早班 on 2026-12-08 (minimum 11 h)."
    )


def test_expired_skill_is_named_in_the_message() -> None:
    prob = problem(needs=[Need(DAYS[3], "E", 1, None, {"cashier": 1})])
    (violation,) = check_roster(prob, [a(ZHANG, 3, "E")])
    assert "柜员" in violation.message and "张伟" in violation.message
    assert "expired" in violation.message


def test_consecutive_days_reported_once_per_run() -> None:
    found = check_roster(problem(), [a(LI, d, "H") for d in range(7)])
    assert [v.rule for v in found] == [Rule.TOO_MANY_DAYS]
    assert found[0].day == DAYS[6]
    assert "7 days in a row" in found[0].message


def test_weekly_hours_only_count_checked_days() -> None:
    # ten shifts over two weeks, but only the first week is checked
    roster = [Assignment(ZHANG, MON + timedelta(days=d), "E") for d in range(12) if d % 7 < 5]
    assert rules_of(problem(), roster) == set()


def test_weeks_are_iso_weeks() -> None:
    # Thursday to Wednesday: 7 shifts in a row, split 4 + 3 across two ISO weeks
    days = [date(2026, 12, 3) + timedelta(days=i) for i in range(7)]
    prob = problem(days=days, needs=[Need(d, "E", 0) for d in days])
    roster = [Assignment(ZHANG, d, "E") for d in days]
    assert rules_of(prob, roster) == {Rule.TOO_MANY_DAYS}


def test_soft_rules_are_warnings() -> None:
    limits = RuleLimits(hard_rules=ALL_RULES - {Rule.PART_TIME_OVER_CONTRACT})
    found = check_roster(problem(limits=limits), [a(WANG, d, "E") for d in range(3)])
    assert [(v.rule, v.severity) for v in found] == [(Rule.PART_TIME_OVER_CONTRACT, WARNING)]


def test_half_day_leave_message_explains_the_limit() -> None:
    prob = problem(leave=[Leave(ZHANG, DAYS[0], half_day=True)])
    (violation,) = check_roster(prob, [a(ZHANG, 0, "E")])
    assert "half a day" in violation.message and "4.0 h" in violation.message


def test_assignments_outside_the_days_are_ignored() -> None:
    assert check_roster(problem(), [Assignment(ZHANG, DAYS[0] - timedelta(days=1), "E")]) == []


def test_unknown_shift_code_is_an_input_error() -> None:
    with pytest.raises(RosterInputError, match="Unknown shift type Q"):
        check_roster(problem(), [a(ZHANG, 0, "Q")])


def test_unknown_person_is_an_input_error() -> None:
    with pytest.raises(RosterInputError, match="99"):
        check_roster(problem(), [a(99, 0, "E")])


def test_violations_are_sorted_by_day() -> None:
    roster = [a(ZHANG, 3, "E"), a(ZHANG, 3, "L"), a(LI, 0, "E"), a(LI, 0, "L")]
    days = [v.day for v in check_roster(problem(), roster)]
    assert days == sorted(days)
