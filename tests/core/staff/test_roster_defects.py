"""The auto-roster on a stored roster: published days kept whole, people who left never
rostered, days outside the period blocking nothing, leave counted as leave is counted, and the
smaller rules of the settings and shift types."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from branchops import clock
from branchops.core import settings
from branchops.core.errors import ValidationError
from branchops.core.period import Month
from branchops.core.staff import autoroster, leave, roster, roster_check, service, shifts
from branchops.core.staff.leave import LeaveInput
from branchops.core.staff.models import LeaveKind, RosterChange, Staff
from branchops.core.staff.problem_builder import date_range
from branchops.core.staff.roster_store import CellEdit, cells_between
from branchops.core.staff.roster_types import Rule
from branchops.core.staff.schedule_settings import MIN_REST_HOURS, load_settings
from branchops.core.staff.timesheet import month_timesheet
from tests.core.staff.scheduling_setup import small_branch

MARCH = Month(2026, 3)
MONDAY = date(2026, 3, 2)
LIMIT_S = 20


@pytest.fixture
def branch(db, manager):
    return small_branch(db, manager)


def _edit(db, user, edits, **kwargs) -> int:
    with db.unit_of_work(user) as uow:
        return roster.edit_cells(uow, user, edits, **kwargs)


def _auto(db, user, month: Month, **kwargs) -> autoroster.AutoResult:
    reason = kwargs.pop("reason", "")
    with db.session() as session:
        built = autoroster.prepare(session, month.first_day, month.last_day, **kwargs)
    result = autoroster.run_auto_roster(built, LIMIT_S)
    assert result.solution.has_roster, result.messages
    with db.unit_of_work(user) as uow:
        autoroster.accept(uow, user, result, reason=reason)
    return result


def _publish_monday(db, manager, branch) -> dict:
    s = branch.staff
    monday = [CellEdit(s[0], MONDAY, "E"), CellEdit(s[1], MONDAY, "E"), CellEdit(s[2], MONDAY, "L")]
    _edit(db, manager, monday)
    with db.unit_of_work(manager) as uow:
        roster.publish(uow, manager, MONDAY, MONDAY)
    with db.session() as session:
        return cells_between(session, MONDAY, MONDAY)


def _changes(db) -> list[RosterChange]:
    with db.session() as session:
        return list(session.scalars(select(RosterChange)))


# -- published days ----------------------------------------------------------------------------


def test_a_published_day_is_kept_whole_and_needs_no_reason(db, manager, branch):
    """Only the cells holding a shift were kept: the solver added shifts for people published
    as off, and saving then asked for a reason the command line could not give."""
    before = _publish_monday(db, manager, branch)
    result = _auto(db, manager, MARCH)
    assert result.locked_days == {MONDAY}
    assert MONDAY not in {d.day for d in result.diff}
    with db.session() as session:
        assert cells_between(session, MONDAY, MONDAY) == before
        assert len(cells_between(session, MARCH.first_day, MARCH.last_day)) > 50
    assert _changes(db) == []


def test_published_days_change_only_when_asked_and_with_the_reason(db, manager, branch):
    _publish_monday(db, manager, branch)
    with db.unit_of_work(manager) as uow:  # E001 falls ill on the published Monday
        leave.request_leave(
            uow, manager, LeaveInput(branch.staff[0], LeaveKind.SICK, MONDAY, MONDAY), approve=True
        )
    kept = _auto(db, manager, MARCH)
    assert MONDAY not in {d.day for d in kept.diff}
    with pytest.raises(ValidationError) as caught:
        _auto(db, manager, MARCH, unlock_published=True)
    assert caught.value.for_field("reason")
    changed = _auto(db, manager, MARCH, unlock_published=True, reason="员工病假")
    assert (branch.staff[0], MONDAY) in {(d.staff_id, d.day) for d in changed.diff}
    records = _changes(db)
    assert records and {r.reason for r in records} == {"员工病假"}
    assert (branch.staff[0], MONDAY, "E", "") in {
        (r.staff_id, r.day, r.old_shift, r.new_shift) for r in records
    }


# -- people who left ---------------------------------------------------------------------------


def test_a_person_deactivated_without_a_leaving_date_cannot_work_from_that_day(db, manager, branch):
    person = branch.staff[7]
    later = date(2026, 3, 12)
    _edit(db, manager, [CellEdit(person, later, "L"), CellEdit(person, date(2026, 3, 9), "L")])
    with clock.frozen("2026-03-10T09:00"), db.unit_of_work(manager) as uow:
        service.deactivate_staff(uow, manager, person, None)
    with db.session() as session:
        row = session.get(Staff, person)
        assert (row.active, row.leave_date, row.deactivated_on) == (False, None, date(2026, 3, 10))
        found = roster_check.check_period(session, MARCH.first_day, MARCH.last_day)
        grid = roster.load_grid(session, MARCH.first_day, MARCH.last_day)
        sheet = month_timesheet(session, MARCH, today=MARCH.last_day)
    assert [
        (c.violation.day, c.violation.rule) for c in found if c.violation.person_id == person
    ] == [(later, Rule.UNAVAILABLE)]
    gone = next(p for p in grid.people if p.id == person)
    assert gone.employed_on(date(2026, 3, 9)) and not gone.employed_on(date(2026, 3, 10))
    assert next(r for r in sheet.rows if r.staff_id == person).planned_hours == 7.5
    result = _auto(db, manager, MARCH)
    worked = [a.day for a in result.solution.assignments if a.person_id == person]
    assert worked and max(worked) < date(2026, 3, 10)
    with db.unit_of_work(manager) as uow:
        service.reactivate_staff(uow, manager, person)
    with db.session() as session:
        assert session.get(Staff, person).deactivated_on is None


# -- days outside the period -------------------------------------------------------------------


def test_a_heavy_draft_week_before_the_month_does_not_block_it(db, manager, branch):
    """A draft 45 h week of 25–31 January made February impossible, called "published"."""
    person = branch.staff[3]
    _edit(
        db,
        manager,
        [CellEdit(person, d, "E") for d in date_range(date(2027, 1, 25), date(2027, 1, 30))],
    )
    with db.session() as session:
        assert any(
            c.violation.rule is Rule.WEEKLY_OVER_CONTRACT
            for c in roster_check.check_period(session, date(2027, 1, 1), date(2027, 1, 31))
        )
    result = _auto(db, manager, Month(2027, 2))
    assert {a.day.month for a in result.solution.assignments} == {2}


def test_short_rests_before_the_month_do_not_block_it(db, manager, branch):
    """With 13 h of rest, January's own late → early pairs made February impossible."""
    s = branch.staff
    pairs = []
    for index, person in enumerate(s[:5]):  # in the last week of January, 12.5 h apart
        late = date(2027, 1, 25) + timedelta(days=index)
        pairs += [CellEdit(person, late, "L"), CellEdit(person, late + timedelta(days=1), "E")]
    _edit(db, manager, pairs)
    with db.session() as session:
        settings.put(session, MIN_REST_HOURS, 13.0)
        session.commit()
    result = _auto(db, manager, Month(2027, 2))
    assert result.solution.assignments


