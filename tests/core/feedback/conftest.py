"""Feedback test helpers: a branch open Monday to Friday, two staff, records and complaints.

Tests that use written-out dates run with the clock frozen at ``NOW`` so that they pass whatever
the suite's date is.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time

import pytest

from branchops import clock
from branchops.core.branch.queries import DayHours, ProfileData
from branchops.core.branch.service import save_profile
from branchops.core.feedback.models import Channel, FeedbackKind, Severity
from branchops.core.feedback.service import RecordInput, create_record
from branchops.core.feedback.service import complaint_of as _complaint_of
from branchops.core.staff.models import Staff

NOW = "2026-06-15T10:00:00"
MON_FRI = [DayHours(d, d < 5, time(9, 0), time(17, 0)) for d in range(7)]


@pytest.fixture
def frozen() -> Iterator[None]:
    with clock.frozen(NOW):
        yield


@pytest.fixture
def branch(db, manager, frozen) -> None:
    """A branch open Monday to Friday (no Saturdays: the plain working week)."""
    with db.unit_of_work(manager) as uow:
        save_profile(uow, manager, ProfileData(code="BR0001", name="测试支行", hours=MON_FRI))


@pytest.fixture
def people(db, branch) -> list[int]:
    with db.unit_of_work() as uow:
        staff = [Staff(employee_no=f"E{i:04d}", name=n) for i, n in enumerate(("王芳", "李强"), 1)]
        uow.session.add_all(staff)
        uow.commit()
        return [s.id for s in staff]


def record(
    db,
    user,
    received: datetime,
    kind: FeedbackKind = FeedbackKind.COMPLAINT,
    channel: Channel = Channel.COUNTER,
    **values,
) -> int:
    data = RecordInput(received_at=received, kind=kind, channel=channel, **values)
    if kind is FeedbackKind.COMPLAINT and not data.description:
        data.description = "排队等候超过四十分钟"
    with db.unit_of_work(user) as uow:
        return create_record(uow, user, data)


def complaint_id(db, record_id: int) -> int:
    with db.session() as session:
        found = _complaint_of(session, record_id)
        assert found is not None
        return found.id


def new_complaint(db, user, received: datetime, **values) -> int:
    values.setdefault("severity", Severity.GENERAL)
    return complaint_id(db, record(db, user, received, **values))
