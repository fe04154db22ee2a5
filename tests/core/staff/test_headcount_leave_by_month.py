"""Headcount and leave days of several months at once (``KpiDef.months``) give each month's own
figure: people hired or leaving on a month's last day, a year end, 29 February 2028, and approved
leave across month ends (half days, a refused request)."""

from __future__ import annotations

from datetime import date

import pytest

from branchops import clock
from branchops.core import kpi
from branchops.core.branch.queries import ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.period import Month
from branchops.core.staff.models import LeaveKind, LeaveRequest, LeaveStatus, Staff
from tests.core.feedback.conftest import MON_FRI
from tests.core.kpi_months import (
    MONTHS,
    NOW,
    assert_together_equal_alone,
    each_month_alone,
)

PEOPLE = [  # (hired, left, active, deactivated)
    (None, None, True, None),
    (date(2027, 11, 30), None, True, None),  # hired on a month's last day
    (date(2027, 6, 1), date(2027, 12, 31), False, None),  # leaves on the year's last day
    (date(2028, 1, 1), date(2028, 2, 29), False, None),  # from New Year to 29 February
    (date(2028, 3, 1), None, True, None),
    (date(2027, 1, 1), None, False, date(2028, 1, 31)),  # deactivated without a leaving date
]
LEAVE = [  # (person, first, last, half day, status)
    (0, date(2027, 11, 29), date(2027, 12, 2), False, LeaveStatus.APPROVED),
    (0, date(2027, 12, 30), date(2028, 1, 3), False, LeaveStatus.APPROVED),
    (1, date(2028, 2, 28), date(2028, 3, 1), False, LeaveStatus.APPROVED),
    (1, date(2028, 2, 29), date(2028, 2, 29), True, LeaveStatus.APPROVED),
    (4, date(2028, 3, 6), date(2028, 3, 7), False, LeaveStatus.REJECTED),
]


@pytest.fixture
def staff(db, manager):
    with clock.frozen(NOW):
        with db.unit_of_work(manager) as uow:
            save_profile(uow, manager, ProfileData(code="BR0001", name="测试支行", hours=MON_FRI))
        with db.unit_of_work() as uow:
            rows = [
                Staff(
                    employee_no=f"E{i:03d}",
                    name=f"员工{i}",
                    hire_date=hired,
                    leave_date=left,
                    active=active,
                    deactivated_on=off,
                )
                for i, (hired, left, active, off) in enumerate(PEOPLE)
            ]
            uow.session.add_all(rows)
            uow.session.flush()
            uow.session.add_all(
                LeaveRequest(
                    staff_id=rows[who].id,
                    kind=LeaveKind.ANNUAL,
                    first_day=first,
                    last_day=last,
                    half_day=half,
                    status=status,
                )
                for who, first, last, half, status in LEAVE
            )
            uow.commit()


@pytest.mark.postgres
@pytest.mark.parametrize("key", ["staff.headcount", "staff.leave_days"])
def test_several_months_are_each_months_own(db, staff, key):
    with clock.frozen(NOW):
        alone = each_month_alone(db, key, MONTHS)
        assert_together_equal_alone(db, key, alone)


@pytest.mark.postgres
def test_month_end_figures(db, staff):
    with clock.frozen(NOW), db.session() as session:
        heads = kpi.get("staff.headcount").months(session, MONTHS)
        leave = kpi.get("staff.leave_days").months(session, MONTHS)
    assert heads == {
        Month(2027, 11): 4.0,
        Month(2027, 12): 3.0,
        Month(2028, 1): 3.0,
        Month(2028, 2): 2.0,
        Month(2028, 3): 3.0,
        Month(2028, 4): 3.0,
    }
    assert leave[Month(2027, 11)] == 2.0 and leave[Month(2027, 12)] == 4.0
    assert leave[Month(2028, 2)] == 2.5 and leave[Month(2028, 3)] == 1.0
