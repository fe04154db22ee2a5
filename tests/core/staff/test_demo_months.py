"""The auto-roster on the small demo, as the manager uses it: every month from the current one
to twelve months ahead, each planned after the one before was saved; a published month kept
exactly as it is; and a quarter's end that leaves the next month room.

Slow but bounded: thirteen solves of at most ``LIMIT_S`` seconds on one demo database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from branchops import clock
from branchops.core import settings
from branchops.core.demo.service import generate_demo
from branchops.core.period import Month
from branchops.core.staff import autoroster, roster_check
from branchops.core.staff.roster_store import cells_between, published_days
from branchops.core.staff.schedule_settings import MAX_CONSECUTIVE_DAYS
from branchops.core.users.permissions import SINGLE_USER
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import Database, open_database

TODAY = "2026-12-01T09:00"
LIMIT_S = 10


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    with clock.frozen(TODAY):
        db, _ = open_database(DatabaseTarget.parse(tmp_path / "demo.sqlite3"), tmp_path / "b")
        generate_demo(db, months=13, staff=25, seed=7)
        yield db
    db.dispose()


def _auto(db: Database, month: Month) -> autoroster.AutoResult:
    with db.session() as session:
        built = autoroster.prepare(session, month.first_day, month.last_day)
    result = autoroster.run_auto_roster(built, LIMIT_S)
    assert result.solution.has_roster, (month, result.messages)
    with db.unit_of_work(SINGLE_USER) as uow:
        autoroster.accept(uow, SINGLE_USER, result)
    return result


def _renew_skill_courses(db: Database) -> None:
    """The manager renews every course that grants a roster skill today, for everyone who has
    passed one: the demo's certificates otherwise lapse within the year, and nobody could then be
    rostered on a shift that needs the skill (the diagnosis says so; tested in training)."""
    from sqlalchemy import select

    from branchops.core.staff.models import Staff
    from branchops.core.training.models import (
        AttendanceStatus,
        TrainingAttendance,
        TrainingCourse,
        TrainingSession,
    )
    from branchops.core.training.sessions import AttendanceInput, SessionInput, save_session
    from branchops.core.users.permissions import SINGLE_USER

    with db.session() as session:
        courses = list(
            session.scalars(
                select(TrainingCourse.id).where(TrainingCourse.grants_skill_id.is_not(None))
            )
        )
        holders = {
            course: sorted(
                set(
                    session.scalars(
                        select(TrainingAttendance.staff_id)
                        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
                        .join(Staff, Staff.id == TrainingAttendance.staff_id)
                        .where(
                            TrainingSession.course_id == course,
                            TrainingAttendance.passed.is_(True),
                            Staff.active.is_(True),
                        )
                    )
                )
            )
            for course in courses
        }
    for course, people in holders.items():
        if not people:
            continue
        lines = [AttendanceInput(p, AttendanceStatus.PRESENT, 95.0) for p in people]
        data = SessionInput(course_id=course, day=clock.today(), attendances=lines)
        with db.unit_of_work(SINGLE_USER) as uow:
            save_session(uow, SINGLE_USER, data)


def test_every_month_of_the_coming_year_in_sequence(demo):
    with clock.frozen(TODAY):
        _renew_skill_courses(demo)
        current = Month.of(clock.today())
        with demo.session() as session:
            published = published_days(session, current.first_day, current.last_day)
            before = cells_between(session, current.first_day, current.last_day)
        assert published, "the demo publishes the current month"
        for step in range(13):
            month = current.shift(step)
            if step == 6:  # renewed again half a year on, before the first lapse
                with clock.frozen(month.first_day):
                    _renew_skill_courses(demo)
            _auto(demo, month)
            with demo.session() as session:
                found = roster_check.check_period(session, month.first_day, month.last_day)
            if step:  # the current month is published as the demo made it
                assert not [c.violation.message for c in found if c.blocking], month
        with demo.session() as session:
            assert cells_between(session, current.first_day, current.last_day) == before


def test_a_quarter_end_leaves_the_next_month_room(demo):
    """Everyone was piled onto 29–31 March, and April with four days in a row had no roster."""
    with clock.frozen(TODAY):
        with demo.session() as session:
            settings.put(session, MAX_CONSECUTIVE_DAYS, 4)
            session.commit()
        march = _auto(demo, Month(2027, 3))
        _auto(demo, Month(2027, 4))
    at_the_end = [a for a in march.solution.assignments if a.day >= date(2027, 3, 29)]
    per_day = {d: sum(1 for a in at_the_end if a.day == d) for d in {a.day for a in at_the_end}}
    assert max(per_day.values()) < 22  # of 25; the quarter-end needs are 15 a day
