"""The feedback KPIs, the completeness check and the dashboard agenda on a known set of complaints.

A: received 5 Jan 2026, open (deadline 26 Jan); D: received 2 Feb, decided 10 Mar (deadline
28 Feb, late); B: received 2 Mar, open (deadline 23 Mar); E: received 3 Mar, decided 10 Mar
(on time); C: received 16 Mar from the regulator, open (deadline 7 Apr).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from branchops.core import kpi
from branchops.core.feedback import kpis
from branchops.core.feedback import workflow as wf
from branchops.core.feedback.agenda import agenda_items
from branchops.core.feedback.checks import check, overdue_without_note
from branchops.core.feedback.models import Channel, FeedbackKind
from branchops.core.period import Month
from tests.core.feedback.conftest import new_complaint, record

MARCH = Month(2026, 3)
TODAY = date(2026, 3, 20)


@pytest.fixture
def known(db, manager, people) -> dict[str, int]:
    ids = {
        "A": new_complaint(db, manager, datetime(2026, 1, 5, 9, 0)),
        "D": new_complaint(db, manager, datetime(2026, 2, 2, 9, 0)),
        "B": new_complaint(db, manager, datetime(2026, 3, 2, 9, 0)),
        "E": new_complaint(db, manager, datetime(2026, 3, 3, 9, 0)),
        "C": new_complaint(db, manager, datetime(2026, 3, 16, 9, 0), channel=Channel.REGULATOR),
    }
    for name in ("D", "E"):
        with db.unit_of_work(manager) as uow:
            wf.resolve(uow, manager, ids[name], "已答复客户", date(2026, 3, 10))
    for rating in (5, 4, 2):
        record(db, manager, datetime(2026, 3, 5, 10, 0), kind=FeedbackKind.RATING, rating=rating)
    record(db, manager, datetime(2026, 3, 5, 10, 0), kind=FeedbackKind.RATING, nps=10)
    record(db, manager, datetime(2026, 3, 6, 10, 0), kind=FeedbackKind.PRAISE, description="好")
    return ids


@pytest.mark.postgres
def test_month_kpis(db, known):
    with db.session() as session:
        assert kpis.complaints_received(session, MARCH) == 3
        assert kpis.regulator_forwarded(session, MARCH) == 1
        assert kpis.praise(session, MARCH) == 1
        assert kpis.resolved_on_time(session, MARCH) == 0.5
        assert kpis.overdue_open(session, MARCH, TODAY) == 1
        assert kpis.escalated(session, MARCH, TODAY) == 2
        assert kpis.overdue_open(session, Month(2026, 2)) == 1
        assert kpis.csat(session, MARCH) == pytest.approx(2 / 3)
        assert kpis.nps(session, MARCH) == 100.0
        assert kpis.resolved_on_time(session, Month(2026, 1)) is None
        assert kpis.complaints_received(session, Month(2030, 1)) is None


def test_every_feedback_kpi_is_in_the_registry_and_in_the_kpi_table(db, known):
    keys = {k.key for k in kpi.all_kpis() if k.area == "feedback"}
    assert keys == {
        "feedback.complaints",
        "feedback.resolved_on_time",
        "feedback.overdue",
        "feedback.escalated",
        "feedback.csat",
        "feedback.nps",
        "feedback.praise",
        "feedback.regulator",
    }
    with db.session() as session:
        rows = {r.kpi.key: r for r in kpi.kpi_table(session, MARCH)}
    assert rows["feedback.complaints"].year_to_date == 5  # January 1, February 1, March 3
    assert rows["feedback.csat"].value == pytest.approx(2 / 3)


def test_completeness_lists_complaints_past_deadline_without_a_note(db, manager, known):
    with db.session() as session:
        assert overdue_without_note(session, MARCH) == ["TS-2026-0001", "TS-2026-0003"]
    with db.unit_of_work(manager) as uow:
        wf.add_note(uow, manager, known["B"], "已约客户面谈", date(2026, 3, 25))
    with db.session() as session:
        gaps = check(session, MARCH)
        assert overdue_without_note(session, Month(2026, 12)) == []
    assert len(gaps) == 1
    assert "TS-2026-0001" in gaps[0].message and "TS-2026-0003" not in gaps[0].message


def test_agenda_lists_due_and_escalated_complaints_and_reviews(db, manager, known):
    with db.session() as session:
        week = agenda_items(session, TODAY, date(2026, 3, 27))
    assert [(i.key, i.due, i.overdue) for i in week] == [
        (f"complaint:{known['A']}", date(2026, 1, 26), True),
        (f"complaint:{known['B']}", date(2026, 3, 23), False),
    ]
    assert all(i.area == "feedback" and i.page == "feedback" for i in week)
    assert week[0].filters == {"tab": "complaints", "complaint_id": known["A"]}
    with db.unit_of_work(manager) as uow:
        wf.request_review(uow, manager, known["E"], date(2026, 3, 12))
    with db.session() as session:
        later = agenda_items(session, TODAY, date(2026, 5, 31))
    keys = [i.key for i in later]
    assert f"complaint:{known['C']}" in keys and f"review:{known['E']}" in keys
    regulator = next(i for i in later if i.key == f"complaint:{known['C']}")
    assert regulator.title.startswith("【监管转办】")
