"""The editable lists of positions and skills used by the staff directory and staffing needs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops.core.errors import NotFound, Problems, ValidationError
from branchops.core.staff.models import Position, Skill, Staff, StaffSkill
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

SKILL_CODE_RE = re.compile(r"^[a-z0-9_]{1,32}$")


@dataclass(frozen=True)
class PositionRow:
    id: int
    name: str
    sort_order: int
    staff_count: int
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


@dataclass(frozen=True)
class SkillRow:
    id: int
    code: str
    name: str
    holders: int
    record_version: int | None = None  # as the list read it: a save over a newer one is refused


def list_positions(session: Session) -> list[PositionRow]:
    counts = dict(
        session.execute(
            select(Staff.position_id, func.count(Staff.id))
            .where(Staff.active.is_(True))
            .group_by(Staff.position_id)
        ).all()
    )
    rows = session.scalars(select(Position).order_by(Position.sort_order, Position.name))
    return [PositionRow(p.id, p.name, p.sort_order, counts.get(p.id, 0), p.version) for p in rows]


def list_skills(session: Session) -> list[SkillRow]:
    counts = dict(
        session.execute(
            select(StaffSkill.skill_id, func.count(StaffSkill.staff_id))
            .join(Staff, Staff.id == StaffSkill.staff_id)
            .where(Staff.active.is_(True))
            .group_by(StaffSkill.skill_id)
        ).all()
    )
    rows = session.scalars(select(Skill).order_by(Skill.name))
    return [SkillRow(s.id, s.code, s.name, counts.get(s.id, 0), s.version) for s in rows]


def save_position(
    uow: UnitOfWork, user: CurrentUser, name: str, position_id: int | None = None
) -> int:
    require(user, Permission.APPROVE)
    session = uow.session
    name = name.strip()
    problems = Problems()
    problems.require(bool(name), "name", translate("Staff", "Position name is required."))
    clash = session.scalar(select(Position.id).where(Position.name == name))
    problems.require(
        clash is None or clash == position_id,
        "name",
        translate("Staff", "There is already a position named {name}.").format(name=name),
    )
    problems.raise_if_any()
    if position_id is None:
        last = session.scalar(select(func.max(Position.sort_order))) or 0
        row = Position(name=name, sort_order=last + 1)
        session.add(row)
    else:
        row = _get(session, Position, position_id)
        row.name = name
    session.flush()
    uow.commit()
    return row.id


def delete_position(uow: UnitOfWork, user: CurrentUser, position_id: int) -> None:
    """Only a position nobody holds (or ever held) can be removed."""
    require(user, Permission.APPROVE)
    session = uow.session
    row = _get(session, Position, position_id)
    used = session.scalar(select(func.count(Staff.id)).where(Staff.position_id == position_id))
    if used:
        raise ValidationError.single(
            "name",
            translate("Staff", "{name} is held by {count} people; it cannot be removed.").format(
                name=row.name, count=used
            ),
        )
    session.delete(row)
    uow.commit()


def save_skill(
    uow: UnitOfWork, user: CurrentUser, code: str, name: str, skill_id: int | None = None
) -> int:
    require(user, Permission.APPROVE)
    session = uow.session
    code, name = code.strip().lower(), name.strip()
    problems = Problems()
    problems.require(
        bool(SKILL_CODE_RE.match(code)),
        "code",
        translate("Staff", "Skill code: 1–32 lower-case letters, digits or _ (e.g. cashier)."),
    )
    problems.require(bool(name), "name", translate("Staff", "Skill name is required."))
    clash = session.scalar(select(Skill.id).where(Skill.code == code))
    problems.require(
        clash is None or clash == skill_id,
        "code",
        translate("Staff", "There is already a skill with code {code}.").format(code=code),
    )
    problems.raise_if_any()
    if skill_id is None:
        row = Skill(code=code, name=name)
        session.add(row)
    else:
        row = _get(session, Skill, skill_id)
        row.code, row.name = code, name
    session.flush()
    uow.commit()
    return row.id


def _get(session: Session, model: type, key: int):
    row = session.get(model, key)
    if row is None:
        raise NotFound(translate("Staff", "That record no longer exists; reload the list."))
    return row
