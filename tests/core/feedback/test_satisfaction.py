"""CSAT and NPS on edge cases, and the month's figures counted in SQL."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from branchops.core.feedback.models import Category, Channel, FeedbackKind
from branchops.core.feedback.satisfaction import (
    Figures,
    csat,
    figures_by,
    month_figures,
    nps,
    staff_ranking,
    trend,
)
from branchops.core.period import Month
from tests.core.feedback.conftest import record


@pytest.mark.parametrize(
    ("satisfied", "answers", "expected"),
    [(0, 0, None), (0, 5, 0.0), (5, 5, 1.0), (3, 4, 0.75)],
)
def test_csat(satisfied, answers, expected):
    assert csat(satisfied, answers) == expected


@pytest.mark.parametrize(
    ("promoters", "detractors", "answers", "expected"),
    [
        (0, 0, 0, None),  # no answers
        (0, 0, 10, 0.0),  # all passives
        (10, 0, 10, 100.0),
        (0, 10, 10, -100.0),
        (5, 2, 10, 30.0),
    ],
)
def test_nps(promoters, detractors, answers, expected):
    assert nps(promoters, detractors, answers) == expected


def test_figures_without_answers_have_no_rates():
    empty = Figures(records=3)
    assert (empty.csat, empty.mean_rating, empty.nps, empty.passives) == (None, None, None, 0)


@pytest.fixture
def month_of_answers(db, manager, people) -> Month:
    def rate(day: int, rating=None, nps_score=None, **values):
        record(
            db,
            manager,
            datetime(2026, 3, day, 10, 0),
            kind=FeedbackKind.RATING,
            channel=values.pop("channel", Channel.DEVICE),
            rating=rating,
            nps=nps_score,
            **values,
        )

    for rating in (5, 5, 4, 3, 1):
        rate(2, rating, staff_id=people[0])
    rate(3, 5, staff_id=people[1], category=Category.WAITING, channel=Channel.SURVEY)
    for score in (10, 9, 8, 7, 6):
        rate(4, None, score, channel=Channel.SURVEY)
    record(db, manager, datetime(2026, 3, 6, 9, 0), description="叫号系统跳号")
    record(db, manager, datetime(2026, 4, 1, 9, 0), kind=FeedbackKind.RATING, rating=1)
    return Month(2026, 3)


@pytest.mark.postgres
def test_month_figures(db, month_of_answers):
    with db.session() as session:
        figures = month_figures(session, month_of_answers)
    total = figures.total
    assert total.records == 12
    assert (total.answers, total.satisfied) == (6, 4)
    assert total.csat == pytest.approx(4 / 6)
    assert total.mean_rating == pytest.approx(23 / 6)
    assert total.nps == pytest.approx((2 - 1) / 5 * 100)
    assert total.passives == 2
    assert figures.count(kind=FeedbackKind.COMPLAINT) == 1
    assert figures.count(kind=FeedbackKind.RATING, channel=Channel.SURVEY) == 6


@pytest.mark.postgres
def test_breakdowns_trend_and_ranking(db, month_of_answers, people):
    first, last = date(2026, 3, 1), date(2026, 3, 31)
    with db.session() as session:
        by_category = figures_by(session, first, last, "category")
        by_channel = figures_by(session, first, last, "channel")
        points = trend(session, Month(2026, 2), Month(2026, 4))
        ranked = staff_ranking(session, first, last)
    assert by_category[Category.WAITING].csat == 1.0
    assert by_channel[Channel.DEVICE].csat == pytest.approx(3 / 5)
    assert [(str(m), f.answers) for m, f in points] == [
        ("2026-02", 0),
        ("2026-03", 6),
        ("2026-04", 1),
    ]
    assert [(r.name, r.figures.answers) for r in ranked] == [("李强", 1), ("王芳", 5)]


def test_trend_takes_the_months_already_counted_from_the_session(db, month_of_answers):
    """March counted by ``month_figures`` (as the KPIs do) and February to April asked: the
    same figures as counted afresh, a year end and an empty month included."""
    months = (Month(2025, 12), Month(2026, 4))
    with db.session() as session:
        fresh = trend(session, *months)
    with db.session() as session:
        month_figures(session, Month(2026, 3))
        month_figures(session, Month(2026, 1))
        kept = trend(session, *months)
    assert kept == fresh
    assert [str(m) for m, _ in kept] == ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]
    assert dict((str(m), f.answers) for m, f in kept)["2026-03"] == 6
