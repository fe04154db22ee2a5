"""Courses (课程): add, edit, retire. Sessions are in ``sessions.py``, external certificates in
``certificates.py``.

A course names the positions that must take it (or everyone), how long a pass stays valid
(months, or once), its hours and pass mark, whether it issues a certificate, and optionally a
skill of the staff directory that a pass grants until the certificate expires.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchops.core.errors import NotFound, Problems
from branchops.core.staff.models import Position, Skill
from branchops.core.training.models import CourseCategory, TrainingCourse, TrainingCoursePosition
from branchops.core.users.permissions import CurrentUser, Permission, require
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate

CODE_RE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
MAX_TITLE = 128
MAX_VALIDITY_MONTHS = 240
MAX_HOURS = 200.0


@dataclass
class CourseInput:
    code: str = ""
    title: str = ""
    title_en: str = ""
    category: CourseCategory = CourseCategory.OTHER
    validity_months: int | None = 12  # None: once
    hours: float = 1.0
    pass_mark: float | None = None  # None: attending is enough
    issues_certificate: bool = False
    grants_skill_id: int | None = None
    required_for_all: bool = False
    position_ids: list[int] = field(default_factory=list)
    active: bool = True
    description: str = ""


def _check(session: Session, data: CourseInput, course_id: int | None) -> None:
    problems = Problems()
    code = data.code.strip()
    if not CODE_RE.match(code):
        problems.add(
            "code", translate("Training", "Code: 1–32 letters, digits, - or _ (e.g. XF01).")
        )
    else:
        clash = session.scalar(select(TrainingCourse.id).where(TrainingCourse.code == code))
        problems.require(
            clash is None or clash == course_id,
            "code",
            translate("Training", "Course code {code} is already used.").format(code=code),
        )
    title = data.title.strip()
    problems.require(bool(title), "title", translate("Training", "Give the course a title."))
    problems.require(
        len(title) <= MAX_TITLE and len(data.title_en.strip()) <= MAX_TITLE,
        "title",
        translate("Training", "A title is at most {limit} characters.").format(limit=MAX_TITLE),
    )
    months = data.validity_months
    problems.require(
        months is None or 1 <= months <= MAX_VALIDITY_MONTHS,
        "validity_months",
        translate(
            "Training",
            "Validity is 1 to {max} months, or “once” for a course that never expires.",
        ).format(max=MAX_VALIDITY_MONTHS),
    )
    problems.require(
        math.isfinite(data.hours) and 0 < data.hours <= MAX_HOURS,
        "hours",
        translate("Training", "Hours must be more than 0 and at most {max:g}.").format(
            max=MAX_HOURS
        ),
    )
    problems.require(
        data.pass_mark is None or (math.isfinite(data.pass_mark) and 0 <= data.pass_mark <= 100),
        "pass_mark",
        translate("Training", "The pass mark is a score from 0 to 100."),
    )
    if data.grants_skill_id is not None and session.get(Skill, data.grants_skill_id) is None:
        problems.add(
            "grants_skill_id",
            translate(
                "Training",
                "The skill this course grants does not exist; choose one of the staff "
                "directory's skills.",
            ),
        )
    known = set(session.scalars(select(Position.id)))
    problems.require(
        set(data.position_ids) <= known,
        "position_ids",
        translate("Training", "Choose positions from the list."),
    )
    problems.raise_if_any()


def _apply(course: TrainingCourse, data: CourseInput) -> None:
    course.code = data.code.strip()
    course.title = data.title.strip()
    course.title_en = data.title_en.strip()
    course.category = data.category
    course.validity_months = data.validity_months
    course.minutes = round(data.hours * 60)
    course.pass_mark = data.pass_mark
    course.issues_certificate = data.issues_certificate
    course.grants_skill_id = data.grants_skill_id
    course.required_for_all = data.required_for_all
    course.active = data.active
    course.description = data.description.strip()
    wanted = set() if data.required_for_all else set(data.position_ids)
    course.positions = [p for p in course.positions if p.position_id in wanted]
    held = {p.position_id for p in course.positions}
    course.positions.extend(
        TrainingCoursePosition(position_id=pid) for pid in sorted(wanted - held)
    )


def add_course(session: Session, user: CurrentUser, data: CourseInput) -> TrainingCourse:
    """Check and add a course without committing (built-in courses, imports)."""
    require(user, Permission.APPROVE)
    _check(session, data, None)
    last = session.scalar(select(func.max(TrainingCourse.sort_order))) or 0
    course = TrainingCourse(sort_order=last + 1)
    _apply(course, data)
    session.add(course)
    session.flush()
    return course


def create_course(uow: UnitOfWork, user: CurrentUser, data: CourseInput) -> int:
    course = add_course(uow.session, user, data)
    uow.commit()
    return course.id


def update_course(uow: UnitOfWork, user: CurrentUser, course_id: int, data: CourseInput) -> None:
    require(user, Permission.APPROVE)
    course = get_course(uow.session, course_id)
    _check(uow.session, data, course_id)
    _apply(course, data)
    uow.commit()


def get_course(session: Session, course_id: int) -> TrainingCourse:
    course = session.get(TrainingCourse, course_id)
    if course is None:
        raise NotFound(translate("Training", "This course no longer exists; reload the list."))
    return course


def load_course_input(session: Session, course_id: int) -> CourseInput:
    course = get_course(session, course_id)
    return CourseInput(
        code=course.code,
        title=course.title,
        title_en=course.title_en,
        category=course.category,
        validity_months=course.validity_months,
        hours=course.minutes / 60,
        pass_mark=course.pass_mark,
        issues_certificate=course.issues_certificate,
        grants_skill_id=course.grants_skill_id,
        required_for_all=course.required_for_all,
        position_ids=sorted(p.position_id for p in course.positions),
        active=course.active,
        description=course.description,
    )
