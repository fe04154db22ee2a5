"""The scheduling demo step: shift types, needs, leave, published months and a next-month draft."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from branchops.core import kpi
from branchops.core.demo.service import generate_demo
from branchops.core.period import Month
from branchops.core.staff import roster, roster_check
from branchops.core.staff.models import LeaveRequest, RosterAssignment, ShiftType
from branchops.core.staff.rules import HARD

TODAY = date(2026, 5, 14)


def test_demo_rosters(db):
    generate_demo(db, months=3, staff=12, today=TODAY)
    with db.session() as session:
        shifts = session.scalars(select(ShiftType.name)).all()
        total = session.scalar(select(func.count(RosterAssignment.id)))
        leave_rows = session.scalar(select(func.count(LeaveRequest.id)))
        april = roster.load_grid(session, date(2026, 4, 1), date(2026, 4, 30))
        june = roster.load_grid(session, date(2026, 6, 1), date(2026, 6, 30))
        found = roster_check.check_period(session, date(2026, 4, 1), date(2026, 4, 30))
        values = kpi.compute(session, Month(2026, 4))
    assert set(shifts) == {"早班", "晚班", "值班"}
    assert total > 300 and leave_rows > 0
    assert april.published == set(april.days)  # past months are published
    assert june.published == set() and june.cells  # next month is a draft
    hard_person_rules = [
        c for c in found if c.violation.severity == HARD and c.violation.person_id is not None
    ]
    assert hard_person_rules == []  # the greedy roster keeps every per-person rule
    assert values["staff.leave_days"] is not None and values["staff.headcount"] == 12
