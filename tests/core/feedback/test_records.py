"""Entering, editing and deleting records: each bad value refused at its field, nothing saved."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from branchops.core.errors import UserError, ValidationError
from branchops.core.feedback import workflow as wf
from branchops.core.feedback.models import (
    Channel,
    Complaint,
    FeedbackKind,
    FeedbackRecord,
    Severity,
)
from branchops.core.feedback.service import (
    RecordInput,
    create_record,
    delete_record,
    record_input,
    update_record,
)
from tests.core.feedback.conftest import complaint_id, record

WHEN = datetime(2026, 3, 2, 10, 15)


def _records(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count(FeedbackRecord.id))) or 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"rating": 6}, "rating"),
        ({"rating": 0}, "rating"),
        ({"nps": 11}, "nps"),
        ({"nps": -1}, "nps"),
        ({"customer_phone": "1234567"}, "customer_phone"),
        ({"customer_phone": "12812345678"}, "customer_phone"),
        ({"received_at": datetime(2030, 1, 1, 9, 0)}, "received_at"),
        ({"received_at": None}, "received_at"),
        ({"description": ""}, "description"),
        ({"customer_name": "名" * 65}, "customer_name"),
        ({"staff_id": 999}, "staff"),
    ],
)
def test_bad_input_is_refused_at_its_field(db, manager, people, changes, field):
    data = RecordInput(
        received_at=WHEN,
        kind=FeedbackKind.COMPLAINT,
        channel=Channel.COUNTER,
        description="柜员态度冷淡",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError) as error, db.unit_of_work(manager) as uow:
        create_record(uow, manager, data)
    assert [p.field for p in error.value.problems] == [field]
    assert error.value.problems[0].message
    assert _records(db) == 0


def test_a_complaint_gets_a_number_clock_and_first_timeline_line(db, manager, people):
    first = record(db, manager, WHEN, customer_phone="+86 138-1234-5678")
    second = record(db, manager, datetime(2026, 3, 3, 9, 0), channel=Channel.REGULATOR)
    praise = record(db, manager, WHEN, kind=FeedbackKind.PRAISE, description="服务热情")
    with db.session() as session:
        complaints = session.scalars(select(Complaint).order_by(Complaint.id)).all()
        stored = session.get(FeedbackRecord, first)
        assert stored is not None and stored.customer_phone == "13812345678" and stored.has_text
    assert [c.reference for c in complaints] == ["TS-2026-0001", "TS-2026-0002"]
    assert [c.record_id for c in complaints] == [first, second]
    assert [c.regulator for c in complaints] == [False, True]
    assert complaints[0].due_on == date(2026, 3, 23)
    assert praise not in [c.record_id for c in complaints]


def test_editing_keeps_the_complaint_and_moves_its_clock_only_before_work_starts(
    db, manager, people
):
    record_id = record(db, manager, WHEN)
    with db.session() as session:
        data = record_input(session, record_id)
    data.received_at = datetime(2026, 3, 3, 9, 0)
    data.severity = Severity.MAJOR
    with db.unit_of_work(manager) as uow:
        update_record(uow, manager, record_id, data)
    with db.session() as session:
        complaint = session.get(Complaint, complaint_id(db, record_id))
        assert (complaint.received_on, complaint.due_on) == (date(2026, 3, 3), date(2026, 3, 24))
        assert complaint.severity is Severity.MAJOR
    data.kind = FeedbackKind.SUGGESTION
    with pytest.raises(UserError), db.unit_of_work(manager) as uow:
        update_record(uow, manager, record_id, data)
    with db.unit_of_work(manager) as uow:
        wf.acknowledge(uow, manager, complaint_id(db, record_id), date(2026, 3, 3))
    data.kind = FeedbackKind.COMPLAINT
    data.received_at = datetime(2026, 3, 2, 9, 0)
    with pytest.raises(UserError), db.unit_of_work(manager) as uow:
        update_record(uow, manager, record_id, data)


def test_a_record_becomes_a_complaint_on_edit(db, manager, people):
    record_id = record(db, manager, WHEN, kind=FeedbackKind.SUGGESTION, description="建议多开窗口")
    with db.session() as session:
        data = record_input(session, record_id)
    data.kind = FeedbackKind.COMPLAINT
    with db.unit_of_work(manager) as uow:
        update_record(uow, manager, record_id, data)
    assert complaint_id(db, record_id)


def test_delete_a_mistake_but_not_a_complaint_being_handled(db, manager, people):
    rating = record(db, manager, WHEN, kind=FeedbackKind.RATING, rating=5)
    fresh = record(db, manager, WHEN)
    handled = record(db, manager, WHEN)
    with db.unit_of_work(manager) as uow:
        wf.acknowledge(uow, manager, complaint_id(db, handled), date(2026, 3, 2))
    for record_id in (rating, fresh):
        with db.unit_of_work(manager) as uow:
            delete_record(uow, manager, record_id)
    with pytest.raises(UserError), db.unit_of_work(manager) as uow:
        delete_record(uow, manager, handled)
    assert _records(db) == 1
