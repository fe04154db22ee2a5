"""Skills from training (the link to the roster): a passed session of a course that grants a skill
gives the person that skill from the session's day until its certificate's last valid day; an
external certificate that grants a skill does the same from its issue date. When it lapses, the
skill lapses, day by day, exactly as the records say.

``granted_skills`` is what the roster's problem builder reads (core/staff/problem_builder.py);
``roster_skills`` merges it with the skills entered by hand in the staff directory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchops.core.staff.models import Skill, Staff, StaffSkill
from branchops.core.staff.roster_types import SkillPeriod
from branchops.core.training.labels import course_title
from branchops.core.training.models import (
    ExternalCertificate,
    SessionStatus,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
)
from branchops.i18n import translate


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


def roster_skills(
    by_hand: Mapping[str, date | None], granted: Sequence[GrantedSkill], codes: Mapping[int, str]
) -> tuple[dict[str, date | None], dict[str, tuple[SkillPeriod, ...]]]:
    """The roster person's ``skills`` and ``skill_periods``: skills entered by hand as they are;
    a skill training grants is held on the days of its periods (and always, or until its
    valid-until day, when it was also entered by hand)."""
    skills = dict(by_hand)
    periods: dict[str, list[SkillPeriod]] = defaultdict(list)
    for grant in granted:
        code = codes.get(grant.skill_id)
        if code is not None:
            periods[code].append(SkillPeriod(grant.valid_from, grant.valid_until, grant.source))
    for code, held in periods.items():
        if code in by_hand:
            held.append(SkillPeriod(None, by_hand[code]))
        lasts = [p.last for p in held]
        skills[code] = None if None in lasts else max(d for d in lasts if d is not None)
    return skills, {code: tuple(held) for code, held in periods.items()}


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
