"""The drill programme: next due and overdue over a year boundary, done vs required per fiscal
year, the completeness check and the agenda."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from branchops import clock
from branchops.core.branch.queries import ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.period import Month
from branchops.core.risk.agenda import agenda_items
from branchops.core.risk.checks import drills_overdue
from branchops.core.risk.drill_service import plan_drill, record_drill
from branchops.core.risk.measures import drills_done_vs_required
from branchops.core.risk.models import EmergencyPlan
from branchops.core.risk.programme import (
    DueState,
    add_months,
    done_and_required,
    fiscal_year,
    plan_dues,
    programme,
)
from branchops.core.risk.service import create_risk
from tests.core.risk.conftest import drill_input, risk_input


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 7, 10), 6, date(2027, 1, 10)),
    ],
)
def test_add_months_keeps_the_day_or_the_month_end(day, months, expected):
    assert add_months(day, months) == expected


def _start(db, plan_id: int, day: date) -> None:
    with db.unit_of_work() as uow:
        uow.session.get(EmergencyPlan, plan_id).programme_start = day
        uow.commit()


def _record_on(db, manager, plan_id, staff, day: date, tmp_path) -> None:
    with clock.frozen(day.isoformat() + "T18:00:00"), db.unit_of_work(manager) as uow:
        record_drill(uow, manager, drill_input(db, plan_id, staff, day=day), tmp_path)


def test_the_next_drill_is_due_after_the_frequency_and_overdue_after_the_new_year(
    db, manager, plan_id, staff, tmp_path
):
    _start(db, plan_id, date(2026, 1, 1))
    _record_on(db, manager, plan_id, staff, date(2026, 7, 10), tmp_path)
    with db.session() as session:
        (on_time,) = plan_dues(session, date(2026, 12, 31))
        (due_day,) = plan_dues(session, date(2027, 1, 10))
        (late,) = plan_dues(session, date(2027, 1, 11))
        (before,) = plan_dues(session, date(2026, 7, 9))  # the drill had not happened yet
    assert on_time.next_due == date(2027, 1, 10) and on_time.state is DueState.DUE_SOON
    assert due_day.state is DueState.DUE_SOON and not due_day.overdue
    assert late.overdue and late.last_done == date(2026, 7, 10)
    assert before.last_done is None and before.next_due == date(2026, 7, 1) and before.overdue


def test_done_vs_required_follows_the_fiscal_year(db, manager, plan_id, staff, tmp_path):
    with db.unit_of_work(manager) as uow:
        save_profile(uow, manager, ProfileData(code="BR1", name="测试", fiscal_year_start_month=4))
    _start(db, plan_id, date(2025, 1, 1))
    for day in (date(2026, 3, 20), date(2026, 5, 6), date(2026, 10, 9), date(2027, 2, 1)):
        _record_on(db, manager, plan_id, staff, day, tmp_path)
    assert fiscal_year(date(2027, 3, 31), 4) == (date(2026, 4, 1), date(2027, 3, 31))
    with db.session() as session:
        (row,) = programme(session, date(2027, 3, 1), date(2027, 3, 15))
        (previous,) = programme(session, date(2026, 3, 25), date(2027, 3, 15))
        # six months into the fiscal year one of two drills is required; the cap keeps it at 1
        assert done_and_required(session, Month(2026, 9), date(2027, 3, 15)) == (1, 1)
        assert done_and_required(session, Month(2026, 8), date(2027, 3, 15)) == (0, 0)
        assert done_and_required(session, Month(2027, 3), date(2027, 3, 15)) == (2, 2)
    assert (row.required, row.done, row.missing) == (2, 3, 0)
    assert (previous.required, previous.done) == (2, 1)


def test_the_kpi_is_the_share_of_required_drills_done(db, manager, plan_id, staff, tmp_path):
    _start(db, plan_id, date(2026, 1, 1))
    with db.session() as session:
        assert drills_done_vs_required(session, Month(2026, 6), date(2026, 6, 30)) == 0.0
        assert drills_done_vs_required(session, Month(2026, 3), date(2026, 6, 30)) == 1.0
        assert drills_done_vs_required(session, Month(2026, 7), date(2026, 6, 30)) is None
    _record_on(db, manager, plan_id, staff, date(2026, 6, 2), tmp_path)
    with db.session() as session:
        assert drills_done_vs_required(session, Month(2026, 6), date(2026, 6, 30)) == 1.0


def test_a_required_drill_overdue_at_the_month_end_is_a_gap(db, manager, plan_id, at_date):
    today = clock.today()
    _start(db, plan_id, add_months(today, -7))
    with db.session() as session:
        gaps = drills_overdue(session, Month.of(today))
        future = drills_overdue(session, Month.of(today).shift(1))
        early = drills_overdue(session, Month.of(add_months(today, -6)).shift(-1))
    assert len(gaps) == 1 and gaps[0].check == "risk.drills_overdue"
    assert "火灾疏散" in gaps[0].message
    assert future == [] and early == []


def test_the_agenda_lists_planned_and_required_drills_and_reviews(db, manager, plan_id, at_date):
    today = clock.today()
    _start(db, plan_id, add_months(today, -7))
    with db.unit_of_work(manager) as uow:
        drill_id = plan_drill(uow, manager, plan_id, today + timedelta(days=3))
    with db.unit_of_work(manager) as uow:
        create_risk(uow, manager, risk_input(next_review=today + timedelta(days=2)))
    with db.session() as session:
        week = agenda_items(session, today, today + timedelta(days=6))
        later = agenda_items(session, today + timedelta(days=10), today + timedelta(days=16))
    keys = {item.key: item for item in week}
    assert keys[f"drill:{drill_id}"].filters == {"drill_id": drill_id}
    assert keys[f"due:{plan_id}"].overdue and keys[f"due:{plan_id}"].page == "risk"
    assert "review:1" in keys
    assert f"due:{plan_id}" in {i.key for i in later} and f"drill:{drill_id}" not in {
        i.key for i in later
    }
    assert [i.due for i in week] == sorted(i.due for i in week)
