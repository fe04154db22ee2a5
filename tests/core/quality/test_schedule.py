"""The schedule on the branch calendar: holidays skipped, make-up days worked; due states."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from branchops.core.branch.queries import ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.calendar import BranchCalendar
from branchops.core.period import Month
from branchops.core.quality.models import InspectionStatus, Recurrence
from branchops.core.quality.schedule import (
    OPEN_STATES,
    DueState,
    Occurrence,
    Performed,
    done_and_due,
    due_rows,
    match,
    occurrences,
    state_of,
)
from branchops.core.quality.service import complete_inspection, save_draft
from branchops.core.quality.templates import save_template
from branchops.core.quality.versions import current_version_id, load_version
from tests.core.quality.conftest import inspection, small_template

WEEKDAYS = BranchCalendar(range(5))  # Monday to Friday


def dues(recurrence, day, first, last):
    return [o.due for o in occurrences(recurrence, day, WEEKDAYS, first, last)]


def test_daily_skips_spring_festival_and_works_make_up_days():
    found = dues(Recurrence.DAILY, 0, date(2025, 1, 24), date(2025, 2, 10))
    assert found == [
        date(2025, 1, 24),
        date(2025, 1, 26),  # Sunday, make-up working day
        date(2025, 1, 27),
        date(2025, 2, 5),
        date(2025, 2, 6),
        date(2025, 2, 7),
        date(2025, 2, 8),  # Saturday, make-up working day
        date(2025, 2, 10),
    ]


@pytest.mark.parametrize(
    ("weekday", "first", "expected"),
    [
        (0, date(2025, 9, 29), date(2025, 9, 29)),  # an ordinary Monday
        (0, date(2025, 10, 6), date(2025, 10, 9)),  # Monday–Wednesday are National Day holidays
        (2, date(2025, 9, 29), date(2025, 9, 30)),  # Wednesday 1 Oct off: no later day that week
    ],
)
def test_weekly_moves_off_holidays_within_the_week(weekday, first, expected):
    found = occurrences(Recurrence.WEEKLY, weekday, WEEKDAYS, first, first + timedelta(days=6))
    assert [o.due for o in found] == [expected]
    assert found[0].period_start == first and found[0].period_end == first + timedelta(days=6)


def test_monthly_day_is_clamped_and_moved_to_a_working_day():
    assert dues(Recurrence.MONTHLY, 1, date(2025, 10, 1), date(2025, 10, 31)) == [date(2025, 10, 9)]
    assert dues(Recurrence.MONTHLY, 31, date(2025, 2, 1), date(2025, 2, 28)) == [date(2025, 2, 28)]
    assert dues(Recurrence.MONTHLY, 31, date(2025, 5, 1), date(2025, 5, 31)) == [
        date(2025, 5, 30)  # Saturday 31 May: the last working day before it
    ]


def test_no_recurrence_has_no_occurrences():
    assert dues(Recurrence.NONE, 0, date(2025, 1, 1), date(2025, 12, 31)) == []


WEEK = Occurrence(date(2025, 3, 5), date(2025, 3, 3), date(2025, 3, 9))


def done(day: date, status=InspectionStatus.COMPLETED, due: date | None = None, ident=1):
    return Performed(ident, status, due, day)


@pytest.mark.parametrize(
    ("today", "completed", "draft", "state"),
    [
        (date(2025, 3, 4), None, None, DueState.UPCOMING),
        (date(2025, 3, 5), None, None, DueState.DUE),
        (date(2025, 3, 7), None, None, DueState.LATE),
        (date(2025, 3, 7), None, done(date(2025, 3, 6), InspectionStatus.DRAFT), DueState.DRAFT),
        (date(2025, 3, 10), None, None, DueState.MISSED),
        (date(2025, 3, 10), None, done(date(2025, 3, 6), InspectionStatus.DRAFT), DueState.MISSED),
        (date(2025, 3, 10), done(date(2025, 3, 4)), None, DueState.DONE),
        (date(2025, 3, 10), done(date(2025, 3, 8)), None, DueState.DONE_LATE),
    ],
)
def test_states(today, completed, draft, state):
    assert state_of(WEEK, today, completed, draft) is state


def test_matching_prefers_the_linked_occurrence():
    monday = Occurrence(date(2025, 3, 3), date(2025, 3, 3), date(2025, 3, 3))
    tuesday = Occurrence(date(2025, 3, 4), date(2025, 3, 4), date(2025, 3, 4))
    # Monday's check was caught up on Tuesday from the due list, and Tuesday's done as well.
    caught_up = done(date(2025, 3, 4), due=date(2025, 3, 3), ident=1)
    plain = done(date(2025, 3, 4), ident=2)
    found = match([monday, tuesday], [plain, caught_up])
    assert found[monday][0] is caught_up
    assert found[tuesday][0] is plain


@pytest.fixture
def weekday_branch(db, manager):
    profile = ProfileData(code="BR01", name="城东支行")
    profile.hours[5].is_open = False
    with db.unit_of_work(manager) as uow:
        save_profile(uow, manager, profile)


@pytest.mark.postgres
def test_due_list_and_done_vs_due(db, manager, weekday_branch, tmp_path):
    data = small_template()
    data.recurrence = Recurrence.DAILY
    data.schedule_start = date(2025, 1, 1)
    with db.unit_of_work(manager) as uow:
        template_id = save_template(uow, manager, data)
    with db.session() as session:
        version = load_version(session, current_version_id(session, template_id))
    answered = dict(A1="pass", A2="5", B1="pass", B2="no")
    runs = [
        (date(2025, 1, 24), True),  # Friday before the Spring Festival
        (date(2025, 1, 26), True),  # Sunday make-up day
        (date(2025, 2, 5), False),  # left as a draft
    ]
    for day, complete in runs:
        run = inspection(version, **answered)
        run.performed_at = datetime.combine(day, datetime.min.time()).replace(hour=8)
        run.due_date = day
        with db.unit_of_work(manager) as uow:
            (complete_inspection if complete else save_draft)(uow, manager, run, tmp_path)
    today = date(2025, 2, 6)
    with db.session() as session:
        rows = due_rows(session, date(2025, 1, 24), today, today)
        open_rows = due_rows(session, today - timedelta(days=14), today, today, OPEN_STATES)
        january = done_and_due(session, Month(2025, 1), today)
    states = {r.due: r.state for r in rows}
    assert states == {
        date(2025, 1, 24): DueState.DONE,
        date(2025, 1, 26): DueState.DONE,
        date(2025, 1, 27): DueState.MISSED,
        date(2025, 2, 5): DueState.MISSED,  # the draft was not completed that day
        date(2025, 2, 6): DueState.DUE,
    }
    assert [(r.due, r.state) for r in open_rows][:2] == [
        (date(2025, 2, 6), DueState.DUE),
        (date(2025, 2, 5), DueState.MISSED),
    ]
    assert next(r for r in rows if r.due == date(2025, 2, 5)).inspection_id is not None
    # January: the 2nd, 3rd, 6–10, 13–17, 20–24, 26th and 27th → 19 working days, 2 done.
    assert january == (2, 19)
