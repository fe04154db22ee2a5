"""Training reads other parts call: choices for forms, hours trained, and the skills training
grants, per day, for the roster.

Skills from training: a passed session of a course that grants a skill gives the person that
skill from the session's day until its certificate's last valid day; an outside certificate that
grants a skill does the same from its issue date. When it lapses the skill lapses, day by day.
``granted_skills`` is what the roster's problem builder reads (core/staff/problem_builder.py), so
the rule checks, the auto-roster and its diagnosis all see it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from branchops.core.staff.models import Skill, Staff, StaffSkill
from branchops.core.training.labels import course_title
from branchops.core.training.models import (
    AttendanceStatus,
    ExternalCertificate,
    SessionStatus,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
)
from branchops.i18n import translate


def _hours(minutes: int | None) -> float:
    return round((minutes or 0) / 60, 2)


@dataclass(frozen=True)
class CourseChoice:
    id: int
    code: str
    title: str
    active: bool


def course_choices(session: Session, include_retired: bool = False) -> list[CourseChoice]:
    stmt = select(TrainingCourse).order_by(TrainingCourse.sort_order, TrainingCourse.code)
    if not include_retired:
        stmt = stmt.where(TrainingCourse.active.is_(True))
    return [
        CourseChoice(c.id, c.code, course_title(c.title, c.title_en), c.active)
        for c in session.scalars(stmt)
    ]


@dataclass(frozen=True)
class CourseFacts:
    """What a session form needs to know of a course."""

    id: int
    title: str
    hours: float
    pass_mark: float | None
    issues_certificate: bool
    active: bool


def course_facts(session: Session) -> dict[int, CourseFacts]:
    return {
        c.id: CourseFacts(
            c.id, course_title(c.title, c.title_en), _hours(c.minutes), c.pass_mark,
            c.issues_certificate, c.active,
        )
        for c in session.scalars(select(TrainingCourse))
    }  # fmt: skip


@dataclass(frozen=True)
class StaffChoice:
    id: int
    employee_no: str
    name: str
    active: bool


def staff_choices(session: Session) -> list[StaffChoice]:
    """Everyone, active or not, in employee-number order (old sessions list people who left)."""
    stmt = select(Staff.id, Staff.employee_no, Staff.name, Staff.active).order_by(Staff.employee_no)
    return [StaffChoice(*row) for row in session.execute(stmt)]


def trained_minutes(session: Session, first: date, last: date):
    """Minutes of held sessions attended in ``first``..``last``, per person (staff id)."""
    stmt = (
        select(TrainingAttendance.staff_id, func.sum(TrainingSession.minutes))
        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        .where(
            and_(
                TrainingSession.status == SessionStatus.HELD,
                TrainingSession.day.between(first, last),
                TrainingAttendance.status == AttendanceStatus.PRESENT,
            )
        )
        .group_by(TrainingAttendance.staff_id)
    )
    return {staff_id: int(minutes or 0) for staff_id, minutes in session.execute(stmt)}


# -- skills from training ------------------------------------------------------------------


class GrantedSkill(NamedTuple):
    skill_id: int
    valid_from: date
    valid_until: date | None  # None: never lapses
    source: str  # the course or certificate, in words


def _attendance_grants(session: Session, last: date, staff_ids: set[int] | None):
    stmt = (
        select(
            TrainingAttendance.staff_id,
            TrainingCourse.grants_skill_id,
            TrainingSession.day,
            TrainingAttendance.valid_until,
            TrainingCourse.title,
            TrainingCourse.title_en,
            TrainingAttendance.certificate_no,
        )
        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        .join(TrainingCourse, TrainingCourse.id == TrainingSession.course_id)
        .where(
            TrainingCourse.grants_skill_id.is_not(None),
            TrainingAttendance.passed.is_(True),
            TrainingSession.status == SessionStatus.HELD,
            TrainingSession.day <= last,
        )
    )
    if staff_ids is not None:
        stmt = stmt.where(TrainingAttendance.staff_id.in_(staff_ids))
    for staff_id, skill_id, day, until, title, title_en, number in session.execute(stmt):
        if skill_id is None:  # the query asks for courses that grant a skill
            continue
        name = course_title(title, title_en)
        if number:
            text = translate("Training", "{course} of {day}, certificate {number}").format(
                course=name, day=day.isoformat(), number=number
            )
        else:
            text = translate("Training", "{course} of {day}").format(
                course=name, day=day.isoformat()
            )
        yield staff_id, GrantedSkill(skill_id, day, until, text)


def _certificate_grants(session: Session, last: date, staff_ids: set[int] | None):
    stmt = select(ExternalCertificate).where(
        ExternalCertificate.skill_id.is_not(None), ExternalCertificate.issued_on <= last
    )
    if staff_ids is not None:
        stmt = stmt.where(ExternalCertificate.staff_id.in_(staff_ids))
    for c in session.scalars(stmt):
        if c.skill_id is None:  # the query asks for certificates that grant a skill
            continue
        text = f"{c.name} {c.number}".strip()
        yield c.staff_id, GrantedSkill(c.skill_id, c.issued_on, c.valid_until, text)


def granted_skills(
    session: Session, first: date, last: date, staff_ids: set[int] | None = None
) -> dict[int, list[GrantedSkill]]:
    """Staff id → the skill periods training grants that touch ``first``..``last``, plus, per
    skill, the latest one that lapsed before ``first`` (so a check can say what expired)."""
    found: dict[tuple[int, int], list[GrantedSkill]] = defaultdict(list)
    for source in (_attendance_grants, _certificate_grants):
        for staff_id, grant in source(session, last, staff_ids):
            found[(staff_id, grant.skill_id)].append(grant)
    out: dict[int, list[GrantedSkill]] = defaultdict(list)
    for (staff_id, _), grants in found.items():
        touching = [g for g in grants if g.valid_until is None or g.valid_until >= first]
        before = [g for g in grants if g.valid_until is not None and g.valid_until < first]
        if before:
            touching.append(max(before, key=lambda g: (g.valid_until, g.valid_from)))
        out[staff_id].extend(sorted(touching, key=lambda g: (g.valid_from, g.source)))
    return dict(out)


# -- where each skill comes from (the staff page and the training page) -------------------------


@dataclass(frozen=True)
class SkillSourceRow:
    staff_id: int
    employee_no: str
    name: str
    skill: str
    by_hand: bool
    source: str  # "entered by hand" or the course / certificate
    valid_from: date | None
    valid_until: date | None
    valid_today: bool


def skill_sources(
    session: Session, on: date, staff_id: int | None = None, active_only: bool = True
) -> list[SkillSourceRow]:
    """Every skill a person holds or held, entered by hand or from training, on ``on``."""
    people_stmt = select(Staff.id, Staff.employee_no, Staff.name)
    if staff_id is not None:
        people_stmt = people_stmt.where(Staff.id == staff_id)
    elif active_only:
        people_stmt = people_stmt.where(Staff.active.is_(True))
    people = {pid: (no, name) for pid, no, name in session.execute(people_stmt)}
    skills = dict(session.execute(select(Skill.id, Skill.name)).all())
    rows: list[SkillSourceRow] = []
    hand = select(StaffSkill.staff_id, StaffSkill.skill_id, StaffSkill.valid_until).where(
        StaffSkill.staff_id.in_(people)
    )
    by_hand_text = translate("Training", "Entered by hand")
    for pid, skill_id, until in session.execute(hand):
        no, name = people[pid]
        rows.append(
            SkillSourceRow(
                pid, no, name, skills.get(skill_id, ""), True, by_hand_text, None, until,
                until is None or on <= until,
            )
        )  # fmt: skip
    granted = granted_skills(session, on, on, set(people))
    for pid, grants in granted.items():
        no, name = people[pid]
        for g in grants:
            held = g.valid_from <= on and (g.valid_until is None or on <= g.valid_until)
            rows.append(
                SkillSourceRow(
                    pid, no, name, skills.get(g.skill_id, ""), False, g.source, g.valid_from,
                    g.valid_until, held,
                )
            )  # fmt: skip
    rows.sort(key=lambda r: (r.employee_no, r.skill, r.valid_from or date.min))
    return rows