# -- leave -------------------------------------------------------------------------------------


def test_leave_on_a_closed_day_does_not_count_against_the_contract(db, manager, branch):
    """Saturday and Sunday of leave counted as 16 h in the weekly hours rule; annual leave is
    counted on the statutory working days (none on a weekend), one definition for both."""
    person = branch.staff[4]
    saturday = MONDAY + timedelta(days=5)
    with db.unit_of_work(manager) as uow:
        leave.request_leave(
            uow,
            manager,
            LeaveInput(person, LeaveKind.ANNUAL, saturday, saturday + timedelta(days=1)),
            approve=True,
        )
    _edit(db, manager, [CellEdit(person, MONDAY + timedelta(days=i), "E") for i in range(4)])
    with db.session() as session:
        assert leave.working_days_taken(session, saturday, saturday + timedelta(days=1), False) == 0
        found = roster_check.check_period(session, MONDAY, saturday + timedelta(days=1))
    # 30 h worked and no working day of leave is within the 40 h contract
    assert not [c for c in found if c.violation.rule is Rule.WEEKLY_OVER_CONTRACT]


# -- smaller rules -----------------------------------------------------------------------------


def test_a_deactivated_shift_type_is_not_rostered(db, manager, branch):
    with db.unit_of_work(manager) as uow:
        shifts.save_shift(
            uow,
            manager,
            shifts.ShiftInput("L", "晚班", time(11, 30), time(20, 0), False, 60, "#9ecae1", False),
            branch.late,
        )
    result = _auto(db, manager, Month(2026, 4))
    assert {a.shift_code for a in result.solution.assignments} == {"E"}


def test_a_whole_number_stored_for_hours_is_read_as_it_is(db, manager, branch):
    """A setting stored as the integer 13 was silently replaced by the default 11."""
    with db.session() as session:
        session.add(settings.Setting(key=MIN_REST_HOURS, value="13"))
        session.commit()
    with db.session() as session:
        assert load_settings(session).min_rest_hours == 13.0
        assert settings.get_many(session, [MIN_REST_HOURS]) == {MIN_REST_HOURS: 13.0}
    with db.session() as session:
        settings.put(session, MIN_REST_HOURS, 12)
        session.commit()
    with db.session() as session:
        assert load_settings(session).min_rest_hours == 12.0


@pytest.mark.parametrize("seconds", [0.01, 0.5, 3601])
def test_the_time_limit_is_from_1_to_3600_seconds(seconds):
    """--time-limit 0.01 was accepted though the message says 1–3600."""
    with pytest.raises(ValidationError) as caught:
        autoroster.validate_time_limit(seconds)
    assert caught.value.for_field("time_limit_s")
