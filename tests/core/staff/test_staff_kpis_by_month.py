"""The staffing KPIs of several months at once (``KpiDef.months``) give each month's own figure:
timesheets and coverage gaps over a year end, 29 February and month ends, in consecutive runs
and with months left out, for each weekly overtime rule."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from branchops import i18n
from branchops.core import kpi
from branchops.core.memo import memo_scope
from branchops.core.period import Month, month_range
from branchops.core.staff import roster, roster_check, timesheet
from branchops.core.staff.kpis import (
    coverage_gaps,
    coverage_gaps_by_month,
    labour_hours_vs_budget_by_month,
    overtime_hours,
    overtime_hours_by_month,
)
from branchops.core.staff.models import LeaveKind, LeaveRequest, LeaveStatus
from branchops.core.staff.problem_builder import date_range
from branchops.core.staff.roster_store import CellEdit
from branchops.core.staff.roster_types import Rule
from tests.core.staff.scheduling_setup import change_settings, small_branch

TODAY = date(2024, 3, 20)
MONTHS = list(month_range(Month(2023, 11), Month(2024, 3)))  # a year end and a leap February
COVERAGE = (Rule.UNDERSTAFFED, Rule.MISSING_SKILL)
WITH_A_HOLE = [Month(2023, 11), Month(2024, 1), Month(2024, 2), Month(2024, 3)]
OVERTIME_DAYS = {  # a month's last day, a year's last and first days, 29 February
    date(2023, 11, 30): 11 * 60,
    date(2023, 12, 31): 6 * 60,
    date(2024, 1, 1): 4 * 60,
    date(2024, 2, 29): 12 * 60,
    date(2024, 3, 2): 5 * 60,
}
LEAVE = [  # approved leave across a month end, a year end and 29 February (half days)
    (date(2023, 11, 29), date(2023, 12, 1), False),
    (date(2023, 12, 29), date(2024, 1, 2), False),
    (date(2024, 2, 29), date(2024, 2, 29), True),
    (date(2024, 2, 28), date(2024, 3, 1), False),
]


@pytest.fixture(autouse=True)
def _english_messages():
    i18n.set_language("en")


@pytest.fixture
def branch(db, manager):
    """Four people on early and late shifts most weekdays from November to March, some days
    left short, and hours entered beyond the roster on the days above."""
    branch = small_branch(db, manager, people=4)
    edits = []
    for day in date_range(date(2023, 10, 30), date(2024, 3, 31)):
        if day.weekday() >= 5 or day.day % 7 == 3:
            continue
        for index, person in enumerate(branch.staff):
            if (day.toordinal() + index) % 4:
                edits.append(CellEdit(person, day, "E" if index % 2 else "L"))
    with db.unit_of_work(manager) as uow:
        roster.edit_cells(uow, manager, edits)
    for day, minutes in OVERTIME_DAYS.items():
        with db.unit_of_work(manager) as uow:
            timesheet.set_actual(uow, manager, branch.staff[0], day, minutes)
    with db.unit_of_work(manager) as uow:
        uow.session.add_all(
            LeaveRequest(
                staff_id=branch.staff[2],
                kind=LeaveKind.ANNUAL,
                first_day=first,
                last_day=last,
                half_day=half,
                status=LeaveStatus.APPROVED,
            )
            for first, last, half in LEAVE
        )
        uow.commit()
    return branch


def _alone(db, month: Month) -> dict:
    with db.session() as session:
        return asdict(timesheet.month_timesheet(session, month, today=TODAY))


@pytest.mark.parametrize("rule", ["daily", "weekly_contract", "planned"])
def test_timesheets_of_several_months_are_each_months_own(db, manager, branch, rule):
    change_settings(db, manager, overtime_rule=rule, monthly_labour_budget_hours=300.0)
    alone = {m: _alone(db, m) for m in MONTHS}
    assert any(alone[m]["rows"] for m in MONTHS)
    assert sum(r["overtime_hours"] for m in MONTHS for r in alone[m]["rows"]) > 0
    assert all(any(r["leave_days"] for r in alone[m]["rows"]) for m in WITH_A_HOLE)
    for months in (MONTHS, WITH_A_HOLE):
        with db.session() as session:
            together = timesheet.month_timesheets(session, months, today=TODAY)
        assert {m: asdict(t) for m, t in together.items()} == {m: alone[m] for m in months}
        with db.session() as session, memo_scope(session):
            timesheet.month_timesheets(session, months[1:], today=TODAY)
            kept = timesheet.month_timesheets(session, months, today=TODAY)
            assert timesheet.month_timesheet(session, months[0], today=TODAY) is kept[months[0]]
        assert {m: asdict(t) for m, t in kept.items()} == {m: alone[m] for m in months}


def test_staffing_kpis_of_several_months_match_the_monthly_formulas(db, manager, branch):
    change_settings(db, manager, monthly_labour_budget_hours=300.0)
    with db.session() as session:
        gaps = {m: coverage_gaps(session, m) for m in MONTHS}
        overtime = {m: overtime_hours(session, m) for m in MONTHS}
    assert all(gaps[m] for m in MONTHS)
    for months in (MONTHS, WITH_A_HOLE):
        with db.session() as session:
            assert coverage_gaps_by_month(session, months) == {m: gaps[m] for m in months}
            assert overtime_hours_by_month(session, months) == {m: overtime[m] for m in months}
            budget = labour_hours_vs_budget_by_month(session, months)
            assert all(budget[m] is not None and budget[m] > 0 for m in months)


def test_coverage_gaps_count_the_shifts_the_roster_check_finds_short(db, manager, branch):
    """29 February with one person on each shift (the early shift needs two and a supervisor):
    the count of several months is the roster check's count of each month."""
    day = date(2024, 2, 29)
    shift = {branch.staff[3]: "E", branch.staff[0]: "L"}
    edits = [CellEdit(p, day, shift.get(p)) for p in branch.staff]
    with db.unit_of_work(manager) as uow:
        roster.edit_cells(uow, manager, edits)
    with db.session() as session:
        found = coverage_gaps_by_month(session, MONTHS)
        checked = {m: float(_checked(session, m)) for m in MONTHS}
        short = {v.shift_code for v in _short(session, day)}
    assert found == checked
    assert short == {"E"}


