"""The coverage-gaps KPI counts from needs and assignments the same shifts the roster rule check
reports as understaffed or missing a skill, month by month on the demo (a year end and a
February included), and after a day's roster is emptied at a month's end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import delete

from branchops import clock
from branchops.core.demo.service import generate_demo
from branchops.core.period import Month
from branchops.core.staff import roster_check
from branchops.core.staff.kpis import coverage_gaps
from branchops.core.staff.models import RosterAssignment
from branchops.core.staff.roster_types import Rule
from branchops.db.engine import DatabaseTarget
from branchops.db.lifecycle import Database, open_database

TODAY = "2026-12-01T09:00"
COVERAGE = (Rule.UNDERSTAFFED, Rule.MISSING_SKILL)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("gaps")
    with clock.frozen(TODAY):
        db, _ = open_database(DatabaseTarget.parse(path / "demo.sqlite3"), path / "b")
        generate_demo(db, months=13, staff=25, seed=7)
        yield db
    db.dispose()


def _checked(session, month: Month) -> int:
    found = roster_check.check_period(session, month.first_day, month.last_day)
    return len(
        {(c.violation.day, c.violation.shift_code) for c in found if c.violation.rule in COVERAGE}
    )


def test_the_same_count_as_the_rule_check_every_month(demo):
    with clock.frozen(TODAY), demo.session() as session:
        months = [Month.of(clock.today()).shift(-back) for back in range(-1, 13)]
        figures = {m: (coverage_gaps(session, m), float(_checked(session, m))) for m in months}
    assert all(fast == slow for fast, slow in figures.values()), figures
    assert any(fast > 0 for fast, _ in figures.values()), figures
    assert {"2025-12", "2026-02"} <= {str(m) for m in figures}


def test_the_same_count_after_a_month_end_is_left_unstaffed(demo):
    with clock.frozen(TODAY), demo.session() as session:
        month = Month.of(clock.today()).shift(-1)
        before = coverage_gaps(session, month)
        session.execute(delete(RosterAssignment).where(RosterAssignment.day == month.last_day))
        after = coverage_gaps(session, month)
        assert after == float(_checked(session, month))
        assert after >= (before or 0)
        session.rollback()
