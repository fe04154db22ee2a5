"""Leave that follows the law: total service, first year, leavers, long sick leave, carry-over,
leave across 31 December, whose working days count, and the statutory kinds of leave."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import func, select

from branchops import clock, i18n
from branchops.core.errors import ValidationError
from branchops.core.staff import leave, leave_settings, service, shifts
from branchops.core.staff.leave import LeaveInput
from branchops.core.staff.models import (
    LeaveDay,
    LeaveKind,
    LeaveRequest,
    LeaveStatus,
    RosterAssignment,
)
from branchops.core.staff.service import StaffInput

D = date
ANNUAL, SICK = LeaveKind.ANNUAL, LeaveKind.SICK


def _person(db, user, number: str, hire: date, first_work: date | None = None) -> int:
    data = StaffInput(employee_no=number, name=number, hire_date=hire, first_work_date=first_work)
    with db.unit_of_work(user) as uow:
        return service.create_staff(uow, user, data)


def _ask(db, user, staff_id, kind, first, last, approve=True) -> int:
    with db.unit_of_work(user) as uow:
        return leave.request_leave(
            uow, user, LeaveInput(staff_id, kind, first, last), approve=approve
        )


def _balance(db, staff_id, year) -> leave.LeaveBalance:
    with db.session() as session:
        return leave.balance(session, staff_id, year)


def _refused(db, user, staff_id, kind, first, last) -> list[str]:
    with db.session() as session:
        before = session.scalar(select(func.count(LeaveRequest.id)))
    with pytest.raises(ValidationError) as caught:
        _ask(db, user, staff_id, kind, first, last)
    with db.session() as session:
        assert session.scalar(select(func.count(LeaveRequest.id))) == before, "nothing saved"
    return caught.value.for_field("last_day")


def _set_rules(db, user, **changes) -> None:
    with db.session() as session:
        rules = leave_settings.load_rules(session)
    with db.unit_of_work(user) as uow:
        leave_settings.save_rules(uow, user, replace(rules, **changes))


def test_first_year_with_earlier_service_is_pro_rata(db, manager):
    # Hired 2025-09-03, working since 2020-03-01: 120 days ÷ 365 × 5 = 1 (was 0 in a hire year).
    person = _person(db, manager, "E001", D(2025, 9, 3), D(2020, 3, 1))
    i18n.set_language("en")
    balance = _balance(db, person, 2025)
    assert balance.entitled == 1.0
    assert balance.rule == "5 days: 1–10 years of service; pro rata from 2025-09-03: 1 day"


def test_no_annual_leave_before_twelve_months_of_total_service(db, manager):
    person = _person(db, manager, "E001", D(2025, 9, 3))  # a first job
    assert _balance(db, person, 2025).entitled == 0.0
    assert _balance(db, person, 2026).entitled == 1.0  # from 2026-09-03: 120 ÷ 365 × 5
    assert _refused(db, manager, person, ANNUAL, D(2026, 10, 12), D(2026, 10, 13))


def test_total_service_with_earlier_employers_sets_the_tier(db, manager):
    # Hired 2022-04-01 but working since 2010-07-01: 15 years of service on 2026-01-01.
    person = _person(db, manager, "E001", D(2022, 4, 1), D(2010, 7, 1))
    assert _balance(db, person, 2026).entitled == 10.0  # was 5 by the hire date
    _ask(db, manager, person, ANNUAL, D(2026, 3, 2), D(2026, 3, 13))  # ten working days
    assert _balance(db, person, 2026).remaining == 0.0


def test_first_employment_after_the_hire_date_is_refused(db, manager):
    data = StaffInput(
        employee_no="E001", name="王芳", hire_date=D(2022, 4, 1), first_work_date=D(2023, 1, 1)
    )
    with pytest.raises(ValidationError) as caught, db.unit_of_work(manager) as uow:
        service.create_staff(uow, manager, data)
    assert caught.value.for_field("first_work_date")


def test_a_leaver_keeps_the_days_of_the_days_served(db, manager):
    # Leaving 2026-04-30: 120 days ÷ 365 × 5 = 1 day (实施办法 art. 12), not 5.
    person = _person(db, manager, "E001", D(2018, 1, 1))
    with db.unit_of_work(manager) as uow:
        service.deactivate_staff(uow, manager, person, D(2026, 4, 30))
    assert _balance(db, person, 2026).entitled == 1.0
    assert _refused(db, manager, person, ANNUAL, D(2026, 3, 2), D(2026, 3, 4))
    assert _refused(db, manager, person, SICK, D(2026, 4, 29), D(2026, 5, 6))  # past the last day
    _ask(db, manager, person, ANNUAL, D(2026, 3, 2), D(2026, 3, 2))


def test_long_sick_leave_forfeits_the_year(db, manager):
    # Six years of service: sick leave of 2 months or more forfeits 2026 (条例 art. 4).
    person = _person(db, manager, "E001", D(2020, 1, 1))
    _ask(db, manager, person, SICK, D(2026, 1, 5), D(2026, 3, 20))  # 75 calendar days
    messages = _refused(db, manager, person, ANNUAL, D(2026, 6, 1), D(2026, 6, 3))
    assert "75" in messages[0]
    assert _balance(db, person, 2026).entitled == 0.0
    assert _balance(db, person, 2027).entitled == 5.0


def test_sick_leave_after_annual_leave_keeps_the_days_taken_and_next_year_lapses(db, manager):
    person = _person(db, manager, "E001", D(2020, 1, 1))
    _ask(db, manager, person, ANNUAL, D(2026, 1, 12), D(2026, 1, 14))
    _ask(db, manager, person, SICK, D(2026, 2, 2), D(2026, 4, 17))  # 75 calendar days
    this_year = _balance(db, person, 2026)
    assert (this_year.entitled, this_year.taken, this_year.remaining) == (3.0, 3.0, 0.0)
    assert _balance(db, person, 2027).entitled == 0.0  # 实施办法 art. 8


def test_sick_leave_under_the_tier_threshold_keeps_annual_leave(db, manager):
    # Fifteen years of service: 3 months (90 days) forfeit, 75 days do not.
    person = _person(db, manager, "E001", D(2020, 1, 1), D(2010, 7, 1))
    _ask(db, manager, person, SICK, D(2026, 1, 5), D(2026, 3, 20))
    assert _balance(db, person, 2026).entitled == 10.0


@clock.frozen("2026-06-15T10:00")
def test_unused_days_carry_over_by_the_setting(db, manager):
    person = _person(db, manager, "E001", D(2020, 1, 1))
    _ask(db, manager, person, ANNUAL, D(2025, 6, 9), D(2025, 6, 10))  # 2 of 2025's 5 days
    assert _balance(db, person, 2026).carried == 0.0  # default: none
    _set_rules(db, manager, carry_over="all")
    assert (_balance(db, person, 2026).carried, _balance(db, person, 2026).remaining) == (3.0, 8.0)
    _set_rules(db, manager, carry_over="until", carry_over_until="03-31")
    # 2026-03-30 … 04-03: 2 days up to 31 March use carried days, 3 use 2026's own
    _ask(db, manager, person, ANNUAL, D(2026, 3, 30), D(2026, 4, 3))
    messages = _refused(db, manager, person, ANNUAL, D(2026, 4, 7), D(2026, 4, 13))
    assert "2" in messages[0]
    i18n.set_language("en")
    balance = _balance(db, person, 2026)  # on 2026-06-15 the carried day left has lapsed
    assert (balance.carried, balance.taken, balance.remaining) == (2.0, 5.0, 2.0)
    assert "carried over from 2025: 3 days, usable until 2026-03-31" in balance.rule
    assert "1 day lapsed on 2026-03-31" in balance.rule


def test_leave_across_31_december_is_checked_and_booked_by_year(db, manager):
    person = _person(db, manager, "E001", D(2020, 1, 1))
    # 2026-12-21 … 2027-02-26 was accepted with 53 days booked to 2026: now refused, per year
    messages = _refused(db, manager, person, ANNUAL, D(2026, 12, 21), D(2027, 2, 26))
    assert [m[:4] for m in messages] == ["2026", "2027"]
    # 2026-12-28 … 2027-01-08: 4 days in 2026 (28–31 Dec), 5 in 2027 (元旦 1–3 January off)
    leave_id = _ask(db, manager, person, ANNUAL, D(2026, 12, 28), D(2027, 1, 8))
    assert (_balance(db, person, 2026).taken, _balance(db, person, 2027).taken) == (4.0, 5.0)
    with db.session() as session:
        days = session.scalars(select(LeaveDay.day).where(LeaveDay.leave_request_id == leave_id))
        assert [d.isoformat() for d in days][:5] == [
            "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-04"
        ]  # fmt: skip
    with db.unit_of_work(manager) as uow:  # editing it books the days again
        data = replace(leave.load_input(uow.session, leave_id), last_day=D(2027, 1, 5))
        leave.update_leave(uow, manager, leave_id, data)
    assert _balance(db, person, 2027).taken == 2.0


def test_annual_leave_counts_statutory_working_days_not_opening_days(db, manager):
    # The branch opens Monday to Saturday; Monday 2026-03-02 … Sunday 03-08 costs 5 days, not 6.
    person = _person(db, manager, "E001", D(2020, 1, 1))
    _ask(db, manager, person, ANNUAL, D(2026, 3, 2), D(2026, 3, 8))
    assert _balance(db, person, 2026).taken == 5.0
    with db.session() as session:
        assert leave.working_days_taken(session, D(2026, 9, 26), D(2026, 10, 11), False) == 6.0


def test_rostered_days_setting_counts_the_persons_roster(db, manager):
    person = _person(db, manager, "E001", D(2020, 1, 1))
    other = _person(db, manager, "E002", D(2020, 1, 1))
    with db.unit_of_work(manager) as uow:
        shift = shifts.save_shift(uow, manager, shifts.ShiftInput("E", "早班", time(9), time(17)))
    with db.unit_of_work(manager) as uow:
        for who, day in [(person, 2), (person, 3), (person, 5), (person, 7), (other, 4)]:
            uow.session.add(
                RosterAssignment(staff_id=who, day=D(2026, 3, day), shift_type_id=shift)
            )
        uow.commit()
    _set_rules(db, manager, count_on="roster")
    _ask(db, manager, person, ANNUAL, D(2026, 3, 2), D(2026, 3, 8))
    with db.session() as session:
        days = [d.day for d in session.scalars(select(LeaveDay).order_by(LeaveDay.day))]
    # rostered 2, 3, 5, 7 March; not the 4th (rostered, but not this person); the 6th nobody is
    # rostered yet: a statutory working day; Sunday the 8th is not
    assert days == [D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 5), D(2026, 3, 6), D(2026, 3, 7)]


def test_statutory_kinds_follow_their_own_rules_and_leave_annual_leave_alone(db, manager):
    person = _person(db, manager, "E001", D(2020, 1, 1))
    maternity = _ask(db, manager, person, LeaveKind.MATERNITY, D(2026, 3, 2), D(2026, 6, 7))
    marriage = _ask(db, manager, person, LeaveKind.MARRIAGE, D(2026, 9, 28), D(2026, 10, 2))
    injury = _ask(db, manager, person, LeaveKind.WORK_INJURY, D(2026, 10, 5), D(2026, 10, 11))
    with db.session() as session:
        days = {r.id: r.days for r in session.scalars(select(LeaveRequest))}
    assert days[maternity] == 98.0  # calendar days (女职工劳动保护特别规定 art. 7)
    assert days[marriage] == 3.0  # working days: 1–2 October are 国庆
    assert days[injury] == 7.0
    assert _balance(db, person, 2026).remaining == 5.0  # not annual leave (实施办法 art. 6)
    with db.session() as session:
        rules = leave_settings.load_rules(session)
    assert rules.kind(LeaveKind.MATERNITY).paid and not rules.kind(LeaveKind.PERSONAL).paid
    calendar_marriage = replace(rules.kind(LeaveKind.MARRIAGE), calendar_days=True)
    _set_rules(db, manager, kinds=rules.kinds | {LeaveKind.MARRIAGE: calendar_marriage})
    friday = _ask(db, manager, person, LeaveKind.MARRIAGE, D(2026, 11, 6), D(2026, 11, 8))
    with db.session() as session:
        assert session.get(LeaveRequest, friday).days == 3.0


def test_cancelled_leave_gives_the_days_back(db, manager):
    person = _person(db, manager, "E001", D(2020, 1, 1))
    leave_id = _ask(db, manager, person, ANNUAL, D(2026, 3, 2), D(2026, 3, 6))
    with db.unit_of_work(manager) as uow:
        leave.decide_leave(uow, manager, leave_id, LeaveStatus.CANCELLED)
    assert _balance(db, person, 2026).remaining == 5.0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"carry_over": "until", "carry_over_until": "02-30"}, "carry_over_until"),
        ({"carry_over": "sometimes"}, "carry_over"),
        ({"count_on": "moon"}, "count_on"),
        ({"sick_forfeit_days": [90, 60, 120]}, "sick_forfeit_days"),
        ({"sick_forfeit_days": [0, 90, 120]}, "sick_forfeit_days"),
    ],
)
def test_bad_leave_rules_are_refused_and_nothing_changes(db, manager, changes, field):
    with pytest.raises(ValidationError) as caught:
        _set_rules(db, manager, **changes)
    assert caught.value.for_field(field)
    with db.session() as session:
        assert leave_settings.load_rules(session) == leave_settings.LeaveRules()