def _short(session, day: date):
    found = roster_check.check_period(session, day, day)
    return [c.violation for c in found if c.violation.rule in COVERAGE and c.violation.day == day]


def _checked(session, month: Month) -> int:
    found = roster_check.check_period(session, month.first_day, month.last_day)
    return len(
        {(c.violation.day, c.violation.shift_code) for c in found if c.violation.rule in COVERAGE}
    )


def test_kpi_rows_fill_the_year_to_date_from_the_months_formulas(db, manager, branch):
    march = Month(2024, 3)
    with db.session() as session:
        rows = kpi.kpi_rows(session, march, [kpi.get("staff.coverage_gaps")])
        monthly = [coverage_gaps(session, m) or 0.0 for m in month_range(Month(2024, 1), march)]
        previous = coverage_gaps(session, march.previous)
        a_year_ago = coverage_gaps(session, march.same_month_last_year)  # no roster: all short
    assert rows[0].value == monthly[-1]
    assert rows[0].year_to_date == sum(monthly)
    assert (rows[0].previous, rows[0].same_month_last_year) == (previous, a_year_ago)


def test_a_week_ending_on_new_years_eve_counts_in_december(db, manager, branch):
    """Monday to Friday and Saturday 30 December worked: the Saturday's rest-day overtime
    counts on Sunday 31 December, in December's timesheet, read together or alone."""
    for day in date_range(date(2023, 12, 25), date(2023, 12, 30)):
        with db.unit_of_work(manager) as uow:
            timesheet.set_actual(uow, manager, branch.staff[1], day, 8 * 60)
    december, january = Month(2023, 12), Month(2024, 1)
    with db.session() as session:
        both = timesheet.month_timesheets(session, [december, january], TODAY)
    assert asdict(both[december]) == _alone(db, december)
    assert asdict(both[january]) == _alone(db, january)
    rest = {m: next(r for r in both[m].rows if r.staff_id == branch.staff[1]) for m in both}
    assert rest[december].overtime_rest_hours == 8.0
