"""The quality demo steps (small scale) produce consistent, realistic data."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from branchops.core.actions.models import ActionStatus, CorrectiveAction, SourceKind
from branchops.core.demo.service import generate_demo
from branchops.core.quality.inspection_view import load_inspection
from branchops.core.quality.models import (
    InspectionStatus,
    QcAnswer,
    QcInspection,
    QcTemplateVersion,
)
from branchops.core.quality.schedule import DueState, due_rows
from branchops.core.quality.scoring import score_inspection

TODAY = date(2025, 6, 18)


@pytest.fixture
def demo_db(db):
    generate_demo(db, months=13, today=TODAY)
    return db


def test_inspections_follow_the_schedule_imperfectly(demo_db):
    with demo_db.session() as session:
        states = Counter(r.state for r in due_rows(session, date(2024, 6, 1), TODAY, TODAY))
        statuses = Counter(session.scalars(select(QcInspection.status)))
        critical = session.scalar(select(func.sum(QcInspection.critical_failures)))
        versions = session.scalar(select(func.max(QcTemplateVersion.number)))
        late = session.scalar(
            select(func.count(QcInspection.id)).where(
                func.date(QcInspection.performed_at) > QcInspection.due_date
            )
        )
    assert states[DueState.DONE] > 300
    assert states[DueState.MISSED] > 0
    assert states[DueState.DONE_LATE] > 0 and late > 0
    assert statuses[InspectionStatus.DRAFT] > 0
    assert critical > 0
    assert versions == 2  # the daily check was revised halfway


def test_stored_scores_match_the_scoring_rules(demo_db, tmp_path):
    with demo_db.session() as session:
        ids = session.scalars(
            select(QcInspection.id)
            .where(QcInspection.status == InspectionStatus.COMPLETED)
            .order_by(QcInspection.id)
        ).all()
        for inspection_id in ids[:: max(len(ids) // 25, 1)]:
            detail = load_inspection(session, inspection_id, tmp_path)
            by_key = {
                item.key: detail.answers[item.id].value
                for item in detail.version.items
                if item.id in detail.answers
            }
            result = score_inspection(detail.version.specs, by_key, detail.version.pass_mark)
            assert result.score == detail.score
            assert len(result.critical_failures) == detail.critical_failures
            assert result.unanswered_required == ()
            hidden = {k for k, o in result.outcomes.items() if not o.visible}
            assert hidden.isdisjoint(by_key)


def test_actions_have_a_mix_of_consistent_statuses(demo_db):
    with demo_db.session() as session:
        actions = session.scalars(select(CorrectiveAction)).all()
        failed_answers = set(session.scalars(select(QcAnswer.id).where(QcAnswer.failed)))
    statuses = Counter(a.status for a in actions)
    assert set(statuses) == set(ActionStatus)
    kinds = {a.source_kind for a in actions}
    assert (
        {SourceKind.INSPECTION, SourceKind.HQ}
        <= kinds
        <= {
            SourceKind.INSPECTION,
            SourceKind.HQ,
            SourceKind.BUDGET,
            SourceKind.DRILL,
            SourceKind.COMPLAINT,
        }
    )
    for action in actions:
        if action.source_kind is SourceKind.INSPECTION:
            assert action.source_sub_id in failed_answers
            assert action.link_text
        if action.status in (ActionStatus.DONE, ActionStatus.VERIFIED):
            assert action.evidence and action.created_on <= action.done_on <= TODAY
        if action.status is ActionStatus.VERIFIED:
            assert action.verifier_staff_id not in (None, action.owner_staff_id)
            assert action.done_on <= action.verified_on <= TODAY
    overdue = [
        a
        for a in actions
        if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS) and a.due_date < TODAY
    ]
    on_time = [a for a in actions if a.done_on and a.done_on <= a.due_date]
    late = [a for a in actions if a.done_on and a.done_on > a.due_date]
    assert overdue and on_time and late
    assert max(a.created_on for a in actions) >= TODAY - timedelta(days=14)
