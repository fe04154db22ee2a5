"""Emergency plans: create, edit (a new version once a drill was recorded against it), archive.

A planned drill that is not recorded yet follows the plan's newest version; a recorded drill
keeps the version it was run against.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from branchops import clock
from branchops.core.risk.models import (
    Drill,
    DrillStatus,
    EmergencyPlan,
    PlanObjective,
    PlanRole,
    PlanStep,
    PlanVersion,
)
from branchops.core.risk.plan_input import PlanInput, assign_keys, validate_plan
from branchops.core.risk.plan_queries import current_version_id, load_plan_input, plan_not_found
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork


def version_in_use(session: Session, version_id: int) -> bool:
    """A drill was recorded against this version (planned drills do not count)."""
    return bool(
        session.scalar(
            select(exists().where(Drill.version_id == version_id, Drill.status == DrillStatus.DONE))
        )
    )


def save_plan(
    uow: UnitOfWork,
    user: CurrentUser,
    data: PlanInput,
    plan_id: int | None = None,
    *,
    builtin_key: str | None = None,
) -> int:
    require(user, Permission.APPROVE)
    plan_id = write_plan(uow.session, user, data, plan_id, builtin_key=builtin_key)
    uow.commit()
    return plan_id


def write_plan(
    session: Session,
    user: CurrentUser,
    data: PlanInput,
    plan_id: int | None = None,
    *,
    builtin_key: str | None = None,
) -> int:
    """Check and write without committing. New steps and objectives get their keys in place."""
    require(user, Permission.APPROVE)
    assign_keys(data)
    validate_plan(data)
    now = clock.now().replace(microsecond=0)
    if plan_id is None:
        last = session.scalar(select(func.max(EmergencyPlan.sort_order))) or 0
        new = EmergencyPlan(
            builtin_key=builtin_key, sort_order=last + 1, current_version=1, created_at=now
        )
        _apply_plan_fields(new, data)
        session.add(new)
        session.flush()
        _add_version(session, new.id, 1, data, user, now)
        return new.id
    plan = session.get(EmergencyPlan, plan_id)
    if plan is None:
        raise plan_not_found()
    version_id = current_version_id(session, plan_id)
    unchanged = _content(load_plan_input(session, plan_id)) == _content(data)
    _apply_plan_fields(plan, data)
    if unchanged:
        return plan_id
    if version_in_use(session, version_id):
        plan.current_version += 1
        _add_version(session, plan_id, plan.current_version, data, user, now)
        session.flush()
        _follow_new_version(session, plan_id, current_version_id(session, plan_id))
    else:
        version = session.get(PlanVersion, version_id)
        assert version is not None
        version.roles.clear()
        version.steps.clear()
        version.objectives.clear()
        session.flush()  # old steps go before new ones take their keys
        _fill_version(version, data)
    return plan_id


def _follow_new_version(session: Session, plan_id: int, version_id: int) -> None:
    for drill in session.scalars(
        select(Drill).where(Drill.plan_id == plan_id, Drill.status == DrillStatus.PLANNED)
    ):
        drill.version_id = version_id


def _content(data: PlanInput) -> tuple:
    """What a version holds; a change to any of it makes a new version of a used plan."""
    return (
        data.name.strip(),
        data.name_en.strip(),
        data.purpose.strip(),
        data.purpose_en.strip(),
        [asdict(r) for r in data.roles],
        [asdict(s) for s in data.steps],
        [asdict(o) for o in data.objectives],
    )


def _apply_plan_fields(plan: EmergencyPlan, data: PlanInput) -> None:
    plan.name = data.name.strip()
    plan.name_en = data.name_en.strip()
    plan.frequency_months = data.frequency_months
    plan.programme_start = data.programme_start or plan.programme_start or clock.today()


def _add_version(
    session: Session, plan_id: int, number: int, data: PlanInput, user: CurrentUser, now: datetime
) -> None:
    version = PlanVersion(plan_id=plan_id, number=number, created_at=now, created_by=user.username)
    _fill_version(version, data)
    session.add(version)
    session.flush()


def _fill_version(version: PlanVersion, data: PlanInput) -> None:
    version.name = data.name.strip()
    version.name_en = data.name_en.strip()
    version.purpose = data.purpose.strip()
    version.purpose_en = data.purpose_en.strip()
    for position, role in enumerate(data.roles):
        version.roles.append(
            PlanRole(
                position=position,
                name=role.name.strip(),
                name_en=role.name_en.strip(),
                duty=role.duty.strip(),
                duty_en=role.duty_en.strip(),
            )
        )
    for position, step in enumerate(data.steps):
        version.steps.append(
            PlanStep(
                position=position,
                key=step.key,
                text=step.text.strip(),
                text_en=step.text_en.strip(),
                role=step.role.strip(),
                role_en=step.role_en.strip(),
                target_seconds=step.target_seconds,
            )
        )
    for position, objective in enumerate(data.objectives):
        version.objectives.append(
            PlanObjective(
                position=position,
                key=objective.key,
                text=objective.text.strip(),
                text_en=objective.text_en.strip(),
            )
        )


def set_archived(uow: UnitOfWork, user: CurrentUser, plan_id: int, archived: bool) -> None:
    """An archived plan leaves the drill programme; its drills stay."""
    require(user, Permission.APPROVE)
    plan = uow.session.get(EmergencyPlan, plan_id)
    if plan is None:
        raise plan_not_found()
    plan.archived = archived
    uow.commit()
