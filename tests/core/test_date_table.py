"""Dates as a small SQL table: one statement counts for many days, 0 where nothing matches."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from branchops.core.date_table import count_on_days, date_table
from branchops.core.staff.models import Staff


@pytest.mark.postgres
def test_counts_rows_meeting_the_condition_on_each_day(db):
    with db.unit_of_work() as uow:
        uow.session.add_all(
            [
                Staff(employee_no="E1", name="王芳", hire_date=date(2027, 12, 31)),
                Staff(employee_no="E2", name="李强", hire_date=date(2028, 2, 29)),
            ]
        )
        uow.commit()
    asked = [date(2027, 12, 30), date(2027, 12, 31), date(2028, 2, 29)]
    days = date_table("probe_day", ["day"], [(d,) for d in asked])
    with db.session() as session:
        counted = count_on_days(session, days.c.day, Staff.id, Staff.hire_date <= days.c.day)
        listed = session.execute(select(days.c.day).order_by(days.c.day)).scalars().all()
    assert counted == {date(2027, 12, 30): 0, date(2027, 12, 31): 1, date(2028, 2, 29): 2}
    assert listed == asked


def test_several_date_columns(db):
    spans = date_table("probe_span", ["after", "day"], [(date(2028, 1, 31), date(2028, 2, 29))])
    with db.session() as session:
        row = session.execute(select(spans.c.after, spans.c.day)).one()
    assert tuple(row) == (date(2028, 1, 31), date(2028, 2, 29))
