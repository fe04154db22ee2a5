"""Shift types and staffing needs: validation, special days, closed days."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from branchops.core.errors import ValidationError
from branchops.core.staff import needs, shifts
from branchops.core.staff.models import ShiftType, StaffingNeed
from tests.core.staff.scheduling_setup import small_branch


def test_end_before_start_needs_the_overnight_flag(db, manager):
    bad = shifts.ShiftInput("N", "夜班", time(22, 0), time(6, 0), False, 30)
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        shifts.save_shift(uow, manager, bad)
    assert caught.value.for_field("end")
    with db.session() as session:
        assert session.scalar(select(func.count(ShiftType.id))) == 0
    bad.overnight = True
    with db.unit_of_work(manager) as uow:
        shifts.save_shift(uow, manager, bad)
    with db.session() as session:
        row = shifts.list_shifts(session)[0]
    assert row.paid_hours == 7.5 and row.overnight
    assert row.times.startswith("22:00–06:00") and row.times != "22:00–06:00"  # next-day mark


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": "toolong123"}, "code"),
        ({"name": ""}, "name"),
        ({"break_minutes": 600}, "break_minutes"),
        ({"colour": "red"}, "colour"),
        ({"end": time(9, 0)}, "end"),
        ({"overnight": True}, "end"),
    ],
)
def test_bad_shift_fields(db, manager, changes, field):
    data = shifts.ShiftInput("E", "早班", time(9, 0), time(17, 0), False, 60)
    for key, value in changes.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        shifts.save_shift(uow, manager, data)
    assert caught.value.for_field(field)


def test_duplicate_shift_code(db, manager):
    data = shifts.ShiftInput("e", "早班", time(9, 0), time(17, 0), False, 60)
    with db.unit_of_work(manager) as uow:
        shifts.save_shift(uow, manager, data)
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        shifts.save_shift(uow, manager, data)
    assert "E" in caught.value.for_field("code")[0]


@pytest.mark.postgres
def test_needs_larger_than_active_staff_change_nothing(db, manager):
    branch = small_branch(db, manager, people=4)
    too_many = [needs.NeedInput(branch.early, 5), needs.NeedInput(branch.late, 2, 1)]
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        needs.save_weekday_needs(uow, manager, 0, too_many)
    assert caught.value.for_field("needs[0].min") and caught.value.for_field("needs[1].max")
    with db.session() as session:
        monday = [r for r in needs.weekday_needs(session) if r.weekday == 0]
        assert session.scalar(select(func.count(StaffingNeed.id))) == 12
    assert [(r.shift_code, r.min_headcount) for r in monday] == [("E", 2), ("L", 1)]
    assert "柜员上岗" in monday[0].skills_text


def test_needs_of_days_follow_calendar_and_special_days(db, manager):
    branch = small_branch(db, manager)
    # 2026-10-01 is National Day; Sunday 2026-09-20 a make-up working day (调休)
    with db.unit_of_work(manager) as uow:
        needs.save_special_day(
            uow,
            manager,
            needs.SpecialDayInput(
                "季末高峰",
                date(2026, 9, 29),
                date(2026, 9, 30),
                [needs.NeedInput(branch.early, 4, None, {branch.cashier: 2})],
            ),
        )
    with db.unit_of_work(manager) as uow:
        needs.save_special_day(
            uow, manager, needs.SpecialDayInput("装修停业", date(2026, 9, 26), date(2026, 9, 26))
        )
    days = [date(2026, 9, d) for d in (20, 24, 26, 27, 29)] + [date(2026, 10, 1)]
    with db.session() as session:
        found = needs.needs_for_days(session, days)
        specials = needs.list_special_days(session)
    by_day = {}
    for need in found:
        by_day.setdefault(need.day, []).append((need.shift_code, need.min_headcount))
    assert by_day[date(2026, 9, 24)] == [("E", 2), ("L", 1)]  # Thursday
    assert date(2026, 9, 26) not in by_day  # special day without needs: closed
    assert date(2026, 9, 27) not in by_day  # Sunday: closed in the opening hours
    assert by_day[date(2026, 9, 20)] == [("E", 2), ("L", 1)]  # make-up working Sunday
    assert by_day[date(2026, 9, 29)] == [("E", 4)]  # special day replaces the weekday
    assert date(2026, 10, 1) not in by_day  # public holiday
    assert {s.name: s.closed for s in specials} == {"季末高峰": False, "装修停业": True}


def test_special_day_ending_before_it_starts(db, manager):
    data = needs.SpecialDayInput("x", date(2026, 5, 2), date(2026, 5, 1))
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        needs.save_special_day(uow, manager, data)
    assert caught.value.for_field("last_day")
