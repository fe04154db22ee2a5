"""The inspections list (paged, sorted and filtered in SQL), the quality KPIs and chart data."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from branchops.core import kpi
from branchops.core.listing import ListQuery
from branchops.core.period import Month
from branchops.core.quality.analysis import (
    Period,
    category_scores,
    findings_per_staff,
    most_failed_items,
    score_trend,
)
from branchops.core.quality.inspection_input import AnswerInput
from branchops.core.quality.models import Category
from branchops.core.quality.queries import (
    count_inspections,
    inspector_names,
    list_inspections,
)
from branchops.core.quality.service import complete_inspection, save_draft
from tests.core.quality.conftest import inspection

GOOD = dict(A1="pass", A2="5", B1="pass", B2="no")


@pytest.fixture
def history(db, manager, version, staff_ids, tmp_path) -> list[int]:
    """Four March inspections and one April draft, by two inspectors."""
    runs = [
        (datetime(2025, 3, 3, 9), "陈静", GOOD, True),  # 100
        (datetime(2025, 3, 10, 9), "陈静", {**GOOD, "A2": "2"}, True),  # A2 fails: 86.67
        (
            datetime(2025, 3, 17, 9),
            "刘洋",
            {**GOOD, "B1": AnswerInput("fail", staff_id=staff_ids[0])},
            True,
        ),  # 77.78
        (datetime(2025, 3, 24, 9), "刘洋", {**GOOD, "A1": "fail"}, True),  # critical: 55.56
        (datetime(2025, 4, 1, 9), "陈静", {"A1": "pass"}, False),
    ]
    ids = []
    for when, who, answers, complete in runs:
        data = inspection(version, **answers)
        data.performed_at, data.inspector_name = when, who
        with db.unit_of_work(manager) as uow:
            save = complete_inspection if complete else save_draft
            ids.append(save(uow, manager, data, tmp_path))
    return ids


@pytest.mark.postgres
def test_paging_sorting_and_count(db, history):
    with db.session() as session:
        first_page = list_inspections(session, ListQuery(offset=0, limit=2))
        second_page = list_inspections(session, ListQuery(offset=2, limit=2))
        by_score = list_inspections(session, ListQuery(sort_key="score", descending=True))
        total = count_inspections(session, ListQuery())
    assert total == 5
    assert [r.id for r in first_page + second_page] == list(reversed(history))[:4]
    scores = [r.score for r in by_score if r.score is not None]
    assert scores == sorted(scores, reverse=True)
    assert by_score[-1].status_label  # rows carry their display text


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("filters", "search", "expected"),
    [
        ({"inspector": "刘洋"}, "", [3, 2]),
        ({"result": "failed"}, "", [3, 2]),
        ({"result": "passed"}, "", [1, 0]),
        ({"status": "draft"}, "", [4]),
        ({"critical": True}, "", [3]),
        ({"first": date(2025, 3, 10), "last": date(2025, 3, 17)}, "", [2, 1]),
        ({}, "刘", [3, 2]),
    ],
)
def test_filters(db, history, filters, search, expected):
    query = ListQuery(filters={"template_id": None, **filters}, search=search)
    with db.session() as session:
        rows = list_inspections(session, query)
        count = count_inspections(session, query)
    assert [r.id for r in rows] == [history[i] for i in expected]
    assert count == len(expected)


@pytest.mark.postgres
def test_quality_kpis(db, history):
    with db.session() as session:
        values = kpi.compute(
            session,
            Month(2025, 3),
            ["quality.average_score", "quality.critical_failures", "quality.done_vs_due"],
        )
        names = inspector_names(session)
    assert values["quality.average_score"] == pytest.approx((100 + 86.67 + 77.78 + 55.56) / 4, 0.01)
    assert values["quality.critical_failures"] == 1.0
    assert values["quality.done_vs_due"] is None  # the template is not scheduled
    assert names == ["刘洋", "陈静"]


@pytest.mark.postgres
def test_chart_data(db, history, version):
    march = Period.months(Month(2025, 3), Month(2025, 3))
    with db.session() as session:
        trend = score_trend(session, Month(2025, 1), Month(2025, 4))
        categories = category_scores(session, march)
        pareto = most_failed_items(session, march)
        people = findings_per_staff(session, march)
    assert list(trend) == ["柜面检查"]
    assert trend["柜面检查"][0][0] == Month(2025, 3)
    assert categories[Category.SECURITY] == 75.0
    assert categories[Category.COMPLIANCE] == 100.0
    assert {(f.key, f.failures) for f in pareto} == {("A1", 1), ("A2", 1), ("B1", 1)}
    assert pareto[0].template == "柜面检查"
    assert people == [("王芳", 1)]
