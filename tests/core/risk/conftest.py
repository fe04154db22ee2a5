"""Helpers for risk and drill tests: staff, a small plan, a risk input, a drill input."""

from __future__ import annotations

from datetime import date

import pytest

from branchops import clock
from branchops.core.risk.drill_input import DrillInput, ParticipantInput, RatingInput
from branchops.core.risk.models import Rating, RiskCategory
from branchops.core.risk.plan_input import ObjectiveInput, PlanInput, RoleInput, StepInput
from branchops.core.risk.plan_queries import VersionView, current_version_id, load_version
from branchops.core.risk.plan_service import save_plan
from branchops.core.risk.risk_input import RiskInput, Scores
from branchops.core.staff.models import Staff


def small_plan(name: str = "火灾疏散") -> PlanInput:
    return PlanInput(
        name=name,
        name_en="Fire evacuation",
        frequency_months=6,
        roles=[RoleInput("现场总指挥", "Commander", "统一指挥")],
        steps=[
            StepInput("报警", "Raise the alarm", target_seconds=30),
            StepInput("疏散", "Evacuate", target_seconds=180),
            StepInput("清点人数", "Head count"),
        ],
        objectives=[ObjectiveInput("3分钟内疏散", "Out within 3 minutes"), ObjectiveInput("清点")],
    )


def risk_input(**changes) -> RiskInput:
    data = RiskInput(
        title="营业厅火灾",
        category=RiskCategory.FIRE,
        cause="线路老化",
        scores=Scores(3, 5, 2, 4),
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def staff(db) -> list[int]:
    with db.unit_of_work() as uow:
        people = [Staff(employee_no=f"E{i:03d}", name=f"员工{i}") for i in range(1, 5)]
        uow.session.add_all(people)
        uow.commit()
        return [p.id for p in people]


@pytest.fixture
def plan_id(db, manager) -> int:
    with db.unit_of_work(manager) as uow:
        return save_plan(uow, manager, small_plan(), None)


def version_of(db, plan: int) -> VersionView:
    with db.session() as session:
        return load_version(session, current_version_id(session, plan))


def drill_input(db, plan: int, staff: list[int], day: date | None = None, **changes) -> DrillInput:
    version = version_of(db, plan)
    data = DrillInput(
        plan_id=plan,
        held_on=day or clock.today(),
        duration_seconds=600,
        lead_staff_id=staff[0],
        participants=[ParticipantInput(s, present=s != staff[-1]) for s in staff],
        step_seconds={s.id: 20 * (i + 1) for i, s in enumerate(version.steps)},
        ratings=[RatingInput(o.id, Rating.P) for o in version.objectives],
        summary="演练总结",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data
