"""The demo on any day: the first of a month, year ends, 29 February, a holiday."""

from __future__ import annotations

from sqlalchemy import func, select

from branchops import clock
from branchops.core.demo.service import generate_demo
from branchops.core.quality.models import QcInspection
from branchops.core.staff.models import Staff
from branchops.db.integrity import check_database


def test_the_smallest_demo_works_on_every_edge_date(db, at_date: str):
    generate_demo(db, months=1, staff=3)
    with db.session() as session:
        assert session.scalar(select(func.count(Staff.id))) == 3
        latest = session.scalar(select(func.max(QcInspection.performed_at)))
    assert latest is None or latest.date() <= clock.today()
    assert check_database(db) == []


def test_two_months_of_demo_on_every_edge_date(db, at_date: str):
    generate_demo(db, months=2, staff=4)
    assert check_database(db) == []
