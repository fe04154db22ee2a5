"""Reading emergency plans: the list, one version's content, and a plan ready for the editor."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from branchops.core.errors import NotFound
from branchops.core.risk.labels import localized
from branchops.core.risk.models import EmergencyPlan, PlanStep, PlanVersion
from branchops.core.risk.plan_input import ObjectiveInput, PlanInput, RoleInput, StepInput
from branchops.i18n import translate


@dataclass(frozen=True)
class PlanRow:
    id: int
    name: str
    frequency_months: int
    version: int
    step_count: int
    archived: bool
    builtin_key: str | None
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


@dataclass(frozen=True)
class RoleView:
    name: str
    duty: str


@dataclass(frozen=True)
class StepView:
    id: int
    key: str
    position: int
    text: str
    role: str
    target_seconds: int | None


@dataclass(frozen=True)
class ObjectiveView:
    id: int
    key: str
    text: str


@dataclass(frozen=True)
class VersionView:
    """One version's content in the current language."""

    id: int
    plan_id: int
    number: int
    name: str
    purpose: str
    roles: tuple[RoleView, ...]
    steps: tuple[StepView, ...]
    objectives: tuple[ObjectiveView, ...]


def plan_not_found() -> NotFound:
    return NotFound(translate("Plan", "This emergency plan no longer exists."))


def list_plans(session: Session, *, include_archived: bool = False) -> list[PlanRow]:
    steps = (
        select(func.count(PlanStep.id))
        .join(PlanVersion, PlanVersion.id == PlanStep.version_id)
        .where(
            PlanVersion.plan_id == EmergencyPlan.id,
            PlanVersion.number == EmergencyPlan.current_version,
        )
        .scalar_subquery()
    )
    stmt = select(EmergencyPlan, steps).order_by(EmergencyPlan.sort_order, EmergencyPlan.id)
    if not include_archived:
        stmt = stmt.where(EmergencyPlan.archived.is_(False))
    return [
        PlanRow(
            id=plan.id,
            name=localized(plan.name, plan.name_en),
            frequency_months=plan.frequency_months,
            version=plan.current_version,
            step_count=count or 0,
            archived=plan.archived,
            builtin_key=plan.builtin_key,
            record_version=plan.version,
        )
        for plan, count in session.execute(stmt)
    ]


def current_version_id(session: Session, plan_id: int) -> int:
    plan = session.get(EmergencyPlan, plan_id)
    if plan is None:
        raise plan_not_found()
    version_id = session.scalar(
        select(PlanVersion.id).where(
            PlanVersion.plan_id == plan_id, PlanVersion.number == plan.current_version
        )
    )
    if version_id is None:
        raise plan_not_found()
    return version_id


def _version(session: Session, version_id: int) -> PlanVersion:
    version = session.scalar(
        select(PlanVersion)
        .where(PlanVersion.id == version_id)
        .options(
            selectinload(PlanVersion.roles),
            selectinload(PlanVersion.steps),
            selectinload(PlanVersion.objectives),
        )
    )
    if version is None:
        raise plan_not_found()
    return version


def load_version(session: Session, version_id: int) -> VersionView:
    version = _version(session, version_id)
    return VersionView(
        id=version.id,
        plan_id=version.plan_id,
        number=version.number,
        name=localized(version.name, version.name_en),
        purpose=localized(version.purpose, version.purpose_en),
        roles=tuple(
            RoleView(localized(r.name, r.name_en), localized(r.duty, r.duty_en))
            for r in version.roles
        ),
        steps=tuple(
            StepView(
                id=s.id,
                key=s.key,
                position=s.position,
                text=localized(s.text, s.text_en),
                role=localized(s.role, s.role_en),
                target_seconds=s.target_seconds,
            )
            for s in version.steps
        ),
        objectives=tuple(
            ObjectiveView(o.id, o.key, localized(o.text, o.text_en)) for o in version.objectives
        ),
    )


def load_plan_input(session: Session, plan_id: int) -> PlanInput:
    """The plan's current content, ready for the editor."""
    plan = session.get(EmergencyPlan, plan_id)
    if plan is None:
        raise plan_not_found()
    version = _version(session, current_version_id(session, plan_id))
    return PlanInput(
        name=plan.name,
        name_en=plan.name_en,
        frequency_months=plan.frequency_months,
        purpose=version.purpose,
        purpose_en=version.purpose_en,
        programme_start=plan.programme_start,
        roles=[RoleInput(r.name, r.name_en, r.duty, r.duty_en) for r in version.roles],
        steps=[
            StepInput(s.text, s.text_en, s.role, s.role_en, s.target_seconds, s.key)
            for s in version.steps
        ],
        objectives=[ObjectiveInput(o.text, o.text_en, o.key) for o in version.objectives],
    )
