"""What a drill record holds as the dialog gives it, and its checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.errors import Problems
from branchops.core.risk.labels import format_seconds
from branchops.core.risk.models import PlanObjective, PlanStep, Rating, Risk
from branchops.core.staff.models import Staff
from branchops.i18n import translate

MAX_DRILL_SECONDS = 24 * 3600


@dataclass
class ParticipantInput:
    staff_id: int
    role: str = ""
    present: bool = True
    note: str = ""


@dataclass
class RatingInput:
    objective_id: int
    rating: Rating | None
    note: str = ""


@dataclass
class IssueInput:
    text: str
    id: int | None = None  # an issue already saved keeps its id (actions point at it)


@dataclass
class PhotoInput:
    """A photo already stored (``sha256``) or a new file to copy in (``source``)."""

    sha256: str = ""
    extension: str = ""
    original_name: str = ""
    size: int = 0
    source: Path | None = None


@dataclass
class DrillInput:
    plan_id: int | None
    held_on: date | None
    start_time: time | None = None
    announced: bool = True
    duration_seconds: int | None = None
    lead_staff_id: int | None = None
    scenario: str = ""
    participants: list[ParticipantInput] = field(default_factory=list)
    step_seconds: dict[int, int | None] = field(default_factory=dict)  # plan step id → seconds
    ratings: list[RatingInput] = field(default_factory=list)
    issues: list[IssueInput] = field(default_factory=list)
    photos: list[PhotoInput] = field(default_factory=list)
    summary: str = ""
    strengths: str = ""
    improvements: str = ""
    risk_ids: list[int] = field(default_factory=list)


def _check_staff(session: Session, problems: Problems, data: DrillInput) -> None:
    if data.lead_staff_id is not None and session.get(Staff, data.lead_staff_id) is None:
        problems.add("lead", translate("Drill", "The chosen drill lead does not exist."))
    ids = [p.staff_id for p in data.participants]
    if len(ids) != len(set(ids)):
        problems.add("participants", translate("Drill", "A person is listed twice."))
    known = set(session.scalars(select(Staff.id).where(Staff.id.in_(ids)))) if ids else set()
    if set(ids) - known:
        problems.add("participants", translate("Drill", "A participant no longer exists."))


def _check_steps(
    session: Session, problems: Problems, data: DrillInput, version_id: int
) -> list[PlanStep]:
    steps = list(
        session.scalars(
            select(PlanStep).where(PlanStep.version_id == version_id).order_by(PlanStep.position)
        )
    )
    by_id = {s.id: s for s in steps}
    if set(data.step_seconds) - set(by_id):
        problems.add("steps", translate("Drill", "A step time is for a step not in this plan."))
    for index, step in enumerate(steps):
        seconds = data.step_seconds.get(step.id)
        if seconds is None:
            continue
        if seconds < 0:
            problems.add(
                f"steps[{index}]",
                translate("Drill", "Step {n}: a time cannot be below zero.").format(n=index + 1),
            )
        elif seconds > MAX_DRILL_SECONDS:
            problems.add(
                f"steps[{index}]",
                translate("Drill", "Step {n}: the time must be under a day.").format(n=index + 1),
            )
    return steps


def _check_duration(problems: Problems, data: DrillInput) -> None:
    duration = data.duration_seconds
    if duration is None:
        return
    if duration < 0 or duration > MAX_DRILL_SECONDS:
        problems.add(
            "duration", translate("Drill", "The duration must be zero or more and under a day.")
        )
        return
    total = sum(s for s in data.step_seconds.values() if s is not None and s > 0)
    if total > duration:
        problems.add(
            "duration",
            translate(
                "Drill",
                "The drill lasted {duration} but its steps add up to {steps}: correct the "
                "duration or the step times.",
            ).format(duration=format_seconds(duration), steps=format_seconds(total)),
        )


def check_drill(session: Session, data: DrillInput, version_id: int | None, today: date) -> None:
    """Everything about a drill recorded as done; raises one ValidationError for all."""
    problems = Problems()
    if data.held_on is None:
        problems.add("held_on", translate("Drill", "Say on which day the drill was held."))
    elif data.held_on > today:
        problems.add(
            "held_on",
            translate(
                "Drill",
                "A drill dated after today cannot be recorded as done: plan it instead, and "
                "record it on the day.",
            ),
        )
    _check_staff(session, problems, data)
    if version_id is not None:
        _check_steps(session, problems, data, version_id)
        objectives = set(
            session.scalars(select(PlanObjective.id).where(PlanObjective.version_id == version_id))
        )
        if {r.objective_id for r in data.ratings} - objectives:
            problems.add(
                "ratings", translate("Drill", "A rating is for an objective not in this plan.")
            )
    _check_duration(problems, data)
    if data.risk_ids:
        found = set(session.scalars(select(Risk.id).where(Risk.id.in_(data.risk_ids))))
        if set(data.risk_ids) - found:
            problems.add("risks", translate("Drill", "A linked risk no longer exists."))
    problems.raise_if_any()
