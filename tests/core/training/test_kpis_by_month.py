"""The training KPIs of several months at once (``KpiDef.months``) give each month's own figure,
the one its single-month formula gives: sessions on a month's last and first days, a year end,
29 February 2028, planned and cancelled sessions, an absent attendee, a person hired on a
month's last day and one leaving on 29 February, certificates expiring near month ends."""

from __future__ import annotations

from datetime import date

import pytest

from branchops import clock
from branchops.core import kpi
from branchops.core.period import Month
from branchops.core.staff.models import Staff
from branchops.core.training.certificates import CertificateInput, save_certificate
from branchops.core.training.models import AttendanceStatus, SessionStatus
from tests.core.kpi_months import (
    MONTHS,
    NOW,
    assert_together_equal_alone,
    each_month_alone,
)

from .conftest import add_staff, record

KEYS = ["training.hours", "training.sessions_held", "training.compliance", "training.expiring"]


@pytest.fixture
def training(db, manager, branch, tmp_path):
    guard, other, teller, _ = branch.staff
    with clock.frozen(NOW):
        newcomer = add_staff(db, manager, "E005", "钱七", branch.guard, hire=date(2027, 12, 31))
        with db.unit_of_work() as uow:
            uow.session.get(Staff, other).leave_date = date(2028, 2, 29)
            uow.commit()
        record(db, manager, branch.warden, date(2027, 2, 28), (guard, 90.0))  # valid to 2028-02
        record(db, manager, branch.warden, date(2027, 11, 30), (other, 85.0), (teller, 95.0))
        record(db, manager, branch.warden, date(2027, 12, 31), (newcomer, 70.0))  # failed
        record(
            db, manager, branch.warden, date(2028, 1, 1),
            (newcomer, 88.0), (guard, None, AttendanceStatus.ABSENT),
        )  # fmt: skip
        record(db, manager, branch.warden, date(2028, 2, 29), (guard, 92.0), hours=3.5)
        record(db, manager, branch.warden, date(2028, 3, 1), status=SessionStatus.PLANNED)
        record(db, manager, branch.warden, date(2028, 1, 31), status=SessionStatus.CANCELLED)
        with db.unit_of_work(manager) as uow:
            outside = CertificateInput(teller, "急救员证", date(2026, 3, 1), date(2028, 3, 31))
            save_certificate(uow, manager, outside, tmp_path)


@pytest.mark.postgres
@pytest.mark.parametrize("key", KEYS)
def test_several_months_are_each_months_own(db, training, key):
    with clock.frozen(NOW):
        alone = each_month_alone(db, key, MONTHS)
        assert any(v for v in alone.values())
        assert_together_equal_alone(db, key, alone)


@pytest.mark.postgres
def test_month_end_sessions_count_in_their_own_month(db, training):
    with clock.frozen(NOW), db.session() as session:
        hours = kpi.get("training.hours").months(session, MONTHS)
        held = kpi.get("training.sessions_held").months(session, MONTHS)
    assert hours == {
        Month(2027, 11): 16.0,
        Month(2027, 12): 8.0,
        Month(2028, 1): 8.0,
        Month(2028, 2): 3.5,
        Month(2028, 3): 0.0,
        Month(2028, 4): 0.0,
    }
    assert held[Month(2027, 12)] == 1.0 and held[Month(2028, 1)] == 0.5
    assert held[Month(2028, 3)] == 0.0 and held[Month(2028, 4)] is None
