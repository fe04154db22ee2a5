"""The demo step: records of every kind in time order, complaints whose stored clock agrees
with the deadline calculator, timelines that start at receipt, and closed cases complete."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from branchops import clock
from branchops.core.demo.service import generate_demo
from branchops.core.feedback.complaint_clock import clock_of, day_counter, pauses_of
from branchops.core.feedback.models import (
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
    EventKind,
    FeedbackKind,
    FeedbackRecord,
)


@pytest.fixture
def demo(db):
    generate_demo(db, months=3, staff=12, seed=3, today=clock.today())
    return db


def test_demo_feedback_is_consistent(demo):
    with demo.session() as session:
        kinds = dict(
            session.execute(
                select(FeedbackRecord.kind, func.count()).group_by(FeedbackRecord.kind)
            ).all()
        )
        assert set(kinds) == set(FeedbackKind)
        assert kinds[FeedbackKind.RATING] > kinds[FeedbackKind.COMPLAINT] > 0
        times = list(
            session.scalars(select(FeedbackRecord.received_at).order_by(FeedbackRecord.id))
        )
        assert times == sorted(times)
        assert max(times) <= clock.now()
        counter = day_counter(session)
        complaints = session.scalars(select(Complaint).order_by(Complaint.id)).all()
        assert len(complaints) == kinds[FeedbackKind.COMPLAINT]
        references = [c.reference for c in complaints]
        assert len(set(references)) == len(references)
        for complaint in complaints:
            expected = counter.deadline(clock_of(complaint, pauses_of(session, complaint)))
            assert complaint.due_on == expected, complaint.reference
            events = session.scalars(
                select(ComplaintEvent)
                .where(ComplaintEvent.complaint_id == complaint.id)
                .order_by(ComplaintEvent.on, ComplaintEvent.id)
            ).all()
            assert events[0].kind is EventKind.RECEIVED
            assert events[-1].status is complaint.status
            if complaint.status is ComplaintStatus.CLOSED:
                assert complaint.root_cause and complaint.root_cause_text
                assert complaint.satisfaction and complaint.resolution
