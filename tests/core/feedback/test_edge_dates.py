"""A complaint received today, at each of the suite's edge dates (month and year ends, 1 January,
29 February, National Day): its deadline is a later working day, and the month's KPIs, agenda
and completeness check work."""

from __future__ import annotations

from datetime import timedelta

from branchops import clock
from branchops.core.branch.queries import ProfileData, branch_calendar
from branchops.core.branch.service import save_profile
from branchops.core.feedback import kpis
from branchops.core.feedback.agenda import agenda_items
from branchops.core.feedback.checks import check
from branchops.core.feedback.models import Channel, Complaint, FeedbackKind
from branchops.core.feedback.service import RecordInput, create_record
from branchops.core.period import Month


def test_a_complaint_received_today(db, manager, at_date):
    with db.unit_of_work(manager) as uow:
        save_profile(uow, manager, ProfileData(code="BR0001", name="测试支行"))
    data = RecordInput(
        received_at=clock.now(),
        kind=FeedbackKind.COMPLAINT,
        channel=Channel.COUNTER,
        description="叫号系统跳号",
    )
    with db.unit_of_work(manager) as uow:
        create_record(uow, manager, data)
    today = clock.today()
    month = Month.of(today)
    with db.session() as session:
        complaint = session.query(Complaint).one()
        calendar = branch_calendar(session)
        assert complaint.due_on > today and calendar.is_working_day(complaint.due_on)
        assert complaint.reference == f"TS-{today.year}-0001"
        assert kpis.complaints_received(session, month) == 1
        assert kpis.overdue_open(session, month) == 0
        assert check(session, month) == []
        items = agenda_items(session, today, today + timedelta(days=40))
    assert [i.key for i in items] == [f"complaint:{complaint.id}"]
