"""Timesheet: planned vs actual hours, overtime rules, labour budget, staffing KPIs."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from branchops import i18n
from branchops.core import kpi
from branchops.core.errors import ValidationError
from branchops.core.period import Month
from branchops.core.staff import roster, schedule_settings, shifts, timesheet
from branchops.core.staff.problem_builder import date_range
from branchops.core.staff.roster_store import CellEdit
from tests.core.staff.scheduling_setup import change_settings, small_branch

MARCH = Month(2026, 3)


@pytest.fixture(autouse=True)
def _english_messages():
    i18n.set_language("en")


MONDAY = date(2026, 3, 2)


@pytest.fixture
def week(db, manager):
    """E001 works the early shift (7.5 h paid) Monday to Friday of the first week of March."""
    branch = small_branch(db, manager)
    edits = [CellEdit(branch.staff[0], MONDAY + timedelta(days=i), "E") for i in range(5)]
    with db.unit_of_work(manager) as uow:
        roster.edit_cells(uow, manager, edits)
    return branch


@pytest.mark.postgres
def test_planned_actual_and_daily_overtime(db, manager, week):
    person = week.staff[0]
    with db.unit_of_work(manager) as uow:
        timesheet.set_actual(uow, manager, person, MONDAY, 10 * 60, "月末加班")
    with db.unit_of_work(manager) as uow:
        timesheet.set_actual(uow, manager, person, MONDAY + timedelta(days=1), 6 * 60)
    with db.session() as session:
        sheet = timesheet.month_timesheet(session, MARCH, today=date(2026, 3, 31))
        days = timesheet.days_of(session, person, MONDAY, MONDAY + timedelta(days=1))
    row = next(r for r in sheet.rows if r.staff_id == person)
    assert row.planned_hours == 37.5
    assert row.actual_hours == 37.5 + 2.5 - 1.5
    assert row.overtime_hours == 2.0  # 10 h against the daily 8 h
    assert days[0].entered and days[0].note == "月末加班" and days[0].planned_minutes == 450


def test_weekly_and_planned_overtime_rules(db, manager, week):
    person = week.staff[0]
    with db.unit_of_work(manager) as uow:
        timesheet.set_actual(uow, manager, person, MONDAY, 10 * 60)
    with db.unit_of_work(manager) as uow:
        timesheet.set_actual(uow, manager, person, MONDAY + timedelta(days=5), 5 * 60)
    change_settings(db, manager, overtime_rule="weekly_contract")
    with db.session() as session:
        weekly = timesheet.month_timesheet(session, MARCH, today=date(2026, 3, 31))
    change_settings(db, manager, overtime_rule="planned")
    with db.session() as session:
        planned = timesheet.month_timesheet(session, MARCH, today=date(2026, 3, 31))
    # week: 4 × 7.5 + 10 + 5 = 45 h against a 40 h contract
    assert weekly.rows[0].overtime_hours == 5.0
    # beyond the roster: Monday +2.5 h, Saturday 5 h with no shift
    assert planned.rows[0].overtime_hours == 7.5


def test_budget_and_kpis(db, manager, week):
    change_settings(db, manager, monthly_labour_budget_hours=75.0)
    with db.session() as session:
        values = kpi.compute(
            session,
            MARCH,
            ["staff.labour_hours_vs_budget", "staff.coverage_gaps", "staff.overtime_hours"],
        )
    assert values["staff.labour_hours_vs_budget"] == pytest.approx(37.5 / 75)
    # one person cannot fill any shift: all 2 × 26 shifts of the open days are short
    assert values["staff.coverage_gaps"] == 52
    assert values["staff.overtime_hours"] == 0.0


def test_bad_actual_hours_and_settings(db, manager, week):
    with pytest.raises(ValidationError), db.unit_of_work(manager) as uow:
        timesheet.set_actual(uow, manager, week.staff[0], MONDAY, 25 * 60)
    with pytest.raises(ValidationError) as caught:
        change_settings(db, manager, legal_weekly_hours=36.0, solver_time_limit_s=0)
    assert caught.value.for_field("legal_weekly_hours")  # below the 40 h contracts
    assert caught.value.for_field("solver_time_limit_s")
    with db.session() as session:
        assert schedule_settings.rule_limits(session).legal_weekly_hours == 40


def test_overtime_by_its_three_kinds_and_the_legal_limits(db, manager):
    """Holiday duty gave no overtime under the daily rule, and 11.5 h on 13 days (45.5 h of
    overtime) was never flagged."""
    branch = small_branch(db, manager)
    with db.unit_of_work(manager) as uow:
        shifts.save_shift(
            uow, manager, shifts.ShiftInput("D", "值班", time(9, 0), time(16, 0), False, 30)
        )
    person = branch.staff[0]
    duty = [CellEdit(person, date(2026, 10, d), "D") for d in (1, 2, 3)]  # 6.5 h each
    # Thursday 8 to Saturday 10 October are working days (10 October makes up for the
    # holiday); Sunday 11 October is a rest day with no day off in lieu that week
    week = [CellEdit(person, date(2026, 10, d), "E") for d in (8, 9, 10, 11)]
    with db.unit_of_work(manager) as uow:
        roster.edit_cells(uow, manager, duty + week)
    long_days = [d for d in date_range(date(2026, 10, 12), date(2026, 10, 31)) if d.weekday() < 5]
    for day in long_days[:13]:
        with db.unit_of_work(manager) as uow:
            timesheet.set_actual(uow, manager, person, day, 690)
    with db.session() as session:
        sheet = timesheet.month_timesheet(session, Month(2026, 10), today=date(2026, 11, 2))
    row = next(r for r in sheet.rows if r.staff_id == person)
    assert row.overtime_holiday_hours == 19.5
    assert row.overtime_rest_hours == 7.5
    assert row.overtime_working_hours == 45.5
    assert row.overtime_hours == 19.5 + 7.5 + 45.5
    mine = [w for w in sheet.warnings if w.staff_id == person]
    assert [w.day for w in mine[:-1]] == long_days[:13]
    assert mine[-1].day is None and "72.5 h of overtime in 2026-10" in mine[-1].message
    assert len(sheet.rules) == 4 and "8 h" in sheet.rules[0]
