"""Drills: plan one, record it as done (or record one straight away), edit, delete a planned one.

Recording checks everything first — date, people, step times against the duration, ratings,
linked risks, photos — and writes nothing when anything is wrong. A drill recorded as done keeps
the plan version it was run against; a planned one follows the plan's newest version.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.errors import NotFound, Problems, UserError, ValidationError
from branchops.core.quality.photos import StoredPhoto, store_photos
from branchops.core.risk.drill_input import DrillInput, PhotoInput, check_drill
from branchops.core.risk.labels import drill_status_label
from branchops.core.risk.models import (
    Drill,
    DrillIssue,
    DrillParticipant,
    DrillPhoto,
    DrillRating,
    DrillRisk,
    DrillStatus,
    DrillStepTime,
    EmergencyPlan,
)
from branchops.core.risk.plan_queries import current_version_id
from branchops.core.staff.models import Staff
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate


def drill_not_found() -> NotFound:
    return NotFound(translate("Drill", "This drill no longer exists."))


def _drill(session: Session, drill_id: int) -> Drill:
    drill = session.get(Drill, drill_id)
    if drill is None:
        raise drill_not_found()
    return drill


def _plan_problem(session: Session, plan_id: int | None) -> str | None:
    if plan_id is None:
        return translate("Drill", "Choose the emergency plan that was drilled.")
    if session.get(EmergencyPlan, plan_id) is None:
        return translate("Drill", "The chosen emergency plan does not exist.")
    return None


def plan_drill(
    uow: UnitOfWork,
    user: CurrentUser,
    plan_id: int | None,
    planned_on: date | None,
    *,
    announced: bool = True,
    lead_staff_id: int | None = None,
    scenario: str = "",
    drill_id: int | None = None,
) -> int:
    """Put a drill in the programme's calendar (or move a planned one)."""
    require(user, Permission.WRITE)
    session = uow.session
    problems = Problems()
    plan_problem = _plan_problem(session, plan_id)
    if plan_problem:
        problems.add("plan", plan_problem)
    if planned_on is None:
        problems.add("planned_on", translate("Drill", "Choose the day of the drill."))
    elif planned_on < clock.today():
        problems.add(
            "planned_on",
            translate("Drill", "Plan a drill for today or later; a past drill is recorded."),
        )
    if lead_staff_id is not None and session.get(Staff, lead_staff_id) is None:
        problems.add("lead", translate("Drill", "The chosen drill lead does not exist."))
    problems.raise_if_any()
    assert plan_id is not None
    version_id = current_version_id(session, plan_id)
    if drill_id is None:
        drill = Drill(
            status=DrillStatus.PLANNED,
            created_at=clock.now().replace(microsecond=0),
            created_by=user.username,
        )
    else:
        drill = _drill(session, drill_id)
        _must_be_planned(drill)
    drill.plan_id = plan_id
    drill.version_id = version_id
    drill.planned_on = planned_on
    drill.announced = announced
    drill.lead_staff_id = lead_staff_id
    drill.scenario = scenario.strip()
    session.add(drill)
    session.flush()
    uow.commit()
    return drill.id


def _must_be_planned(drill: Drill) -> None:
    if drill.status is not DrillStatus.PLANNED:
        raise UserError(
            translate("Drill", "Not possible while the drill is {status}.").format(
                status=drill_status_label(drill.status)
            )
        )


def delete_planned(uow: UnitOfWork, user: CurrentUser, drill_id: int) -> None:
    """A planned drill that will not take place is taken off the calendar."""
    require(user, Permission.WRITE)
    drill = _drill(uow.session, drill_id)
    _must_be_planned(drill)
    uow.session.delete(drill)
    uow.commit()


