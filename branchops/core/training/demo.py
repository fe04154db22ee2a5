"""Demo step 22: training records for the demo branch, before the rosters are made (step 25) so
that the rosters see the skills training grants.

The built-in courses; every periodic course run for all who must take it, in groups of at most
``GROUP_SIZE`` (half the branch keeps serving customers), with a make-up session for those who
missed or failed; induction after each hire; monthly product sessions for the front line; a few
cancelled sessions; planned sessions ahead; external certificates. The fire-warden skill comes
from the fire-warden course instead of the staff directory, and one fire warden's certificate
runs out next month with the renewal only planned (step 26 then asks for a fire warden on every
early shift, so the draft roster and the auto-roster must use someone else after that day).
Rows go in with bulk inserts: the large scale (five years, > 5,000 attendances) takes a second.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, insert, select

from branchops.core.branch.queries import branch_calendar
from branchops.core.calendar import BranchCalendar
from branchops.core.demo import DemoContext, DemoStep, register
from branchops.core.period import Month
from branchops.core.staff.models import (
    NeedSkill,
    Position,
    ShiftType,
    Skill,
    Staff,
    StaffingNeed,
    StaffSkill,
)
from branchops.core.training.builtin import add_builtin_courses
from branchops.core.training.models import (
    AttendanceStatus,
    ExternalCertificate,
    SessionStatus,
    TrainingAttendance,
    TrainingCourse,
    TrainingSession,
)
from branchops.core.training.validity import anniversary, expiry_date, has_passed
from branchops.core.users.permissions import SINGLE_USER

GROUP_SIZE = 15
FRONT_LINE = ("大堂经理", "柜员", "客户经理", "理财经理")
PLACES = ("二楼会议室", "二楼会议室", "营业厅（营业结束后）", "")
OUTSIDE_TRAINERS = {
    "fire_safety": "区消防救援支队 王教官",
    "fire_warden": "市消防培训中心 刘老师",
    "first_aid": "区红十字会 陈老师",
    "aml": "分行合规部 李老师",
    "consumer": "分行消保办 赵老师",
    "infosec": "分行科技部 孙老师",
    "wealth": "分行财富管理部 周老师",
}
WARDEN_LAPSE_DAY = 10  # the story's certificate runs out on about this day of next month


@dataclass
class _Person:
    id: int
    position: str
    hire: date
    leave: date | None

    def employed(self, day: date) -> bool:
        return self.hire <= day and (self.leave is None or day <= self.leave)


@dataclass
class _Session:
    course: TrainingCourse
    day: date
    status: SessionStatus
    trainer_staff_id: int | None = None
    trainer_name: str = ""
    place: str = ""
    online: bool = False
    start: time = time(17, 30)
    lines: list[tuple[int, AttendanceStatus, float | None]] = field(default_factory=list)


class _Planner:
    def __init__(self, ctx: DemoContext, calendar: BranchCalendar, people: list[_Person]):
        self.ctx = ctx
        self.rng = ctx.rng("training")
        self.calendar = calendar
        self.people = people
        self.end = ctx.months[-1].shift(1).last_day
        self.sessions: list[_Session] = []
        self.best: dict[tuple[int, int], date | None] = {}  # (person, course) → valid until
        # (person, course) → excused from the runs after that day
        self.skip: dict[tuple[int, int], date] = {}
        leads = [p for p in people if p.position in ("主任", "副主任")]
        self.trainers = [p.id for p in leads] or [p.id for p in people[:1]]

    # -- days ---------------------------------------------------------------------------------

    def weekday(self, day: date) -> date:
        """This day or the next working weekday (training is after closing, Monday to Friday)."""
        while day.weekday() >= 5 or not self.calendar.is_working_day(day):
            day += timedelta(days=1)
        return day

    def status_on(self, day: date) -> SessionStatus:
        return SessionStatus.HELD if day <= self.ctx.today else SessionStatus.PLANNED

    # -- sessions -----------------------------------------------------------------------------

    def new_session(self, course: TrainingCourse, day: date, key: str) -> _Session:
        rng = self.rng
        outside = OUTSIDE_TRAINERS.get(key)
        online = course.minutes <= 120 and rng.random() < 0.25
        row = _Session(
            course,
            day,
            self.status_on(day),
            trainer_staff_id=None if outside else rng.choice(self.trainers),
            trainer_name=outside or "",
            place="" if online else rng.choice(PLACES[:-1]),
            online=online,
            start=time(8, 0) if course.minutes <= 60 else time(17, 30),
        )
        self.sessions.append(row)
        return row

    def outcome(
        self, course: TrainingCourse, makeup: bool
    ) -> tuple[AttendanceStatus, float | None]:
        rng = self.rng
        roll = rng.random()
        if roll < (0.02 if makeup else 0.03):
            return AttendanceStatus.ABSENT, None
        if roll < (0.05 if makeup else 0.08):
            return AttendanceStatus.EXCUSED, None
        if course.pass_mark is None:
            return AttendanceStatus.PRESENT, None
        score = rng.gauss(90 if makeup else 86, 7)
        return AttendanceStatus.PRESENT, float(max(35, min(100, round(score))))

    def run(self, course: TrainingCourse, key: str, day: date, invited: list[_Person], makeup=True):
        """One run of a course for ``invited``, in groups on successive weekdays."""
        missed: list[_Person] = []
        for start in range(0, len(invited), GROUP_SIZE):
            group = invited[start : start + GROUP_SIZE]
            day = self.weekday(day)
            if self.status_on(day) is SessionStatus.HELD and self.rng.random() < 0.03:
                self.new_session(course, day, key).status = SessionStatus.CANCELLED
                day = self.weekday(day + timedelta(days=7))
            row = self.new_session(course, day, key)
            if row.status is SessionStatus.HELD:
                missed += self.attend(row, group, makeup=False)
            day += timedelta(days=1)
        if makeup and missed and course.validity_months is not None:
            later = self.weekday(day + timedelta(days=self.rng.randint(14, 24)))
            row = self.new_session(course, later, key)
            if row.status is SessionStatus.HELD:
                self.attend(row, missed, makeup=True)
        return day

    def attend(self, row: _Session, group: list[_Person], makeup: bool) -> list[_Person]:
        course, missed = row.course, []
        for person in group:
            if row.day > self.skip.get((person.id, course.id), date.max):
                row.lines.append((person.id, AttendanceStatus.EXCUSED, None))
                continue
            status, score = self.outcome(course, makeup)
            row.lines.append((person.id, status, score))
            if has_passed(status, score, course.pass_mark):
                until = expiry_date(row.day, course.validity_months)
                old = self.best.get((person.id, course.id), date.min)
                if until is None or (old is not None and until > old):
                    self.best[(person.id, course.id)] = until
            else:
                missed.append(person)
        return missed

    def required(self, course: TrainingCourse, positions: dict[int, str]) -> set[str] | None:
        """Position names that must take the course; None: everyone."""
        if course.required_for_all:
            return None
        return {positions[p.position_id] for p in course.positions}

    def invited(self, course: TrainingCourse, who: set[str] | None, day: date, within: int | None):
        out = []
        for person in self.people:
            if not person.employed(day) or (who is not None and person.position not in who):
                continue
            if within is not None:
                until = self.best.get((person.id, course.id), date.min)
                if until is None or until > day + timedelta(days=within):
                    continue
            out.append(person)
        return out

    def periodic(self, course: TrainingCourse, key: str, who: set[str] | None) -> None:
        months = course.validity_months or 12
        cycle = min(months, 12)
        # renew only those expiring within the cycle when the certificate outlasts it
        within = None if months <= 12 else 366
        first = anniversary(self.ctx.first_day, -cycle)
        day = self.weekday(first + timedelta(days=self.rng.randint(0, 20)))
        while day <= self.end:
            invited = self.invited(course, who, day, within)
            if invited:
                self.run(course, key, day, invited)
            day = self.weekday(anniversary(day, cycle) - timedelta(days=self.rng.randint(10, 20)))

    def induction(self, course: TrainingCourse) -> None:
        by_month: dict[Month, list[_Person]] = {}
        for person in self.people:
            by_month.setdefault(Month.of(person.hire), []).append(person)
        for _, group in sorted(by_month.items()):
            day = self.weekday(max(p.hire for p in group) + timedelta(days=3))
            if day <= self.end:
                self.run(course, "induction", day, group, makeup=False)

    def monthly(self, course: TrainingCourse, key: str, who: set[str]) -> None:
        for month in [*self.ctx.months, self.ctx.months[-1].shift(1)]:
            day = self.weekday(month.first_day + timedelta(days=self.rng.randint(8, 18)))
            invited = [p for p in self.people if p.employed(day) and p.position in who]
            if invited:
                self.run(course, key, day, invited, makeup=False)


def _people(ctx: DemoContext) -> list[_Person]:
    rows = ctx.session.execute(
        select(Staff.id, Position.name, Staff.hire_date, Staff.leave_date)
        .outerjoin(Position, Position.id == Staff.position_id)
        .order_by(Staff.id)
    )
    return [_Person(i, pos or "", hire or ctx.first_day, leave) for i, pos, hire, leave in rows]


def _warden_story(plan: _Planner, warden: TrainingCourse, people: list[_Person]) -> int | None:
    """A supervisor fire warden was on leave at the last renewal and the make-up session that
    would have renewed the certificate was cancelled: it runs out next month."""
    ctx = plan.ctx
    leads = [p for p in people if p.position in ("大堂经理", "副主任") and p.leave is None]
    if not leads:
        return None
    person = leads[0]
    target = ctx.months[-1].shift(1).first_day + timedelta(days=WARDEN_LAPSE_DAY - 1)
    earned = plan.weekday(anniversary(target + timedelta(days=1), -12) - timedelta(days=3))
    if earned < person.hire:
        return None
    row = plan.new_session(warden, earned, "fire_warden")
    row.status = SessionStatus.HELD
    row.lines.append((person.id, AttendanceStatus.PRESENT, 92.0))
    plan.best[(person.id, warden.id)] = expiry_date(earned, warden.validity_months)
    plan.skip[(person.id, warden.id)] = earned
    until = expiry_date(earned, warden.validity_months)
    assert until is not None
    plan.new_session(warden, plan.weekday(until + timedelta(days=15)), "fire_warden")
    return person.id


def _write(ctx: DemoContext, plan: _Planner) -> int:
    session = ctx.session
    created = datetime.combine(ctx.first_day, time(9, 0))
    rows = [
        TrainingSession(
            course_id=s.course.id,
            day=s.day,
            start_time=s.start,
            minutes=s.course.minutes,
            status=s.status,
            trainer_staff_id=s.trainer_staff_id,
            trainer_name=s.trainer_name,
            place=s.place,
            online=s.online,
            note="",
            created_at=min(created, datetime.combine(s.day, time(9, 0))),
            created_by="demo",
        )
        for s in plan.sessions
    ]
    session.add_all(rows)
    session.flush()
    lines = []
    for planned, row in zip(plan.sessions, rows, strict=True):
        course, number = planned.course, 0
        for staff_id, status, score in planned.lines:
            passed = has_passed(status, score, course.pass_mark)
            certificate = ""
            if passed and course.issues_certificate:
                number += 1
                certificate = f"{course.code}-{planned.day:%Y%m%d}-{number:03d}"
            lines.append(
                {
                    "session_id": row.id,
                    "staff_id": staff_id,
                    "status": status,
                    "score": score,
                    "passed": passed,
                    "certificate_no": certificate,
                    "valid_until": expiry_date(planned.day, course.validity_months)
                    if passed
                    else None,
                }
            )
    if lines:
        session.execute(insert(TrainingAttendance), lines)
    return len(lines)


def _external(ctx: DemoContext, people: list[_Person], courses: dict[str, TrainingCourse]) -> None:
    rng = random.Random(f"{ctx.seed}:training-certificates")
    skills = dict(ctx.session.execute(select(Skill.code, Skill.id)).all())
    rows = []
    for person in people:
        if person.leave is not None and person.leave < ctx.first_day:
            continue
        if person.position == "保安":
            rows.append(
                ExternalCertificate(
                    staff_id=person.id, name="消防设施操作员（四级）",
                    number=f"XFCZ{rng.randint(10**7, 10**8 - 1)}", issuer="人力资源和社会保障部",
                    issued_on=person.hire + timedelta(days=rng.randint(30, 400)), valid_until=None,
                )
            )  # fmt: skip
        if person.position in ("大堂经理", "保安") and rng.random() < 0.7:
            issued = ctx.today - timedelta(days=rng.randint(300, 1150))
            issued = max(issued, person.hire)
            rows.append(
                ExternalCertificate(
                    staff_id=person.id, name="红十字救护员证",
                    number=f"HSZ{rng.randint(10**6, 10**7 - 1)}", issuer="中国红十字会",
                    issued_on=issued, valid_until=expiry_date(issued, 36),
                    course_id=courses["first_aid"].id, skill_id=skills.get("first_aid"),
                )
            )  # fmt: skip
        if person.position == "理财经理":
            issued = person.hire + timedelta(days=rng.randint(10, 200))
            rows.append(
                ExternalCertificate(
                    staff_id=person.id, name="银行业专业人员职业资格（个人理财）",
                    number=f"YHZY{rng.randint(10**7, 10**8 - 1)}", issuer="中国银行业协会",
                    issued_on=issued, valid_until=None,
                )
            )  # fmt: skip
    ctx.session.add_all(rows)


def _training(ctx: DemoContext) -> None:
    session = ctx.session
    courses = {c.builtin_key: c for c in add_builtin_courses(session, SINGLE_USER) if c.builtin_key}
    # fire wardens now come from the fire-warden course, not from the directory
    warden_skill = courses["fire_warden"].grants_skill_id
    session.execute(delete(StaffSkill).where(StaffSkill.skill_id == warden_skill))
    positions = dict(session.execute(select(Position.id, Position.name)).all())
    people = _people(ctx)
    plan = _Planner(ctx, branch_calendar(session), people)
    story = _warden_story(plan, courses["fire_warden"], people)
    for key, course in courses.items():
        if key == "induction":
            plan.induction(course)
        elif key == "product":
            plan.monthly(course, key, set(FRONT_LINE))
        else:
            plan.periodic(course, key, plan.required(course, positions))
    _leave_one_unrecorded(plan)
    ctx.shared["training_attendances"] = _write(ctx, plan)
    ctx.shared["training_warden_lapse"] = story
    _external(ctx, people, courses)
    session.expire_all()


def _leave_one_unrecorded(plan: _Planner) -> None:
    """The latest session held this month before today stays planned: not yet recorded."""
    month = Month.of(plan.ctx.today)
    past = [
        s
        for s in plan.sessions
        if s.status is SessionStatus.HELD and Month.of(s.day) == month and s.day < plan.ctx.today
    ]
    if past:
        chosen = max(past, key=lambda s: s.day)
        chosen.status, chosen.lines = SessionStatus.PLANNED, []


def _fire_warden_on_early_shifts(ctx: DemoContext) -> None:
    """At least one fire warden on every early shift (营业期间消防安全员在岗), asked after the
    rosters were drafted: next month's draft shows where the lapsed certificate leaves a gap."""
    session = ctx.session
    skill = session.scalar(select(Skill.id).where(Skill.code == "fire_warden"))
    early = session.scalar(select(ShiftType.id).where(ShiftType.code == "E"))
    if skill is None or early is None:
        return
    needs = session.scalars(select(StaffingNeed).where(StaffingNeed.shift_type_id == early))
    rows = [{"need_id": n.id, "skill_id": skill, "count": 1} for n in needs]
    existing = set(session.scalars(select(NeedSkill.need_id).where(NeedSkill.skill_id == skill)))
    rows = [r for r in rows if r["need_id"] not in existing]
    if rows:
        session.execute(insert(NeedSkill), rows)
    session.expire_all()


register(DemoStep("training", 22, _training))
register(DemoStep("training_roster", 26, _fire_warden_on_early_shifts))
