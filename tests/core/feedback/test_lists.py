"""The feedback and complaints lists: filters, search, counts and index-friendly sort orders."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from branchops.core.feedback.complaint_queries import count_complaints, list_complaints
from branchops.core.feedback.escalation import EscalationState
from branchops.core.feedback.models import Category, Channel, FeedbackKind
from branchops.core.feedback.queries import count_feedback, list_feedback
from branchops.core.listing import ListQuery
from tests.core.feedback.conftest import record


@pytest.fixture
def records(db, manager, people) -> dict[str, int]:
    def rating(when, value, **extra):
        return record(db, manager, when, kind=FeedbackKind.RATING, channel=Channel.DEVICE,
                      rating=value, **extra)  # fmt: skip

    same = datetime(2026, 3, 10, 11, 0)
    return {
        "old": rating(datetime(2026, 2, 27, 9, 0), 3),
        "tie1": rating(same, 5, staff_id=people[0]),
        "tie2": rating(same, 5, staff_id=people[1]),
        "low": rating(datetime(2026, 3, 11, 9, 0), 1, description="等候时间太长"),
        "complaint": record(
            db,
            manager,
            datetime(2026, 3, 12, 15, 0),
            channel=Channel.PHONE,
            category=Category.WAITING,
            customer_name="赵敏",
            customer_phone="13900001111",
            description="叫号系统跳号",
        ),
        "praise": record(
            db,
            manager,
            datetime(2026, 3, 13, 16, 0),
            kind=FeedbackKind.PRAISE,
            description="柜员耐心细致",
            staff_id=people[0],
        ),
    }


def _ids(db, records, **query) -> list[str]:
    names = {v: k for k, v in records.items()}
    with db.session() as session:
        rows = list_feedback(session, ListQuery(**query))
        total = count_feedback(session, ListQuery(**query))
    assert total == len(rows)
    return [names[r.id] for r in rows]


@pytest.mark.postgres
def test_newest_first_with_ties_broken_by_id_the_same_way(db, records):
    assert _ids(db, records) == ["praise", "complaint", "low", "tie2", "tie1", "old"]
    assert _ids(db, records, sort_key="received_at", descending=False) == [
        "old",
        "tie1",
        "tie2",
        "low",
        "complaint",
        "praise",
    ]


@pytest.mark.postgres
def test_sort_by_rating_breaks_ties_by_time_then_id(db, records):
    assert _ids(db, records, filters={"rated": True}, sort_key="rating", descending=True) == [
        "tie2",
        "tie1",
        "old",
        "low",
    ]
    assert _ids(db, records, filters={"rated": True}, sort_key="rating") == [
        "low",
        "old",
        "tie1",
        "tie2",
    ]


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"filters": {"month": "2026-02"}}, ["old"]),
        ({"filters": {"kind": "complaint"}}, ["complaint"]),
        ({"filters": {"kind": ["praise", "complaint"]}}, ["praise", "complaint"]),
        ({"filters": {"channel": "device", "month": "2026-03"}}, ["low", "tie2", "tie1"]),
        ({"filters": {"category": "waiting"}}, ["complaint"]),
        (
            {"filters": {"first": date(2026, 3, 11), "last": date(2026, 3, 12)}},
            ["complaint", "low"],
        ),
        ({"search": "跳号"}, ["complaint"]),
        ({"search": "赵敏"}, ["complaint"]),
        ({"search": "0000111"}, ["complaint"]),
        ({"search": "TS-2026-0001"}, ["complaint"]),
        ({"search": "王芳"}, ["praise", "tie1"]),
        ({"search": "100%"}, []),
        ({"search": "等候"}, ["low"]),
    ],
)
def test_filters_and_search(db, records, query, expected):
    assert _ids(db, records, **query) == expected


def test_rows_carry_labels_and_the_complaint(db, records):
    with db.session() as session:
        rows = {r.id: r for r in list_feedback(session, ListQuery())}
    complaint = rows[records["complaint"]]
    assert complaint.reference == "TS-2026-0001"
    assert complaint.kind_label == "投诉"
    assert complaint.escalation is not EscalationState.NONE
    assert rows[records["tie1"]].staff == "王芳"
    assert rows[records["praise"]].escalation is EscalationState.NONE


@pytest.fixture
def complaints(db, manager, people) -> dict[str, int]:
    from tests.core.feedback.conftest import new_complaint

    return {
        "overdue": new_complaint(db, manager, datetime(2026, 1, 5, 9, 0)),  # due 26 Jan
        "soon": new_complaint(db, manager, datetime(2026, 3, 2, 9, 0)),  # due 23 Mar
        "later": new_complaint(
            db, manager, datetime(2026, 3, 16, 9, 0), channel=Channel.REGULATOR
        ),  # due 7 Apr
    }


def test_complaints_escalated_first_and_flagged(db, complaints):
    names = {v: k for k, v in complaints.items()}
    query = ListQuery(filters={"today": date(2026, 3, 20), "open": True})
    with db.session() as session:
        rows = list_complaints(session, query)
        escalated = list_complaints(
            session, ListQuery(filters={"today": date(2026, 3, 20), "escalated": True})
        )
        regulator = count_complaints(session, ListQuery(filters={"regulator": True}))
    assert [names[r.id] for r in rows] == ["overdue", "soon", "later"]
    assert [r.escalation for r in rows] == [
        EscalationState.OVERDUE,
        EscalationState.DUE_SOON,
        EscalationState.ON_TIME,
    ]
    assert [r.days_left for r in rows] == [-35, 1, 11]  # 35 working days late (春节 closed)
    assert {names[r.id] for r in escalated} == {"overdue", "soon"}
    assert regulator == 1