def record_drill(
    uow: UnitOfWork,
    user: CurrentUser,
    data: DrillInput,
    photos_dir: Path,
    drill_id: int | None = None,
) -> int:
    """Record a drill as done: a new one, a planned one, or an edit of a recorded one."""
    require(user, Permission.WRITE)
    session = uow.session
    drill = _drill(session, drill_id) if drill_id is not None else None
    plan_problem = _plan_problem(session, data.plan_id)
    if plan_problem:
        raise ValidationError.single("plan", plan_problem)
    assert data.plan_id is not None
    if drill is not None and drill.status is DrillStatus.DONE:
        if drill.plan_id != data.plan_id:
            raise ValidationError.single(
                "plan", translate("Drill", "A recorded drill stays with the plan it was run on.")
            )
        version_id = drill.version_id
    else:
        version_id = current_version_id(session, data.plan_id)
    check_drill(session, data, version_id, clock.today())
    stored = _store_new_photos(photos_dir, data.photos)
    now = clock.now().replace(microsecond=0)
    if drill is None:
        drill = Drill(created_at=now, created_by=user.username)
        session.add(drill)
    if drill.status is not DrillStatus.DONE:
        drill.recorded_at, drill.recorded_by = now, user.username
    drill.status = DrillStatus.DONE
    drill.plan_id = data.plan_id
    drill.version_id = version_id
    _clear_children(session, drill)
    _apply(drill, data, stored)
    session.flush()
    uow.commit()
    return drill.id


def _store_new_photos(photos_dir: Path, photos: list[PhotoInput]) -> dict[int, StoredPhoto]:
    """Copy the new files (all checked first); keyed by their position in the list."""
    sources = [(i, p.source) for i, p in enumerate(photos) if p.source is not None]
    stored = store_photos(photos_dir, [("photos", src) for _, src in sources if src is not None])
    return {index: photo for (index, _src), photo in zip(sources, stored, strict=True)}


def _clear_children(session: Session, drill: Drill) -> None:
    """Old rows go before the new ones are written (they share unique keys)."""
    if drill.id is None:
        return
    for children in (drill.participants, drill.step_times, drill.ratings, drill.photos):
        children.clear()
    drill.risks.clear()
    session.flush()


def _apply(drill: Drill, data: DrillInput, stored: dict[int, StoredPhoto]) -> None:
    drill.held_on = data.held_on
    drill.start_time = data.start_time
    drill.announced = data.announced
    drill.duration_seconds = data.duration_seconds
    drill.lead_staff_id = data.lead_staff_id
    drill.scenario = data.scenario.strip()
    drill.summary = data.summary.strip()
    drill.strengths = data.strengths.strip()
    drill.improvements = data.improvements.strip()
    drill.participants = [
        DrillParticipant(
            staff_id=p.staff_id, role=p.role.strip()[:64], present=p.present, note=p.note[:200]
        )
        for p in data.participants
    ]
    drill.step_times = [
        DrillStepTime(step_id=step_id, seconds=seconds)
        for step_id, seconds in data.step_seconds.items()
        if seconds is not None
    ]
    drill.ratings = [
        DrillRating(objective_id=r.objective_id, rating=r.rating, note=r.note.strip())
        for r in data.ratings
        if r.rating is not None
    ]
    _apply_issues(drill, data)
    drill.photos = [
        DrillPhoto(
            sha256=photo.sha256,
            extension=photo.extension,
            size=photo.size,
            original_name=photo.original_name,
            position=position,
        )
        for position, photo in enumerate(_wanted_photos(data.photos, stored))
    ]
    drill.risks = [DrillRisk(risk_id=risk_id) for risk_id in dict.fromkeys(data.risk_ids)]


def _apply_issues(drill: Drill, data: DrillInput) -> None:
    """Issues keep their ids (follow-up actions point at them); new ones are added."""
    kept = {issue.id: issue for issue in drill.issues}
    wanted = []
    for position, given in enumerate(i for i in data.issues if i.text.strip()):
        issue = kept.get(given.id) if given.id is not None else None
        if issue is None:
            issue = DrillIssue(text="")
        issue.position = position
        issue.text = given.text.strip()
        wanted.append(issue)
    drill.issues = wanted


def _wanted_photos(photos: list[PhotoInput], stored: dict[int, StoredPhoto]) -> list[StoredPhoto]:
    wanted = []
    for index, photo in enumerate(photos):
        if index in stored:
            wanted.append(stored[index])
        elif photo.sha256:
            wanted.append(
                StoredPhoto(photo.sha256, photo.extension, photo.size, photo.original_name)
            )
    return wanted
