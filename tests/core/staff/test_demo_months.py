"""The auto-roster on the small demo, as the manager uses it: three months across the year end,
each planned after the one before was saved, the published one kept exactly as it is; and a
quarter's end that leaves the next month room.

Bounded: five solves of at most ``LIMIT_S`` seconds on two demo databases.
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
from branchops.core.staff.problem_builder import date_range
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


def test_three_months_across_the_year_end_in_sequence(demo):
    """December (published by the demo: kept exactly), then January and February, each planned
    after the one before was saved. The whole year ahead, on the small and the large demo, is
    ``benchmarks/roster_months.py``."""
    with clock.frozen(TODAY):
        current = Month.of(clock.today())
        with demo.session() as session:
            published = published_days(session, current.first_day, current.last_day)
            before = cells_between(session, current.first_day, current.last_day)
        assert len(published) == current.last_day.day, "the demo publishes the current month"
        for step in range(3):
            month = current.shift(step)
            result = _auto(demo, month)
            assert {a.day for a in result.solution.assignments} <= set(
                date_range(month.first_day, month.last_day)
            )
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
