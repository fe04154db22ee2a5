"""The risk demo: a register with review histories, drills that get faster, a few poor ratings
with their follow-up actions, at small and large scale."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from branchops.core.actions.models import CorrectiveAction, SourceKind
from branchops.core.demo import DemoContext, Scale, demo_months, steps
from branchops.core.demo.service import generate_demo
from branchops.core.risk.comparison import step_comparison
from branchops.core.risk.models import (
    Drill,
    DrillRating,
    DrillStatus,
    EmergencyPlan,
    PlanVersion,
    Rating,
    Risk,
    RiskReview,
)
from branchops.core.risk.scoring import RiskSettings

TODAY = date(2026, 6, 15)


def _count(session, column, *where) -> int:
    return session.scalar(select(func.count(column)).where(*where)) or 0


def test_small_demo_register_and_drills(db):
    generate_demo(db, months=13, today=TODAY)
    with db.session() as session:
        assert _count(session, Risk.id) >= 30
        assert _count(session, RiskReview.id) > _count(session, Risk.id)
        assert _count(session, EmergencyPlan.id) == 8
        assert _count(session, Drill.id, Drill.status == DrillStatus.DONE) >= 8
        assert _count(session, Drill.id, Drill.status == DrillStatus.PLANNED) == 3
        assert session.scalar(select(func.max(Drill.held_on))) <= TODAY
        # every stored score matches its likelihood × impact and level bands still apply
        for risk in session.scalars(select(Risk)):
            assert risk.residual_score == risk.residual_likelihood * risk.residual_impact
            assert risk.residual_score <= risk.inherent_score or risk.residual_note
            RiskSettings().level(risk.residual_score)


@pytest.fixture
def large(db):
    """Only the steps the risk area needs, at large scale (the whole large demo is slower)."""
    with db.unit_of_work() as uow:
        context = DemoContext(
            session=uow.session,
            seed=1,
            scale=Scale.LARGE,
            today=TODAY,
            months=demo_months(TODAY, 60),
            staff_count=60,
        )
        for step in steps():
            if step.key in ("branch", "staff", "risk", "drills"):
                step.run(context)
                uow.session.flush()
        uow.commit()
    return db


def test_large_demo_has_the_product_volumes(large):
    with large.session() as session:
        assert _count(session, Risk.id) >= 500
        assert _count(session, Drill.id, Drill.status == DrillStatus.DONE) >= 200
        assert _count(session, RiskReview.id) >= 2 * _count(session, Risk.id)
        poor = _count(session, DrillRating.id, DrillRating.rating.in_((Rating.M, Rating.U)))
        actions = _count(
            session, CorrectiveAction.id, CorrectiveAction.source_kind == SourceKind.DRILL
        )
        assert 0 < poor < _count(session, DrillRating.id) // 10
        assert 0 < actions < _count(session, Drill.id)
        fire = session.scalar(
            select(EmergencyPlan).where(EmergencyPlan.builtin_key == "fire_evacuation")
        )
        assert _count(session, PlanVersion.id, PlanVersion.plan_id == fire.id) == 2
        evacuation = next(s for s in step_comparison(session, fire.id) if s.key == "S5")
    first = [s for _d, s in evacuation.points[:10]]
    last = [s for _d, s in evacuation.points[-10:]]
    assert sum(last) < sum(first)  # the evacuation got faster over five years
