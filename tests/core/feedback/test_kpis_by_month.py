"""The feedback KPIs of several months at once (``KpiDef.months``) give each month's own figure,
the figure its single-month formula gives: records on the last second of a month and of a year,
on 29 February 2028, complaints decided across month ends, the running month and a future one."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from branchops import clock
from branchops.core import kpi
from branchops.core.feedback import workflow as wf
from branchops.core.feedback.models import Channel, FeedbackKind
from branchops.core.feedback.satisfaction import month_totals, trend
from branchops.core.period import Month
from tests.core.feedback.conftest import new_complaint, record
from tests.core.kpi_months import (
    MONTHS,
    NOW,
    assert_together_equal_alone,
    each_month_alone,
)

KEYS = [
    "feedback.complaints",
    "feedback.praise",
    "feedback.regulator",
    "feedback.csat",
    "feedback.nps",
    "feedback.resolved_on_time",
    "feedback.overdue",
    "feedback.escalated",
]


@pytest.fixture
def feedback(db, manager, people):
    with clock.frozen(NOW):
        received = {
            "nov_last": datetime(2027, 11, 30, 23, 59, 59),
            "dec_last": datetime(2027, 12, 31, 23, 59, 59),
            "jan_first": datetime(2028, 1, 1, 0, 0, 0),
            "feb_29": datetime(2028, 2, 29, 23, 59, 59),
            "mar_first": datetime(2028, 3, 1, 0, 0, 0),
        }
        ids = {name: new_complaint(db, manager, at) for name, at in received.items()}
        ids["regulator"] = new_complaint(
            db, manager, datetime(2028, 2, 1, 9, 0), channel=Channel.REGULATOR
        )
        decided = {"nov_last": date(2027, 12, 1), "dec_last": date(2028, 1, 31)}
        decided["jan_first"] = date(2028, 2, 29)
        for name, day in decided.items():
            with db.unit_of_work(manager) as uow:
                wf.resolve(uow, manager, ids[name], "已答复客户", day)
        for at, rating, nps in (
            (datetime(2027, 12, 31, 23, 59, 59), 5, 10),
            (datetime(2028, 1, 1, 0, 0, 0), 2, 3),
            (datetime(2028, 2, 29, 12, 0), 4, 8),
            (datetime(2028, 2, 29, 12, 0), 1, None),
            (datetime(2028, 3, 1, 0, 0, 0), None, 9),
        ):
            record(db, manager, at, kind=FeedbackKind.RATING, rating=rating, nps=nps)
        for at in (datetime(2027, 11, 30, 23, 59, 59), datetime(2028, 2, 29, 23, 0)):
            record(db, manager, at, kind=FeedbackKind.PRAISE, description="好")


@pytest.mark.postgres
@pytest.mark.parametrize("key", KEYS)
def test_several_months_are_each_months_own(db, feedback, key):
    with clock.frozen(NOW):
        alone = each_month_alone(db, key, MONTHS)
        assert alone[Month(2028, 4)] is None or key in ("feedback.csat", "feedback.nps")
        assert any(v for v in alone.values())
        assert_together_equal_alone(db, key, alone)


@pytest.mark.postgres
def test_month_ends_count_in_their_own_month(db, feedback):
    with clock.frozen(NOW), db.session() as session:
        complaints = kpi.get("feedback.complaints").months(session, MONTHS)
        assert complaints == {
            Month(2027, 11): 1.0,
            Month(2027, 12): 1.0,
            Month(2028, 1): 1.0,
            Month(2028, 2): 2.0,
            Month(2028, 3): 1.0,
            Month(2028, 4): None,
        }
        praise = kpi.get("feedback.praise").months(session, [Month(2027, 11), Month(2028, 2)])
        assert praise == {Month(2027, 11): 1.0, Month(2028, 2): 1.0}
        csat = kpi.get("feedback.csat").months(session, [Month(2027, 12), Month(2028, 2)])
        assert csat == {Month(2027, 12): 1.0, Month(2028, 2): 0.5}


@pytest.mark.postgres
def test_the_trend_reads_the_months_totals(db, feedback):
    with clock.frozen(NOW), db.session() as session:
        points = dict(trend(session, Month(2027, 11), Month(2028, 3)))
        totals = month_totals(session, points)
    assert points == {m: t.total for m, t in totals.items()}
    assert points[Month(2028, 1)].answers == 1 and points[Month(2028, 3)].nps_answers == 1
