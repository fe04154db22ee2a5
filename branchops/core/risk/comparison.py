"""Step times compared across the recorded drills of one plan: is the evacuation getting faster?

Steps are matched by their key, which stays the same across plan versions; the step texts and
targets shown are those of the plan's newest version (a step since removed keeps its last text).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.risk.labels import localized
from branchops.core.risk.models import Drill, DrillStatus, DrillStepTime, PlanStep, PlanVersion


@dataclass(frozen=True)
class StepSeries:
    key: str
    text: str
    target_seconds: int | None
    points: tuple[tuple[date, int], ...]  # (drill day, seconds), oldest first

    @property
    def first(self) -> int | None:
        return self.points[0][1] if self.points else None

    @property
    def latest(self) -> int | None:
        return self.points[-1][1] if self.points else None

    @property
    def change(self) -> int | None:
        """Seconds gained since the first drill (negative: faster)."""
        if len(self.points) < 2:
            return None
        return self.points[-1][1] - self.points[0][1]


def step_comparison(
    session: Session, plan_id: int, first: date | None = None, last: date | None = None
) -> list[StepSeries]:
    stmt = (
        select(PlanStep.key, Drill.held_on, DrillStepTime.seconds)
        .join(DrillStepTime, DrillStepTime.step_id == PlanStep.id)
        .join(Drill, Drill.id == DrillStepTime.drill_id)
        .where(
            Drill.plan_id == plan_id,
            Drill.status == DrillStatus.DONE,
            DrillStepTime.seconds.is_not(None),
        )
        .order_by(Drill.held_on, Drill.id)
    )
    if first is not None:
        stmt = stmt.where(Drill.held_on >= first)
    if last is not None:
        stmt = stmt.where(Drill.held_on <= last)
    points: dict[str, list[tuple[date, int]]] = {}
    for key, day, seconds in session.execute(stmt):
        if day is not None and seconds is not None:  # the query asks for held, timed steps
            points.setdefault(key, []).append((day, seconds))
    labels = _step_labels(session, plan_id)
    ordered = sorted(points, key=lambda k: (labels.get(k, (10**6, k, None))[0], k))
    return [
        StepSeries(
            key=key,
            text=labels.get(key, (0, key, None))[1],
            target_seconds=labels.get(key, (0, key, None))[2],
            points=tuple(points[key]),
        )
        for key in ordered
    ]


def _step_labels(session: Session, plan_id: int) -> dict[str, tuple[int, str, int | None]]:
    """Each step key's (position, text, target), the newest version winning."""
    stmt = (
        select(PlanStep, PlanVersion.number)
        .join(PlanVersion, PlanVersion.id == PlanStep.version_id)
        .where(PlanVersion.plan_id == plan_id)
        .order_by(PlanVersion.number)
    )
    labels: dict[str, tuple[int, str, int | None]] = {}
    for step, _number in session.execute(stmt):
        labels[step.key] = (step.position, localized(step.text, step.text_en), step.target_seconds)
    return labels
