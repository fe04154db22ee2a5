"""The built-in courses of a Chinese branch, shipped as data in ``resources/training/``.

Installing adds the courses not yet in the database (matched by their key) and leaves edited
ones alone. Required positions are matched by name; a position the branch does not have is
skipped. A course that grants a skill uses the directory's skill of that code, created with the
built-in name when the branch has none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.staff.models import Position, Skill
from branchops.core.training.models import CourseCategory, TrainingCourse
from branchops.core.training.service import CourseInput, add_course
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork

COURSES_FILE = Path(__file__).resolve().parents[3] / "resources" / "training" / "courses.json"


@dataclass(frozen=True)
class BuiltinCourse:
    key: str
    data: dict[str, Any]


def builtin_courses() -> list[BuiltinCourse]:
    raw = json.loads(COURSES_FILE.read_text(encoding="utf-8"))
    return [BuiltinCourse(item["key"], item) for item in raw["courses"]]


def _skill_id(session: Session, spec: dict[str, str] | None) -> int | None:
    if not spec:
        return None
    skill = session.scalar(select(Skill).where(Skill.code == spec["code"]))
    if skill is None:
        skill = Skill(code=spec["code"], name=spec["name"])
        session.add(skill)
        session.flush()
    return skill.id


def _input(session: Session, item: dict[str, Any], positions: dict[str, int]) -> CourseInput:
    return CourseInput(
        code=item["code"],
        title=item["title"],
        title_en=item.get("title_en", ""),
        category=CourseCategory(item["category"]),
        validity_months=item.get("validity_months"),
        hours=float(item["hours"]),
        pass_mark=None if item.get("pass_mark") is None else float(item["pass_mark"]),
        issues_certificate=bool(item.get("certificate")),
        grants_skill_id=_skill_id(session, item.get("skill")),
        required_for_all=bool(item.get("all_staff")),
        position_ids=[positions[name] for name in item.get("positions", []) if name in positions],
    )


def add_builtin_courses(session: Session, user: CurrentUser) -> list[TrainingCourse]:
    """Add the built-in courses missing from the database, without committing."""
    require(user, Permission.APPROVE)
    have = set(
        session.scalars(
            select(TrainingCourse.builtin_key).where(TrainingCourse.builtin_key.is_not(None))
        )
    )
    codes = set(session.scalars(select(TrainingCourse.code)))
    positions = dict(session.execute(select(Position.name, Position.id)).all())
    added = []
    for course in builtin_courses():
        if course.key in have or course.data["code"] in codes:
            continue
        row = add_course(session, user, _input(session, course.data, positions))
        row.builtin_key = course.key
        added.append(row)
    session.flush()
    return added


def install_builtin_courses(uow: UnitOfWork, user: CurrentUser) -> int:
    """Add the missing built-in courses; returns how many were added."""
    added = add_builtin_courses(uow.session, user)
    uow.commit()
    return len(added)
