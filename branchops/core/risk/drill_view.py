"""One drill in full, as its dialog and its after-action report show it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from branchops.core.actions.queries import ActionRow, actions_for_source
from branchops.core.actions.service import SourceKind
from branchops.core.quality.photos import photo_exists, photo_path
from branchops.core.risk.drill_service import drill_not_found
from branchops.core.risk.labels import localized
from branchops.core.risk.models import Drill, DrillStatus, EmergencyPlan, Rating, Risk
from branchops.core.risk.plan_queries import VersionView, current_version_id, load_version
from branchops.core.staff.models import Staff


@dataclass(frozen=True)
class ParticipantView:
    staff_id: int
    name: str
    role: str
    present: bool
    note: str


@dataclass(frozen=True)
class RatingView:
    rating: Rating
    note: str


@dataclass(frozen=True)
class IssueView:
    id: int
    text: str


@dataclass(frozen=True)
class DrillPhotoView:
    sha256: str
    extension: str
    original_name: str
    size: int
    path: Path
    missing: bool


@dataclass(frozen=True)
class LinkedRisk:
    id: int
    code: str
    title: str
    residual_score: int


@dataclass(frozen=True)
class DrillDetail:
    id: int
    plan_id: int
    plan_name: str
    status: DrillStatus
    version: VersionView  # the version recorded against, or the newest for a planned drill
    planned_on: date | None
    held_on: date | None
    start_time: time | None
    announced: bool
    duration_seconds: int | None
    lead_staff_id: int | None
    lead: str
    scenario: str
    summary: str
    strengths: str
    improvements: str
    participants: tuple[ParticipantView, ...]
    step_seconds: dict[int, int | None]  # step id → seconds
    ratings: dict[int, RatingView]  # objective id → rating
    issues: tuple[IssueView, ...]
    photos: tuple[DrillPhotoView, ...]
    risks: tuple[LinkedRisk, ...]
    actions: tuple[ActionRow, ...]
    recorded_at: datetime | None
    recorded_by: str | None

    @property
    def steps_total(self) -> int:
        return sum(s for s in self.step_seconds.values() if s)

    def met(self, step_id: int, target: int | None) -> bool | None:
        seconds = self.step_seconds.get(step_id)
        if seconds is None or target is None:
            return None
        return seconds <= target


def load_drill(session: Session, drill_id: int, photos_dir: Path) -> DrillDetail:
    drill = session.scalar(
        select(Drill)
        .where(Drill.id == drill_id)
        .options(
            selectinload(Drill.participants),
            selectinload(Drill.step_times),
            selectinload(Drill.ratings),
            selectinload(Drill.issues),
            selectinload(Drill.photos),
            selectinload(Drill.risks),
        )
    )
    if drill is None:
        raise drill_not_found()
    plan = session.get(EmergencyPlan, drill.plan_id)
    assert plan is not None
    version_id = (
        drill.version_id
        if drill.status is DrillStatus.DONE
        else current_version_id(session, drill.plan_id)
    )
    staff_ids = {p.staff_id for p in drill.participants} | {drill.lead_staff_id}
    names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff_ids))).all())
    risk_ids = [link.risk_id for link in drill.risks]
    risks = session.execute(
        select(Risk.id, Risk.code, Risk.title, Risk.residual_score)
        .where(Risk.id.in_(risk_ids))
        .order_by(Risk.code)
    ).all()
    return DrillDetail(
        id=drill.id,
        plan_id=drill.plan_id,
        plan_name=localized(plan.name, plan.name_en),
        status=drill.status,
        version=load_version(session, version_id),
        planned_on=drill.planned_on,
        held_on=drill.held_on,
        start_time=drill.start_time,
        announced=drill.announced,
        duration_seconds=drill.duration_seconds,
        lead_staff_id=drill.lead_staff_id,
        lead=names.get(drill.lead_staff_id, "") if drill.lead_staff_id else "",
        scenario=drill.scenario,
        summary=drill.summary,
        strengths=drill.strengths,
        improvements=drill.improvements,
        participants=tuple(
            ParticipantView(p.staff_id, names.get(p.staff_id, ""), p.role, p.present, p.note)
            for p in sorted(drill.participants, key=lambda p: (not p.present, p.id))
        ),
        step_seconds={t.step_id: t.seconds for t in drill.step_times},
        ratings={r.objective_id: RatingView(r.rating, r.note) for r in drill.ratings},
        issues=tuple(IssueView(i.id, i.text) for i in drill.issues),
        photos=tuple(
            DrillPhotoView(
                p.sha256,
                p.extension,
                p.original_name,
                p.size,
                photo_path(photos_dir, p.sha256, p.extension),
                not photo_exists(photos_dir, p.sha256, p.extension),
            )
            for p in drill.photos
        ),
        risks=tuple(LinkedRisk(*row) for row in risks),
        actions=tuple(actions_for_source(session, SourceKind.DRILL, drill.id)),
        recorded_at=drill.recorded_at,
        recorded_by=drill.recorded_by,
    )
