"""The training KPIs of several months at once (``KpiDef.months``) give each month's own figure,
the one its single-month formula gives: sessions on a month's last and first days, a year end,
29 February 2028, planned and cancelled sessions, an absent attendee, a person hired on a
month's last day and one leaving on 29 February, certificates expiring near month ends."""

from __future__ import annotations

from datetime import date

import pytest

from branchops import clock
from branchops.core import kpi
from branchops.core.memo import memo_scope
from branchops.core.period import Month, month_range
from branchops.core.staff.models import Staff
from branchops.core.training.certificates import CertificateInput, save_certificate
from branchops.core.training.models import AttendanceStatus, SessionStatus

from .conftest import add_staff, record

NOW = "2028-03-10T10:00:00"
MONTHS = list(month_range(Month(2027, 11), Month(2028, 4)))  # a year end, 2028-02, a future month
WITH_A_HOLE = [Month(2027, 11), Month(2028, 1), Month(2028, 2), Month(2028, 3)]
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


def _alone(db, key: str, months: list[Month]) -> dict[Month, float | None]:
    found = {}
    for month in months:
        with db.session() as session:
            found[month] = kpi.get(key).monthly(session, month)
    return found


@pytest.mark.postgres
@pytest.mark.parametrize("key", KEYS)
def test_several_months_are_each_months_own(db, training, key):
    definition = kpi.get(key)
    assert definition.months is not None
    with clock.frozen(NOW):
        alone = _alone(db, key, MONTHS)
        assert any(v for v in alone.values())
        for months in (MONTHS, WITH_A_HOLE):
            with db.session() as session:
                assert definition.months(session, months) == {m: alone[m] for m in months}
            with db.session() as session, memo_scope(session):
                assert definition.months(session, months) == {m: alone[m] for m in months}


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
