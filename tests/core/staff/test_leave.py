"""Leave: validation, half days, yearly balance and entitlement, approval."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from branchops.core.errors import PermissionDenied, ValidationError
from branchops.core.listing import ListQuery
from branchops.core.staff import availability, leave
from branchops.core.staff.leave import LeaveInput
from branchops.core.staff.models import LeaveKind, LeaveRequest, LeaveStatus
from branchops.core.users.models import Role
from branchops.core.users.permissions import CurrentUser
from tests.core.staff.scheduling_setup import add_person

CLERK = CurrentUser(2, "clerk", "", Role.CLERK)


@pytest.fixture
def person(db, manager) -> int:
    return add_person(db, manager, "E001", "王芳", [])


def _ask(db, user, data, approve=False) -> int:
    with db.unit_of_work(user) as uow:
        return leave.request_leave(uow, user, data, approve=approve)


def test_leave_ending_before_it_starts_saves_nothing(db, manager, person):
    bad = LeaveInput(person, LeaveKind.SICK, date(2026, 5, 8), date(2026, 5, 6))
    with pytest.raises(ValidationError) as caught:
        _ask(db, manager, bad)
    assert caught.value.for_field("last_day")
    with db.session() as session:
        assert session.scalar(select(func.count(LeaveRequest.id))) == 0


@pytest.mark.postgres
def test_days_count_working_days_and_half_days(db, manager, person):
    # Monday 2026-05-04 to Sunday 2026-05-10: May 4-5 are Labour Day holidays, Sunday is closed,
    # Saturday 2026-05-09 is a make-up working day: 6, 7, 8, 9 count.
    week = _ask(
        db, manager, LeaveInput(person, LeaveKind.SICK, date(2026, 5, 4), date(2026, 5, 10))
    )
    half = _ask(
        db,
        manager,
        LeaveInput(person, LeaveKind.PERSONAL, date(2026, 6, 2), date(2026, 6, 2), True),
    )
    with db.session() as session:
        rows = {r.id: r for r in leave.list_leave(session, ListQuery())}
    assert rows[week].days == 4.0
    assert rows[half].days == 0.5


def test_half_day_must_be_a_single_day(db, manager, person):
    bad = LeaveInput(person, LeaveKind.PERSONAL, date(2026, 6, 2), date(2026, 6, 3), True)
    with pytest.raises(ValidationError) as caught:
        _ask(db, manager, bad)
    assert caught.value.for_field("half_day")


@pytest.mark.postgres
def test_balance_follows_requests_approval_and_entitlement(db, manager, person):
    with db.session() as session:
        start = leave.balance(session, person, 2026)
    assert start.entitled == 5.0 and start.remaining == 5.0  # hired 2020: 5 statutory days
    first = _ask(
        db, CLERK, LeaveInput(person, LeaveKind.ANNUAL, date(2026, 3, 2), date(2026, 3, 4))
    )
    with db.session() as session:
        pending = leave.balance(session, person, 2026)
    assert (pending.pending, pending.taken, pending.remaining) == (3.0, 0.0, 2.0)
    with db.unit_of_work(manager) as uow:
        leave.decide_leave(uow, manager, first, LeaveStatus.APPROVED)
    too_long = LeaveInput(person, LeaveKind.ANNUAL, date(2026, 4, 6), date(2026, 4, 10))
    with pytest.raises(ValidationError) as caught:
        _ask(db, manager, too_long)
    assert "2" in caught.value.for_field("last_day")[0]
    with db.unit_of_work(manager) as uow:
        leave.set_entitlement(uow, manager, person, 2026, 10)
    _ask(db, manager, too_long, approve=True)
    with db.session() as session:
        end = leave.balance(session, person, 2026)
    # 2026-04-06 is the Qingming holiday (observed): 3 + 4 working days taken
    assert (end.entitled, end.taken, end.remaining) == (10.0, 7.0, 3.0)


def test_overlapping_leave_and_clerk_approval_are_refused(db, manager, person):
    _ask(db, manager, LeaveInput(person, LeaveKind.SICK, date(2026, 3, 2), date(2026, 3, 3)))
    with pytest.raises(ValidationError) as caught:
        _ask(db, manager, LeaveInput(person, LeaveKind.OTHER, date(2026, 3, 3), date(2026, 3, 5)))
    assert caught.value.for_field("first_day")
    with pytest.raises(PermissionDenied):
        _ask(
            db, CLERK, LeaveInput(person, LeaveKind.SICK, date(2026, 4, 1), date(2026, 4, 1)), True
        )


def test_statutory_days_by_service():
    assert leave.statutory_days(date(2026, 3, 1), 2026) == 0.0
    # a first job from 2025-06-01: no leave before 2026-06-01, then 214 days ÷ 365 × 5 = 2.9
    assert leave.statutory_days(date(2025, 6, 1), 2026) == 2.0
    assert leave.statutory_days(date(2025, 6, 1), 2027) == 5.0
    assert leave.statutory_days(date(2015, 6, 1), 2026) == 10.0
    assert leave.statutory_days(date(2000, 6, 1), 2026) == 15.0


def test_approved_leave_feeds_the_engine(db, manager, person):
    leave_id = _ask(
        db, manager, LeaveInput(person, LeaveKind.ANNUAL, date(2026, 3, 30), date(2026, 4, 2))
    )
    with db.session() as session:
        assert leave.approved_leave(session, date(2026, 4, 1), date(2026, 4, 30)) == []
    with db.unit_of_work(manager) as uow:
        leave.decide_leave(uow, manager, leave_id, LeaveStatus.APPROVED)
    with db.session() as session:
        days = leave.approved_leave(session, date(2026, 4, 1), date(2026, 4, 30))
    assert [d.day for d in days] == [date(2026, 4, 1), date(2026, 4, 2)]


def test_unavailability_and_preferences(db, manager, person):
    with pytest.raises(ValidationError), db.unit_of_work(manager) as uow:
        availability.save_unavailability(
            uow, manager, availability.UnavailabilityInput(person, date(2026, 3, 1))
        )
    with db.unit_of_work(manager) as uow:
        availability.save_unavailability(
            uow, manager, availability.UnavailabilityInput(person, date(2026, 3, 1), None, 0)
        )
    with db.unit_of_work(manager) as uow:
        availability.save_preference(
            uow, manager, availability.PreferenceInput(person, 5, None, False)
        )
    with db.session() as session:
        days = availability.unavailable_days(session, date(2026, 3, 1), date(2026, 3, 31))
        prefs = availability.preferences(session, {person})
        rows = availability.list_availability(session)
    assert [d.day.day for d in days] == [2, 9, 16, 23, 30]  # the Mondays
    assert prefs[0].weekday == 5 and prefs[0].prefers is False
    assert [r.kind for r in rows] == ["unavailable", "avoids"]


def test_statutory_days_counts_whole_calendar_years_across_leap_days():
    # 2017-01-01 to 2027-01-01 is exactly ten years with only two leap days in between
    assert leave.statutory_days(date(2017, 1, 1), 2027) == 10.0
    assert leave.statutory_days(date(2017, 1, 2), 2027) == 5.0
    assert leave.statutory_days(date(2007, 1, 1), 2027) == 15.0
    # hired on 1 January of a leap year: twelve months are complete only on 1 January next year
    assert leave.statutory_days(date(2024, 1, 1), 2024) == 0.0
    assert leave.statutory_days(date(2025, 1, 1), 2025) == 0.0
    # twelve months reached on 2025-12-31: 1 day ÷ 365 × 5, fractions dropped
    assert leave.statutory_days(date(2024, 12, 31), 2025) == 0.0
    assert leave.statutory_days(date(2024, 12, 31), 2026) == 5.0
    assert leave.statutory_days(date(2030, 5, 1), 2026) == 0.0
